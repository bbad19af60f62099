#pragma once

#include "result.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

namespace servqa {

// One open workspace connection. A QSqlDatabase connection belongs to the thread that made
// it, so each thread opens its own Database (each gets a unique connection name).
class Database
{
public:
    enum class OpenMode { OpenExisting, CreateIfMissing };

    // Opens (or creates) a workspace file, sets up the connection and brings the schema up
    // to date. Refuses files that are not ServQA workspaces, are damaged, or were written by
    // a newer ServQA, with a message naming the file.
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path,
                                                        OpenMode mode = OpenMode::OpenExisting);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    const SqlDialect &dialect() const { return m_dialect; }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    // Runs a statement with no bound values (DDL, pragmas); returns the driver's error.
    Status exec(const QString &sql);

    // The file name and SQL error of a failed query, as a user-facing message.
    QString describeError(const QSqlQuery &query) const;

private:
    Database(QSqlDatabase db, SqlDialect dialect, QString path);
    Status setUpConnection();
    Status migrate();

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QString m_path;
    QString m_connectionName;
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

// Runs a prepared query; on failure returns an Error naming the workspace and the SQL error.
Status execQuery(QSqlQuery &query, const Database &db);

// Runs an INSERT … RETURNING id and returns the id. The statement is reset afterwards: an
// unfinished RETURNING statement would keep the transaction from committing.
Result<qint64> execReturningId(QSqlQuery &query, const Database &db);

// Runs a SELECT of one integer (a COUNT, a MAX) and returns it.
Result<qint64> execScalar(QSqlQuery &query, const Database &db);

} // namespace servqa
