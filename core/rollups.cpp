#include "rollups.h"

#include "database.h"
#include "localdays.h"
#include "sqlwhere.h"
#include "standards.h"
#include "timeutil.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace servqa::rollups {

namespace {
// The statements are written out once (schema 8's backfill sums the same expressions over
// every row); %1 is the sign, +1 or −1.
const char *const EvaluationSql =
        "INSERT INTO score_rollup (day, site_id, form_id, channel, evaluations, n_score, s_score, q_score, passed, "
        "auto_failed, n_tangibles, s_tangibles, q_tangibles, "
        "n_reliability, s_reliability, q_reliability, n_responsiveness, s_responsiveness, q_responsiveness, "
        "n_assurance, s_assurance, q_assurance, n_empathy, s_empathy, q_empathy) SELECT {{day:e.occurred_at}}, "
        "e.site_id, v.form_id, COALESCE(i.channel, ''), %1 * COUNT(*), %1 * COUNT(e.score), %1 * COALESCE(SUM(e.score), 0), "
        "%1 * COALESCE(SUM(e.score * e.score), 0), %1 * COALESCE(SUM(e.passed), 0), %1 * SUM(e.auto_failed), "
        "%1 * COUNT(e.score_tangibles), %1 * "
        "COALESCE(SUM(e.score_tangibles), 0), %1 * COALESCE(SUM(e.score_tangibles * e.score_tangibles), 0), %1 * "
        "COUNT(e.score_reliability), %1 * COALESCE(SUM(e.score_reliability), 0), %1 * COALESCE(SUM(e.score_reliability "
        "* e.score_reliability), 0), %1 * COUNT(e.score_responsiveness), %1 * COALESCE(SUM(e.score_responsiveness), 0), "
        "%1 * COALESCE(SUM(e.score_responsiveness * e.score_responsiveness), 0), %1 * COUNT(e.score_assurance), %1 * "
        "COALESCE(SUM(e.score_assurance), 0), %1 * COALESCE(SUM(e.score_assurance * e.score_assurance), 0), %1 * "
        "COUNT(e.score_empathy), %1 * COALESCE(SUM(e.score_empathy), 0), %1 * COALESCE(SUM(e.score_empathy * "
        "e.score_empathy), 0) FROM evaluations e JOIN form_versions v ON v.id = e.form_version_id LEFT JOIN "
        "interactions i ON i.id = e.interaction_id WHERE e.id = ? AND e.status <> 'draft' GROUP BY {{day:e.occurred_at}}, "
        "e.site_id, v.form_id, COALESCE(i.channel, '') ON CONFLICT (day, site_id, form_id, channel) DO UPDATE "
        "SET evaluations = score_rollup.evaluations + excluded.evaluations, n_score = score_rollup.n_score + "
        "excluded.n_score, s_score = score_rollup.s_score + excluded.s_score, q_score = score_rollup.q_score + "
        "excluded.q_score, passed = score_rollup.passed + excluded.passed, auto_failed = score_rollup.auto_failed + "
        "excluded.auto_failed, n_tangibles = score_rollup.n_tangibles + "
        "excluded.n_tangibles, s_tangibles = score_rollup.s_tangibles + excluded.s_tangibles, q_tangibles = "
        "score_rollup.q_tangibles + excluded.q_tangibles, n_reliability = score_rollup.n_reliability + "
        "excluded.n_reliability, s_reliability = score_rollup.s_reliability + excluded.s_reliability, q_reliability = "
        "score_rollup.q_reliability + excluded.q_reliability, n_responsiveness = score_rollup.n_responsiveness + "
        "excluded.n_responsiveness, s_responsiveness = score_rollup.s_responsiveness + excluded.s_responsiveness, "
        "q_responsiveness = score_rollup.q_responsiveness + excluded.q_responsiveness, n_assurance = "
        "score_rollup.n_assurance + excluded.n_assurance, s_assurance = score_rollup.s_assurance + "
        "excluded.s_assurance, q_assurance = score_rollup.q_assurance + excluded.q_assurance, n_empathy = "
        "score_rollup.n_empathy + excluded.n_empathy, s_empathy = score_rollup.s_empathy + excluded.s_empathy, "
        "q_empathy = score_rollup.q_empathy + excluded.q_empathy";

const char *const SurveySql =
        "INSERT INTO survey_rollup (day, site_id, wave_id, respondents, n_g_tangibles, s_g_tangibles, q_g_tangibles, "
        "n_e_tangibles, s_e_tangibles, n_p_tangibles, s_p_tangibles, n_g_reliability, s_g_reliability, q_g_reliability, "
        "n_e_reliability, s_e_reliability, n_p_reliability, s_p_reliability, n_g_responsiveness, s_g_responsiveness, "
        "q_g_responsiveness, n_e_responsiveness, s_e_responsiveness, n_p_responsiveness, s_p_responsiveness, "
        "n_g_assurance, s_g_assurance, q_g_assurance, n_e_assurance, s_e_assurance, n_p_assurance, s_p_assurance, "
        "n_g_empathy, s_g_empathy, q_g_empathy, n_e_empathy, s_e_empathy, n_p_empathy, s_p_empathy) SELECT day, "
        "site_id, wave_id, %1 * COUNT(*), %1 * COUNT(g0), %1 * COALESCE(SUM(g0), 0), %1 * COALESCE(SUM(g0 * g0), 0), %1 "
        "* COUNT(e0), %1 * COALESCE(SUM(e0), 0), %1 * COUNT(p0), %1 * COALESCE(SUM(p0), 0), %1 * COUNT(g1), %1 * "
        "COALESCE(SUM(g1), 0), %1 * COALESCE(SUM(g1 * g1), 0), %1 * COUNT(e1), %1 * COALESCE(SUM(e1), 0), %1 * "
        "COUNT(p1), %1 * COALESCE(SUM(p1), 0), %1 * COUNT(g2), %1 * COALESCE(SUM(g2), 0), %1 * COALESCE(SUM(g2 * g2), "
        "0), %1 * COUNT(e2), %1 * COALESCE(SUM(e2), 0), %1 * COUNT(p2), %1 * COALESCE(SUM(p2), 0), %1 * COUNT(g3), %1 * "
        "COALESCE(SUM(g3), 0), %1 * COALESCE(SUM(g3 * g3), 0), %1 * COUNT(e3), %1 * COALESCE(SUM(e3), 0), %1 * "
        "COUNT(p3), %1 * COALESCE(SUM(p3), 0), %1 * COUNT(g4), %1 * COALESCE(SUM(g4), 0), %1 * COALESCE(SUM(g4 * g4), "
        "0), %1 * COUNT(e4), %1 * COALESCE(SUM(e4), 0), %1 * COUNT(p4), %1 * COALESCE(SUM(p4), 0) FROM (SELECT "
        "{{day:r.responded_at}} AS day, r.site_id, r.wave_id, AVG(CASE WHEN a.item BETWEEN 1 AND 4 THEN "
        "a.perception - a.expectation END) AS g0, AVG(CASE WHEN a.item BETWEEN 1 AND 4 THEN a.expectation END) AS e0, "
        "AVG(CASE WHEN a.item BETWEEN 1 AND 4 THEN a.perception END) AS p0, AVG(CASE WHEN a.item BETWEEN 5 AND 9 THEN "
        "a.perception - a.expectation END) AS g1, AVG(CASE WHEN a.item BETWEEN 5 AND 9 THEN a.expectation END) AS e1, "
        "AVG(CASE WHEN a.item BETWEEN 5 AND 9 THEN a.perception END) AS p1, AVG(CASE WHEN a.item BETWEEN 10 AND 13 THEN "
        "a.perception - a.expectation END) AS g2, AVG(CASE WHEN a.item BETWEEN 10 AND 13 THEN a.expectation END) AS e2, "
        "AVG(CASE WHEN a.item BETWEEN 10 AND 13 THEN a.perception END) AS p2, AVG(CASE WHEN a.item BETWEEN 14 AND 17 "
        "THEN a.perception - a.expectation END) AS g3, AVG(CASE WHEN a.item BETWEEN 14 AND 17 THEN a.expectation END) "
        "AS e3, AVG(CASE WHEN a.item BETWEEN 14 AND 17 THEN a.perception END) AS p3, AVG(CASE WHEN a.item BETWEEN 18 "
        "AND 22 THEN a.perception - a.expectation END) AS g4, AVG(CASE WHEN a.item BETWEEN 18 AND 22 THEN a.expectation "
        "END) AS e4, AVG(CASE WHEN a.item BETWEEN 18 AND 22 THEN a.perception END) AS p4 FROM survey_responses r LEFT "
        "JOIN survey_answers a ON a.response_id = r.id WHERE r.id = ? GROUP BY r.id, r.responded_at, r.site_id, "
        "r.wave_id) x WHERE true GROUP BY day, site_id, wave_id ON CONFLICT (day, site_id, wave_id) DO UPDATE SET "
        "respondents = survey_rollup.respondents + excluded.respondents, n_g_tangibles = survey_rollup.n_g_tangibles + "
        "excluded.n_g_tangibles, s_g_tangibles = survey_rollup.s_g_tangibles + excluded.s_g_tangibles, q_g_tangibles = "
        "survey_rollup.q_g_tangibles + excluded.q_g_tangibles, n_e_tangibles = survey_rollup.n_e_tangibles + "
        "excluded.n_e_tangibles, s_e_tangibles = survey_rollup.s_e_tangibles + excluded.s_e_tangibles, n_p_tangibles = "
        "survey_rollup.n_p_tangibles + excluded.n_p_tangibles, s_p_tangibles = survey_rollup.s_p_tangibles + "
        "excluded.s_p_tangibles, n_g_reliability = survey_rollup.n_g_reliability + excluded.n_g_reliability, "
        "s_g_reliability = survey_rollup.s_g_reliability + excluded.s_g_reliability, q_g_reliability = "
        "survey_rollup.q_g_reliability + excluded.q_g_reliability, n_e_reliability = survey_rollup.n_e_reliability + "
        "excluded.n_e_reliability, s_e_reliability = survey_rollup.s_e_reliability + excluded.s_e_reliability, "
        "n_p_reliability = survey_rollup.n_p_reliability + excluded.n_p_reliability, s_p_reliability = "
        "survey_rollup.s_p_reliability + excluded.s_p_reliability, n_g_responsiveness = "
        "survey_rollup.n_g_responsiveness + excluded.n_g_responsiveness, s_g_responsiveness = "
        "survey_rollup.s_g_responsiveness + excluded.s_g_responsiveness, q_g_responsiveness = "
        "survey_rollup.q_g_responsiveness + excluded.q_g_responsiveness, n_e_responsiveness = "
        "survey_rollup.n_e_responsiveness + excluded.n_e_responsiveness, s_e_responsiveness = "
        "survey_rollup.s_e_responsiveness + excluded.s_e_responsiveness, n_p_responsiveness = "
        "survey_rollup.n_p_responsiveness + excluded.n_p_responsiveness, s_p_responsiveness = "
        "survey_rollup.s_p_responsiveness + excluded.s_p_responsiveness, n_g_assurance = survey_rollup.n_g_assurance + "
        "excluded.n_g_assurance, s_g_assurance = survey_rollup.s_g_assurance + excluded.s_g_assurance, q_g_assurance = "
        "survey_rollup.q_g_assurance + excluded.q_g_assurance, n_e_assurance = survey_rollup.n_e_assurance + "
        "excluded.n_e_assurance, s_e_assurance = survey_rollup.s_e_assurance + excluded.s_e_assurance, n_p_assurance = "
        "survey_rollup.n_p_assurance + excluded.n_p_assurance, s_p_assurance = survey_rollup.s_p_assurance + "
        "excluded.s_p_assurance, n_g_empathy = survey_rollup.n_g_empathy + excluded.n_g_empathy, s_g_empathy = "
        "survey_rollup.s_g_empathy + excluded.s_g_empathy, q_g_empathy = survey_rollup.q_g_empathy + "
        "excluded.q_g_empathy, n_e_empathy = survey_rollup.n_e_empathy + excluded.n_e_empathy, s_e_empathy = "
        "survey_rollup.s_e_empathy + excluded.s_e_empathy, n_p_empathy = survey_rollup.n_p_empathy + "
        "excluded.n_p_empathy, s_p_empathy = survey_rollup.s_p_empathy + excluded.s_p_empathy";
// An answer meets its item when it earns at least half the item's points: itemFraction() ≥ 0.5
// (core/scoreengine.cpp) for each type, in SQL (schema 9's backfill has the same expression).
const char *const MetSql =
        "CASE WHEN (i.type IN ('yesno', 'yesno_na') AND a.value >= 1) OR (i.type = 'rating5' AND a.value >= 3) "
        "OR (i.type = 'rating7' AND a.value >= 4) OR (i.type = 'scale10' AND a.value >= 5) "
        "OR (i.type = 'numeric' AND (i.target_min IS NULL OR a.value >= i.target_min) "
        "AND (i.target_max IS NULL OR a.value <= i.target_max)) "
        "OR (i.type = 'elapsed' AND (i.sla_seconds IS NULL OR a.value <= i.sla_seconds)) THEN 1 ELSE 0 END";

// %1 the sign, %2 MetSql.
const char *const ComplianceSql =
        "INSERT INTO compliance_rollup (form_id, item_key, day, site_id, answers, met) "
        "SELECT v.form_id, i.key, {{day:e.occurred_at}}, e.site_id, %1 * COUNT(*), %1 * SUM(%2) "
        "FROM evaluations e JOIN form_versions v ON v.id = e.form_version_id "
        "JOIN evaluation_answers a ON a.evaluation_id = e.id JOIN form_items i ON i.id = a.item_id "
        "WHERE e.id = ? AND e.status <> 'draft' AND a.is_na = 0 AND a.value IS NOT NULL AND i.type <> 'text' "
        "GROUP BY v.form_id, i.key, {{day:e.occurred_at}}, e.site_id "
        "ON CONFLICT (form_id, item_key, day, site_id) DO UPDATE SET answers = compliance_rollup.answers + "
        "excluded.answers, met = compliance_rollup.met + excluded.met";

// The compliance counts of the evaluations with ids in a range (a batch): bind the first and last
// id. As the rebuild does, each evaluation's day once (not once per answer), and the groups in
// the table's key order, so the upserts walk it in order: 0.25-0.33 -> 0.16 s a batch of 5,000
// on 60,000 evaluations.
QString complianceRangeSql()
{
    return QStringLiteral("WITH ee AS MATERIALIZED (SELECT e.id, v.form_id, e.site_id, {{day:e.occurred_at}} AS day FROM evaluations e "
                          "JOIN form_versions v ON v.id = e.form_version_id WHERE e.id BETWEEN ? AND ? AND e.status <> 'draft') "
                          "INSERT INTO compliance_rollup (form_id, item_key, day, site_id, answers, met) "
                          "SELECT ee.form_id, i.key, ee.day, ee.site_id, COUNT(*), SUM(%1) FROM ee "
                          "JOIN evaluation_answers a ON a.evaluation_id = ee.id JOIN form_items i ON i.id = a.item_id "
                          "WHERE a.is_na = 0 AND a.value IS NOT NULL AND i.type <> 'text' "
                          "GROUP BY ee.site_id, ee.day, ee.form_id, i.key "
                          "ON CONFLICT (form_id, item_key, day, site_id) DO UPDATE SET answers = compliance_rollup.answers + "
                          "excluded.answers, met = compliance_rollup.met + excluded.met")
        .arg(QLatin1String(MetSql));
}

// Gap 3's clusters (gap_clusters, schema 13): each evaluation's answers linked to a standard —
// how many (m) and how many met (y) — per standard, and per dimension over all the dimension's
// standards (standard 0: one evaluation is one cluster of the dimension). %1 selects the
// evaluations, %2 is MetSql. The joins are written out twice rather than read twice from one
// common table expression: SQLite materialised that, and each evaluation's write took 0.4–0.9 ms
// against ~0.1 ms (docs/PERFORMANCE.md, on 200,000 evaluations).
const char *const ClusterJoins =
        "FROM evaluations e JOIN form_versions v ON v.id = e.form_version_id JOIN evaluation_answers a ON a.evaluation_id = e.id "
        "JOIN form_items i ON i.id = a.item_id JOIN standard_form_items l ON l.form_id = v.form_id AND l.item_key = i.key "
        "JOIN service_standards s ON s.id = l.standard_id "
        "WHERE %1 AND e.status <> 'draft' AND a.is_na = 0 AND a.value IS NOT NULL AND i.type <> 'text' ";
QString clusterRows(const QString &evaluations)
{
    const QString joins = QString::fromLatin1(ClusterJoins).arg(evaluations);
    return QStringLiteral("SELECT l.standard_id, s.dimension, e.site_id, e.occurred_at, COUNT(*) AS m, SUM(%1) AS y %2"
                          "GROUP BY e.id, l.standard_id, s.dimension, e.site_id, e.occurred_at UNION ALL "
                          "SELECT 0, s.dimension, e.site_id, e.occurred_at, COUNT(*), SUM(%1) %2"
                          "GROUP BY e.id, s.dimension, e.site_id, e.occurred_at")
        .arg(QLatin1String(MetSql), joins);
}

// The clusters of the evaluations `evaluations` selects, summed per standard (or dimension), site
// and local day, and again per week and per month (span 7 and 31: schema 18) through the
// calendar's week and month of each day, added (sign 1) or taken out (−1). Grouped, so each key
// is written once a statement (PostgreSQL refuses an upsert that meets a row twice).
QString clusterSql(const QString &evaluations, const QString &sign)
{
    const QString spanDay = QStringLiteral("CASE s.span WHEN 1 THEN d.day WHEN 7 THEN c.week ELSE c.month END");
    return QStringLiteral("INSERT INTO gap_clusters (span, standard_id, site_id, day, dimension, evaluations, answers, met, answers_sq, "
                          "met_sq, met_answers) "
                          "SELECT s.span, d.standard_id, d.site_id, %3, d.dimension, %2 * COUNT(*), %2 * SUM(d.m), %2 * SUM(d.y), "
                          "%2 * SUM(d.m * d.m), %2 * SUM(d.y * d.y), %2 * SUM(d.y * d.m) "
                          "FROM (SELECT standard_id, dimension, site_id, {{day:occurred_at}} AS day, m, y FROM (%1) x) d "
                          "JOIN calendar c ON c.day = d.day "
                          "CROSS JOIN (SELECT 1 AS span UNION ALL SELECT 7 UNION ALL SELECT 31) s WHERE true "
                          "GROUP BY s.span, d.standard_id, d.site_id, %3, d.dimension "
                          "ON CONFLICT (span, standard_id, site_id, day, dimension) DO "
                          "UPDATE SET evaluations = gap_clusters.evaluations + excluded.evaluations, answers = gap_clusters.answers "
                          "+ excluded.answers, met = gap_clusters.met + excluded.met, answers_sq = gap_clusters.answers_sq + "
                          "excluded.answers_sq, met_sq = gap_clusters.met_sq + excluded.met_sq, met_answers = "
                          "gap_clusters.met_answers + excluded.met_answers")
        .arg(clusterRows(evaluations), sign, spanDay);
}

// One evaluation's clusters added (sign 1) or taken out (−1): bind the evaluation's id twice.
QString clusterWriteSql(const QString &sign)
{
    return clusterSql(QStringLiteral("e.id = ?"), sign);
}

// The clusters of the evaluations with ids in a range: bind the first and last id twice.
QString clusterRangeSql()
{
    return clusterSql(QStringLiteral("e.id BETWEEN ? AND ?"), QStringLiteral("1"));
}

// A statement adding one evaluation's sums (per day and key), made to add a range of them.
QString forRange(QString sql)
{
    Q_ASSERT(sql.count(QLatin1String("WHERE e.id = ? AND ")) == 1);
    return sql.replace(QLatin1String("WHERE e.id = ? AND "), QLatin1String("WHERE e.id BETWEEN ? AND ? AND "));
}

// Every submitted evaluation's clusters, summed per standard (or dimension), site and local day
// (span 1) into an empty gap_clusters; like clusterSql(), only days in the calendar (1970-2100)
// count. The answers are read once: a dimension's cluster is the sum of its standards' clusters
// in the evaluation (the joins count an answer once per standard it checks, as clusterRows()
// does), so it is summed from them rather than from a second pass over every answer. With
// clusterSpanRebuildSql() 7.3 s instead of clusterSql()'s 12.3 s over the demo's 200,000
// evaluations, and the same integers (the week and month rows too). On PostgreSQL; SQLite sums the
// same rows in C++ without sorting them (sumClusterDays(): 11 s instead of 27–39 s on a million).
QString clusterDayRebuildSql()
{
    const QString joins = QString::fromLatin1(ClusterJoins).arg(QLatin1String("true"));
    const QString perStandard = QStringLiteral("SELECT e.id, l.standard_id, s.dimension, e.site_id, e.occurred_at, COUNT(*) AS m, "
                                               "SUM(%1) AS y %2GROUP BY e.id, l.standard_id, s.dimension, e.site_id, e.occurred_at")
                                    .arg(QLatin1String(MetSql), joins);
    return QStringLiteral("INSERT INTO gap_clusters (span, standard_id, site_id, day, dimension, evaluations, answers, met, answers_sq, "
                          "met_sq, met_answers) "
                          "SELECT 1, d.standard_id, d.site_id, d.day, d.dimension, COUNT(*), SUM(d.m), SUM(d.y), SUM(d.m * d.m), SUM(d.y * d.y), "
                          "SUM(d.y * d.m) "
                          "FROM (SELECT standard_id, dimension, site_id, {{day:occurred_at}} AS day, m, y FROM ("
                          "WITH p AS (%1) SELECT standard_id, dimension, site_id, occurred_at, m, y FROM p UNION ALL "
                          "SELECT 0, dimension, site_id, occurred_at, SUM(m), SUM(y) FROM p GROUP BY id, dimension, site_id, occurred_at"
                          ") x) d JOIN calendar c ON c.day = d.day GROUP BY d.standard_id, d.site_id, d.day, d.dimension")
        .arg(perStandard);
}

// The week and month rows (span 7 and 31) summed from the day rows through the calendar, as
// clusterSql() sums them from each evaluation's clusters: sums of sums of the same integers.
QString clusterSpanRebuildSql()
{
    const QString spanDay = QStringLiteral("CASE s.span WHEN 7 THEN c.week ELSE c.month END");
    return QStringLiteral("INSERT INTO gap_clusters (span, standard_id, site_id, day, dimension, evaluations, answers, met, answers_sq, "
                          "met_sq, met_answers) "
                          "SELECT s.span, g.standard_id, g.site_id, %1, g.dimension, SUM(g.evaluations), SUM(g.answers), SUM(g.met), "
                          "SUM(g.answers_sq), SUM(g.met_sq), SUM(g.met_answers) "
                          "FROM gap_clusters g JOIN calendar c ON c.day = g.day "
                          "CROSS JOIN (SELECT 7 AS span UNION ALL SELECT 31) s WHERE g.span = 1 "
                          "GROUP BY s.span, g.standard_id, g.site_id, %1, g.dimension")
        .arg(spanDay);
}

// A case of a promise: an interaction of its channel (any, without one) with the measure known;
// kept when the first response came within the threshold, or it was resolved at first contact.
const char *const PromiseCaseSql =
        "FROM interactions i JOIN external_promises p ON (p.channel IS NULL OR p.channel = i.channel) "
        "WHERE ((p.measure = 'first_response' AND i.first_response_s IS NOT NULL) "
        "OR (p.measure = 'resolution' AND i.resolved IS NOT NULL))";
const char *const PromiseKeptSql =
        "CASE WHEN (p.measure = 'first_response' AND i.first_response_s <= p.threshold_s) "
        "OR (p.measure = 'resolution' AND i.resolved = 1) THEN 1 ELSE 0 END";

// %1 the sign, %2 PromiseCaseSql, %3 PromiseKeptSql.
const char *const PromiseSql =
        "INSERT INTO promise_rollup (promise_id, day, site_id, cases, kept) "
        "SELECT p.id, {{day:i.started_at}}, i.site_id, %1, %1 * %3 %2 AND i.source = ? AND i.external_id = ? "
        "ON CONFLICT (promise_id, day, site_id) DO UPDATE SET cases = promise_rollup.cases + excluded.cases, "
        "kept = promise_rollup.kept + excluded.kept";

// The same sums per staff member (staff_score_rollup) for each day, and again per week and per
// month (span 7 and 31: schema 19) through the calendar, like gap_clusters: one agent's trend of
// two years by month sums ~24 rows per form and channel instead of ~700. %1 in the inner statement
// is the sign.
QString staffScoreSql(const QString &sign)
{
    QStringList columns{QStringLiteral("evaluations")}, inner{QStringLiteral("COUNT(*)")};
    const auto moments = [&](const QString &name, const QString &value) {
        columns << QStringLiteral("n_") + name << QStringLiteral("s_") + name << QStringLiteral("q_") + name;
        inner << QStringLiteral("COUNT(%1)").arg(value) << QStringLiteral("COALESCE(SUM(%1), 0)").arg(value)
              << QStringLiteral("COALESCE(SUM(%1 * %1), 0)").arg(value);
    };
    moments(QStringLiteral("score"), QStringLiteral("e.score"));
    columns << QStringLiteral("passed") << QStringLiteral("auto_failed");
    inner << QStringLiteral("COALESCE(SUM(e.passed), 0)") << QStringLiteral("SUM(e.auto_failed)");
    for (const char *d : {"tangibles", "reliability", "responsiveness", "assurance", "empathy"})
        moments(QLatin1String(d), QStringLiteral("e.score_") + QLatin1String(d));
    QStringList innerColumns, sums, updates;
    for (int k = 0; k < columns.size(); ++k) {
        innerColumns << QStringLiteral("%1 * %2 AS %3").arg(sign, inner[k], columns[k]);
        sums << QStringLiteral("SUM(d.%1)").arg(columns[k]);
        updates << QStringLiteral("%1 = staff_score_rollup.%1 + excluded.%1").arg(columns[k]);
    }
    const QString spanDay = QStringLiteral("CASE s.span WHEN 1 THEN d.day WHEN 7 THEN c.week ELSE c.month END");
    return QStringLiteral("INSERT INTO staff_score_rollup (span, staff_id, day, site_id, form_id, channel, %1) "
                          "SELECT s.span, d.staff_id, %2, d.site_id, d.form_id, d.channel, %3 FROM ("
                          "SELECT e.staff_id, {{day:e.occurred_at}} AS day, e.site_id, v.form_id, COALESCE(i.channel, '') AS channel, %4 "
                          "FROM evaluations e JOIN form_versions v ON v.id = e.form_version_id LEFT JOIN interactions i "
                          "ON i.id = e.interaction_id WHERE e.id = ? AND e.status <> 'draft' AND e.staff_id IS NOT NULL "
                          "GROUP BY e.staff_id, {{day:e.occurred_at}}, e.site_id, v.form_id, COALESCE(i.channel, '')) d "
                          "JOIN calendar c ON c.day = d.day "
                          "CROSS JOIN (SELECT 1 AS span UNION ALL SELECT 7 UNION ALL SELECT 31) s WHERE true "
                          "GROUP BY s.span, d.staff_id, %2, d.site_id, d.form_id, d.channel "
                          "ON CONFLICT (span, staff_id, day, site_id, form_id, channel) DO UPDATE SET %5")
        .arg(columns.join(QStringLiteral(", ")), spanDay, sums.join(QStringLiteral(", ")), innerColumns.join(QStringLiteral(", ")),
             updates.join(QStringLiteral(", ")));
}

// Writes out each {{day:TIME}} as TIME's local day (localDaySql()).
// Every row's sums again: a statement that adds one evaluation's (respondent's) rows, for all of them.
QString forAllRows(QString sql, const QString &oneRow, const QString &all)
{
    Q_ASSERT(sql.count(oneRow) == 1);
    return withLocalDays(sql.replace(oneRow, all));
}

} // namespace

