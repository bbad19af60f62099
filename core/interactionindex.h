#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

class QLockFile;
class QTemporaryFile;
struct sqlite3;

namespace servqa {

class Database;

// The interactions' text index (SQLite FTS5, schema 15; SqlDialect::textSearch) and the writers
// that fill it other than row by row.
namespace interactionindex {

// The columns it holds, in its order.
const QStringList &columns();

// From now on new interactions wait outside the index (a bulk writer's rows, indexed at once by
// complete()): the insert trigger dropped and the largest id before them noted in servqa_meta
// 'interactions_search_after', whose rows the delete and update triggers then pass over. Returns
// that id. In the caller's transaction; SQLite only.
Result<qint64> defer(Database &db);

// The interactions after `after` indexed in one statement, the insert trigger back and the note
// gone. In the caller's transaction.
Status complete(Database &db, qint64 after);

// At open: a note left committed — a demo stopped while its index was built elsewhere
// (IndexBuilder) — completed, so that no interaction is left out of the index and the next ones
// go in again. Nothing when there is none (one read), or while a builder still runs (its lock file
// WORKSPACE.index-lock is held by a live process): it moves its index in itself.
Status completeLeftover(Database &db);

// The scratch files of IndexBuilders killed with their process beside the workspace at
// `workspacePath` (WORKSPACE.index-XXXXXX, up to two gigabytes at a million evaluations) removed.
// Only once the workspace's note is known to be left over, or the workspace itself to be thrown away.
void removeLeftoverScratch(const QString &workspacePath);

// The demo's interactions indexed on a second core while it writes the rest (docs/PERFORMANCE.md,
// the demo): a thread of its own builds the same FTS5 table in a scratch file beside the
// workspace, from the interactions each transaction commits, and finish() moves the built table's
// rows into the workspace's. Indexing is a third of the demo's writing and depends on nothing
// else it writes; SQLite has one writer per file, so only another file lets it run beside them.
// Only for a workspace without interactions (start() says no otherwise: its writer then indexes
// its rows itself), and only while nothing changes the text of interactions already written.
class IndexBuilder
{
public:
    // Null when the workspace indexes its rows itself: not an SQLite file, or it has interactions.
    static Result<std::unique_ptr<IndexBuilder>> start(Database &db);
    // Stops the thread and removes the scratch file. Without finish() the workspace keeps its
    // note, and the next open indexes what was written (completeLeftover()).
    ~IndexBuilder();
    IndexBuilder(const IndexBuilder &) = delete;
    IndexBuilder &operator=(const IndexBuilder &) = delete;

    // The interactions up to `lastId` are committed: index them. Outside a transaction or in one.
    void committed(qint64 lastId);
    // Waits until every committed interaction is indexed, then in one transaction replaces the
    // workspace's (empty) index with the one built and notes its last id; then, in the workspace's
    // own connection, complete(). If another process opened the workspace meanwhile and so indexed
    // its rows (completeLeftover()), nothing is moved. Call it outside a transaction, after the last
    // commit.
    Status finish();

private:
    IndexBuilder(Database &db, std::unique_ptr<QLockFile> lock, std::unique_ptr<QTemporaryFile> scratch);
    Status open();
    void run();
    Status indexUpTo(qint64 last);
    Result<bool> move(); // false: the workspace had indexed its rows itself

    Database &m_db;
    std::unique_ptr<QLockFile> m_lock; // WORKSPACE.index-lock while this builds: completeLeftover() waits
    std::unique_ptr<QTemporaryFile> m_scratch;
    sqlite3 *m_connection = nullptr;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    qint64 m_committed = 0; // guarded by m_mutex
    bool m_finishing = false;
    bool m_stopping = false;
    std::atomic_bool m_interrupted{false}; // set by the destructor: SQLite's progress handler stops on it
    QString m_error;
    qint64 m_after = 0;   // the largest id before the interactions it indexes (defer())
    qint64 m_indexed = 0; // the builder's thread's, then finish()'s
};

} // namespace interactionindex
} // namespace servqa
