#pragma once

#include "dimension.h"

#include <QColor>
#include <QPicture>
#include <QSize>

class QCustomPlot;

namespace servqa {

// One colour per SERVQUAL dimension, the same in every chart and report.
QColor dimensionColour(Dimension d);

// A plot drawn as vector operations at its size in 96-dpi units, for a PDF report (QCustomPlot
// lays its text out for the screen; drawn at 96 units per inch it keeps its proportions).
QPicture plotPicture(QCustomPlot *plot, QSize size);

} // namespace servqa
