#include "alerts.h"

#include "database.h"
#include "rollups.h"
#include "sqlwhere.h"
#include "timeutil.h"
#include "transactionguard.h"
#include "userrepository.h"
#include "workspacesettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace servqa {

namespace {

const QString dayFormat = QStringLiteral("yyyy-MM-dd");

// Sentences for the user, translated in the "Alerts" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Alerts)
};

QString kindKey(AlertKind kind) { return kind == AlertKind::Level ? QStringLiteral("level") : QStringLiteral("signal"); }
QString severityKey(AlertSeverity s) { return s == AlertSeverity::Alarm ? QStringLiteral("alarm") : QStringLiteral("warning"); }

// A week's cases as a p chart's subgroup: the cases met out of those counted.
struct Weekly
{
    QVector<DayRange> weeks;
    QVector<IndicatorValue> values;
};

Weekly weeksWithCases(const QVector<DayRange> &weeks, const QVector<QVector<IndicatorValue>> &cells, IndicatorKind indicator)
{
    Weekly w;
    for (int p = 0; p < weeks.size(); ++p) {
        const IndicatorValue &v = cells[p][int(indicator)];
        if (v.n > 0) {
            w.weeks << weeks[p];
            w.values << v;
        }
    }
    return w;
}

// The chart of the weeks, its limits from the set baseline's weeks, or else from the first ones.
// The subgroups that set a chart's limits: the weeks within the baseline a user set, or else the
// first weeks; first < 0 when there are fewer than two.
spc::Baseline baselineOf(const QVector<DayRange> &weeks, const std::optional<DayRange> &set, const AlertCheck &check)
{
    spc::Baseline baseline{-1, -1};
    for (int i = 0; i < weeks.size(); ++i) {
        const bool inside = set ? (weeks[i].from >= set->from && weeks[i].to <= set->to) : i < check.baselineWeeks;
        if (inside) {
            if (baseline.first < 0)
                baseline.first = i;
            baseline.last = i;
        }
    }
    if (baseline.last - baseline.first < 1)
        baseline.first = -1;
    return baseline;
}

IndicatorChart chartOf(IndicatorKind indicator, const Weekly &w, const std::optional<DayRange> &set, const AlertCheck &check)
{
    IndicatorChart c;
    c.indicator = indicator;
    c.key = indicatorKey(indicator);
    c.weeks = w.weeks;
    c.values = w.values;
    const spc::Baseline baseline = baselineOf(w.weeks, set, check);
    c.baselineSet = set.has_value();
    if (baseline.first < 0)
        return c;
    c.baseline = {w.weeks[baseline.first].from, w.weeks[baseline.last].to};
    // A share: the week's cases met of those counted, a p chart. A mean or NPS: the week's value,
    // an individuals chart.
    const bool share = isShare(indicator);
    QVector<spc::Subgroup> subgroups;
    for (const IndicatorValue &v : w.values)
        subgroups << (share ? spc::Subgroup{v.hits, double(v.n), {}} : spc::Subgroup{0, 1, {v.value.value_or(0)}});
    const auto chart = spc::compute(share ? spc::ChartKind::P : spc::ChartKind::IMR, subgroups, baseline, check.rules);
    if (chart)
        c.chart = *chart;
    return c;
}

Result<QHash<QPair<QString, qint64>, DayRange>> loadBaselines(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT indicator, site_id, from_day, to_day FROM spc_baselines"));
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    QHash<QPair<QString, qint64>, DayRange> baselines;
    while (q.next())
        baselines.insert({q.value(0).toString(), q.value(1).toLongLong()},
                         DayRange{QDate::fromString(q.value(2).toString(), dayFormat), QDate::fromString(q.value(3).toString(), dayFormat)});
    return baselines;
}

