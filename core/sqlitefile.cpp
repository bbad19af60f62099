#include "sqlitefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstring>

namespace servqa {

namespace {

// Sentences for the user, translated in the "SqliteFile" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)
};

// Whether a journal or log left beside a database is SQLite's: empty, or starting with its mark
// (a rollback journal's, a write-ahead log's either byte order, or a journal whose header was
// zeroed at commit). Read with a descriptor of our own: these files carry no lock of SQLite's.
bool looksLikeSqliteSidecar(const QString &path, bool writeAheadLog)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(28);
    if (head.isEmpty())
        return file.size() == 0;
    if (writeAheadLog)
        return head.startsWith(QByteArray::fromHex("377f0682")) || head.startsWith(QByteArray::fromHex("377f0683"));
    return head.startsWith(QByteArray::fromHex("d9d505f920a163d7")) || head.count('\0') == head.size();
}

} // namespace

bool hasSqliteHeader(const QString &path)
{
    // Read-only, and no statement: nothing is written, no log or shared memory is opened, and the
    // file is opened (and closed) by SQLite, which shares one descriptor per file among its
    // connections in this process and keeps it while any of them holds a lock.
    const QByteArray name = QFile::encodeName(sqliteFileName(path));
    sqlite3 *db = nullptr;
    bool isSqlite = false;
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_file *file = nullptr;
        char header[16];
        isSqlite = sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) == SQLITE_OK && file && file->pMethods
                   && file->pMethods->xRead(file, header, sizeof header, 0) == SQLITE_OK
                   && std::memcmp(header, "SQLite format 3", sizeof header) == 0; // its 16 bytes end in '\0'
    }
    sqlite3_close(db); // a failed open leaves a handle to close too
    return isSqlite;
}

QString sqliteFileName(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

bool copySqliteFile(const QString &from, const QString &to)
{
    if (QFileInfo::exists(to))
        return false;
    sqlite3 *source = nullptr, *target = nullptr;
    bool copied = false;
    if (sqlite3_open_v2(QFile::encodeName(sqliteFileName(from)).constData(), &source, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_open_v2(QFile::encodeName(sqliteFileName(to)).constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                           nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(source, 5000); // a writer elsewhere may hold the log a moment
        if (sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main")) {
            const int stepped = sqlite3_backup_step(backup, -1); // every page, in one read transaction
            copied = sqlite3_backup_finish(backup) == SQLITE_OK && stepped == SQLITE_DONE;
        }
    }
    sqlite3_close(target);
    sqlite3_close(source);
    if (!copied)
        QFile::remove(to);
    return copied;
}

Status removeUnfinishedDatabase(const QString &path)
{
    const QFileInfo main(path);
    const QString journal = path + QStringLiteral("-journal"), log = path + QStringLiteral("-wal"), shared = path + QStringLiteral("-shm");
    const auto notOurs = [](const QString &file) {
        return Error{Text::tr("%1 is in the way: ServQA writes there for a moment and removes only what it left itself. This is not "
                              "such a file; move it or rename it, and try again.")
                         .arg(file)};
    };
    if ((main.exists() || main.isSymLink()) && (main.isSymLink() || !main.isFile() || (main.size() > 0 && !hasSqliteHeader(path))))
        return notOurs(path);
    for (const auto &[sidecar, isLog] : {std::pair{journal, false}, std::pair{log, true}}) {
        const QFileInfo info(sidecar);
        if ((info.exists() || info.isSymLink()) && (info.isSymLink() || !info.isFile() || !looksLikeSqliteSidecar(sidecar, isLog)))
            return notOurs(sidecar);
    }
    const QFileInfo sharedInfo(shared); // no mark of its own: SQLite's is made of 32 KiB pieces
    if ((sharedInfo.exists() || sharedInfo.isSymLink()) && (sharedInfo.isSymLink() || !sharedInfo.isFile() || sharedInfo.size() % 32768 != 0))
        return notOurs(shared);
    for (const QString &file : {path, journal, log, shared}) {
        if (QFileInfo::exists(file) && !QFile::remove(file))
            return Error{Text::tr("%1 was left by an earlier attempt and cannot be removed.").arg(file)};
    }
    return success();
}

} // namespace servqa
