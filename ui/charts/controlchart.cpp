#include "controlchart.h"

#include "chartstyle.h"
#include "formatting.h"
#include "indicatortexts.h"

#include <QEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace servqa {

namespace {

// A p chart's shares are drawn as percent, like the indicator.
double scaleOf(const IndicatorChart &c)
{
    return isShare(c.indicator) && !c.scores && !c.trend && !c.complaints ? 100.0 : 1.0; // a trend's values are percent already
}

QString valueText(const IndicatorChart &c, double v);

// An indicator by period with its target, warning and alarm levels as lines across; each point
// coloured by its status, and hollow when its period is cut short by the scope's (a first week of
// one day is no week).
void configureTrend(QCustomPlot *plot, const IndicatorChart &c)
{
    QVector<double> x, y;
    double low = 1e300, high = -1e300;
    const auto target = c.values.isEmpty() ? std::nullopt : c.values.first().target;
    const QColor blue(0x2f, 0x5f, 0x8a);
    QCPGraph *line = plot->addGraph();
    line->setPen(QPen(blue, 2));
    for (int i = 0; i < c.values.size(); ++i) {
        if (!c.values[i].value)
            continue;
        x << i;
        y << *c.values[i].value;
        low = std::min(low, y.last());
        high = std::max(high, y.last());
    }
    line->setData(x, y, true);
    // A point's marker: blue, or the colour of the level it is under; hollow for a cut period.
    const std::pair<QColor, double> markers[] = {{blue, 6}, {QColor(0xef, 0x6c, 0x00), 9}, {QColor(0xc6, 0x28, 0x28), 9}};
    QCPGraph *whole[3], *cut[3];
    for (int k = 0; k < 3; ++k) {
        const auto &[colour, size] = markers[k];
        whole[k] = plot->addGraph();
        whole[k]->setLineStyle(QCPGraph::lsNone);
        whole[k]->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, size));
        cut[k] = addHollowPoints(plot, colour, size + 1);
    }
    for (int i = 0; i < c.values.size(); ++i) {
        if (!c.values[i].value)
            continue;
        const IndicatorStatus status = statusOf(c.values[i].value, target);
        const int k = status == IndicatorStatus::Alarm ? 2 : status == IndicatorStatus::Warning ? 1 : 0;
        (isWholePeriod(c, i) ? whole : cut)[k]->addData(i, *c.values[i].value);
    }
    if (target) {
        for (const auto &[level, pen] : {std::pair{target->target, QPen(QColor(0x2e, 0x7d, 0x32), 1.5)},
                                         std::pair{target->warning, QPen(QColor(0xef, 0x6c, 0x00), 1.5, Qt::DashLine)},
                                         std::pair{target->alarm, QPen(QColor(0xc6, 0x28, 0x28), 1.5, Qt::DashLine)}}) {
            auto *across = new QCPItemStraightLine(plot);
            across->point1->setCoords(0, level);
            across->point2->setCoords(1, level);
            across->setPen(pen);
            low = std::min(low, level);
            high = std::max(high, level);
        }
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int n = int(c.weeks.size());
    // A label every ~70 pixels of the plot's width, whatever that is (a report draws half-width).
    const int every = std::max(1, int(std::ceil(n * 70.0 / std::max(plot->width() * 0.85, 100.0))));
    QDate previous;
    for (int i = 0; i < n; ++i) {
        if (!labelledPeriod(i, n, every))
            continue;
        ticker->addTick(i, c.monthly ? QLocale().toString(c.weeks[i].from, QStringLiteral("yyyy-MM")) : weekTickLabel(c.weeks[i].from, previous));
        previous = c.weeks[i].from;
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(-0.5, std::max(n - 0.5, 0.5));
    plot->xAxis->grid()->setZeroLinePen(Qt::NoPen); // x is the period's index: its 0 is no level
    if (low > high) {
        low = 0;
        high = 100;
    }
    const double pad = std::max((high - low) * 0.08, 0.5);
    plot->yAxis->setRange(low - pad, high + pad);
    plot->yAxis->setLabel(isShare(c.indicator) || c.indicator == IndicatorKind::MysteryShop ? QStringLiteral("%")
                          : c.indicator == IndicatorKind::Nps                              ? QStringLiteral("NPS")
                                                                                           : QCoreApplication::translate("ControlChart", "mean"));
    plot->xAxis->setLabel(target ? QCoreApplication::translate("ControlChart", "Target %1 · warning %2 · alarm %3")
                                       .arg(valueText(c, target->target), valueText(c, target->warning), valueText(c, target->alarm))
                                 : QCoreApplication::translate("ControlChart", "No target for this indicator here"));
}

QString valueText(const IndicatorChart &c, double v)
{
    if (c.complaints)
        return formatNumber(v, 1); // complaints per 1,000 interactions
    return c.scores ? formatPercent(v) : indicatorValueText(c.indicator, v); // mystery-shop compliance is a percent too
}

// The week of a subgroup, and whether a signal's points include it (red beyond the limits).
struct Marks
{
    QVector<bool> beyond;
    QVector<bool> run;
};

Marks marksOf(const IndicatorChart &c)
{
    Marks m;
    m.beyond.fill(false, c.weeks.size());
    m.run.fill(false, c.weeks.size());
    if (!c.chart)
        return m;
    for (const spc::Signal &s : c.chart->found) {
        if (s.onSpread)
            continue;
        for (int i : s.subgroups)
            (s.rule == 1 ? m.beyond : m.run)[i] = true;
    }
    return m;
}

QCPGraph *stepLine(QCustomPlot *plot, const QVector<double> &x, const QVector<double> &y, const QPen &pen)
{
    QCPGraph *g = plot->addGraph();
    g->setData(x, y, true);
    g->setPen(pen);
    g->setLineStyle(QCPGraph::lsStepCenter);
    return g;
}

// The R or S chart of an X̄ chart, below it on the same weeks: its points, centre and limits, the
// points beyond a limit in red (the spread chart is checked by rule 1 only).
void addSpread(QCustomPlot *plot, const IndicatorChart &c, const QSharedPointer<QCPAxisTickerText> &ticker)
{
    const spc::Series &spread = *c.chart->spread;
    auto *rect = new QCPAxisRect(plot);
    plot->plotLayout()->addElement(plot->plotLayout()->rowCount(), 0, rect);
    plot->plotLayout()->setRowStretchFactor(plot->plotLayout()->rowCount() - 1, 0.45);
    QCPAxis *x = rect->axis(QCPAxis::atBottom), *y = rect->axis(QCPAxis::atLeft);
    auto *margins = plot->findChild<QCPMarginGroup *>();
    if (!margins)
        margins = new QCPMarginGroup(plot);
    plot->axisRect(0)->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    QVector<double> xs, value, centre, upper, lower;
    double high = 0;
    for (int i = 0; i < spread.points.size(); ++i) {
        const spc::Point &p = spread.points[i];
        xs << i;
        value << p.value;
        centre << p.centre;
        upper << p.upper;
        lower << p.lower;
        high = std::max({high, p.value, p.upper});
    }
    auto line = [&](const QVector<double> &ys, const QPen &pen, bool step) {
        QCPGraph *g = plot->addGraph(x, y);
        g->setData(xs, ys, true);
        g->setPen(pen);
        g->setLineStyle(step ? QCPGraph::lsStepCenter : QCPGraph::lsLine);
        return g;
    };
    line(upper, QPen(QColor(0xc6, 0x28, 0x28), 1.5, Qt::DashLine), true);
    line(lower, QPen(QColor(0xc6, 0x28, 0x28), 1.5, Qt::DashLine), true);
    line(centre, QPen(QColor(0x2e, 0x7d, 0x32), 1.5), true);
    QCPGraph *points = line(value, QPen(QColor(0x2f, 0x5f, 0x8a), 2), false);
    points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
    QCPGraph *beyond = plot->addGraph(x, y);
    beyond->setLineStyle(QCPGraph::lsNone);
    beyond->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0xc6, 0x28, 0x28), QColor(0xc6, 0x28, 0x28), 9));
    for (const spc::Signal &s : c.chart->found) {
        if (s.onSpread) {
            for (int i : s.subgroups)
                beyond->addData(i, value.value(i));
        }
    }
    x->setTicker(ticker);
    x->setRange(plot->xAxis->range());
    QObject::connect(plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), x, qOverload<const QCPRange &>(&QCPAxis::setRange));
    y->setRange(0, std::max(high * 1.1, 1.0));
    y->setLabel(c.chart->kind == spc::ChartKind::XbarR ? QCoreApplication::translate("ControlChart", "R, % points")
                                                        : QCoreApplication::translate("ControlChart", "S, % points"));
}

} // namespace

