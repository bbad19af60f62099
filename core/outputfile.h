#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace servqa {

// Files ServQA writes for a user — PDF reports, CSV exports, forms as JSON, visit packages — are
// written whole or not at all: into a temporary file beside the target, renamed over it only when
// every byte is on disk. A write error (a full disk, say) is an error and the file that was there
// before is untouched. Before that, the target itself is checked (checkOutputPath).

// Refuses a target that is not an ordinary file (a folder, a device such as /dev/full), that is
// one of `protectedFiles` (the open workspace: compared as files, through links and other
// spellings of the path, with its -wal and -shm), or that is any SQLite database (a workspace
// that is not open is still somebody's data).
Status checkOutputPath(const QString &path, const QStringList &protectedFiles = {});

// Checks the target, then writes `bytes` to it whole or not at all.
Status writeWholeFile(const QString &path, const QByteArray &bytes, const QStringList &protectedFiles = {});

} // namespace servqa
