// The settings of the complaint loop (core/complaints.h): the bilingual categories and the time
// limits per channel and severity, changed by a QA lead or an administrator, each change written to
// the append-only settings_log with its value before and after.
#include "complaints.h"

#include "database.h"
#include "timeutil.h"
#include "transactionguard.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace servqa {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Complaints)
};

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Result<QVector<ComplaintCategory>> ComplaintStore::categories(bool withRetired)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT key, name_en, name_zh, position, retired FROM complaint_categories ")
              + (withRetired ? QString() : QStringLiteral("WHERE retired = 0 ")) + QStringLiteral("ORDER BY key = 'other', position, key")); // "other" last
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<ComplaintCategory> list;
    while (q.next()) {
        ComplaintCategory c;
        c.key = q.value(0).toString();
        c.nameEn = q.value(1).toString();
        c.nameZh = q.value(2).toString();
        c.position = q.value(3).toInt();
        c.retired = q.value(4).toInt() != 0;
        list << c;
    }
    return list;
}

Status ComplaintStore::mayConfigure(std::optional<qint64> userId)
{
    if (!userId)
        return success();
    const auto user = UserRepository(m_db).find(*userId);
    if (!user)
        return Error{user.error()};
    if (user->role != UserRole::Lead && user->role != UserRole::Admin)
        return Error{Text::tr("Only a QA lead or an administrator sets complaint categories and time limits; %1 is not one.").arg(user->name)};
    return success();
}

Status ComplaintStore::saveCategory(const ComplaintCategory &category, std::optional<qint64> userId)
{
    if (const Status s = mayConfigure(userId); !s)
        return s;
    if (category.key.trimmed().isEmpty() || category.nameEn.trimmed().isEmpty() || category.nameZh.trimmed().isEmpty())
        return Error{Text::tr("A complaint category needs a key and a name in English and in Chinese: both languages list it.")};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    const auto before = settingNow(QStringLiteral("SELECT name_en || ' / ' || name_zh || ' / ' || position || ' / ' || retired FROM complaint_categories WHERE key = ?"),
                                   {category.key.trimmed()});
    if (!before)
        return Error{before.error()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO complaint_categories (key, name_en, name_zh, position, retired) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET name_en = excluded.name_en, name_zh = excluded.name_zh, "
                             "position = excluded.position, retired = excluded.retired"));
    q.addBindValue(category.key.trimmed());
    q.addBindValue(category.nameEn.trimmed());
    q.addBindValue(category.nameZh.trimmed());
    q.addBindValue(category.position);
    q.addBindValue(category.retired ? 1 : 0);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    const QString after = QStringLiteral("%1 / %2 / %3 / %4").arg(category.nameEn.trimmed(), category.nameZh.trimmed()).arg(category.position).arg(category.retired ? 1 : 0);
    if (const Status s = recordSetting("complaint_category", category.key.trimmed(), *before, after, userId); !s)
        return s;
    return transaction.commit();
}

Result<std::optional<QString>> ComplaintStore::settingNow(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    return q.next() ? std::optional<QString>(q.value(0).toString()) : std::nullopt;
}

Status ComplaintStore::recordSetting(const char *setting, const QString &item, const std::optional<QString> &before, const std::optional<QString> &after,
                                     std::optional<qint64> userId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO settings_log (at, user_id, setting, item, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(toStored(QDateTime::currentDateTime()));
    q.addBindValue(optionalId(userId));
    q.addBindValue(QString::fromLatin1(setting));
    q.addBindValue(item);
    q.addBindValue(before ? QVariant(*before) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(after ? QVariant(*after) : QVariant(QMetaType(QMetaType::QString)));
    return execQuery(q, m_db);
}

Result<QVector<ComplaintTimeLimit>> ComplaintStore::timeLimits()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT channel, severity, first_response_min, resolution_min FROM complaint_time_limits ORDER BY channel, "
                             "CASE severity WHEN 'low' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3 ELSE 4 END"));
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<ComplaintTimeLimit> list;
    while (q.next()) {
        ComplaintTimeLimit l;
        l.channel = q.value(0).toString();
        l.severity = complaintSeverityFromKey(q.value(1).toString()).value_or(ComplaintSeverity::Medium);
        l.firstResponseMinutes = q.value(2).toInt();
        l.resolutionMinutes = q.value(3).toInt();
        list << l;
    }
    return list;
}

