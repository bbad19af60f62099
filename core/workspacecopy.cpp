#include "workspacecopy.h"

#include "database.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <map>
#include <set>

namespace servqa {

namespace {

struct Table
{
    QString name;
    QStringList columns;
    std::set<QString> references; // the tables its foreign keys point to (itself left out)
};

// The workspace's tables, each after those its foreign keys point to, from a file's catalogue
// (both sides have the same schema). The text search index and SQLite's own tables are not
// copied: a file's index is rebuilt from its interactions.
Result<QVector<Table>> tablesInKeyOrder(Database &file)
{
    QSqlQuery q(file.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "AND name NOT LIKE '%\\_search%' ESCAPE '\\' ORDER BY rowid")))
        return Error{file.describeError(q)};
    // The names go into statements on both sides, a server's included, and a file is hostile until
    // known to be ours: only names a ServQA schema has the shape of (lower-case letters, digits and
    // '_') are taken, so that a table or column named `t; DROP …` is refused before any statement.
    static const QRegularExpression ours(QStringLiteral("^[a-z][a-z0-9_]*$"));
    const auto unlike = [&file](const QString &name) {
        return Error{QCoreApplication::translate("WorkspaceCopy", "%1 has a table or column named \"%2\", which no ServQA workspace has: "
                                                                 "nothing was copied.")
                         .arg(file.path(), name.left(100))};
    };
    QVector<Table> all;
    while (q.next()) {
        all.push_back({q.value(0).toString(), {}, {}});
        if (!ours.match(all.constLast().name).hasMatch())
            return unlike(all.constLast().name);
    }
    for (Table &t : all) {
        QSqlQuery info(file.connection());
        if (!info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(t.name)))
            return Error{file.describeError(info)};
        while (info.next()) {
            t.columns << info.value(1).toString();
            if (!ours.match(t.columns.constLast()).hasMatch())
                return unlike(t.columns.constLast());
        }
        QSqlQuery keys(file.connection());
        if (!keys.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(t.name)))
            return Error{file.describeError(keys)};
        while (keys.next()) {
            const QString target = keys.value(2).toString();
            if (target != t.name)
                t.references.insert(target);
        }
    }
    QVector<Table> ordered;
    std::set<QString> placed;
    while (ordered.size() < all.size()) {
        bool progress = false;
        for (const Table &t : std::as_const(all)) {
            if (placed.count(t.name))
                continue;
            bool ready = true;
            for (const QString &r : t.references)
                ready = ready && placed.count(r);
            if (ready) {
                ordered << t;
                placed.insert(t.name);
                progress = true;
            }
        }
        if (!progress)
            return Error{QCoreApplication::translate("WorkspaceCopy", "The tables of %1 refer to each other in a circle; they cannot be copied "
                                                                     "one after another.")
                             .arg(file.path())};
    }
    return ordered;
}

Result<qint64> count(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return execScalar(q, db);
}

} // namespace

