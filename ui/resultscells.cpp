#include "resultscells.h"

#include "tableexport.h"

#include <QHeaderView>
#include <QLocale>
#include <QStandardItem>
#include <QTableWidget>

#include <algorithm>
#include <cmath>

namespace servqa::resultscells {

QColor heat(std::optional<double> score)
{
    if (!score)
        return {};
    if (*score < 60)
        return QColor(0xf8, 0xd7, 0xd3);
    if (*score < 80)
        return QColor(0xfb, 0xee, 0xcf);
    return QColor(0xdc, 0xef, 0xdc);
}

QString signedText(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("–");
    // Rounded first: −0.04 is no change, "0.0", never "-0.0".
    const double shown = std::round(*value * 10) / 10;
    const QString text = QLocale().toString(shown == 0 ? 0.0 : shown, 'f', 1);
    return shown > 0 ? QLatin1Char('+') + text : text;
}

QStandardItem *numberItem(const QString &text, std::optional<double> value, bool heatMap)
{
    auto *item = new QStandardItem(text);
    item->setData(value ? QVariant(*value) : QVariant(), Qt::UserRole);
    item->setData(value ? *value : -1e12, SortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (heatMap && value)
        item->setBackground(heat(value));
    return item;
}

QTableWidgetItem *cell(const QString &text, std::optional<double> raw, bool right)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (raw)
        item->setData(Qt::UserRole, *raw);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *newTable(QWidget *parent, const QString &csvName)
{
    auto *table = new QTableWidget(parent);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    addCsvExport(table, csvName);
    return table;
}

QString intervalText(const Estimate &e)
{
    if (!e.low || !e.high)
        return QStringLiteral("–");
    return QStringLiteral("%1 … %2").arg(QLocale().toString(std::max(0.0, *e.low), 'f', 1),
                                         QLocale().toString(std::min(100.0, *e.high), 'f', 1));
}

} // namespace servqa::resultscells
