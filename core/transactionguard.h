#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace servqa {

// RAII transaction: begins on construction, rolls back on destruction unless commit() was
// called. Every multi-row write goes through one, so an error, an exception or a cancelled
// import leaves nothing half-written. Guards nest: an inner guard is a SAVEPOINT inside the
// outer transaction (portable to PostgreSQL), so repository methods that guard their own
// writes can be called inside a larger unit of work.
// On SQLite the outermost guard begins IMMEDIATE: a writer takes the write lock when it
// begins, so it waits (the busy timeout) for another writer to finish instead of failing half-way
// when its first write finds the workspace busy.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase &db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool active() const { return m_active; }
    // Why the transaction could not begin (a busy or read-only workspace), as a sentence.
    QString error() const;
    Status commit();
    void rollback();

private:
    bool execute(const QString &sql);
    bool isSqlite() const;

    QSqlDatabase &m_db;
    int m_depth = 0; // 0: the outermost transaction; n: savepoint n
    bool m_active = false;
    QString m_lastError;
};

} // namespace servqa
