#include "scorecard.h"

#include "database.h"
#include <QCoreApplication>
#include "form.h"
#include "localdays.h"
#include "rollups.h"
#include "scoreengine.h"
#include "sqlwhere.h"
#include "surveyrepository.h"
#include "timeutil.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace servqa {

QDateTime DayRange::start() const
{
    return from.startOfDay();
}

QDateTime DayRange::end() const
{
    return to.addDays(1).startOfDay();
}

std::optional<double> SubjectScores::passRate() const
{
    if (overall.n == 0)
        return std::nullopt;
    return 100.0 * passed / overall.n;
}

std::optional<double> SubjectScores::change() const
{
    if (!overall.mean || !previousOverall)
        return std::nullopt;
    return *overall.mean - *previousOverall;
}

std::optional<double> SubjectScores::change(int dimension) const
{
    if (!dimensions[dimension].mean || !previousDimensions[dimension])
        return std::nullopt;
    return *dimensions[dimension].mean - *previousDimensions[dimension];
}

namespace {

constexpr const char *DimensionColumns[DimensionCount] = {"score_tangibles", "score_reliability", "score_responsiveness",
                                                          "score_assurance", "score_empathy"};

QString subjectColumn(SubjectKind kind)
{
    return kind == SubjectKind::Site ? QStringLiteral("e.site_id") : QStringLiteral("e.staff_id");
}

// The rows of a subject's rollup that make up a period on day bounds: a store's days; an agent's
// whole months from their month rows (schema 19) and the days at either end from day rows.
void addRollupRange(SqlWhere &where, SubjectKind kind, const DayRange &period, const LocalDays &days)
{
    if (kind == SubjectKind::Site)
        rollups::addDayRange(where, period.start(), period.end(), days);
    else
        rollups::addSpanRange(where, rollups::dayBound(period.start(), days), rollups::dayBound(period.end(), days), Granularity::Month);
}

// Sums of one subject's stored scores in a period, as SQL aggregates them.
struct ScoreSums
{
    int evaluations = 0;
    int visits = 0;
    int passed = 0;
    int autoFailed = 0;
    double n = 0, sum = 0, squares = 0;
    std::array<double, DimensionCount> dn{}, dsum{}, dsquares{};
};

// The scores of every subject the WHERE clause selects, by subject id.
Result<QHash<qint64, ScoreSums>> sumScores(Database &db, SubjectKind kind, SqlWhere where, const DayRange &period,
                                          std::optional<qint64> formId)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const auto days = LocalDays::load(db);
    if (days && rollups::onDayBounds(period.start(), period.end(), *days)) {
        // From the daily rollups (per site, or per agent): a few thousand rows, not every evaluation.
        addRollupRange(where, kind, period, *days);
        if (formId)
            where.add("e.form_id = ?", *formId);
        QString columns = subjectColumn(kind) + QStringLiteral(", f.kind, SUM(e.evaluations), SUM(e.n_score), SUM(e.s_score), "
                                                               "SUM(e.q_score), SUM(e.passed), SUM(e.auto_failed)");
        for (const char *column : DimensionColumns) {
            const QString dimension = QString::fromLatin1(column).mid(6); // score_tangibles → tangibles
            columns += QStringLiteral(", SUM(e.n_%1), SUM(e.s_%1), SUM(e.q_%1)").arg(dimension);
        }
        const QString table = kind == SubjectKind::Site ? QStringLiteral("score_rollup") : QStringLiteral("staff_score_rollup");
        q.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + table
                  + QStringLiteral(" e JOIN forms f ON f.id = e.form_id") + where.sql() + QStringLiteral(" GROUP BY ")
                  + subjectColumn(kind) + QStringLiteral(", f.kind"));
    } else {
        where.add("e.status <> ?", QStringLiteral("draft"));
        where.add("e.occurred_at >= ?", toStored(period.start()));
        where.add("e.occurred_at < ?", toStored(period.end()));
        if (formId)
            where.add("v.form_id = ?", *formId);
        QString columns = subjectColumn(kind) + QStringLiteral(", f.kind, COUNT(*), COUNT(e.score), SUM(e.score), "
                                                               "SUM(e.score * e.score), SUM(e.passed), SUM(e.auto_failed)");
        for (const char *column : DimensionColumns)
            columns += QStringLiteral(", COUNT(e.%1), SUM(e.%1), SUM(e.%1 * e.%1)").arg(QString::fromLatin1(column));
        q.prepare(QStringLiteral("SELECT ") + columns
                  + QStringLiteral(" FROM evaluations e JOIN form_versions v ON v.id = e.form_version_id"
                                   " JOIN forms f ON f.id = v.form_id")
                  + where.sql() + QStringLiteral(" GROUP BY ") + subjectColumn(kind) + QStringLiteral(", f.kind"));
    }
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    QHash<qint64, ScoreSums> sums;
    while (q.next()) {
        if (q.value(0).isNull())
            continue; // an evaluation with no agent has no agent scorecard
        ScoreSums &s = sums[q.value(0).toLongLong()];
        const int count = q.value(2).toInt();
        (q.value(1).toString() == QLatin1String("checklist") ? s.visits : s.evaluations) += count;
        s.n += q.value(3).toDouble();
        s.sum += q.value(4).toDouble();
        s.squares += q.value(5).toDouble();
        s.passed += q.value(6).toInt();
        s.autoFailed += q.value(7).toInt();
        for (int d = 0; d < DimensionCount; ++d) {
            s.dn[d] += q.value(8 + 3 * d).toDouble();
            s.dsum[d] += q.value(9 + 3 * d).toDouble();
            s.dsquares[d] += q.value(10 + 3 * d).toDouble();
        }
    }
    return sums;
}

