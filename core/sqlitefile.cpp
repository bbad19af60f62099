#include "sqlitefile.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstring>

namespace servqa {

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

} // namespace servqa
