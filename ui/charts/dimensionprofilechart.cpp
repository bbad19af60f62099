#include "dimensionprofilechart.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QPdfWriter>

#include <qcustomplot.h>

namespace servqa {

namespace {
const QColor ExpectationColour(0x55, 0x55, 0x55);
const QColor PerceptionColour(0x1f, 0x77, 0xb4);
const QColor ShortfallColour(0xd6, 0x27, 0x28);
constexpr double ScaleAngle = 36; // between the first two spokes, away from the dimensions' names
} // namespace

DimensionProfileChart::DimensionProfileChart(QWidget *parent)
    : QWidget(parent), m_radar(new QCustomPlot(this)), m_bars(new QCustomPlot(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_radar, 1);
    layout->addWidget(m_bars, 1);

    // The scale's labels are made while the plot has its default axes (an item asks for them when
    // it is made); they are placed in pixels, so the axes' going does not touch them.
    for (int value = 1; value <= 7; ++value) {
        auto *label = new QCPItemText(m_radar);
        label->setClipToAxisRect(false);
        label->setLayer(QStringLiteral("overlay"));
        label->position->setType(QCPItemPosition::ptAbsolute);
        label->setPositionAlignment(Qt::AlignCenter);
        label->setText(QString::number(value));
        label->setColor(QColor(0x55, 0x55, 0x55));
        label->setBrush(QColor(255, 255, 255, 170)); // the line under a number still shows through
        label->setPadding(QMargins(2, 1, 2, 1));
        m_scale << label;
    }
    m_radar->plotLayout()->clear();
    m_angular = new QCPPolarAxisAngular(m_radar);
    m_radar->plotLayout()->addElement(0, 0, m_angular);
    m_angular->setRangeDrag(false);
    m_angular->setRangeZoom(false);
    m_angular->setTickLabelMode(QCPPolarAxisAngular::lmUpright);
    m_angular->radialAxis()->setTickLabelMode(QCPPolarAxisRadial::lmUpright);
    m_angular->radialAxis()->setTickLabelRotation(0);
    m_angular->radialAxis()->setAngle(90);
    m_angular->radialAxis()->setRange(1, 7);
    m_angular->radialAxis()->setRangeDrag(false);
    m_angular->radialAxis()->setRangeZoom(false);
    m_angular->grid()->setAngularPen(QPen(QColor(200, 200, 200), 0, Qt::SolidLine));
    m_angular->setRange(0, 360);
    // The scale's numbers on a light ground, over the polygons that cross their ray (the axis's own
    // labels were drawn through by both lines), and 7 at the rim too. Placed once the plot is laid
    // out, on screen and in a report's picture alike.
    m_angular->radialAxis()->setTickLabels(false);
    m_angular->radialAxis()->setBasePen(Qt::NoPen); // the rings are the scale: no ruler through the plot
    m_angular->radialAxis()->setTickPen(Qt::NoPen);
    m_angular->radialAxis()->setSubTickPen(Qt::NoPen);
    connect(m_radar, &QCustomPlot::afterLayout, this, [this] {
        for (int i = 0; i < m_scale.size(); ++i)
            m_scale[i]->position->setCoords(m_angular->coordToPixel(ScaleAngle, i + 1));
    });
    auto *legend = new QCPLegend;
    m_radar->plotLayout()->addElement(1, 0, legend);
    m_radar->plotLayout()->setRowStretchFactor(1, 0.001);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setFont(font());
    legend->setLayer(QStringLiteral("legend"));
    m_expectation = new QCPPolarGraph(m_angular, m_angular->radialAxis());
    m_perception = new QCPPolarGraph(m_angular, m_angular->radialAxis());
    m_expectation->setPen(QPen(ExpectationColour, 2, Qt::DashLine));
    QColor fill = PerceptionColour;
    fill.setAlpha(40);
    m_perception->setPen(QPen(PerceptionColour, 2));
    m_perception->setBrush(fill);
    // A polar graph adds itself to a legend of the plot when it is made; show each once.
    for (QCPPolarGraph *graph : {m_expectation, m_perception}) {
        while (graph->removeFromLegend(legend)) {
        }
        graph->addToLegend(legend);
    }
    rebuild();
}

DimensionProfileChart::~DimensionProfileChart() = default;

void DimensionProfileChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void DimensionProfileChart::setResult(const ServqualResult &result)
{
    m_result = result;
    rebuild();
}

void DimensionProfileChart::rebuild()
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (QCPItemText *label : std::as_const(m_scale))
        label->setFont(small);
    // Radar: one spoke per dimension, 1–7 outwards; the polygon is closed by repeating the
    // first dimension at 360°. (The axis and graphs are made once, in the constructor: polar
    // graphs are not plottables and clearPlottables() would not remove them.)
    auto spokes = QSharedPointer<QCPAxisTickerText>::create();
    for (Dimension d : AllDimensions)
        spokes->addTick(72.0 * dimensionIndex(d), dimensionName(d));
    m_angular->setTicker(spokes);
    for (QCPPolarGraph *graph : {m_expectation, m_perception}) {
        const bool perception = graph == m_perception;
        QVector<double> keys, values;
        for (Dimension d : AllDimensions) {
            const DimensionGaps &g = m_result.dimensions[dimensionIndex(d)];
            const auto value = perception ? g.perception.mean : g.expectation.mean;
            keys << 72.0 * dimensionIndex(d);
            values << value.value_or(qQNaN());
        }
        keys << 360.0;
        values << values.first();
        graph->setData(keys, values);
        graph->setName(perception ? tr("Perception (P)") : tr("Expectation (E)"));
    }
    m_radar->replot();