// Which evaluations belong to a group of subjects (for sumScores). A site's agents are named by
// their ids: SQLite uses a list of values in each branch of an agent's period (whole months from
// month rows OR the days at either end), where `IN (SELECT …)` left each branch reading every
// day row of every agent (a store's agents, a month after one of 31 days: 22-44 -> 1 ms on the
// 1 M workspace).
SqlWhere groupWhere(const ComparisonRequest &request, const QVector<SubjectScores> &subjects)
{
    SqlWhere where;
    if (request.kind == SubjectKind::Agent) {
        if (request.siteId) {
            QStringList marks;
            QVariantList ids;
            for (const SubjectScores &s : subjects) {
                marks << QStringLiteral("?");
                ids << s.id;
            }
            where.add(QStringLiteral("e.staff_id IN (%1)").arg(marks.join(QStringLiteral(", "))), ids);
        }
        return where;
    }
    if (request.region)
        where.add("e.site_id IN (SELECT id FROM sites WHERE region = ?)", *request.region);
    if (request.siteKind)
        where.add("e.site_id IN (SELECT id FROM sites WHERE kind = ?)", *request.siteKind);
    return where;
}

Result<QVector<SubjectScores>> listSubjects(Database &db, const ComparisonRequest &request)
{
    SqlWhere where;
    QString sql;
    if (request.kind == SubjectKind::Agent) {
        sql = QStringLiteral("SELECT st.id, st.code, st.name, s.name, s.region FROM staff st JOIN sites s ON s.id = st.site_id");
        if (request.siteId)
            where.add("st.site_id = ?", *request.siteId);
        sql += where.sql() + QStringLiteral(" ORDER BY st.code");
    } else {
        sql = QStringLiteral("SELECT s.id, s.code, s.name, s.name, s.region FROM sites s");
        if (request.region)
            where.add("s.region = ?", *request.region);
        if (request.siteKind)
            where.add("s.kind = ?", *request.siteKind);
        sql += where.sql() + QStringLiteral(" ORDER BY s.code");
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    QVector<SubjectScores> subjects;
    while (q.next()) {
        SubjectScores s;
        s.id = q.value(0).toLongLong();
        s.code = q.value(1).toString();
        s.name = q.value(2).toString();
        s.siteName = q.value(3).toString();
        s.region = q.value(4).toString();
        subjects << s;
    }
    return subjects;
}

} // namespace

