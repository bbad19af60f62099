#include "screeningtab.h"

#include "backgroundjob.h"
#include "charts/screeningtrendchart.h"
#include "formatting.h"
#include "listtables.h"
#include "session.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace servqa {

namespace {

// A cell that sorts by its number (a rate with none sorts first), or by its text.
class Cell : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(Qt::UserRole), b = other.data(Qt::UserRole);
        return a.isValid() || b.isValid() ? a.toDouble() < b.toDouble() : QTableWidgetItem::operator<(other);
    }
};

QTableWidgetItem *cell(const QString &text)
{
    return new Cell(text);
}

QTableWidgetItem *count(qint64 n)
{
    auto *item = new Cell(formatCount(n));
    item->setData(Qt::UserRole, double(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem *rate(std::optional<double> share)
{
    auto *item = new Cell(share ? formatPercent(*share * 100) : QStringLiteral("—"));
    item->setData(Qt::UserRole, share ? *share : -1.0);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ScreeningTab::ScreeningTab(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_rule = new QComboBox(this);
    m_rule->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_by = new QComboBox(this);
    for (int b : {ByRule, BySite, ByAgent})
        m_by->addItem(QString(), b);
    m_ruleLabel = new QLabel(this);
    m_ruleLabel->setBuddy(m_rule);
    m_byLabel = new QLabel(this);
    m_byLabel->setBuddy(m_by);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_chart = new ScreeningTrendChart(this);
    m_chart->setMinimumHeight(260);
    m_table = makeListTable(this, 6);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // as counted until a header is clicked
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] {
        m_chart->setStats(m_stats, m_granularity, m_rule->currentData().toString());
        showTable();
    });
    connect(m_by, &QComboBox::currentIndexChanged, this, [this] {
        // The agents are counted when first listed (the tab opens listing the rules).
        if (m_by->currentData().toInt() == ByAgent && !m_stats.agentsCounted) {
            m_stale = true;
            compute();
        }
        showTable();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { emit interactionsRequested(rowFilter(row)); });
    connect(m_chart, &ScreeningTrendChart::periodClicked, this, [this](int p) { emit interactionsRequested(periodFilter(p)); });

    auto *row = new QHBoxLayout;
    row->addWidget(m_ruleLabel);
    row->addWidget(m_rule);
    row->addSpacing(12);
    row->addWidget(m_byLabel);
    row->addWidget(m_by);
    row->addStretch(1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    retranslate();
}

ScreeningTab::~ScreeningTab()
{
    if (m_job) {
        m_job->cancel();
        m_job->wait(-1);
    }
}

void ScreeningTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScreeningTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        compute();
}

void ScreeningTab::retranslate()
{
    m_ruleLabel->setText(tr("&Rule:"));
    m_byLabel->setText(tr("&List by:"));
    m_by->setItemText(ByRule, tr("Rule"));
    m_by->setItemText(BySite, tr("Site"));
    m_by->setItemText(ByAgent, tr("Agent"));
    m_table->setToolTip(tr("Double-click a row to list its interactions."));
    showStats();
}

void ScreeningTab::setScope(const IndicatorScope &scope, Granularity granularity)
{
    m_scope = scope;
    m_granularity = granularity;
    m_stale = true;
    if (isVisible())
        compute();
}

void ScreeningTab::compute()
{
    if (m_job || !m_session.isOpen())
        return; // counted again when the running count ends (m_stale)
    m_stale = false;
    const IndicatorScope scope = m_scope;
    const Granularity granularity = m_granularity;
    const ScreeningGroups groups = m_by->currentData().toInt() == ByAgent ? ScreeningGroups::SitesAndAgents : ScreeningGroups::Sites;
    auto out = std::make_shared<ScreeningStats>();
    m_job = new BackgroundJob(
        m_session.path(),
        [scope, granularity, groups, out](Database &db, const BackgroundJob::ProgressFn &) -> Result<QString> {
            auto stats = screeningStats(db, scope, granularity, groups);
            if (!stats)
                return Error{stats.error()};
            *out = std::move(*stats);
            return QString();
        },
        this);
    auto done = [this](const QString &error) {
        m_job->deleteLater();
        m_job = nullptr;
        m_error = error;
        showStats();
        if (m_stale && isVisible())
            compute();
    };
    connect(m_job, &BackgroundJob::succeeded, this, [this, out, done] {
        m_stats = *out;
        done(QString());
    });
    connect(m_job, &BackgroundJob::failed, this, [done](const QString &message) { done(message); });
    m_summary->setText(tr("Counting…"));
    m_job->start();
}

void ScreeningTab::showStats()
{
    {
        const QSignalBlocker block(m_rule);
        const QString chosen = m_rule->currentData().toString();
        m_rule->clear();
        m_rule->addItem(tr("Flagged as a risk only"), QString());
        for (const ScreeningStats::Rule &r : std::as_const(m_stats.rules))
            m_rule->addItem(r.name, r.key);
        m_rule->setCurrentIndex(std::max(0, m_rule->findData(chosen)));
    }
    const ScreeningCount &t = m_stats.total;
    m_summary->setText(!m_error.isEmpty() ? m_error
                       : m_stats.rules.isEmpty() ? tr("No rule set is active yet: the first import, or Settings ▸ Screening rules, starts one.")
                       : t.screened == 0 ? tr("No interaction of these filters has been screened.")
                                         : tr("%1 interactions screened by the active rules, %2 of them flagged as a risk (%3).")
                                               .arg(formatCount(t.screened), formatCount(t.flagged), formatPercent(100 * t.flagRate())));
    m_chart->setStats(m_stats, m_granularity, m_rule->currentData().toString());
    showTable();
}

void ScreeningTab::showTable()
{
    const int by = m_by->currentData().toInt();
    const QString rule = m_rule->currentData().toString();
    m_table->setSortingEnabled(false); // filled in order, then sorted as the user chose
    m_table->clearContents();
    if (by == ByRule) {
        m_table->setColumnCount(5);
        m_table->setHorizontalHeaderLabels({tr("Rule"), tr("Does"), tr("Read"), tr("Matched"), tr("Hit rate")});
        m_table->setRowCount(int(m_stats.rules.size()));
        for (int r = 0; r < m_stats.rules.size(); ++r) {
            const ScreeningStats::Rule &rule = m_stats.rules.at(r);
            m_table->setItem(r, 0, cell(rule.name));
            m_table->setItem(r, 1, cell(rule.flags ? tr("flags a risk") : tr("answers an item")));
            m_table->setItem(r, 2, count(m_stats.total.read.value(rule.key)));
            m_table->setItem(r, 3, count(m_stats.total.hits.value(rule.key)));
            m_table->setItem(r, 4, rate(m_stats.total.hitRate(rule.key)));
        }
    } else {
        const QVector<ScreeningStats::Group> &groups = by == BySite ? m_stats.sites : m_stats.agents;
        m_table->setColumnCount(rule.isEmpty() ? 4 : 6);
        QStringList headers = {by == BySite ? tr("Site") : tr("Agent"), tr("Screened"), tr("Flagged"), tr("Flag rate")};
        if (!rule.isEmpty())
            headers << tr("Matched") << tr("Hit rate");
        m_table->setHorizontalHeaderLabels(headers);
        m_table->setRowCount(int(groups.size()));
        for (int r = 0; r < groups.size(); ++r) {
            const ScreeningCount &c = groups.at(r).count;
            m_table->setItem(r, 0, cell(groups.at(r).name));
            m_table->setItem(r, 1, count(c.screened));
            m_table->setItem(r, 2, count(c.flagged));
            m_table->setItem(r, 3, rate(c.screened > 0 ? std::optional(c.flagRate()) : std::nullopt));
            if (!rule.isEmpty()) {
                m_table->setItem(r, 4, count(c.hits.value(rule)));
                m_table->setItem(r, 5, rate(c.hitRate(rule)));
            }
        }
    }
    for (int r = 0; r < m_table->rowCount(); ++r)
        m_table->item(r, 0)->setData(Qt::UserRole + 1, r); // what the row is, wherever sorting puts it
    m_table->setSortingEnabled(true);
    fitColumns(m_table, 0);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

InteractionFilter ScreeningTab::baseFilter() const
{
    InteractionFilter f;
    f.from = m_scope.period.start();
    f.to = m_scope.period.end();
    f.siteId = m_scope.siteId;
    f.channel = m_scope.channel;
    f.staffId = m_scope.staffId;
    const QString rule = m_rule->currentData().toString();
    if (rule.isEmpty())
        f.minRisk = 1;
    else
        f.ruleKey = rule;
    return f;
}

InteractionFilter ScreeningTab::rowFilter(int shownRow) const
{
    InteractionFilter f = baseFilter();
    const QTableWidgetItem *first = m_table->item(shownRow, 0);
    const int row = first ? first->data(Qt::UserRole + 1).toInt() : -1;
    switch (m_by->currentData().toInt()) {
    case ByRule:
        if (row >= 0 && row < m_stats.rules.size()) {
            f.minRisk.reset();
            f.ruleKey = m_stats.rules.at(row).key;
        }
        break;
    case BySite:
        if (row >= 0 && row < m_stats.sites.size())
            f.siteId = m_stats.sites.at(row).id;
        break;
    case ByAgent:
        if (row >= 0 && row < m_stats.agents.size()) {
            f.staffId = m_stats.agents.at(row).id;
            f.siteId = m_stats.agents.at(row).siteId; // the list offers an agent within their site
        }
        break;
    }
    return f;
}

InteractionFilter ScreeningTab::periodFilter(int period) const
{
    InteractionFilter f = baseFilter();
    if (period < 0 || period >= m_stats.periods.size())
        return f;
    const QDate start = std::max(m_stats.periods.at(period).start, m_scope.period.from);
    const QDate next = period + 1 < m_stats.periods.size() ? m_stats.periods.at(period + 1).start : m_scope.period.to.addDays(1);
    f.from = start.startOfDay();
    f.to = std::min(next, m_scope.period.to.addDays(1)).startOfDay();
    return f;
}

} // namespace servqa
