#pragma once

#include "plaintext.h"

// The cells and colours the Calibration page's tables share (calibrationpage.cpp, calibrationresults.cpp).

#include "formatting.h"

#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QTableWidget>

#include <cmath>
#include <optional>

namespace servqa::calibrationcells {

inline constexpr const char *ErrorStyle = "color: #b00020;";
inline constexpr const char *OkStyle = "color: #1b6e2a;";
inline const QColor Differs(255, 228, 228); // an answer that is not the consensus

inline QTableWidgetItem *cell(const QString &text, const QVariant &data = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (data.isValid())
        item->setData(Qt::UserRole, data);
    return item;
}

inline QString signedPoints(std::optional<double> v)
{
    if (!v)
        return QStringLiteral("—");
    const QString n = QLocale().toString(std::abs(*v), 'f', 1);
    return *v > 0.05 ? QStringLiteral("+") + n : *v < -0.05 ? QStringLiteral("−") + n : QLocale().toString(0.0, 'f', 1);
}

inline QString share(std::optional<double> v)
{
    return v ? formatPercent(*v * 100) : QStringLiteral("—");
}

inline void prepare(QTableWidget *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace servqa::calibrationcells
