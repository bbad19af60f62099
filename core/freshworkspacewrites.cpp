#include "freshworkspacewrites.h"

#include "database.h"
#include "listindexes.h"

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

// The journal mode SQLite reports after asking for `mode`: the one it kept when it refused.
QString setJournalMode(Database &db, const QString &mode)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = ") + mode) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

FreshWorkspaceWrites::FreshWorkspaceWrites(Database &db, Journal journal) : m_db(db)
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
    // Refused while another connection has the file open: the demo then writes through the log.
    if (journal == Journal::Rollback)
        m_leftLog = setJournalMode(m_db, QStringLiteral("DELETE")) == QLatin1String("delete");
    // A failed drop leaves the index where it is: the demo then as slow as before.
    if (auto aside = ListIndexes::putAside(m_db, ListIndexes::Of::Both, ListIndexes::Leftover::Noted, ListIndexes::Which::SortingAndKeys))
        m_indexesAside.emplace(std::move(*aside));
}

Status FreshWorkspaceWrites::makeIndexesAside()
{
    return m_indexesAside ? m_indexesAside->make() : success();
}

FreshWorkspaceWrites::~FreshWorkspaceWrites()
{
    (void)makeIndexesAside(); // when the demo stopped before it did
    if (m_leftLog) // refused, the next open asks for the log (SqlDialect::connectionSetup())
        setJournalMode(m_db, QStringLiteral("WAL"));
    if (m_synchronous)
        m_db.exec(QStringLiteral("PRAGMA synchronous = %1").arg(*m_synchronous));
    if (m_cacheSize)
        m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_cacheSize));
}

} // namespace servqa
