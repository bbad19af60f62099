#include "chartstyle.h"

#include <qcustomplot.h>

namespace servqa {

QColor dimensionColour(Dimension d)
{
    switch (d) {
    case Dimension::Tangibles: return QColor(0x1f, 0x77, 0xb4);
    case Dimension::Reliability: return QColor(0xd6, 0x27, 0x28);
    case Dimension::Responsiveness: return QColor(0x2c, 0xa0, 0x2c);
    case Dimension::Assurance: return QColor(0x94, 0x67, 0xbd);
    case Dimension::Empathy: return QColor(0xff, 0x7f, 0x0e);
    }
    return Qt::black;
}

QString weekTickLabel(const QDate &from, const QDate &previousLabelled)
{
    const QString day = QLocale().toString(from, QStringLiteral("MM-dd"));
    if (previousLabelled.isValid() && previousLabelled.year() == from.year())
        return day;
    return day + QLatin1Char('\n') + QLocale().toString(from, QStringLiteral("yyyy"));
}

bool slantCrowdedLabels(QCustomPlot *plot, int width)
{
    QCPAxis *axis = plot->xAxis; // none in a polar plot
    if (!axis)
        return false;
    auto *ticker = dynamic_cast<QCPAxisTickerText *>(axis->ticker().data());
    if (!ticker || axis->tickLabelRotation() != 0)
        return false;
    const QFontMetricsF fm(axis->tickLabelFont());
    const QCPRange range = axis->range();
    double widest = 0, step = range.size();
    double previous = qQNaN();
    const QMap<double, QString> &ticks = ticker->ticks();
    for (auto it = ticks.cbegin(); it != ticks.cend(); ++it) {
        if (!range.contains(it.key()))
            continue;
        for (const QString &line : it.value().split(QLatin1Char('\n'))) // a label's lines are stacked
            widest = std::max(widest, fm.horizontalAdvance(line));
        if (!qIsNaN(previous))
            step = std::min(step, it.key() - previous);
        previous = it.key();
    }
    // The axis is most of the plot's width; its labels need a little air between them.
    const double pixelsPerStep = width * 0.8 * step / range.size();
    if (widest + 6 <= pixelsPerStep)
        return false;
    axis->setTickLabelRotation(-35); // each ending at its tick: the last stays inside the plot
    return true;
}

QPicture plotPicture(QCustomPlot *plot, QSize size)
{
    const bool slanted = slantCrowdedLabels(plot, size.width());
    QPicture picture;
    QCPPainter painter(&picture);
    plot->toPainter(&painter, size.width(), size.height());
    painter.end();
    if (slanted)
        plot->xAxis->setTickLabelRotation(0); // the widget on screen decides for its own width
    return picture;
}

QCPGraph *addHollowPoints(QCustomPlot *plot, const QColor &colour, double size)
{
    QCPGraph *g = plot->addGraph();
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour, 1.5), Qt::white, size));
    return g;
}

} // namespace servqa
