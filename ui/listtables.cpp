#include "listtables.h"

#include "appsettings.h"
#include "translations.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>

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

bool rememberColumnWidths(QTableView *table, const QString &list)
{
    QHeaderView *header = table->horizontalHeader();
    const QString language = currentLanguage();
    const QList<int> widths = AppSettings().columnWidths(list, language);
    const bool restored = table->model() && widths.size() == table->model()->columnCount();
    if (restored) {
        for (int c = 0; c < widths.size(); ++c)
            table->setColumnWidth(c, widths[c]);
    }
    const auto keep = [table, list, language] {
        QList<int> now;
        for (int c = 0; c < table->horizontalHeader()->count(); ++c)
            now << table->columnWidth(c);
        AppSettings().setColumnWidths(list, language, now);
    };
    // Kept once the resizing stops (a drag resizes a column many times a second), or at the latest
    // when the program ends.
    auto *pending = new QTimer(table);
    pending->setSingleShot(true);
    pending->setInterval(500);
    QObject::connect(pending, &QTimer::timeout, table, keep);
    QObject::connect(header, &QHeaderView::sectionResized, pending, qOverload<>(&QTimer::start));
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, pending, [pending, keep] {
        if (pending->isActive()) {
            pending->stop();
            keep();
        }
    });
    return restored;
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
