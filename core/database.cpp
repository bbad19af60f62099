#include "database.h"

#include "integrity.h"
#include "interactionindex.h"
#include "listindexes.h"
#include "migrations.h"
#include "serveraccounts.h"
#include "sqlitefile.h"
#include "textsearch.h"
#include "transactionguard.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QWaitCondition>

#include <atomic>
#include <optional>

#include <sys/stat.h>

#include <sqlite3.h>

namespace servqa {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("servqa-%1").arg(counter.fetchAndAddRelaxed(1));
}

constexpr auto MetaAppKey = "application";
constexpr auto MetaAppValue = "servqa";
constexpr auto MetaVersionKey = "schema_version";
// Left committed by a demo stopped while its text index was built beside it (core/interactionindex.h),
// or while the lists' sorting indexes were put aside (core/listindexes.h).
constexpr auto MetaIndexNoteKey = "interactions_search_after";
constexpr auto MetaListIndexesKey = "list_indexes_aside";

// SQLite's primary result codes (sqlite3.h), as QSQLITE reports them in nativeErrorCode().
enum SqliteCode {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADb = 26,
};

QString databaseWords(const QSqlError &error)
{
    // QSqlError::text() appends Qt's own words ("Unable to fetch row"); the user needs SQLite's.
    const QString words = error.databaseText().trimmed();
    return words.isEmpty() ? error.driverText().trimmed() : words;
}

// Sentences for the user, translated in the "Database" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// What a read-only look at a file found: the workspace format it was written with and whether
// its text index was left unfinished, or why it is not a workspace this build can open.
struct Look
{
    int version = 0;
    bool indexUnfinished = false;
};

