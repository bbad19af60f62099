#include "scorecardcharts.h"

#include "chartstyle.h"

#include <QEvent>
#include <QLocale>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace servqa {

namespace {

const QColor ScoreColour(0x1f, 0x5f, 0xa8);
const QColor FailureColour(0xc0, 0x39, 0x2b);

QCustomPlot *newPlot(QWidget *parent)
{
    auto *plot = new QCustomPlot(parent);
    auto *layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot);
    return plot;
}

} // namespace

ScoreTrendChart::ScoreTrendChart(bool compact, QWidget *parent) : QWidget(parent), m_plot(newPlot(this)), m_compact(compact)
{
    rebuild();
}

ScoreTrendChart::~ScoreTrendChart() = default;

void ScoreTrendChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void ScoreTrendChart::setTrend(const QVector<QDate> &months, const QVector<Estimate> &scores, std::optional<double> passMark)
{
    m_months = months;
    m_scores = scores;
    m_passMark = passMark;
    rebuild();
}

QPicture ScoreTrendChart::picture(QSize size)
{
    return plotPicture(m_plot, size);
}

void ScoreTrendChart::rebuild()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    auto *line = m_plot->addGraph();
    line->setPen(QPen(ScoreColour, m_compact ? 1.5 : 2));
    line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, m_compact ? 4 : 6));
    QVector<double> keys, values, errorsLow, errorsHigh;
    double low = 100, high = 0;
    for (int i = 0; i < m_scores.size(); ++i) {
        const Estimate &e = m_scores[i];
        keys << i;
        // A month without evaluations breaks the line (NaN), it is not drawn as 0.
        values << (e.mean ? *e.mean : qQNaN());
        // Within the scale, as the tables write it (a t interval of a few evaluations reaches past it).
        errorsLow << (e.low ? *e.mean - std::max(0.0, *e.low) : 0);
        errorsHigh << (e.high ? std::min(100.0, *e.high) - *e.mean : 0);
        if (e.mean) {
            low = std::min(low, e.low.value_or(*e.mean));
            high = std::max(high, e.high.value_or(*e.mean));
        }
    }
    // The month still running is drawn apart: hollow, joined by a dotted line, no interval.
    const QDate today = QDate::currentDate();
    const bool toDate = !m_months.isEmpty() && m_months.last().addMonths(1) > today && !values.isEmpty() && !std::isnan(values.last());
    if (toDate) {
        const int last = int(values.size()) - 1;
        QVector<double> jointKeys, joint;
        if (last > 0 && !std::isnan(values[last - 1]))
            jointKeys << last - 1, joint << values[last - 1];
        jointKeys << last, joint << values[last];
        auto *dotted = m_plot->addGraph();
        dotted->setData(jointKeys, joint, true);
        dotted->setPen(QPen(ScoreColour, m_compact ? 1 : 1.5, Qt::DotLine));
        dotted->removeFromLegend();
        auto *mark = m_plot->addGraph();
        mark->setData({double(last)}, {values[last]}, true);
        mark->setLineStyle(QCPGraph::lsNone);
        mark->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(ScoreColour, 1.5), Qt::NoBrush, m_compact ? 5 : 7));
        mark->removeFromLegend();
        values[last] = qQNaN();
        errorsLow[last] = errorsHigh[last] = 0;
    }
    line->setData(keys, values, true);
    if (!m_compact) {
        auto *bars = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
        bars->setDataPlottable(line);
        bars->setData(errorsLow, errorsHigh);
        bars->setPen(QPen(ScoreColour.lighter(150), 1));
        line->setName(tr("Mean score (%)"));
        bars->setName(tr("95 % interval"));
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < m_months.size(); ++i) {
        QString tick = QLocale().toString(m_months[i], m_compact ? QStringLiteral("M") : QStringLiteral("yyyy-MM"));
        if (toDate && i == m_months.size() - 1 && !m_compact)
            tick += QLatin1Char('\n') + tr("to date");
        ticker->addTick(i, tick);
    }
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(-0.5, std::max<qsizetype>(1, m_months.size()) - 0.5);
    if (m_passMark) {
        auto *mark = new QCPItemStraightLine(m_plot);
        mark->point1->setCoords(0, *m_passMark);
        mark->point2->setCoords(1, *m_passMark);
        mark->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    }
    if (m_compact) {
        // A sparkline: the shape over twelve months, scaled to its own range.
        m_plot->xAxis->setVisible(false);
        m_plot->yAxis->setVisible(false);
        m_plot->axisRect()->setAutoMargins(QCP::msNone);
        m_plot->axisRect()->setMargins(QMargins(4, 4, 4, 4));
        const double pad = std::max(2.0, (high - low) * 0.15);
        m_plot->yAxis->setRange(high >= low ? low - pad : 0, high >= low ? high + pad : 100);
        m_plot->legend->setVisible(false);
    } else {
        // A little room past 0 and 100 %: an interval that reaches either end shows its cap, not a cut.
        m_plot->yAxis->setRange(-4, 104);
        m_plot->yAxis->setLabel(tr("Score (%)"));
        m_plot->xAxis->setLabel(tr("Month"));
        m_plot->legend->setVisible(true);
        m_plot->legend->setFont(font());
        if (m_plot->plotLayout()->rowCount() == 1) { // under the axes, off the points
            m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
            m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
            m_plot->legend->setBorderPen(Qt::NoPen);
            m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
        }
    }
    m_plot->replot();
}

