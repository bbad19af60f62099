// servqa-cli as a QA lead runs it: the real executable, its output and exit codes.

#include "demogenerator.h"
#include "interactionquery.h"
#include "localdays.h"
#include "testsupport.h"
#include "rollupchecks.h" // after testsupport.h, whose types it uses

#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

using namespace servqa;

namespace {
using Run = test::CliRun;

// Runs a command that start() starts on `db` to its end: how long it took in ms, or -1 if it did
// not start, did not end within `timeoutMs` or failed.
template <typename Start>
qint64 runToItsEnd(const Start &start, const QString &db, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QProcess p;
    if (!start(db, p) || !p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return -1;
    return clock.elapsed();
}

using test::cli;
using test::cliEnvironment;
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void scorePrintsTheWorkedExample()
    {
        const Run r = cli({QStringLiteral("score"), QStringLiteral("--form"), test::dataPath(QStringLiteral("scoring/02_na_rebases/form.json")),
                           QStringLiteral("--answers"), test::dataPath(QStringLiteral("scoring/02_na_rebases/answers.json"))});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QLatin1String("percent")].toDouble(), 44.4444);
        QCOMPARE(o[QLatin1String("pointsPossible")].toDouble(), 9.0);
        QCOMPARE(o[QLatin1String("passed")].toBool(), false);
        QCOMPARE(o[QLatin1String("dimensions")].toObject()[QLatin1String("tangibles")].isNull(), true);
    }

    void scoreRejectsAnAnswerTheFormCannotTake()
    {
        QTemporaryDir dir;
        QFile answers(dir.filePath(QStringLiteral("answers.json")));
        QVERIFY(answers.open(QIODevice::WriteOnly));
        answers.write(R"({"answers": {"a3": 9}})");
        answers.close();
        const Run r = cli({QStringLiteral("score"), QStringLiteral("--form"), test::dataPath(QStringLiteral("scoring/01_all_met/form.json")),
                           QStringLiteral("--answers"), answers.fileName()});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QString::fromUtf8(r.err).trimmed(),
                 answers.fileName() + QStringLiteral(", answers.a3: item \"a3\": 9 is not a whole number from 1 to 5"));
        QVERIFY(r.out.isEmpty());
    }

    void importThenRejectRagged()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.servqa"));
        Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--create"), QStringLiteral("--kind"), QStringLiteral("sites"),
                     test::dataPath(QStringLiteral("import/sites.csv"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Imported 4 rows (4 new, 0 updated)"), r.out.constData());
        r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("interactions"),
                 test::dataPath(QStringLiteral("import/interactions_ragged.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("interactions_ragged.csv, line 4: 5 fields, but the header has 4."), r.err.constData());
    }

    // kill -9 at twenty moments spread over a long import (from before it opens the workspace to
    // after it commits): every time, the workspace opens, passes SQLite's integrity check, and is
    // either exactly as before the import or holds the whole file — never a part of it.
    void killedImportLeavesTheWorkspaceBeforeOrAfter()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("base.servqa"));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), base, QStringLiteral("--create"), QStringLiteral("--kind"), QStringLiteral("sites"),
                      test::dataPath(QStringLiteral("import/sites.csv"))}).exitCode, 0);
        constexpr int Rows = 60000;
        const QString csv = dir.filePath(QStringLiteral("big.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("external_id,channel,site_code,started_at,transcript\n");
            for (int i = 0; i < Rows; ++i)
                f.write(QStringLiteral("K-%1,call,CC-SH-T1,2025-03-05 10:00,\"客户：你好, 订单 %1\"\n").arg(i).toUtf8());
        }
        auto start = [&](const QString &db, QProcess &p) {
            p.setProcessEnvironment(cliEnvironment());
            p.start(QStringLiteral(SERVQA_CLI), {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                                                 QStringLiteral("interactions"), csv});
            return p.waitForStarted();
        };
        // How long a whole import takes here: the kills are spread over 1.2 times that.
        const QString timed = dir.filePath(QStringLiteral("timed.servqa"));
        QVERIFY(QFile::copy(base, timed));
        const qint64 whole = runToItsEnd(start, timed, 120000);
        QVERIFY(whole >= 0);
        QRandomGenerator random(20261202);
        int before = 0, after = 0;
        for (int trial = 0; trial < 20; ++trial) {
            const QString db = dir.filePath(QStringLiteral("trial-%1.servqa").arg(trial));
            QVERIFY(QFile::copy(base, db));
            QProcess p;
            QVERIFY(start(db, p));
            const int delay = int(random.bounded(qint64(whole * 12 / 10) + 1));
            if (!p.waitForFinished(delay)) {
                p.kill(); // SIGKILL
                QVERIFY(p.waitForFinished(30000));
            }

            auto opened = Database::openSqlite(db);
            QVERIFY2(opened, qPrintable(opened.ok() ? QString() : opened.error()));
            QSqlQuery q((*opened)->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM interactions")) && q.next());
            const int rows = q.value(0).toInt();
            QVERIFY2(rows == 0 || rows == Rows, qPrintable(QStringLiteral("trial %1 (killed after %2 ms): %3 rows").arg(trial).arg(delay).arg(rows)));
            QVERIFY(q.exec(QStringLiteral("SELECT SUM(interactions) FROM interaction_rollup")) && q.next());
            QCOMPARE(q.value(0).toInt(), rows); // the rollups went with the rows, or stayed without them
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sites")) && q.next());
            QCOMPARE(q.value(0).toInt(), 4); // the earlier, committed import is intact
            (rows == 0 ? before : after) += 1;
        }
        qInfo("20 kills over %lld ms: %d left the workspace as before, %d after the whole import", whole * 12 / 10, before, after);
        QVERIFY(before > 0); // some kills did land inside the import
    }

    // kill -9 at moments spread over a demo, from its first statements to its last phases. Into an
    // empty workspace, filled in place through the log: every time the workspace opens, passes
    // SQLite's integrity check, and its score sums and days equal its rows. Into a new file, built
    // as WORKSPACE.part through a rollback journal and renamed when whole: the workspace is not
    // there, or is the whole demo; the next demo removes what the killed one left (a journal
    // played back into a new file would damage it) and makes the whole demo.
    void aKilledDemoLeavesAWholeWorkspaceOrNone()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("empty.servqa"));
        QStringList everyIndex;
        {
            auto created = Database::openSqlite(empty, Database::OpenMode::CreateIfMissing);
            QVERIFY(created);
            everyIndex = test::indexDefinitions(**created);
        }
        QVERIFY(everyIndex.size() > 60);
        auto start = [&](const QString &db, QProcess &p) {
            p.setProcessEnvironment(cliEnvironment());
            p.start(QStringLiteral(SERVQA_CLI), {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--evaluations"),
                                                 QStringLiteral("6000"), QStringLiteral("--survey-answers"), QStringLiteral("6000"),
                                                 QStringLiteral("--recordings"), QStringLiteral("0"), QStringLiteral("--end"),
                                                 QStringLiteral("2026-10-31")});
            return p.waitForStarted();
        };
        auto counts = [](Database &db) {
            return std::pair{test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM evaluations")).toLongLong(),
                             test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM interactions")).toLongLong()};
        };
        // The indexes a killed demo had put aside (FreshWorkspaceWrites) are made by the open.
        auto whole = [&everyIndex](Database &db) {
            QCOMPARE(test::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            QCOMPARE(test::indexDefinitions(db), everyIndex);
            QCOMPARE(test::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
            QVERIFY(!QFile::exists(db.path() + QStringLiteral("-journal")));
            test::sameScoreTotals(db);
            test::sameDaysAsTheRows(db);
        };
        const QString timed = dir.filePath(QStringLiteral("timed.servqa"));
        const qint64 took = runToItsEnd(start, timed, 300000);
        QVERIFY(took >= 0);
        QVERIFY(!QFile::exists(unfinishedDemoPath(timed)));
        std::pair<qint64, qint64> demo;
        {
            auto opened = Database::openSqlite(timed);
            QVERIFY(opened);
            whole(**opened);
            demo = counts(**opened);
        }
        QCOMPARE(demo.first, 6017); // the visits' 17 with the 6,000
        QRandomGenerator random(20261206);
        int killed = 0;
        for (int trial = 0; trial < 16; ++trial) {
            const bool inPlace = trial % 2 == 0;
            const QString db = dir.filePath(QStringLiteral("trial-%1.servqa").arg(trial));
            if (inPlace)
                QVERIFY(QFile::copy(empty, db));
            QProcess p;
            QVERIFY(start(db, p));
            const int delay = int(random.bounded(took));
            if (!p.waitForFinished(delay)) {
                p.kill(); // SIGKILL
                QVERIFY(p.waitForFinished(30000));
                ++killed;
            }
            if (!inPlace && !QFile::exists(db)) {
                qInfo("trial %d, a new file, killed after %d ms: no workspace", trial, delay);
                continue;
            }
            auto opened = Database::openSqlite(db);
            QVERIFY2(opened, qPrintable(opened.ok() ? QString() : opened.error()));
            whole(**opened);
            const auto held = counts(**opened);
            if (!inPlace)
                QCOMPARE(held, demo);
            qInfo("trial %d, %s, killed after %d ms: %lld evaluations", trial, inPlace ? "in place" : "a new file", delay, held.first);
        }
        QVERIFY(killed > 0);
        // The new files' leftovers: the next demo of each name removes them and makes the whole demo.
        for (int trial = 1; trial < 16; trial += 2) {
            const QString db = dir.filePath(QStringLiteral("trial-%1.servqa").arg(trial));
            if (QFile::exists(db))
                continue;
            QProcess p;
            QVERIFY(start(db, p));
            QVERIFY(p.waitForFinished(300000));
            QCOMPARE(p.exitCode(), 0);
            auto opened = Database::openSqlite(db);
            QVERIFY(opened);
            whole(**opened);
            QCOMPARE(counts(**opened), demo);
            QVERIFY(!QFile::exists(unfinishedDemoPath(db)));
            break; // one is enough
        }
    }

    // Two demos into the same new name at once: the second says so and stops, and the first makes
    // the whole demo (it removed the first's file and journal under it, and both failed, before).
    void aSecondDemoOfTheSameNameWaitsItsTurn()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.servqa"));
        const QStringList arguments{QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--evaluations"), QStringLiteral("6000"),
                                    QStringLiteral("--recordings"), QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("2026-10-31")};
        QProcess first;
        first.setProcessEnvironment(cliEnvironment());
        first.start(QStringLiteral(SERVQA_CLI), arguments);
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(unfinishedDemoPath(db)), 30000);
        const Run second = cli(arguments);
        QCOMPARE(second.exitCode, 1);
        QCOMPARE(QString::fromUtf8(second.err).trimmed(), QStringLiteral("Another demo is being built as %1: wait for it to finish, or build "
                                                                         "this one under another name.").arg(unfinishedDemoPath(db)));
        QVERIFY(first.waitForFinished(300000));
        QCOMPARE(first.exitCode(), 0);
        auto opened = Database::openSqlite(db);
        QVERIFY(opened);
        QCOMPARE(test::scalar(**opened, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(test::scalar(**opened, QStringLiteral("SELECT COUNT(*) FROM evaluations")).toLongLong(), 6017);
    }

    void badUsageExitsWith2()
    {
        const Run r = cli({QStringLiteral("import"), QStringLiteral("--kind"), QStringLiteral("cats")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Usage:"));
    }

    // A demo killed while it built its search index beside the workspace: the next command's open
    // finishes the index (a minute or two at a million interactions) and says so first.
    void aCommandSaysItFinishesAKilledDemosSearchIndex()
    {
        test::Workspace ws;
        QCOMPARE(test::writeWhileIndexBuiltThenStop(*ws.db, {QStringLiteral("Customer: 冷链商品到了吗？")}), QString());
        ws.db.reset();
        const Run r = cli({QStringLiteral("time-zone"), QStringLiteral("--db"), ws.path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.err).trimmed(),
                 QStringLiteral("Finishing the indexes of %1: the demo that made it was stopped before its end…").arg(ws.path));
        QVERIFY(!searchIndexLeftUnfinished(ws.path));
        auto db = Database::openSqlite(ws.path);
        QVERIFY(db);
        InteractionFilter f;
        f.text = QStringLiteral("冷链商品");
        QCOMPARE(*InteractionQuery(**db).count(f), 1);
        // Said once: the next command has nothing to finish.
        db->reset();
        QCOMPARE(cli({QStringLiteral("time-zone"), QStringLiteral("--db"), ws.path}).err, QByteArray());
    }

    void demoCreatesAWorkspace()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.servqa"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--evaluations"), QStringLiteral("200"),
                           QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--end"), QStringLiteral("2026-01-31")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("23 sites, 168 staff, 12 users"), r.out.constData());
        {
            // The line says what the workspace holds: the 200 evaluations asked for and the
            // mystery-shop visits' checklists, and every interaction.
            auto written = Database::openSqlite(db);
            QVERIFY(written);
            QSqlQuery counts((*written)->connection());
            QVERIFY(counts.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM interactions), (SELECT COUNT(*) FROM evaluations), "
                                               "(SELECT COUNT(evaluation_id) FROM visits)")) && counts.next());
            QCOMPARE(counts.value(1).toInt(), 200 + counts.value(2).toInt());
            const QByteArray line = QStringLiteral("%1 interactions, %2 evaluations").arg(counts.value(0).toInt()).arg(counts.value(1).toInt()).toUtf8();
            QVERIFY2(r.out.contains(line), r.out.constData());
        }
        // Issue 16 (7): twelve calls voiced beside the workspace, linked by relative paths.
        const QStringList wavs = QDir(dir.filePath(QStringLiteral("recordings"))).entryList({QStringLiteral("*.wav")}, QDir::Files);
        QCOMPARE(wavs.size(), 12);
        QFile first(dir.filePath(QStringLiteral("recordings/") + wavs.first()));
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QByteArray header = first.read(44);
        QVERIFY(header.startsWith("RIFF") && header.mid(8, 8) == "WAVEfmt ");
        QVERIFY(first.size() > 22050 * 2 * 10); // at least ten seconds of speech
        auto workspace = Database::openSqlite(db);
        QVERIFY(workspace);
        QSqlQuery q((*workspace)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MIN(recording_path) FROM interactions WHERE recording_path IS NOT NULL "
                                      "AND channel = 'call' AND transcript IS NOT NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 12);
        QVERIFY(q.value(1).toString().startsWith(QStringLiteral("recordings/D")));
        workspace->reset();

        // Issue 17 (4): the workspace counts its days in the machine's zone (the tests' Shanghai),
        // or in another, set with `time-zone --set`, which sums the rollups again in its days.
        Run zone = cli({QStringLiteral("time-zone"), QStringLiteral("--db"), db});
        QCOMPARE(zone.exitCode, 0);
        QCOMPARE(QString::fromUtf8(zone.out).trimmed(), db + QStringLiteral(" counts its days in the time zone Asia/Shanghai."));
        zone = cli({QStringLiteral("time-zone"), QStringLiteral("--db"), db, QStringLiteral("--set"), QStringLiteral("Mars/Olympus")});
        QCOMPARE(zone.exitCode, 2);
        QCOMPARE(QString::fromUtf8(zone.err).trimmed(), QStringLiteral("Mars/Olympus is not a time zone this machine knows (e.g. Asia/Shanghai)."));
        zone = cli({QStringLiteral("time-zone"), QStringLiteral("--db"), db, QStringLiteral("--set"), QStringLiteral(" ")});
        QCOMPARE(zone.exitCode, 2);
        QCOMPARE(QString::fromUtf8(zone.err).trimmed(), QStringLiteral("--set needs a time zone, e.g. Asia/Shanghai."));
        QVERIFY(QString::fromUtf8(cli({QStringLiteral("time-zone"), QStringLiteral("--db"), db}).out).contains(QStringLiteral("Asia/Shanghai")));
        zone = cli({QStringLiteral("time-zone"), QStringLiteral("--db"), db, QStringLiteral("--set"), QStringLiteral("Europe/Berlin")});
        QCOMPARE(zone.exitCode, 0);
        QCOMPARE(QString::fromUtf8(zone.out).trimmed(), db + QStringLiteral(" counts its days in the time zone Europe/Berlin."));
        workspace = Database::openSqlite(db);
        QVERIFY(workspace);
        const LocalDays berlin = LocalDays::ofZone(QTimeZone("Europe/Berlin"));
        QMap<qint64, qint64> counted, rolled;
        QSqlQuery rows((*workspace)->connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT occurred_at FROM evaluations WHERE status <> 'draft'")));
        while (rows.next())
            ++counted[berlin.dayOf(rows.value(0).toLongLong())];
        QVERIFY(rows.exec(QStringLiteral("SELECT day, SUM(evaluations) FROM score_rollup GROUP BY day HAVING SUM(evaluations) <> 0")));
        while (rows.next())
            rolled[rows.value(0).toLongLong()] = rows.value(1).toLongLong();
        QCOMPARE(rolled, counted);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
