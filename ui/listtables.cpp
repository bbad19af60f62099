#include "listtables.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

namespace servqa {

QTableWidget *makeListTable(QWidget *parent, int columns)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void fitColumns(QTableView *table, int stretched)
{
    const int columns = table->model() ? table->model()->columnCount() : 0;
    for (int c = 0; c < columns; ++c) {
        if (c != stretched)
            table->resizeColumnToContents(c);
    }
}

void fitColumns(QTableView *table)
{
    const QHeaderView *header = table->horizontalHeader();
    fitColumns(table, header->stretchLastSection() ? header->logicalIndex(header->count() - 1) : -1);
}

QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828"));
    return label;
}

} // namespace servqa
