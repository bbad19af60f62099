// Times the Results page and the PDF reports on a workspace: the region comparison, a store's
// and an agent's scorecard for the month of the newest evaluation, and writing each report
// kind; median of several runs. Usage:
//   bench_results WORKSPACE [RUNS]
#include "database.h"
#include "report/auditreports.h"
#include "scorecard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace servqa;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        out << "usage: bench_results WORKSPACE [RUNS]\n";
        return 2;
    }
    const int runs = args.size() > 2 ? args[2].toInt() : 5;
    auto db = Database::openSqlite(args[1]);
    if (!db) {
        out << db.error() << '\n';
        return 1;
    }
    QSqlQuery q((*db)->connection());
    q.exec(QStringLiteral("SELECT MAX(occurred_at), COUNT(*) FROM evaluations"));
    q.next();
    const QDate last = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong()).date();
    const qint64 evaluations = q.value(1).toLongLong();
    const DayRange month{QDate(last.year(), last.month(), 1), QDate(last.year(), last.month(), 1).addMonths(1).addDays(-1)};
    // The busiest store and agent of that month.
    q.exec(QStringLiteral("SELECT site_id, COUNT(*) FROM evaluations GROUP BY site_id ORDER BY 2 DESC LIMIT 1"));
    q.next();
    const qint64 site = q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT staff_id FROM evaluations WHERE site_id = ? AND staff_id IS NOT NULL "
                             "GROUP BY staff_id ORDER BY COUNT(*) DESC LIMIT 1"));
    q.addBindValue(site);
    q.exec();
    q.next();
    const qint64 agent = q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT region FROM sites WHERE id = ?"));
    q.addBindValue(site);
    q.exec();
    q.next();
    const QString region = q.value(0).toString();
    q.exec(QStringLiteral("SELECT MAX(id) FROM evaluations WHERE status <> 'draft'"));
    q.next();
    const qint64 evaluation = q.value(0).toLongLong();
    q.finish();
    out << "workspace: " << evaluations << " evaluations; month " << month.from.toString(Qt::ISODate) << '\n';

    QTemporaryDir dir;
    auto time = [&](const char *name, const std::function<bool()> &run) {
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            if (!run()) {
                out << name << ": FAILED\n";
                return;
            }
            ms.push_back(t.nsecsElapsed() / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        out << QStringLiteral("| %1 | %2 ms | %3 ms |\n").arg(QString::fromLatin1(name)).arg(ms[ms.size() / 2], 0, 'f', 1).arg(ms.back(), 0, 'f', 1);
        out.flush();
    };
    out << "| step | median | max |\n|---|---|---|\n";
    time("region comparison, all stores", [&] {
        ComparisonRequest r;
        r.siteKind = QStringLiteral("store");
        r.period = month;
        return compareSubjects(**db, r).ok();
    });
    time("region comparison, one region", [&] {
        ComparisonRequest r;
        r.region = region;
        r.period = month;
        return compareSubjects(**db, r).ok();
    });
    time("store scorecard", [&] { return computeScorecard(**db, {SubjectKind::Site, site, month, std::nullopt}).ok(); });
    time("the store's agents (the Results page's second table)", [&] {
        ComparisonRequest r;
        r.kind = SubjectKind::Agent;
        r.siteId = site;
        r.period = month;
        return compareSubjects(**db, r).ok();
    });
    time("agent scorecard", [&] { return computeScorecard(**db, {SubjectKind::Agent, agent, month, std::nullopt}).ok(); });
    const ReportOptions options{QStringLiteral("bench"), false};
    time("PDF: one evaluation", [&] { return writeEvaluationReport(**db, evaluation, dir.filePath(QStringLiteral("e.pdf")), options).ok(); });
    time("PDF: store scorecard", [&] {
        return writeScorecardReport(**db, {SubjectKind::Site, site, month, std::nullopt}, dir.filePath(QStringLiteral("s.pdf")), options).ok();
    });
    time("PDF: gap report, one region, one year", [&] {
        GapReportRequest r;
        r.region = region;
        r.period = {month.from.addMonths(-11), month.to};
        return writeGapReport(**db, r, dir.filePath(QStringLiteral("g.pdf")), options).ok();
    });
    return 0;
}
