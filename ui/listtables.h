#pragma once

class QLabel;
class QString;
class QTableView;
class QTableWidget;
class QWidget;

namespace servqa {

// A read-only list of rows (alerts, complaints, actions, their histories): whole rows selected one
// at a time, no row numbers, one line a row, the last column stretched.
QTableWidget *makeListTable(QWidget *parent, int columns);
// Each column of a table to its contents but the one that stretches: resizeColumnsToContents()
// would size that one too, and it would not stretch again until the table is resized. Without a
// column named, the last one when the header stretches it.
void fitColumns(QTableView *table, int stretched);
void fitColumns(QTableView *table);
// Gives a list's columns the widths the user last left them in this interface language
// (AppSettings::columnWidths), and keeps them again whenever a column is resized. False when none
// are kept, or the list has other columns now: the caller fits them to the first rows (whose
// widths are then kept). Measuring every cell is a tenth of a start on a full workspace.
bool rememberColumnWidths(QTableView *table, const QString &list);
// Where a dialog says, in red, why it will not take what was typed.
QLabel *makeProblemLabel(QWidget *parent);
// The row of a paged list (a model with rowAt(r)->id) holding the record `id`, to keep it selected
// when the list is read again; the first row when it is not in it (or `id` is 0).
template <typename Model>
int rowHolding(const Model &model, long long id)
{
    for (int r = 0; id != 0 && r < model.rowCount(); ++r) {
        if (model.rowAt(r)->id == id)
            return r;
    }
    return 0;
}

} // namespace servqa