// Stores an alert unless the same one was raised before; true when new.
class AlertWriter
{
public:
    AlertWriter(Database &db, const QDateTime &now) : m_db(db), m_now(now), m_q(db.connection())
    {
        m_q.prepare(QStringLiteral("INSERT INTO alerts (kind, indicator, site_id, region, channel, period_from, period_to, severity, rule, "
                                   "value, threshold, n, raised_at) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    }
    Result<bool> add(AlertKind kind, IndicatorKind indicator, std::optional<qint64> siteId, const QString &region, const DayRange &period,
                     AlertSeverity severity, int rule, std::optional<double> value, std::optional<double> threshold, int n)
    {
        m_q.addBindValue(kindKey(kind));
        m_q.addBindValue(indicatorKey(indicator));
        m_q.addBindValue(siteId ? QVariant(*siteId) : QVariant(QMetaType(QMetaType::LongLong)));
        m_q.addBindValue(region.isNull() ? QStringLiteral("") : region);
        m_q.addBindValue(period.from.toString(dayFormat));
        m_q.addBindValue(period.to.toString(dayFormat));
        m_q.addBindValue(severityKey(severity));
        m_q.addBindValue(rule);
        m_q.addBindValue(value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double)));
        m_q.addBindValue(threshold ? QVariant(*threshold) : QVariant(QMetaType(QMetaType::Double)));
        m_q.addBindValue(n);
        m_q.addBindValue(toStored(m_now));
        if (const Status s = execQuery(m_q, m_db); !s)
            return Error{s.error()};
        return m_q.numRowsAffected() == 1;
    }

private:
    Database &m_db;
    QDateTime m_now;
    QSqlQuery m_q;
};

// Level alerts of one row of indicators (a site's or a region's month).
Result<int> levelAlerts(AlertWriter &writer, const QVector<IndicatorValue> &values, std::optional<qint64> siteId, const QString &region,
                        const DayRange &month, const AlertCheck &check)
{
    int added = 0;
    for (const IndicatorValue &v : values) {
        if ((v.status != IndicatorStatus::Warning && v.status != IndicatorStatus::Alarm) || v.n < check.fewestCases || !v.target)
            continue;
        const bool alarm = v.status == IndicatorStatus::Alarm;
        const auto fresh = writer.add(AlertKind::Level, v.kind, siteId, region, month, alarm ? AlertSeverity::Alarm : AlertSeverity::Warning, 0,
                                      v.value, alarm ? v.target->alarm : v.target->warning, v.n);
        if (!fresh)
            return Error{fresh.error()};
        added += *fresh ? 1 : 0;
    }
    return added;
}

// Signal alerts of a site's charts: a deterioration (a point below the centre) in one of the last
// two weeks. A point beyond the lower limit (rule 1) is an alarm, a run (rules 2–8) a warning.
Result<int> signalAlerts(AlertWriter &writer, const IndicatorChart &c, qint64 siteId, const QDate &lastTwoWeeksFrom, int fewestInWeek)
{
    if (!c.chart)
        return 0;
    int added = 0;
    for (const spc::Signal &s : c.chart->found) {
        if (s.onSpread)
            continue;
        const int last = s.subgroups.last();
        const spc::Point &p = c.chart->primary.points[last];
        if (c.weeks[last].from < lastTwoWeeksFrom || p.value >= p.centre || c.values[last].n < fewestInWeek)
            continue;
        const bool alarm = s.rule == 1;
        const auto fresh = writer.add(AlertKind::Signal, c.indicator, siteId, QString(), c.weeks[last], alarm ? AlertSeverity::Alarm : AlertSeverity::Warning,
                                      s.rule, 100.0 * p.value, 100.0 * (alarm ? p.lower : p.centre), c.values[last].n);
        if (!fresh)
            return Error{fresh.error()};
        added += *fresh ? 1 : 0;
    }
    return added;
}

// Control limits decide which weeks raise alerts: a QA lead or an administrator moves them.
Status mayMoveLimits(Database &db, std::optional<qint64> userId)
{
    if (!userId)
        return success();
    const auto user = UserRepository(db).find(*userId);
    if (!user)
        return Error{user.error()};
    if (user->role != UserRole::Lead && user->role != UserRole::Admin)
        return Error{Text::tr("Only a QA lead or an administrator sets a control chart's baseline; %1 is not one.").arg(user->name)};
    return success();
}

// The check with its run rules: those asked for, or the workspace's.
AlertCheck withRules(Database &db, const AlertCheck &asked)
{
    AlertCheck check = asked;
    if (check.rules == 0)
        check.rules = WorkspaceSettings(db).runRules();
    return check;
}

Result<QStringList> regions(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT region FROM sites WHERE region <> '' ORDER BY region"));
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

} // namespace

const QVector<IndicatorKind> &chartedIndicators()
{
    static const QVector<IndicatorKind> charted{IndicatorKind::Csat, IndicatorKind::Fcr, IndicatorKind::FirstResponse,
                                                IndicatorKind::ResolutionTime, IndicatorKind::EvaluationPass};
    return charted;
}

QVector<DayRange> weeksEndingWith(const QDate &day, int count)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    QVector<DayRange> weeks;
    for (int i = count - 1; i >= 0; --i)
        weeks << DayRange{monday.addDays(-7 * i), monday.addDays(-7 * i + 6)};
    return weeks;
}

