#pragma once

#include <QDate>

#include <optional>

class QComboBox;
class QWidget;

namespace servqa {

class Database;

// Plan one visit: store, checklist, scenario, window, shopper (optional). The visit's id, or
// nullopt when cancelled; a plan the rules refuse is explained and the dialog stays open.
std::optional<qint64> planVisitDialog(QWidget *parent, Database &db, qint64 userId, const QDate &shownMonth);
// Plan a region: one visit per store spread over the dates, shoppers dealt with the lock-out.
// The first day of the plan, or nullopt when cancelled.
std::optional<QDate> planRegionDialog(QWidget *parent, Database &db, qint64 userId, const QDate &shownMonth);
// The shoppers for a combo box, after `noneText` when given.
void fillShoppers(QComboBox *combo, Database &db, const QString &noneText);

} // namespace servqa