QString withLocalDays(QString sql)
{
    static const QRegularExpression mark(QStringLiteral("\\{\\{day:([\\w.]+)\\}\\}"));
    for (auto match = mark.match(sql); match.hasMatch(); match = mark.match(sql))
        sql.replace(match.capturedStart(), match.capturedLength(), localDaySql(match.captured(1)));
    return sql;
}

Result<QString> storedStamp(Database &db, const char *key)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM servqa_meta WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(key));
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    return q.next() ? q.value(0).toString() : QString();
}

Status storeStamp(Database &db, const char *key, const QString &stamp)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE servqa_meta SET value = ? WHERE key = ?"));
    q.addBindValue(notNull(stamp));
    q.addBindValue(QString::fromLatin1(key));
    return execQuery(q, db);
}

Result<bool> isCurrent(Database &db, const char *key, const QString &stamp)
{
    const auto stored = storedStamp(db, key);
    if (!stored)
        return Error{stored.error()};
    return *stored == stamp;
}

Status rebuildIfStale(Database &db, const char *key, const QString &stamp, const QString &what,
                      const std::function<Status(const LocalDays &days)> &rebuild)
{
    const auto current = storedStamp(db, key);
    if (!current)
        return Error{current.error()};
    if (*current == stamp)
        return success();
    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{QCoreApplication::translate("Rollups", "%1: could not start rebuilding %2.").arg(db.path(), what)};
    const auto again = storedStamp(db, key); // another connection may have rebuilt it meanwhile
    if (!again)
        return Error{again.error()};
    if (*again == stamp)
        return success();
    const auto days = LocalDays::load(db);
    if (!days)
        return Error{days.error()};
    if (const Status s = rebuild(*days); !s)
        return s;
    if (const Status s = storeStamp(db, key, stamp); !s)
        return s;
    return transaction.commit();
}

