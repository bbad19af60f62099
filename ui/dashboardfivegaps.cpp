// The Five gaps tab of the Dashboards page: every gap of the whole period by dimension, and one
// gap's trend.

#include "dashboardspage.h"

#include "charts/gaptrendchart.h"
#include "formatting.h"
#include "resultscells.h"

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
    m_fiveTable->resizeColumnsToContents();
    // The table as wide as its columns; the chart takes the rest.
    int width = 2 * m_fiveTable->frameWidth() + m_fiveTable->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < FColumnCount; ++c)
        width += m_fiveTable->columnWidth(c);
    m_fiveTable->setMaximumWidth(width);
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
