// Service targets (服务标准指标): stored per indicator, channel and place, the most specific one
// applying (core/indicators.h); a changed time limit counts the contacts again.
#include "indicators.h"

#include "database.h"
#include "rollups.h"
#include "transactionguard.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace servqa {

namespace {

QVariant nullInt() { return QVariant(QMetaType(QMetaType::LongLong)); }

// How specific a target is for the scope asked about; -1 when it does not apply.
int specificity(const IndicatorTarget &t, std::optional<Channel> channel, const QString &region, std::optional<qint64> siteId)
{
    if (t.channel && t.channel != channel)
        return -1;
    int place = 0;
    if (t.siteId) {
        if (t.siteId != siteId)
            return -1;
        place = 2;
    } else if (!t.region.isEmpty()) {
        if (t.region != region)
            return -1;
        place = 1;
    }
    return place * 2 + (t.channel ? 1 : 0);
}

} // namespace

Result<QVector<IndicatorTarget>> loadIndicatorTargets(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, indicator, channel, region, site_id, threshold_s, target, warning, alarm FROM indicator_targets ORDER BY id"));
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    QVector<IndicatorTarget> targets;
    while (q.next()) {
        const auto kind = indicatorFromKey(q.value(1).toString());
        if (!kind)
            continue;
        IndicatorTarget t;
        t.id = q.value(0).toLongLong();
        t.kind = *kind;
        t.channel = channelFromKey(q.value(2).toString());
        t.region = q.value(3).toString();
        if (!q.value(4).isNull())
            t.siteId = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            t.thresholdSeconds = q.value(5).toInt();
        t.target = q.value(6).toDouble();
        t.warning = q.value(7).toDouble();
        t.alarm = q.value(8).toDouble();
        targets << t;
    }
    return targets;
}

Status maySetTargets(Database &db, qint64 userId)
{
    if (userId <= 0)
        return success();
    const auto user = UserRepository(db).find(userId);
    if (!user)
        return Error{user.error()};
    if (user->role != UserRole::Lead && user->role != UserRole::Admin)
        return Error{QCoreApplication::translate("Indicators", "Only a QA lead or an administrator sets the service targets and the run rules; "
                                                              "%1 works as: %2.")
                         .arg(user->name, userRoleName(user->role))};
    return success();
}

namespace {

// saveIndicatorTarget() but the contacts counted again: in the caller's transaction.
Result<qint64> storeIndicatorTarget(Database &db, const IndicatorTarget &t)
{
    if (!(t.target >= t.warning && t.warning >= t.alarm))
        return Error{QCoreApplication::translate("Indicator", "The levels must go down from the target to the warning to the alarm "
                                                 "(%1 ≥ %2 ≥ %3).").arg(t.target).arg(t.warning).arg(t.alarm)};
    if (isTimeIndicator(t.kind) != t.thresholdSeconds.has_value() || (t.thresholdSeconds && *t.thresholdSeconds <= 0))
        return Error{QCoreApplication::translate("Indicator", "%1 needs a time limit in seconds; the other indicators have none.")
                         .arg(indicatorName(t.kind))};
    // A site's target is the site's alone; a region of none is every site's.
    const QString region = t.siteId || t.region.isNull() ? QStringLiteral("") : t.region;
    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QSqlQuery q(db.connection());
    // One target per indicator, channel and place: the one saved replaces it.
    q.prepare(QStringLiteral("DELETE FROM indicator_targets WHERE id = ? OR (indicator = ? AND channel = ? AND region = ? "
                             "AND COALESCE(site_id, 0) = ?)"));
    q.addBindValue(t.id);
    q.addBindValue(indicatorKey(t.kind));
    q.addBindValue(t.channel ? channelKey(*t.channel) : QStringLiteral(""));
    q.addBindValue(region);
    q.addBindValue(t.siteId.value_or(0));
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    q.prepare(QStringLiteral("INSERT INTO indicator_targets (indicator, channel, region, site_id, threshold_s, target, warning, alarm) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(indicatorKey(t.kind));
    q.addBindValue(t.channel ? channelKey(*t.channel) : QStringLiteral(""));
    q.addBindValue(region);
    q.addBindValue(t.siteId ? QVariant(*t.siteId) : nullInt());
    q.addBindValue(t.thresholdSeconds ? QVariant(*t.thresholdSeconds) : nullInt());
    q.addBindValue(t.target);
    q.addBindValue(t.warning);
    q.addBindValue(t.alarm);
    const auto id = execReturningId(q, db);
    if (!id)
        return Error{id.error()};
    // A channel's own first-response time is the one Settings shows and the scorecards count with
    // (response_targets): one value, kept in both.
    if (t.kind == IndicatorKind::FirstResponse && t.channel && !t.siteId && region.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE response_targets SET first_response_s = ? WHERE channel = ?"));
        q.addBindValue(*t.thresholdSeconds);
        q.addBindValue(channelKey(*t.channel));
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
    }
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return *id;
}

} // namespace

Result<qint64> saveIndicatorTarget(Database &db, const IndicatorTarget &t)
{
    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    const auto id = storeIndicatorTarget(db, t);
    if (!id)
        return id;
    // The contacts' on-time counts follow a changed time limit.
    if (const Status s = rollups::refreshContactLimits(db); !s)
        return Error{s.error()};
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return *id;
}

Status saveIndicatorTargets(Database &db, const QVector<IndicatorTarget> &targets)
{
    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    for (const IndicatorTarget &t : targets) {
        if (const auto id = storeIndicatorTarget(db, t); !id)
            return Error{id.error()};
    }
    if (const Status s = rollups::refreshContactLimits(db); !s)
        return s;
    return transaction.commit();
}

Status removeIndicatorTarget(Database &db, qint64 id)
{
    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM indicator_targets WHERE id = ?"));
    q.addBindValue(id);
    if (const Status s = execQuery(q, db); !s)
        return s;
    if (const Status s = rollups::refreshContactLimits(db); !s)
        return s;
    return transaction.commit();
}

std::optional<IndicatorTarget> targetFor(const QVector<IndicatorTarget> &targets, IndicatorKind kind, std::optional<Channel> channel,
                                         const QString &region, std::optional<qint64> siteId)
{
    std::optional<IndicatorTarget> best;
    int bestScore = -1;
    for (const IndicatorTarget &t : targets) {
        if (t.kind != kind)
            continue;
        const int score = specificity(t, channel, region, siteId);
        if (score > bestScore) {
            best = t;
            bestScore = score;
        }
    }
    return best;
}

} // namespace servqa
