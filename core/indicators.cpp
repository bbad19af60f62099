#include "indicators.h"

#include "database.h"
#include "localdays.h"
#include "nps.h"
#include "rollups.h"
#include "sqlwhere.h"
#include "timeutil.h"

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

// The sums each source's query gives for one cell (a site or every site, one period), in the
// order of its SELECT: what the indicators are computed from.
using Sums = QVector<double>;
using Cell = QPair<qint64, int>; // site (0: every site), period index
using Grid = QHash<Cell, Sums>;

// Where a time falls among the periods (consecutive, in order): "CASE WHEN t < end₀ THEN 0 …",
// with the bounds to bind; each period's end is the next one's start in local time, so a period
// is exact in a zone with summer time.
struct Buckets
{
    QString sql;
    QVariantList bounds;
};

Buckets bucketsOf(const QString &column, const QVector<DayRange> &periods)
{
    Buckets b;
    b.sql = QStringLiteral("CASE");
    for (int i = 0; i < periods.size(); ++i) {
        b.sql += QStringLiteral(" WHEN %1 < ? THEN %2").arg(column).arg(i);
        b.bounds << toStored(periods[i].end());
    }
    b.sql += QStringLiteral(" END");
    return b;
}

// The same over a rollup's local day numbers: "CASE WHEN day < day(end₀) THEN 0 …".
Buckets dayBucketsOf(const QVector<qint64> &ends)
{
    Buckets b;
    b.sql = QStringLiteral("CASE");
    for (int i = 0; i < ends.size(); ++i) {
        b.sql += QStringLiteral(" WHEN day < ? THEN %1").arg(i);
        b.bounds << ends[i];
    }
    b.sql += QStringLiteral(" END");
    return b;
}

// Where the periods start and end as the rollups' local days (rollups::dayBound), when every
// bound is the start of one of the workspace's days; nullopt otherwise (the rows are read then).
struct PeriodDays
{
    qint64 first = 0;
    QVector<qint64> ends; // each period's end, exclusive
};

std::optional<PeriodDays> periodDays(Database &db, const QVector<DayRange> &periods)
{
    const auto days = LocalDays::load(db);
    if (!days)
        return std::nullopt;
    PeriodDays result;
    const auto first = rollups::dayBound(periods.first().start(), *days);
    if (!first)
        return std::nullopt;
    result.first = *first;
    for (const DayRange &p : periods) {
        const auto end = rollups::dayBound(p.end(), *days);
        if (!end)
            return std::nullopt;
        result.ends << *end;
    }
    return result;
}

// Runs a source's query over `periods`, grouped by period (and by site when `bySite`): over the
// rows by their time column, or over a rollup's day column when `days` are given.
// `with` (and its binds) comes before the SELECT.
Result<Grid> sumsByCell(Database &db, const QString &selectSums, const QString &from, const QString &timeColumn,
                        const QString &siteColumn, SqlWhere where, const QVector<DayRange> &periods, bool bySite, int sumCount,
                        const QString &with = {}, const QVariantList &withBinds = {}, const std::optional<PeriodDays> &days = {})
{
    if (days) {
        where.add("day >= ?", days->first);
        where.add("day < ?", days->ends.last());
    } else {
        where.add(timeColumn + QStringLiteral(" >= ?"), {toStored(periods.first().start())});
        where.add(timeColumn + QStringLiteral(" < ?"), {toStored(periods.last().end())});
    }
    const Buckets buckets = days ? dayBucketsOf(days->ends) : bucketsOf(timeColumn, periods);
    const QString site = bySite ? siteColumn : QStringLiteral("0");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(with + QStringLiteral("SELECT %1, %2, %3 FROM %4").arg(site, buckets.sql, selectSums, from) + where.sql()
              + QStringLiteral(" GROUP BY 1, 2"));
    for (const QVariant &v : withBinds)
        q.addBindValue(v);
    for (const QVariant &v : buckets.bounds)
        q.addBindValue(v);
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    Grid grid;
    while (q.next()) {
        Sums sums;
        for (int i = 0; i < sumCount; ++i)
            sums << q.value(2 + i).toDouble();
        grid.insert({q.value(0).toLongLong(), q.value(1).toInt()}, sums);
    }
    return grid;
}