std::optional<qint64> dayBound(const std::optional<QDateTime> &t, const LocalDays &days)
{
    if (!t)
        return std::nullopt;
    return days.dayStartingAt(toStored(*t));
}

bool onDayBounds(const std::optional<QDateTime> &from, const std::optional<QDateTime> &to, const LocalDays &days)
{
    return (!from || dayBound(from, days)) && (!to || dayBound(to, days));
}

void addDayRange(SqlWhere &where, const std::optional<QDateTime> &from, const std::optional<QDateTime> &to, const LocalDays &days)
{
    if (from)
        where.add("day >= ?", *dayBound(from, days));
    if (to)
        where.add("day < ?", *dayBound(to, days));
}

Status rebuildAll(Database &db)
{
    for (const char *table : {"score_rollup", "staff_score_rollup", "compliance_rollup", "survey_rollup", "interaction_rollup"}) {
        if (const Status s = db.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table)); !s)
            return s;
    }
    const QString oneEvaluation = QStringLiteral("WHERE e.id = ? AND ");
    const QStringList statements{
        forAllRows(QString::fromLatin1(EvaluationSql).arg(QLatin1String("1")), oneEvaluation, QStringLiteral("WHERE ")),
        forAllRows(staffScoreSql(QStringLiteral("1")), oneEvaluation, QStringLiteral("WHERE ")),
        // Each evaluation's day once (not once per answer: 13 answers an evaluation), grouped in
        // the table's key order: 9.1 -> 6.3 s on 200,000 evaluations.
        withLocalDays(QStringLiteral("WITH ee AS MATERIALIZED (SELECT e.id, v.form_id, e.site_id, {{day:e.occurred_at}} AS day FROM evaluations e "
                                     "JOIN form_versions v ON v.id = e.form_version_id WHERE e.status <> 'draft') "
                                     "INSERT INTO compliance_rollup (form_id, item_key, day, site_id, answers, met) "
                                     "SELECT ee.form_id, i.key, ee.day, ee.site_id, COUNT(*), SUM(%1) FROM ee "
                                     "JOIN evaluation_answers a ON a.evaluation_id = ee.id JOIN form_items i ON i.id = a.item_id "
                                     "WHERE a.is_na = 0 AND a.value IS NOT NULL AND i.type <> 'text' "
                                     "GROUP BY ee.site_id, ee.day, ee.form_id, i.key").arg(QLatin1String(MetSql))),
        forAllRows(QString::fromLatin1(SurveySql).arg(QLatin1String("1")), QStringLiteral("WHERE r.id = ? "), QString()),
        withLocalDays(QStringLiteral("INSERT INTO interaction_rollup (day, site_id, channel, interactions) "
                                     "SELECT {{day:started_at}} AS day, site_id, channel, COUNT(*) FROM interactions "
                                     "GROUP BY day, site_id, channel")),
    };
    for (const QString &sql : statements) {
        if (const Status s = db.exec(sql); !s)
            return s;
    }
    if (const Status s = rebuildIndicatorRollups(db); !s)
        return s;
    if (const Status s = rebuildScreeningRollups(db); !s)
        return s;
    if (const Status s = storeStamp(db, "screening_rollup", QLatin1String(ScreeningRollupStamp)); !s)
        return s;
    // The rollups of the registers, stale now, rebuilt as the register's writers rebuild them.
    for (const char *key : {"promise_rollup", "gap_clusters", "survey_sums"}) {
        if (const Status s = storeStamp(db, key, QString()); !s)
            return s;
    }
    return StandardsRepository(db).refreshRollups();
}