ParetoChart::ParetoChart(QWidget *parent) : QWidget(parent), m_plot(newPlot(this))
{
    rebuild();
}

ParetoChart::~ParetoChart() = default;

void ParetoChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void ParetoChart::setItems(const QVector<ItemFailures> &items)
{
    m_items = items;
    if (m_items.size() > MaxItems) {
        // The rest in one bar, so that the line still ends at 100 % as the table's last row does.
        ItemFailures &rest = m_items[MaxItems - 1];
        for (qsizetype i = MaxItems; i < m_items.size(); ++i)
            rest.failures += m_items[i].failures;
        rest.cumulativeShare = m_items.last().cumulativeShare;
        m_rest = int(m_items.size());
        m_items.resize(MaxItems);
    } else {
        m_rest = 0;
    }
    rebuild();
}

QPicture ParetoChart::picture(QSize size)
{
    return plotPicture(m_plot, size);
}

void ParetoChart::rebuild()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    if (m_items.isEmpty()) {
        // An empty frame reads as broken: say that nothing failed.
        auto *none = new QCPItemText(m_plot);
        none->position->setType(QCPItemPosition::ptAxisRectRatio);
        none->position->setCoords(0.5, 0.5);
        none->setFont(font());
        none->setColor(palette().color(QPalette::PlaceholderText));
        none->setText(tr("No item failed in this period."));
    }
    auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    bars->setName(tr("Failures"));
    bars->setBrush(FailureColour.lighter(130));
    bars->setPen(QPen(FailureColour));
    bars->setWidth(0.6);
    m_plot->yAxis2->setVisible(true);
    auto *cumulative = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    cumulative->setName(tr("Cumulative share (%)"));
    cumulative->setPen(QPen(Qt::darkGray, 1.5));
    cumulative->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double most = 1;
    for (int i = 0; i < m_items.size(); ++i) {
        const ItemFailures &item = m_items[i];
        bars->addData(i + 1, item.failures);
        cumulative->addData(i + 1, 100.0 * item.cumulativeShare);
        // The item's number in the table beside the chart; the rest's first and last.
        ticker->addTick(i + 1, m_rest > 0 && i + 1 == MaxItems ? tr("%1–%2", "items numbered from … to").arg(i + 1).arg(m_rest) : QString::number(i + 1));
        most = std::max(most, double(item.failures));
    }
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setLabel(tr("Item (most failures first)"));
    m_plot->xAxis->setRange(0.4, std::max<qsizetype>(1, m_items.size()) + 0.6);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->setRange(0, most * 1.1);
    m_plot->yAxis->setLabel(tr("Failures"));
    auto whole = QSharedPointer<QCPAxisTickerFixed>::create(); // failures are counted, not measured
    whole->setTickStep(std::max(1.0, std::ceil(most / 5)));
    whole->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    m_plot->yAxis->setTicker(whole);
    m_plot->yAxis2->setRange(0, 105);
    m_plot->yAxis2->setLabel(tr("Cumulative (%)"));
    // The legend under the axes: bars fall and the line rises across the whole plot.
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_plot->legend->setBorderPen(Qt::NoPen); // its frame, as wide as the plot, was cut at the right and bottom
    if (m_plot->plotLayout()->rowCount() == 1) {
        m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
        m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    }
    m_plot->replot();
}

} // namespace servqa
