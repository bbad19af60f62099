#include "indicatorstab.h"

#include "charts/controlchart.h"
#include "database.h"
#include "formatting.h"
#include "indicatortexts.h"
#include "latestresult.h"
#include "listtables.h"
#include "plaintext.h"
#include "session.h"
#include "userrepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servqa {

namespace {

enum Column { IndicatorColumn, ValueColumn, LevelsColumn, StatusColumn, CasesColumn, ColumnCount };
enum ChartChoice { TrendChart, ControlChartKind, ScoresXbarR, ScoresXbarS, ComplaintsU };

// A chart that does not follow the indicator chosen in the table.
bool ownChart(int choice)
{
    return choice == ScoresXbarR || choice == ScoresXbarS || choice == ComplaintsU;
}

} // namespace

IndicatorsTab::IndicatorsTab(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_worker(std::make_unique<LatestResult>(this)), m_chartWorker(std::make_unique<LatestResult>(this))
{
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // On a laptop the chart keeps half the width: a long name or interval takes two lines, read
    // whole, rather than ending in "…".
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IndicatorColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_chartTitle = new QLabel(this);
    m_chartTitle->setTextFormat(Qt::PlainText);
    m_chart = new ControlChart(this);
    m_chart->setMinimumHeight(220);
    m_chartHint = new QLabel(this);
    m_chartHint->setWordWrap(true);
    m_baseline = new QPushButton(this);
    m_chartKindLabel = new QLabel(this);
    m_chartKind = new QComboBox(this);
    m_chartKind->addItems({QString(), QString(), QString(), QString(), QString()});
    m_chartKind->setMinimumContentsLength(16); // its longest choice would widen the window past the screen
    m_chartKind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chartKindLabel->setBuddy(m_chartKind);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_chartKindLabel);
    kindRow->addWidget(m_chartKind, 1);
    rightLayout->addLayout(kindRow);
    rightLayout->addWidget(m_chartTitle);
    rightLayout->addWidget(m_chart, 1);
    auto *chartRow = new QHBoxLayout;
    chartRow->addWidget(m_chartHint, 1);
    chartRow->addWidget(m_baseline);
    rightLayout->addLayout(chartRow);
    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 560});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(split, 1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &IndicatorsTab::computeChart);
    connect(m_chart, &ControlChart::pointActivated, this, &IndicatorsTab::showWeekCases);
    connect(m_baseline, &QPushButton::clicked, this, &IndicatorsTab::editBaseline);
    connect(m_chartKind, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int kind) {
        // A chart of evaluation scores or complaints does not follow the table: no row shows as chosen then.
        const QSignalBlocker block(m_table);
        const int row = m_table->currentRow();
        if (ownChart(kind))
            m_table->clearSelection();
        else if (row >= 0)
            m_table->selectRow(row);
        m_table->viewport()->update();
        computeChart();
    });
    retranslate();
}

IndicatorsTab::~IndicatorsTab() = default;

bool IndicatorsTab::isComputing() const
{
    return m_worker->busy() || m_chartWorker->busy();
}

void IndicatorsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IndicatorsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        compute();
}

void IndicatorsTab::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Indicator"), tr("Value"), tr("Target / warning / alarm"), tr("Status"), tr("Cases")});
    m_chartHint->setText(tr("Double-click a point for the cases behind it."));
    m_chartHint->setToolTip(tr("On the trend: the target is the green line, the warning level orange, the alarm level red."));
    m_chartKindLabel->setText(tr("C&hart:"));
    m_chartKind->setItemText(TrendChart, tr("The indicator chosen by month (by week over 13 weeks or less), against its target"));
    m_chartKind->setItemText(ControlChartKind, tr("The indicator chosen: p chart of a share, individuals chart of a mean"));
    m_chartKind->setItemText(ScoresXbarR, tr("Evaluation scores: X̄–R, 5 evaluations a week"));
    m_chartKind->setItemText(ScoresXbarS, tr("Evaluation scores: X̄–S, up to 25 evaluations a week"));
    m_chartKind->setItemText(ComplaintsU, tr("Complaints per 1,000 interactions: u chart by week"));
    m_baseline->setText(tr("&Baseline…"));
    m_baseline->setToolTip(tr("Choose the weeks whose data set the control limits; they stay frozen until set again. "
                              "A QA lead or an administrator sets them."));
    showValues();
}