QString promiseRollupStamp(const QVector<ExternalPromise> &promises)
{
    // What the counts depend on: each interaction promise's id, channel, measure and threshold.
    QStringList parts;
    for (const ExternalPromise &p : promises) {
        if (p.measure == PromiseMeasure::Standard)
            continue;
        parts << QStringLiteral("%1:%2:%3:%4")
                     .arg(p.id)
                     .arg(p.channel.value_or(QString()), promiseMeasureKey(p.measure))
                     .arg(p.thresholdSeconds.value_or(0));
    }
    parts.sort();
    parts.prepend(QStringLiteral("v1"));
    return parts.join(QLatin1Char(';'));
}

Status invalidatePromiseRollup(Database &db)
{
    return storeStamp(db, "promise_rollup", QString());
}

Status ensurePromiseRollup(Database &db, const QVector<ExternalPromise> &promises)
{
    return rebuildIfStale(db, "promise_rollup", promiseRollupStamp(promises),
                          QCoreApplication::translate("Rollups", "the promises' counts"), [&db](const LocalDays &) -> Status {
                              if (const Status s = db.exec(QStringLiteral("DELETE FROM promise_rollup")); !s)
                                  return s;
                              QSqlQuery q(db.connection());
                              q.prepare(withLocalDays(QStringLiteral("INSERT INTO promise_rollup (promise_id, day, site_id, cases, kept) "
                                                                     "SELECT p.id, {{day:i.started_at}} AS day, i.site_id, COUNT(*), SUM(%2) %1 "
                                                                     "GROUP BY p.id, day, i.site_id")
                                                          .arg(QLatin1String(PromiseCaseSql), QLatin1String(PromiseKeptSql))));
                              return execQuery(q, db);
                          });
}