Result<IndicatorChart> indicatorChart(Database &db, IndicatorKind indicator, const IndicatorScope &scope, const AlertCheck &asked)
{
    const AlertCheck check = withRules(db, asked);
    // The last week ends on the chart's day: a chart of a period that ended on a Wednesday shows
    // nothing of the Thursday after.
    QVector<DayRange> weeks = weeksEndingWith(check.now.date(), check.weeks);
    weeks.last().to = std::min(weeks.last().to, check.now.date());
    const auto grid = computeIndicatorGrid(db, scope, weeks, false, sourceOf(indicator));
    if (!grid)
        return Error{grid.error()};
    const auto baselines = loadBaselines(db);
    if (!baselines)
        return Error{baselines.error()};
    const auto set = baselines->constFind({indicatorKey(indicator), scope.siteId.value_or(0)});
    return chartOf(indicator, weeksWithCases(weeks, grid->values.first(), indicator),
                   set == baselines->constEnd() ? std::nullopt : std::optional<DayRange>(*set), check);
}

Result<IndicatorChart> indicatorTrend(Database &db, IndicatorKind indicator, const IndicatorScope &scope)
{
    IndicatorChart c;
    c.indicator = indicator;
    c.key = indicatorKey(indicator);
    c.trend = true;
    c.monthly = scope.period.days() > 13 * 7;
    for (QDate from = scope.period.from; from <= scope.period.to;) {
        const QDate end = c.monthly ? QDate(from.year(), from.month(), 1).addMonths(1).addDays(-1) : from.addDays(7 - from.dayOfWeek());
        c.weeks << DayRange{from, std::min(end, scope.period.to)};
        from = end.addDays(1);
    }
    if (c.weeks.isEmpty())
        return c;
    const auto grid = computeIndicatorGrid(db, scope, c.weeks, false, sourceOf(indicator));
    if (!grid)
        return Error{grid.error()};
    for (const QVector<IndicatorValue> &cell : grid->values.first())
        c.values << cell[int(indicator)];
    return c;
}

bool isWholePeriod(const IndicatorChart &trend, int i)
{
    const DayRange &p = trend.weeks.at(i);
    if (trend.monthly)
        return p.from.day() == 1 && p.to.addDays(1).day() == 1;
    return p.from.dayOfWeek() == 1 && p.days() == 7;
}

