#include "gaptrendchart.h"

#include "chartstyle.h"
#include "formatting.h"

#include <QEvent>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace servqa {

namespace {

double seconds(const QDate &d)
{
    return double(QDateTime(d, QTime(0, 0)).toSecsSinceEpoch());
}

// A period still running today: its few days of data are no full point (a month with one day
// jumped by 24 points with a band as wide as the chart).
bool isToDate(const QDate &period, Granularity granularity)
{
    return nextPeriod(period, granularity) > QDate::currentDate();
}

} // namespace

GapTrendChart::GapTrendChart(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal); // time pans and zooms; the gap scale stays
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        const auto point = pointAt(event->position());
        if (!point)
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), pointText(point->first, point->second), m_plot);
    });
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        if (event->button() != Qt::LeftButton)
            return;
        if (const auto point = pointAt(event->position()))
            emit pointClicked(point->first, point->second);
    });
    rebuild();
}

GapTrendChart::~GapTrendChart() = default;

std::optional<std::pair<int, Dimension>> GapTrendChart::pointAt(const QPointF &pixel) const
{
    // The nearest point of the nearest line, within a few pixels.
    std::optional<std::pair<int, Dimension>> found;
    double best = 12; // pixels
    for (int p = 0; p < m_points.size(); ++p) {
        const double x = m_plot->xAxis->coordToPixel(seconds(m_points[p].period));
        for (Dimension d : AllDimensions) {
            const auto &value = m_points[p].values[dimensionIndex(d)];
            if (!value.mean)
                continue;
            const double distance = std::hypot(x - pixel.x(), m_plot->yAxis->coordToPixel(*value.mean) - pixel.y());
            if (distance < best) {
                best = distance;
                found = std::pair(p, d);
            }
        }
    }
    return found;
}

void GapTrendChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void GapTrendChart::setTrend(const QVector<GapPoint> &points, Granularity granularity)
{
    m_points.clear();
    for (const GapPoint &p : points) {
        TrendPoint t{p.period, {}};
        for (int d = 0; d < DimensionCount; ++d)
            t.values[d] = p.result.dimensions[d].gap;
        m_points << t;
    }
    m_measure = Measure::CustomerGap;
    m_granularity = granularity;
    rebuild();
}

void GapTrendChart::setScores(const QVector<TrendPoint> &points, Granularity granularity)
{
    m_points = points;
    m_measure = Measure::EvaluationScore;
    m_granularity = granularity;
    rebuild();
}

void GapTrendChart::setGapTrend(const QVector<TrendPoint> &points, Granularity granularity, GapKind gap)
{
    m_points = points;
    m_measure = gap == GapKind::Customer ? Measure::CustomerGap : Measure::Gap;
    m_gap = gap;
    m_granularity = granularity;
    rebuild();
}

QString GapTrendChart::periodName(const QDate &period) const
{
    switch (m_granularity) {
    case Granularity::Week: return tr("week of %1").arg(formatDate(period));
    case Granularity::Month: return QLocale().toString(period, QStringLiteral("yyyy-MM"));
    case Granularity::Quarter: return tr("%1 Q%2").arg(period.year()).arg((period.month() - 1) / 3 + 1);
    }
    return {};
}

QString GapTrendChart::pointText(int point, Dimension dimension) const
{
    const TrendPoint &p = m_points[point];
    const Estimate &gap = p.values[dimensionIndex(dimension)];
    const QString period = isToDate(p.period, m_granularity) ? tr("%1 (to date)").arg(periodName(p.period)) : periodName(p.period);
    if (!gap.mean)
        return tr("%1, %2: too few to show (n = %3)").arg(dimensionName(dimension), period).arg(gap.n);
    const QLocale locale;
    QString text;
    if (m_measure == Measure::EvaluationScore)
        text = tr("%1, %2: score %3 %").arg(dimensionName(dimension), period, locale.toString(*gap.mean, 'f', 1));
    else if (m_measure == Measure::Gap && gapInPercentagePoints(m_gap))
        text = tr("%1, %2: gap %3 percentage points").arg(dimensionName(dimension), period, locale.toString(*gap.mean, 'f', 1));
    else
        text = tr("%1, %2: gap %3").arg(dimensionName(dimension), period, locale.toString(*gap.mean, 'f', 2));
    if (gap.low)
        text += QLatin1Char(' ') + tr("(95 % interval %1 to %2)").arg(locale.toString(*gap.low, 'f', 2), locale.toString(*gap.high, 'f', 2));
    return text + QLatin1Char(' ') + tr("n = %1").arg(gap.n);
}