QString gapClustersStamp(const QVector<ServiceStandard> &standards)
{
    // What the sums depend on: each standard's id, dimension and linked items.
    QStringList parts{QStringLiteral("v1")};
    for (const ServiceStandard &s : standards) {
        QStringList items;
        for (const FormItemRef &ref : s.formItems)
            items << QStringLiteral("%1/%2").arg(ref.formId).arg(ref.itemKey);
        items.sort();
        parts << QStringLiteral("%1:%2:%3").arg(s.id).arg(dimensionIndex(s.dimension)).arg(items.join(QLatin1Char(',')));
    }
    return parts.join(QLatin1Char(';'));
}

Status ensureGapClusters(Database &db, const QVector<ServiceStandard> &standards)
{
    // Schema 10's upgrade rebuilds the register's rollups before gap_clusters exists.
    QSqlQuery exists(db.connection());
    exists.prepare(QStringLiteral("SELECT COUNT(*) FROM servqa_meta WHERE key = 'gap_clusters'"));
    if (const Status s = execQuery(exists, db); !s)
        return s;
    if (!exists.next() || exists.value(0).toInt() == 0)
        return success();
    return rebuildIfStale(db, "gap_clusters", gapClustersStamp(standards),
                          QCoreApplication::translate("Rollups", "the delivery gap's sums"), [&db](const LocalDays &days) -> Status {
                              if (const Status s = db.exec(QStringLiteral("DELETE FROM gap_clusters")); !s)
                                  return s;
                              // On a server the sums stay there.
                              if (const Status s = db.isServer() ? db.exec(withLocalDays(clusterDayRebuildSql())) : sumClusterDays(db, days); !s)
                                  return s;
                              return db.exec(clusterSpanRebuildSql());
                          });
}

