#include "freshworkspacewrites.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace servqa {

namespace {

std::optional<long long> readPragma(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace

FreshWorkspaceWrites::FreshWorkspaceWrites(Database &db) : m_db(db)
{
    if (m_db.dialect().kind() != SqlDialect::Kind::Sqlite)
        return;
    m_cacheSize = readPragma(m_db, QStringLiteral("cache_size"));
    m_synchronous = readPragma(m_db, QStringLiteral("synchronous"));
    // A failed pragma changes nothing: the demo is then as slow as before, and as correct.
    if (m_cacheSize)
        m_db.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    if (m_synchronous)
        m_db.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    // The list's sorting indexes, as their migrations made them.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'evaluations' AND name IN "
                             "('evaluations_score', 'evaluations_status_time', 'evaluations_passed_time', 'evaluations_tangibles', "
                             "'evaluations_reliability', 'evaluations_responsiveness', 'evaluations_assurance', 'evaluations_empathy')"));
    if (!q.exec())
        return;
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        m_listIndexes << q.value(1).toString();
    }
    for (const QString &name : std::as_const(names)) {
        // An index not dropped is simply kept (and made IF NOT EXISTS below).
        m_db.exec(QStringLiteral("DROP INDEX IF EXISTS ") + name);
    }
}

Status FreshWorkspaceWrites::makeListIndexes()
{
    while (!m_listIndexes.isEmpty()) {
        QString sql = m_listIndexes.constFirst();
        sql.replace(QStringLiteral("CREATE INDEX "), QStringLiteral("CREATE INDEX IF NOT EXISTS "));
        if (const Status s = m_db.exec(sql); !s)
            return s;
        m_listIndexes.removeFirst();
    }
    return success();
}

FreshWorkspaceWrites::~FreshWorkspaceWrites()
{
    (void)makeListIndexes(); // when the demo stopped before it did
    if (m_synchronous)
        m_db.exec(QStringLiteral("PRAGMA synchronous = %1").arg(*m_synchronous));
    if (m_cacheSize)
        m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_cacheSize));
}

} // namespace servqa