ControlChart::ControlChart(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *event) {
        if (const int found = pointAt(event->position()); found >= 0)
            emit pointActivated(found);
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        const int found = pointAt(event->position());
        const double scale = scaleOf(m_chart);
        if (found < 0) {
            QToolTip::hideText();
            return;
        }
        if (m_chart.trend) {
            const IndicatorValue &v = m_chart.values[found];
            const DayRange &period = m_chart.weeks[found];
            QToolTip::showText(event->globalPosition().toPoint(),
                               tr("%1 to %2: %3 (%4 cases)")
                                   .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate), valueText(m_chart, v.value.value_or(0)),
                                        formatCount(v.n)),
                               m_plot);
            return;
        }
        const spc::Point &p = m_chart.chart->primary.points[found];
        QToolTip::showText(event->globalPosition().toPoint(),
                           (m_chart.complaints ? tr("Week of %1: %2 per 1,000 of %3 interactions; centre %4, limits %5 – %6")
                                               : tr("Week of %1: %2 (%3 cases); centre %4, limits %5 – %6"))
                               .arg(m_chart.weeks[found].from.toString(Qt::ISODate), valueText(m_chart, p.value * scale), formatCount(m_chart.values[found].n),
                                    valueText(m_chart, p.centre * scale), valueText(m_chart, p.lower * scale), valueText(m_chart, p.upper * scale)),
                           m_plot);
    });
    configure(m_plot, {});
}

