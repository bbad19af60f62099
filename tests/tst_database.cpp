// Opening workspaces: migrations, connection set-up, and refusing what is not ours.

#include "database.h"
#include "migrations.h"
#include "testsupport.h"
#include "transactionguard.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace servqa;

using test::scalar;

namespace {

// The note a demo killed with the lists' indexes aside leaves (ListIndexes), as text in the file.
bool noteIndexesAside(Database &db, const QString &note)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO servqa_meta (key, value) VALUES ('list_indexes_aside', ?)"));
    q.addBindValue(note);
    return q.exec();
}

} // namespace

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

    // The indexes a killed demo left to make again are noted in the file as their statements
    // (ListIndexes). A file is hostile until known to be ours: a note ServQA did not write is
    // refused, and nothing of it is run, though the statements ServQA writes are made again.
    void aNoteOfIndexesToMakeRunsOnlyWhatServQAWrites_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<int>("refused"); // which of the note's statements the message names
        QTest::newRow("a file attached") << QStringLiteral("ATTACH DATABASE '%1' AS evil;\nCREATE TABLE evil.t (a)") << 0;
        QTest::newRow("after one of ours") << QStringLiteral("CREATE INDEX interactions_duration ON interactions (duration_s, id);\n"
                                                             "ATTACH DATABASE '%1' AS evil")
                                           << 1;
        QTest::newRow("the transaction ended") << QStringLiteral("COMMIT;\nVACUUM INTO '%1'") << 0;
        QTest::newRow("another index") << QStringLiteral("CREATE INDEX sites_evil ON sites (name)") << 0;
        QTest::newRow("on another table") << QStringLiteral("CREATE INDEX interactions_duration ON sites (name)") << 0;
        QTest::newRow("a function") << QStringLiteral("CREATE INDEX interactions_duration ON interactions (duration_s) WHERE "
                                                      "length(writefile('%1', 'x')) > 0")
                                    << 0;
        QTest::newRow("two in one") << QStringLiteral("CREATE INDEX interactions_duration ON interactions (duration_s); VACUUM INTO '%1'")
                                    << 0;
    }

    void aNoteOfIndexesToMakeRunsOnlyWhatServQAWrites()
    {
        QFETCH(QString, note);
        QFETCH(int, refused);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("handed.servqa"));
        const QString elsewhere = dir.filePath(QStringLiteral("elsewhere.db"));
        if (note.contains(QLatin1String("%1")))
            note = note.arg(elsewhere);
        const QString indexes = QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'");
        int made = 0;
        {
            auto db = Database::openSqlite(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(db);
            made = scalar(**db, indexes).toInt();
            QVERIFY((*db)->exec(QStringLiteral("DROP INDEX interactions_duration")));
            QVERIFY(noteIndexesAside(**db, note));
        }
        const auto db = Database::openSqlite(path);
        QVERIFY(!db);
        QCOMPARE(db.error(), QStringLiteral("%1 holds a statement among the indexes to make again (servqa_meta, list_indexes_aside) "
                                            "that ServQA did not write; nothing of it was run: %2")
                                 .arg(path, note.split(QStringLiteral(";\n")).at(refused)));
        QVERIFY(!QFile::exists(elsewhere));
        // Read, it is as it was: the index not made, nothing of the note's made, the note kept.
        auto read = Database::openSqlite(path, Database::OpenMode::OpenExisting, Database::Access::ReadOnly);
        QVERIFY(read);
        QCOMPARE(scalar(**read, indexes).toInt(), made - 1);
        QCOMPARE(scalar(**read, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('t', 'sites_evil')")).toInt(), 0);
        QCOMPARE(scalar(**read, QStringLiteral("SELECT value FROM servqa_meta WHERE key = 'list_indexes_aside'")).toString(), note);
    }

    void aNoteServQAWroteIsMadeAtTheNextOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("killed.servqa"));
        const QString of = QStringLiteral("SELECT group_concat(sql, ';\n') FROM (SELECT sql FROM sqlite_master WHERE type = 'index' "
                                          "AND name IN ('interactions_duration', 'interactions_time_transcribed') ORDER BY name)");
        QString definitions;
        {
            auto db = Database::openSqlite(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(db);
            definitions = scalar(**db, of).toString();
            QVERIFY(definitions.contains(QLatin1String(" WHERE "))); // a partial index among them
            QVERIFY((*db)->exec(QStringLiteral("DROP INDEX interactions_duration")));
            QVERIFY((*db)->exec(QStringLiteral("DROP INDEX interactions_time_transcribed")));
            QVERIFY(noteIndexesAside(**db, definitions));
        }
        const auto db = Database::openSqlite(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error()));
        QCOMPARE(scalar(**db, of).toString(), definitions);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM servqa_meta WHERE key = 'list_indexes_aside'")).toInt(), 0);
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
