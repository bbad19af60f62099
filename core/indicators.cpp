#include "indicators.h"

#include "database.h"
#include "nps.h"
#include "sqlwhere.h"
#include "timeutil.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace servqa {

namespace {

struct KindName
{
    IndicatorKind kind;
    const char *key;
    const char *name;
};

const KindName kindNames[] = {
    {IndicatorKind::Csat, "csat", QT_TRANSLATE_NOOP("Indicator", "Customer satisfaction (CSAT, top two boxes)")},
    {IndicatorKind::CsatMean, "csat_mean", QT_TRANSLATE_NOOP("Indicator", "CSAT mean (1–5)")},
    {IndicatorKind::Nps, "nps", QT_TRANSLATE_NOOP("Indicator", "Net Promoter Score (NPS)")},
    {IndicatorKind::Ces, "ces", QT_TRANSLATE_NOOP("Indicator", "Customer effort (CES mean, 1–7)")},
    {IndicatorKind::Fcr, "fcr", QT_TRANSLATE_NOOP("Indicator", "First-contact resolution")},
    {IndicatorKind::FirstResponse, "first_response", QT_TRANSLATE_NOOP("Indicator", "First response on time")},
    {IndicatorKind::ResolutionTime, "resolution_time", QT_TRANSLATE_NOOP("Indicator", "Resolved on time")},
    {IndicatorKind::ResolutionRate, "resolution_rate", QT_TRANSLATE_NOOP("Indicator", "Resolution rate")},
    {IndicatorKind::EvaluationPass, "evaluation_pass", QT_TRANSLATE_NOOP("Indicator", "Evaluations passed")},
    {IndicatorKind::MysteryShop, "mystery_shop", QT_TRANSLATE_NOOP("Indicator", "Mystery-shop compliance")},
};

const std::array<Channel, 5> everyChannel{Channel::Call, Channel::Chat, Channel::Email, Channel::Visit, Channel::Social};

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

IndicatorValue share(IndicatorKind kind, double hits, qint64 n)
{
    IndicatorValue v;
    v.kind = kind;
    v.n = int(n);
    v.hits = hits;
    if (n > 0)
        v.value = 100.0 * hits / n;
    return v;
}

IndicatorValue mean(IndicatorKind kind, double sum, qint64 n)
{
    IndicatorValue v;
    v.kind = kind;
    v.n = int(n);
    if (n > 0)
        v.value = sum / n;
    return v;
}

// CSAT, its mean, NPS and CES from the feedback of the scope.
Result<QVector<IndicatorValue>> feedbackIndicators(Database &db, const IndicatorScope &scope)
{
    SqlWhere where;
    where.add("f.responded_at >= ?", toStored(scope.period.start()));
    where.add("f.responded_at < ?", toStored(scope.period.end()));
    where.addSites(QStringLiteral("f.site_id"), scope.siteId, scope.region);
    if (scope.channel)
        where.add("f.channel = ?", channelKey(*scope.channel));
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // Top two boxes: 4–5 of 5, 6–7 of 7, 9–10 of 10; the mean put on 1–5 as 1 + (x − 1)·4/(scale − 1).
    q.prepare(QStringLiteral("SELECT COUNT(f.csat), SUM(CASE WHEN f.csat >= s.csat_scale - 1 THEN 1 ELSE 0 END), "
                             "SUM(1.0 + (f.csat - 1) * 4.0 / (s.csat_scale - 1)), COUNT(f.nps), "
                             "SUM(CASE WHEN f.nps >= 9 THEN 1 ELSE 0 END), SUM(CASE WHEN f.nps <= 6 THEN 1 ELSE 0 END), "
                             "COUNT(f.ces), SUM(f.ces) FROM feedback f JOIN feedback_surveys s ON s.id = f.survey_id")
              + where.sql());
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    q.next();
    const qint64 csatN = q.value(0).toLongLong();
    QVector<IndicatorValue> values{share(IndicatorKind::Csat, q.value(1).toDouble(), csatN),
                                   mean(IndicatorKind::CsatMean, q.value(2).toDouble(), csatN)};
    IndicatorValue nps;
    nps.kind = IndicatorKind::Nps;
    nps.n = q.value(3).toInt();
    if (nps.n > 0) {
        // netPromoter() takes the answers; their classes are all it needs.
        QVector<int> classes(q.value(4).toInt(), 10);
        classes += QVector<int>(q.value(5).toInt(), 0);
        classes += QVector<int>(nps.n - q.value(4).toInt() - q.value(5).toInt(), 8);
        const auto score = netPromoter(classes);
        if (score) {
            nps.value = score->score;
            nps.standardError = score->standardError;
            nps.lower = score->lower;
            nps.upper = score->upper;
        }
    }
    values << nps << mean(IndicatorKind::Ces, q.value(7).toDouble(), q.value(6).toLongLong());
    return values;
}

struct Site
{
    qint64 id = 0;
    QString region;
};

Result<QVector<Site>> sitesOf(Database &db, const IndicatorScope &scope)
{
    SqlWhere where;
    where.addSites(QStringLiteral("id"), scope.siteId, scope.region);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, region FROM sites") + where.sql());
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    QVector<Site> sites;
    while (q.next())
        sites.push_back({q.value(0).toLongLong(), q.value(1).toString()});
    return sites;
}

// First response, resolution time, FCR and resolution rate from the contacts of the scope, each
// contact's times judged against the thresholds of its site and channel.
Result<QVector<IndicatorValue>> contactIndicators(Database &db, const IndicatorScope &scope, const QVector<IndicatorTarget> &targets)
{
    const auto sites = sitesOf(db, scope);
    if (!sites)
        return Error{sites.error()};
    QStringList rows;
    QVariantList thresholds;
    for (const Site &site : *sites) {
        for (Channel c : everyChannel) {
            if (scope.channel && *scope.channel != c)
                continue;
            rows << QStringLiteral("(CAST(? AS BIGINT), ?, CAST(? AS INTEGER), CAST(? AS INTEGER))");
            thresholds << site.id << channelKey(c);
            for (IndicatorKind kind : {IndicatorKind::FirstResponse, IndicatorKind::ResolutionTime}) {
                const auto t = targetFor(targets, kind, c, site.region, site.id);
                thresholds << (t && t->thresholdSeconds ? QVariant(qint64(*t->thresholdSeconds)) : nullInt());
            }
        }
    }
    QVector<IndicatorValue> values;
    if (rows.isEmpty()) {
        for (IndicatorKind kind : {IndicatorKind::Fcr, IndicatorKind::FirstResponse, IndicatorKind::ResolutionTime, IndicatorKind::ResolutionRate})
            values << share(kind, 0, 0);
        return values;
    }
    SqlWhere where;
    where.add("i.started_at >= ?", toStored(scope.period.start()));
    where.add("i.started_at < ?", toStored(scope.period.end()));
    where.addSites(QStringLiteral("i.site_id"), scope.siteId, scope.region);
    if (scope.channel)
        where.add("i.channel = ?", channelKey(*scope.channel));
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("WITH t (site_id, channel, first_response_s, resolution_s) AS (VALUES ") + rows.join(QStringLiteral(", "))
              + QStringLiteral(") SELECT COUNT(i.resolved), SUM(i.resolved), "
                               "SUM(CASE WHEN i.first_response_s IS NOT NULL AND t.first_response_s IS NOT NULL THEN 1 ELSE 0 END), "
                               "SUM(CASE WHEN i.first_response_s <= t.first_response_s THEN 1 ELSE 0 END), "
                               "SUM(CASE WHEN i.resolution_s IS NOT NULL AND t.resolution_s IS NOT NULL THEN 1 ELSE 0 END), "
                               "SUM(CASE WHEN i.resolution_s <= t.resolution_s THEN 1 ELSE 0 END), "
                               "SUM(CASE WHEN i.resolved IS NOT NULL OR i.resolution_s IS NOT NULL THEN 1 ELSE 0 END), "
                               "SUM(CASE WHEN i.resolved = 1 OR i.resolution_s IS NOT NULL THEN 1 ELSE 0 END) "
                               "FROM interactions i JOIN t ON t.site_id = i.site_id AND t.channel = i.channel")
              + where.sql());
    for (const QVariant &v : thresholds)
        q.addBindValue(v);
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    q.next();
    values << share(IndicatorKind::Fcr, q.value(1).toDouble(), q.value(0).toLongLong())
           << share(IndicatorKind::FirstResponse, q.value(3).toDouble(), q.value(2).toLongLong())
           << share(IndicatorKind::ResolutionTime, q.value(5).toDouble(), q.value(4).toLongLong())
           << share(IndicatorKind::ResolutionRate, q.value(7).toDouble(), q.value(6).toLongLong());
    return values;
}

