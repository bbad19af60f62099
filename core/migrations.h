#pragma once

#include <QString>
#include <QVector>

namespace servqa {

struct Migration
{
    int version = 0;
    QString name;
    QString sql; // portable SQL, types still as {{id}}/{{real}}/{{bigint}}
};

// The ordered migrations compiled into this build (:/migrations/NNNN_name.sql).
const QVector<Migration> &migrations();

// The schema version this build writes: the last migration's number.
int latestSchemaVersion();

} // namespace servqa
