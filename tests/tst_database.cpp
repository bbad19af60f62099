// Opening workspaces: migrations, connection set-up, and refusing what is not ours.

#include "database.h"
#include "migrations.h"
#include "testsupport.h"
#include "transactionguard.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace servqa;

using test::scalar;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void newWorkspaceIsMigratedAndConfigured()
    {
        test::Workspace ws;
        QCOMPARE(ws.db->schemaVersion(), latestSchemaVersion());
        QVERIFY(latestSchemaVersion() >= 1);
        QCOMPARE(scalar(*ws.db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(*ws.db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT value FROM servqa_meta WHERE key = 'schema_version'")).toInt(),
                 latestSchemaVersion());
    }

    void foreignKeysAreEnforced()
    {
        test::Workspace ws;
        QSqlQuery q(ws.db->connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO staff (code, name, site_id) VALUES ('A', 'B', 999)")));
        QVERIFY(q.lastError().text().contains(QLatin1String("FOREIGN KEY")));
    }

    void reopeningKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.servqa"));
        {
            auto db = Database::openSqlite(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO sites (code, name, kind) VALUES ('S1', '店', 'store')")));
        }
        auto db = Database::openSqlite(path);
        QVERIFY(db);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT name FROM sites")).toString(), QStringLiteral("店"));
    }

    void missingFileIsNotCreatedWhenOpening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nope.servqa"));
        const auto db = Database::openSqlite(path);
        QVERIFY(!db);
        QCOMPARE(db.error(), QStringLiteral("The workspace %1 does not exist.").arg(path));
        QVERIFY(!QFile::exists(path));
    }

    void newerWorkspaceIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.servqa"));
        {
            auto db = Database::openSqlite(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("UPDATE servqa_meta SET value = '999' WHERE key = 'schema_version'")));
        }
        const auto db = Database::openSqlite(path);
        QVERIFY(!db);
        QCOMPARE(db.error(), QStringLiteral("%1 was saved by a newer version of ServQA (workspace format 999; this "
                                            "version reads up to %2). Update ServQA to open it.")
                                 .arg(path)
                                 .arg(latestSchemaVersion()));
    }

    void textFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.servqa"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is a shopping list, not a workspace\n");
        f.close();
        const auto db = Database::openSqlite(path);
        QVERIFY(!db);
        QCOMPARE(db.error(), QStringLiteral("%1 is not a ServQA workspace (it is not an SQLite database file).").arg(path));
        f.open(QIODevice::ReadOnly);
        QCOMPARE(f.readAll(), QByteArray("this is a shopping list, not a workspace\n")); // untouched
    }

    void otherSqliteDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE recipes (name TEXT)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const auto db = Database::openSqlite(path);
        QVERIFY(!db);
        QCOMPARE(db.error(), QStringLiteral("%1 is an SQLite database but not a ServQA workspace.").arg(path));
    }

    // A start looks at the workspace's format ahead, on another thread (lookAheadAt()), and the
    // opening finds that answer only while the file is the one looked at: a file put in its place
    // or changed since, even only in its write-ahead log, is looked at again.
    void aLookAheadServesTheOpeningOfTheSameFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.servqa"));
        QVERIFY(Database::openSqlite(path, Database::OpenMode::CreateIfMissing));
        lookAheadAt(path);
        auto db = Database::openSqlite(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error()));
        QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
    }

    void aFileReplacedSinceTheLookIsLookedAtAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.servqa"));
        QVERIFY(Database::openSqlite(path, Database::OpenMode::CreateIfMissing));
        QCOMPARE(storedSchemaVersion(path), latestSchemaVersion());
        // Another program's database moved into its place.
        const QString other = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase o = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("replacing"));
            o.setDatabaseName(other);
            QVERIFY(o.open());
            QVERIFY(QSqlQuery(o).exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
            o.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("replacing"));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(other, path));
        QCOMPARE(storedSchemaVersion(path), 0);
        const auto db = Database::openSqlite(path);
        QVERIFY(!db);
        QCOMPARE(db.error(), QStringLiteral("%1 is an SQLite database but not a ServQA workspace.").arg(path));
        // Nothing written to it: its header still says it keeps a rollback journal, not a log.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(20).mid(18, 2), QByteArray("\x01\x01", 2));
    }

    void aWorkspaceChangedInItsLogSinceTheLookIsLookedAtAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.servqa"));
        auto writer = Database::openSqlite(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(writer);
        QVERIFY((*writer)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))); // all in the file, the log empty
        QCOMPARE(storedSchemaVersion(path), latestSchemaVersion());
        // A newer ServQA, still running, upgraded it: the change is in the log, not yet in the file.
        QVERIFY((*writer)->exec(QStringLiteral("UPDATE servqa_meta SET value = '999' WHERE key = 'schema_version'")));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        QCOMPARE(storedSchemaVersion(path), 0);
        const auto db = Database::openSqlite(path);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(QStringLiteral("workspace format 999")), qPrintable(db.error()));
    }

    void corruptedWorkspaceGivesAClearError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.servqa"));
        {
            auto db = Database::openSqlite(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        // Keep the header, overwrite the pages after it with garbage.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        f.seek(100);
        f.write(QByteArray(int(size - 100), '\x5a'));
        f.close();
        const auto db = Database::openSqlite(path);
        QVERIFY(!db);
        QVERIFY2(db.error().startsWith(QStringLiteral("%1 is damaged or is not a ServQA workspace").arg(path)),
                 qPrintable(db.error()));
    }

    // An inner unit of work that fails is undone without losing the outer one.
    void nestedGuardsRollBackTheirOwnPart()
    {
        test::Workspace ws;
        {
            TransactionGuard outer(ws.db->connection());
            QVERIFY(ws.db->exec(QStringLiteral("INSERT INTO sites (code, name, kind) VALUES ('KEEP', 'k', 'store')")));
            {
                TransactionGuard inner(ws.db->connection());
                QVERIFY(ws.db->exec(QStringLiteral("INSERT INTO sites (code, name, kind) VALUES ('DROP', 'd', 'store')")));
                // inner goes out of scope without commit: rolled back to its savepoint
            }
            QVERIFY(outer.commit());
        }
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT group_concat(code) FROM sites")).toString(), QStringLiteral("KEEP"));
        {
            TransactionGuard uncommitted(ws.db->connection());
            QVERIFY(ws.db->exec(QStringLiteral("DELETE FROM sites")));
        }
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM sites")).toInt(), 1);
    }

    void statementSplitterKeepsTriggersWhole()
    {
        const QStringList statements = splitSqlStatements(QStringLiteral(
            "-- comment\nCREATE TABLE a (x INTEGER);\n"
            "CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n  UPDATE a SET x = 1;\n  UPDATE a SET x = 2;\nEND;\n"
            "CREATE INDEX i ON a (x);\n"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements[1].startsWith(QLatin1String("CREATE TRIGGER")));
        QVERIFY(statements[1].endsWith(QLatin1String("END")));
    }

    void dialectExpandsTypesForPostgres()
    {
        const SqlDialect pg(SqlDialect::Kind::Postgres);
        QCOMPARE(pg.expandTypes(QStringLiteral("id {{id}}, x {{real}}, y {{bigint}}")),
                 QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, x DOUBLE PRECISION, y BIGINT"));
    }

    // A migration's line marked for the server runs there alone (schema 46: the ids SQLite's
    // indexes hold by themselves).
    void serverOnlyLinesRunOnTheServerAlone()
    {
        const QString sql = QStringLiteral("CREATE TABLE t (a INTEGER);\n"
                                           "{{server_only}}CREATE INDEX t_a ON t (a, id);\n"
                                           "CREATE INDEX t_b ON t (a);\n");
        QCOMPARE(splitSqlStatements(SqlDialect(SqlDialect::Kind::Postgres).expandTypes(sql)),
                 QStringList({QStringLiteral("CREATE TABLE t (a INTEGER)"), QStringLiteral("CREATE INDEX t_a ON t (a, id)"),
                              QStringLiteral("CREATE INDEX t_b ON t (a)")}));
        QCOMPARE(splitSqlStatements(SqlDialect(SqlDialect::Kind::Sqlite).expandTypes(sql)),
                 QStringList({QStringLiteral("CREATE TABLE t (a INTEGER)"), QStringLiteral("CREATE INDEX t_b ON t (a)")}));
    }

    // A search matches any case: on a server through ILIKE where the text has a letter with a
    // case, through LIKE (the bytes compared, each row's text not lowered first) where it has none.
    void serverSearchesLowerRowsOnlyForTextWithCase()
    {
        const SqlDialect pg(SqlDialect::Kind::Postgres);
        const SqlDialect file(SqlDialect::Kind::Sqlite);
        const QString sql = QStringLiteral("SELECT id FROM t WHERE a LIKE ? ESCAPE '\\' OR b LIKE ? ESCAPE '\\'");
        const QString insensitive = QStringLiteral("SELECT id FROM t WHERE a ILIKE ? ESCAPE '\\' OR b ILIKE ? ESCAPE '\\'");
        for (const char *text : {"冷链商品", "您", "5508", "50%_", "：。", "订单 2024-05"})
            QCOMPARE(pg.caseless(sql, QString::fromUtf8(text)), sql);
        for (const char *text : {"refund", "REFUND", "ORD-1234", "订单x", "straße", "Ωμέγα"})
            QCOMPARE(pg.caseless(sql, QString::fromUtf8(text)), insensitive);
        QCOMPARE(file.caseless(sql, QStringLiteral("refund")), sql); // SQLite's LIKE ignores ASCII case itself
        QCOMPARE(pg.textSearchIds(QStringLiteral("t"), {QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("退款")), sql);
        QCOMPARE(pg.textSearchIds(QStringLiteral("t"), {QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("Refund")), insensitive);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
