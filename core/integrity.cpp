#include "integrity.h"

#include "database.h"
#include "sqlitefile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sys/stat.h>

namespace servqa {
namespace integrity {

QString fingerprint(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return QString();
    return QStringLiteral("%1:%2:%3:%4.%5:%6.%7")
        .arg(st.st_dev)
        .arg(st.st_ino)
        .arg(st.st_size)
        .arg(st.st_mtim.tv_sec)
        .arg(st.st_mtim.tv_nsec)
        .arg(st.st_ctim.tv_sec)
        .arg(st.st_ctim.tv_nsec);
}

namespace {

// The record of files known whole, kept per computer user beside ServQA's other data.
QString recordPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(folder.isEmpty() ? QDir::tempPath() : folder).filePath(QStringLiteral("known-whole.ini"));
}

QString recordKey(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return QString::fromLatin1(QCryptographicHash::hash((canonical.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonical).toUtf8(),
                                                        QCryptographicHash::Sha1)
                                   .toHex());
}

QString connectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("servqa-check-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Result<QStringList> check(const QString &path, Depth depth, int limit)
{
    const QString name = connectionName();
    Result<QStringList> found = QStringList();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqliteFileName(path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            found = Error{describeSqlError(db.lastError(), path)};
        } else {
            QSqlQuery q(db);
            const QString pragma = depth == Depth::Quick ? QStringLiteral("PRAGMA quick_check(%1)") : QStringLiteral("PRAGMA integrity_check(%1)");
            if (!q.exec(pragma.arg(qMax(1, limit)))) {
                // Damage that stops the check itself (the first page, the schema) is damage too.
                const QSqlError e = q.lastError();
                const int code = e.nativeErrorCode().toInt() & 0xff;
                if (code == 11 || code == 26) // SQLITE_CORRUPT, SQLITE_NOTADB
                    found = QStringList{e.databaseText()};
                else
                    found = Error{describeSqlError(e, path)};
            } else {
                QStringList problems;
                while (q.next()) {
                    // One finding may span lines, and SQLite heads them "*** in database main ***".
                    const QStringList lines = q.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                    for (const QString &line : lines) {
                        if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***")))
                            problems << line.trimmed();
                    }
                }
                if (q.lastError().isValid() && problems.isEmpty())
                    problems << q.lastError().databaseText();
                found = problems;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

bool knownWhole(const QString &path)
{
    const QString now = fingerprint(path);
    if (now.isEmpty())
        return false;
    QSettings record(recordPath(), QSettings::IniFormat);
    return record.value(QStringLiteral("whole/") + recordKey(path)).toString() == now;
}

void rememberWhole(const QString &path)
{
    const QString now = fingerprint(path);
    if (now.isEmpty())
        return;
    QSettings record(recordPath(), QSettings::IniFormat);
    record.setValue(QStringLiteral("whole/") + recordKey(path), now);
}

void forget(const QString &path)
{
    QSettings record(recordPath(), QSettings::IniFormat);
    record.remove(QStringLiteral("whole/") + recordKey(path));
}

QString damagedMessage(const QString &path, const QStringList &problems)
{
    QStringList shown = problems.mid(0, 3);
    const int more = int(problems.size()) - 3;
    if (more > 0)
        shown << QCoreApplication::translate("Integrity", "and %n more", nullptr, more);
    return QCoreApplication::translate("Integrity", "%1 is damaged: %2. ServQA does not write to a damaged workspace or report "
                                                    "from it. Open it in ServQA read-only to copy out what can still be read, or "
                                                    "restore it from a backup (File ▸ Restore from Backup…).")
        .arg(path, shown.join(QStringLiteral("; ")));
}

Status verify(const QString &path)
{
    if (knownWhole(path))
        return success();
    const auto problems = check(path);
    if (!problems)
        return Error{problems.error()};
    if (!problems->isEmpty()) {
        forget(path);
        return Error{damagedMessage(path, *problems)};
    }
    rememberWhole(path);
    return success();
}

} // namespace integrity
} // namespace servqa
