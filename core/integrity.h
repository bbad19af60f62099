#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace servqa {

// Damage that SQLite did not make: a disk that loses sectors, a copy cut short, another program
// writing into the file. SQLite finds it only when it reads a damaged page, so a damaged
// workspace could be opened and written to, spreading the damage. ServQA checks a workspace
// before it writes to it or reports from it, without making every open read the whole file
// (PRAGMA quick_check reads every page: about 1.4 s per GB from the page cache):
//
// - after a clean close, ServQA remembers the file as it left it (device, inode, size, and the
//   modification and status-change times to the nanosecond, which no user can set back);
// - a file that still looks exactly like that was not touched since, and is not read again;
// - any other file (a crash, a copy from elsewhere, a change by another program, a workspace
//   never seen on this computer) is checked whole first.
//
// docs/architecture.md ("A damaged, foreign, newer, read-only or busy workspace") says what
// follows from each verdict.
namespace integrity {

enum class Depth {
    Quick, // PRAGMA quick_check: every page and record is read and checked (not indexes against tables)
    Full,  // PRAGMA integrity_check: also every index against its table (minutes on a GB)
};

// Checks a workspace file through its own read-only connection (nothing is written). Returns the
// problems found, at most `limit` of them; an empty list means the file is whole.
Result<QStringList> check(const QString &path, Depth depth = Depth::Quick, int limit = 20);

// Whether the file is exactly as ServQA last left it after a check or a clean close.
// What a regular file looks like now (device, inode, size, last change and status change): it
// differs after any write or after another file is put in its place. Empty when it cannot be read.
QString fingerprint(const QString &path);

bool knownWhole(const QString &path);
// Remembers the file as it is now (after a check found it whole, or after closing it).
void rememberWhole(const QString &path);
// Forgets it (it was found damaged).
void forget(const QString &path);

// Before a command writes to a workspace or reports from it: whole if known to be, else checked.
// A damaged workspace is an Error naming the file, the first problems, and what the user can do.
Status verify(const QString &path);

// The sentence for a damaged workspace: its name, the first problems, and what to do.
QString damagedMessage(const QString &path, const QStringList &problems);

} // namespace integrity
} // namespace servqa