Writer::Writer(Database &db) : m_db(db) {}
Writer::~Writer() = default;

Result<QSqlQuery *> Writer::prepared(Statement statement)
{
    std::unique_ptr<QSqlQuery> &q = m_queries[statement];
    if (!q) {
        const QString sign = statement % 2 == 0 ? QStringLiteral("1") : QStringLiteral("-1");
        QString sql;
        switch (statement) {
        case EvaluationAdd:
        case EvaluationRemove: sql = QString::fromLatin1(EvaluationSql).arg(sign); break;
        case SurveyAdd:
        case SurveyRemove: sql = QString::fromLatin1(SurveySql).arg(sign); break;
        case SurveyRange:
            sql = QString::fromLatin1(SurveySql).arg(QLatin1String("1")).replace(QLatin1String("WHERE r.id = ? "),
                                                                                QLatin1String("WHERE r.id BETWEEN ? AND ? "));
            break;
        case ComplianceAdd:
        case ComplianceRemove: sql = QString::fromLatin1(ComplianceSql).arg(sign, QLatin1String(MetSql)); break;
        case PromiseAdd:
        case PromiseRemove:
            sql = QString::fromLatin1(PromiseSql).arg(sign, QLatin1String(PromiseCaseSql), QLatin1String(PromiseKeptSql));
            break;
        case StaffAdd:
        case StaffRemove: sql = staffScoreSql(sign); break;
        case ClusterAdd:
        case ClusterRemove:
            sql = clusterWriteSql(sign);
            break;
        case PromiseCells:
            sql = QStringLiteral("INSERT INTO promise_rollup (promise_id, day, site_id, cases, kept) VALUES (?, ?, ?, ?, ?) "
                                 "ON CONFLICT (promise_id, day, site_id) DO UPDATE SET cases = promise_rollup.cases + "
                                 "excluded.cases, kept = promise_rollup.kept + excluded.kept");
            break;
        case CountAdd:
        case CountRemove:
            sql = QStringLiteral("INSERT INTO interaction_rollup (day, site_id, channel, interactions) "
                                 "SELECT {{day:started_at}}, site_id, channel, %1 FROM interactions "
                                 "WHERE source = ? AND external_id = ? ON CONFLICT (day, site_id, channel) DO UPDATE "
                                 "SET interactions = interaction_rollup.interactions + excluded.interactions")
                      .arg(sign);
            break;
        case EvaluationRange: sql = forRange(QString::fromLatin1(EvaluationSql).arg(QLatin1String("1"))); break;
        case StaffRange: sql = forRange(staffScoreSql(QStringLiteral("1"))); break;
        case ComplianceRange: sql = complianceRangeSql(); break;
        case ClusterRange: sql = clusterRangeSql(); break;
        case CountCells:
            sql = QStringLiteral("INSERT INTO interaction_rollup (day, site_id, channel, interactions) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (day, site_id, channel) DO UPDATE "
                                 "SET interactions = interaction_rollup.interactions + excluded.interactions");
            break;
        case ContactAdd:
        case ContactRemove: sql = contactRollupSql(sign, QStringLiteral("i.source = ? AND i.external_id = ?")); break;
        case FeedbackAdd:
        case FeedbackRemove: sql = feedbackRollupSql(sign, QStringLiteral("f.source = ? AND f.external_id = ?")); break;
        case FeedbackRange: sql = feedbackRollupSql(QStringLiteral("1"), QStringLiteral("f.id BETWEEN ? AND ?")); break;
        case ContactCells: sql = contactCellsSql(); break;
        case ScreeningAdd:
        case ScreeningRemove: sql = screeningRollupSql(sign, QStringLiteral("i.source = ? AND i.external_id = ?"), false); break;
        case ScreeningStaffAdd:
        case ScreeningStaffRemove: sql = screeningRollupSql(sign, QStringLiteral("i.source = ? AND i.external_id = ?"), true); break;
        case StatementCount: break;
        }
        q = std::make_unique<QSqlQuery>(m_db.connection());
        q->prepare(withLocalDays(sql));
    }
    return q.get();
}