// Scorecard evaluations passed and the mean score of mystery-shop checklists (submitted and later).
Result<QVector<IndicatorValue>> evaluationIndicators(Database &db, const IndicatorScope &scope)
{
    SqlWhere where;
    where.add("e.status <> ?", QStringLiteral("draft"));
    where.add("e.occurred_at >= ?", toStored(scope.period.start()));
    where.add("e.occurred_at < ?", toStored(scope.period.end()));
    where.addSites(QStringLiteral("e.site_id"), scope.siteId, scope.region);
    if (scope.channel)
        where.add("e.interaction_id IN (SELECT id FROM interactions WHERE channel = ?)", channelKey(*scope.channel));
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT SUM(CASE WHEN f.kind = 'scorecard' AND e.passed IS NOT NULL THEN 1 ELSE 0 END), "
                             "SUM(CASE WHEN f.kind = 'scorecard' THEN e.passed ELSE 0 END), "
                             "SUM(CASE WHEN f.kind = 'checklist' AND e.score IS NOT NULL THEN 1 ELSE 0 END), "
                             "SUM(CASE WHEN f.kind = 'checklist' THEN e.score ELSE 0 END) "
                             "FROM evaluations e JOIN form_versions v ON v.id = e.form_version_id JOIN forms f ON f.id = v.form_id")
              + where.sql());
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    q.next();
    return QVector<IndicatorValue>{share(IndicatorKind::EvaluationPass, q.value(1).toDouble(), q.value(0).toLongLong()),
                                   mean(IndicatorKind::MysteryShop, q.value(3).toDouble(), q.value(2).toLongLong())};
}