Result<QVector<SubjectScores>> compareSubjects(Database &db, const ComparisonRequest &request)
{
    auto subjects = listSubjects(db, request);
    if (!subjects || subjects->isEmpty())
        return subjects;
    const SqlWhere where = groupWhere(request, *subjects);
    const auto current = sumScores(db, request.kind, where, request.period, request.formId);
    if (!current)
        return Error{current.error()};
    const auto previous = sumScores(db, request.kind, where, request.period.previous(), request.formId);
    if (!previous)
        return Error{previous.error()};
    for (SubjectScores &subject : *subjects) {
        const ScoreSums s = current->value(subject.id);
        subject.evaluations = s.evaluations;
        subject.visits = s.visits;
        subject.passed = s.passed;
        subject.autoFailed = s.autoFailed;
        subject.overall = estimateFromSums(s.n, s.sum, s.squares, 1);
        for (int d = 0; d < DimensionCount; ++d)
            subject.dimensions[d] = estimateFromSums(s.dn[d], s.dsum[d], s.dsquares[d], 1);
        const ScoreSums p = previous->value(subject.id);
        if (p.n > 0)
            subject.previousOverall = p.sum / p.n;
        for (int d = 0; d < DimensionCount; ++d) {
            if (p.dn[d] > 0)
                subject.previousDimensions[d] = p.dsum[d] / p.dn[d];
        }
    }
    // Best mean first; equal means share a rank (1, 2, 2, 4); no score: last, unranked.
    std::stable_sort(subjects->begin(), subjects->end(), [](const SubjectScores &a, const SubjectScores &b) {
        if (a.overall.mean.has_value() != b.overall.mean.has_value())
            return a.overall.mean.has_value();
        return a.overall.mean && *a.overall.mean > *b.overall.mean;
    });
    for (int i = 0; i < subjects->size(); ++i) {
        SubjectScores &s = (*subjects)[i];
        if (!s.overall.mean)
            break;
        const bool tie = i > 0 && (*subjects)[i - 1].overall.mean == s.overall.mean;
        s.rank = tie ? (*subjects)[i - 1].rank : i + 1;
    }
    return subjects;
}

