#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace servqa {

class Database;

// What the audit trail is about.
enum class AuditEntity { Evaluation, Form };

// One step in the life of an evaluation or a form: who, when, what, and the values before
// and after. Actions are stable keys ("created", "answer", "submitted", …); auditActionName()
// gives the translated text.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    std::optional<qint64> userId;
    QString userName; // filled by entries()
    AuditEntity entity = AuditEntity::Evaluation;
    qint64 entityId = 0;
    QString action;
    QString field;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
    QString note;
};

QString auditActionName(const QString &action); // translated

// The append-only audit trail. The table refuses UPDATE and DELETE (triggers in the schema),
// so nothing written here can be changed afterwards, not even by ServQA.
class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    // Appends within the caller's transaction, so a step and its record commit together.
    Status append(const AuditEntry &entry);
    // Oldest first.
    Result<QVector<AuditEntry>> entries(AuditEntity entity, qint64 entityId);

private:
    Database &m_db;
};

} // namespace servqa
