// A workspace is somebody's data: damaged, foreign, empty, mistyped, busy or read-only, ServQA
// never writes into what it should not, never leaves a report half-written, and says in a
// sentence what happened (docs/architecture.md, "A damaged, foreign, newer, read-only or busy
// workspace"). Each case here once lost or damaged data.

#include "backups.h"
#include "csvimporter.h"
#include "demogenerator.h"
#include "integrity.h"
#include "interactionlistmodel.h"
#include "interactionspage.h"
#include "mainwindow.h"
#include "report/auditreports.h"
#include "session.h"
#include "testsupport.h"
#include "transactionguard.h"
#include "translations.h"
#include "workspaceopener.h"
#include "workspacesettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>

#include <sys/resource.h>
#include <csignal>

using namespace servqa;
using test::cli;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// 4 KiB of random bytes written over the file at `offset`, as a failing disk or a stray program would.
void damage(const QString &path, qint64 offset)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    QByteArray junk(4096, '\0');
    QRandomGenerator random{quint32(offset)};
    for (char &c : junk)
        c = char(random.bounded(256));
    QCOMPARE(f.write(junk), qint64(junk.size()));
}

QString sitesCsv(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("sites.csv"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write("code,name,kind,region\nNEW1,New store,store,East\n");
    return path;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestWorkspaceSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo; // a small demo workspace, copied by each test

    QString copyOfDemo(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_demo, path))
            qFatal("cannot copy the demo workspace");
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QStringLiteral("en"));
        m_demo = m_dir.filePath(QStringLiteral("demo.servqa"));
        auto db = Database::openSqlite(m_demo, Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        DemoOptions options;
        options.evaluations = 300;
        options.endDate = QDate(2026, 3, 31);
        QVERIFY(generateDemo(**db, options));
        db->reset(); // closed: the WAL is folded into the file
        QVERIFY(QFileInfo(m_demo).size() > 2 * 1024 * 1024);
    }

    // 1. A workspace damaged in the middle, early, or in its last page: no command writes to it or
    // reports from it, the app refuses to open it for writing and opens it read-only on request.
    void aDamagedWorkspaceIsNeverWrittenTo_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("at 64 KiB") << qint64(64 * 1024);
        QTest::newRow("at 1 MiB") << qint64(1024 * 1024);
        QTest::newRow("its last page") << qint64(-4096);
    }

    void aDamagedWorkspaceIsNeverWrittenTo()
    {
        QFETCH(qint64, offset);
        const QString path = copyOfDemo(QStringLiteral("damaged.servqa"));
        damage(path, offset < 0 ? QFileInfo(path).size() + offset : offset);
        const QByteArray before = hashOf(path);
        const auto problems = integrity::check(path);
        QVERIFY(problems);
        QVERIFY2(!problems->isEmpty(), "the damage is found");

        QTemporaryDir scratch;
        auto r = cli({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--kind"), QStringLiteral("sites"), sitesCsv(scratch)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).startsWith(path + QStringLiteral(" is damaged: ")), r.err.constData());
        QVERIFY(r.err.contains("Open it in ServQA read-only to copy out what can still be read, or restore it from a backup"));
        const QString pdf = scratch.filePath(QStringLiteral("gap.pdf"));
        r = cli({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--kind"), QStringLiteral("gap"), QStringLiteral("--out"), pdf});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(" is damaged: "), r.err.constData());
        QVERIFY(!QFileInfo::exists(pdf));
        QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--db"), path}).exitCode, 1);
        QCOMPARE(hashOf(path), before);

        MainWindow window;
        const Status refused = window.openWorkspace(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().startsWith(path + QStringLiteral(" is damaged: ")), qPrintable(refused.error()));
        QVERIFY(!window.session().isOpen());
        QCOMPARE(hashOf(path), before);

        // Read-only, on the user's request: what can be read is readable, nothing can be written.
        QVERIFY(window.openWorkspace(path, Database::OpenMode::OpenExisting, Database::Access::ReadOnly));
        QVERIFY(window.session().isReadOnly());
        QCOMPARE(window.windowTitle(), QStringLiteral("damaged.servqa (read-only) — ServQA"));
        const Status write = WorkspaceSettings(*window.session().database()).setOrganisationName(QStringLiteral("Changed"));
        QVERIFY(!write);
        QCOMPARE(write.error(), QStringLiteral("%1 cannot be changed: the file, its folder or its disk is read-only, or ServQA opened it "
                                               "read-only. Nothing was changed. Copy it to a folder you can write to.")
                                    .arg(path));
        // Nor through a connection of its own (a worker's, a dialog's).
        const auto around = Database::openSqlite(path);
        QVERIFY(!around);
        QCOMPARE(around.error(), QStringLiteral("%1 is open read-only (it is damaged): nothing can be changed in it.").arg(path));
        window.session().close();
        QCOMPARE(hashOf(path), before);
    }

    // A workspace of an older ServQA opened read-only (a damaged one, say) is read from an upgraded
    // copy, and what its log holds is in that copy. The copy was of the file alone: the commits
    // still in the log were missing from what the user looked at and exported.
    void aReadOnlyCopyHoldsWhatTheLogHolds()
    {
        const QString path = copyOfDemo(QStringLiteral("older.servqa"));
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db);
            // Schema 46 adds nothing to a file: the one before it reads the same.
            QVERIFY((*db)->exec(QStringLiteral("UPDATE servqa_meta SET value = '45' WHERE key = 'schema_version'")));
        }
        // The older ServQA still has it open, with a store added that is in the log only.
        QSqlDatabase older = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        older.setDatabaseName(path);
        QVERIFY(older.open());
        QSqlQuery q(older);
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sites (code, name, kind) VALUES ('LOG', 'In the log', 'store')")));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        {
            MainWindow window;
            QVERIFY(window.openWorkspace(path, Database::OpenMode::OpenExisting, Database::Access::ReadOnly));
            QVERIFY(window.session().isReadOnly());
            QCOMPARE(scalar(*window.session().database(), QStringLiteral("SELECT COUNT(*) FROM sites WHERE code = 'LOG'")), qint64(1));
        }
        QCOMPARE(storedSchemaVersion(path), 45); // the file itself is not upgraded
        q = QSqlQuery();
        older.close();
        older = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
    }

    // A whole workspace that ServQA itself left is not read again on the next open; one changed
    // behind its back is.
    void onlyAWorkspaceChangedElsewhereIsCheckedAgain()
    {
        const QString path = copyOfDemo(QStringLiteral("known.servqa"));
        QVERIFY(!integrity::knownWhole(path)); // never seen: checked on first use
        QVERIFY(integrity::verify(path));
        QVERIFY(integrity::knownWhole(path));
        damage(path, 1024 * 1024);
        QVERIFY(!integrity::knownWhole(path)); // the bytes changed: checked again, and refused
        const Status s = integrity::verify(path);
        QVERIFY(!s);
        QVERIFY(s.error().startsWith(path + QStringLiteral(" is damaged: ")));
    }

    // The way back: a daily backup put in the damaged workspace's place, the damaged file kept.
    void aBackupRestoresADamagedWorkspace()
    {
        const QString path = copyOfDemo(QStringLiteral("restored.servqa"));
        qint64 interactions = 0;
        QString made;
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db);
            interactions = scalar(**db, QStringLiteral("SELECT COUNT(*) FROM interactions"));
            const auto backup = backups::makeIfDue(**db);
            QVERIFY2(backup, qPrintable(backup.ok() ? QString() : backup.error()));
            QVERIFY(!backup->isEmpty());
            made = *backup;
            const auto again = backups::makeIfDue(**db); // one a day
            QVERIFY(again && again->isEmpty());
        }
        QCOMPARE(backups::of(path).size(), 1);
        QCOMPARE(backups::of(path).first().path, made);
        damage(path, 1024 * 1024);

        MainWindow window(path); // a start: the list is read while the workspace is checked
        QTest::qWait(300);
        QVERIFY(!window.openWorkspace(path));
        QVERIFY(window.restoreFromBackup(path, made));
        QVERIFY(window.session().isOpen());
        // Nothing read from the damaged file is shown: the list is read from the restored one.
        QCOMPARE(window.interactionsPage()->model()->rowCount(), 0);
        QTRY_COMPARE(window.interactionsPage()->model()->rowCount(), InteractionListModel::PageSize);
        QVERIFY(!window.session().isReadOnly());
        QCOMPARE(scalar(*window.session().database(), QStringLiteral("SELECT COUNT(*) FROM interactions")), interactions);
        QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("restored.servqa.damaged-*")}, QDir::Files);
        kept.removeIf([](const QString &name) { return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")); });
        QCOMPARE(kept.size(), 1);
        QVERIFY(!integrity::check(m_dir.filePath(kept.first()))->isEmpty()); // the damaged file, kept as it was
        window.session().close();
        QVERIFY(integrity::check(path)->isEmpty());
    }

    // A restore that cannot move the whole workspace aside (here its log: a folder holds the name
    // it would be kept under) puts back what it moved, so that no committed work is parted from
    // its file, and says so.
    void aRestoreThatCannotMoveTheLogAsideLeavesTheWorkspaceAsItWas()
    {
        const QString path = copyOfDemo(QStringLiteral("logged.servqa"));
        const QString crashed = m_dir.filePath(QStringLiteral("crashed.servqa"));
        QString made;
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db);
            const auto backup = backups::makeIfDue(**db);
            QVERIFY(backup && !backup->isEmpty());
            made = *backup;
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO sites (code, name, kind) VALUES ('LOG1', 'In the log only', 'store')")));
            // As a killed program leaves it: the committed site in the log, not yet in the file.
            for (const char *suffix : {"", "-wal"}) {
                QFile::remove(crashed + QLatin1String(suffix));
                QVERIFY(QFile::copy(path + QLatin1String(suffix), crashed + QLatin1String(suffix)));
            }
        }
        const QDateTime now = QDateTime::currentDateTime();
        for (int s = -2; s <= 30; ++s) {
            const QString blocked = crashed + QStringLiteral(".damaged-") + now.addSecs(s).toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                                    QStringLiteral("-wal");
            QVERIFY(QDir().mkpath(blocked + QStringLiteral("/held")));
        }
        const auto restored = backups::restore(made, crashed);
        QVERIFY(!restored);
        QCOMPARE(restored.error(),
                 QStringLiteral("Cannot move %1 aside to make room for the backup: the workspace is left as it was.").arg(crashed + QStringLiteral("-wal")));
        QVERIFY(QFileInfo(crashed).isFile());
        QVERIFY(QFileInfo(crashed + QStringLiteral("-wal")).isFile());
        QVERIFY(!QFile::exists(crashed + QStringLiteral(".restoring")));
        QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("crashed.servqa.damaged-*")}, QDir::Files);
        QCOMPARE(kept, QStringList());
        auto db = Database::openSqlite(crashed);
        QVERIFY(db);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM sites WHERE code = 'LOG1' AND name = 'In the log only'")), qint64(1));
    }

    // The newest backups are kept, older ones removed.
    void onlyTheNewestBackupsAreKept()
    {
        const QString path = copyOfDemo(QStringLiteral("kept.servqa"));
        auto db = Database::openSqlite(path);
        QVERIFY(db);
        QString newest;
        for (int i = 0; i < 3; ++i) {
            const auto made = backups::makeIfDue(**db, 2, 0);
            QVERIFY2(made, qPrintable(made.ok() ? QString() : made.error()));
            if (!made->isEmpty())
                newest = *made;
            QTest::qWait(1100); // backups are named to the second
        }
        const auto all = backups::of(path);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().path, newest);
    }

    // A backup cut short by a crash leaves its ".part" and journal, as big as the workspace: the next
    // backup removes this workspace's that have not changed for an hour, not one still being
    // written, nor another workspace's.
    void aBackupCutShortIsRemovedByTheNext()
    {
        const QString path = copyOfDemo(QStringLiteral("cut.servqa"));
        auto db = Database::openSqlite(path);
        QVERIFY(db);
        const auto first = backups::makeIfDue(**db, 3, 0);
        QVERIFY(first && !first->isEmpty());
        // "<name>-<8 hex>-" before the stamp
        const QString prefix = QFileInfo(*first).fileName().chopped(QStringLiteral("20261206-070716.servqa").size());
        const QDir folder(backups::folder());
        const auto leave = [&](const QString &name, int ageSeconds) {
            QFile f(folder.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
            QVERIFY(f.flush()); // written before it is dated
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds), QFileDevice::FileModificationTime));
        };
        leave(prefix + QStringLiteral("20200101-000000.servqa.part"), 7200);
        leave(prefix + QStringLiteral("20200101-000000.servqa.part-journal"), 7200);
        leave(prefix + QStringLiteral("20200102-000000.servqa.part"), 60); // still being written
        leave(QStringLiteral("other-0123abcd-20200101-000000.servqa.part"), 7200);
        QTest::qWait(1100); // backups are named to the second
        const auto second = backups::makeIfDue(**db, 3, 0);
        QVERIFY(second && !second->isEmpty());
        QVERIFY(!folder.exists(prefix + QStringLiteral("20200101-000000.servqa.part")));
        QVERIFY(!folder.exists(prefix + QStringLiteral("20200101-000000.servqa.part-journal")));
        QVERIFY(folder.exists(prefix + QStringLiteral("20200102-000000.servqa.part")));
        QVERIFY(folder.exists(QStringLiteral("other-0123abcd-20200101-000000.servqa.part")));
        QCOMPARE(backups::of(path).size(), 2);
        for (const QString &name : QStringList{prefix + QStringLiteral("20200102-000000.servqa.part"), QStringLiteral("other-0123abcd-20200101-000000.servqa.part")})
            QFile::remove(folder.filePath(name));
    }

    // 2. A report is never written over the workspace, however its path is spelled, nor over any
    // other database.
    void aReportNeverOverwritesAWorkspace()
    {
        const QString path = copyOfDemo(QStringLiteral("target.servqa"));
        const QString other = copyOfDemo(QStringLiteral("other.servqa"));
        const QByteArray before = hashOf(path);
        const QString link = m_dir.filePath(QStringLiteral("link.pdf"));
        QFile::remove(link);
        QVERIFY(QFile::link(path, link));
        const QString hard = m_dir.filePath(QStringLiteral("hard.pdf"));
        QFile::remove(hard);
        QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(hard).constData()) == 0);
        const QString dotted = m_dir.path() + QStringLiteral("/./target.servqa");
        for (const QString &out : {path, dotted, link, hard}) {
            const auto r = cli({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--kind"), QStringLiteral("gap"),
                                QStringLiteral("--out"), out});
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(QString::fromUtf8(r.err).trimmed(),
                     QStringLiteral("%1 is the open workspace (or one of its files): writing there would destroy it. Choose another file name.").arg(out));
        }
        const auto r = cli({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--kind"), QStringLiteral("gap"),
                            QStringLiteral("--out"), other});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QString::fromUtf8(r.err).trimmed(),
                 QStringLiteral("%1 is a database (a ServQA workspace, perhaps): ServQA will not write over it. Choose another file name.").arg(other));
        // Nor in the place of another database's log, shared memory or journal, which have no header.
        for (const char *suffix : {"-wal", "-shm", "-journal"}) {
            const QString beside = other + QLatin1String(suffix);
            QFile::remove(beside);
            const auto r = cli({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--kind"), QStringLiteral("gap"),
                                QStringLiteral("--out"), beside});
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(QString::fromUtf8(r.err).trimmed(),
                     QStringLiteral("%1 belongs to the database %2 (a ServQA workspace, perhaps): ServQA will not write there. Choose "
                                    "another file name.")
                         .arg(beside, other));
            QVERIFY(!QFile::exists(beside));
        }
        QCOMPARE(hashOf(path), before);
        QVERIFY(integrity::check(other)->isEmpty());

        // The app's reports go through the same door.
        auto db = Database::openSqlite(path);
        QVERIFY(db);
        GapReportRequest request;
        request.period = {QDate(2026, 3, 1), QDate(2026, 3, 31)};
        const auto pages = writeGapReport(**db, request, dotted, {});
        QVERIFY(!pages);
        QVERIFY(pages.error().contains(QLatin1String("is the open workspace")));
        db->reset();
        QCOMPARE(hashOf(path), before);
    }

    // 3. A report that cannot be written is an error, and the older file stays as it was.
    void aReportThatCannotBeWrittenKeepsTheOldFile()
    {
        auto r = cli({QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--kind"), QStringLiteral("gap"),
                      QStringLiteral("--out"), QStringLiteral("/dev/full")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QString::fromUtf8(r.err).trimmed(),
                 QStringLiteral("/dev/full is not an ordinary file (a device or a pipe, say): ServQA writes only to ordinary files."));
        QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile()); // still the device

        // A disk that fills up (a file-size limit stands in for it): exit 1, the old report intact,
        // no temporary file left behind.
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("gap.pdf"));
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("%PDF-1.4 the good report of last month\n");
        old.close();
        const QByteArray before = hashOf(pdf);
        r = cli({QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--kind"), QStringLiteral("gap"), QStringLiteral("--from"),
                 QStringLiteral("2025-04-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31"), QStringLiteral("--out"), pdf},
                [] {
                    ::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead of killing
                    const rlimit limit{40000, 40000};
                    ::setrlimit(RLIMIT_FSIZE, &limit);
                });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).startsWith(QStringLiteral("Cannot write ") + pdf), r.err.constData());
        QVERIFY(r.err.contains("The file that was there before is unchanged."));
        QCOMPARE(hashOf(pdf), before);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("gap.pdf")});
    }

    // 4. Another application's database is refused without a byte changed (it was switched to WAL).
    void aForeignDatabaseIsLeftAsItWas()
    {
        const QString path = m_dir.filePath(QStringLiteral("shop.db"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO notes VALUES ('milk')")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = hashOf(path);
        QTemporaryDir scratch;
        const auto r = cli({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--kind"), QStringLiteral("sites"), sitesCsv(scratch)});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QString::fromUtf8(r.err).trimmed(), QStringLiteral("%1 is an SQLite database but not a ServQA workspace.").arg(path));
        MainWindow window;
        QVERIFY(!window.openWorkspace(path));
        QCOMPARE(hashOf(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray header = f.read(20);
        QCOMPARE(int(header.at(18)), 1); // file format 1: still a rollback journal, never WAL (2)
    }

    // 5. Only --create (and demo, and File ▸ New) make a workspace: a typo is an error, an empty file
    // is not a workspace, and a refused import into a new workspace leaves nothing behind.
    void aMistypedOrEmptyWorkspaceIsNotCreated()
    {
        QTemporaryDir scratch;
        const QString csv = sitesCsv(scratch);
        const QString typo = scratch.filePath(QStringLiteral("demo.servqq"));
        auto r = cli({QStringLiteral("import"), QStringLiteral("--db"), typo, QStringLiteral("--kind"), QStringLiteral("sites"), csv});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QString::fromUtf8(r.err).trimmed(),
                 QStringLiteral("The workspace %1 does not exist. To make a new workspace, add --create.").arg(typo));
        QVERIFY(!QFileInfo::exists(typo));
        r = cli({QStringLiteral("report"), QStringLiteral("--db"), typo, QStringLiteral("--kind"), QStringLiteral("gap"), QStringLiteral("--out"),
                 scratch.filePath(QStringLiteral("g.pdf"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFileInfo::exists(typo));

        const QString empty = scratch.filePath(QStringLiteral("empty.servqa"));
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        r = cli({QStringLiteral("import"), QStringLiteral("--db"), empty, QStringLiteral("--kind"), QStringLiteral("sites"), csv});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QString::fromUtf8(r.err).trimmed(), QStringLiteral("%1 is empty (0 bytes), so it is not a ServQA workspace.").arg(empty));
        QCOMPARE(QFileInfo(empty).size(), qint64(0));

        const QString fresh = scratch.filePath(QStringLiteral("fresh.servqa"));
        const QString bad = scratch.filePath(QStringLiteral("bad.csv"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("code,name\nX,Y\n");
        b.close();
        r = cli({QStringLiteral("import"), QStringLiteral("--db"), fresh, QStringLiteral("--create"), QStringLiteral("--kind"), QStringLiteral("sites"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFileInfo::exists(fresh));
        QVERIFY(!QFileInfo::exists(fresh + QStringLiteral("-wal")));
        r = cli({QStringLiteral("import"), QStringLiteral("--db"), fresh, QStringLiteral("--create"), QStringLiteral("--kind"), QStringLiteral("sites"), csv});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(storedSchemaVersion(fresh) > 0);
    }

    // A name that SQLite would read as a URI (Debian's SQLite reads names that start with "file:"
    // so) names a file like any other: the workspace is made where it was named. It was made in
    // b.servqa, a file the user never named and no check had looked at.
    void aWorkspaceIsMadeWhereItIsNamed()
    {
        QTemporaryDir scratch;
        const QString csv = sitesCsv(scratch);
        const QString named = QStringLiteral("file:b.servqa?mode=rwc");
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(scratch.path()));
        const auto r = cli({QStringLiteral("import"), QStringLiteral("--db"), named, QStringLiteral("--create"), QStringLiteral("--kind"),
                            QStringLiteral("sites"), csv});
        QVERIFY(QDir::setCurrent(before));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(storedSchemaVersion(scratch.filePath(named)) > 0);
        QVERIFY(!QFileInfo::exists(scratch.filePath(QStringLiteral("b.servqa"))));
    }

    // 6. Reading never needs the write lock, and never rebuilds anything: a gap report while
    // another writer holds the workspace, with the register's sums stale.
    void aReportReadsWhileAnotherWriterHoldsTheWorkspace()
    {
        const QString path = copyOfDemo(QStringLiteral("busy.servqa"));
        auto writer = Database::openSqlite(path);
        QVERIFY(writer);
        QVERIFY((*writer)->exec(QStringLiteral("UPDATE servqa_meta SET value = '' WHERE key IN ('survey_sums', 'promise_rollup')")));
        TransactionGuard holding((*writer)->connection());
        QVERIFY(holding.active());
        QVERIFY((*writer)->exec(QStringLiteral("INSERT INTO sites (code, name, kind) VALUES ('HELD', 'Held', 'store')")));
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("gap.pdf"));
        const auto r = cli({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--kind"), QStringLiteral("gap"),
                            QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                            QStringLiteral("--out"), pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(holding.commit());
        QCOMPARE(scalar(**writer, QStringLiteral("SELECT COUNT(*) FROM servqa_meta WHERE key IN ('survey_sums', 'promise_rollup') AND value = ''")),
                 qint64(2)); // the reader rebuilt nothing
    }

    // 7. A busy workspace: a writer waits for the other to finish, then gives a sentence, not
    // "database is locked … Unable to fetch row".
    void aBusyWorkspaceMakesAWriterWaitThenSaySo()
    {
        const QString path = copyOfDemo(QStringLiteral("locked.servqa"));
        QTemporaryDir scratch;
        const QString csv = sitesCsv(scratch);
        auto holder = Database::openSqlite(path);
        QVERIFY(holder);
        {
            // Held for 1.5 s: the import waits and then goes in.
            auto holding = std::make_unique<TransactionGuard>((*holder)->connection());
            QVERIFY(holding->active());
            QTimer::singleShot(1500, [&] { QVERIFY(holding->commit()); });
            QProcess p;
            p.setProcessEnvironment(test::cliEnvironment());
            p.start(QStringLiteral(SERVQA_CLI), {QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--kind"), QStringLiteral("sites"), csv});
            QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 20000);
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        }
        // Held past the wait: a sentence that says what to do, and nothing written.
        TransactionGuard holding((*holder)->connection());
        QVERIFY(holding.active());
        auto other = Database::openSqlite(path);
        QVERIFY(other);
        ImportOptions options;
        options.kind = ImportKind::Sites;
        const qint64 sites = scalar(**other, QStringLiteral("SELECT COUNT(*) FROM sites"));
        const auto summary = importCsv(**other, csv, options);
        QVERIFY(!summary);
        QCOMPARE(summary.error(), QStringLiteral("%1 is busy: another ServQA window or servqa-cli is writing to it (an import, perhaps). "
                                                 "Nothing was changed; try again when it has finished.")
                                      .arg(path));
        holding.rollback();
        QCOMPARE(scalar(**other, QStringLiteral("SELECT COUNT(*) FROM sites")), sites);
    }

    // 8. Another program on a workspace open here (servqa-cli, a second window) sees what this one
    // commits after it, and nothing of it is lost. Each connection this process opened read the
    // file's first bytes through a descriptor of its own; closing that dropped every lock SQLite
    // held on the workspace here (core/sqlitefile.h), so the other program, closing, took itself
    // for the last user and deleted the log this one went on committing into: unseen by anyone
    // else, and gone when this process ended.
    void anotherProgramSeesWhatThisOneCommitsAfterIt()
    {
        const QString path = copyOfDemo(QStringLiteral("shared.servqa"));
        QTemporaryDir scratch;
        const QString csv = scratch.filePath(QStringLiteral("late.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("external_id,channel,site_code,started_at\nL1,call,LATE,2026-03-05 10:00\n");
        f.close();
        const QStringList import{QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--kind"), QStringLiteral("interactions"), csv};

        auto here = Database::openSqlite(path);
        QVERIFY(here);
        QVERIFY(Database::openSqlite(path)); // a page's worker opens and closes its own, as the window's do
        const auto refused = cli(import); // the other program opens the workspace and closes it
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("there is no site with code \"LATE\""), refused.err.constData());
        QVERIFY((*here)->exec(QStringLiteral("INSERT INTO sites (code, name, kind) VALUES ('LATE', 'Opened late', 'store')")));
        const auto imported = cli(import);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(scalar(**here, QStringLiteral("SELECT COUNT(*) FROM interactions WHERE external_id = 'L1'")), qint64(1));
    }

    void aFolderThatCannotHoldAWorkspaceIsNamed()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
        const QString path = QStringLiteral("/nonexistent-folder/sub/new.servqa");
        const auto db = Database::openSqlite(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(!db);
        QCOMPARE(db.error(), QStringLiteral("Cannot open %1: the file or its folder cannot be read or written here. Check its permissions, "
                                            "whether the disk or share is read-only, and that the folder still exists.")
                                 .arg(path));
        QVERIFY(!Database::openSqlite(m_dir.filePath(QStringLiteral("missing.servqa")))); // no Qt warning either
    }

    // 9. A region, agent or language that does not exist is an error that names it.
    void unknownNamesAreErrors()
    {
        QTemporaryDir out;
        auto r = cli({QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--kind"), QStringLiteral("batch"),
                      QStringLiteral("--region"), QStringLiteral("NoSuchRegion"), QStringLiteral("--out"), out.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).startsWith(QStringLiteral("There is no region \"NoSuchRegion\" in %1 (its regions: ").arg(m_demo)), r.err.constData());
        r = cli({QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--kind"), QStringLiteral("agent"), QStringLiteral("--id"),
                 QStringLiteral("NOBODY"), QStringLiteral("--out"), out.filePath(QStringLiteral("a.pdf"))});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QString::fromUtf8(r.err).trimmed(), QStringLiteral("There is no agent with code or id \"NOBODY\"."));
        r = cli({QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--kind"), QStringLiteral("gap"), QStringLiteral("--lang"),
                 QStringLiteral("fr"), QStringLiteral("--out"), out.filePath(QStringLiteral("g.pdf"))});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QString::fromUtf8(r.err).trimmed(), QStringLiteral("--lang \"fr\": ServQA speaks en (English) and zh_CN (简体中文)."));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files), QStringList());
    }

    // Every command explains itself.
    void everyCommandAnswersHelp()
    {
        for (const char *command : {"score", "import", "demo", "check", "report"}) {
            const auto r = cli({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(QByteArray(QByteArray("servqa-cli ") + command)), r.out.constData());
            QVERIFY2(r.out.contains("--db") || r.out.contains("--form"), r.out.constData());
        }
        // The usage line names the file a command reads, in either language.
        const auto english = cli({QStringLiteral("import"), QStringLiteral("--help")});
        QVERIFY2(english.out.startsWith("Usage: servqa-cli import [options] FILE\n"), english.out.constData());
        const auto chinese = cli({QStringLiteral("import"), QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QVERIFY2(chinese.out.startsWith(QStringLiteral("用法：servqa-cli import [选项] 文件\n").toUtf8()), chinese.out.constData());
    }

    // The damaged workspace's question names the file as it is called, never as markup: a folder
    // named like HTML is shown as typed, in the question and in its explanation.
    void theDamageQuestionShowsTheFileNameAsTyped()
    {
        const QString path = QStringLiteral("/tmp/<b>bold</b>/w.servqa");
        QStringList texts;
        QList<Qt::TextFormat> formats;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return; // nothing is recorded, and the test fails below
            for (QLabel *label : box->findChildren<QLabel *>()) {
                if (label->text().isEmpty())
                    continue; // the icon
                texts << label->text();
                formats << label->textFormat();
            }
            box->reject();
        });
        QString backup;
        QCOMPARE(WorkspaceOpener::askAboutDamage(nullptr, path, {QStringLiteral("page 3")}, backup), WorkspaceOpener::Choice::Cancel);
        QCOMPARE(texts.size(), 2);
        QCOMPARE(texts.first(), path + QStringLiteral(" is damaged. ServQA will not write to it, so the damage cannot spread."));
        QCOMPARE(formats, (QList<Qt::TextFormat>{Qt::PlainText, Qt::PlainText}));
    }
};

QTEST_MAIN(TestWorkspaceSafety)
#include "tst_workspacesafety.moc"
