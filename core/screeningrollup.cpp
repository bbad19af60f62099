// The screening rollups (schema 41): what screening found per local day, week and month, site,
// channel, rule set and rule, and the same per agent, kept by the writers like the other rollups
// (core/rollups.cpp), so the Dashboards' Screening tab sums a few thousand rows instead of every
// screened interaction and every hit of its period (core/screeningstats.cpp).
#include "rollups.h"

#include "database.h"
#include "localdays.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace servqa::rollups {

namespace {

const QStringList ScreeningSums{QStringLiteral("screened"), QStringLiteral("flagged"), QStringLiteral("hits")};

} // namespace

const char ScreeningRollupStamp[] = "v1";

QString screeningRollupSql(const QString &sign, const QString &where, bool byStaff)
{
    const QString table = byStaff ? QStringLiteral("screening_staff_rollup") : QStringLiteral("screening_rollup");
    const QString staff = byStaff ? QStringLiteral("staff_id, ") : QString();
    QStringList keys{QStringLiteral("span"), QStringLiteral("day")};
    if (byStaff)
        keys << QStringLiteral("staff_id");
    keys << QStringLiteral("site_id") << QStringLiteral("channel") << QStringLiteral("rule_set_id") << QStringLiteral("rules_read")
         << QStringLiteral("rule_key");
    QStringList adding;
    for (const QString &c : ScreeningSums)
        adding << QStringLiteral("%1 = %2.%1 + excluded.%1").arg(c, table);
    // x: the outcomes chosen, each on its local day; o: one row per outcome (under rule '', with
    // the rules that could read it) and per rule it matched; d: those summed per day, then each
    // day's sums counted in its day, its week and its month.
    return withLocalDays(
        QStringLiteral(
            "WITH x AS (SELECT si.interaction_id, si.rule_set_id, si.risk, si.rules_read, {{day:i.started_at}} AS day, "
            "i.staff_id, i.site_id, i.channel FROM screened_interactions si JOIN interactions i ON i.id = si.interaction_id "
            "WHERE (%2)%3), "
            "o AS (SELECT day, %4site_id, channel, rule_set_id, rules_read, '' AS rule_key, 1 AS screened, "
            "CASE WHEN risk > 0 THEN 1 ELSE 0 END AS flagged, 0 AS hits FROM x "
            "UNION ALL SELECT x.day, %5x.site_id, x.channel, x.rule_set_id, 0, h.rule_key, 0, 0, 1 FROM x "
            "JOIN screening_hits h ON h.interaction_id = x.interaction_id AND h.rule_set_id = x.rule_set_id), "
            "d AS (SELECT day, %4site_id, channel, rule_set_id, rules_read, rule_key, SUM(screened) AS screened, "
            "SUM(flagged) AS flagged, SUM(hits) AS hits FROM o GROUP BY day, %4site_id, channel, rule_set_id, rules_read, rule_key) "
            "INSERT INTO %1 (%6, screened, flagged, hits) "
            "SELECT s.span, CASE s.span WHEN 1 THEN d.day WHEN 7 THEN c.week ELSE c.month END, %7d.site_id, d.channel, d.rule_set_id, "
            "d.rules_read, d.rule_key, %8 * SUM(d.screened), %8 * SUM(d.flagged), %8 * SUM(d.hits) "
            "FROM d JOIN calendar c ON c.day = d.day CROSS JOIN (SELECT 1 AS span UNION ALL SELECT 7 UNION ALL SELECT 31) s "
            "GROUP BY 1, 2, %9 ON CONFLICT (%6) DO UPDATE SET %10")
            .arg(table, where, byStaff ? QStringLiteral(" AND i.staff_id IS NOT NULL") : QString(), staff,
                 byStaff ? QStringLiteral("x.staff_id, ") : QString(), keys.join(QStringLiteral(", ")),
                 byStaff ? QStringLiteral("d.staff_id, ") : QString(), sign,
                 byStaff ? QStringLiteral("3, 4, 5, 6, 7, 8") : QStringLiteral("3, 4, 5, 6, 7"), adding.join(QStringLiteral(", "))));
}

Status addScreeningOutcomes(Database &db, qint64 ruleSetId, const QVariantList &interactionIds, int sign)
{
    if (interactionIds.isEmpty())
        return success();
    const QString where = QStringLiteral("si.rule_set_id = ? AND si.interaction_id IN (?%1)")
                              .arg(QStringLiteral(", ?").repeated(int(interactionIds.size()) - 1));
    for (bool byStaff : {false, true}) {
        QSqlQuery sums(db.connection());
        sums.prepare(screeningRollupSql(sign < 0 ? QStringLiteral("-1") : QStringLiteral("1"), where, byStaff));
        sums.addBindValue(ruleSetId);
        for (const QVariant &id : interactionIds)
            sums.addBindValue(id);
        if (const Status s = execQuery(sums, db); !s)
            return s;
    }
    return success();
}

Status rebuildScreeningRollups(Database &db, const std::function<void(qint64 done, qint64 total)> &progress)
{
    for (const char *sql : {"DELETE FROM screening_rollup", "DELETE FROM screening_staff_rollup"}) {
        if (const Status s = db.exec(QLatin1String(sql)); !s)
            return s;
    }
    // On SQLite summed in C++ from one read of the outcomes and one of the hits (no sort).
    if (!db.isServer()) {
        const auto days = LocalDays::load(db);
        if (!days)
            return Error{days.error()};
        return sumScreeningRollups(db, *days, progress);
    }
    // One statement per table: summed a month of interactions at a time, by their start, the
    // progress moved on more often, but the whole took 40 s instead of 22-28 s on the 1 M workspace
    // (the interactions read in the order of their start, not of the file; docs/PERFORMANCE.md).
    for (bool byStaff : {false, true}) {
        if (const Status s = db.exec(screeningRollupSql(QStringLiteral("1"), QStringLiteral("1 = 1"), byStaff)); !s)
            return s;
        if (progress)
            progress(byStaff ? 2 : 1, 2);
    }
    return success();
}

Status ensureScreeningRollups(Database &db, const std::function<void(qint64 done, qint64 total)> &progress)
{
    return rebuildIfStale(db, "screening_rollup", QLatin1String(ScreeningRollupStamp),
                          QCoreApplication::translate("Rollups", "the screening's sums"),
                          [&db, &progress](const LocalDays &) { return rebuildScreeningRollups(db, progress); });
}

Result<bool> screeningRollupsCurrent(Database &db)
{
    return isCurrent(db, "screening_rollup", QLatin1String(ScreeningRollupStamp));
}

} // namespace servqa::rollups
