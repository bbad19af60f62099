// The Dashboards' drill-downs: from a point of a trend or an item of the worst-items table to
// the survey answers or the evaluations behind it; the filters as the scope the tabs count over.
#include "dashboardspage.h"
#include "plaintext.h"

#include "formatting.h"
#include "indicatorstab.h"
#include "screeningtab.h"
#include "listtables.h"
#include "periodselector.h"
#include "session.h"
#include "tableexport.h"
#include "timeutil.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace servqa {

namespace {

// A window of its own (not modal: several can be compared, the dashboard stays usable) listing
// the survey answers behind a number: a heading, a table of respondents with CSV export, Close.
struct AnswersWindow
{
    QDialog *dialog;
    QTableWidget *table;
};

AnswersWindow answersWindow(QWidget *parent, const QString &name, const QString &windowTitle, const QString &heading, int rows,
                            const QString &tableName, const QString &csvName)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(name);
    dialog->setWindowTitle(windowTitle);
    auto *title = new QLabel(heading, dialog);
    title->setWordWrap(true);
    auto *table = new QTableWidget(rows, 6, dialog);
    table->setObjectName(tableName);
    table->setHorizontalHeaderLabels({DashboardsPage::tr("Respondent"), DashboardsPage::tr("Site"), DashboardsPage::tr("Answered"),
                                      DashboardsPage::tr("Expectation"), DashboardsPage::tr("Perception"), DashboardsPage::tr("Gap P − E")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    addCsvExport(table, csvName);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(title);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog->resize(760, 520);
    return {dialog, table};
}
} // namespace

QDate DashboardsPage::periodEnd(const QDate &period) const
{
    QDate next;
    switch (m_shownGranularity) {
    case Granularity::Week: next = period.addDays(7); break;
    case Granularity::Month: next = period.addMonths(1); break;
    case Granularity::Quarter: next = period.addMonths(3); break;
    }
    if (const auto to = m_period->to(); to && to->date() < next)
        next = to->date();
    return next.addDays(-1);
}

void DashboardsPage::drillDown(GapKind gap, const QDate &period, Dimension dimension)
{
    if (!period.isValid())
        return;
    switch (gap) {
    case GapKind::Knowledge:
    case GapKind::Standards:
    case GapKind::Customer: showPeriodResponses(period, dimension); break;
    case GapKind::Delivery: {
        const SurveyFilter f = currentFilter();
        emit evaluationsRequested(std::max(period, f.from ? f.from->date() : period), periodEnd(period), f.siteId, std::nullopt,
                                  std::nullopt);
        break;
    }
    case GapKind::Communication: break; // interactions, per promise: the Standards page
    }
}

QDialog *DashboardsPage::showPeriodResponses(const QDate &period, Dimension dimension)
{
    Database *db = m_session.database();
    if (!db)
        return nullptr;
    SurveyFilter filter = currentFilter();
    const QDateTime start(period, QTime(0, 0));
    const QDateTime end(periodEnd(period).addDays(1), QTime(0, 0));
    if (!filter.from || *filter.from < start)
        filter.from = start;
    filter.to = end;
    const auto records = SurveyRepository(*db).records(filter);
    if (!records) {
        plain::warning(this, tr("Responses"), records.error());
        return nullptr;
    }
    QHash<qint64, QString> siteNames;
    for (int i = 1; i < m_site->count(); ++i)
        siteNames.insert(m_site->itemData(i).toLongLong(), m_site->itemText(i));
    // Each respondent's mean E and P over the dimension's items, and their gap as SERVQUAL
    // computes it (the items answered both ways); the largest shortfall first.
    struct Row
    {
        const SurveyRecord *record;
        std::optional<double> e, p, gap;
    };
    QVector<Row> rows;
    for (const SurveyRecord &r : *records) {
        double se = 0, sp = 0, sg = 0;
        int ne = 0, np = 0, ng = 0;
        for (int i = 0; i < ServqualItemCount; ++i) {
            if (servqualItemDimension(i) != dimension)
                continue;
            const auto &e = r.answers.expectation[i];
            const auto &p = r.answers.perception[i];
            if (e) {
                se += *e;
                ++ne;
            }
            if (p) {
                sp += *p;
                ++np;
            }
            if (e && p) {
                sg += *p - *e;
                ++ng;
            }
        }
        rows.push_back({&r, ne ? std::optional<double>(se / ne) : std::nullopt, np ? std::optional<double>(sp / np) : std::nullopt,
                        ng ? std::optional<double>(sg / ng) : std::nullopt});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.gap && b.gap)
            return *a.gap < *b.gap;
        return a.gap.has_value() && !b.gap.has_value();
    });
    const auto [dialog, table] = answersWindow(
        this, QStringLiteral("periodResponses"), tr("Responses behind the point"),
        tr("%1, %2 to %3: %Ln respondent(s), the largest shortfall first", nullptr, int(rows.size()))
            .arg(dimensionName(dimension), formatDate(start.date()),
                 formatDate(end.date().addDays(-1))),
        int(rows.size()), QStringLiteral("responses"), QStringLiteral("responses-%1.csv").arg(start.date().toString(Qt::ISODate)));
    for (int r = 0; r < rows.size(); ++r) {
        const Row &row = rows[r];
        const QStringList cells{row.record->respondentRef, siteNames.value(row.record->siteId), formatDateTime(row.record->respondedAt),
                                formatNumber(row.e), formatNumber(row.p), row.gap ? formatNumber(row.gap) : tr("missing")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 5 && row.gap)
                item->setData(Qt::UserRole, *row.gap);
            table->setItem(r, c, item);
        }
    }
    fitColumns(table);
    dialog->show();
    return dialog;
}