namespace {

// The control chart of a weekly chart's subgroups (c.weeks), its limits from the baseline set for the
// chart's key and site, or else the first weeks; none when fewer than two weeks would set them.
Status computeWeekly(Database &db, IndicatorChart &c, spc::ChartKind kind, const QVector<spc::Subgroup> &subgroups, qint64 siteId,
                     const AlertCheck &check)
{
    const auto baselines = loadBaselines(db);
    if (!baselines)
        return Error{baselines.error()};
    const auto set = baselines->constFind({c.key, siteId});
    const std::optional<DayRange> chosen = set == baselines->constEnd() ? std::nullopt : std::optional<DayRange>(*set);
    const spc::Baseline baseline = baselineOf(c.weeks, chosen, check);
    c.baselineSet = chosen.has_value();
    if (baseline.first < 0)
        return success();
    c.baseline = {c.weeks[baseline.first].from, c.weeks[baseline.last].to};
    const auto chart = spc::compute(kind, subgroups, baseline, check.rules);
    if (!chart)
        return Error{chart.error()};
    c.chart = *chart;
    return success();
}

} // namespace

Result<IndicatorChart> scoreChart(Database &db, const IndicatorScope &scope, spc::ChartKind kind, int size, const AlertCheck &asked)
{
    const AlertCheck check = withRules(db, asked);
    QVector<DayRange> weeks = weeksEndingWith(check.now.date(), check.weeks);
    weeks.last().to = std::min(weeks.last().to, check.now.date());
    SqlWhere where;
    where.add("e.status <> ?", QStringLiteral("draft"));
    where.add("f.kind = ?", QStringLiteral("scorecard"));
    where.add(QStringLiteral("e.score IS NOT NULL"), {});
    where.add("e.occurred_at >= ?", toStored(weeks.first().start()));
    where.add("e.occurred_at < ?", toStored(weeks.last().end()));
    where.addSites(QStringLiteral("e.site_id"), scope.siteId, scope.region);
    if (scope.channel)
        where.add("e.interaction_id IN (SELECT id FROM interactions WHERE channel = ?)", channelKey(*scope.channel));
    if (scope.staffId)
        where.add("e.staff_id = ?", *scope.staffId);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.occurred_at, e.score FROM evaluations e JOIN form_versions v ON v.id = e.form_version_id "
                             "JOIN forms f ON f.id = v.form_id")
              + where.sql() + QStringLiteral(" ORDER BY e.occurred_at, e.id"));
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    QVector<QVector<double>> scores(weeks.size());
    int week = 0;
    while (q.next()) {
        const qint64 at = q.value(0).toLongLong();
        while (week + 1 < weeks.size() && at >= toStored(weeks[week].end()))
            ++week;
        scores[week] << q.value(1).toDouble();
    }
    const QString key = kind == spc::ChartKind::XbarR ? QStringLiteral("scores_xbar_r") : QStringLiteral("scores_xbar_s");
    IndicatorChart c;
    c.indicator = IndicatorKind::EvaluationPass;
    c.key = key;
    c.scores = true;
    QVector<spc::Subgroup> subgroups;
    for (int w = 0; w < weeks.size(); ++w) {
        const QVector<double> &all = scores[w];
        if (all.size() < 2)
            continue;
        // Spread over the week: the evaluations at even steps through it, in time order.
        QVector<double> picked;
        const int m = int(all.size());
        for (int j = 0; j < std::min(size, m); ++j)
            picked << all[m <= size ? j : int((j + 0.5) * m / size)];
        IndicatorValue v;
        v.kind = IndicatorKind::EvaluationPass;
        v.n = int(picked.size());
        double sum = 0;
        for (double x : picked)
            sum += x;
        v.value = sum / v.n;
        c.weeks << weeks[w];
        c.values << v;
        subgroups << spc::Subgroup{0, 1, picked};
    }
    if (const Status s = computeWeekly(db, c, kind, subgroups, scope.siteId.value_or(0), check); !s)
        return Error{s.error()};
    // A mean score lies between 0 and 100 %: a limit beyond is out of reach and is drawn at the
    // bound, as a p chart's lower limit is at 0. The signals were found with the limits as
    // computed, so nothing changes but the line.
    if (c.chart) {
        for (spc::Point &p : c.chart->primary.points) {
            p.lower = std::max(0.0, p.lower);
            p.upper = std::min(100.0, p.upper);
        }
    }
    return c;
}

