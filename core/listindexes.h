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
// inserted into them one by one do (docs/PERFORMANCE.md). The demo puts the pages' indexes by time
// and key aside with them (Which::SortingAndKeys). SQLite only; on a server nothing is put aside.
// Inside a transaction the drop and the remaking commit or roll back with it.
class ListIndexes
{
public:
    enum class Of { Evaluations, Interactions, Both };
    // Noted: for a writer outside one transaction (the demo). The statements are kept in the
    // workspace too, and a lock beside it is held until they are made again; should the writer be
    // killed before, the next open makes them (makeLeftover()).
    enum class Leftover { None, Noted };
    // Keys too: with the sorting indexes, the indexes by time, site, agent, customer, form and
    // inspector that every page reads (and the survey feedback's by time and site). Rows written
    // in random time order insert into each of them at random, and at a million rows that cost
    // the demo's batches 35 s of 175 (docs/PERFORMANCE.md, "The demo's indexes by time made once").
    // Only for a writer that reads none of them before make(): the demo, whose surveys come before
    // make() and whose workflow, visits and register after it.
    enum class Which { Sorting, SortingAndKeys };

    // Drops those of `of` that exist, keeping their CREATE INDEX statements.
    static Result<ListIndexes> putAside(Database &db, Of of, Leftover leftover = Leftover::None, Which which = Which::Sorting);
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
