#include "transactionguard.h"

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
    m_active = m_depth == 0 ? m_db.transaction()
                            : execute(QStringLiteral("SAVEPOINT ") + savepointName(m_depth));
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
        m_lastError = q.lastError().text();
    return ok;
}

Status TransactionGuard::commit()
{
    if (!m_active)
        return Error{QCoreApplication::translate("Database", "No transaction is open.")};
    const bool committed = m_depth == 0
                               ? m_db.commit()
                               : execute(QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_depth));
    if (!committed) {
        const QString why = m_depth == 0 ? m_db.lastError().text() : m_lastError;
        rollback();
        return Error{QCoreApplication::translate("Database", "Could not save to %1: %2")
                         .arg(m_db.databaseName(), why)};
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