Status Writer::addEvaluation(qint64 evaluationId, int sign)
{
    for (Statement statement : {sign < 0 ? EvaluationRemove : EvaluationAdd, sign < 0 ? StaffRemove : StaffAdd,
                                sign < 0 ? ComplianceRemove : ComplianceAdd}) {
        const auto q = prepared(statement);
        if (!q)
            return Error{q.error()};
        (*q)->addBindValue(evaluationId);
        if (const Status s = execQuery(**q, m_db); !s)
            return s;
    }
    const auto clusters = prepared(sign < 0 ? ClusterRemove : ClusterAdd);
    if (!clusters)
        return Error{clusters.error()};
    (*clusters)->addBindValue(evaluationId);
    (*clusters)->addBindValue(evaluationId);
    return execQuery(**clusters, m_db);
}

Status Writer::addEvaluations(qint64 first, qint64 last)
{
    QVector<Statement> statements{EvaluationRange, StaffRange, ComplianceRange, ClusterRange};
    if (!m_db.isServer()) {
        // Summed in C++, without the statements' sorts of every evaluation and answer to group them
        // (rollupsums.cpp; docs/PERFORMANCE.md, "The demo's batch sums summed in C++").
        if (const Status s = loadDays(); !s)
            return s;
        const auto scores = addScoreRange(m_db, *m_days, first, last);
        if (!scores)
            return Error{scores.error()};
        if (*scores) {
            statements.removeOne(EvaluationRange);
            statements.removeOne(StaffRange);
        }
        const auto compliance = addComplianceRange(m_db, *m_days, first, last);
        if (!compliance)
            return Error{compliance.error()};
        if (*compliance)
            statements.removeOne(ComplianceRange);
    }
    // Gap 3's clusters are answers linked to a standard: without a link (the demo writes its
    // register after its evaluations) there are none, and the statement would still read every
    // answer of the range twice to find that out.
    QSqlQuery links(m_db.connection());
    links.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM standard_form_items LIMIT 1) x"));
    const auto linked = execScalar(links, m_db);
    if (!linked)
        return Error{linked.error()};
    if (*linked == 0)
        statements.removeOne(ClusterRange);
    for (Statement statement : std::as_const(statements)) {
        const auto q = prepared(statement);
        if (!q)
            return Error{q.error()};
        for (int k = 0; k < (statement == ClusterRange ? 2 : 1); ++k) {
            (*q)->addBindValue(first);
            (*q)->addBindValue(last);
        }
        if (const Status s = execQuery(**q, m_db); !s)
            return s;
    }
    return success();
}

