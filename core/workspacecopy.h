#pragma once

#include "result.h"

#include <QString>

#include <functional>

namespace servqa {

class Database;

// Copies every row of one workspace into another of the same format — a file into a PostgreSQL
// server (team mode) or a server into a file (a backup the app opens) — in one transaction of the
// destination: all of it or nothing. The destination must hold no work yet (a new workspace: the
// rows its migrations seeded, such as the starting targets, are replaced by the source's). Tables
// are filled in the order of their foreign keys; the search index of a file is rebuilt from its
// interactions at the end; a server's id sequences continue after the copied ids. `progress`
// (optional) hears each table's name as it starts.
Status copyWorkspace(Database &from, Database &to, const std::function<void(const QString &table)> &progress = {});

} // namespace servqa
