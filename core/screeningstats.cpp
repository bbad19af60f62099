#include "screeningstats.h"

#include "database.h"
#include "localdays.h"
#include "rollups.h"
#include "screening.h"
#include "sqlitestatement.h"
#include "sqlwhere.h"

#include <QHashFunctions>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace servqa {

namespace {

constexpr qint64 Day = 86400;

void addRead(ScreeningCount &c, const RuleSet &set, quint64 rulesRead)
{
    for (int r = 0; r < set.rules.size() && r < 64; ++r) {
        if (rulesRead & (quint64(1) << r))
            ++c.read[set.rules.at(r).key];
    }
}

QVector<ScreeningStats::Group> groups(const QHash<qint64, ScreeningCount> &counts, const QHash<qint64, QString> &names,
                                      const QHash<qint64, qint64> &sites)
{
    QVector<ScreeningStats::Group> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.push_back({it.key(), names.value(it.key()), *it, sites.value(it.key(), it.key())});
    std::sort(out.begin(), out.end(), [](const ScreeningStats::Group &a, const ScreeningStats::Group &b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    return out;
}

} // namespace

namespace {

// Each interaction's outcomes read one by one: what the rollups hold, summed anew.
Status countOutcomes(Database &db, const IndicatorScope &scope, Granularity granularity, const QHash<qint64, const RuleSet *> &setById,
                     ScreeningStats &stats, QHash<qint64, ScreeningCount> &bySite, QHash<qint64, ScreeningCount> &byAgent)
{
    const auto days = LocalDays::load(db);
    if (!days)
        return Error{days.error()};
    const QDate epoch(1970, 1, 1);
    const qint64 firstDay = epoch.daysTo(scope.period.from), lastDay = epoch.daysTo(scope.period.to);
    // A day wider than the scope in UTC; each interaction's own local day decides.
    SqlWhere where;
    where.add("i.started_at >= ?", firstDay * Day - 2 * Day);
    where.add("i.started_at < ?", (lastDay + 1) * Day + 2 * Day);
    where.addSites(QStringLiteral("i.site_id"), scope.siteId, scope.region);
    if (scope.channel)
        where.add("i.channel = ?", channelKey(*scope.channel));
    if (scope.staffId)
        where.add("i.staff_id = ?", *scope.staffId);
    where.add(QStringLiteral("si.rule_set_id IN (SELECT id FROM screening_rule_sets WHERE status = 'active')"), {});

    struct Seen
    {
        qint64 site, staff;
        int period;
    };
    QHash<qint64, Seen> seen; // interaction → where it counts, for its hits
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.id, i.started_at, i.site_id, i.staff_id, si.rule_set_id, si.risk, si.rules_read "
                             "FROM interactions i JOIN screened_interactions si ON si.interaction_id = i.id")
              + where.sql());
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return s;
    while (q.next()) {
        const qint64 day = days->dayOf(q.value(1).toLongLong());
        if (day < firstDay || day > lastDay)
            continue;
        const RuleSet *set = setById.value(q.value(4).toLongLong());
        const QDate start = periodStart(epoch.addDays(day), granularity);
        const auto period = std::lower_bound(stats.periods.cbegin(), stats.periods.cend(), start,
                                             [](const ScreeningStats::Period &p, const QDate &d) { return p.start < d; });
        const qint64 site = q.value(2).toLongLong();
        const qint64 staff = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
        const bool flagged = q.value(5).toInt() > 0;
        const quint64 rulesRead = quint64(q.value(6).toLongLong());
        seen.insert(q.value(0).toLongLong(), {site, staff, int(period - stats.periods.cbegin())});
        QVector<ScreeningCount *> counts = {&stats.total, &bySite[site], &stats.periods[int(period - stats.periods.cbegin())].count};
        if (staff)
            counts << &byAgent[staff];
        for (ScreeningCount *c : counts) {
            ++c->screened;
            c->flagged += flagged ? 1 : 0;
            addRead(*c, *set, rulesRead);
        }
    }
    q.finish();

    q.prepare(QStringLiteral("SELECT h.interaction_id, h.rule_key FROM screening_hits h JOIN interactions i ON i.id = h.interaction_id "
                             "JOIN screened_interactions si ON si.interaction_id = h.interaction_id AND si.rule_set_id = h.rule_set_id")
              + where.sql());
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return s;
    while (q.next()) {
        const auto it = seen.constFind(q.value(0).toLongLong());
        if (it == seen.cend())
            continue;
        const QString key = q.value(1).toString();
        ++stats.total.hits[key];
        ++bySite[it->site].hits[key];
        ++stats.periods[it->period].count.hits[key];
        if (it->staff)
            ++byAgent[it->staff].hits[key];
    }
    return success();
}

// Rollup rows summed: by a group (a period's first day, a site, an agent), rule set, rules read
// (a bit per rule of the set that could read the interactions) and rule (an index in the rule
// keys read; under '' the interactions screened and flagged, under a rule's key those it matched).
struct SumKey
{
    qint64 group, set;
    quint64 rulesRead;
    int rule;
    bool operator==(const SumKey &o) const { return group == o.group && set == o.set && rulesRead == o.rulesRead && rule == o.rule; }
};
size_t qHash(const SumKey &k, size_t seed = 0) noexcept
{
    return qHashMulti(seed, k.group, k.set, k.rulesRead, k.rule);
}
struct Sums
{
    qint64 screened = 0, flagged = 0, hits = 0;
};
struct Summed
{
    QStringList ruleKeys; // SumKey::rule → key
    QHash<SumKey, Sums> sums;
    void add(const SumKey &key, qint64 screened, qint64 flagged, qint64 hits)
    {
        Sums &s = sums[key];
        s.screened += screened;
        s.flagged += flagged;
        s.hits += hits;
    }
};

// Sums `table`'s rows of `where` in `ranges` by `group` (a column) into `out`. On SQLite its rows
// are read through the C API and summed here: the agents' ~50,000 month rows of two years sum in
// ~15 ms so, against ~80 ms through a GROUP BY, whose sort SQLite makes of every row
// (docs/PERFORMANCE.md). Each range is a SELECT of its own (UNION ALL): an OR of ranges makes
// SQLite collect the rows' keys first, twice the reading. Elsewhere the server sums them.
Status sumRollup(Database &db, const QString &table, const QString &group, const SqlWhere &where,
                 const QVector<rollups::SpanRows> &ranges, Summed &out)
{
    QStringList selects;
    QVariantList values;
    for (const rollups::SpanRows &range : ranges) {
        SqlWhere w = where;
        QVariantList spanValues;
        w.add(rollups::spanRowsSql(range, spanValues), spanValues);
        selects << QStringLiteral("SELECT %1 AS g, rule_set_id AS s, rules_read AS m, rule_key AS k, screened AS sc, flagged AS fl, "
                                  "hits AS hi FROM %2%3")
                       .arg(group, table, w.sql());
        values += w.values();
    }
    if (selects.isEmpty())
        return success();
    const QString rows = selects.join(QStringLiteral(" UNION ALL "));
    if (const auto statement = SqliteStatement::prepare(db, rows)) {
        for (int i = 0; i < values.size(); ++i)
            statement->bindValue(i + 1, values.at(i));
        QVector<QByteArray> keys; // out.ruleKeys as read, few: found by a look along them
        for (const QString &k : std::as_const(out.ruleKeys))
            keys << k.toUtf8();
        for (;;) {
            const auto row = statement->next();
            if (!row)
                return Error{row.error()};
            if (!*row)
                break;
            const QByteArrayView key = statement->text(3);
            auto rule = std::find(keys.cbegin(), keys.cend(), key);
            if (rule == keys.cend()) {
                keys << key.toByteArray();
                out.ruleKeys << QString::fromUtf8(key);
                rule = keys.cend() - 1;
            }
            out.add({statement->int64(0), statement->int64(1), quint64(statement->int64(2)), int(rule - keys.cbegin())},
                    statement->int64(4), statement->int64(5), statement->int64(6));
        }
        return success();
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT g, s, m, k, SUM(sc), SUM(fl), SUM(hi) FROM (%1) r GROUP BY g, s, m, k").arg(rows));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (const Status s = execQuery(q, db); !s)
        return s;
    while (q.next()) {
        const QString key = q.value(3).toString();
        qsizetype rule = out.ruleKeys.indexOf(key);
        if (rule < 0) {
            rule = out.ruleKeys.size();
            out.ruleKeys << key;
        }
        out.add({q.value(0).toLongLong(), q.value(1).toLongLong(), quint64(q.value(2).toLongLong()), int(rule)},
                q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong());
    }
    return success();
}

// Adds rows summed under one key: under rule '' the set's screened and flagged interactions,
// which each rule that could read them (a bit of rules read) could read; under a rule's key those
// it matched.
void addSums(ScreeningCount &c, const QHash<qint64, const RuleSet *> &setById, const Summed &summed, const SumKey &key, const Sums &sums)
{
    const QString &ruleKey = summed.ruleKeys.at(key.rule);
    if (!ruleKey.isEmpty()) {
        if (sums.hits)
            c.hits[ruleKey] += sums.hits;
        return;
    }
    c.screened += sums.screened;
    c.flagged += sums.flagged;
    if (!sums.screened)
        return;
    const RuleSet *set = setById.value(key.set);
    for (int r = 0; set && r < set->rules.size() && r < 64; ++r) {
        if (key.rulesRead & (quint64(1) << r))
            c.read[set->rules.at(r).key] += sums.screened;
    }
}

// The same from the screening's rollups (schema 41): the periods from their weeks (or months) and
// the days at either end, the sites and agents from the months of the scope and its end days.
Status countRollups(Database &db, const IndicatorScope &scope, Granularity granularity, const QHash<qint64, const RuleSet *> &setById,
                    bool withAgents, ScreeningStats &stats, QHash<qint64, ScreeningCount> &bySite, QHash<qint64, ScreeningCount> &byAgent)
{
    const qint64 firstDay = rollups::dayNumber(scope.period.from), lastDay = rollups::dayNumber(scope.period.to);
    SqlWhere base;
    base.addSites(QStringLiteral("site_id"), scope.siteId, scope.region);
    if (scope.channel)
        base.add("channel = ?", channelKey(*scope.channel));
    if (scope.staffId)
        base.add("staff_id = ?", *scope.staffId);
    QStringList marks;
    QVariantList setIds;
    for (auto it = setById.cbegin(); it != setById.cend(); ++it) {
        marks << QStringLiteral("?");
        setIds << it.key();
    }
    base.add(QStringLiteral("rule_set_id IN (%1)").arg(marks.join(QStringLiteral(", "))), setIds);
    const QString oneTable = scope.staffId ? QStringLiteral("screening_staff_rollup") : QStringLiteral("screening_rollup");

    Summed byDay;
    if (const Status s = sumRollup(db, oneTable, QStringLiteral("day"), base, rollups::spanRanges(firstDay, lastDay + 1, granularity), byDay);
        !s)
        return s;
    for (auto it = byDay.sums.cbegin(); it != byDay.sums.cend(); ++it) {
        const QDate start = periodStart(rollups::dateOfDay(it.key().group), granularity);
        const auto period = std::lower_bound(stats.periods.begin(), stats.periods.end(), start,
                                             [](const ScreeningStats::Period &p, const QDate &d) { return p.start < d; });
        if (period == stats.periods.end() || period->start != start)
            continue;
        addSums(period->count, setById, byDay, it.key(), *it);
        addSums(stats.total, setById, byDay, it.key(), *it);
    }

    const auto whole = rollups::spanRanges(firstDay, lastDay + 1, Granularity::Month);
    for (const bool agents : {false, true}) {
        if (agents && !withAgents)
            break;
        Summed summed;
        if (const Status s = sumRollup(db, agents ? QStringLiteral("screening_staff_rollup") : oneTable,
                                       agents ? QStringLiteral("staff_id") : QStringLiteral("site_id"), base, whole, summed);
            !s)
            return s;
        QHash<qint64, ScreeningCount> &groups = agents ? byAgent : bySite;
        for (auto it = summed.sums.cbegin(); it != summed.sums.cend(); ++it) {
            // Rows whose outcomes moved away (a re-import to another site or agent) sum to nothing.
            if (it->screened || it->hits)
                addSums(groups[it.key().group], setById, summed, it.key(), *it);
        }
    }
    return success();
}

Result<ScreeningStats> countScreening(Database &db, const IndicatorScope &scope, Granularity granularity, ScreeningGroups wanted,
                                      bool fromOutcomes)
{
    const auto sets = activeRuleSets(db);
    if (!sets)
        return Error{sets.error()};
    ScreeningStats stats;
    QHash<qint64, const RuleSet *> setById;
    for (const RuleSet &set : *sets) {
        setById.insert(set.id, &set);
        for (const ScreeningRule &rule : set.rules) {
            if (std::none_of(stats.rules.cbegin(), stats.rules.cend(), [&](const ScreeningStats::Rule &r) { return r.key == rule.key; }))
                stats.rules.push_back({rule.key, rule.name, rule.flag.has_value()});
        }
    }
    for (QDate p = periodStart(scope.period.from, granularity); p <= scope.period.to;
         p = nextPeriod(p, granularity))
        stats.periods.push_back({p, {}, p >= scope.period.from && nextPeriod(p, granularity).addDays(-1) <= scope.period.to});
    if (setById.isEmpty())
        return stats;

    QHash<qint64, ScreeningCount> bySite, byAgent;
    const auto summed = fromOutcomes ? Result<bool>(false) : rollups::screeningRollupsCurrent(db);
    if (!summed)
        return Error{summed.error()};
    const bool withAgents = wanted == ScreeningGroups::SitesAndAgents;
    if (const Status s = *summed ? countRollups(db, scope, granularity, setById, withAgents, stats, bySite, byAgent)
                                 : countOutcomes(db, scope, granularity, setById, stats, bySite, byAgent);
        !s)
        return Error{s.error()};
    if (!withAgents)
        byAgent.clear();
    stats.agentsCounted = withAgents;

    // Agents by name and site: two agents may share a name.
    QHash<qint64, QString> siteNames, staffNames;
    QHash<qint64, qint64> staffSites;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, name FROM sites"));
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    while (q.next())
        siteNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    q.prepare(QStringLiteral("SELECT id, name, site_id FROM staff"));
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    while (q.next()) {
        staffNames.insert(q.value(0).toLongLong(), QStringLiteral("%1 · %2").arg(q.value(1).toString(), siteNames.value(q.value(2).toLongLong())));
        staffSites.insert(q.value(0).toLongLong(), q.value(2).toLongLong());
    }
    stats.sites = groups(bySite, siteNames, {});
    stats.agents = groups(byAgent, staffNames, staffSites);
    return stats;
}

} // namespace

Result<ScreeningStats> screeningStats(Database &db, const IndicatorScope &scope, Granularity granularity, ScreeningGroups wanted)
{
    return countScreening(db, scope, granularity, wanted, false);
}

Result<ScreeningStats> screeningStatsFromOutcomes(Database &db, const IndicatorScope &scope, Granularity granularity)
{
    return countScreening(db, scope, granularity, ScreeningGroups::SitesAndAgents, true);
}

} // namespace servqa
