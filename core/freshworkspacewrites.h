#pragma once

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
class FreshWorkspaceWrites
{
public:
    explicit FreshWorkspaceWrites(Database &db);
    ~FreshWorkspaceWrites();
    FreshWorkspaceWrites(const FreshWorkspaceWrites &) = delete;
    FreshWorkspaceWrites &operator=(const FreshWorkspaceWrites &) = delete;

private:
    Database &m_db;
    std::optional<long long> m_cacheSize;
    std::optional<long long> m_synchronous;
};

} // namespace servqa
