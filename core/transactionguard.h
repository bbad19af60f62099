#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace servqa {

// RAII transaction: begins on construction, rolls back on destruction unless commit() was
// called. Every multi-row write goes through one, so an error, an exception or a cancelled
// import leaves nothing half-written. Guards nest: an inner guard is a SAVEPOINT inside the
// outer transaction (portable to PostgreSQL), so repository methods that guard their own
// writes can be called inside a larger unit of work.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase &db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool active() const { return m_active; }
    Status commit();
    void rollback();

private:
    bool execute(const QString &sql);

    QSqlDatabase &m_db;
    int m_depth = 0; // 0: the outermost transaction; n: savepoint n
    bool m_active = false;
    QString m_lastError;
};

} // namespace servqa
