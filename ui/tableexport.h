#pragma once

#include "result.h"

#include <QString>

class QAbstractItemModel;
class QAbstractItemView;

namespace servqa {

// Writes a table as it is shown (header and rows, in view order) as CSV — UTF-8 with a BOM so
// that Excel reads Chinese — to `path`: the whole file or nothing. A cell's Qt::UserRole value,
// when it has one, is written instead of its display text (a number rather than "62.5 %").
Status exportModelCsv(const QAbstractItemModel *model, const QString &path);

// Gives a table view a context-menu action "Export CSV…" that asks for a file name.
void addCsvExport(QAbstractItemView *view, const QString &suggestedName);
// Sets that action's text again after the language changed.
void retranslateCsvExport(QAbstractItemView *view);

} // namespace servqa
