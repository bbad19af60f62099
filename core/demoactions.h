#pragma once

#include "result.h"

#include <QDate>

namespace servqa {

class Database;

namespace demo {

// The corrective action the demo's data proves: Hotline Team 1 (CC-SH-T1) trained its agents to
// take ownership and give every caller a clear follow-up time (call scorecard item "ownership"),
// and from this many days before the end date the item fails less there (the generator's answers
// say so).
constexpr int ActionTookEffectDays = 56;
inline const char *const ImprovedTeam = "CC-SH-T1";
inline const char *const ImprovedItem = "ownership";

// The demo's actions (docs/closed-loop.md), one in every status, each taken through the real
// ActionStore at its own time: the team's follow-up times above, verified effective by the
// before/after test on the data; a store's action on a complaint, done and waiting for the after
// period to end; an in-progress action on the newest alert; a preventive action on gap 3 of a
// region, open and overdue; and a store's queue-time action whose measure did not move, verified
// not effective.
Status addActions(Database &db, const QDate &endDate);

} // namespace demo

} // namespace servqa
