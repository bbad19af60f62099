#include "fivegaps.h"

#include "database.h"
#include "form.h"
#include "rollups.h"
#include "scoreengine.h"
#include "surveysums.h"
#include "sqlwhere.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <tuple>

namespace servqa {

QString gapName(GapKind gap)
{
    switch (gap) {
    case GapKind::Knowledge: return QCoreApplication::translate("FiveGaps", "Knowledge gap (gap 1)");
    case GapKind::Standards: return QCoreApplication::translate("FiveGaps", "Standards gap (gap 2)");
    case GapKind::Delivery: return QCoreApplication::translate("FiveGaps", "Delivery gap (gap 3)");
    case GapKind::Communication: return QCoreApplication::translate("FiveGaps", "Communication gap (gap 4)");
    case GapKind::Customer: return QCoreApplication::translate("FiveGaps", "Customer gap (gap 5)");
    }
    return {};
}

bool gapInPercentagePoints(GapKind gap)
{
    return gap == GapKind::Delivery || gap == GapKind::Communication;
}

namespace {

// Observations of a yes/no kind (an answer met the standard, a promise was kept), counted per
// period: what gaps 3 and 4 are computed from.
struct Tally
{
    double n = 0;
    double met = 0;
};
using Tallies = QMap<QDate, Tally>; // period → counts

// Sums of x = 100 · met − target over observations, for a mean and t interval in percentage
// points (x's mean is the share met minus the target).
struct RateSums
{
    double n = 0, sum = 0, squares = 0;
    void add(const Tally &t, double target)
    {
        n += t.n;
        sum += 100.0 * t.met - target * t.n;
        squares += t.met * (100.0 - target) * (100.0 - target) + (t.n - t.met) * target * target;
    }
    Estimate estimate(int minN) const { return estimateFromSums(n, sum, squares, minN); }
};

// A tally's share met (%) and its gap to a target (percentage points).
std::pair<Estimate, Estimate> rateAndGap(const Tally &t, double target, int minN)
{
    RateSums rate, gap;
    rate.add(t, 0);
    gap.add(t, target);
    return {rate.estimate(minN), gap.estimate(minN)};
}

SqlWhere scope(const SurveyFilter &filter, const QString &site, const QString &time)
{
    SqlWhere where;
    where.addSites(site, filter.siteId, filter.region);
    if (filter.from)
        where.add(time + QStringLiteral(" >= ?"), {toStored(*filter.from)});
    if (filter.to)
        where.add(time + QStringLiteral(" < ?"), {toStored(*filter.to)});
    return where;
}

// The workspace's local days, as the rollups and score trends count them.
qint64 localDayOffset(Database &db)
{
    const auto offset = rollups::dayOffset(db);
    return offset ? *offset : 0;
}

QDate dayOf(const QVariant &localDay)
{
    return QDate(1970, 1, 1).addDays(localDay.toLongLong());
}

// Each standard's linked answers in submitted evaluations and validated visits (a visit's
// checklist is submitted when a QA lead validates it), per period. An answer meets the
// standard when it earns at least half its item's points (as the scorecard's Pareto counts
// failures); N/A and text answers are not observations.
Result<QHash<qint64, Tallies>> standardTallies(Database &db, const SurveyFilter &filter, const std::function<QDate(QDate)> &bucket)
{
    SqlWhere where = scope(filter, QStringLiteral("e.site_id"), QStringLiteral("e.occurred_at"));
    where.add("e.status <> ?", QStringLiteral("draft"));
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.standard_id, (e.occurred_at + ?) / 86400, i.type, i.target_min, i.target_max, i.sla_seconds, "
                             "a.value FROM standard_form_items l "
                             "JOIN form_versions v ON v.form_id = l.form_id "
                             "JOIN form_sections s ON s.form_version_id = v.id "
                             "JOIN form_items i ON i.section_id = s.id AND i.key = l.item_key "
                             "JOIN evaluation_answers a ON a.item_id = i.id "
                             "JOIN evaluations e ON e.id = a.evaluation_id")
              + where.sql() + QStringLiteral(" AND a.is_na = 0 AND a.value IS NOT NULL"));
    q.addBindValue(localDayOffset(db));
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    QHash<qint64, Tallies> tallies;
    while (q.next()) {
        FormItem item;
        item.type = itemTypeFromKey(q.value(2).toString()).value_or(ItemType::Text);
        if (!item.isScoring())
            continue;
        if (!q.value(3).isNull())
            item.targetMin = q.value(3).toDouble();
        if (!q.value(4).isNull())
            item.targetMax = q.value(4).toDouble();
        if (!q.value(5).isNull())
            item.slaSeconds = q.value(5).toDouble();
        const auto fraction = itemFraction(item, q.value(6).toDouble());
        if (!fraction)
            continue;
        Tally &t = tallies[q.value(0).toLongLong()][bucket(dayOf(q.value(1)))];
        t.n += 1;
        t.met += answerFails(*fraction) ? 0 : 1;
    }
    return tallies;
}

