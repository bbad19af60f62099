// The indicators and alerts of issue 19 on a workspace, as the app computes them: every alert
// raised (the writers' cost after an import or a submit), a month of every indicator for every
// site (the Indicators tab's table), one weekly control chart of every site (its chart).
//   build/bench/bench_indicators --db WORKSPACE --day YYYY-MM-DD [--runs N]
// Medians of N runs (default 3), milliseconds; the first run of each reads a cold cache.
#include "alerts.h"
#include "database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace servqa;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double timeIt(int runs, const std::function<bool()> &work)
{
    QVector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!work())
            return -1;
        ms << t.nsecsElapsed() / 1e6;
    }
    return median(ms);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Workspace."), QStringLiteral("WORKSPACE")});
    parser.addOption({QStringLiteral("day"), QStringLiteral("The day the alerts look from (the demo's last day)."), QStringLiteral("DAY")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions."), QStringLiteral("N"), QStringLiteral("3")});
    parser.process(app);
    auto db = Database::openSqlite(parser.value(QStringLiteral("db")), Database::OpenMode::OpenExisting);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    const QDate day = QDate::fromString(parser.value(QStringLiteral("day")), Qt::ISODate);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    AlertCheck check;
    check.now = QDateTime(day, QTime(18, 0));
    IndicatorScope month;
    month.period = DayRange{QDate(day.year(), day.month(), 1), day};
    const double raise = timeIt(runs, [&] { return raiseAlerts(**db, check).ok(); });
    const double table = timeIt(runs, [&] { return computeIndicators(**db, month).ok(); });
    const double chart = timeIt(runs, [&] { return indicatorChart(**db, IndicatorKind::FirstResponse, IndicatorScope{}, check).ok(); });
    std::printf("raise every alert: %.1f ms\nthe month's indicators, every site: %.1f ms\nfirst response's weekly chart, every site: %.1f ms\n",
                raise, table, chart);
    return raise < 0 || table < 0 || chart < 0 ? 1 : 0;
}
