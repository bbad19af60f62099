#pragma once

#include "dimension.h"

#include <QColor>
#include <QDate>
#include <QPicture>
#include <QSize>

class QCPGraph;
class QCustomPlot;

namespace servqa {

// One colour per SERVQUAL dimension, the same in every chart and report.
QColor dimensionColour(Dimension d);

// A plot drawn as vector operations at its size in 96-dpi units, for a PDF report (QCustomPlot
// lays its text out for the screen; drawn at 96 units per inch it keeps its proportions). Text tick
// labels that would run into each other at that width are drawn slanted.
QPicture plotPicture(QCustomPlot *plot, QSize size);
// Slants the bottom axis's text tick labels (35°, up to the tick) when side by side they would run into each other
// at `width` pixels; whether it did. Labels already turned are left as they are.
bool slantCrowdedLabels(QCustomPlot *plot, int width);

// A week's tick label: the day it starts, MM-dd, with its year on a second line when it is the
// first label (`previousLabelled` invalid) or the year has changed since the label before, so that
// weeks across a new year cannot be taken for the same year's.
QString weekTickLabel(const QDate &from, const QDate &previousLabelled);

// Whether the period at `index` of `count` has its tick labelled when one in `every` is: counted
// back from the last, so the newest period is always named and a week cut short at the start,
// whose label is a day of the week before, is named only when every week is.
constexpr bool labelledPeriod(qsizetype index, qsizetype count, qsizetype every)
{
    return every <= 1 || (count - 1 - index) % every == 0;
}

// An empty graph of hollow markers without a line, for the points of periods that hold fewer days
// than the others (a week or month cut short by the period asked for). The caller adds the points.
QCPGraph *addHollowPoints(QCustomPlot *plot, const QColor &colour, double size);

} // namespace servqa