// CSAT (top two boxes: 4–5 of 5, 6–7 of 7, 9–10 of 10), its mean put on 1–5 as
// 1 + (x − 1)·4/(scale − 1), NPS and CES from the feedback.
Result<Grid> feedbackSums(Database &db, const IndicatorScope &scope, const QVector<DayRange> &periods, bool bySite)
{
    // From feedback_rollup (schema 29) unless one agent's answers are asked for.
    if (const auto days = scope.staffId ? std::nullopt : periodDays(db, periods)) {
        SqlWhere where;
        where.addSites(QStringLiteral("site_id"), scope.siteId, scope.region);
        if (scope.channel)
            where.add("channel = ?", channelKey(*scope.channel));
        return sumsByCell(db, QStringLiteral("SUM(csat_n), SUM(csat_top), SUM(csat_n) + SUM(csat_points) / 36.0, SUM(nps_n), "
                                             "SUM(promoters), SUM(detractors), SUM(ces_n), SUM(ces_sum)"),
                          QStringLiteral("feedback_rollup"), {}, QStringLiteral("site_id"), where, periods, bySite, 8, {}, {}, days);
    }
    SqlWhere where;
    where.addSites(QStringLiteral("f.site_id"), scope.siteId, scope.region);
    if (scope.channel)
        where.add("f.channel = ?", channelKey(*scope.channel));
    if (scope.staffId)
        where.add("f.interaction_id IN (SELECT id FROM interactions WHERE staff_id = ?)", *scope.staffId);
    return sumsByCell(db, QStringLiteral("COUNT(f.csat), SUM(CASE WHEN f.csat >= s.csat_scale - 1 THEN 1 ELSE 0 END), "
                                         "SUM(1.0 + (f.csat - 1) * 4.0 / (s.csat_scale - 1)), COUNT(f.nps), "
                                         "SUM(CASE WHEN f.nps >= 9 THEN 1 ELSE 0 END), SUM(CASE WHEN f.nps <= 6 THEN 1 ELSE 0 END), "
                                         "COUNT(f.ces), SUM(f.ces)"),
                      QStringLiteral("feedback f JOIN feedback_surveys s ON s.id = f.survey_id"), QStringLiteral("f.responded_at"),
                      QStringLiteral("f.site_id"), where, periods, bySite, 8);
}