void GapTrendChart::rebuild()
{
    m_plot->clearGraphs();
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    // The legend in a row of its own under the axes: inside, it covered lines and the period to
    // date wherever it was put.
    if (m_plot->plotLayout()->rowCount() == 1) {
        m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
        m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        m_plot->legend->setBorderPen(Qt::NoPen);
        m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    }
    // A tick at each period's start, labelled with it (at most about twelve): a date-time ticker
    // put its ticks every few weeks and labelled two of them with the same month.
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const QString tickFormat = m_granularity == Granularity::Week ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM");
    const qsizetype every = std::max<qsizetype>(1, (m_points.size() + 11) / 12);
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        if (labelledPeriod(i, m_points.size(), every))
            ticker->addTick(seconds(m_points[i].period), m_points[i].period.toString(tickFormat));
    }
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setLabel(tr("Period"));
    const bool percentGap = m_measure == Measure::Gap && gapInPercentagePoints(m_gap);
    switch (m_measure) {
    case Measure::CustomerGap: m_plot->yAxis->setLabel(tr("Gap P − E (points on the 1–7 scale)")); break;
    case Measure::EvaluationScore: m_plot->yAxis->setLabel(tr("Dimension score of evaluations (%)")); break;
    case Measure::Gap:
        m_plot->yAxis->setLabel(percentGap ? tr("%1 (percentage points)").arg(gapName(m_gap))
                                           : tr("%1 (points on the 1–7 scale)").arg(gapName(m_gap)));
        break;
    }
    m_plot->clearItems();
    // The period still running is drawn apart: hollow, joined by a dotted line, without its band,
    // and labelled "to date".
    const bool toDate = !m_points.isEmpty() && isToDate(m_points.last().period, m_granularity);
    for (Dimension d : AllDimensions) {
        const int di = dimensionIndex(d);
        QVector<double> x, mean, low, high;
        for (const TrendPoint &p : m_points) {
            const Estimate &gap = p.values[di];
            x << seconds(p.period);
            // NaN breaks the line: a period with too few respondents is not drawn as a number.
            mean << gap.mean.value_or(qQNaN());
            low << gap.low.value_or(gap.mean.value_or(qQNaN()));
            high << gap.high.value_or(gap.mean.value_or(qQNaN()));
        }
        QVector<double> partialX, partial;
        if (toDate) {
            if (x.size() >= 2 && !std::isnan(mean[x.size() - 2]))
                partialX << x[x.size() - 2], partial << mean[x.size() - 2];
            partialX << x.last(), partial << mean.last();
            mean.last() = low.last() = high.last() = qQNaN();
        }
        const QColor colour = dimensionColour(d);
        QCPGraph *lower = m_plot->addGraph();
        QCPGraph *upper = m_plot->addGraph();
        QCPGraph *line = m_plot->addGraph();
        lower->setData(x, low, true);
        upper->setData(x, high, true);
        line->setData(x, mean, true);
        for (QCPGraph *bound : {lower, upper}) {
            bound->setPen(Qt::NoPen);
            bound->removeFromLegend();
        }
        QColor band = colour;
        band.setAlpha(28);
        upper->setBrush(band);
        upper->setChannelFillGraph(lower);
        line->setPen(QPen(colour, 2));
        line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, Qt::white, 5));
        line->setName(dimensionName(d));
        if (toDate) {
            QCPGraph *joint = m_plot->addGraph();
            joint->setData(partialX, partial, true);
            joint->setPen(QPen(colour, 1.5, Qt::DotLine));
            joint->removeFromLegend();
            QCPGraph *sofar = m_plot->addGraph();
            sofar->setData({partialX.last()}, {partial.last()}, true);
            sofar->setLineStyle(QCPGraph::lsNone);
            sofar->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour, 1.5), Qt::NoBrush, 7));
            sofar->removeFromLegend();
        }
    }
    // Zero is "service meets expectations".
    m_plot->yAxis->grid()->setZeroLinePen(m_measure != Measure::EvaluationScore ? QPen(Qt::darkGray, 1, Qt::DashLine) : QPen(Qt::NoPen));
    m_plot->rescaleAxes();
    if (!m_points.isEmpty()) {
        const double margin = 86400.0 * (m_granularity == Granularity::Week ? 4 : 16);
        m_plot->xAxis->setRange(seconds(m_points.first().period) - margin, seconds(m_points.last().period) + margin);
    }
    QCPRange y = m_plot->yAxis->range();
    if (percentGap) {
        y.lower = std::max(-100.0, std::min(y.lower, -5.0) - 2);
        y.upper = std::min(100.0, std::max(y.upper, 5.0) + 2);
    } else if (m_measure != Measure::EvaluationScore) {
        y.lower = std::min(y.lower, -0.5) - 0.2;
        y.upper = std::max(y.upper, 0.5) + 0.2;
    } else {
        y.lower = std::max(0.0, y.lower - 5);
        y.upper = std::min(100.0, y.upper + 5);
    }
    m_plot->yAxis->setRange(y);
    if (toDate) {
        auto *label = new QCPItemText(m_plot);
        label->setClipToAxisRect(false);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(seconds(m_points.last().period), 0);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setFont(font());
        label->setColor(palette().color(QPalette::PlaceholderText));
        label->setText(tr("to date"));
    }
    m_plot->replot();
}

bool GapTrendChart::savePng(const QString &path)
{
    return m_plot->savePng(path, 0, 0, 2.0);
}

bool GapTrendChart::savePdf(const QString &path)
{
    return m_plot->savePdf(path, 0, 0, QCP::epNoCosmetic, QStringLiteral("ServQA"),
                           m_measure == Measure::EvaluationScore ? tr("Dimension scores of evaluations") : gapName(m_gap));
}

} // namespace servqa
