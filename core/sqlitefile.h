#pragma once

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

} // namespace servqa