void IndicatorsTab::setScope(const IndicatorScope &scope)
{
    m_scope = scope;
    m_stale = true;
    if (isVisible())
        compute();
}

void IndicatorsTab::compute()
{
    m_stale = false;
    const QString path = m_session.path();
    if (path.isEmpty())
        return;
    m_note->setText(tr("Computing…"));
    const IndicatorScope scope = m_scope;
    m_worker->run(
        [path, scope]() -> Result<QVector<IndicatorValue>> {
            auto db = Database::open(path, Database::OpenMode::OpenExisting, Database::Access::ReadOnly);
            if (!db)
                return Error{db.error()};
            return computeIndicators(**db, scope);
        },
        [this](const Result<QVector<IndicatorValue>> &values) {
            if (!values) {
                m_note->setText(values.error());
                return;
            }
            m_values = *values;
            showValues();
            computeChart();
        });
    // The chart of the indicator that showValues() will choose (the one chosen now, else first
    // response), beside the values instead of after them: the tab's wait is the longer of the two.
    const int row = m_table->currentRow();
    const QVector<IndicatorKind> &kinds = allIndicators();
    computeChartOf(row >= 0 && row < kinds.size() ? kinds[row] : IndicatorKind::FirstResponse, true);
}

void IndicatorsTab::showValues()
{
    const int selected = m_table->currentRow();
    m_table->setRowCount(m_values.size());
    for (int r = 0; r < m_values.size(); ++r) {
        const IndicatorValue &v = m_values[r];
        const auto t = v.target;
        QString name = indicatorName(v.kind);
        if (t && t->thresholdSeconds)
            name = tr("%1 (within %2)").arg(name, formatSeconds(*t->thresholdSeconds));
        QString value = indicatorValueText(v.kind, v.value);
        if (v.kind == IndicatorKind::Nps && v.lower && v.upper)
            value = tr("%1 (95 %: %2 to %3)").arg(value, formatNumber(*v.lower, 1), formatNumber(*v.upper, 1));
        const QString levels = t ? QStringLiteral("%1 / %2 / %3").arg(indicatorValueText(v.kind, t->target), indicatorValueText(v.kind, t->warning), indicatorValueText(v.kind, t->alarm))
                                 : tr("no target");
        const QStringList cells = {name, value, levels, indicatorStatusText(v.status), formatCount(v.n)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (c == StatusColumn)
                item->setForeground(indicatorStatusColour(v.status));
            if (c != IndicatorColumn && c != StatusColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    fitColumns(m_table);
    // The indicator's name takes what the figures leave (stretched); both wrap (above).
    m_table->setColumnWidth(ValueColumn, std::min(m_table->columnWidth(ValueColumn), 110));
    if (!m_values.isEmpty()) {
        const int row = selected >= 0 && selected < m_values.size() ? selected : int(IndicatorKind::FirstResponse);
        if (ownChart(m_chartKind->currentIndex()))
            m_table->selectionModel()->setCurrentIndex(m_table->model()->index(row, 0), QItemSelectionModel::NoUpdate);
        else
            m_table->selectRow(row);
    }
    int alarms = 0, warnings = 0;
    for (const IndicatorValue &v : m_values) {
        alarms += v.status == IndicatorStatus::Alarm ? 1 : 0;
        warnings += v.status == IndicatorStatus::Warning ? 1 : 0;
    }
    m_note->setText(m_values.isEmpty() ? QString()
                                       : tr("%1 to %2: %3 indicators under their alarm level, %4 under their warning level. Choose one for its "
                                            "trend against its target or its weekly control chart (26 weeks to the period's end).")
                                             .arg(m_scope.period.from.toString(Qt::ISODate), m_scope.period.to.toString(Qt::ISODate))
                                             .arg(alarms)
                                             .arg(warnings));
}

bool IndicatorsTab::mayMoveLimits() const
{
    Database *db = m_session.database();
    if (!db || m_session.userId() <= 0)
        return db != nullptr; // no one chosen: a workspace without users
    const auto user = UserRepository(*db).find(m_session.userId());
    return user && (user->role == UserRole::Lead || user->role == UserRole::Admin);
}

std::optional<IndicatorKind> IndicatorsTab::chosen() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_values.size() ? std::optional<IndicatorKind>(m_values[row].kind) : std::nullopt;
}

QDialog *IndicatorsTab::showWeekCases(int subgroup)
{
    const IndicatorChart &c = m_chart->chart();
    Database *db = m_session.database();
    if (!db || subgroup < 0 || subgroup >= c.weeks.size())
        return nullptr;
    IndicatorScope scope = m_scope;
    scope.period = c.weeks[subgroup];
    std::optional<double> threshold;
    for (const IndicatorValue &v : std::as_const(m_values)) {
        if (v.kind == c.indicator && v.target)
            threshold = v.target->target;
    }
    CaseCounts counts;
    const auto cases = c.complaints ? complaintCases(*db, scope, 1000, &counts) : casesOf(*db, c.indicator, scope, threshold, 1000, &counts);
    if (!cases) {
        plain::warning(this, tr("Cases"), cases.error());
        return nullptr;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1, %2 to %3")
                               .arg(c.scores ? tr("Evaluation scores") : c.complaints ? tr("Complaints") : indicatorName(c.indicator), scope.period.from.toString(Qt::ISODate),
                                    scope.period.to.toString(Qt::ISODate)));
    QString text = tr("%1 to %2: %3 cases, %4 of them against the indicator (listed first).")
                       .arg(scope.period.from.toString(Qt::ISODate), scope.period.to.toString(Qt::ISODate), formatCount(counts.total),
                            formatCount(counts.against));
    if (counts.total > cases->size())
        text += QLatin1Char(' ') + tr("The first %1 are listed.").arg(formatCount(cases->size()));
    auto *summary = new QLabel(text, dialog);
    summary->setTextFormat(Qt::PlainText);
    auto *table = new QTableWidget(int(cases->size()), 4, dialog);
    table->setObjectName(QStringLiteral("cases"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setHorizontalHeaderLabels({tr("When"), tr("Reference"), tr("Site"), tr("What was measured")});
    for (int r = 0; r < cases->size(); ++r) {
        const AlertCase &a = (*cases)[r];
        const QStringList cells{formatDateTime(a.at), a.reference, a.site, a.detail};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (a.against)
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            table->setItem(r, col, item);
        }
    }
    fitColumns(table);
    table->setToolTip(tr("Double-click a case to open it."));
    const QVector<AlertCase> list = *cases;
    connect(table, &QTableWidget::cellDoubleClicked, dialog, [this, dialog, list](int r) {
        const AlertCase &a = list.at(r);
        if (!a.evaluationId && a.interaction.isEmpty())
            return;
        dialog->close();
        if (a.evaluationId)
            emit evaluationRequested(a.evaluationId, a.at.date());
        else
            emit interactionRequested(a.interaction, a.interactionDay);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog->resize(760, 460);
    dialog->show();
    return dialog;
}

bool IndicatorsTab::setBaseline(int first, int last)
{
    const IndicatorChart &c = m_chart->chart();
    Database *db = m_session.database();
    if (!db || m_session.isReadOnly())
        return false;
    const qint64 site = m_scope.siteId.value_or(0);
    const std::optional<qint64> user = m_session.userId() > 0 ? std::optional<qint64>(m_session.userId()) : std::nullopt;
    Status s = success();
    if (first < 0) {
        s = clearChartBaseline(*db, c.key, site, user);
    } else {
        if (first >= last || last >= c.weeks.size())
            return false; // at least two weeks (the dialog says so)
        s = setChartBaseline(*db, c.key, site, DayRange{c.weeks[first].from, c.weeks[last].to}, user);
    }
    if (!s) {
        plain::warning(this, tr("Baseline"), s.error());
        return false;
    }
    if (const int row = m_table->currentRow(); row >= 0 && row < m_values.size())
        computeChartOf(m_values[row].kind, true); // the same chart, with its new limits
    // The signal alerts of later looks use the new limits.
    m_session.notifyDataChanged();
    return true;
}

void IndicatorsTab::editBaseline()
{
    const IndicatorChart &c = m_chart->chart();
    if (c.weeks.size() < 2 || !c.chart)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Baseline of the control chart"));
    auto *first = new QComboBox(&dialog);
    auto *last = new QComboBox(&dialog);
    for (int i = 0; i < c.weeks.size(); ++i) {
        const QString week = QStringLiteral("%1 – %2").arg(c.weeks[i].from.toString(Qt::ISODate), c.weeks[i].to.toString(Qt::ISODate));
        first->addItem(week);
        last->addItem(week);
    }
    first->setCurrentIndex(c.chart->baseline.first);
    last->setCurrentIndex(c.chart->baseline.last);
    const QString what = c.scores ? tr("the evaluation scores") : c.complaints ? tr("the complaints per 1,000 interactions") : indicatorName(c.indicator);
    auto *text = new QLabel(m_scope.siteId ? tr("Chart of %1 for this site: its limits come from the weeks chosen, until set again.").arg(what)
                                           : tr("Charts of %1 for every site together and for each region: their limits come from the weeks "
                                                "chosen, until set again. A site's own chart keeps its own baseline.")
                                                 .arg(what),
                            &dialog);
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *reset = buttons->addButton(tr("&First weeks"), QDialogButtonBox::ResetRole);
    reset->setToolTip(tr("Back to the chart's first 20 weeks."));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    bool toFirst = false;
    connect(reset, &QPushButton::clicked, &dialog, [&] {
        toFirst = true;
        dialog.accept();
    });
    auto *form = new QFormLayout(&dialog);
    form->addRow(text);
    form->addRow(tr("From"), first);
    form->addRow(tr("To"), last);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!toFirst && last->currentIndex() <= first->currentIndex()) {
        plain::warning(this, tr("Baseline"), tr("A baseline needs at least two weeks, the first before the last."));
        return;
    }
    setBaseline(toFirst ? -1 : first->currentIndex(), last->currentIndex());
}

void IndicatorsTab::computeChart()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_values.size())
        computeChartOf(m_values[row].kind, false);
}

void IndicatorsTab::computeChartOf(IndicatorKind kind, bool again)
{
    const QString path = m_session.path();
    if (path.isEmpty())
        return;
    const int chosenKind = m_chartKind->currentIndex();
    if (!again && m_chartAsked && m_chartAsked->kind == kind && m_chartAsked->chartKind == chosenKind)
        return; // asked for already, for this scope
    m_chartAsked = ChartAsked{kind, chosenKind};
    IndicatorScope scope = m_scope;
    AlertCheck check;
    check.now = QDateTime(m_scope.period.to, QTime(23, 59));
    // The indicator's own chart, or one of the evaluation scores in weekly subgroups.
    const spc::ChartKind scoreKind = chosenKind == ScoresXbarR ? spc::ChartKind::XbarR : spc::ChartKind::XbarS;
    const int size = chosenKind == ScoresXbarR ? 5 : 25;
    // The title is drawn in the chart, so that a saved or copied chart says what it shows; the
    // label above it only reports a failure.
    m_chartTitle->hide();
    m_chart->setTitle(chosenKind == TrendChart ? tr("%1 against its target").arg(indicatorName(kind))
                      : chosenKind == ControlChartKind
                          ? tr("%1 by week: %2").arg(indicatorName(kind), isShare(kind) ? tr("p chart") : tr("individuals chart"))
                      : chosenKind == ScoresXbarR ? tr("Evaluation scores by week: X̄–R chart, 5 evaluations a week")
                      : chosenKind == ScoresXbarS ? tr("Evaluation scores by week: X̄–S chart, up to 25 evaluations a week")
                                                  : tr("Complaints per 1,000 interactions by week: u chart"));
    m_chartWorker->run(
        [path, kind, scope, check, chosenKind, scoreKind, size]() -> Result<IndicatorChart> {
            auto db = Database::open(path, Database::OpenMode::OpenExisting, Database::Access::ReadOnly);
            if (!db)
                return Error{db.error()};
            switch (chosenKind) {
            case TrendChart: return indicatorTrend(**db, kind, scope);
            case ControlChartKind: return indicatorChart(**db, kind, scope, check);
            case ComplaintsU: return complaintChart(**db, scope, check);
            default: return scoreChart(**db, scope, scoreKind, size, check);
            }
        },
        [this](const Result<IndicatorChart> &chart) {
            if (!chart) {
                m_chartTitle->setText(chart.error());
                m_chartTitle->show();
                return;
            }
            m_chart->setChart(*chart);
            m_baseline->setEnabled(chart->chart && !m_session.isReadOnly() && mayMoveLimits());
        });
}

} // namespace servqa
