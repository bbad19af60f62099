#pragma once

#include "result.h"

#include <QString>
#include <QVector>

#include <functional>

namespace servqa {

class Database;

struct Migration
{
    int version = 0;
    QString name;
    QString sql; // portable SQL, types still as {{id}}/{{real}}/{{bigint}}
    // Work SQL cannot say, run after `sql` in the same transaction (e.g. rebuilding a rollup
    // whose sums are computed in C++).
    std::function<Status(Database &)> after;
};

// The ordered migrations compiled into this build (:/migrations/NNNN_name.sql).
const QVector<Migration> &migrations();

// The schema version this build writes: the last migration's number.
int latestSchemaVersion();

} // namespace servqa
