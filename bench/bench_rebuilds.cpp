// What saving the register of standards makes ServQA sum again (docs/PERFORMANCE.md, "The demo's
// sums once a transaction"): gap 2's survey sums, gap 3's clusters and the promises' counts, each
// rebuilt from every row as a changed register rebuilds it; and the screening's sums, which a pass
// over much of the workspace (the demo's, "Screen again") rebuilds at its end.
//   bench_rebuilds WORKSPACE [RUNS]
// Rebuilds them in place (the same rows again) RUNS times and prints each time in seconds.

#include "database.h"
#include "rollups.h"
#include "standards.h"
#include "surveysums.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace servqa;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_rebuilds WORKSPACE [RUNS]\n";
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 1;
    auto db = Database::openSqlite(QString::fromLocal8Bit(argv[1]), Database::OpenMode::OpenExisting);
    if (!db) {
        out << db.error() << '\n';
        return 1;
    }
    Database &d = **db;
    StandardsRepository repository(d);
    const auto standards = repository.standards();
    const auto promises = repository.promises();
    if (!standards || !promises) {
        out << (standards ? promises.error() : standards.error()) << '\n';
        return 1;
    }
    out << "| run | survey sums (s) | gap 3's clusters (s) | promises' counts (s) | screening's sums (s) |\n"
           "|---:|---:|---:|---:|---:|\n";
    for (int run = 1; run <= runs; ++run) {
        // Stale, as a changed register leaves them; each rebuild is its own transaction.
        for (const char *key : {"survey_sums", "gap_clusters", "promise_rollup", "screening_rollup"}) {
            if (const Status s = rollups::storeStamp(d, key, QString()); !s) {
                out << s.error() << '\n';
                return 1;
            }
        }
        out << "| " << run;
        const std::function<Status()> steps[] = {[&] { return rollups::ensureSurveySums(d, *standards); },
                                                 [&] { return rollups::ensureGapClusters(d, *standards); },
                                                 [&] { return rollups::ensurePromiseRollup(d, *promises); },
                                                 [&] { return rollups::ensureScreeningRollups(d); }};
        for (const auto &step : steps) {
            QElapsedTimer t;
            t.start();
            if (const Status s = step(); !s) {
                out << '\n' << s.error() << '\n';
                return 1;
            }
            out << " | " << QString::number(t.elapsed() / 1000.0, 'f', 1);
        }
        out << " |\n" << Qt::flush;
    }
    return 0;
}
