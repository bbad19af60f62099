#pragma once

#include "result.h"

#include <QStringList>

#include <memory>

class QLockFile;

namespace servqa {

class Database;

// The indexes only the Evaluations and Interactions lists read, to sort by a column that nothing
// else reads in order (schemas 42-44): the score, status, result and each dimension's score of the
// evaluations; the channel, resolution, duration, first response and external id of the
// interactions. A writer that adds many rows at once — the demo filling a new workspace, an import
// bigger than a good share of the table — may put them aside and make them again from their own
// definitions once its rows are in: built once they cost a fraction of what a million rows
// inserted into them one by one do (docs/PERFORMANCE.md). SQLite only; on a server nothing is put
// aside. Inside a transaction the drop and the remaking commit or roll back with it.
class ListIndexes
{
public:
    enum class Of { Evaluations, Interactions, Both };
    // Noted: for a writer outside one transaction (the demo). The statements are kept in the
    // workspace too, and a lock beside it is held until they are made again; should the writer be
    // killed before, the next open makes them (makeLeftover()).
    enum class Leftover { None, Noted };

    // Drops those of `of` that exist, keeping their CREATE INDEX statements.
    static Result<ListIndexes> putAside(Database &db, Of of, Leftover leftover = Leftover::None);
    // Makes the indexes a killed writer left noted, unless a live writer holds the lock.
    static Status makeLeftover(Database &db);

    ListIndexes(ListIndexes &&) noexcept;
    ListIndexes &operator=(ListIndexes &&) noexcept;
    ~ListIndexes();

    // Makes every index put aside again (CREATE INDEX IF NOT EXISTS), each once; forgets the note.
    Status make();
    bool isEmpty() const { return m_statements.isEmpty(); }

private:
    explicit ListIndexes(Database &db);

    Database *m_db;
    QStringList m_statements;
    std::unique_ptr<QLockFile> m_lock; // Noted: held until made
};

} // namespace servqa
