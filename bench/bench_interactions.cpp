// Times the Interactions and Evaluations list queries on a workspace: the first page (count +
// 200 rows) for the filters an inspector uses, and the next page deep in the list as it scrolls
// (200 rows after the row shown last), median of several runs; then the CSV export of
// every evaluation. Usage:
//   bench_interactions WORKSPACE [RUNS]
// WORKSPACE may be a server's address (postgresql://…): the same lists on PostgreSQL
// (scripts/bench-scale-pg.sh).
#include "database.h"
#include "evaluationquery.h"
#include "gaptrends.h"
#include "interactionquery.h"
#include "interactionrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QVariant>
#include <QTextStream>

#include <algorithm>
#include <optional>
#include <functional>
#include <list>
#include <tuple>
#include <vector>

using namespace servqa;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        out << "usage: bench_interactions WORKSPACE|postgresql://… [RUNS]\n";
        return 2;
    }
    const int runs = args.size() > 2 ? args[2].toInt() : 7;
    QElapsedTimer open;
    open.start();
    auto db = Database::isServerAddress(args[1]) ? Database::open(args[1], Database::OpenMode::OpenExisting)
                                                 : Database::openSqlite(args[1]);
    if (!db) {
        out << db.error() << '\n';
        return 1;
    }
    out << "open workspace: " << open.elapsed() << " ms\n";
    InteractionQuery query(**db);
    const auto total = query.count({});
    out << "interactions: " << *total << '\n';

    // The newest interaction's site and staff member, for realistic narrow filters.
    auto first = query.page({}, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 1);
    const InteractionRow newest = first->first();
    const auto full = InteractionRepository(**db).find(newest.id);

    struct Case
    {
        const char *name;
        InteractionFilter filter;
        InteractionColumn sort = InteractionColumn::StartedAt;
        int offset = 0;
        bool scrolled = false; // the next page as the list scrolls: after the row before it (keyset), without the total
        Qt::SortOrder order = Qt::DescendingOrder;
    };
    std::vector<Case> cases;
    std::list<QByteArray> names; // the cases' names made here (a list: its elements stay where they are)
    cases.push_back({"all, newest first (first page)", {}});
    InteractionFilter last30;
    last30.from = QDateTime::currentDateTime().addDays(-30);
    cases.push_back({"last 30 days", last30});
    InteractionFilter site;
    site.siteId = (*full)->siteId;
    cases.push_back({"one site", site});
    InteractionFilter staff;
    staff.staffId = (*full)->staffId;
    cases.push_back({"one agent", staff});
    InteractionFilter channel;
    channel.channel = Channel::Email;
    cases.push_back({"channel = email", channel});
    InteractionFilter text;
    text.text = (*full)->customerRef;
    cases.push_back({"text search (customer ref)", text});
    InteractionFilter transcript;
    transcript.text = QStringLiteral("冷链商品"); // "cold-chain goods": in one of the demo's chat transcripts
    cases.push_back({"text search (transcript, 冷链商品)", transcript});
    // Two characters and one, through the index since schema 38: a word in none of the demo's
    // conversations ("refund"), one in 129,000 of them ("ship"), and a character in half of them.
    InteractionFilter shortText;
    shortText.text = QStringLiteral("退款");
    cases.push_back({"text search (two characters, 退款)", shortText});
    InteractionFilter commonPair;
    commonPair.text = QStringLiteral("发货");
    cases.push_back({"text search (two characters, 发货)", commonPair});
    InteractionFilter oneCharacter;
    oneCharacter.text = QStringLiteral("您");
    cases.push_back({"text search (one character, 您)", oneCharacter});
    cases.push_back({"all, sorted by customer", {}, InteractionColumn::Customer});
    cases.push_back({"all, sorted by site", {}, InteractionColumn::Site});
    cases.push_back({"all, sorted by agent", {}, InteractionColumn::Staff});
    // Every other column the list sorts by, each way: the longest calls, the slowest first
    // responses, the unresolved, one channel's.
    for (const auto &[name, column] : {std::pair{"channel", InteractionColumn::Channel}, std::pair{"duration", InteractionColumn::Duration},
                                       std::pair{"first response", InteractionColumn::FirstResponse},
                                       std::pair{"resolved", InteractionColumn::Resolved}, std::pair{"external id", InteractionColumn::ExternalId}}) {
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            names.push_back(QByteArray("all, sorted by ") + name + (order == Qt::DescendingOrder ? " (descending)" : " (ascending)"));
            cases.push_back({names.back().constData(), {}, column, 0, false, order});
        }
    }
    cases.push_back({"one site, sorted by duration", site, InteractionColumn::Duration});
    cases.push_back({"channel = email, sorted by first response", channel, InteractionColumn::FirstResponse});
    cases.push_back({"text search (冷链商品), sorted by duration", transcript, InteractionColumn::Duration});
    cases.push_back({"text search (customer ref), sorted by resolved", text, InteractionColumn::Resolved});
    // The other keys the filters' rows are sorted by (schema 45): a site's and a text's.
    cases.push_back({"one site, sorted by resolved", site, InteractionColumn::Resolved});
    cases.push_back({"one site, sorted by channel", site, InteractionColumn::Channel});
    cases.push_back({"text search (冷链商品), sorted by first response", transcript, InteractionColumn::FirstResponse});
    cases.push_back({"text search (冷链商品), sorted by channel", transcript, InteractionColumn::Channel});
    cases.push_back({"text search (冷链商品), sorted by customer", transcript, InteractionColumn::Customer});
    cases.push_back({"all, page at row 10,000", {}, InteractionColumn::StartedAt, 10000});
    for (const auto &[name, depth] : {std::pair{"all, scrolled on after row 10,000", 10000}, std::pair{"all, scrolled on after row 100,000", 100000},
                                      std::pair{"all, scrolled on after row 1,000,000", 1000000}})
        cases.push_back({name, {}, InteractionColumn::StartedAt, depth, true});
    cases.push_back({"text search (冷链商品), scrolled on after row 100,000", transcript, InteractionColumn::StartedAt, 100000, true});
    // The other orders deep in the list: rows skipped, as before schema 45's code, and scrolled on.
    cases.push_back({"all, sorted by duration, page at row 100,000", {}, InteractionColumn::Duration, 100000});
    cases.push_back({"all, sorted by duration, scrolled on after row 100,000", {}, InteractionColumn::Duration, 100000, true});
    cases.push_back({"all, sorted by customer, page at row 1,000,000", {}, InteractionColumn::Customer, 1000000});
    cases.push_back({"all, sorted by customer, scrolled on after row 1,000,000", {}, InteractionColumn::Customer, 1000000, true});
    cases.push_back({"all, sorted by resolved, scrolled on among those not known (row 1,450,000)", {}, InteractionColumn::Resolved, 1450000, true});
    cases.push_back({"all, sorted by site, page at row 1,000,000", {}, InteractionColumn::Site, 1000000});
    cases.push_back({"all, sorted by site, scrolled on after row 1,000,000", {}, InteractionColumn::Site, 1000000, true});
    cases.push_back({"all, sorted by agent, page at row 1,000,000", {}, InteractionColumn::Staff, 1000000});
    cases.push_back({"all, sorted by agent, scrolled on after row 1,000,000", {}, InteractionColumn::Staff, 1000000, true});
    cases.push_back({"one site, sorted by duration, page at row 100,000", site, InteractionColumn::Duration, 100000});
    cases.push_back({"one site, sorted by duration, scrolled on after row 100,000", site, InteractionColumn::Duration, 100000, true});

    for (const Case &c : cases) {
        std::vector<qint64> times;
        qint64 n = 0;
        // The row shown last before a scrolled page, read once beforehand as the list has it.
        std::optional<InteractionRow> shown;
        if (c.scrolled) {
            n = *query.count(c.filter);
            const auto before = query.page(c.filter, c.sort, c.order, c.offset - 1, 1);
            if (!before || before->isEmpty())
                continue; // a workspace with fewer rows
            shown = before->first();
        }
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            if (!c.scrolled)
                n = *query.count(c.filter);
            const auto page = query.page(c.filter, c.sort, c.order, c.offset, 200, shown ? &*shown : nullptr);
            times.push_back(t.nsecsElapsed() / 1000);
            if (!page)
                return 1;
        }
        std::sort(times.begin(), times.end());
        out << QStringLiteral("%1 | %2 rows | median %3 ms | max %4 ms\n")
                   .arg(QString::fromUtf8(c.name))
                   .arg(n)
                   .arg(times[times.size() / 2] / 1000.0, 0, 'f', 1)
                   .arg(times.back() / 1000.0, 0, 'f', 1);
    }

    // Evaluations list.
    EvaluationQuery evaluations(**db);
    struct EvaluationCase
    {
        QByteArray name;
        EvaluationFilter filter;
        EvaluationColumn sort = EvaluationColumn::OccurredAt;
        Qt::SortOrder order = Qt::DescendingOrder;
    };
    std::vector<EvaluationCase> evaluationCases;
    evaluationCases.push_back({"evaluations: all, newest first", {}});
    EvaluationFilter evalSite;
    evalSite.siteId = (*full)->siteId;
    evaluationCases.push_back({"evaluations: one site", evalSite});
    EvaluationFilter autoFailed;
    autoFailed.autoFailed = true;
    evaluationCases.push_back({"evaluations: auto-failed", autoFailed});
    EvaluationFilter lowScores;
    lowScores.scoreMax = 60;
    evaluationCases.push_back({"evaluations: score <= 60", lowScores});
    // Filters with indexes of their own, sorted by a column they do not order: a common status, a
    // rare one, the failed evaluations, the busiest inspector (and that inspector by time).
    {
        EvaluationFilter acknowledged;
        acknowledged.status = EvaluationStatus::Acknowledged;
        evaluationCases.push_back({"evaluations: acknowledged, sorted by score", acknowledged, EvaluationColumn::Score});
        EvaluationFilter disputed;
        disputed.status = EvaluationStatus::Disputed;
        evaluationCases.push_back({"evaluations: disputed, sorted by empathy", disputed, EvaluationColumn::Empathy});
        EvaluationFilter failed;
        failed.passed = false;
        evaluationCases.push_back({"evaluations: failed, sorted by empathy", failed, EvaluationColumn::Empathy});
        QSqlQuery busiest((*db)->connection());
        if (busiest.exec(QStringLiteral("SELECT inspector_id FROM evaluations WHERE inspector_id IS NOT NULL "
                                        "GROUP BY inspector_id ORDER BY COUNT(*) DESC LIMIT 1"))
            && busiest.next()) {
            EvaluationFilter inspector;
            inspector.inspectorId = busiest.value(0).toLongLong();
            evaluationCases.push_back({"evaluations: one inspector, newest first", inspector});
            evaluationCases.push_back({"evaluations: one inspector, sorted by score", inspector, EvaluationColumn::Score});
        }
    }
    // Every column the list sorts by, each way (the newest first is the first row above).
    for (const auto &[name, column] :
         {std::pair{"score", EvaluationColumn::Score}, std::pair{"site", EvaluationColumn::Site},
          std::pair{"agent", EvaluationColumn::Staff}, std::pair{"form", EvaluationColumn::Form},
          std::pair{"inspector", EvaluationColumn::Inspector}, std::pair{"status", EvaluationColumn::Status},
          std::pair{"result", EvaluationColumn::Result}, std::pair{"tangibles", EvaluationColumn::Tangibles},
          std::pair{"reliability", EvaluationColumn::Reliability}, std::pair{"responsiveness", EvaluationColumn::Responsiveness},
          std::pair{"assurance", EvaluationColumn::Assurance}, std::pair{"empathy", EvaluationColumn::Empathy}}) {
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            evaluationCases.push_back({QByteArray("evaluations: all, sorted by ") + name
                                           + (order == Qt::DescendingOrder ? " (descending)" : " (ascending)"),
                                       {}, column, order});
        }
    }
    for (const EvaluationCase &c : evaluationCases) {
        std::vector<qint64> times;
        qint64 n = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            n = *evaluations.count(c.filter);
            const auto page = evaluations.page(c.filter, c.sort, c.order, 0, 200);
            times.push_back(t.nsecsElapsed() / 1000);
            if (!page)
                return 1;
        }
        std::sort(times.begin(), times.end());
        out << QStringLiteral("%1 | %2 rows | median %3 ms | max %4 ms\n")
                   .arg(QString::fromUtf8(c.name))
                   .arg(n)
                   .arg(times[times.size() / 2] / 1000.0, 0, 'f', 1)
                   .arg(times.back() / 1000.0, 0, 'f', 1);
    }
    // The Evaluations list deep in other orders: the page of 200 at a row, skipping the rows
    // before it, and after the row before it (read once beforehand, as the list has it).
    for (const auto &[name, column, depth] :
         {std::tuple{"score", EvaluationColumn::Score, 500000}, std::tuple{"empathy", EvaluationColumn::Empathy, 500000},
          std::tuple{"site", EvaluationColumn::Site, 900000}, std::tuple{"form", EvaluationColumn::Form, 900000},
          std::tuple{"status", EvaluationColumn::Status, 900000}}) {
        for (const bool scrolled : {false, true}) {
            const auto before = evaluations.page({}, column, Qt::DescendingOrder, depth - 1, 1);
            if (!before || before->isEmpty())
                continue;
            std::vector<qint64> times;
            for (int r = 0; r < runs; ++r) {
                QElapsedTimer t;
                t.start();
                const auto page = evaluations.page({}, column, Qt::DescendingOrder, depth, 200, scrolled ? &before->first() : nullptr);
                times.push_back(t.nsecsElapsed() / 1000);
                if (!page || page->isEmpty())
                    return 1;
            }
            std::sort(times.begin(), times.end());
            out << QStringLiteral("evaluations: sorted by %1, %2 row %3 | median %4 ms | max %5 ms\n")
                       .arg(QLatin1String(name), scrolled ? QStringLiteral("scrolled on after") : QStringLiteral("page at"))
                       .arg(depth)
                       .arg(times[times.size() / 2] / 1000.0, 0, 'f', 1)
                       .arg(times.back() / 1000.0, 0, 'f', 1);
        }
    }
    // Dashboards: the evaluation dimension-score trend (one GROUP BY day over the rows).
    for (auto [name, granularity] : {std::pair{"score trend by month, all sites", Granularity::Month},
                                     std::pair{"score trend by week, all sites", Granularity::Week}}) {
        std::vector<qint64> times;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            if (!evaluationScoreTrend(**db, {}, granularity))
                return 1;
            times.push_back(t.nsecsElapsed() / 1000);
        }
        std::sort(times.begin(), times.end());
        out << QStringLiteral("%1 | median %2 ms | max %3 ms\n").arg(QString::fromLatin1(name))
                   .arg(times[times.size() / 2] / 1000.0, 0, 'f', 1).arg(times.back() / 1000.0, 0, 'f', 1);
    }
    {
        ScoreTrendFilter oneSite;
        oneSite.siteId = (*full)->siteId;
        QElapsedTimer t;
        t.start();
        evaluationScoreTrend(**db, oneSite, Granularity::Month);
        out << QStringLiteral("score trend by month, one site | %1 ms\n").arg(t.elapsed());
    }
    QElapsedTimer exportTimer;
    exportTimer.start();
    // Beside the workspace's file; a server's export goes to the temporary folder.
    const QString csv = Database::isServerAddress(args[1]) ? QDir::temp().filePath(QStringLiteral("servqa-bench-export.csv"))
                                                           : args[1] + QStringLiteral(".bench-export.csv");
    const auto written = evaluations.exportCsv({}, EvaluationColumn::OccurredAt, Qt::DescendingOrder, csv);
    if (!written) {
        out << written.error() << '\n';
        return 1;
    }
    out << QStringLiteral("CSV export of all evaluations | %1 rows | %2 ms\n").arg(*written).arg(exportTimer.elapsed());
    QFile::remove(csv);
    return 0;
}