    // Bars: the gap of each dimension with its interval; zero is "meets expectations".
    m_bars->clearPlottables();
    auto *bars = new QCPBars(m_bars->xAxis, m_bars->yAxis);
    auto *errors = new QCPErrorBars(m_bars->xAxis, m_bars->yAxis);
    auto labels = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys, values, errorsMinus, errorsPlus;
    for (Dimension d : AllDimensions) {
        const Estimate &gap = m_result.dimensions[dimensionIndex(d)].gap;
        const double key = dimensionIndex(d) + 1;
        labels->addTick(key, dimensionName(d));
        keys << key;
        values << gap.mean.value_or(qQNaN());
        errorsMinus << (gap.low ? *gap.mean - *gap.low : 0);
        errorsPlus << (gap.high ? *gap.high - *gap.mean : 0);
    }
    bars->setData(keys, values);
    bars->setWidth(0.6);
    bars->setPen(Qt::NoPen);
    bars->setBrush(ShortfallColour);
    bars->setName(tr("Gap P − E"));
    errors->setDataPlottable(bars);
    errors->setData(errorsMinus, errorsPlus);
    errors->setName(tr("95 % interval"));
    m_bars->xAxis->setTicker(labels);
    m_bars->xAxis->setRange(0.3, 5.7);
    m_bars->xAxis->grid()->setVisible(false);
    m_bars->yAxis->setLabel(tr("Gap P − E"));
    m_bars->yAxis->grid()->setZeroLinePen(QPen(Qt::darkGray, 1, Qt::DashLine));
    double low = -0.5;
    double high = 0.5;
    for (int i = 0; i < values.size(); ++i) {
        if (!qIsNaN(values[i])) {
            low = std::min(low, values[i] - errorsMinus[i]);
            high = std::max(high, values[i] + errorsPlus[i]);
        }
    }
    m_bars->yAxis->setRange(low - 0.2, high + 0.2);
    m_bars->replot();
}

bool DimensionProfileChart::savePdf(const QString &path)
{
    // Both charts on one page, drawn at 96 dpi so QCustomPlot's text keeps its size (vector).
    QPdfWriter writer(path);
    writer.setResolution(96);
    writer.setCreator(QStringLiteral("ServQA"));
    writer.setTitle(tr("SERVQUAL by dimension"));
    writer.setPageSize(QPageSize(QSizeF(width() * 72.0 / 96, height() * 72.0 / 96), QPageSize::Point));
    writer.setPageMargins({});
    QCPPainter painter(&writer);
    if (!painter.isActive())
        return false;
    m_radar->toPainter(&painter, m_radar->width(), m_radar->height());
    painter.translate(m_radar->width(), 0);
    m_bars->toPainter(&painter, m_bars->width(), m_bars->height());
    return painter.end(); // the file written whole
}

} // namespace servqa