QVector<IndicatorValue> feedbackValues(const Sums &s)
{
    const qint64 csatN = qint64(s.value(0));
    QVector<IndicatorValue> values{share(IndicatorKind::Csat, s.value(1), csatN), mean(IndicatorKind::CsatMean, s.value(2), csatN)};
    IndicatorValue nps;
    nps.kind = IndicatorKind::Nps;
    nps.n = int(s.value(3));
    if (nps.n > 0) {
        // netPromoter() takes answers; their classes are all it needs.
        const int promoters = int(s.value(4)), detractors = int(s.value(5));
        QVector<int> classes(promoters, 10);
        classes += QVector<int>(detractors, 0);
        classes += QVector<int>(nps.n - promoters - detractors, 8);
        if (const auto score = netPromoter(classes)) {
            nps.value = score->score;
            nps.hits = promoters - detractors;
            nps.standardError = score->standardError;
            nps.lower = score->lower;
            nps.upper = score->upper;
        }
    }
    values << nps << mean(IndicatorKind::Ces, s.value(7), qint64(s.value(6)));
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

// Whether contact_rollup was counted with these limits (contact_limits holds each of them).
bool contactRollupCounts(Database &db, const QVector<ContactLimit> &limits)
{
    const auto stored = rollups::storedContactLimits(db);
    if (!stored)
        return false;
    for (const ContactLimit &l : limits) {
        const auto it = stored->constFind({l.siteId, channelKey(l.channel)});
        if (it == stored->constEnd() || it->firstResponse != l.firstResponse || it->resolution != l.resolution)
            return false;
    }
    return true;
}

// FCR, first response and resolution on time, resolution rate from the contacts, each contact's
// times judged against the thresholds of its site and channel: from contact_rollup (schema 29)
// when it was counted with the thresholds of today (contact_limits) and no agent is asked for,
// otherwise from the rows with a table of the thresholds in the query.
Result<Grid> contactSums(Database &db, const IndicatorScope &scope, const QVector<DayRange> &periods, bool bySite)
{
    const auto limits = contactLimitsFor(db, scope);
    if (!limits)
        return Error{limits.error()};
    if (limits->isEmpty())
        return Grid();
    SqlWhere where;
    const bool fromRollup = !scope.staffId && contactRollupCounts(db, *limits);
    where.addSites(fromRollup ? QStringLiteral("site_id") : QStringLiteral("i.site_id"), scope.siteId, scope.region);
    if (scope.channel)
        where.add(fromRollup ? "channel = ?" : "i.channel = ?", channelKey(*scope.channel));
    if (fromRollup) {
        if (const auto days = periodDays(db, periods))
            return sumsByCell(db, QStringLiteral("SUM(resolved_n), SUM(resolved_fcr), SUM(response_n), SUM(response_kept), SUM(resolution_n), "
                                                 "SUM(resolution_kept), SUM(outcome_n), SUM(outcome_resolved)"),
                              QStringLiteral("contact_rollup"), {}, QStringLiteral("site_id"), where, periods, bySite, 8, {}, {}, days);
        where = SqlWhere();
        where.addSites(QStringLiteral("i.site_id"), scope.siteId, scope.region);
        if (scope.channel)
            where.add("i.channel = ?", channelKey(*scope.channel));
    }
    QStringList rows;
    QVariantList thresholds;
    for (const ContactLimit &l : *limits) {
        rows << QStringLiteral("(CAST(? AS BIGINT), ?, CAST(? AS INTEGER), CAST(? AS INTEGER))");
        thresholds << l.siteId << channelKey(l.channel)
                   << (l.firstResponse ? QVariant(qint64(*l.firstResponse)) : nullInt())
                   << (l.resolution ? QVariant(qint64(*l.resolution)) : nullInt());
    }
    if (scope.staffId)
        where.add("i.staff_id = ?", *scope.staffId);
    const QString with = QStringLiteral("WITH t (site_id, channel, fr_limit, rt_limit) AS (VALUES ") + rows.join(QStringLiteral(", "))
                         + QStringLiteral(") ");
    return sumsByCell(db, QStringLiteral("COUNT(i.resolved), SUM(i.resolved), "
                                         "SUM(CASE WHEN i.first_response_s IS NOT NULL AND t.fr_limit IS NOT NULL THEN 1 ELSE 0 END), "
                                         "SUM(CASE WHEN i.first_response_s <= t.fr_limit THEN 1 ELSE 0 END), "
                                         "SUM(CASE WHEN i.resolution_s IS NOT NULL AND t.rt_limit IS NOT NULL THEN 1 ELSE 0 END), "
                                         "SUM(CASE WHEN i.resolution_s <= t.rt_limit THEN 1 ELSE 0 END), "
                                         "SUM(CASE WHEN i.resolved IS NOT NULL OR i.resolution_s IS NOT NULL THEN 1 ELSE 0 END), "
                                         "SUM(CASE WHEN i.resolved = 1 OR i.resolution_s IS NOT NULL THEN 1 ELSE 0 END)"),
                      QStringLiteral("interactions i JOIN t ON t.site_id = i.site_id AND t.channel = i.channel"), QStringLiteral("i.started_at"),
                      QStringLiteral("i.site_id"), where, periods, bySite, 8, with, thresholds);
}

QVector<IndicatorValue> contactValues(const Sums &s)
{
    return {share(IndicatorKind::Fcr, s.value(1), qint64(s.value(0))), share(IndicatorKind::FirstResponse, s.value(3), qint64(s.value(2))),
            share(IndicatorKind::ResolutionTime, s.value(5), qint64(s.value(4))), share(IndicatorKind::ResolutionRate, s.value(7), qint64(s.value(6)))};
}

// Scorecard evaluations passed and the mean score of mystery-shop checklists (submitted and later).
Result<Grid> evaluationSums(Database &db, const IndicatorScope &scope, const QVector<DayRange> &periods, bool bySite)
{
    // From score_rollup unless one agent's are asked for: its channel is the evaluated contact's,
    // and its scored evaluations are those passed or failed (a submitted evaluation has both a
    // score and a verdict, or neither: core/scoreengine.cpp).
    if (const auto days = scope.staffId ? std::nullopt : periodDays(db, periods)) {
        SqlWhere where;
        where.addSites(QStringLiteral("r.site_id"), scope.siteId, scope.region);
        if (scope.channel)
            where.add("r.channel = ?", channelKey(*scope.channel));
        return sumsByCell(db, QStringLiteral("SUM(CASE WHEN f.kind = 'scorecard' THEN r.n_score ELSE 0 END), "
                                             "SUM(CASE WHEN f.kind = 'scorecard' THEN r.passed ELSE 0 END), "
                                             "SUM(CASE WHEN f.kind = 'checklist' THEN r.n_score ELSE 0 END), "
                                             "SUM(CASE WHEN f.kind = 'checklist' THEN r.s_score ELSE 0 END)"),
                          QStringLiteral("score_rollup r JOIN forms f ON f.id = r.form_id"), {}, QStringLiteral("r.site_id"), where, periods,
                          bySite, 4, {}, {}, days);
    }
    SqlWhere where;
    where.add("e.status <> ?", QStringLiteral("draft"));
    where.addSites(QStringLiteral("e.site_id"), scope.siteId, scope.region);
    if (scope.channel)
        where.add("e.interaction_id IN (SELECT id FROM interactions WHERE channel = ?)", channelKey(*scope.channel));
    if (scope.staffId)
        where.add("e.staff_id = ?", *scope.staffId);
    return sumsByCell(db, QStringLiteral("SUM(CASE WHEN f.kind = 'scorecard' AND e.passed IS NOT NULL THEN 1 ELSE 0 END), "
                                         "SUM(CASE WHEN f.kind = 'scorecard' THEN e.passed ELSE 0 END), "
                                         "SUM(CASE WHEN f.kind = 'checklist' AND e.score IS NOT NULL THEN 1 ELSE 0 END), "
                                         "SUM(CASE WHEN f.kind = 'checklist' THEN e.score ELSE 0 END)"),
                      QStringLiteral("evaluations e JOIN form_versions v ON v.id = e.form_version_id JOIN forms f ON f.id = v.form_id"),
                      QStringLiteral("e.occurred_at"), QStringLiteral("e.site_id"), where, periods, bySite, 4);
}

QVector<IndicatorValue> evaluationValues(const Sums &s)
{
    return {share(IndicatorKind::EvaluationPass, s.value(1), qint64(s.value(0))), mean(IndicatorKind::MysteryShop, s.value(3), qint64(s.value(2)))};
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

Result<QVector<ContactLimit>> contactLimitsFor(Database &db, const IndicatorScope &scope)
{
    const auto targets = loadIndicatorTargets(db);
    if (!targets)
        return Error{targets.error()};
    const auto sites = sitesOf(db, scope);
    if (!sites)
        return Error{sites.error()};
    QVector<ContactLimit> limits;
    for (const Site &site : *sites) {
        for (Channel c : everyChannel) {
            if (scope.channel && *scope.channel != c)
                continue;
            ContactLimit l;
            l.siteId = site.id;
            l.channel = c;
            if (const auto t = targetFor(*targets, IndicatorKind::FirstResponse, c, site.region, site.id); t && t->thresholdSeconds)
                l.firstResponse = *t->thresholdSeconds;
            if (const auto t = targetFor(*targets, IndicatorKind::ResolutionTime, c, site.region, site.id); t && t->thresholdSeconds)
                l.resolution = *t->thresholdSeconds;
            limits << l;
        }
    }
    return limits;
}

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

IndicatorSources sourceOf(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Csat:
    case IndicatorKind::CsatMean:
    case IndicatorKind::Nps:
    case IndicatorKind::Ces: return FeedbackSource;
    case IndicatorKind::EvaluationPass:
    case IndicatorKind::MysteryShop: return EvaluationSource;
    default: return ContactSource;
    }
}

Result<IndicatorGrid> computeIndicatorGrid(Database &db, const IndicatorScope &scope, const QVector<DayRange> &periods, bool bySite,
                                           IndicatorSources sources)
{
    IndicatorGrid grid;
    grid.periods = periods;
    if (periods.isEmpty())
        return grid;
    const auto targets = loadIndicatorTargets(db);
    if (!targets)
        return Error{targets.error()};
    // A source not asked for reads nothing: its indicators have no cases.
    const auto feedback = sources & FeedbackSource ? feedbackSums(db, scope, periods, bySite) : Result<Grid>(Grid());
    if (!feedback)
        return Error{feedback.error()};
    const auto contacts = sources & ContactSource ? contactSums(db, scope, periods, bySite) : Result<Grid>(Grid());
    if (!contacts)
        return Error{contacts.error()};
    const auto evaluations = sources & EvaluationSource ? evaluationSums(db, scope, periods, bySite) : Result<Grid>(Grid());
    if (!evaluations)
        return Error{evaluations.error()};
    const auto sites = sitesOf(db, scope);
    if (!sites)
        return Error{sites.error()};
    QVector<Site> rows;
    if (bySite) {
        rows = *sites;
    } else {
        Site whole;
        whole.region = scope.region.value_or(QString());
        if (scope.siteId && sites->size() == 1)
            whole.region = sites->first().region;
        rows << whole;
    }
    for (const Site &site : rows) {
        const std::optional<qint64> siteId = bySite ? std::optional<qint64>(site.id) : scope.siteId;
        QVector<QVector<IndicatorValue>> cells;
        for (int p = 0; p < periods.size(); ++p) {
            const Cell cell{bySite ? site.id : 0, p};
            // In allIndicators() order: feedback, contacts, evaluations.
            QVector<IndicatorValue> values = feedbackValues(feedback->value(cell)) + contactValues(contacts->value(cell))
                                             + evaluationValues(evaluations->value(cell));
            for (IndicatorValue &v : values) {
                v.target = isTimeIndicator(v.kind) && !scope.channel ? leniestOverChannels(*targets, v.kind, site.region, siteId)
                                                                      : targetFor(*targets, v.kind, scope.channel, site.region, siteId);
                v.status = statusOf(v.value, v.target);
            }
            cells << values;
        }
        grid.siteIds << (bySite ? site.id : 0);
        grid.values << cells;
    }
    return grid;
}

Result<QVector<IndicatorValue>> computeIndicators(Database &db, const IndicatorScope &scope)
{
    const auto grid = computeIndicatorGrid(db, scope, {scope.period}, false);
    if (!grid)
        return Error{grid.error()};
    return grid->values.first().first();
}

} // namespace servqa
