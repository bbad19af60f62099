#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace servqa {

class Database;

// A statement run through SQLite's own C API on a workspace's Qt connection (same connection, same
// transaction): for the statement an import runs a million times, and for the rows a reader sums
// itself. Qt SQL's binding builds a placeholder name and a QVariant for every value, and its
// reading a QVariant for every column of every row; this goes straight to SQLite.
// Only on SQLite (prepare() gives nullptr otherwise); errors read as execQuery()'s do.
class SqliteStatement
{
public:
    static std::unique_ptr<SqliteStatement> prepare(Database &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Parameters count from 1, as in SQL. Empty optionals and null strings bind NULL.
    void bind(int index, const QString &text);
    void bind(int index, std::optional<qint64> value);
    // A separate name: a qint64 would convert to either optional.
    void bindReal(int index, std::optional<double> value);
    // Integers, reals, text or NULL, as Qt SQL binds them (a SqlWhere's values).
    void bindValue(int index, const QVariant &value);
    // The next row of a query: true while there is one; at the end false, the statement reset for
    // the next values. An error as run()'s.
    Result<bool> next();
    qint64 int64(int column) const;
    bool isNull(int column) const;
    double real(int column) const;
    // UTF-8, valid until the next call of next().
    QByteArrayView text(int column) const;
    // Runs the statement to its end and resets it for the next values: how many rows it changed.
    Result<int> run();
    qint64 lastInsertId() const;

private:
    SqliteStatement(Database &db, sqlite3 *handle, sqlite3_stmt *statement);
    Status error() const;

    Database &m_db;
    sqlite3 *m_handle;
    sqlite3_stmt *m_statement;
};

} // namespace servqa