// A first-response or resolution promise's cases, per period, from the interactions.
Result<Tallies> interactionTallies(Database &db, const SurveyFilter &filter, const ExternalPromise &promise,
                                   const std::function<QDate(QDate)> &bucket)
{
    SqlWhere where = scope(filter, QStringLiteral("site_id"), QStringLiteral("started_at"));
    if (promise.channel)
        where.add("channel = ?", *promise.channel);
    const bool firstResponse = promise.measure == PromiseMeasure::FirstResponse;
    where.add(firstResponse ? QStringLiteral("first_response_s IS NOT NULL") : QStringLiteral("resolved IS NOT NULL"), QVariantList{});
    const QString kept = firstResponse ? QStringLiteral("CASE WHEN first_response_s <= ? THEN 1 ELSE 0 END")
                                       : QStringLiteral("CASE WHEN resolved = 1 THEN 1 ELSE 0 END");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT (started_at + ?) / 86400 AS day, COUNT(*), SUM(%1) FROM interactions").arg(kept) + where.sql()
              + QStringLiteral(" GROUP BY day"));
    q.addBindValue(localDayOffset(db));
    if (firstResponse)
        q.addBindValue(promise.thresholdSeconds.value_or(0));
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    Tallies tallies;
    while (q.next()) {
        Tally &t = tallies[bucket(dayOf(q.value(0)))];
        t.n += q.value(1).toDouble();
        t.met += q.value(2).toDouble();
    }
    return tallies;
}

// Rows of (standard or promise, local day, observations, met) summed per period.
Result<QHash<qint64, Tallies>> readTallies(Database &db, QSqlQuery &q, const std::function<QDate(QDate)> &bucket)
{
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    QHash<qint64, Tallies> tallies;
    while (q.next()) {
        Tally &t = tallies[q.value(0).toLongLong()][bucket(dayOf(q.value(1)))];
        t.n += q.value(2).toDouble();
        t.met += q.value(3).toDouble();
    }
    return tallies;
}

// Gap 3's tallies per standard from compliance_rollup (the filter's bounds on local midnights).
Result<QHash<qint64, Tallies>> standardTalliesFromRollup(Database &db, const SurveyFilter &filter, qint64 offset,
                                                         const std::function<QDate(QDate)> &bucket)
{
    SqlWhere where;
    rollups::addDayRange(where, filter.from, filter.to, offset);
    where.addSites(QStringLiteral("c.site_id"), filter.siteId, filter.region);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.standard_id, c.day, SUM(c.answers), SUM(c.met) FROM standard_form_items l "
                             "JOIN compliance_rollup c ON c.form_id = l.form_id AND c.item_key = l.item_key")
              + where.sql() + QStringLiteral(" GROUP BY l.standard_id, c.day"));
    where.bindTo(q);
    return readTallies(db, q, bucket);
}