// The look itself. Nothing is written to the file.
Result<Look> lookAtFile(const QString &path)
{
    const QString name = uniqueConnectionName();
    Result<Look> found = Look();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqliteFileName(path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            found = Error{describeSqlError(db.lastError(), path)};
        } else {
            QSqlQuery tables(db);
            bool hasMeta = false;
            bool hasOtherTables = false;
            if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
                found = Error{describeSqlError(tables.lastError(), path)};
            } else {
                while (tables.next()) {
                    if (tables.value(0).toString() == QLatin1String("servqa_meta"))
                        hasMeta = true;
                    else
                        hasOtherTables = true;
                }
                if (tables.lastError().isValid())
                    found = Error{describeSqlError(tables.lastError(), path)};
            }
            if (found && !hasMeta) {
                found = Error{hasOtherTables ? Text::tr("%1 is an SQLite database but not a ServQA workspace.").arg(path)
                                             : Text::tr("%1 is an empty SQLite database, not a ServQA workspace.").arg(path)};
            } else if (found) {
                QSqlQuery meta(db);
                meta.prepare(QStringLiteral("SELECT key, value FROM servqa_meta WHERE key IN (?, ?, ?, ?)"));
                meta.addBindValue(QLatin1String(MetaAppKey));
                meta.addBindValue(QLatin1String(MetaVersionKey));
                meta.addBindValue(QLatin1String(MetaIndexNoteKey));
                meta.addBindValue(QLatin1String(MetaListIndexesKey));
                QString app;
                int version = 0;
                bool indexUnfinished = false;
                if (!meta.exec()) {
                    found = Error{describeSqlError(meta.lastError(), path)};
                } else {
                    while (meta.next()) {
                        const QString key = meta.value(0).toString();
                        if (key == QLatin1String(MetaAppKey))
                            app = meta.value(1).toString();
                        else if (key == QLatin1String(MetaVersionKey))
                            version = meta.value(1).toInt();
                        else
                            indexUnfinished = true;
                    }
                    if (app != QLatin1String(MetaAppValue) || version < 1)
                        found = Error{Text::tr("%1 is an SQLite database but not a ServQA workspace.").arg(path)};
                    else if (version > latestSchemaVersion())
                        found = Error{Text::tr("%1 was saved by a newer version of ServQA (workspace format %2; this "
                                         "version reads up to %3). Update ServQA to open it.")
                                          .arg(path)
                                          .arg(version)
                                          .arg(latestSchemaVersion())};
                    else
                        found = Look{version, indexUnfinished};
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

// A file as it stands (integrity::fingerprint()), and its write-ahead log if that holds anything
// (an empty log, made by any connection that opens the file, adds nothing): the log's size, last
// change and header (new salts when a writer starts the log again from its top).
struct FileState
{
    QString file;
    off_t logSize = 0;
    timespec logModified{};
    QByteArray logHeader;

    static FileState of(const QString &path)
    {
        FileState state;
        state.file = integrity::fingerprint(path);
        const QString log = path + QStringLiteral("-wal");
        struct stat st {};
        if (!state.file.isEmpty() && ::stat(QFile::encodeName(log).constData(), &st) == 0 && st.st_size > 0) {
            state.logSize = st.st_size;
            state.logModified = st.st_mtim;
            QFile file(log);
            if (file.open(QIODevice::ReadOnly))
                state.logHeader = file.read(32);
        }
        return state;
    }
    bool operator==(const FileState &o) const
    {
        return file == o.file && logSize == o.logSize && logModified.tv_sec == o.logModified.tv_sec
               && logModified.tv_nsec == o.logModified.tv_nsec && logHeader == o.logHeader;
    }
};

// The last look, kept for a moment while the file stays as it was: a start looks at the
// workspace ahead, on a worker thread beside the window being built (lookAheadAt()), and the
// opener's check, the window's connection and the list's reader, all within the next tenth of a
// second, find the answer instead of reading the schema again. Later opens look again.
constexpr qint64 LookKeptMs = 2000;
QMutex lookMutex;
QWaitCondition lookDone;
QSet<QString> looking; // paths being looked at now, by any thread
struct LastLook
{
    QString path;
    FileState state;
    QDeadlineTimer kept;
    Result<Look> found = Look();
};
std::optional<LastLook> lastLook;

Result<Look> probeWorkspace(const QString &path)
{
    const FileState before = FileState::of(path);
    QMutexLocker lock(&lookMutex);
    while (looking.contains(path))
        lookDone.wait(&lookMutex);
    if (lastLook && lastLook->path == path && lastLook->state == before && !before.file.isEmpty() && !lastLook->kept.hasExpired())
        return lastLook->found;
    looking.insert(path);
    lock.unlock();
    Result<Look> found = lookAtFile(path);
    const FileState after = FileState::of(path);
    lock.relock();
    looking.remove(path);
    if (after == before && found) // a file that could not be read is looked at again
        lastLook = LastLook{path, before, QDeadlineTimer(LookKeptMs), found};
    lookDone.wakeAll();
    return found;
}

// The files this process has open read-only (Database::keepReadOnly), by canonical path.
QMutex readOnlyMutex;
QSet<QString> &readOnlyFiles()
{
    static QSet<QString> files;
    return files;
}

QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QFileInfo(path).absoluteFilePath() : c;
}

} // namespace

void Database::keepReadOnly(const QString &path, bool on)
{
    const QMutexLocker lock(&readOnlyMutex);
    if (on)
        readOnlyFiles().insert(canonical(path));
    else
        readOnlyFiles().remove(canonical(path));
}

QString describeSqlError(const QSqlError &error, const QString &path, bool sqlite)
{
    const QString words = databaseWords(error);
    if (!sqlite)
        return Text::tr("Database error in %1: %2").arg(path, words);
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff; // the primary code of an extended one
    if (!numeric)
        return Text::tr("Database error in %1: %2").arg(path, words);
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return Text::tr("%1 is busy: another ServQA window or servqa-cli is writing to it (an import, perhaps). Nothing was "
                  "changed; try again when it has finished.")
            .arg(path);
    case SqliteReadOnly:
        return Text::tr("%1 cannot be changed: the file, its folder or its disk is read-only, or ServQA opened it read-only. "
                  "Nothing was changed. Copy it to a folder you can write to.")
            .arg(path);
    case SqlitePerm:
    case SqliteCantOpen:
        return Text::tr("Cannot open %1: the file or its folder cannot be read or written here. Check its permissions, "
                  "whether the disk or share is read-only, and that the folder still exists.")
            .arg(path);
    case SqliteCorrupt:
    case SqliteNotADb:
        return Text::tr("%1 is damaged or is not a ServQA workspace (%2). ServQA does not write to it: open it read-only to copy "
                  "out what can still be read, or restore it from a backup.")
            .arg(path, words);
    case SqliteFull:
        return Text::tr("The disk holding %1 is full: nothing was saved. Free some space and try again.").arg(path);
    case SqliteIoErr:
        return Text::tr("Reading or writing %1 failed (%2): a disk or network error. Nothing was saved; check the disk and "
                  "try again.")
            .arg(path, words);
    default:
        return Text::tr("Database error in %1: %2").arg(path, words);
    }
}

