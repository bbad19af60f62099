// The Results page's scorecard panel: the chosen store's or agent's figures, trend, dimensions,
// Pareto of failed items, critical failures and agents.
#include "resultspage.h"

#include "charts/scorecardcharts.h"
#include "complaintdialogs.h"
#include "formatting.h"
#include "indicatortexts.h"
#include "listtables.h"
#include "resultscells.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>

namespace servqa {

using namespace resultscells;

void ResultsPage::showCard(const Scorecard &c, const QVector<SubjectScores> &agentRows)
{
    m_cardPanel->setEnabled(true);
    const SubjectScores &s = c.scores;
    const bool site = m_cardKind == SubjectKind::Site;
    m_title->setText((site ? tr("Scorecard of %1 (%2)") : tr("Agent scorecard of %1 (%2)")).arg(s.name, s.code) + QStringLiteral(" · ")
                     + tr("%1 to %2").arg(c.period.from.toString(Qt::ISODate), c.period.to.toString(Qt::ISODate)));
    m_back->setVisible(!site && m_storeId != 0);
    // "no data of 0 interactions" says nothing twice: no interactions, no share.
    auto share = [this](const std::optional<double> &percent, qint64 n) {
        return n == 0 ? tr("no interactions with this recorded") : tr("%1 of %2 interactions").arg(formatPercent(percent)).arg(n);
    };
    const QStringList values{
        formatPercent(s.overall.mean),
        tr("%1 points").arg(signedText(s.change())),
        s.rank > 0 ? tr("%1 of %2 in %3").arg(s.rank).arg(c.rankedIn).arg(c.groupName) : tr("not ranked"),
        formatCount(s.evaluations),
        formatCount(s.visits),
        formatPercent(s.passRate()),
        formatCount(s.autoFailed),
        formatCount(c.openDisputes),
        share(c.firstContactResolution.percent, c.firstContactResolution.n),
        share(c.responseCompliance.percent, c.responseCompliance.n)};
    for (int i = 0; i < m_figures.size(); ++i)
        m_figures[i].second->setText(values[i]);
    // Counts that cannot apply are not shown as 0: an agent of a hotline has no store visits,
    // a store evaluated only by visits has no call, chat or email evaluations.
    const bool hideVisits = !site && s.visits == 0;
    const bool hideEvaluations = site && s.evaluations == 0 && s.visits > 0;
    m_figures[3].first->setVisible(!hideEvaluations);
    m_figures[3].second->setVisible(!hideEvaluations);
    m_figures[4].first->setVisible(!hideVisits);
    m_figures[4].second->setVisible(!hideVisits);
    // Another store or agent opens at the top of its card, not where the last one was scrolled.
    if (m_cardShown != std::pair<int, qint64>{int(m_cardKind), m_cardId}) {
        m_cardShown = {int(m_cardKind), m_cardId};
        m_cardScroll->verticalScrollBar()->setValue(0);
    }
    m_sparkline->setTrend(c.trendMonths, c.trend);
    QStringList trendTip;
    for (int i = 0; i < c.trend.size(); ++i)
        trendTip << tr("%1: %2 (n = %3)").arg(c.trendMonths[i].toString(QStringLiteral("yyyy-MM")), formatPercent(c.trend[i].mean))
                        .arg(c.trend[i].n);
    m_sparkline->setToolTip(trendTip.join(QLatin1Char('\n')));

    m_dimensions->clear();
    m_dimensions->setColumnCount(6);
    m_dimensions->setHorizontalHeaderLabels({tr("Dimension"), tr("Score"), tr("95 % interval"), tr("n"), tr("Previous"), tr("Change")});
    m_dimensions->setRowCount(DimensionCount + 1);
    for (int d = 0; d <= DimensionCount; ++d) {
        const bool overall = d == DimensionCount;
        const Estimate &e = overall ? s.overall : s.dimensions[d];
        const std::optional<double> previous = overall ? s.previousOverall : s.previousDimensions[d];
        const std::optional<double> change = overall ? s.change() : s.change(d);
        m_dimensions->setItem(d, 0, cell(overall ? tr("Overall") : dimensionName(AllDimensions[d])));
        auto *score = cell(formatPercent(e.mean), e.mean, true);
        if (e.mean)
            score->setBackground(heat(e.mean));
        m_dimensions->setItem(d, 1, score);
        m_dimensions->setItem(d, 2, cell(intervalText(e), {}, true));
        m_dimensions->setItem(d, 3, cell(formatCount(e.n), e.n, true));
        m_dimensions->setItem(d, 4, cell(formatPercent(previous), previous, true));
        m_dimensions->setItem(d, 5, cell(signedText(change), change, true));
    }
    fitColumns(m_dimensions);

    m_pareto->setItems(c.failedItems);
    m_failedItems->clear();
    m_failedItems->setColumnCount(6);
    m_failedItems->setHorizontalHeaderLabels({tr("#"), tr("Failures"), tr("Answered"), tr("Cumulative"), tr("Dimension"), tr("Item")});
    m_failedItems->setRowCount(int(c.failedItems.size()));
    for (int i = 0; i < c.failedItems.size(); ++i) {
        const ItemFailures &f = c.failedItems[i];
        m_failedItems->setItem(i, 0, cell(QString::number(i + 1), i + 1, true));
        m_failedItems->setItem(i, 1, cell(formatCount(f.failures), f.failures, true));
        m_failedItems->setItem(i, 2, cell(formatCount(f.answered), f.answered, true));
        m_failedItems->setItem(i, 3, cell(formatPercent(100 * f.cumulativeShare), 100 * f.cumulativeShare, true));
        m_failedItems->setItem(i, 4, cell(dimensionName(f.dimension)));
        auto *item = cell(f.critical ? tr("%1 (critical)").arg(f.itemText) : f.itemText);
        item->setToolTip(f.formName);
        m_failedItems->setItem(i, 5, item);
    }
    fitColumns(m_failedItems);
    m_raiseAction->setEnabled(false); // until an item is chosen

    m_critical->clear();
    m_critical->setColumnCount(4);
    m_critical->setHorizontalHeaderLabels({tr("Evaluation"), tr("Occurred"), tr("Agent"), tr("Item")});
    m_critical->setRowCount(int(c.criticalFailures.size()));
    for (int i = 0; i < c.criticalFailures.size(); ++i) {
        const CriticalFailure &f = c.criticalFailures[i];
        m_critical->setItem(i, 0, cell(QStringLiteral("#%1").arg(f.evaluationId), double(f.evaluationId), true));
        m_critical->item(i, 0)->setData(Qt::UserRole, f.evaluationId);
        m_critical->setItem(i, 1, cell(formatDateTime(f.occurredAt)));
        m_critical->setItem(i, 2, cell(f.staffName));
        m_critical->setItem(i, 3, cell(f.itemText));
    }
    fitColumns(m_critical);

    // A store's agents side by side; an agent's card lists none.
    m_agents->setSortingEnabled(false);
    m_agents->clear();
    m_agentsLabel->setVisible(site);
    m_agents->setVisible(site);
    if (site) {
        const QVector<SubjectScores> *rows = &agentRows;
        QStringList headers{tr("Rank"), tr("Agent"), tr("Evaluations"), tr("Visits"), tr("Score"), tr("Change")};
        for (Dimension d : AllDimensions)
            headers << dimensionName(d);
        m_agents->setColumnCount(int(headers.size()));
        m_agents->setHorizontalHeaderLabels(headers);
        m_agents->setRowCount(rows ? int(rows->size()) : 0);
        for (int r = 0; rows && r < rows->size(); ++r) {
            const SubjectScores &a = rows->at(r);
            m_agents->setItem(r, 0, cell(a.rank > 0 ? QString::number(a.rank) : QStringLiteral("–"),
                                         a.rank > 0 ? std::optional<double>(a.rank) : std::nullopt, true));
            auto *name = cell(a.name);
            name->setData(Qt::UserRole + 2, a.id);
            m_agents->setItem(r, 1, name);
            m_agents->setItem(r, 2, cell(formatCount(a.evaluations), a.evaluations, true));
            m_agents->setItem(r, 3, cell(formatCount(a.visits), a.visits, true));
            auto *score = cell(formatPercent(a.overall.mean), a.overall.mean, true);
            if (a.overall.mean) // no data: no colour (an invalid colour paints black)
                score->setBackground(heat(a.overall.mean));
            m_agents->setItem(r, 4, score);
            m_agents->setItem(r, 5, cell(signedText(a.change()), a.change(), true));
            for (int d = 0; d < DimensionCount; ++d) {
                auto *dim = cell(formatPercent(a.dimensions[d].mean), a.dimensions[d].mean, true);
                if (a.dimensions[d].mean)
                    dim->setBackground(heat(a.dimensions[d].mean));
                m_agents->setItem(r, 6 + d, dim);
            }
        }
        fitColumns(m_agents);
        m_agents->setSortingEnabled(true);
    }
}

// The store's or agent's indicators for the card's period against their targets, and the open
// alerts of the store (of an agent's site: alerts are raised per site and region).
void ResultsPage::showIndicators(const ScorecardIndicators &indicators)
{
    const QVector<IndicatorValue> &values = indicators.values;
    const QVector<Alert> &alerts = indicators.openAlerts;
    m_indicatorsLabel->setText(m_cardKind == SubjectKind::Site ? tr("Service indicators against their targets")
                                                               : tr("Service indicators of the agent's contacts, against their team's targets"));
    m_alertsLabel->setText(m_cardKind == SubjectKind::Site ? (alerts.isEmpty() ? tr("No open alerts") : tr("Open alerts: %1").arg(alerts.size()))
                                                           : (alerts.isEmpty() ? tr("No open alerts at %1").arg(indicators.siteName)
                                                                               : tr("Open alerts at %1: %2").arg(indicators.siteName).arg(alerts.size())));
    m_indicators->clear();
    m_indicators->setColumnCount(5);
    m_indicators->setHorizontalHeaderLabels({tr("Indicator"), tr("Value"), tr("Target"), tr("Status"), tr("Cases")});
    m_indicators->setRowCount(values.size());
    for (int r = 0; r < values.size(); ++r) {
        const IndicatorValue &v = values[r];
        m_indicators->setItem(r, 0, cell(indicatorName(v.kind)));
        m_indicators->setItem(r, 1, cell(indicatorValueText(v.kind, v.value), v.value, true));
        m_indicators->setItem(r, 2, cell(v.target ? indicatorValueText(v.kind, v.target->target) : QStringLiteral("—"), {}, true));
        auto *status = cell(indicatorStatusText(v.status));
        status->setForeground(indicatorStatusColour(v.status));
        m_indicators->setItem(r, 3, status);
        m_indicators->setItem(r, 4, cell(formatCount(v.n), double(v.n), true));
    }
    fitColumns(m_indicators);
    m_alerts->clear();
    m_alerts->setColumnCount(4);
    m_alerts->setHorizontalHeaderLabels({tr("Level"), tr("Indicator"), tr("From"), tr("Value")});
    m_alerts->setRowCount(alerts.size());
    for (int r = 0; r < alerts.size(); ++r) {
        const Alert &a = alerts[r];
        auto *level = cell(alertSeverityName(a.severity));
        level->setForeground(a.severity == AlertSeverity::Alarm ? QColor(0xc6, 0x28, 0x28) : QColor(0xb2, 0x6a, 0x00));
        m_alerts->setItem(r, 0, level);
        m_alerts->setItem(r, 1, cell(indicatorName(a.indicator)));
        m_alerts->setItem(r, 2, cell(a.from.toString(Qt::ISODate)));
        m_alerts->setItem(r, 3, cell(indicatorValueText(a.indicator, a.value), a.value, true));
    }
    fitColumns(m_alerts);
}

// The store's complaints (an agent's: their store's) in the card's period, and those open now with
// their clocks, overdue first (docs/closed-loop.md).
void ResultsPage::showComplaints(const ScorecardComplaints &c, const QDateTime &now)
{
    const ComplaintFigures &f = c.figures;
    QString text = m_cardKind == SubjectKind::Site ? tr("Complaints in the period: %1").arg(formatCount(f.received))
                                                   : tr("Complaints at %1 in the period: %2").arg(c.siteName, formatCount(f.received));
    if (f.perThousand)
        text += QLatin1Char(' ') + tr("(%1 per 1,000 interactions)").arg(formatNumber(f.perThousand, 1));
    text += QLatin1Char(' ') + tr("· first responses on time %1 · resolutions on time %2 · open now %3, overdue %4")
                                   .arg(formatPercent(f.responseOnTimePercent()), formatPercent(f.resolutionOnTimePercent()), formatCount(f.open),
                                        formatCount(f.overdue));
    m_complaintsLabel->setText(text);
    m_complaints->clear();
    m_complaints->setColumnCount(7);
    m_complaints->setHorizontalHeaderLabels({tr("Complaint"), tr("Received", "a complaint: when it came in"), tr("Category"), tr("Status"),
                                             tr("Owner"), tr("First response"), tr("Resolution")});
    m_complaints->setRowCount(c.open.size());
    for (int r = 0; r < c.open.size(); ++r) {
        const Complaint &x = c.open[r];
        const SlaClock response = x.firstResponseClock(now);
        const SlaClock resolution = x.resolutionClock(now);
        const QStringList cells = {x.reference, formatDateTime(x.receivedAt), x.categoryName, complaintStatusName(x.status), x.ownerName,
                                   slaClockText(response), slaClockText(resolution)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = cell(cells[col]);
            const SlaClock *clock = col == 5 ? &response : col == 6 ? &resolution : nullptr;
            if (clock && clock->missed())
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            m_complaints->setItem(r, col, item);
        }
    }
    fitColumns(m_complaints);
}

// The store's corrective actions (an agent's: their store's) not yet verified, overdue first.
void ResultsPage::showActions(const QString &siteName, const QVector<CorrectiveAction> &actions, const QDate &today)
{
    const int overdue = int(std::count_if(actions.cbegin(), actions.cend(), [&today](const CorrectiveAction &a) { return a.overdue(today); }));
    m_actionsLabel->setText(tr("Corrective actions at %1 not yet verified: %2, overdue %3").arg(siteName, formatCount(actions.size()), formatCount(overdue)));
    m_actions->clear();
    m_actions->setColumnCount(5);
    m_actions->setHorizontalHeaderLabels({tr("Action"), tr("Title"), tr("Owner"), tr("Due"), tr("Status")});
    m_actions->setRowCount(actions.size());
    for (int r = 0; r < actions.size(); ++r) {
        const CorrectiveAction &a = actions[r];
        const QStringList cells = {a.reference, a.title, a.ownerName, a.due.toString(Qt::ISODate), actionStatusName(a.status)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = cell(cells[col]);
            if (col == 3 && a.overdue(today))
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            m_actions->setItem(r, col, item);
        }
    }
    fitColumns(m_actions);
}

} // namespace servqa

