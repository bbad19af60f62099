#include "auditlog.h"

#include "database.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace servqa {

namespace {

QString entityKey(AuditEntity e)
{
    return e == AuditEntity::Evaluation ? QStringLiteral("evaluation") : QStringLiteral("form");
}

QVariant optionalText(const std::optional<QString> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

QString auditActionName(const QString &action)
{
    static const std::pair<const char *, const char *> names[] = {
        {"created", QT_TRANSLATE_NOOP("Audit", "Created")},
        {"answer", QT_TRANSLATE_NOOP("Audit", "Answer changed")},
        {"comment", QT_TRANSLATE_NOOP("Audit", "Comment changed")},
        {"submitted", QT_TRANSLATE_NOOP("Audit", "Submitted")},
        {"acknowledged", QT_TRANSLATE_NOOP("Audit", "Acknowledged")},
        {"disputed", QT_TRANSLATE_NOOP("Audit", "Item disputed")},
        {"dispute_kept", QT_TRANSLATE_NOOP("Audit", "Dispute resolved: answer kept")},
        {"dispute_changed", QT_TRANSLATE_NOOP("Audit", "Dispute resolved: answer changed")},
        {"rescored", QT_TRANSLATE_NOOP("Audit", "Score recomputed")},
        {"measure_overridden", QT_TRANSLATE_NOOP("Audit", "Measured value changed by the inspector")},
        {"rule_overridden", QT_TRANSLATE_NOOP("Audit", "Screening rule's answer changed by the inspector")},
        {"resolved", QT_TRANSLATE_NOOP("Audit", "All disputes resolved")},
        {"version_created", QT_TRANSLATE_NOOP("Audit", "Version created")},
        {"version_updated", QT_TRANSLATE_NOOP("Audit", "Draft version edited")},
        {"status", QT_TRANSLATE_NOOP("Audit", "Status changed")},
    };
    for (const auto &[key, text] : names) {
        if (action == QLatin1String(key))
            return QCoreApplication::translate("Audit", text);
    }
    return action;
}

Status AuditLog::append(const AuditEntry &e)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO audit_log (at, user_id, entity, entity_id, action, field, old_value, new_value, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(toStored(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()));
    q.addBindValue(e.userId ? QVariant(*e.userId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(entityKey(e.entity));
    q.addBindValue(e.entityId);
    q.addBindValue(e.action);
    q.addBindValue(notNull(e.field));
    q.addBindValue(optionalText(e.oldValue));
    q.addBindValue(optionalText(e.newValue));
    q.addBindValue(notNull(e.note));
    return execQuery(q, m_db);
}

Result<QVector<AuditEntry>> AuditLog::entries(AuditEntity entity, qint64 entityId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT a.id, a.at, a.user_id, u.name, a.action, a.field, a.old_value, a.new_value, a.note "
        "FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
        "WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.id"));
    q.addBindValue(entityKey(entity));
    q.addBindValue(entityId);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<AuditEntry> list;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = fromStored(q.value(1).toLongLong());
        if (!q.value(2).isNull())
            e.userId = q.value(2).toLongLong();
        e.userName = q.value(3).toString();
        e.entity = entity;
        e.entityId = entityId;
        e.action = q.value(4).toString();
        e.field = q.value(5).toString();
        if (!q.value(6).isNull())
            e.oldValue = q.value(6).toString();
        if (!q.value(7).isNull())
            e.newValue = q.value(7).toString();
        e.note = q.value(8).toString();
        list.push_back(e);
    }
    return list;
}

} // namespace servqa
