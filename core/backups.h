#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace servqa {

class Database;

// Copies of a workspace to go back to when it is damaged or a change must be undone
// (docs/architecture.md). A backup is a whole, compact copy made with SQLite's VACUUM INTO while
// others keep working (it only reads), written under a temporary name and renamed when complete,
// then opened to check it is a readable workspace. ServQA makes one a day of each workspace it
// opens, in the background, and keeps the newest few.
namespace backups {

struct Backup
{
    QString path;
    QDateTime madeAt;
    qint64 bytes = 0;
};

// Where the automatic backups of a workspace go (the user's ServQA data folder, "backups").
QString folder();
// The backups of a workspace, newest first.
QVector<Backup> of(const QString &workspacePath);

// Writes a backup of the open workspace to `target` (refused if it exists): complete or not at all.
Status make(Database &db, const QString &target);
// The automatic backup: one when the newest is older than `minAgeHours`, then only the newest
// `keep` are kept. Returns the new backup's path, or an empty string when none was due.
Result<QString> makeIfDue(Database &db, int keep = 3, int minAgeHours = 20);

// Puts a backup in the workspace's place. The file there now (damaged, say) is not lost: it is
// renamed "<name>.damaged-<time>" (with its -wal and -shm) beside it. Returns that new name, or
// an empty string when there was no file.
Result<QString> restore(const QString &backupPath, const QString &workspacePath);

} // namespace backups
} // namespace servqa
