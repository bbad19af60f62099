#pragma once

#include "listindexes.h"
#include "result.h"

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
// The indexes only the lists read, to sort the Evaluations list by score, status, result or a
// dimension (schemas 42-43) and the Interactions list by channel, duration, first response,
// resolved or external id (schema 44), are also put aside while the demo writes its evaluations
// and interactions and made again from their own definitions by makeListIndexes(): nothing the
// demo writes reads them, and a million rows inserted into thirteen more indexes cost more than
// building them once. Should the demo
// stop before, they are made again when this goes; killed (or crashed) before, it leaves them noted
// in the workspace, and the next open makes them (ListIndexes::Leftover::Noted).
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
    std::optional<ListIndexes> m_listIndexes; // those put aside
};

} // namespace servqa
