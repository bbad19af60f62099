#include "workspaceopener.h"

#include "backups.h"
#include "busywork.h"
#include "database.h"
#include "formatting.h"
#include "integrity.h"
#include "migrations.h"
#include "plaintext.h"
#include "sqlitefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace servqa {

WorkspaceOpener::Prepared WorkspaceOpener::prepare(QWidget *parent, const QString &path)
{
    Prepared prepared;
    const int stored = storedSchemaVersion(path);
    if (stored <= 0)
        return prepared; // not a workspace: opening it says why, without writing to it
    const bool check = !integrity::knownWhole(path);
    const bool upgrade = stored < latestSchemaVersion();
    // A demo stopped before its end leaves its search index (and the lists' sorting indexes) to be
    // finished by this open: on
    // the worker thread too, with a dialog saying so, rather than a window that does not answer
    // for a minute or two.
    const bool finishIndex = searchIndexLeftUnfinished(path);
    if (!check && !upgrade && !finishIndex)
        return prepared;
    const QString name = QFileInfo(path).fileName();
    // The check comes first: an upgrade writes, and nothing is written into a damaged file.
    const QString label = upgrade ? tr("Checking %1 and upgrading it for this version of ServQA. Its sums and search index are "
                                       "made once; on millions of rows this takes a few minutes…")
                                        .arg(name)
                          : check && finishIndex
                              ? tr("Checking %1 for damage, then finishing its indexes: the demo that made it was stopped "
                                   "before its end. On a million interactions this takes a minute or two…")
                                    .arg(name)
                          : check ? tr("Checking %1 for damage (it was changed outside ServQA, or ServQA did not close it)…").arg(name)
                                  : tr("Finishing the indexes of %1: the demo that made it was stopped before its end. On a "
                                       "million interactions this takes a minute or two…")
                                        .arg(name);
    runWhileBusy(parent, label, [&] {
        if (check) {
            const auto problems = integrity::check(path);
            if (!problems) {
                prepared.error = problems.error();
                return;
            }
            if (!problems->isEmpty()) {
                integrity::forget(path);
                prepared.damage = *problems;
                return;
            }
            integrity::rememberWhole(path);
        }
        if (upgrade || finishIndex) {
            if (const auto db = Database::openSqlite(path, Database::OpenMode::OpenExisting); !db)
                prepared.error = db.error();
        }
    });
    return prepared;
}

WorkspaceOpener::Choice WorkspaceOpener::askAboutDamage(QWidget *parent, const QString &path, const QStringList &problems,
                                                        QString &backup)
{
    const auto found = backups::of(path);
    QMessageBox box(QMessageBox::Warning, tr("Damaged workspace"),
                    tr("%1 is damaged. ServQA will not write to it, so the damage cannot spread.").arg(path), QMessageBox::NoButton,
                    parent);
    box.setInformativeText(found.isEmpty() ? tr("Open it read-only to look at and export what can still be read. There is no "
                                                "backup of it on this computer.")
                                           : tr("Open it read-only to look at and export what can still be read, or put a "
                                                "backup in its place (the newest is from %1; the damaged file is kept beside it).")
                                                 .arg(formatDateTime(found.first().madeAt)));
    QStringList shown = problems.mid(0, 10);
    if (problems.size() > 10)
        shown << tr("…and more.");
    box.setDetailedText(shown.join(QLatin1Char('\n')));
    QPushButton *readOnly = box.addButton(tr("Open Read-&Only"), QMessageBox::AcceptRole);
    QPushButton *restore = box.addButton(tr("&Restore from Backup…"), QMessageBox::ActionRole);
    restore->setEnabled(!found.isEmpty());
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    plain::plainTexts(box); // the file's name as it is called
    box.exec();
    if (box.clickedButton() == readOnly)
        return Choice::ReadOnly;
    if (box.clickedButton() == restore) {
        backup = chooseBackup(parent, path);
        return backup.isEmpty() ? Choice::Cancel : Choice::Restore;
    }
    return Choice::Cancel;
}

QString WorkspaceOpener::chooseBackup(QWidget *parent, const QString &workspacePath)
{
    const auto found = backups::of(workspacePath);
    if (found.isEmpty()) {
        plain::information(parent, tr("Restore from Backup"),
                           tr("There is no backup of %1 on this computer. ServQA makes one a day of each workspace it "
                              "opens, in %2.")
                               .arg(QFileInfo(workspacePath).fileName(), backups::folder()));
        return QString();
    }
    QStringList items;
    for (const backups::Backup &b : found)
        items << tr("%1 (%2)").arg(QLocale().toString(b.madeAt, QLocale::LongFormat), QLocale().formattedDataSize(b.bytes));
    bool ok = false;
    const QString item = plain::getItem(parent, tr("Restore from Backup"),
                                               tr("Put this backup in the place of %1 (the file there now is kept beside it, "
                                                  "renamed):")
                                                   .arg(QFileInfo(workspacePath).fileName()),
                                               items, 0, false, &ok);
    if (!ok)
        return QString();
    return found.at(int(items.indexOf(item))).path;
}

Result<QString> WorkspaceOpener::upgradedCopy(QWidget *parent, const QString &path)
{
    const int stored = storedSchemaVersion(path);
    if (stored <= 0 || stored >= latestSchemaVersion())
        return path; // of this version (or not a workspace: opening it says why)
    const QString key = QString::fromLatin1(QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("read-only/") + key);
    const QString copy = QDir(folder).filePath(QFileInfo(path).fileName());
    QString error;
    runWhileBusy(parent, tr("Upgrading a copy of %1 to read it; the file itself is not changed…").arg(QFileInfo(path).fileName()), [&] {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(copy + QLatin1String(suffix));
        // Through SQLite: what the workspace's log holds is copied too (core/sqlitefile.h).
        if (!QDir().mkpath(folder) || !copySqliteFile(path, copy)) {
            error = tr("Cannot copy %1 to %2 to read it.").arg(path, folder);
            return;
        }
        if (const auto db = Database::openSqlite(copy); !db)
            error = tr("%1 cannot be read: it is of an older version, and upgrading a copy of it failed (%2).").arg(path, db.error());
    });
    if (!error.isEmpty())
        return Error{error};
    return copy;
}

void WorkspaceOpener::checkNow(QWidget *parent, const QString &path)
{
    Result<QStringList> problems = QStringList();
    runWhileBusy(parent, tr("Reading every page of %1…").arg(QFileInfo(path).fileName()), [&] { problems = integrity::check(path); });
    if (!problems) {
        plain::warning(parent, tr("Check for Damage"), problems.error());
    } else if (problems->isEmpty()) {
        plain::information(parent, tr("Check for Damage"), tr("%1 is whole: every page and record was read and checked.").arg(path));
    } else {
        integrity::forget(path);
        plain::warning(parent, tr("Check for Damage"), integrity::damagedMessage(path, *problems));
    }
}

} // namespace servqa
