#pragma once

#include "result.h"

#include <QDate>

#include <functional>
#include <memory>

class QLockFile;

namespace servqa {

class Database;

struct DemoOptions
{
    qint64 evaluations = 5000;
    quint64 seed = 1;
    // Data runs for two years up to and including this day (yesterday: nothing in the future).
    QDate endDate = QDate::currentDate().addDays(-1);
    // Customer SERVQUAL answers (one per item and respondent) to write at least; 0: ten
    // respondents per site and month. The benchmark uses 5,000,000.
    qint64 surveyAnswers = 0;
    // The workspace is a file of the demo's own, renamed into place when whole and removed with its
    // journal if left (servqa-cli demo into a new file, File ▸ Open Demo Workspace): written through
    // a rollback journal instead of the log, faster, and unreadable to an open after a kill
    // (FreshWorkspaceWrites::Journal::Rollback).
    bool ownFile = false;
};

struct DemoSummary
{
    int sites = 0;
    int staff = 0;
    int users = 0;
    qint64 interactions = 0;
    qint64 evaluations = 0;
};

// Called with (evaluations done, total); return false to stop. What was written so far stays
// and is consistent (batches of complete evaluations).
using DemoProgress = std::function<bool(qint64 done, qint64 total)>;

// Fills an empty workspace with a realistic bilingual demo: four regions of stores and a
// contact centre with teams, agents and inspectors, a call scorecard and a store-visit
// checklist, and two years of interactions and evaluations with trends and differences
// between sites. The same options always give the same workspace.
Result<DemoSummary> generateDemo(Database &db, const DemoOptions &options,
                                 const DemoProgress &progress = {});

// The name a demo for `path` is built under, renamed to `path` when whole (DemoOptions::ownFile).
QString unfinishedDemoPath(const QString &path);
// Claims `unfinished` for one build: a lock beside it, to hold until the file is renamed or
// removed, then what a killed build left removed (removeUnfinishedDatabase(): a file there that
// is not a database is refused, not removed). A demo another process is building under that
// name is refused, not removed under it (its journal would be played back into this one's file).
Result<std::unique_ptr<QLockFile>> claimUnfinishedDemo(const QString &unfinished);
// Removes what a killed or failed build under `unfinished` left: the file, its journal, log and
// shared memory, and its text index's scratch file. The journal goes with the file, or SQLite
// would play it back into the next file of that name.
void removeUnfinishedDemo(const QString &unfinished);

} // namespace servqa
