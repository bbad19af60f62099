#pragma once

#include "result.h"

#include <QDate>

namespace servqa {

class Database;

namespace demo {

// The demo's complaints (docs/closed-loop.md): one for every 150 contacts of the 26 weeks before
// the end date (16 to 300), and a few more about the last week's. Two in five are about a store,
// the others about a contact. The QA lead takes them in and the store managers handle them through
// the real ComplaintStore, each step at its own time: most on time, some late (more of the last
// week's), the newest still open and a few of those overdue at 18:00 on the end date; one in
// twenty closed ones is reopened. Deterministic from the seed.
Status addComplaints(Database &db, quint64 seed, const QDate &endDate);

} // namespace demo

} // namespace servqa
