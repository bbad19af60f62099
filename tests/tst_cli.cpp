// servqa-cli as a QA lead runs it: the real executable, its output and exit codes.

#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>

using namespace servqa;

namespace {
using Run = test::CliRun;
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

    // kill -9 in the middle of a long import: the workspace opens, passes SQLite's integrity
    // check and holds none of the file's rows.
    void killedImportLeavesNothingHalfWritten()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.servqa"));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--create"), QStringLiteral("--kind"), QStringLiteral("sites"),
                      test::dataPath(QStringLiteral("import/sites.csv"))}).exitCode, 0);
        const QString csv = dir.filePath(QStringLiteral("big.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("external_id,channel,site_code,started_at,transcript\n");
            for (int i = 0; i < 400000; ++i)
                f.write(QStringLiteral("K-%1,call,CC-SH-T1,2025-03-05 10:00,\"客户：你好, 订单 %1\"\n").arg(i).toUtf8());
        }
        QProcess p;
        p.setProcessEnvironment(cliEnvironment());
        p.start(QStringLiteral(SERVQA_CLI), {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                                             QStringLiteral("interactions"), csv});
        QVERIFY(p.waitForStarted());
        // Kill once the import has written into its transaction (the WAL file has grown).
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(db + QStringLiteral("-wal")).size() > 2 * 1024 * 1024, 30000);
        QCOMPARE(p.state(), QProcess::Running);
        p.kill(); // SIGKILL
        QVERIFY(p.waitForFinished());

        auto opened = Database::openSqlite(db);
        QVERIFY2(opened, qPrintable(opened.ok() ? QString() : opened.error()));
        QSqlQuery q((*opened)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM interactions")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sites")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4); // the earlier, committed import is intact
    }

    void badUsageExitsWith2()
    {
        const Run r = cli({QStringLiteral("import"), QStringLiteral("--kind"), QStringLiteral("cats")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Usage:"));
    }

    void demoCreatesAWorkspace()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demo.servqa"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--evaluations"), QStringLiteral("200"),
                           QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--end"), QStringLiteral("2026-01-31")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("23 sites, 168 staff, 12 users"), r.out.constData());
        QVERIFY(r.out.contains("200 evaluations"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