Result<IndicatorChart> complaintChart(Database &db, const IndicatorScope &scope, const AlertCheck &asked)
{
    const AlertCheck check = withRules(db, asked);
    QVector<DayRange> weeks = weeksEndingWith(check.now.date(), check.weeks);
    weeks.last().to = std::min(weeks.last().to, check.now.date());
    QVector<double> complaints(weeks.size(), 0.0), interactions(weeks.size(), 0.0);
    // The week a local day or instant falls in (weeks are in order and adjacent).
    const auto weekOfDay = [&weeks](const QDate &d) {
        for (int w = 0; w < weeks.size(); ++w) {
            if (d >= weeks[w].from && d <= weeks[w].to)
                return w;
        }
        return -1;
    };
    {
        SqlWhere where;
        where.add("day >= ?", rollups::dayNumber(weeks.first().from));
        where.add("day <= ?", rollups::dayNumber(weeks.last().to));
        where.addSites(QStringLiteral("site_id"), scope.siteId, scope.region);
        if (scope.channel)
            where.add("channel = ?", channelKey(*scope.channel));
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT day, SUM(interactions) FROM interaction_rollup") + where.sql() + QStringLiteral(" GROUP BY day"));
        where.bindTo(q);
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
        while (q.next()) {
            if (const int w = weekOfDay(rollups::dateOfDay(q.value(0).toLongLong())); w >= 0)
                interactions[w] += q.value(1).toDouble();
        }
    }
    {
        SqlWhere where;
        where.add("received_at >= ?", toStored(weeks.first().start()));
        where.add("received_at < ?", toStored(weeks.last().end()));
        where.addSites(QStringLiteral("site_id"), scope.siteId, scope.region);
        if (scope.channel)
            where.add("channel = ?", channelKey(*scope.channel));
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT received_at FROM complaints") + where.sql());
        where.bindTo(q);
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
        while (q.next()) {
            if (const int w = weekOfDay(fromStored(q.value(0).toLongLong()).date()); w >= 0)
                complaints[w] += 1;
        }
    }
    IndicatorChart c;
    c.key = QStringLiteral("complaints_u");
    c.complaints = true;
    QVector<spc::Subgroup> subgroups;
    for (int w = 0; w < weeks.size(); ++w) {
        if (interactions[w] <= 0)
            continue;
        IndicatorValue v;
        v.n = int(interactions[w]);
        v.value = 1000.0 * complaints[w] / interactions[w];
        c.weeks << weeks[w];
        c.values << v;
        subgroups << spc::Subgroup{complaints[w], interactions[w] / 1000.0, {}};
    }
    if (const Status s = computeWeekly(db, c, spc::ChartKind::U, subgroups, scope.siteId.value_or(0), check); !s)
        return Error{s.error()};
    return c;
}

