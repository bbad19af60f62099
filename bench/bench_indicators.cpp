// The indicators and alerts of issue 19 on a workspace, as the app computes them: every alert
// raised (the writers' cost after an import or a submit), a month of every indicator for every
// site (the Indicators tab's table), one weekly control chart of every site (its chart), and a
// time limit changed in Settings (rolled back: the workspace is left as it was).
//   build/bench/bench_indicators --db WORKSPACE --day YYYY-MM-DD [--runs N]
// Medians of N runs (default 3), milliseconds; the first run of each reads a cold cache. Beside
// each, its naive reference: the same sums by one GROUP BY over every row of the tables it reads
// (NOT INDEXED: a full scan, no rollup, no index), in the same process — the target of issue 19 is
// ≤ 0.1 × that.
#include "alerts.h"
#include "database.h"
#include "timeutil.h"
#include "transactionguard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

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

    // A time limit changed in Settings: every site's calls counted again against 5 s more than
    // the call target of today (contact_rollup, schema 29), in a transaction rolled back after.
    const double limit = timeIt(runs, [&] {
        TransactionGuard transaction((*db)->connection());
        const auto targets = loadIndicatorTargets(**db);
        if (!transaction.active() || !targets)
            return false;
        auto call = targetFor(*targets, IndicatorKind::FirstResponse, Channel::Call, QString(), std::nullopt);
        if (!call || !call->thresholdSeconds)
            return false;
        *call->thresholdSeconds += 5;
        const bool saved = saveIndicatorTarget(**db, *call).ok();
        transaction.rollback();
        return saved;
    });

    // The naive references: each source's sums by one GROUP BY over every row (NOT INDEXED). A
    // week is (t + 8 h + 3 d) / 7 d (Monday in UTC+8): a reference, not a calendar.
    struct Source
    {
        const char *table, *time, *sums, *only;
    };
    const Source sources[] = {
        {"interactions", "started_at",
         "COUNT(resolved), SUM(resolved), SUM(CASE WHEN first_response_s <= 40 THEN 1 ELSE 0 END), "
         "SUM(CASE WHEN resolution_s <= 172800 THEN 1 ELSE 0 END)",
         "1 = 1"},
        {"feedback", "responded_at",
         "COUNT(csat), SUM(CASE WHEN csat >= 4 THEN 1 ELSE 0 END), COUNT(nps), SUM(CASE WHEN nps >= 9 THEN 1 ELSE 0 END), "
         "SUM(CASE WHEN nps <= 6 THEN 1 ELSE 0 END), COUNT(ces), SUM(ces)",
         "1 = 1"},
        {"evaluations", "occurred_at", "COUNT(passed), SUM(passed), SUM(score)", "status <> 'draft'"},
    };
    // By site and week over every row, or by site over one month's rows.
    const auto naive = [&](const Source &s, bool byWeek) {
        const QString time = QString::fromLatin1(s.time);
        return byWeek ? QStringLiteral("SELECT site_id, (%1 + 28800 + 259200) / 604800 AS w, %2 FROM %3 NOT INDEXED WHERE %4 GROUP BY site_id, w")
                            .arg(time, QLatin1String(s.sums), QLatin1String(s.table), QLatin1String(s.only))
                      : QStringLiteral("SELECT site_id, %2 FROM %3 NOT INDEXED WHERE %4 AND %1 >= ? AND %1 < ? GROUP BY site_id")
                            .arg(time, QLatin1String(s.sums), QLatin1String(s.table), QLatin1String(s.only));
    };
    const auto scan = [&](bool byWeek, bool contactsOnly) {
        for (const Source &s : sources) {
            QSqlQuery q((*db)->connection());
            q.setForwardOnly(true);
            q.prepare(naive(s, byWeek));
            if (!byWeek) {
                q.addBindValue(toStored(month.period.start()));
                q.addBindValue(toStored(month.period.end()));
            }
            if (!q.exec())
                return false;
            while (q.next()) {
            }
            if (contactsOnly)
                break;
        }
        return true;
    };
    const double naiveRaise = timeIt(runs, [&] { return scan(true, false); });
    const double naiveTable = timeIt(runs, [&] { return scan(false, false); });
    const double naiveChart = timeIt(runs, [&] { return scan(true, true); });
    std::printf("raise every alert: %.1f ms (naive: GROUP BY site, week over every contact, answer and evaluation: %.1f ms; %.3f)\n"
                "the month's indicators, every site: %.1f ms (naive: GROUP BY site over the month's rows, full scans: %.1f ms; %.3f)\n"
                "first response's weekly chart, every site: %.1f ms (naive: GROUP BY site, week over every contact: %.1f ms; %.3f)\n",
                raise, naiveRaise, raise / naiveRaise, table, naiveTable, table / naiveTable, chart, naiveChart, chart / naiveChart);
    std::printf("a call time limit changed for every site (contacts counted again): %.1f ms\n", limit);
    return raise < 0 || table < 0 || chart < 0 || limit < 0 || naiveRaise < 0 || naiveTable < 0 || naiveChart < 0 ? 1 : 0;
}
