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
// A demo built in a file of its own, renamed into place when whole (Journal::Rollback: servqa-cli
// demo into a new file, File ▸ Open Demo Workspace), also writes through a rollback journal instead
// of the log, when no other connection has the file open (SQLite refuses otherwise). The log
// writes every page twice, into the log and then into the file, each as a write of 24 bytes and
// one of 4,096; a journal keeps only the pages a transaction changes that were already in the file,
// and the pages added at its end are written once. Moving the 1 M demo's 1.9 GB text index in took
// 13.3 s through the log and 2.8 s so (docs/PERFORMANCE.md). Killed, the demo leaves the journal
// beside its file, which the open's read-only first look cannot read: hence only for a file no
// one opens but the demo, whose leftovers the next demo removes with their journal. The log comes
// back when this goes. Meanwhile the text index's reader (IndexBuilder) waits for the writer's
// commits instead of reading beside them.
//
// The indexes only the lists read, to sort the Evaluations list by score, status, result or a
// dimension (schemas 42-43) and the Interactions list by channel, duration, first response,
// resolved or external id (schema 44), and those by time, site, agent, customer, form and
// inspector that the pages read (ListIndexes::Which::SortingAndKeys), are also put aside while
// the demo writes its evaluations, interactions and feedback, and made again from their own
// definitions by makeIndexesAside(): nothing the demo does until then reads them, and a million
// rows of random times inserted one by one into 25 more indexes cost more than building them once
// (at 1 M the batches 175 → 140 s, the indexes made 17 → 30 s). Should the demo stop before,
// they are made again when this goes; killed (or crashed) before, it leaves them noted in the
// workspace, and the next open makes them (ListIndexes::Leftover::Noted).
class FreshWorkspaceWrites
{
public:
    enum class Journal { Log, Rollback };
    explicit FreshWorkspaceWrites(Database &db, Journal journal = Journal::Log);
    ~FreshWorkspaceWrites();
    FreshWorkspaceWrites(const FreshWorkspaceWrites &) = delete;
    FreshWorkspaceWrites &operator=(const FreshWorkspaceWrites &) = delete;

    Status makeIndexesAside();

private:
    Database &m_db;
    std::optional<long long> m_cacheSize;
    std::optional<long long> m_synchronous;
    bool m_leftLog = false; // journal_mode WAL → DELETE, set back when this goes
    std::optional<ListIndexes> m_indexesAside;
};

} // namespace servqa