Status copyWorkspace(Database &from, Database &to, const std::function<void(const QString &table)> &progress)
{
    const bool toFile = to.dialect().kind() == SqlDialect::Kind::Sqlite;
    Database &file = toFile ? to : from;
    if (file.dialect().kind() != SqlDialect::Kind::Sqlite)
        return Error{QCoreApplication::translate("WorkspaceCopy", "One side of a copy must be a workspace file.")};
    if (from.schemaVersion() != to.schemaVersion())
        return Error{QCoreApplication::translate("WorkspaceCopy", "%1 (format %2) and %3 (format %4) are of different formats.")
                         .arg(from.path())
                         .arg(from.schemaVersion())
                         .arg(to.path())
                         .arg(to.schemaVersion())};
    const auto tables = tablesInKeyOrder(file);
    if (!tables)
        return Error{tables.error()};
    // Only into a workspace without work: a copy never merges.
    for (const char *table : {"sites", "interactions", "evaluations", "survey_responses", "users"}) {
        const auto n = count(to, QLatin1String(table));
        if (!n)
            return Error{n.error()};
        if (*n > 0)
            return Error{QCoreApplication::translate("WorkspaceCopy", "%1 already holds work (%2 has rows): a workspace is copied only into a "
                                                                     "new one.")
                             .arg(to.path(), QLatin1String(table))};
    }

    TransactionGuard transaction(to.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    // A file checks its foreign keys at the commit (a site's parent may come after it).
    if (toFile) {
        if (const Status s = to.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s)
            return s;
    }
    // The rows the destination's migrations seeded give way to the source's.
    for (auto t = tables->crbegin(); t != tables->crend(); ++t) {
        if (const Status s = to.exec(QStringLiteral("DELETE FROM ") + t->name); !s)
            return s;
    }
    for (const Table &t : *tables) {
        if (progress)
            progress(t.name);
        const QString columns = t.columns.join(QStringLiteral(", "));
        // Into a server, rows go in groups of up to 500 a statement (a round trip each): 27 -> 2 s
        // for a small demo into a local server. Into a file one a statement: SQLite looks its
        // parameters up by number in a list, so a statement of thousands costs more than it saves.
        const int perStatement = toFile ? 1 : std::max(1, std::min(500, 30000 / int(t.columns.size())));
        const QString oneRow = QLatin1Char('(') + QStringList(t.columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + QLatin1Char(')');
        const auto insertOf = [&](int rows) -> QString {
            return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(t.name, columns) + QStringList(rows, oneRow).join(QStringLiteral(", "));
        };
        QSqlQuery read(from.connection());
        read.setForwardOnly(true);
        // In the source's order of ids where a table has them (a parent before its children).
        const QString order = t.columns.contains(QStringLiteral("id")) ? QStringLiteral(" ORDER BY id") : QString();
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns, t.name) + order))
            return Error{from.describeError(read)};
        QSqlQuery full(to.connection());
        full.prepare(insertOf(perStatement));
        QVariantList values;
        const auto flush = [&](QSqlQuery &q) -> Status {
            for (const QVariant &v : std::as_const(values))
                q.addBindValue(v);
            values.clear();
            if (const Status s = execQuery(q, to); !s)
                return Error{QCoreApplication::translate("WorkspaceCopy", "Copying %1 stopped: %2").arg(t.name, s.error())};
            return success();
        };
        int pending = 0;
        while (read.next()) {
            for (int i = 0; i < t.columns.size(); ++i)
                values << read.value(i);
            if (++pending == perStatement) {
                if (const Status s = flush(full); !s)
                    return s;
                pending = 0;
            }
        }
        if (pending > 0) {
            QSqlQuery rest(to.connection());
            rest.prepare(insertOf(pending));
            if (const Status s = flush(rest); !s)
                return s;
        }
        if (read.lastError().isValid() && read.lastError().type() != QSqlError::NoError)
            return Error{from.describeError(read)};
    }
    if (toFile) {
        // The text search index of the interactions, from them (SqlDialect::textSearch).
        if (to.dialect().hasTextSearch()) {
            if (const Status s = to.exec(QStringLiteral("INSERT INTO interactions_search (interactions_search) VALUES ('rebuild')")); !s)
                return s;
        }
    } else {
        // Ids given by the server go on after the copied ones.
        for (const Table &t : *tables) {
            if (!t.columns.contains(QStringLiteral("id")))
                continue;
            QSqlQuery q(to.connection());
            q.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), MAX(id)) FROM %1 "
                                     "WHERE pg_get_serial_sequence(?, 'id') IS NOT NULL HAVING MAX(id) IS NOT NULL")
                          .arg(t.name));
            q.addBindValue(t.name);
            q.addBindValue(t.name);
            if (const Status s = execQuery(q, to); !s)
                return s;
        }
    }
    return transaction.commit();
}

} // namespace servqa