// The levels of a time indicator over every channel: the most lenient of the channels' targets.
std::optional<IndicatorTarget> leniestOverChannels(const QVector<IndicatorTarget> &targets, IndicatorKind kind, const QString &region,
                                                   std::optional<qint64> siteId)
{
    std::optional<IndicatorTarget> found;
    for (Channel c : everyChannel) {
        const auto t = targetFor(targets, kind, c, region, siteId);
        if (!t)
            continue;
        if (!found) {
            found = t;
            found->channel.reset();
            found->thresholdSeconds.reset();
            continue;
        }
        found->target = std::min(found->target, t->target);
        found->warning = std::min(found->warning, t->warning);
        found->alarm = std::min(found->alarm, t->alarm);
    }
    return found;
}

} // namespace

const QVector<IndicatorKind> &allIndicators()
{
    static const QVector<IndicatorKind> all = [] {
        QVector<IndicatorKind> list;
        for (const KindName &k : kindNames)
            list << k.kind;
        return list;
    }();
    return all;
}

QString indicatorKey(IndicatorKind kind)
{
    return QLatin1String(kindNames[int(kind)].key);
}

std::optional<IndicatorKind> indicatorFromKey(const QString &key)
{
    for (const KindName &k : kindNames) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString indicatorName(IndicatorKind kind)
{
    return QCoreApplication::translate("Indicator", kindNames[int(kind)].name);
}

bool isTimeIndicator(IndicatorKind kind)
{
    return kind == IndicatorKind::FirstResponse || kind == IndicatorKind::ResolutionTime;
}

bool isShare(IndicatorKind kind)
{
    return kind != IndicatorKind::CsatMean && kind != IndicatorKind::Nps && kind != IndicatorKind::Ces && kind != IndicatorKind::MysteryShop;
}

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

Result<qint64> saveIndicatorTarget(Database &db, const IndicatorTarget &t)
{
    if (!(t.target >= t.warning && t.warning >= t.alarm))
        return Error{QCoreApplication::translate("Indicator", "The levels must go down from the target to the warning to the alarm "
                                                 "(%1 ≥ %2 ≥ %3).").arg(t.target).arg(t.warning).arg(t.alarm)};
    if (isTimeIndicator(t.kind) != t.thresholdSeconds.has_value() || (t.thresholdSeconds && *t.thresholdSeconds <= 0))
        return Error{QCoreApplication::translate("Indicator", "%1 needs a time limit in seconds; the other indicators have none.")
                         .arg(indicatorName(t.kind))};
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
    q.addBindValue(t.siteId ? QStringLiteral("") : t.region);
    q.addBindValue(t.siteId.value_or(0));
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    q.prepare(QStringLiteral("INSERT INTO indicator_targets (indicator, channel, region, site_id, threshold_s, target, warning, alarm) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(indicatorKey(t.kind));
    q.addBindValue(t.channel ? channelKey(*t.channel) : QStringLiteral(""));
    q.addBindValue(t.siteId ? QStringLiteral("") : t.region);
    q.addBindValue(t.siteId ? QVariant(*t.siteId) : nullInt());
    q.addBindValue(t.thresholdSeconds ? QVariant(*t.thresholdSeconds) : nullInt());
    q.addBindValue(t.target);
    q.addBindValue(t.warning);
    q.addBindValue(t.alarm);
    const auto id = execReturningId(q, db);
    if (!id)
        return Error{id.error()};
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return *id;
}

Status removeIndicatorTarget(Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM indicator_targets WHERE id = ?"));
    q.addBindValue(id);
    return execQuery(q, db);
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

IndicatorStatus statusOf(std::optional<double> value, const std::optional<IndicatorTarget> &target)
{
    if (!value)
        return IndicatorStatus::NoData;
    if (!target || *value >= target->target)
        return IndicatorStatus::Met;
    if (*value < target->alarm)
        return IndicatorStatus::Alarm;
    if (*value < target->warning)
        return IndicatorStatus::Warning;
    return IndicatorStatus::BelowTarget;
}

Result<QVector<IndicatorValue>> computeIndicators(Database &db, const IndicatorScope &scope)
{
    const auto targets = loadIndicatorTargets(db);
    if (!targets)
        return Error{targets.error()};
    const auto feedback = feedbackIndicators(db, scope);
    if (!feedback)
        return Error{feedback.error()};
    const auto contacts = contactIndicators(db, scope, *targets);
    if (!contacts)
        return Error{contacts.error()};
    const auto evaluations = evaluationIndicators(db, scope);
    if (!evaluations)
        return Error{evaluations.error()};
    QString region = scope.region.value_or(QString());
    if (scope.siteId && region.isEmpty()) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT region FROM sites WHERE id = ?"));
        q.addBindValue(*scope.siteId);
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
        if (q.next())
            region = q.value(0).toString();
    }
    // In allIndicators() order: feedback, contacts, evaluations.
    QVector<IndicatorValue> all = *feedback + *contacts + *evaluations;
    for (IndicatorValue &v : all) {
        v.target = isTimeIndicator(v.kind) && !scope.channel ? leniestOverChannels(*targets, v.kind, region, scope.siteId)
                                                              : targetFor(*targets, v.kind, scope.channel, region, scope.siteId);
        v.status = statusOf(v.value, v.target);
    }
    return all;
}

} // namespace servqa
