// The scale benchmark's PostgreSQL column (docs/PERFORMANCE.md, issue 21), run by
// scripts/bench-scale-pg.sh on the 1 M-evaluation workspace of scripts/bench-scale.sh copied to a
// local PostgreSQL 15 server (`servqa-cli server copy`).
// It times, as bench_scale does (the median of several runs after a warm-up), the same dashboard
// readings on the server workspace (Database::openServer): the customer gap by week for all sites
// and by month for one store; evaluation scores by week for all sites, by month for one store and
// for one agent; the first read of the five gaps after opening; the SERVQUAL table; the five gaps,
// with their weekly trend, and by month for one store; the store scorecard of a month. Each
// against, in the same run, the `psql` command-line tool running the plain full-scan GROUP BY over
// the same rows on the same server (process start and sign-in included, as bench_scale's sqlite3
// baseline includes its start). Prints a Markdown table with ServQA / baseline ratios.
//
//   bench_scale_pg --url postgresql://USER@/DATABASE?host=/SOCKETDIR&port=PORT [--runs N] [--psql PATH]
#include "benchtable.h"
#include "database.h"
#include "fivegaps.h"
#include "gaptrends.h"
#include "interactionquery.h"
#include "localdays.h"
#include "scorecard.h"
#include "surveysums.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace servqa;
using namespace bench;

