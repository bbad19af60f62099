#pragma once

#include "result.h"

#include <QStringList>

#include <optional>

namespace servqa {

class Database;

// While the demo fills a brand-new workspace (generateDemo() refuses any other), SQLite neither
// waits for the disk at its checkpoints (synchronous = OFF) nor reads back the index pages it
// just wrote (256 MB of page cache instead of 2 MB): 1 M random evaluation times, 1.5 M
// interaction times and their sites' and staff's keys no longer fit. In WAL mode a process that
// crashes or is killed still leaves a consistent file; only a power failure while the demo is
// being built could damage it, and a demo can be built again. Not for a workspace with data of
// its own. Both are set back when this goes (the connection's closing checkpoint then syncs).
//
// The indexes only the Evaluations list reads, to sort by score, status, result or a dimension
// (schemas 42-43), are also put aside while the demo writes its evaluations and made again from
// their own definitions by makeListIndexes(): nothing the demo reads uses them, and a million
// evaluations inserted into eight more indexes cost more than building them once. Should the demo
// stop before, they are made again when this goes; a workspace left without them (a crash) lists
// the same rows, sorted more slowly.
class FreshWorkspaceWrites
{
public:
    explicit FreshWorkspaceWrites(Database &db);
    ~FreshWorkspaceWrites();
    FreshWorkspaceWrites(const FreshWorkspaceWrites &) = delete;
    FreshWorkspaceWrites &operator=(const FreshWorkspaceWrites &) = delete;

    Status makeListIndexes();

private:
    Database &m_db;
    std::optional<long long> m_cacheSize;
    std::optional<long long> m_synchronous;
    QStringList m_listIndexes; // the CREATE INDEX statements put aside
};

} // namespace servqa
