#pragma once

#include <QString>
#include <QStringList>

namespace servqa {

// The one place that knows how SQLite and PostgreSQL differ. Migrations and repositories
// are written in portable SQL (ON CONFLICT … DO UPDATE and RETURNING work in both); only
// column types and connection set-up go through here.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind) : m_kind(kind) {}

    Kind kind() const { return m_kind; }
    // Qt SQL driver name for this dialect.
    QString driverName() const;
    // Expands {{id}}, {{real}}, {{bigint}}, {{blob}} and {{without_rowid}} (after a CREATE TABLE's
    // closing parenthesis) in a migration file, and {{append_only:TABLE}} into the triggers that
    // make TABLE refuse UPDATE and DELETE.
    QString expandTypes(QString sql) const;
    // Statements run on every new connection.
    QStringList connectionSetup() const;

private:
    QString appendOnlyTriggers(const QString &table) const;

    Kind m_kind;
};

// Splits a migration file into statements: on ';' at the end of a line, keeping
// CREATE TRIGGER … END; bodies whole. '--' comment lines are dropped.
QStringList splitSqlStatements(const QString &script);

} // namespace servqa