Database::Database(QSqlDatabase db, SqlDialect dialect, QString path, Access access)
    : m_db(std::move(db)), m_dialect(dialect), m_path(std::move(path)),
      m_connectionName(m_db.connectionName()), m_access(access)
{
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, OpenMode mode, Access access)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && (mode == OpenMode::OpenExisting || access == Access::ReadOnly))
        return Error{Text::tr("The workspace %1 does not exist.").arg(path)};
    if (exists && info.isDir())
        return Error{Text::tr("%1 is a folder, not a ServQA workspace file.").arg(path)};
    if (exists && !info.isFile())
        return Error{Text::tr("%1 is not a regular file, so it is not a ServQA workspace.").arg(path)};
    // An empty file is not a workspace: only creating one may start from it.
    const bool empty = exists && info.size() == 0;
    if (empty && (mode == OpenMode::OpenExisting || access == Access::ReadOnly))
        return Error{Text::tr("%1 is empty (0 bytes), so it is not a ServQA workspace.").arg(path)};
    if (exists && !empty && !hasSqliteHeader(path))
        return Error{Text::tr("%1 is not a ServQA workspace (it is not an SQLite database file).").arg(path)};

    if (access == Access::ReadWrite && exists) {
        const QMutexLocker lock(&readOnlyMutex);
        if (readOnlyFiles().contains(canonical(path)))
            return Error{Text::tr("%1 is open read-only (it is damaged): nothing can be changed in it.").arg(path)};
    }
    // Nothing may be written to a file (not even the switch to WAL) before it is known to be a
    // workspace of a version this build reads: a read-only look first.
    int stored = 0;
    if (exists && !empty) {
        const auto probed = probeWorkspace(path);
        if (!probed)
            return Error{probed.error()};
        stored = probed->version;
    }
    if (access == Access::ReadOnly && stored < latestSchemaVersion())
        return Error{Text::tr("%1 was saved by an older version of ServQA (workspace format %2) and must be upgraded to format %3 "
                        "before it can be read, which needs write access. Open it once where it can be written.")
                         .arg(path)
                         .arg(stored)
                         .arg(latestSchemaVersion())};

    const SqlDialect dialect(SqlDialect::Kind::Sqlite);
    std::unique_ptr<Database> database(
        new Database(QSqlDatabase::addDatabase(dialect.driverName(), uniqueConnectionName()), dialect, path, access));
    database->m_db.setDatabaseName(sqliteFileName(path));
    // Wait up to 5 s for another writer (a worker thread or a second window) instead of
    // failing at once with "database is locked". Writers take the lock when they begin
    // (TransactionGuard: BEGIN IMMEDIATE), so the wait applies to them.
    database->m_db.setConnectOptions(access == Access::ReadOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                                                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database->m_db.open())
        return Error{describeSqlError(database->m_db.lastError(), path)};

    if (const Status s = database->setUpConnection(); !s)
        return Error{s.error()};
    if (const Status s = database->migrate(stored); !s)
        return Error{s.error()};
    // A demo stopped while its interactions were indexed beside it left them out of the index,
    // and the lists' sorting indexes aside.
    if (const Status s = interactionindex::completeLeftover(*database); !s)
        return Error{s.error()};
    if (const Status s = ListIndexes::makeLeftover(*database); !s)
        return Error{s.error()};
    return database;
}

