#pragma once

#include "result.h"

#include <QString>

namespace servqa {

// Whether the file at `path` starts with SQLite's 16-byte header ("SQLite format 3"), read
// through SQLite's own file layer: a read-only sqlite3_open_v2() that runs no statement.
//
// Never through a file descriptor of ServQA's own. Closing any descriptor of a file drops every
// POSIX lock this process holds on it, SQLite's included (https://sqlite.org/howtocorrupt.html,
// 2.2); SQLite keeps its own descriptors of a locked file open for that reason. With its locks
// gone, another program closing the same workspace (servqa-cli, a second window) takes itself
// for the last user, checkpoints and deletes the log this process is still writing into: what
// this process commits after that is seen by no other program and lost when it ends.
bool hasSqliteHeader(const QString &path);

// The name to give SQLite for a workspace file: its absolute path. Debian's SQLite is built to read
// a name that starts with "file:" as a URI, which may name another file than the one looked at
// (a relative "file:a.servqa?mode=rwc" names, and would create, a.servqa).
QString sqliteFileName(const QString &path);

// Copies the SQLite database `from` into a new file `to` through SQLite's backup API: the pages as
// a read-only connection reads them, so what its write-ahead log holds is in the copy (a copy of
// the file alone leaves out every commit not yet written back into it), and the source's locks
// are SQLite's to keep (hasSqliteHeader()). Nothing is written to `from`. False if `to` exists
// or either file cannot be opened, read or written.
bool copySqliteFile(const QString &from, const QString &to);

// Removes what a write of ServQA's cut short by a crash or a kill left at `path` (a backup's
// ".part", a restore's ".restoring", a server copy's ".copying", a demo's ".part") with its
// journal, log and shared memory, before ServQA writes there again. Those names are next to a
// user's own, so what is there must be what ServQA leaves: an SQLite database or an empty file,
// and a journal or log bearing SQLite's mark. Anything else is somebody else's file: nothing is
// removed, and the error names it.
Status removeUnfinishedDatabase(const QString &path);

} // namespace servqa
