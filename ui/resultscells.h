#pragma once

// The Results page's table cells, shared by the page and its scorecard panel: numbers that sort
// as numbers, the heat map's colours, signed changes and intervals.

#include "servqual.h"

#include <QColor>
#include <QString>

#include <optional>

class QStandardItem;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace servqa::resultscells {

constexpr int SortRole = Qt::UserRole + 1; // numbers; no data sorts last

// The heat map: red below 60 %, amber to 80 %, green above (the same as the PDF reports).
QColor heat(std::optional<double> score);
QString signedText(std::optional<double> value); // "+1.5", "–" without a value
QStandardItem *numberItem(const QString &text, std::optional<double> value, bool heatMap = false);
QTableWidgetItem *cell(const QString &text, std::optional<double> raw = {}, bool right = false);
QTableWidget *newTable(QWidget *parent, const QString &csvName); // read-only, one row selected, CSV export
QString intervalText(const Estimate &e);                          // "72.0 … 81.5" in %

} // namespace servqa::resultscells
