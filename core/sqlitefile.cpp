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

} // namespace servqa