// Gap 4's tallies of every interaction promise from promise_rollup (the filter's bounds on local
// midnights; the rollup built for this register of promises).
Result<QHash<qint64, Tallies>> promiseTalliesFromRollup(Database &db, const SurveyFilter &filter, qint64 offset,
                                                        const std::function<QDate(QDate)> &bucket)
{
    SqlWhere where;
    rollups::addDayRange(where, filter.from, filter.to, offset);
    where.addSites(QStringLiteral("site_id"), filter.siteId, filter.region);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT promise_id, day, SUM(cases), SUM(kept) FROM promise_rollup") + where.sql()
              + QStringLiteral(" GROUP BY promise_id, day"));
    where.bindTo(q);
    return readTallies(db, q, bucket);
}

// Per period (key: its first day) or, without a granularity, for the whole period (key: a null
// date). `withWhole` adds the whole period (null date) to a per-period result from the same
// reading of the data.
Result<QMap<QDate, FiveGaps>> compute(Database &db, const SurveyFilter &filter, std::optional<Granularity> granularity, int minN,
                                      bool withWhole = false)
{
    const std::function<QDate(QDate)> bucket = [granularity](QDate day) {
        return granularity ? periodStart(day, *granularity) : QDate();
    };
    const bool whole = !granularity || withWhole;
    StandardsRepository repository(db);
    const auto standards = repository.standards();
    const auto promises = repository.promises();
    if (!standards || !promises)
        return Error{standards ? promises.error() : standards.error()};

    // The customers, summed per period (and into the whole period when asked): from the daily
    // rollup when the bounds fall on local midnights, else from every answer.
    SurveyFilter customerFilter = filter;
    customerFilter.kind = SurveyKind::Customer;
    const auto customersRead = readSurveySums(db, customerFilter, *standards, granularity, withWhole);
    if (!customersRead)
        return Error{customersRead.error()};
    const QMap<QDate, SurveySums> &customers = *customersRead;
    // The managers' estimates of the same sites, whatever their date: a management survey is
    // taken now and then, not every period.
    const auto managersRead = managerSums(db, filter, *standards);
    if (!managersRead)
        return Error{managersRead.error()};
    const ServqualAccumulator &managers = *managersRead;

    const qint64 offset = localDayOffset(db);
    const bool fromRollups = rollups::onDayBounds(filter.from, filter.to, offset);
    const auto observedRead = fromRollups ? standardTalliesFromRollup(db, filter, offset, bucket) : standardTallies(db, filter, bucket);
    if (!observedRead)
        return Error{observedRead.error()};
    QHash<qint64, Tallies> promiseTallies;
    // A reader never rebuilds a rollup (it must not need the write lock): one built for another
    // register of promises is passed over for the interactions themselves. The register's
    // writers rebuild it in their own transaction, so this happens only to an older workspace
    // that has not been upgraded.
    const auto promisesCurrent = rollups::isCurrent(db, "promise_rollup", rollups::promiseRollupStamp(*promises));
    if (!promisesCurrent)
        return Error{promisesCurrent.error()};
    const bool promisesFromRollup = fromRollups && *promisesCurrent;
    if (promisesFromRollup) {
        auto counted = promiseTalliesFromRollup(db, filter, offset, bucket);
        if (!counted)
            return Error{counted.error()};
        promiseTallies = std::move(*counted);
    }
    for (const ExternalPromise &p : *promises) {
        if (p.measure == PromiseMeasure::Standard) {
            promiseTallies.insert(p.id, observedRead->value(p.standardId.value_or(0)));
            continue;
        }
        if (promisesFromRollup)
            continue;
        auto t = interactionTallies(db, filter, p, bucket);
        if (!t)
            return Error{t.error()};
        promiseTallies.insert(p.id, *t);
    }

    auto observed = std::move(*observedRead);
    if (granularity && withWhole) {
        // The whole period from the same data: every tally once more (the customers were summed
        // into it as they were read).
        for (QHash<qint64, Tallies> *tallies : {&observed, &promiseTallies}) {
            for (Tallies &t : *tallies) {
                Tally all;
                for (const Tally &p : std::as_const(t)) {
                    all.n += p.n;
                    all.met += p.met;
                }
                t.insert(QDate(), all);
            }
        }
    }

    // Every period with any data; the whole period even with none (the register is listed).
    QMap<QDate, FiveGaps> result;
    if (whole)
        result[QDate()];
    for (auto it = customers.cbegin(); it != customers.cend(); ++it)
        result[it.key()];
    for (const Tallies &t : std::as_const(observed)) {
        for (auto it = t.cbegin(); it != t.cend(); ++it)
            result[it.key()];
    }
    for (const Tallies &t : std::as_const(promiseTallies)) {
        for (auto it = t.cbegin(); it != t.cend(); ++it)
            result[it.key()];
    }

    for (auto it = result.begin(); it != result.end(); ++it) {
        FiveGaps &gaps = it.value();
        const SurveySums period = customers.value(it.key(), SurveySums(int(standards->size())));
        gaps.respondents = period.servqual.respondents();
        const ServqualResult servqual = period.servqual.result(minN);
        const auto knowledge = knowledgeGap(managers.dimensionExpectations(), period.servqual.dimensionExpectations(), minN);
        for (Dimension d : AllDimensions) {
            const int di = dimensionIndex(d);
            gaps.gaps[gapIndex(GapKind::Customer)][di] = servqual.dimensions[di].gap;
            gaps.gaps[gapIndex(GapKind::Knowledge)][di] = knowledge[di];
        }
        std::array<RateSums, DimensionCount> delivery, communication;
        std::array<bool, DimensionCount> hasStandard{}, hasPromise{};
        for (int k = 0; k < standards->size(); ++k) {
            const ServiceStandard &s = standards->at(k);
            StandardGaps g;
            g.standard = s;
            g.expectation = period.standardE[k].estimate(minN);
            g.standardsGap = period.standardGap[k].estimate(minN);
            const Tally t = observed.value(s.id).value(it.key());
            std::tie(g.compliance, g.deliveryGap) = rateAndGap(t, s.complianceTarget, minN);
            delivery[dimensionIndex(s.dimension)].add(t, s.complianceTarget);
            hasStandard[dimensionIndex(s.dimension)] = true;
            gaps.standards << g;
        }
        for (const ExternalPromise &p : *promises) {
            PromiseGaps g;
            g.promise = p;
            const Tally t = promiseTallies.value(p.id).value(it.key());
            std::tie(g.kept, g.communicationGap) = rateAndGap(t, p.promisedRate, minN);
            communication[dimensionIndex(p.dimension)].add(t, p.promisedRate);
            hasPromise[dimensionIndex(p.dimension)] = true;
            gaps.promises << g;
        }
        for (int d = 0; d < DimensionCount; ++d) {
            if (hasStandard[d]) {
                gaps.gaps[gapIndex(GapKind::Standards)][d] = period.dimensionGap2[d].estimate(minN);
                gaps.gaps[gapIndex(GapKind::Delivery)][d] = delivery[d].estimate(minN);
            }
            if (hasPromise[d])
                gaps.gaps[gapIndex(GapKind::Communication)][d] = communication[d].estimate(minN);
        }
    }
    return result;
}

} // namespace

Result<FiveGaps> computeFiveGaps(Database &db, const SurveyFilter &filter, int minN)
{
    const auto result = compute(db, filter, std::nullopt, minN);
    if (!result)
        return Error{result.error()};
    return result->value(QDate());
}

Result<std::pair<FiveGaps, QVector<FiveGapsPoint>>> fiveGapsWithTrend(Database &db, const SurveyFilter &filter, Granularity granularity,
                                                                       int minN)
{
    auto result = compute(db, filter, granularity, minN, true);
    if (!result)
        return Error{result.error()};
    const FiveGaps whole = result->take(QDate());
    QVector<FiveGapsPoint> points;
    for (auto it = result->cbegin(); it != result->cend(); ++it)
        points.push_back({it.key(), it.value()});
    return std::pair(whole, points);
}

Result<QVector<FiveGapsPoint>> fiveGapsTrend(Database &db, const SurveyFilter &filter, Granularity granularity, int minN)
{
    const auto result = compute(db, filter, granularity, minN);
    if (!result)
        return Error{result.error()};
    QVector<FiveGapsPoint> points;
    for (auto it = result->cbegin(); it != result->cend(); ++it)
        points.push_back({it.key(), it.value()});
    return points;
}

} // namespace servqa
