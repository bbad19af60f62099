#include "transactionguard.h"

#include "database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace servqa {

namespace {

// Open guards per connection. A connection is used by one thread only, so per-thread
// bookkeeping needs no lock.
QHash<QString, int> &openDepths()
{
    thread_local QHash<QString, int> depths;
    return depths;
}

QString savepointName(int depth)
{
    return QStringLiteral("servqa_sp%1").arg(depth);
}

} // namespace

TransactionGuard::TransactionGuard(QSqlDatabase &db) : m_db(db)
{
    int &open = openDepths()[m_db.connectionName()];
    m_depth = open;
    if (m_depth > 0)
        m_active = execute(QStringLiteral("SAVEPOINT ") + savepointName(m_depth));
    else if (isSqlite() && !m_db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY")))
        m_active = execute(QStringLiteral("BEGIN IMMEDIATE"));
    else if (!(m_active = m_db.transaction()))
        m_lastError = describeSqlError(m_db.lastError(), m_db.databaseName(), isSqlite());
    if (m_active)
        ++open;
}

TransactionGuard::~TransactionGuard()
{
    rollback();
}

bool TransactionGuard::execute(const QString &sql)
{
    QSqlQuery q(m_db);
    const bool ok = q.exec(sql);
    if (!ok)
        m_lastError = describeSqlError(q.lastError(), m_db.databaseName(), isSqlite());
    return ok;
}

bool TransactionGuard::isSqlite() const
{
    return m_db.driverName() == QLatin1String("QSQLITE");
}

QString TransactionGuard::error() const
{
    if (m_active)
        return QString();
    return m_lastError.isEmpty() ? QCoreApplication::translate("Database", "No transaction is open.") : m_lastError;
}

Status TransactionGuard::commit()
{
    if (!m_active)
        return Error{QCoreApplication::translate("Database", "No transaction is open.")};
    const bool committed = m_depth == 0
                               ? m_db.commit()
                               : execute(QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_depth));
    if (!committed) {
        const QString why = m_depth == 0 ? describeSqlError(m_db.lastError(), m_db.databaseName(), isSqlite()) : m_lastError;
        rollback();
        return Error{why};
    }
    m_active = false;
    --openDepths()[m_db.connectionName()];
    return success();
}

void TransactionGuard::rollback()
{
    if (!m_active)
        return;
    if (m_depth == 0) {
        m_db.rollback();
    } else {
        execute(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepointName(m_depth));
        execute(QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_depth));
    }
    m_active = false;
    --openDepths()[m_db.connectionName()];
}

} // namespace servqa