Status ComplaintStore::removeTimeLimit(const QString &channel, ComplaintSeverity severity, std::optional<qint64> userId)
{
    if (const Status s = mayConfigure(userId); !s)
        return s;
    if (channel.isEmpty())
        return Error{Text::tr("The limits for every channel stay: a complaint on a channel without its own is timed by them.")};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    const QString item = channel + QLatin1Char('/') + complaintSeverityKey(severity);
    const auto before = settingNow(QStringLiteral("SELECT first_response_min || ' / ' || resolution_min FROM complaint_time_limits WHERE channel = ? AND severity = ?"),
                                   {channel, complaintSeverityKey(severity)});
    if (!before)
        return Error{before.error()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM complaint_time_limits WHERE channel = ? AND severity = ?"));
    q.addBindValue(channel);
    q.addBindValue(complaintSeverityKey(severity));
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    if (const Status s = recordSetting("complaint_time_limit", item, *before, std::nullopt, userId); !s)
        return s;
    return transaction.commit();
}

Status ComplaintStore::setTimeLimit(const ComplaintTimeLimit &limit, std::optional<qint64> userId)
{
    if (const Status s = mayConfigure(userId); !s)
        return s;
    if (limit.firstResponseMinutes <= 0 || limit.resolutionMinutes < limit.firstResponseMinutes)
        return Error{Text::tr("A first-response limit is at least a minute, and the resolution limit at least as long as it.")};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    const QString item = limit.channel + QLatin1Char('/') + complaintSeverityKey(limit.severity);
    const auto before = settingNow(QStringLiteral("SELECT first_response_min || ' / ' || resolution_min FROM complaint_time_limits "
                                                  "WHERE channel = COALESCE(?, '') AND severity = ?"),
                                   {limit.channel, complaintSeverityKey(limit.severity)});
    if (!before)
        return Error{before.error()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO complaint_time_limits (channel, severity, first_response_min, resolution_min) VALUES (COALESCE(?, ''), ?, ?, ?) "
                             "ON CONFLICT (channel, severity) DO UPDATE SET first_response_min = excluded.first_response_min, "
                             "resolution_min = excluded.resolution_min"));
    q.addBindValue(limit.channel);
    q.addBindValue(complaintSeverityKey(limit.severity));
    q.addBindValue(limit.firstResponseMinutes);
    q.addBindValue(limit.resolutionMinutes);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    if (const Status s = recordSetting("complaint_time_limit", item, *before,
                                       QStringLiteral("%1 / %2").arg(limit.firstResponseMinutes).arg(limit.resolutionMinutes), userId);
        !s)
        return s;
    return transaction.commit();
}

Result<ComplaintTimeLimit> ComplaintStore::timeLimitFor(Channel channel, ComplaintSeverity severity)
{
    QSqlQuery q(m_db.connection());
    // The channel's own row sorts before every channel's ('').
    q.prepare(QStringLiteral("SELECT channel, first_response_min, resolution_min FROM complaint_time_limits "
                             "WHERE severity = ? AND channel IN (?, '') ORDER BY channel DESC"));
    q.addBindValue(complaintSeverityKey(severity));
    q.addBindValue(channelKey(channel));
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (!q.next())
        return Error{Text::tr("There is no time limit for %1 complaints; set one in Settings ▸ Complaints.").arg(complaintSeverityName(severity))};
    ComplaintTimeLimit l;
    l.channel = q.value(0).toString();
    l.severity = severity;
    l.firstResponseMinutes = q.value(1).toInt();
    l.resolutionMinutes = q.value(2).toInt();
    return l;
}

} // namespace servqa