ControlChart::~ControlChart() = default;

int ControlChart::pointAt(const QPointF &position) const
{
    if (m_chart.trend) {
        double best = 14;
        int found = -1;
        for (int i = 0; i < m_chart.values.size(); ++i) {
            if (!m_chart.values[i].value)
                continue;
            const double d = std::hypot(m_plot->xAxis->coordToPixel(i) - position.x(), m_plot->yAxis->coordToPixel(*m_chart.values[i].value) - position.y());
            if (d < best) {
                best = d;
                found = i;
            }
        }
        return found;
    }
    if (!m_chart.chart)
        return -1;
    const double scale = scaleOf(m_chart);
    double best = 14;
    int found = -1;
    for (int i = 0; i < m_chart.chart->primary.points.size(); ++i) {
        const spc::Point &p = m_chart.chart->primary.points[i];
        const double d = std::hypot(m_plot->xAxis->coordToPixel(i) - position.x(), m_plot->yAxis->coordToPixel(p.value * scale) - position.y());
        if (d < best) {
            best = d;
            found = i;
        }
    }
    return found;
}

void ControlChart::setChart(const IndicatorChart &chart)
{
    m_chart = chart;
    // A chart drawn for a report is never shown: give the plot the widget's size (the ticks are
    // spaced by it) before its layout would.
    if (!isVisible())
        m_plot->resize(size());
    configure(m_plot, m_chart);
    m_plot->replot();
}

bool ControlChart::savePng(const QString &path)
{
    return m_plot->savePng(path, 0, 0, 2.0);
}

bool ControlChart::savePdf(const QString &path)
{
    return m_plot->savePdf(path, 0, 0, QCP::epNoCosmetic, QStringLiteral("ServQA"), indicatorName(m_chart.indicator));
}

void ControlChart::setTitle(const QString &title)
{
    if (!m_title) {
        m_plot->plotLayout()->insertRow(0);
        m_title = new QCPTextElement(m_plot, title, QFont(font().family(), 9, QFont::Bold));
        m_plot->plotLayout()->addElement(0, 0, m_title);
    }
    m_title->setText(title);
}