Status Writer::addSurveyResponse(qint64 responseId, int sign)
{
    const auto q = prepared(sign < 0 ? SurveyRemove : SurveyAdd);
    if (!q)
        return Error{q.error()};
    (*q)->addBindValue(responseId);
    return execQuery(**q, m_db);
}

Status Writer::addSurveyResponses(qint64 first, qint64 last)
{
    const auto q = prepared(SurveyRange);
    if (!q)
        return Error{q.error()};
    (*q)->addBindValue(first);
    (*q)->addBindValue(last);
    return execQuery(**q, m_db);
}

Status Writer::addInteraction(const QString &source, const QString &externalId, int sign)
{
    for (Statement statement : {sign < 0 ? PromiseRemove : PromiseAdd, sign < 0 ? CountRemove : CountAdd,
                                sign < 0 ? ContactRemove : ContactAdd, sign < 0 ? ScreeningRemove : ScreeningAdd,
                                sign < 0 ? ScreeningStaffRemove : ScreeningStaffAdd}) {
        const auto q = prepared(statement);
        if (!q)
            return Error{q.error()};
        (*q)->addBindValue(source);
        (*q)->addBindValue(externalId);
        if (const Status s = execQuery(**q, m_db); !s)
            return s;
    }
    return success();
}

Status Writer::loadDays()
{
    if (m_days)
        return success();
    auto days = LocalDays::load(m_db);
    if (!days)
        return Error{days.error()};
    m_days = std::make_unique<LocalDays>(std::move(*days));
    return success();
}

} // namespace servqa::rollups