Result<int> raiseAlerts(Database &db, const AlertCheck &asked)
{
    const AlertCheck check = withRules(db, asked);
    const QDate today = check.now.date();
    // The month before, whole, and this one once a week of it has gone (before, too few cases
    // make every rate jump).
    const QDate first(today.year(), today.month(), 1);
    QVector<DayRange> months{DayRange{first.addMonths(-1), first.addDays(-1)}};
    if (today.day() >= 8)
        months << DayRange{first, today};
    const QVector<DayRange> weeks = weeksEndingWith(today, check.weeks);
    const auto bySite = computeIndicatorGrid(db, IndicatorScope{}, months, true);
    if (!bySite)
        return Error{bySite.error()};
    const auto weekly = computeIndicatorGrid(db, IndicatorScope{}, weeks, true);
    if (!weekly)
        return Error{weekly.error()};
    const auto regionList = regions(db);
    if (!regionList)
        return Error{regionList.error()};
    const auto baselines = loadBaselines(db);
    if (!baselines)
        return Error{baselines.error()};

    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    AlertWriter writer(db, check.now);
    int added = 0;
    for (int m = 0; m < months.size(); ++m) {
        for (int row = 0; row < bySite->siteIds.size(); ++row) {
            const auto n = levelAlerts(writer, bySite->values[row][m], bySite->siteIds[row], QString(), months[m], check);
            if (!n)
                return Error{n.error()};
            added += *n;
        }
    }
    for (const QString &region : *regionList) {
        IndicatorScope scope;
        scope.region = region;
        const auto grid = computeIndicatorGrid(db, scope, months, false);
        if (!grid)
            return Error{grid.error()};
        for (int m = 0; m < months.size(); ++m) {
            const auto n = levelAlerts(writer, grid->values.first()[m], std::nullopt, region, months[m], check);
            if (!n)
                return Error{n.error()};
            added += *n;
        }
    }
    const QDate lastTwoWeeks = weeks.size() >= 2 ? weeks[weeks.size() - 2].from : weeks.last().from;
    for (int row = 0; row < weekly->siteIds.size(); ++row) {
        const qint64 siteId = weekly->siteIds[row];
        for (IndicatorKind indicator : chartedIndicators()) {
            const auto set = baselines->constFind({indicatorKey(indicator), siteId});
            const IndicatorChart c = chartOf(indicator, weeksWithCases(weeks, weekly->values[row], indicator),
                                             set == baselines->constEnd() ? std::nullopt : std::optional<DayRange>(*set), check);
            const auto n = signalAlerts(writer, c, siteId, lastTwoWeeks, check.fewestInWeek);
            if (!n)
                return Error{n.error()};
            added += *n;
        }
    }
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return added;
}

Result<ScorecardIndicators> scorecardIndicators(Database &db, SubjectKind kind, qint64 id, const DayRange &period)
{
    IndicatorScope scope;
    scope.period = period;
    QSqlQuery q(db.connection());
    q.prepare(kind == SubjectKind::Site ? QStringLiteral("SELECT id, name FROM sites WHERE id = ?")
                                        : QStringLiteral("SELECT s.id, s.name FROM staff a JOIN sites s ON s.id = a.site_id WHERE a.id = ?"));
    q.addBindValue(id);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    ScorecardIndicators result;
    if (!q.next())
        return result; // an agent of no site: nothing to judge them against
    scope.siteId = q.value(0).toLongLong();
    result.siteName = q.value(1).toString();
    if (kind == SubjectKind::Agent)
        scope.staffId = id;
    const auto values = computeIndicators(db, scope);
    if (!values)
        return Error{values.error()};
    result.values = *values;
    const auto alerts = loadAlerts(db, true);
    if (!alerts)
        return Error{alerts.error()};
    for (const Alert &a : *alerts) {
        if (a.siteId == scope.siteId)
            result.openAlerts << a;
    }
    return result;
}

