// The Five gaps tab of the Dashboards page: every gap of the whole period by dimension, and one
// gap's trend.

#include "dashboardspage.h"
#include "listtables.h"

#include "charts/gaptrendchart.h"
#include "formatting.h"
#include "periodselector.h"
#include "resultscells.h"

#include <QAction>
#include <QComboBox>
#include <QLocale>
#include <QScrollBar>
#include <QTableWidget>

namespace servqa {

void DashboardsPage::showFiveGaps(const FiveGaps &five, const QVector<FiveGapsPoint> &trend, Granularity granularity)
{
    m_fiveTrend = trend;
    m_shownGranularity = granularity;
    showFiveGapTrend();
    for (Dimension d : AllDimensions) {
        const int r = dimensionIndex(d);
        m_fiveTable->setItem(r, FDimension, resultscells::cell(dimensionName(d)));
        for (GapKind g : AllGaps) {
            const Estimate &e = five.at(g, d);
            const bool percent = gapInPercentagePoints(g);
            QString text = e.mean ? QLocale().toString(*e.mean, 'f', percent ? 1 : 2) : (e.n > 0 ? tr("too few") : QStringLiteral("—"));
            if (e.mean && *e.mean > 0)
                text.prepend(QLatin1Char('+'));
            QTableWidgetItem *c = resultscells::cell(text, {}, true);
            QString tip = (g == GapKind::Standards || g == GapKind::Delivery) && !e.mean && e.n == 0
                              ? tr("No standard of this dimension, or nothing observed.")
                              : tr("n = %1").arg(e.n);
            if (g == GapKind::Communication && !e.mean && e.n == 0)
                tip = tr("No promise of this dimension, or no case measured.");
            if (e.low)
                tip += QLatin1Char('\n') + tr("95 % interval %1 to %2").arg(formatNumber(e.low, percent ? 1 : 2), formatNumber(e.high, percent ? 1 : 2));
            c->setToolTip(tip);
            if (e.mean && *e.mean < 0)
                c->setForeground(QColor(0xb3, 0x26, 0x1e));
            m_fiveTable->setItem(r, FGap1 + gapIndex(g), c);
        }
    }
    fitColumns(m_fiveTable);
    // The table as wide as its columns; the chart takes the rest.
    int width = 2 * m_fiveTable->frameWidth() + m_fiveTable->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < FColumnCount; ++c)
        width += m_fiveTable->columnWidth(c);
    m_fiveTable->setMaximumWidth(width);
}

void DashboardsPage::setUpFiveGapActions()
{
    auto *raise = new QAction(tr("Raise action on this gap…"), m_fiveTable);
    raise->setObjectName(QStringLiteral("raiseGapAction"));
    m_fiveTable->addAction(raise);
    connect(raise, &QAction::triggered, this, [this] { raiseActionOnGap(m_fiveTable->currentRow(), m_fiveTable->currentColumn()); });
}

void DashboardsPage::raiseActionOnGap(int row, int column)
{
    if (row < 0 || row >= DimensionCount || column < FGap1 || column >= FColumnCount)
        return;
    const auto gap = static_cast<GapKind>(column - FGap1 + 1);
    const Dimension dimension = AllDimensions[row];
    const QTableWidgetItem *cell = m_fiveTable->item(row, column);
    const QDate today = QDate::currentDate();
    ActionDraft d;
    d.origin = {ActionSource::Gap, qint64(gap), dimensionKey(dimension),
                tr("%1, %2: %3").arg(gapName(gap), dimensionName(dimension), cell ? cell->text() : QString())};
    if (m_site->currentData().isValid())
        d.siteId = m_site->currentData().toLongLong();
    else if (m_region->currentData().isValid())
        d.region = m_region->currentData().toString();
    d.due = today.addDays(30);
    // The period shown (all time: the last ninety days) as the period before.
    const auto to = m_period->to();
    const QDate last = to ? to->addSecs(-1).date() : today.addDays(-1);
    d.measure.kind = MeasureKind::Score;
    d.measure.dimension = dimension;
    d.measure.before = {m_period->from() ? m_period->from()->date() : last.addDays(-89), std::min(last, today.addDays(-1))};
    d.measure.after = {d.due.addDays(1), d.due.addDays(90)};
    emit actionRequested(d);
}

void DashboardsPage::showFiveGapTrend()
{
    const auto gap = static_cast<GapKind>(m_gapBox->currentData().toInt());
    QVector<TrendPoint> points;
    for (const FiveGapsPoint &p : std::as_const(m_fiveTrend)) {
        TrendPoint t{p.period, {}};
        for (Dimension d : AllDimensions)
            t.values[dimensionIndex(d)] = p.gaps.at(gap, d);
        points << t;
    }
    m_fiveChart->setGapTrend(points, m_shownGranularity, gap);
}

} // namespace servqa