namespace {

QTextStream out(stdout);

// A reading that failed on the server would time its error, not the dashboard: stop instead.
template <typename T>
void must(const Result<T> &result, const char *what)
{
    if (!result)
        qFatal("%s failed on the server: %s", what, qPrintable(result.error()));
}

// The psql command-line tool running `sql` on the server (its output discarded), as bench_scale's
// sqlite3Time() runs the sqlite3 tool: a process started per run, so its start and its sign-in are
// in the baseline as sqlite3's start is in the file's. -X: no ~/.psqlrc to change what it runs.
double psqlTime(const QString &psql, const QString &url, const QString &sql, int runs)
{
    return timeIt(runs, [&] {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), url,
                       QStringLiteral("-c"), sql});
        if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qFatal("psql failed (%s): %s", qPrintable(QString::fromUtf8(p.readAllStandardError()).trimmed()), qPrintable(sql));
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("url"), QStringLiteral("The server workspace's address."), QStringLiteral("URL")},
                       {QStringLiteral("runs"), QStringLiteral("Runs per measure."), QStringLiteral("N"), QStringLiteral("5")},
                       // scripts/bench-scale-pg.sh gives PostgreSQL 15's own: Debian's psql on the PATH is a Perl
                       // wrapper that costs every baseline ~40 ms more.
                       {QStringLiteral("psql"), QStringLiteral("The psql program of the baselines."), QStringLiteral("PATH"),
                        QStringLiteral("psql")}});
    parser.process(app);
    const QString url = parser.value(QStringLiteral("url"));
    const QString psql = parser.value(QStringLiteral("psql"));
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    if (url.isEmpty() || runs < 1) {
        out << "usage: bench_scale_pg --url URL [--runs N] [--psql PATH]\n";
        return 2;
    }
    std::vector<Row> rows;

    QElapsedTimer opening;
    opening.start();
    auto opened = Database::openServer(url);
    if (!opened) {
        out << opened.error() << '\n';
        return 1;
    }
    Database &db = **opened;
    out << "Opened " << db.path() << " in " << opening.elapsed() << " ms.\n";
    QSqlQuery q(db.connection());
    auto scalar = [&](const QString &sql) {
        if (!q.exec(sql) || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0);
    };
    // The baselines group by one offset from UTC (the zone's now), as bench_scale's do: cheaper
    // than the rollups' days, which follow summer time row by row.
    const auto days = LocalDays::load(db);
    must(days, "LocalDays::load");
    const qint64 offset = days->offsetAt(QDateTime::currentSecsSinceEpoch());
    out << "Workspace: " << scalar(QStringLiteral("SELECT COUNT(*) FROM evaluations")).toLongLong() << " evaluations, "
        << scalar(QStringLiteral("SELECT COUNT(*) FROM interactions")).toLongLong() << " interactions, "
        << scalar(QStringLiteral("SELECT COUNT(*) FROM survey_answers")).toLongLong() << " survey answers of "
        << scalar(QStringLiteral("SELECT COUNT(*) FROM survey_responses")).toLongLong() << " respondents; "
        << scalar(QStringLiteral("SELECT pg_size_pretty(pg_database_size(current_database()))")).toString() << " on "
        << scalar(QStringLiteral("SELECT version()")).toString() << ".\n";
    // "One store" and "one agent" as bench_scale picks them: the store (not a contact-centre
    // team) with the most evaluations, and its agent with the most.
    const qint64 store = scalar(QStringLiteral("SELECT e.site_id FROM evaluations e JOIN sites s ON s.id = e.site_id WHERE s.kind = 'store' "
                                               "GROUP BY e.site_id ORDER BY COUNT(*) DESC LIMIT 1")).toLongLong();
    const qint64 agent = scalar(QStringLiteral("SELECT staff_id FROM evaluations WHERE site_id = %1 AND staff_id IS NOT NULL "
                                               "GROUP BY staff_id ORDER BY COUNT(*) DESC LIMIT 1").arg(store)).toLongLong();
    const QDate last = QDateTime::fromSecsSinceEpoch(scalar(QStringLiteral("SELECT MAX(occurred_at) FROM evaluations")).toLongLong()).date();
    q.finish();
    out << "One store: site " << store << "; one agent: staff " << agent << "; the last evaluation on " << last.toString(Qt::ISODate)
        << "; baselines at UTC" << (offset >= 0 ? "+" : "") << offset / 3600.0 << " h.\n\n";
    const QString target = QStringLiteral("≤ 0.1 × baseline");
    const double tenth = 0.1;

    // The dashboard readings against the plain full-scan GROUP BY over the same rows, in
    // PostgreSQL's SQL: the columns are bigint, so / is integer division as in SQLite, and
    // to_char of the UTC timestamp stands for strftime('%Y-%m', …, 'unixepoch').
    const QString week = QStringLiteral("(r.responded_at + %1) / 604800").arg(offset);
    const QString surveyMonth = QStringLiteral("to_char(to_timestamp(r.responded_at + %1) AT TIME ZONE 'UTC', 'YYYY-MM')").arg(offset);
    const QString surveyScan = QStringLiteral("SELECT %1 AS w, a.item, COUNT(a.perception - a.expectation), SUM(a.perception - a.expectation), "
                                              "SUM((a.perception - a.expectation) * (a.perception - a.expectation)) FROM survey_answers a "
                                              "JOIN survey_responses r ON r.id = a.response_id %2 GROUP BY w, a.item;");
    const QString everyAnswer = QStringLiteral("psql: GROUP BY week, item over every answer");
    const QString storeAnswers = QStringLiteral("psql: GROUP BY month, item over one store's answers");
    SurveyFilter customers;
    customers.kind = SurveyKind::Customer;
    rows.push_back({QStringLiteral("Customer gap by dimension, all sites, by week"),
                    timeIt(runs, [&] { must(customerGapDimensionTrend(db, customers, Granularity::Week, 5), "customer gap by week"); }),
                    everyAnswer, psqlTime(psql, url, surveyScan.arg(week, QString()), runs), target, tenth});
    SurveyFilter oneStore = customers;
    oneStore.siteId = store;
    rows.push_back({QStringLiteral("Customer gap by dimension, one store, by month"),
                    timeIt(runs, [&] { must(customerGapDimensionTrend(db, oneStore, Granularity::Month, 5), "customer gap by month"); }),
                    storeAnswers, psqlTime(psql, url, surveyScan.arg(surveyMonth, QStringLiteral("WHERE r.site_id = %1").arg(store)), runs),
                    target, tenth});
    QString scoreSums;
    for (const char *d : {"tangibles", "reliability", "responsiveness", "assurance", "empathy"})
        scoreSums += QStringLiteral(", COUNT(score_%1), SUM(score_%1), SUM(score_%1 * score_%1)").arg(QLatin1String(d));
    const QString scoreScan = QStringLiteral("SELECT (occurred_at + %1) / 86400 AS d%2 FROM evaluations WHERE status <> 'draft' %3 GROUP BY d;")
                                  .arg(offset)
                                  .arg(scoreSums);
    rows.push_back({QStringLiteral("Evaluation scores by dimension, all sites, by week"),
                    timeIt(runs, [&] { must(evaluationScoreTrend(db, {}, Granularity::Week, 5), "scores by week"); }),
                    QStringLiteral("psql: GROUP BY day over every evaluation"), psqlTime(psql, url, scoreScan.arg(QString()), runs), target,
                    tenth});
    ScoreTrendFilter storeScores;
    storeScores.siteId = store;
    rows.push_back({QStringLiteral("Evaluation scores by dimension, one store, by month"),
                    timeIt(runs, [&] { must(evaluationScoreTrend(db, storeScores, Granularity::Month, 5), "one store's scores"); }),
                    QStringLiteral("psql: the same, one store"),
                    psqlTime(psql, url, scoreScan.arg(QStringLiteral("AND site_id = %1").arg(store)), runs), target, tenth});
    ScoreTrendFilter agentScores;
    agentScores.staffId = agent;
    rows.push_back({QStringLiteral("Evaluation scores by dimension, one agent, by month"),
                    timeIt(runs, [&] { must(evaluationScoreTrend(db, agentScores, Granularity::Month, 5), "one agent's scores"); }),
                    QStringLiteral("psql: the same, one agent"),
                    psqlTime(psql, url, scoreScan.arg(QStringLiteral("AND staff_id = %1").arg(agent)), runs), target, tenth});

    // The rest of the Dashboards page: the whole period's SERVQUAL table and the five gaps, from
    // the rollups. The writers keep them (a reader never builds one), so the first read after
    // opening is timed too, as on a file. (Unlike a file's, the server's caches are not this
    // process's: they are as warm as the readings above left them.)
    QElapsedTimer firstUse;
    firstUse.start();
    must(computeFiveGaps(db, customers, 5), "five gaps");
    rows.push_back({QStringLiteral("Five gaps, whole period, all sites: the first read after opening the workspace"), firstUse.nsecsElapsed() / 1e6,
                    QString(), 0, QStringLiteral("≤ 100 ms (nothing built by a reader)"), 0, 100});
    rows.push_back({QStringLiteral("SERVQUAL table of the whole period (items, alpha, weighted, gap 1)"), timeIt(runs, [&] {
                        const auto sides = servqualSides(db, customers);
                        must(sides, "SERVQUAL sides");
                        sides->customers.result(5);
                        knowledgeGap(sides->managers.dimensionExpectations(), sides->customers.dimensionExpectations(), 5);
                    }),
                    everyAnswer, rows[0].baselineMs, target, tenth});
    rows.push_back({QStringLiteral("Five gaps, whole period, all sites"), timeIt(runs, [&] { must(computeFiveGaps(db, customers, 5), "five gaps"); }),
                    everyAnswer, rows[0].baselineMs, target, tenth});
    rows.push_back({QStringLiteral("Five gaps by week with the whole period (the Dashboards' tab), all sites"),
                    timeIt(runs, [&] { must(fiveGapsWithTrend(db, customers, Granularity::Week, 5), "five gaps by week"); }), everyAnswer,
                    rows[0].baselineMs, target, tenth});
    rows.push_back({QStringLiteral("Five gaps by month, one store"),
                    timeIt(runs, [&] { must(fiveGapsTrend(db, oneStore, Granularity::Month, 5), "one store's five gaps"); }), storeAnswers,
                    rows[1].baselineMs, target, tenth});

    // The store scorecard of the last full month, against the plain GROUP BY of that month's
    // evaluations per site (what the scorecard's ranking sums without rollups). Its target is
    // bench_scale's: a time, ≤ 100 ms; the ratio is printed beside it.
    const DayRange month{QDate(last.year(), last.month(), 1).addMonths(-1), QDate(last.year(), last.month(), 1).addDays(-1)};
    const QString monthScan = QStringLiteral("SELECT site_id, COUNT(*), SUM(score), SUM(passed)%1 FROM evaluations WHERE status <> 'draft' "
                                             "AND occurred_at >= %2 AND occurred_at < %3 GROUP BY site_id;")
                                  .arg(scoreSums)
                                  .arg(QDateTime(month.from, QTime(0, 0)).toSecsSinceEpoch())
                                  .arg(QDateTime(month.to.addDays(1), QTime(0, 0)).toSecsSinceEpoch());
    rows.push_back({QStringLiteral("Store scorecard, one month"),
                    timeIt(runs, [&] { must(computeScorecard(db, {SubjectKind::Site, store, month, std::nullopt}), "store scorecard"); }),
                    QStringLiteral("psql: GROUP BY site over the month's evaluations"), psqlTime(psql, url, monthScan, runs),
                    QStringLiteral("≤ 100 ms"), 0, 100});
    // The Interactions list's text search (schema 36: pg_trgm's GIN index), its first page and its
    // total, against the same three ILIKEs read row by row (the index turned off for the baseline).
    InteractionQuery interactions(db);
    const auto searchRow = [&](const QString &what, const QString &text) {
        InteractionFilter filter;
        filter.text = text;
        QString literal = text;
        literal.replace(QLatin1Char('\''), QLatin1String("''"));
        const QString scan = QStringLiteral("SET enable_bitmapscan = off; SET enable_indexscan = off; SELECT COUNT(*) FROM interactions "
                                            "WHERE customer_ref ILIKE '%%1%' OR external_id ILIKE '%%1%' OR transcript ILIKE '%%1%';")
                                 .arg(literal);
        rows.push_back({what, timeIt(runs, [&] {
                            must(interactions.page(filter, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 200), "interactions page");
                            must(interactions.count(filter), "interactions count");
                        }),
                        QStringLiteral("psql: the three ILIKEs over every interaction"), psqlTime(psql, url, scan, runs), QStringLiteral("≤ 100 ms"), 0,
                        100});
        return scan;
    };
    const QString customerScan = searchRow(
        QStringLiteral("Interactions list, text search: a customer reference (first page and total)"),
        scalar(QStringLiteral("SELECT customer_ref FROM interactions WHERE id = (SELECT MAX(id) / 2 FROM interactions)")).toString());
    const QString phraseScan = searchRow(QStringLiteral("Interactions list, text search: 冷链商品 in transcripts (first page and total)"),
                                         QStringLiteral("冷链商品"));
    // What every baseline pays before its GROUP BY: psql's start, its sign-in (a new server
    // process) and a statement's round trip. A baseline near it measures the tool, not the scan.
    rows.push_back({QStringLiteral("(reference) psql: SELECT 1"), psqlTime(psql, url, QStringLiteral("SELECT 1;"), runs), QString(), 0,
                    QStringLiteral("what psql's start and sign-in cost")});
    print(out, rows);

    // What each baseline ran, so a reader can EXPLAIN ANALYZE it.
    out << "\nThe baselines' SQL:\n\n";
    out << "- every answer by week: `" << surveyScan.arg(week, QString()) << "`\n";
    out << "- one store's answers by month: `" << surveyScan.arg(surveyMonth, QStringLiteral("WHERE r.site_id = %1").arg(store)) << "`\n";
    out << "- every evaluation by day: `" << scoreScan.arg(QString()) << "`\n";
    out << "- one store: `" << scoreScan.arg(QStringLiteral("AND site_id = %1").arg(store)) << "`\n";
    out << "- one agent: `" << scoreScan.arg(QStringLiteral("AND staff_id = %1").arg(agent)) << "`\n";
    out << "- the month's evaluations by site: `" << monthScan << "`\n";
    out << "- a customer reference: `" << customerScan << "`\n";
    out << "- 冷链商品: `" << phraseScan << "`\n";
    out.flush();
    return 0;
}
