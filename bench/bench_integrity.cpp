// What the damage check costs (docs/reliability.md, "The damage check"): PRAGMA quick_check of a
// whole workspace, and the look that lets ServQA skip it for a file it left whole.
//   bench_integrity WORKSPACE [RUNS]
// Prints one Markdown row per measure: the file's size, then the median of RUNS runs.

#include "integrity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace servqa;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the record of known-whole files: not the user's
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_integrity WORKSPACE [RUNS]\n";
        return 2;
    }
    const QString path = args[1];
    const int runs = args.size() > 2 ? qMax(1, args[2].toInt()) : 5;
    const double gib = double(QFileInfo(path).size()) / (1024.0 * 1024 * 1024);

    bool whole = true;
    const double check = medianMs(runs, [&] {
        const auto problems = integrity::check(path);
        whole = whole && problems && problems->isEmpty();
    });
    integrity::rememberWhole(path);
    bool known = true;
    const double look = medianMs(runs * 20, [&] { known = known && integrity::knownWhole(path); });
    const double verify = medianMs(runs * 20, [&] { known = known && integrity::verify(path).ok(); });

    out << "| measure | file | median of " << runs << " (ms) |\n|---|---:|---:|\n";
    out << "| PRAGMA quick_check, whole file (page cache warm) | " << QString::number(gib, 'f', 2) << " GiB | "
        << QString::number(check, 'f', 0) << (whole ? "" : " (found damage!)") << " |\n";
    out << "| quick_check per GiB | | " << QString::number(check / gib, 'f', 0) << " |\n";
    out << "| knownWhole (stat + record lookup) | | " << QString::number(look, 'f', 3) << " |\n";
    out << "| verify() of a file known whole (what every open pays) | | " << QString::number(verify, 'f', 3)
        << (known ? "" : " (not known!)") << " |\n";
    return whole && known ? 0 : 1;
}
