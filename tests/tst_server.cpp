// Team mode's first step (docs/team-mode.md): `servqa-cli server init` puts a workspace on a
// PostgreSQL 15 server — every migration of the file format, run on the server's SQL — and refuses
// what is not its to change; then the same indicators as on a file come out of the server after an
// import (the bulk import, the feedback and the indicators' rollups, on PostgreSQL's SQL). Each
// run starts a throwaway cluster of its own (tests/pgcluster.h).

#include "csvimporter.h"
#include "database.h"
#include "indicators.h"
#include "migrations.h"
#include "pgcluster.h"
#include "rollups.h"
#include "testsupport.h"
#include "transactionguard.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace servqa;

class TestServer : public QObject
{
    Q_OBJECT

    test::PgCluster m_pg;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.started(), qPrintable(m_pg.error()));
        QVERIFY(m_pg.createDatabase(QStringLiteral("team")));
        QVERIFY(m_pg.createDatabase(QStringLiteral("other")));
        QVERIFY(!m_pg.psql(QStringLiteral("other"), QStringLiteral("CREATE TABLE ledger (amount integer)")).isNull());
    }

    // An empty database gets every migration; the audit trails refuse changes at the server.
    void initCreatesTheWorkspace()
    {
        const test::CliRun run = test::cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), m_pg.url(QStringLiteral("team"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains(QStringLiteral("holds a ServQA workspace of format %1.").arg(latestSchemaVersion()).toUtf8()));
        QCOMPARE(m_pg.psql(QStringLiteral("team"), QStringLiteral("SELECT value FROM servqa_meta WHERE key = 'schema_version'")),
                 QString::number(latestSchemaVersion()));
        QCOMPARE(m_pg.psql(QStringLiteral("team"), QStringLiteral("SELECT value FROM servqa_meta WHERE key = 'indicator_rollups'")),
                 QStringLiteral("v1"));
        QCOMPARE(m_pg.psql(QStringLiteral("team"), QStringLiteral("SELECT value FROM servqa_meta WHERE key = 'screening_rollup'")),
                 QStringLiteral("v1"));
        // The seeded targets, and the calendar the rollups' weeks and months are summed through.
        QCOMPARE(m_pg.psql(QStringLiteral("team"), QStringLiteral("SELECT COUNT(*) FROM indicator_targets WHERE indicator = 'first_response'")),
                 QStringLiteral("5"));
        QCOMPARE(m_pg.psql(QStringLiteral("team"), QStringLiteral("SELECT COUNT(*) FROM calendar")), QStringLiteral("47847"));
        // Append-only: the server's trigger refuses a change to a settings log entry, even the superuser's.
        QVERIFY(!m_pg.psql(QStringLiteral("team"), QStringLiteral("INSERT INTO settings_log (at, setting, item) VALUES (1, 'complaint_category', 'x')")).isNull());
        QVERIFY(m_pg.psql(QStringLiteral("team"), QStringLiteral("UPDATE settings_log SET item = 'y'")).isNull());
        QVERIFY(m_pg.psql(QStringLiteral("team"), QStringLiteral("DELETE FROM settings_log")).isNull());
        QCOMPARE(m_pg.psql(QStringLiteral("team"), QStringLiteral("SELECT item FROM settings_log")), QStringLiteral("x"));

        // Run again: the workspace is there, nothing to do.
        const test::CliRun again = test::cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), m_pg.url(QStringLiteral("team"))});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(m_pg.psql(QStringLiteral("team"), QStringLiteral("SELECT COUNT(*) FROM settings_log")), QStringLiteral("1"));
    }

    // Another application's database, a newer format, a missing database and an address that is
    // not one are refused by name, and nothing is written.
    void whatIsNotOursIsRefused()
    {
        const test::CliRun foreign = test::cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), m_pg.url(QStringLiteral("other"))});
        QCOMPARE(foreign.exitCode, 1);
        QVERIFY(foreign.err.contains("has tables but is not a ServQA workspace"));
        QCOMPARE(m_pg.psql(QStringLiteral("other"), QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")),
                 QStringLiteral("1"));

        QVERIFY(!m_pg.psql(QStringLiteral("team"), QStringLiteral("UPDATE servqa_meta SET value = '999' WHERE key = 'schema_version'")).isNull());
        const test::CliRun newer = test::cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), m_pg.url(QStringLiteral("team"))});
        QCOMPARE(newer.exitCode, 1);
        QVERIFY(newer.err.contains("newer version of ServQA (workspace format 999"));
        QVERIFY(!m_pg.psql(QStringLiteral("team"), QStringLiteral("UPDATE servqa_meta SET value = '%1' WHERE key = 'schema_version'")
                                                       .arg(latestSchemaVersion()))
                     .isNull());

        const test::CliRun missing = test::cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), m_pg.url(QStringLiteral("nosuch"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("Cannot connect to postgresql://postgres@/nosuch"));
        QVERIFY(missing.err.contains("\"nosuch\" does not exist"));

        const test::CliRun bad = test::cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"), QStringLiteral("team.servqa")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("is not a server address"));
        // A password is never shown back.
        const test::CliRun secret = test::cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"),
                                               QStringLiteral("postgres://lead:s3cret@server")});
        QCOMPARE(secret.exitCode, 2);
        QVERIFY(!secret.err.contains("s3cret"));
        const test::CliRun wrong = test::cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"),
                                              m_pg.url(QStringLiteral("team"), QStringLiteral("nobody")).replace(QStringLiteral("nobody@"),
                                                                                                                    QStringLiteral("nobody:s3cret@"))});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("Cannot connect to postgresql://nobody@/team"), wrong.err.constData());
        QVERIFY(!wrong.err.contains("s3cret"));
        const test::CliRun none = test::cli({QStringLiteral("server"), QStringLiteral("init")});
        QCOMPARE(none.exitCode, 2);
    }

    // A file's workspace into the server and back out into a new file: every row of every
    // table (the search index rebuilt), the server's ids going on after the copied ones; a copy
    // never goes into a workspace with work or over a file.
    void aWorkspaceGoesToTheServerAndBack()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("demo.servqa")), back = dir.filePath(QStringLiteral("back.servqa"));
        QCOMPARE(test::cli({QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--evaluations"), QStringLiteral("200"),
                            QStringLiteral("--end"), QStringLiteral("2026-12-03")})
                     .exitCode,
                 0);
        QVERIFY(m_pg.createDatabase(QStringLiteral("copied")));
        const QString url = m_pg.url(QStringLiteral("copied"));
        const test::CliRun in = test::cli({QStringLiteral("server"), QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), url});
        QVERIFY2(in.exitCode == 0, in.err.constData());
        const test::CliRun out = test::cli({QStringLiteral("server"), QStringLiteral("copy"), QStringLiteral("--from"), url, QStringLiteral("--to"), back});
        QVERIFY2(out.exitCode == 0, out.err.constData());
        QVERIFY(!QFile::exists(back + QStringLiteral(".copying")));

        auto original = Database::openSqlite(file), copy = Database::openSqlite(back);
        QVERIFY(original && copy);
        const auto rows = [](Database &db, const QString &table) {
            QSqlQuery q(db.connection());
            QStringList all;
            if (!q.exec(QStringLiteral("SELECT * FROM ") + table))
                return QStringList{QStringLiteral("unreadable")};
            while (q.next()) {
                QStringList row;
                for (int c = 0; c < q.record().count(); ++c)
                    row << q.value(c).toString();
                all << row.join(QLatin1Char('|'));
            }
            all.sort();
            return all;
        };
        QSqlQuery tables((*original)->connection());
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                           "AND name NOT LIKE 'interactions_search%'")));
        int compared = 0;
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QVERIFY2(rows(**original, table) == rows(**copy, table), qPrintable(table));
            ++compared;
        }
        QVERIFY(compared > 60);
        QVERIFY(test::scalar(**original, QStringLiteral("SELECT COUNT(*) FROM evaluations")).toInt() >= 200);
        const QString match = QStringLiteral("SELECT COUNT(*) FROM interactions_search WHERE interactions_search MATCH '\"客户：\"'");
        QVERIFY(test::scalar(**original, match).toInt() > 0);
        QCOMPARE(test::scalar(**copy, match), test::scalar(**original, match));

        // New rows on the server take ids after the copied ones.
        auto server = Database::openServer(url);
        QVERIFY(server);
        const qint64 last = test::scalar(**server, QStringLiteral("SELECT MAX(id) FROM sites")).toLongLong();
        QVERIFY(test::importIndicators(**server, ImportKind::Sites, "sites.csv"));
        QCOMPARE(test::scalar(**server, QStringLiteral("SELECT MIN(id) FROM sites WHERE code IN ('S1', 'S2')")).toLongLong(), last + 1);

        const test::CliRun again = test::cli({QStringLiteral("server"), QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), url});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already holds work"));
        const test::CliRun over = test::cli({QStringLiteral("server"), QStringLiteral("copy"), QStringLiteral("--from"), url, QStringLiteral("--to"), back});
        QCOMPARE(over.exitCode, 1);
        QVERIFY(over.err.contains("exists: a server is copied only into a new file"));
        // A file of the user's under the name the copy is first written to is kept, and nothing is
        // copied.
        const QString other = dir.filePath(QStringLiteral("other.servqa"));
        QFile mine(other + QStringLiteral(".copying"));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        QCOMPARE(mine.write("my notes"), 8);
        mine.close();
        const test::CliRun inTheWay = test::cli({QStringLiteral("server"), QStringLiteral("copy"), QStringLiteral("--from"), url, QStringLiteral("--to"), other});
        QCOMPARE(inTheWay.exitCode, 1);
        QVERIFY2(inTheWay.err.contains("other.servqa.copying is in the way: ServQA writes there for a moment"), inTheWay.err.constData());
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QCOMPARE(mine.readAll(), QByteArray("my notes"));
        QVERIFY(!QFile::exists(other));
        const test::CliRun files = test::cli({QStringLiteral("server"), QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), back});
        QCOMPARE(files.exitCode, 2);
    }

    // A file is hostile until known to be ours: its tables' and columns' names go into statements on
    // the server, so a name that no ServQA schema has is refused before any of them, and nothing
    // reaches the server. Unchecked, the name below ended the copy's transaction and made a table.
    void aFileWhoseNamesAreNotOursIsNotCopied()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("handed.servqa"));
        {
            auto db = Database::openSqlite(file, Database::OpenMode::CreateIfMissing);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE \"sites; COMMIT; CREATE TABLE pwned (a int); --\" (a INTEGER)")));
        }
        QVERIFY(m_pg.createDatabase(QStringLiteral("handed")));
        const QString url = m_pg.url(QStringLiteral("handed"));
        const test::CliRun copy = test::cli({QStringLiteral("server"), QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), url});
        QCOMPARE(copy.exitCode, 1);
        QCOMPARE(QString::fromUtf8(copy.err).trimmed(),
                 QStringLiteral("%1 has a table or column named \"sites; COMMIT; CREATE TABLE pwned (a int); --\", which no ServQA "
                                "workspace has: nothing was copied.")
                     .arg(file));
        QCOMPARE(m_pg.psql(QStringLiteral("handed"), QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'pwned'")),
                 QStringLiteral("0"));
        QCOMPARE(m_pg.psql(QStringLiteral("handed"), QStringLiteral("SELECT COUNT(*) FROM sites")), QStringLiteral("0"));
    }

    // The indicators' worked example (tests/data/indicators, tst_indicators) imported into the
    // server gives the same values as a file, and its rollups equal a rebuild from the rows.
    void anImportOnTheServerGivesTheSameIndicators()
    {
        auto opened = Database::openServer(m_pg.url(QStringLiteral("team")));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        Database &db = **opened;
        QVERIFY(test::importIndicators(db, ImportKind::Sites, "sites.csv"));
        const Status contacts = test::importIndicators(db, ImportKind::Interactions, "interactions.csv");
        QVERIFY2(contacts, qPrintable(contacts ? QString() : contacts.error()));
        const Status feedback = test::importIndicators(db, ImportKind::Feedback, "feedback.csv", QStringLiteral("After the call"));
        QVERIFY2(feedback, qPrintable(feedback ? QString() : feedback.error()));
        QVERIFY(test::importIndicators(db, ImportKind::Feedback, "feedback-ten.csv", QStringLiteral("App survey"), 10));

        IndicatorScope november;
        november.period = DayRange{QDate(2026, 11, 1), QDate(2026, 11, 30)};
        const auto values = computeIndicators(db, november);
        QVERIFY2(values, qPrintable(values ? QString() : values.error()));
        const auto valueOf = [&](IndicatorKind kind) {
            for (const IndicatorValue &v : *values) {
                if (v.kind == kind)
                    return v;
            }
            return IndicatorValue();
        };
        // As on a file (tst_indicatorrollups): first response 4 of 6, CSAT 3 of 5, FCR 3 of 5
        // (I1, I3, I6 resolved of I1, I2, I3, I5, I6).
        QCOMPARE(valueOf(IndicatorKind::FirstResponse).n, 6);
        QCOMPARE(valueOf(IndicatorKind::FirstResponse).hits, 4.0);
        QCOMPARE(valueOf(IndicatorKind::Csat).n, 5);
        QCOMPARE(valueOf(IndicatorKind::Csat).hits, 3.0);
        QCOMPARE(valueOf(IndicatorKind::Fcr).n, 5);
        QCOMPARE(valueOf(IndicatorKind::Fcr).hits, 3.0);
        // The sums the writers left equal the sums of a rebuild (rolled back).
        const auto sums = [&db] {
            return test::scalar(db, QStringLiteral("SELECT (SELECT SUM(response_n) || '/' || SUM(response_kept) || '/' || SUM(outcome_n) FROM contact_rollup) "
                                                   "|| ' ' || (SELECT SUM(csat_n) || '/' || SUM(csat_top) || '/' || SUM(csat_points) FROM feedback_rollup)"))
                .toString();
        };
        const QString written = sums();
        // All seven contacts (I7 in December too) have a first response and a limit; I1, I3,
        // I5, I6 and I7 within it; all but I4 (neither resolved nor a resolution time) have an
        // outcome. CSAT: six answers (F1–F5, T1), four in the top two boxes (F1, F2, F5, T1);
        // points above 1 in 36ths: 36·(4 + 3 + 2 + 0) for F1–F4, 36·4 for F5 and 16·8 for T1's
        // 9 of 10: 324 + 144 + 128 = 596.
        QCOMPARE(written, QStringLiteral("7/5/6 6/4/596"));
        TransactionGuard transaction(db.connection());
        QVERIFY(rollups::rebuildIndicatorRollups(db));
        QCOMPARE(sums(), written);
        transaction.rollback();
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
