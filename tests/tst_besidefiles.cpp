// Files ServQA writes beside a user's for a moment, and the workspace a job opens on its own
// connection: what is there and not ServQA's is never removed or replaced, and a workspace that
// has gone is not made anew.

#include "backgroundjob.h"
#include "backups.h"
#include "database.h"
#include "integrity.h"
#include "sqlitefile.h"
#include "testsupport.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace servqa;

class TestBesideFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QStringLiteral("en"));
    }

    // A backup is written as "<name>.part" and a restore copies in as "<workspace>.restoring". A
    // file of the user's under either name is not removed to make room; what a write of ServQA's
    // cut short left there (a database and its journal) is.
    void aFileInTheWayOfABackupOrRestoreIsKept()
    {
        test::Workspace ws;
        const QString path = ws.path;
        const QString target = ws.dir.filePath(QStringLiteral("mine.servqa"));
        const QString part = target + QStringLiteral(".part");
        const auto write = [](const QString &name, const QByteArray &bytes) {
            QFile f(name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(bytes), bytes.size());
        };
        const auto read = [](const QString &name) {
            QFile f(name);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const auto inTheWay = [](const QString &name) -> QString {
            return name + QStringLiteral(" is in the way: ServQA writes there for a moment and removes only what it left itself. This is "
                                         "not such a file; move it or rename it, and try again.");
        };
        write(part, "my notes");
        {
            Database &db = *ws.db;
            const Status refused = backups::make(db, target);
            QVERIFY(!refused);
            QCOMPARE(refused.error(), inTheWay(part));
            QCOMPARE(read(part), QByteArray("my notes"));
            QVERIFY(!QFile::exists(target));
            // A journal that is not SQLite's beside a database is somebody's too.
            QVERIFY(QFile::remove(part));
            QVERIFY(copySqliteFile(path, part));
            write(part + QStringLiteral("-journal"), "not a journal");
            QCOMPARE(backups::make(db, target).error(), inTheWay(part + QStringLiteral("-journal")));
            QCOMPARE(read(part + QStringLiteral("-journal")), QByteArray("not a journal"));
            // What a backup killed midway leaves: the database and a journal with SQLite's mark.
            write(part + QStringLiteral("-journal"), QByteArray::fromHex("d9d505f920a163d7") + QByteArray(500, 'j'));
            const Status made = backups::make(db, target);
            QVERIFY2(made, qPrintable(made ? QString() : made.error()));
            QVERIFY(!QFile::exists(part));
            QVERIFY(!QFile::exists(part + QStringLiteral("-journal")));
            QVERIFY(integrity::check(target)->isEmpty());
        }
        ws.db.reset(); // the window's workspace closed before a restore
        const QString incoming = path + QStringLiteral(".restoring");
        write(incoming, "my notes");
        const auto restored = backups::restore(target, path);
        QVERIFY(!restored);
        QCOMPARE(restored.error(), inTheWay(incoming));
        QCOMPARE(read(incoming), QByteArray("my notes"));
        QVERIFY(integrity::check(path)->isEmpty()); // the workspace not moved aside
        QVERIFY(QDir(ws.dir.path()).entryList({QFileInfo(path).fileName() + QStringLiteral(".damaged-*")}).isEmpty());
        QVERIFY(QFile::remove(incoming));
        QVERIFY(backups::restore(target, path));
    }

    // A job (an import, a rule set's trial, the alerts' check) opens the workspace the window has
    // open on a connection of its own. If the file has gone meanwhile (moved or renamed), the job
    // says so and makes no new, empty workspace in its place to write into.
    void aJobWhoseWorkspaceHasGoneMakesNoNewOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone.servqa"));
        BackgroundJob job(path, [](Database &, const BackgroundJob::ProgressFn &) -> Result<QString> { return QStringLiteral("ran"); });
        QSignalSpy failed(&job, &BackgroundJob::failed), succeeded(&job, &BackgroundJob::succeeded);
        job.start();
        QVERIFY(job.wait(10000));
        QCOMPARE(succeeded.count(), 0);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("The workspace %1 does not exist.").arg(path));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestBesideFiles)
#include "tst_besidefiles.moc"
