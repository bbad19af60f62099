#include "sqlitestatement.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace servqa {

std::unique_ptr<SqliteStatement> SqliteStatement::prepare(Database &db, const QString &sql)
{
    if (db.dialect().kind() != SqlDialect::Kind::Sqlite)
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return nullptr;
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(connection, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr; // the caller keeps to Qt SQL, which reports the same error
    }
    return std::unique_ptr<SqliteStatement>(new SqliteStatement(db, connection, statement));
}

SqliteStatement::SqliteStatement(Database &db, sqlite3 *handle, sqlite3_stmt *statement)
    : m_db(db), m_handle(handle), m_statement(statement)
{
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, const QString &text)
{
    if (text.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, std::optional<qint64> value)
{
    if (value)
        sqlite3_bind_int64(m_statement, index, *value);
    else
        sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindReal(int index, std::optional<double> value)
{
    if (value)
        sqlite3_bind_double(m_statement, index, *value);
    else
        sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindValue(int index, const QVariant &value)
{
    switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
    case QMetaType::UnknownType: sqlite3_bind_null(m_statement, index); break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Bool: sqlite3_bind_int64(m_statement, index, value.toLongLong()); break;
    case QMetaType::ULongLong: sqlite3_bind_int64(m_statement, index, qint64(value.toULongLong())); break;
    case QMetaType::Double: sqlite3_bind_double(m_statement, index, value.toDouble()); break;
    default: bind(index, value.toString()); break;
    }
}

Result<bool> SqliteStatement::next()
{
    const int step = sqlite3_step(m_statement);
    if (step == SQLITE_ROW)
        return true;
    const Status failed = step == SQLITE_DONE ? success() : error(); // read before the reset clears it
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (!failed)
        return Error{failed.error()};
    return false;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView SqliteStatement::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(bytes, bytes ? sqlite3_column_bytes(m_statement, column) : 0);
}

Result<int> SqliteStatement::run()
{
    for (;;) {
        const auto row = next();
        if (!row)
            return Error{row.error()};
        if (!*row)
            return sqlite3_changes(m_handle);
    }
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

Status SqliteStatement::error() const
{
    // The same words as a failed QSqlQuery (a busy workspace, a full disk, a read-only file …).
    const QSqlError sqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)), QSqlError::StatementError,
                             QString::number(sqlite3_extended_errcode(m_handle)));
    return Error{describeSqlError(sqlError, m_db.path(), true)};
}

} // namespace servqa