QString Database::serverAddressProblem(const QString &address)
{
    const QUrl url(address);
    if (url.isValid() && (url.scheme() == QLatin1String("postgresql") || url.scheme() == QLatin1String("postgres")) && url.path().size() >= 2)
        return QString();
    // Never echo a password: what stands between "//" and "@" may hold one.
    QString shown = url.isValid() ? url.toDisplayString(QUrl::RemovePassword) : address.left(200);
    shown.replace(QRegularExpression(QStringLiteral("//[^/@]*@")), QStringLiteral("//…@"));
    return Text::tr("\"%1\" is not a server address: write postgresql://USER@HOST:PORT/DATABASE.").arg(shown);
}

namespace {

// Passwords given in this process for server addresses (File ▸ Connect to Server…), by the address
// without its password: every connection a page or worker opens to that address signs in with it,
// and no address the app shows or stores holds it.
QMutex serverPasswordsMutex;
QHash<QString, QString> &serverPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

} // namespace

bool Database::isServerAddress(const QString &place)
{
    return place.startsWith(QLatin1String("postgresql:")) || place.startsWith(QLatin1String("postgres:"));
}

void Database::rememberServerPassword(const QString &address, const QString &password)
{
    const QMutexLocker lock(&serverPasswordsMutex);
    serverPasswords().insert(QUrl(address).toString(QUrl::RemovePassword), password);
}