QDialog *DashboardsPage::showItemAnswers(int item)
{
    Database *db = m_session.database();
    if (!db)
        return nullptr;
    const auto answers = SurveyRepository(*db).itemAnswers(currentFilter(), item);
    if (!answers) {
        plain::warning(this, tr("Answers"), answers.error());
        return nullptr;
    }
    const auto [dialog, table] = answersWindow(
        this, QStringLiteral("itemAnswers"), tr("Answers to item %1").arg(item + 1),
        tr("%1. %2 (%3): %Ln answer(s), the largest shortfall first", nullptr, int(answers->size()))
            .arg(item + 1)
            .arg(servqualItemText(item), dimensionName(servqualItemDimension(item))),
        int(answers->size()), QStringLiteral("answers"), QStringLiteral("item-%1-answers.csv").arg(item + 1));
    for (int r = 0; r < answers->size(); ++r) {
        const SurveyRepository::ItemAnswer &a = answers->at(r);
        auto number = [](std::optional<int> v) { return v ? QString::number(*v) : QString(); };
        const bool hasGap = a.expectation && a.perception;
        const int gap = hasGap ? a.perception.value_or(0) - a.expectation.value_or(0) : 0;
        const QStringList cells{a.respondentRef, a.siteName, formatDateTime(a.respondedAt), number(a.expectation), number(a.perception),
                                hasGap ? (gap > 0 ? QStringLiteral("+%1").arg(gap) : QString::number(gap)) : tr("missing")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cellItem = new QTableWidgetItem(cells[c]);
            if (c >= 3)
                cellItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 5 && hasGap)
                cellItem->setData(Qt::UserRole, gap);
            table->setItem(r, c, cellItem);
        }
    }
    fitColumns(table);
    dialog->show();
    return dialog;
}

IndicatorScope DashboardsPage::indicatorScope() const
{
    IndicatorScope scope;
    const auto to = m_period->to();
    scope.period.to = to ? to->addSecs(-1).date() : QDate::currentDate();
    scope.period.from = m_period->from() ? m_period->from()->date() : scope.period.to.addYears(-2).addDays(1);
    if (m_site->currentData().isValid())
        scope.siteId = m_site->currentData().toLongLong();
    if (m_region->currentData().isValid())
        scope.region = m_region->currentData().toString();
    if (m_channel->currentData().isValid())
        scope.channel = channelFromKey(m_channel->currentData().toString());
    if (m_staff->currentData().isValid())
        scope.staffId = m_staff->currentData().toLongLong();
    return scope;
}

SurveyFilter DashboardsPage::currentFilter() const
{
    SurveyFilter filter;
    filter.kind = SurveyKind::Customer;
    filter.from = m_period->from();
    filter.to = m_period->to();
    if (m_site->currentData().isValid())
        filter.siteId = m_site->currentData().toLongLong();
    if (m_region->currentData().isValid())
        filter.region = m_region->currentData().toString();
    if (m_wave->currentData().isValid())
        filter.waveId = m_wave->currentData().toLongLong();
    return filter;
}

QString DashboardsPage::reportToolTip() const
{
    if (m_charts->currentWidget() == m_indicators)
        return tr("The service indicators for these filters as a PDF report: targets, sites, control charts and open alerts.");
    if (m_charts->currentWidget() == m_screening)
        return tr("Screening for these filters as a PDF report: hit rates by period, rule, site and agent, and how each rule agrees "
                  "with the inspectors.");
    return tr("The gap model for these filters as a PDF audit report.");
}

} // namespace servqa
