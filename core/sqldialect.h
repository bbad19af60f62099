#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

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
    // make TABLE refuse UPDATE and DELETE, and {{text_search:TABLE:COLUMN,…}} into TABLE's
    // substring index over those text columns (hasTextSearch()), {{text_search_triggers:TABLE:COLUMN,…}}
    // into its triggers alone (replacing older ones), {{text_search_rebuilt:TABLE:COLUMN,…}} into
    // the index made again with today's tokenizer (the triggers kept), {{trigram_index:TABLE:COLUMN,…}}
    // into PostgreSQL's pg_trgm index over those columns (nothing on SQLite); a line that starts
    // {{server_only}} is kept (without the mark) on PostgreSQL and left out on SQLite.
    QString expandTypes(QString sql) const;
    // Whether {{text_search}} made an index: on SQLite an FTS5 table TABLE_search with ServQA's
    // tokenizer (core/textsearch.h: it finds any substring, Chinese included, one character or more),
    // kept in step with TABLE by triggers. PostgreSQL has its own ({{trigram_index}}, schema 36),
    // which LIKE and ILIKE use by themselves for three characters or more: see textSearchIds().
    bool hasTextSearch() const { return m_kind == Kind::Sqlite; }
    // The ids of TABLE's rows with `text` in one of COLUMNS, found through the substring index: on
    // SQLite a MATCH of the FTS5 table (bind textSearchBinds()), on PostgreSQL a LIKE per column
    // (caseless()), which pg_trgm's GIN index answers (schema 36) and which still works, by reading
    // the rows, where the server could not make that index.
    QString textSearchIds(const QString &table, const QStringList &columns, const QString &text) const;
    // What textSearchIds() binds for `text`: `likePattern` is the text as a LIKE pattern.
    QVariantList textSearchBinds(const QString &text, const QString &likePattern, int columns) const;
    // For a bulk writer (an import), in its transaction: it sets servqa_meta 'TABLE_search_after' to
    // the largest id before its first row and drops TABLE_search_insert; this statement (bind that
    // id) indexes its rows all at once before it commits; then it creates the trigger again
    // (textSearchInsertTrigger()) and removes the key.
    QString textSearchDeferredSql(const QString &table, const QStringList &columns) const;
    // A user's search for `text` matches any case: SQLite's LIKE does (for ASCII letters),
    // PostgreSQL's ILIKE does; this turns every "LIKE ?" of `sql` into the one that does here. A
    // text with no letter that has a case (Chinese, digits) matches the same rows with LIKE, which
    // compares the bytes where ILIKE first lowers every row's text: a search that reads each
    // transcript, 2.1 s → 0.5 s on 1.5 M interactions (docs/PERFORMANCE.md).
    QString caseless(const QString &sql, const QString &text) const
    {
        return m_kind == Kind::Postgres && hasCase(text) ? QString(sql).replace(QLatin1String(" LIKE ? "), QLatin1String(" ILIKE ? ")) : sql;
    }
    // Whether `text` has a letter with a case (one whose lower or upper case differs).
    static bool hasCase(const QString &text) { return text.toLower() != text || text.toUpper() != text; }
    // Statements run on every new connection.
    QStringList connectionSetup() const;

private:
    QString appendOnlyTriggers(const QString &table) const;
    QString textSearch(const QString &table, const QStringList &columns) const;
    QString textSearchRebuilt(const QString &table, const QStringList &columns) const;
    QString textSearchTriggers(const QString &table, const QStringList &columns) const;
    QString trigramIndex(const QString &table, const QStringList &columns) const;
public:
    // The trigger that indexes each new row of TABLE (SQLite), which a bulk writer drops in its
    // transaction and creates again before it commits (textSearchDeferredSql()).
    QString textSearchInsertTrigger(const QString &table, const QStringList &columns) const;
    // The FTS5 table itself (SQLite): also what interactionindex::IndexBuilder builds beside the
    // workspace, so that its rows are the workspace table's.
    QString textSearchTable(const QString &table, const QStringList &columns) const;
private:

    Kind m_kind;
};

// Splits a migration file into statements: on ';' at the end of a line, keeping
// CREATE TRIGGER … END; bodies whole. '--' comment lines are dropped.
QStringList splitSqlStatements(const QString &script);

} // namespace servqa