Result<Scorecard> computeScorecard(Database &db, const ScorecardRequest &request)
{
    Scorecard card;
    card.kind = request.kind;
    card.period = request.period;

    // The group the subject is ranked in: its region's sites of the same kind, or its site's agents.
    ComparisonRequest group;
    group.kind = request.kind;
    group.period = request.period;
    group.formId = request.formId;
    {
        QSqlQuery q(db.connection());
        if (request.kind == SubjectKind::Site)
            q.prepare(QStringLiteral("SELECT region, kind, region FROM sites WHERE id = ?"));
        else
            q.prepare(QStringLiteral("SELECT st.site_id, '', s.name FROM staff st JOIN sites s ON s.id = st.site_id WHERE st.id = ?"));
        q.addBindValue(request.id);
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
        if (!q.next())
            return Error{request.kind == SubjectKind::Site
                             ? QCoreApplication::translate("Scorecard", "There is no site with id %1.").arg(request.id)
                             : QCoreApplication::translate("Scorecard", "There is no agent with id %1.").arg(request.id)};
        if (request.kind == SubjectKind::Site) {
            group.region = q.value(0).toString();
            group.siteKind = q.value(1).toString();
        } else {
            group.siteId = q.value(0).toLongLong();
        }
        card.groupName = q.value(2).toString();
    }
    const auto ranked = compareSubjects(db, group);
    if (!ranked)
        return Error{ranked.error()};
    for (const SubjectScores &s : *ranked) {
        if (s.id == request.id)
            card.scores = s;
        if (s.rank > 0)
            ++card.rankedIn;
    }

    const QString subject = subjectColumn(request.kind) + QStringLiteral(" = ?");
    auto scoped = [&](const DayRange &period) {
        SqlWhere where;
        where.add(subject, {request.id});
        where.add("e.status <> ?", QStringLiteral("draft"));
        where.add("e.occurred_at >= ?", toStored(period.start()));
        where.add("e.occurred_at < ?", toStored(period.end()));
        if (request.formId)
            where.add("e.form_version_id IN (SELECT id FROM form_versions WHERE form_id = ?)", *request.formId);
        return where;
    };

    // Twelve months of mean scores ending with the period's month, summed per local day.
    {
        const QDate lastMonth(request.period.to.year(), request.period.to.month(), 1);
        const DayRange months{lastMonth.addMonths(-11), lastMonth.addMonths(1).addDays(-1)};
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        const auto days = LocalDays::load(db);
        if (days && rollups::onDayBounds(months.start(), months.end(), *days)) {
            // From the subject's daily rollup.
            SqlWhere where;
            where.add(subject, {request.id});
            addRollupRange(where, request.kind, months, *days);
            if (request.formId)
                where.add("e.form_id = ?", *request.formId);
            const QString table = request.kind == SubjectKind::Site ? QStringLiteral(" FROM score_rollup e")
                                                                    : QStringLiteral(" FROM staff_score_rollup e");
            q.prepare(QStringLiteral("SELECT e.day, SUM(e.n_score), SUM(e.s_score), SUM(e.q_score)") + table + where.sql()
                      + QStringLiteral(" GROUP BY e.day"));
            where.bindTo(q);
        } else {
            const SqlWhere where = scoped(months);
            q.prepare(QStringLiteral("SELECT %1 AS day, COUNT(e.score), SUM(e.score), SUM(e.score * e.score) FROM evaluations e")
                          .arg(localDaySql(QStringLiteral("e.occurred_at")))
                      + where.sql() + QStringLiteral(" GROUP BY day"));
            where.bindTo(q);
        }
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
        QMap<QDate, std::array<double, 3>> byMonth;
        while (q.next()) {
            const QDate day = QDate(1970, 1, 1).addDays(q.value(0).toLongLong());
            auto &m = byMonth[QDate(day.year(), day.month(), 1)];
            for (int i = 0; i < 3; ++i)
                m[i] += q.value(1 + i).toDouble();
        }
        for (int i = 0; i < 12; ++i) {
            const QDate month = months.from.addMonths(i);
            const auto m = byMonth.value(month, {0, 0, 0});
            card.trendMonths << month;
            card.trend << estimateFromSums(m[0], m[1], m[2], 1);
        }
    }

    // Item failures (Pareto) and failed critical items. A store's Pareto comes from
    // compliance_rollup (answers and those earning at least half their points, per form and item
    // key); the critical failures name evaluations, so they are read from the answers, only
    // those of automatically failed evaluations then.
    const auto days = LocalDays::load(db);
    const bool paretoFromRollup = request.kind == SubjectKind::Site && days
                                  && rollups::onDayBounds(request.period.start(), request.period.end(), *days);
    if (paretoFromRollup) {
        SqlWhere where;
        where.add("c.site_id = ?", request.id);
        rollups::addDayRange(where, request.period.start(), request.period.end(), *days);
        if (request.formId)
            where.add("c.form_id = ?", *request.formId);
        // Each item as the newest version of its form words it; bonus items are not in the Pareto.
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
                      "SELECT f.name, c.item_key, i.text, i.dimension, i.critical, s.kind, SUM(c.answers), "
                      "SUM(c.answers) - SUM(c.met), MAX(c.day) AS latest, c.form_id "
                      "FROM compliance_rollup c JOIN forms f ON f.id = c.form_id "
                      "JOIN form_versions v ON v.form_id = c.form_id AND v.version = (SELECT MAX(v2.version) FROM form_versions v2 "
                      "JOIN form_sections s2 ON s2.form_version_id = v2.id JOIN form_items i2 ON i2.section_id = s2.id "
                      "WHERE v2.form_id = c.form_id AND i2.key = c.item_key) "
                      "JOIN form_sections s ON s.form_version_id = v.id JOIN form_items i ON i.section_id = s.id AND i.key = c.item_key")
                  + where.sql()
                  + QStringLiteral(" GROUP BY f.name, c.form_id, c.item_key, i.text, i.dimension, i.critical, s.kind, s.position, i.position "
                                   "HAVING s.kind <> 'bonus' ORDER BY MAX(c.day) DESC, c.form_id DESC, s.position, i.position"));
        where.bindTo(q);
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
        while (q.next()) {
            ItemFailures f;
            f.formName = q.value(0).toString();
            f.itemKey = q.value(1).toString();
            f.itemText = q.value(2).toString();
            f.dimension = dimensionFromKey(q.value(3).toString()).value_or(Dimension::Reliability);
            f.critical = q.value(4).toBool() || q.value(5).toString() == QLatin1String("critical");
            f.answered = q.value(6).toInt();
            f.failures = q.value(7).toInt();
            f.formId = q.value(9).toLongLong();
            card.failedItems << f;
        }
    }
    {
        SqlWhere where = scoped(request.period);
        if (paretoFromRollup) // as written, not bound: a store's failed evaluations have their own index (schema 39)
            where.add(QStringLiteral("e.auto_failed = 1"), {});
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
                      "SELECT e.id, e.occurred_at, e.auto_failed, st.name, f.code, f.name, i.key, i.text, i.type, "
                      "i.dimension, i.critical, s.kind, i.target_min, i.target_max, i.sla_seconds, a.value, f.id "
                      "FROM evaluations e JOIN evaluation_answers a ON a.evaluation_id = e.id "
                      "JOIN form_items i ON i.id = a.item_id JOIN form_sections s ON s.id = i.section_id "
                      "JOIN form_versions v ON v.id = e.form_version_id JOIN forms f ON f.id = v.form_id "
                      "LEFT JOIN staff st ON st.id = e.staff_id")
                  + where.sql() + QStringLiteral(" AND a.is_na = 0 AND a.value IS NOT NULL AND s.kind <> 'bonus'"
                                                 " ORDER BY e.occurred_at DESC, e.id DESC, s.position, i.position"));
        where.bindTo(q);
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
        QHash<QString, int> index; // form code + item key → failedItems
        while (q.next()) {
            FormItem item;
            item.type = itemTypeFromKey(q.value(8).toString()).value_or(ItemType::Text);
            if (!item.isScoring())
                continue;
            if (!q.value(12).isNull())
                item.targetMin = q.value(12).toDouble();
            if (!q.value(13).isNull())
                item.targetMax = q.value(13).toDouble();
            if (!q.value(14).isNull())
                item.slaSeconds = q.value(14).toDouble();
            const double fraction = itemFraction(item, q.value(15).toDouble()).value_or(1.0);
            const bool critical = q.value(10).toBool() || q.value(11).toString() == QLatin1String("critical");
            if (critical && fraction <= 0.0 && q.value(2).toBool()) {
                CriticalFailure c;
                c.evaluationId = q.value(0).toLongLong();
                c.occurredAt = fromStored(q.value(1).toLongLong());
                c.staffName = q.value(3).toString();
                c.itemText = q.value(7).toString();
                card.criticalFailures << c;
            }
            if (paretoFromRollup)
                continue;
            const QString key = q.value(4).toString() + QChar(0x1f) + q.value(6).toString();
            auto it = index.constFind(key);
            if (it == index.constEnd()) {
                ItemFailures f;
                f.formId = q.value(16).toLongLong();
                f.formName = q.value(5).toString();
                f.itemKey = q.value(6).toString();
                f.itemText = q.value(7).toString(); // newest version first
                f.dimension = dimensionFromKey(q.value(9).toString()).value_or(Dimension::Reliability);
                f.critical = critical;
                it = index.insert(key, int(card.failedItems.size()));
                card.failedItems << f;
            }
            ItemFailures &f = card.failedItems[*it];
            ++f.answered;
            if (answerFails(fraction))
                ++f.failures;
        }
        card.failedItems.erase(std::remove_if(card.failedItems.begin(), card.failedItems.end(),
                                              [](const ItemFailures &f) { return f.failures == 0; }),
                               card.failedItems.end());
        std::stable_sort(card.failedItems.begin(), card.failedItems.end(),
                         [](const ItemFailures &a, const ItemFailures &b) { return a.failures > b.failures; });
        int total = 0;
        for (const ItemFailures &f : std::as_const(card.failedItems))
            total += f.failures;
        int running = 0;
        for (ItemFailures &f : card.failedItems) {
            running += f.failures;
            f.cumulativeShare = double(running) / total;
        }
    }

    // Disputed items not decided yet: from the open disputes (few, with their own index since
    // schema 39) to their evaluations, not from every evaluation of the period to its disputes,
    // which read the month's rows all over the file (45 ms of a store's card on 1 M evaluations).
    {
        const SqlWhere where = scoped(request.period);
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM disputes d CROSS JOIN evaluations e")
                  + where.sql() + QStringLiteral(" AND e.id = d.evaluation_id AND d.outcome IS NULL"));
        where.bindTo(q);
        const auto open = execScalar(q, db);
        if (!open)
            return Error{open.error()};
        card.openDisputes = int(*open);
    }

    // Indicators from the interactions themselves: first-contact resolution and the first
    // response against the channel's target (response_targets).
    {
        SqlWhere where;
        where.add(request.kind == SubjectKind::Site ? "i.site_id = ?" : "i.staff_id = ?", request.id);
        where.add("i.started_at >= ?", toStored(request.period.start()));
        where.add("i.started_at < ?", toStored(request.period.end()));
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral(
                      "SELECT COUNT(i.resolved), SUM(i.resolved), "
                      "SUM(CASE WHEN i.first_response_s IS NOT NULL AND t.first_response_s IS NOT NULL THEN 1 ELSE 0 END), "
                      "SUM(CASE WHEN i.first_response_s <= t.first_response_s THEN 1 ELSE 0 END) "
                      "FROM interactions i LEFT JOIN response_targets t ON t.channel = i.channel")
                  + where.sql());
        where.bindTo(q);
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
        if (q.next()) {
            card.firstContactResolution.n = q.value(0).toInt();
            if (card.firstContactResolution.n > 0)
                card.firstContactResolution.percent = 100.0 * q.value(1).toDouble() / card.firstContactResolution.n;
            card.responseCompliance.n = q.value(2).toInt();
            if (card.responseCompliance.n > 0)
                card.responseCompliance.percent = 100.0 * q.value(3).toDouble() / card.responseCompliance.n;
        }
    }
    return card;
}

} // namespace servqa