Result<std::unique_ptr<Database>> Database::open(const QString &place, OpenMode mode, Access access)
{
    if (!isServerAddress(place))
        return openSqlite(place, mode, access);
    auto db = openServer(place);
    if (db && access == Access::ReadOnly) {
        // A reader's connection: the server refuses any write on it.
        if (const Status s = (*db)->exec(QStringLiteral("SET default_transaction_read_only = on")); !s)
            return Error{s.error()};
        (*db)->m_access = Access::ReadOnly;
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &address)
{
    if (const QString problem = serverAddressProblem(address); !problem.isEmpty())
        return Error{problem};
    QUrl url(address);
    if (!url.password().isEmpty())
        rememberServerPassword(address, url.password()); // for the other connections to the same address
    if (url.password().isEmpty()) {
        const QMutexLocker lock(&serverPasswordsMutex);
        url.setPassword(serverPasswords().value(url.toString(QUrl::RemovePassword)));
    }
    const QString name = url.toDisplayString(QUrl::RemovePassword | QUrl::RemoveQuery);
    const SqlDialect dialect(SqlDialect::Kind::Postgres);
    // path() is the address without its password: another connection opens from it.
    std::unique_ptr<Database> database(new Database(QSqlDatabase::addDatabase(dialect.driverName(), uniqueConnectionName()), dialect,
                                                    url.toString(QUrl::RemovePassword), Access::ReadWrite));
    if (!database->m_db.isValid())
        return Error{Text::tr("This ServQA cannot reach PostgreSQL servers: Qt's PostgreSQL driver (QPSQL) is not installed.")};
    // As libpq reads it: ?host=/folder names the folder of a local server's socket.
    const QUrlQuery query(url);
    database->m_db.setHostName(query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                                                                           : url.host());
    const int port = query.hasQueryItem(QStringLiteral("port")) ? query.queryItemValue(QStringLiteral("port")).toInt() : url.port();
    if (port > 0)
        database->m_db.setPort(port);
    database->m_db.setDatabaseName(url.path().mid(1));
    database->m_db.setUserName(url.userName());
    database->m_db.setPassword(url.password());
    QStringList options;
    for (const char *key : {"sslmode", "sslrootcert", "connect_timeout"}) {
        if (query.hasQueryItem(QLatin1String(key)))
            options << QLatin1String(key) + QLatin1Char('=') + query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    }
    // A server that does not answer is given up on after 10 s (libpq would wait for ever), so the
    // window's checks for a lost server (Session::reconnect()) never hang it for long.
    if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=10");
    database->m_db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!database->m_db.open())
        return Error{Text::tr("Cannot connect to %1: %2").arg(name, database->m_db.lastError().text().trimmed())};
    if (const Status s = database->setUpConnection(); !s)
        return Error{s.error()};
    // What the database holds: nothing (a new workspace), a ServQA workspace, or something else.
    QSqlQuery q(database->m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()")) || !q.next())
        return Error{database->describeError(q)};
    int stored = 0;
    if (q.value(0).toInt() > 0) {
        QSqlQuery meta(database->m_db);
        meta.prepare(QStringLiteral("SELECT key, value FROM servqa_meta WHERE key IN (?, ?)"));
        meta.addBindValue(QLatin1String(MetaAppKey));
        meta.addBindValue(QLatin1String(MetaVersionKey));
        bool ours = false;
        if (meta.exec()) {
            while (meta.next()) {
                if (meta.value(0).toString() == QLatin1String(MetaAppKey))
                    ours = meta.value(1).toString() == QLatin1String(MetaAppValue);
                else
                    stored = meta.value(1).toInt();
            }
        }
        if (!ours)
            return Error{Text::tr("The database %1 has tables but is not a ServQA workspace: ServQA does not write to it.").arg(name)};
        if (stored > latestSchemaVersion())
            return Error{Text::tr("%1 was saved by a newer version of ServQA (workspace format %2; this version reads up to %3). "
                                  "Update ServQA to open it.")
                             .arg(name)
                             .arg(stored)
                             .arg(latestSchemaVersion())};
    }
    if (stored > 0 && stored < latestSchemaVersion()) {
        // Only the database's owner changes its schema: an account is told who upgrades it.
        q.prepare(QStringLiteral("SELECT pg_has_role(session_user, tableowner, 'MEMBER') FROM pg_tables "
                                 "WHERE schemaname = current_schema() AND tablename = 'servqa_meta'"));
        if (!q.exec() || !q.next())
            return Error{database->describeError(q)};
        if (!q.value(0).toBool())
            return Error{Text::tr("%1 is a workspace of format %2, and this ServQA works on format %3: the database's owner upgrades it "
                                  "first, with servqa-cli server init (docs/team-mode.md). Until then, use the version of ServQA the team "
                                  "used before.")
                             .arg(name)
                             .arg(stored)
                             .arg(latestSchemaVersion())};
    }
    if (const Status s = database->migrate(stored); !s)
        return Error{s.error()};
    if (stored > 0 && stored < latestSchemaVersion()) {
        // The server's rules again, for what the new schema added (as `server init` does).
        q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = 'servqa_users'"));
        if (!q.exec())
            return Error{database->describeError(q)};
        if (q.next()) {
            if (const Status s = applyServerSecurity(*database); !s)
                return Error{s.error()};
        }
    }
    return database;
}

bool Database::answers()
{
    if (!isServer())
        return true;
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

Status Database::reconnect()
{
    if (!isServer())
        return success();
    m_db.close();
    if (!m_db.open())
        return Error{Text::tr("Cannot connect to %1: %2").arg(QUrl(m_path).toDisplayString(QUrl::RemoveQuery), m_db.lastError().text().trimmed())};
    if (const Status s = setUpConnection(); !s)
        return s;
    if (m_access == Access::ReadOnly)
        return exec(QStringLiteral("SET default_transaction_read_only = on"));
    return success();
}

Status Database::setUpConnection()
{
    if (m_dialect.kind() == SqlDialect::Kind::Sqlite) {
        // The interactions' text index (schema 38) pieces text with ServQA's own tokenizer.
        const QVariant handle = m_db.driver()->handle();
        sqlite3 *connection = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                                  ? *static_cast<sqlite3 *const *>(handle.constData())
                                  : nullptr;
        if (!connection)
            return Error{Text::tr("%1 could not be opened: the SQLite driver gave no connection.").arg(m_path)};
        if (const Status s = textsearch::registerTokenizer(connection); !s)
            return s;
    }
    if (m_access == Access::ReadOnly) {
        // No journal-mode switch (a write); query_only makes any write fail even if the file
        // itself could be written. Reads through the memory map like every connection
        // (SqlDialect::connectionSetup()).
        for (const char *statement : {"PRAGMA foreign_keys = ON", "PRAGMA query_only = ON", "PRAGMA mmap_size = 2147418112"}) {
            if (const Status s = exec(QString::fromLatin1(statement)); !s)
                return s;
        }
        return success();
    }
    for (const QString &statement : m_dialect.connectionSetup()) {
        if (const Status s = exec(statement); !s)
            return s;
    }
    return success();
}

Status Database::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return Error{describeError(query)};
    return success();
}

QString Database::describeError(const QSqlQuery &query) const
{
    return describeSqlError(query.lastError(), m_path, m_dialect.kind() == SqlDialect::Kind::Sqlite);
}

Status execQuery(QSqlQuery &query, const Database &db)
{
    if (!query.exec())
        return Error{db.describeError(query)};
    return success();
}

Result<qint64> execReturningId(QSqlQuery &query, const Database &db)
{
    if (!query.exec() || !query.next())
        return Error{db.describeError(query)};
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

void lookAheadAt(const QString &path)
{
    QThreadPool::globalInstance()->start([path] { storedSchemaVersion(path); });
}

int storedSchemaVersion(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0 || !hasSqliteHeader(path))
        return 0;
    const auto look = probeWorkspace(path);
    return look ? look->version : 0;
}

bool searchIndexLeftUnfinished(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0 || !hasSqliteHeader(path))
        return false;
    const auto look = probeWorkspace(path);
    return look && look->indexUnfinished;
}