Result<QVector<Alert>> loadAlerts(Database &db, bool openOnly)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.kind, a.indicator, a.site_id, s.name, COALESCE(NULLIF(a.region, ''), s.region, ''), a.period_from, "
                             "a.period_to, a.severity, a.rule, a.value, a.threshold, a.n, a.raised_at, a.acknowledged_at, u.name, a.note "
                             "FROM alerts a LEFT JOIN sites s ON s.id = a.site_id LEFT JOIN users u ON u.id = a.acknowledged_by")
              + (openOnly ? QStringLiteral(" WHERE a.acknowledged_at IS NULL") : QString())
              + QStringLiteral(" ORDER BY a.raised_at DESC, a.period_from DESC, a.id DESC"));
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    QVector<Alert> alerts;
    while (q.next()) {
        const auto indicator = indicatorFromKey(q.value(2).toString());
        if (!indicator)
            continue;
        Alert a;
        a.id = q.value(0).toLongLong();
        a.kind = q.value(1).toString() == QLatin1String("signal") ? AlertKind::Signal : AlertKind::Level;
        a.indicator = *indicator;
        if (!q.value(3).isNull())
            a.siteId = q.value(3).toLongLong();
        a.siteName = q.value(4).toString();
        a.region = q.value(5).toString();
        a.from = QDate::fromString(q.value(6).toString(), dayFormat);
        a.to = QDate::fromString(q.value(7).toString(), dayFormat);
        a.severity = q.value(8).toString() == QLatin1String("alarm") ? AlertSeverity::Alarm : AlertSeverity::Warning;
        a.rule = q.value(9).toInt();
        if (!q.value(10).isNull())
            a.value = q.value(10).toDouble();
        if (!q.value(11).isNull())
            a.threshold = q.value(11).toDouble();
        a.n = q.value(12).toInt();
        a.raisedAt = fromStored(q.value(13).toLongLong());
        if (!q.value(14).isNull())
            a.acknowledgedAt = fromStored(q.value(14).toLongLong());
        a.acknowledgedBy = q.value(15).toString();
        a.note = q.value(16).toString();
        alerts << a;
    }
    return alerts;
}

Result<int> openAlertCount(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE acknowledged_at IS NULL"));
    const auto n = execScalar(q, db);
    if (!n)
        return Error{n.error()};
    return int(*n);
}

Status acknowledgeAlert(Database &db, qint64 alertId, qint64 userId, const QString &note, const QDateTime &at)
{
    if (note.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Alerts", "Say what was found or done: an alert is acknowledged with a note.")};
    QSqlQuery q(db.connection());
    // Once: an acknowledged alert keeps who, when and the note.
    q.prepare(QStringLiteral("UPDATE alerts SET acknowledged_at = ?, acknowledged_by = ?, note = ? WHERE id = ? AND acknowledged_at IS NULL"));
    q.addBindValue(toStored(at));
    q.addBindValue(userId);
    q.addBindValue(note.trimmed());
    q.addBindValue(alertId);
    if (const Status s = execQuery(q, db); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{QCoreApplication::translate("Alerts", "This alert was acknowledged already; its note stays as it was.")};
    return success();
}

Status setChartBaseline(Database &db, IndicatorKind indicator, qint64 siteId, const DayRange &days, std::optional<qint64> userId, const QDateTime &at)
{
    return setChartBaseline(db, indicatorKey(indicator), siteId, days, userId, at);
}

Status setChartBaseline(Database &db, const QString &chartKey, qint64 siteId, const DayRange &days, std::optional<qint64> userId, const QDateTime &at)
{
    if (const Status s = mayMoveLimits(db, userId); !s)
        return s;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO spc_baselines (indicator, site_id, from_day, to_day, set_at, set_by) VALUES (?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (indicator, site_id) DO UPDATE SET from_day = excluded.from_day, to_day = excluded.to_day, "
                             "set_at = excluded.set_at, set_by = excluded.set_by"));
    q.addBindValue(chartKey);
    q.addBindValue(siteId);
    q.addBindValue(days.from.toString(dayFormat));
    q.addBindValue(days.to.toString(dayFormat));
    q.addBindValue(toStored(at));
    q.addBindValue(userId ? QVariant(*userId) : QVariant(QMetaType(QMetaType::LongLong)));
    return execQuery(q, db);
}

Status clearChartBaseline(Database &db, const QString &chartKey, qint64 siteId, std::optional<qint64> userId)
{
    if (const Status s = mayMoveLimits(db, userId); !s)
        return s;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM spc_baselines WHERE indicator = ? AND site_id = ?"));
    q.addBindValue(chartKey);
    q.addBindValue(siteId);
    return execQuery(q, db);
}

QString alertSeverityName(AlertSeverity severity)
{
    return severity == AlertSeverity::Alarm ? QCoreApplication::translate("Alerts", "Alarm") : QCoreApplication::translate("Alerts", "Warning");
}

} // namespace servqa
