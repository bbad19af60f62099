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

QPicture plotPicture(QCustomPlot *plot, QSize size)
{
    QPicture picture;
    QCPPainter painter(&picture);
    plot->toPainter(&painter, size.width(), size.height());
    painter.end();
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
