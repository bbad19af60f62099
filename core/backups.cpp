#include "backups.h"

#include "database.h"
#include "integrity.h"
#include "sqlitefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

namespace servqa {
namespace backups {

namespace {

constexpr auto StampFormat = "yyyyMMdd-HHmmss";

// "<name>-<8 hex of the workspace's full path>-": two workspaces called demo.servqa in different
// folders keep their backups apart.
QString prefixOf(const QString &workspacePath)
{
    const QFileInfo info(workspacePath);
    const QString canonical = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QString key = QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    return info.completeBaseName() + QLatin1Char('-') + key + QLatin1Char('-');
}

// Sentences for the user, translated in the "Backups" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

} // namespace

QString folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

QVector<Backup> of(const QString &workspacePath)
{
    const QString prefix = prefixOf(workspacePath);
    const QRegularExpression stamp(QStringLiteral("^%1(\\d{8}-\\d{6})\\.servqa$").arg(QRegularExpression::escape(prefix)));
    QVector<Backup> found;
    const QFileInfoList files = QDir(folder()).entryInfoList({prefix + QStringLiteral("*.servqa")}, QDir::Files);
    for (const QFileInfo &f : files) {
        const auto match = stamp.match(f.fileName());
        if (!match.hasMatch())
            continue;
        const QDateTime at = QDateTime::fromString(match.captured(1), QLatin1String(StampFormat));
        if (at.isValid())
            found.push_back({f.absoluteFilePath(), at, f.size()});
    }
    std::sort(found.begin(), found.end(), [](const Backup &a, const Backup &b) { return a.madeAt > b.madeAt; });
    return found;
}

Status make(Database &db, const QString &target)
{
    if (QFileInfo::exists(target))
        return Error{Text::tr("%1 exists already: a backup never replaces a file.").arg(target)};
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error{Text::tr("Cannot make the folder %1 for the backup.").arg(QFileInfo(target).absolutePath())};
    // Written under a temporary name and renamed only when complete and readable.
    const QString part = target + QStringLiteral(".part");
    if (const Status s = removeUnfinishedDatabase(part); !s)
        return s;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(part);
    if (!q.exec()) {
        const QString why = describeSqlError(q.lastError(), target);
        QFile::remove(part);
        return Error{Text::tr("The backup of %1 could not be written: %2").arg(db.path(), why)};
    }
    q.finish();
    if (const auto problems = integrity::check(part); !problems || !problems->isEmpty()) {
        QFile::remove(part);
        return Error{Text::tr("The backup of %1 could not be read back whole; it was not kept.").arg(db.path())};
    }
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        return Error{Text::tr("The backup %1 could not be given its name.").arg(target)};
    }
    integrity::rememberWhole(target);
    return success();
}

namespace {

// A backup cut short by a crash or a kill leaves its ".part" (and SQLite's journal of it): as big as
// the workspace, and named for a moment that will not come again, so no later backup removes it.
// Those of this workspace not written to for an hour are removed before the next; one being
// written (by another ServQA on the same workspace) changes every moment.
void removeLeftovers(const QString &workspacePath)
{
    const QString prefix = prefixOf(workspacePath);
    const QRegularExpression leftover(
        QStringLiteral("^%1\\d{8}-\\d{6}\\.servqa\\.part(-journal)?$").arg(QRegularExpression::escape(prefix)));
    const QDateTime stale = QDateTime::currentDateTime().addSecs(-3600);
    const QFileInfoList files = QDir(folder()).entryInfoList({prefix + QStringLiteral("*.servqa.part*")}, QDir::Files);
    for (const QFileInfo &f : files) {
        if (leftover.match(f.fileName()).hasMatch() && f.lastModified() < stale)
            QFile::remove(f.absoluteFilePath());
    }
}

} // namespace

Result<QString> makeIfDue(Database &db, int keep, int minAgeHours)
{
    removeLeftovers(db.path());
    const QVector<Backup> existing = of(db.path());
    const QDateTime now = QDateTime::currentDateTime();
    if (!existing.isEmpty() && existing.first().madeAt.secsTo(now) < qint64(minAgeHours) * 3600)
        return QString();
    const QString target = QDir(folder()).filePath(prefixOf(db.path()) + now.toString(QLatin1String(StampFormat)) + QStringLiteral(".servqa"));
    if (const Status s = make(db, target); !s)
        return Error{s.error()};
    const QVector<Backup> all = of(db.path());
    for (int i = qMax(1, keep); i < all.size(); ++i) {
        QFile::remove(all[i].path);
        integrity::forget(all[i].path);
    }
    return target;
}

Result<QString> restore(const QString &backupPath, const QString &workspacePath)
{
    // The backup must be a whole workspace before anything is moved.
    if (storedSchemaVersion(backupPath) <= 0)
        return Error{Text::tr("%1 is not a ServQA workspace backup.").arg(backupPath)};
    const auto problems = integrity::check(backupPath);
    if (!problems)
        return Error{problems.error()};
    if (!problems->isEmpty())
        return Error{integrity::damagedMessage(backupPath, *problems)};

    // The copy is made beside the workspace first, so the rename at the end is all or nothing.
    const QString incoming = workspacePath + QStringLiteral(".restoring");
    if (const Status s = removeUnfinishedDatabase(incoming); !s)
        return Error{s.error()};
    if (!QFile::copy(backupPath, incoming)) {
        QFile::remove(incoming);
        return Error{Text::tr("Cannot copy %1 to %2 (is the disk full or read-only?).").arg(backupPath, QFileInfo(incoming).absolutePath())};
    }

    // The workspace and its log and shared memory are moved aside together: should one of them not
    // move, or the backup not go in their place, those moved go back, so that no committed work is
    // parted from its file.
    QString keptAs;
    QStringList moved;
    const auto putBack = [&] {
        for (auto suffix = moved.crbegin(); suffix != moved.crend(); ++suffix)
            QFile::rename(keptAs + *suffix, workspacePath + *suffix);
        QFile::remove(incoming);
    };
    if (QFileInfo::exists(workspacePath)) {
        keptAs = workspacePath + QStringLiteral(".damaged-") + QDateTime::currentDateTime().toString(QLatin1String(StampFormat));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QString from = workspacePath + suffix;
            if (!QFileInfo::exists(from))
                continue;
            if (!QFile::rename(from, keptAs + suffix)) {
                putBack();
                return Error{Text::tr("Cannot move %1 aside to make room for the backup: the workspace is left as it was.").arg(from)};
            }
            moved << suffix;
        }
    }
    if (!QFile::rename(incoming, workspacePath)) {
        putBack();
        return Error{Text::tr("Cannot put the backup in place of %1: the workspace is left as it was.").arg(workspacePath)};
    }
    if (!keptAs.isEmpty())
        integrity::forget(workspacePath);
    integrity::rememberWhole(workspacePath);
    return keptAs;
}

} // namespace backups
} // namespace servqa
