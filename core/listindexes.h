#pragma once

#include "result.h"

#include <QStringList>

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

    // Drops those of `of` that exist, keeping their CREATE INDEX statements.
    static Result<ListIndexes> putAside(Database &db, Of of);

    ListIndexes(const ListIndexes &) = delete;
    ListIndexes &operator=(const ListIndexes &) = delete;
    ListIndexes(ListIndexes &&) = default;
    ListIndexes &operator=(ListIndexes &&) = default;

    // Makes every index put aside again (CREATE INDEX IF NOT EXISTS), each once.
    Status make();
    bool isEmpty() const { return m_statements.isEmpty(); }

private:
    explicit ListIndexes(Database &db) : m_db(&db) {}

    Database *m_db;
    QStringList m_statements;
};

} // namespace servqa
