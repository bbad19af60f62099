#pragma once

#include "result.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;
class QSqlQuery;

namespace servqa {

// One open workspace connection. A QSqlDatabase connection belongs to the thread that made
// it, so each thread opens its own Database (each gets a unique connection name).
class Database
{
public:
    // Only File ▸ New, `servqa-cli demo` and `--create` make workspaces: every other way of
    // opening refuses a missing or empty file by name.
    enum class OpenMode { OpenExisting, CreateIfMissing };
    // A read-only connection never writes to the file: no WAL switch, no upgrade, and SQLite
    // refuses every write. Used for damaged workspaces, read-only files and reports.
    enum class Access { ReadWrite, ReadOnly };

    // Opens (or creates) a workspace file, sets up the connection and brings the schema up
    // to date. Before anything is written, the file is read through a read-only connection and
    // refused (with a message naming it) unless it is a ServQA workspace of a version this
    // build reads: another application's database, a damaged or empty file, a newer format.
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, OpenMode mode = OpenMode::OpenExisting,
                                                        Access access = Access::ReadWrite);

    // Opens a workspace on a PostgreSQL server (team mode), given as a URL
    // postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=…&sslrootcert=FILE] (as libpq
    // reads it, ?host=/FOLDER&port=N names a local server's socket). An empty database gets the
    // whole schema, migration by migration as a file does; a database with tables that are not
    // a ServQA workspace, or one of a newer format, is refused before anything is written.
    static Result<std::unique_ptr<Database>> openServer(const QString &url);
    // A file's path or a server's address: openSqlite() or openServer(). A read-only server
    // connection refuses every write (default_transaction_read_only).
    static Result<std::unique_ptr<Database>> open(const QString &place, OpenMode mode = OpenMode::OpenExisting,
                                                  Access access = Access::ReadWrite);
    static bool isServerAddress(const QString &place);
    // The password openServer() signs in with for `address` (given without one) in this process;
    // kept in memory only.
    static void rememberServerPassword(const QString &address, const QString &password);
    // Why `url` is not a server address openServer() takes, as a sentence; empty when it is one.
    static QString serverAddressProblem(const QString &url);

    // While a workspace is open read-only somewhere in this process (a damaged one), any other
    // connection to it opened for writing — a worker's, a dialog's — is refused, so no path
    // around the read-only session writes to it.
    static void keepReadOnly(const QString &path, bool on);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    const SqlDialect &dialect() const { return m_dialect; }
    // A file's path, or a server's address without its password.
    QString path() const { return m_path; }
    bool isServer() const { return m_dialect.kind() == SqlDialect::Kind::Postgres; }
    int schemaVersion() const { return m_schemaVersion; }
    Access access() const { return m_access; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }

    // A server's connection lost (the server restarted, the network dropped) is opened again;
    // whether this connection answers now. A file's always does.
    bool answers();
    Status reconnect();

    // Runs a statement with no bound values (DDL, pragmas); returns the driver's error.
    Status exec(const QString &sql);

    // The file name and SQL error of a failed query, as a user-facing message.
    QString describeError(const QSqlQuery &query) const;

private:
    Database(QSqlDatabase db, SqlDialect dialect, QString path, Access access);
    Status setUpConnection();
    Status migrate(int storedVersion);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QString m_path;
    QString m_connectionName;
    Access m_access = Access::ReadWrite;
    int m_schemaVersion = 0;
};

// Qt binds a null QString as SQL NULL; columns declared NOT NULL DEFAULT '' need ''.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// The schema version a workspace file was last written with, read without changing it; 0 when
// it is not a ServQA workspace or cannot be read (opening it then says why).
int storedSchemaVersion(const QString &path);

// Whether a demo stopped while it built the workspace's text index beside it left the index to be
// finished (core/interactionindex.h), or the lists' sorting indexes aside (core/listindexes.h):
// opening the workspace for writing then indexes the interactions written since and makes those,
// a minute or two at a million. Read with the schema version, in the same look.
bool searchIndexLeftUnfinished(const QString &path);

// Starts that look on a worker thread and returns at once: the start does it beside building
// the window, and opening the file a moment later finds the answer ready while the file is
// unchanged (docs/PERFORMANCE.md, the cold start).
void lookAheadAt(const QString &path);

// A database error as a sentence a user can act on, in their language: a busy workspace (another
// ServQA is writing), a read-only file or disk, a file that cannot be opened, a damaged file, a
// full disk. Other errors keep SQLite's own words (without Qt's "Unable to fetch row"). `path`
// names the workspace; `sqlite` says whether the error codes are SQLite's.
QString describeSqlError(const QSqlError &error, const QString &path, bool sqlite = true);

// Runs a prepared query; on failure returns an Error naming the workspace and the SQL error.
Status execQuery(QSqlQuery &query, const Database &db);

// Runs an INSERT … RETURNING id and returns the id. The statement is reset afterwards: an
// unfinished RETURNING statement would keep the transaction from committing.
Result<qint64> execReturningId(QSqlQuery &query, const Database &db);

// Runs a SELECT of one integer (a COUNT, a MAX) and returns it.
Result<qint64> execScalar(QSqlQuery &query, const Database &db);

} // namespace servqa