Result<qint64> execScalar(QSqlQuery &query, const Database &db)
{
    return execReturningId(query, db);
}

Status Database::migrate(int storedVersion)
{
    int version = storedVersion;
    // Each migration runs in its own transaction together with the version bump, so a crash
    // mid-upgrade leaves the workspace at the previous version, never in between.
    for (const Migration &migration : migrations()) {
        if (migration.version <= version)
            continue;
        TransactionGuard transaction(m_db);
        if (!transaction.active())
            return Error{transaction.error()};
        // Another process may have upgraded the file since it was looked at: read it again
        // under the write lock. In a savepoint: on PostgreSQL a failed read (a new workspace has
        // no servqa_meta yet) would abort the whole transaction.
        {
            TransactionGuard look(m_db);
            QSqlQuery current(m_db);
            if (current.exec(QStringLiteral("SELECT value FROM servqa_meta WHERE key = 'schema_version'")) && current.next())
                version = current.value(0).toInt();
            current.finish();
            look.rollback();
        }
        if (migration.version <= version)
            continue;
        for (const QString &statement : splitSqlStatements(m_dialect.expandTypes(migration.sql))) {
            if (const Status s = exec(statement); !s)
                return Error{QCoreApplication::translate("Database", "Upgrading %1 to format %2 failed: %3")
                                 .arg(m_path)
                                 .arg(migration.version)
                                 .arg(s.error())};
        }
        if (migration.after) {
            if (const Status s = migration.after(*this); !s)
                return Error{QCoreApplication::translate("Database", "Upgrading %1 to format %2 failed: %3")
                                 .arg(m_path)
                                 .arg(migration.version)
                                 .arg(s.error())};
        }
        QSqlQuery bump(m_db);
        bump.prepare(QStringLiteral(
            "INSERT INTO servqa_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        for (const auto &[key, value] :
             {std::pair{QString::fromLatin1(MetaAppKey), QString::fromLatin1(MetaAppValue)},
              std::pair{QString::fromLatin1(MetaVersionKey), QString::number(migration.version)}}) {
            bump.addBindValue(key);
            bump.addBindValue(value);
            if (const Status s = execQuery(bump, *this); !s)
                return s;
        }
        if (const Status s = transaction.commit(); !s)
            return s;
        version = migration.version;
    }
    m_schemaVersion = version;
    return success();
}

} // namespace servqa