void ControlChart::configure(QCustomPlot *plot, const IndicatorChart &c)
{
    plot->clearGraphs();
    plot->clearItems();
    // The spread chart (R, S) of an X̄ chart sits in a second axis rect below; made again each time.
    for (int i = plot->axisRectCount() - 1; i >= 1; --i) {
        plot->plotLayout()->remove(plot->axisRect(i));
        plot->plotLayout()->simplify();
    }
    plot->legend->setVisible(false);
    if (c.trend) {
        configureTrend(plot, c);
        return;
    }
    const int n = c.chart ? int(c.chart->primary.points.size()) : 0;
    const double scale = scaleOf(c);
    QVector<double> x, value, centre, upper, lower;
    std::array<QVector<double>, 4> zoneUp, zoneDown; // ±1σ, ±2σ (and the limits)
    double low = 1e300, high = -1e300;
    for (int i = 0; i < n; ++i) {
        const spc::Point &p = c.chart->primary.points[i];
        x << i;
        value << p.value * scale;
        centre << p.centre * scale;
        upper << p.upper * scale;
        lower << p.lower * scale;
        // Zones end at the limits: a share's limit is cut at 0 or 100 % where centre ± 2σ is not
        // (the shading ran past the plot's top, over the baseline's bar).
        for (int z = 1; z <= 2; ++z) {
            zoneUp[z] << std::min(p.centre + z * p.sigma, p.upper) * scale;
            zoneDown[z] << std::max(p.centre - z * p.sigma, p.lower) * scale;
        }
        low = std::min({low, p.value * scale, p.lower * scale});
        high = std::max({high, p.value * scale, p.upper * scale});
    }
    if (n > 0) {
        // Zones: C (within 1σ) lightest, B, A darkest up to the limits.
        const QColor zone(47, 95, 138);
        QCPGraph *upperLimit = stepLine(plot, x, upper, QPen(QColor(0xc6, 0x28, 0x28), 1.5, Qt::DashLine));
        QCPGraph *lowerLimit = stepLine(plot, x, lower, QPen(QColor(0xc6, 0x28, 0x28), 1.5, Qt::DashLine));
        QCPGraph *up2 = stepLine(plot, x, zoneUp[2], Qt::NoPen), *down2 = stepLine(plot, x, zoneDown[2], Qt::NoPen);
        QCPGraph *up1 = stepLine(plot, x, zoneUp[1], Qt::NoPen), *down1 = stepLine(plot, x, zoneDown[1], Qt::NoPen);
        upperLimit->setBrush(QColor(zone.red(), zone.green(), zone.blue(), 22));
        upperLimit->setChannelFillGraph(up2);
        lowerLimit->setBrush(QColor(zone.red(), zone.green(), zone.blue(), 22));
        lowerLimit->setChannelFillGraph(down2);
        up2->setBrush(QColor(zone.red(), zone.green(), zone.blue(), 14));
        up2->setChannelFillGraph(up1);
        down2->setBrush(QColor(zone.red(), zone.green(), zone.blue(), 14));
        down2->setChannelFillGraph(down1);
        up1->setBrush(QColor(zone.red(), zone.green(), zone.blue(), 7));
        up1->setChannelFillGraph(down1);
        stepLine(plot, x, centre, QPen(QColor(0x2e, 0x7d, 0x32), 1.5));
        QCPGraph *values = plot->addGraph();
        values->setData(x, value, true);
        values->setPen(QPen(QColor(0x2f, 0x5f, 0x8a), 2));
        values->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
        // The points of a signal, drawn over the line.
        const Marks marks = marksOf(c);
        for (const auto &[flags, colour] : {std::pair{&marks.run, QColor(0xef, 0x6c, 0x00)}, std::pair{&marks.beyond, QColor(0xc6, 0x28, 0x28)}}) {
            QCPGraph *g = plot->addGraph();
            g->setLineStyle(QCPGraph::lsNone);
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 9));
            for (int i = 0; i < n; ++i) {
                if ((*flags)[i])
                    g->addData(i, value[i]);
            }
        }
        // The weeks that set the limits.
        auto *baseline = new QCPItemRect(plot);
        baseline->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
        baseline->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
        baseline->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        baseline->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        baseline->topLeft->setCoords(c.chart->baseline.first - 0.5, 0);
        baseline->bottomRight->setCoords(c.chart->baseline.last + 0.5, 0.04);
        baseline->setPen(Qt::NoPen);
        baseline->setBrush(QColor(0x2e, 0x7d, 0x32, 90));
        baseline->setClipToAxisRect(true);
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int every = std::max(1, n / 6);
    QDate previous;
    for (int i = 0; i < n; ++i) {
        if (!labelledPeriod(i, n, every))
            continue;
        ticker->addTick(i, weekTickLabel(c.weeks[i].from, previous));
        previous = c.weeks[i].from;
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(-0.5, std::max(n - 0.5, 0.5));
    plot->xAxis->grid()->setZeroLinePen(Qt::NoPen); // x is the period's index: its 0 is no level
    const double pad = std::max((high - low) * 0.08, 0.5);
    plot->yAxis->setRange(n > 0 ? low - pad : 0, n > 0 ? high + pad : 100);
    if (c.chart && c.chart->spread)
        addSpread(plot, c, ticker);
    // The unit only: the indicator's name is the chart's title (a long name would be cut).
    plot->yAxis->setLabel(c.complaints ? QCoreApplication::translate("ControlChart", "per 1,000 interactions")
                          : c.scores ? QCoreApplication::translate("ControlChart", "X̄, %")
                          : isShare(c.indicator) || c.indicator == IndicatorKind::MysteryShop ? QStringLiteral("%")
                          : c.indicator == IndicatorKind::Nps                              ? QStringLiteral("NPS")
                                                                                           : QCoreApplication::translate("ControlChart", "mean"));
    plot->xAxis->setLabel(!c.chart ? QCoreApplication::translate("ControlChart", "Too few weeks with cases for a control chart")
                          : QCoreApplication::translate("ControlChart", "Limits from the weeks %1 to %2 (green bar)%3")
                                .arg(c.baseline.from.toString(Qt::ISODate), c.baseline.to.toString(Qt::ISODate),
                                     c.baselineSet ? QCoreApplication::translate("ControlChart", ", set by a user") : QString()));
}

void ControlChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        configure(m_plot, m_chart);
        m_plot->replot();
    }
    QWidget::changeEvent(event);
}

} // namespace servqa
