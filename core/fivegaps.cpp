#include "fivegaps.h"

#include "database.h"
#include "form.h"
#include "localdays.h"
#include "rollups.h"
#include "scoreengine.h"
#include "surveysums.h"
#include "sqlwhere.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>
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

using Bucket = std::function<QDate(QDate)>; // a local day → the first day of its period

// The normal quantile of a two-sided 95 % interval (Boost.Math), computed once.
double z975()
{
    static const double z = boost::math::quantile(boost::math::complement(boost::math::normal(), 0.025));
    return z;
}

} // namespace

void ClusterSums::addCluster(double observations, double met)
{
    clusters += 1;
    m += observations;
    y += met;
    mm += observations * observations;
    yy += met * met;
    ym += met * observations;
}

ClusterSums &ClusterSums::operator+=(const ClusterSums &other)
{
    clusters += other.clusters;
    m += other.m;
    y += other.y;
    mm += other.mm;
    yy += other.yy;
    ym += other.ym;
    return *this;
}

ClusterSums ClusterSums::independent(double n, double met)
{
    // Each observation its own cluster of one: m = 1, y = 0 or 1, so m² = m and y² = y·m = y.
    ClusterSums s;
    s.clusters = s.m = s.mm = n;
    s.y = s.yy = s.ym = met;
    return s;
}

std::pair<double, double> wilsonInterval(double p, double n)
{
    if (!(n > 0))
        return {p, p};
    const double z = z975();
    const double zn = z * z / n;
    const double centre = (p + zn / 2) / (1 + zn);
    const double half = z * std::sqrt(p * (1 - p) / n + zn / (4 * n)) / (1 + zn);
    // At p = 0 or 1 one bound is exactly 0 or 1 (the formula gives it up to rounding).
    return {p <= 0 ? 0.0 : std::max(0.0, centre - half), p >= 1 ? 1.0 : std::min(1.0, centre + half)};
}

double designEffect(const ClusterSums &sums)
{
    if (sums.clusters < 2 || !(sums.m > 0))
        return 1;
    const double p = sums.y / sums.m;
    if (p <= 0 || p >= 1)
        return 1;
    // Σ(y − p·m)² from the sums, so any days and sites add up: Σy² − 2pΣym + p²Σm².
    const double residuals = sums.yy - 2 * p * sums.ym + p * p * sums.mm;
    const double variance = sums.clusters / (sums.clusters - 1) * residuals / (sums.m * sums.m);
    return std::max(1.0, variance / (p * (1 - p) / sums.m));
}

namespace {

// A promise's cases measured on the interactions (first response, resolution), counted per
// period: one case per interaction, so independent observations.
struct Tally
{
    double n = 0;
    double met = 0;
    Tally &operator+=(const Tally &other)
    {
        n += other.n;
        met += other.met;
        return *this;
    }
};
using Tallies = QMap<QDate, Tally>;          // period → counts
using Clustered = QMap<QDate, ClusterSums>; // period → sums over its clusters

// Gap 3's observations, each evaluation (or validated visit) one cluster: per standard, and per
// dimension over all the dimension's standards (one evaluation is one cluster of the dimension,
// with every answer it gives any of them).
struct Observed
{
    QHash<qint64, Clustered> standards;
    std::array<Clustered, DimensionCount> dimensions;
};

// What a share's point estimates are computed from: the observations, how many met, and the
// sums over observations of x = 100 · met − target (x's mean is the gap: the share met minus the
// observations' mean target) and of the target.
struct RateSums
{
    double n = 0, met = 0, gap = 0, targets = 0;
    void add(double observations, double metCount, double target)
    {
        n += observations;
        met += metCount;
        gap += 100.0 * metCount - target * observations;
        targets += target * observations;
    }
};

// The share met (%) and its gap to the targets (percentage points): the point estimates from the
// sums, the interval the share's Wilson interval on the effective n = n / deff, less the mean
// target. Fewer than minN observations: too few.
std::pair<Estimate, Estimate> shareAndGap(const RateSums &r, double deff, int minN)
{
    Estimate share, gap;
    share.n = gap.n = int(r.n);
    if (share.n == 0 || share.n < minN) {
        share.tooFew = gap.tooFew = share.n > 0 || minN > 0;
        return {share, gap};
    }
    share.mean = 100.0 * r.met / r.n;
    gap.mean = r.gap / r.n;
    if (share.n >= 2) {
        const auto [low, high] = wilsonInterval(r.met / r.n, r.n / deff);
        const double target = r.targets / r.n;
        share.low = 100.0 * low;
        share.high = 100.0 * high;
        gap.low = 100.0 * low - target;
        gap.high = 100.0 * high - target;
    }
    return {share, gap};
}

// Gap 4 of one dimension: the cases of its promises pooled. An interaction can be a case of
// several of them (promises on overlapping channels; a standard's compliance observed in the
// evaluation of the same interaction): it is then one cluster. The rollups keep cases per promise,
// not per interaction, so the cluster's variance is bounded from above: an interaction's residual
// is a sum of at most K pieces (one per promise it can be a case of), and (Σ r)² ≤ K · Σ r²
// (Cauchy–Schwarz), so Σ(y − p·m)² is taken K times over the pieces. K counts the promises with
// cases in the period: those on interactions that one channel can match, plus those checked by
// standards that one form can check. K = 1 with interaction promises only: independent cases,
// the plain Wilson interval.
class PromisePool
{
public:
    void addInteractionCases(const ExternalPromise &p, const Tally &t)
    {
        m_rate.add(t.n, t.met, p.promisedRate);
        if (t.n <= 0)
            return;
        m_pieces += ClusterSums::independent(t.n, t.met);
        if (p.channel)
            ++m_perChannel[*p.channel];
        else
            ++m_anyChannel;
    }
    void addStandardCases(const ExternalPromise &p, const ServiceStandard *standard, const ClusterSums &observed)
    {
        m_rate.add(observed.m, observed.y, p.promisedRate);
        if (observed.m <= 0 || !standard)
            return;
        m_pieces += observed;
        QSet<qint64> forms;
        for (const FormItemRef &ref : standard->formItems)
            forms.insert(ref.formId);
        for (qint64 form : std::as_const(forms))
            ++m_perForm[form];
    }
    Estimate estimate(int minN) const
    {
        const int standards = largest(m_perForm);
        const int k = m_anyChannel + largest(m_perChannel) + standards;
        double deff = 1;
        if (standards > 0 || k > 1) {
            ClusterSums bounded = m_pieces;
            bounded.mm *= k;
            bounded.yy *= k;
            bounded.ym *= k;
            deff = designEffect(bounded);
        }
        return shareAndGap(m_rate, deff, minN).second;
    }

private:
    template<typename Key>
    static int largest(const QHash<Key, int> &counts)
    {
        int k = 0;
        for (int c : counts)
            k = std::max(k, c);
        return k;
    }

    RateSums m_rate;
    ClusterSums m_pieces;
    int m_anyChannel = 0;
    QHash<QString, int> m_perChannel;
    QHash<qint64, int> m_perForm;
};

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

QDate dayOf(const QVariant &localDay)
{
    return QDate(1970, 1, 1).addDays(localDay.toLongLong());
}

// Gap 3's observations from the answers themselves: each standard's linked answers in submitted
// evaluations and validated visits (a visit's checklist is submitted when a QA lead validates it),
// gathered per evaluation. An answer meets the standard when it earns at least half its item's
// points (as the scorecard's Pareto counts failures); N/A and text answers are not observations.
Result<Observed> observedFromAnswers(Database &db, const SurveyFilter &filter, const QVector<ServiceStandard> &standards,
                                     const Bucket &bucket)
{
    SqlWhere where = scope(filter, QStringLiteral("e.site_id"), QStringLiteral("e.occurred_at"));
    where.add("e.status <> ?", QStringLiteral("draft"));
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.standard_id, e.id, %1, i.type, i.target_min, i.target_max, "
                             "i.sla_seconds, a.value FROM standard_form_items l "
                             "JOIN form_versions v ON v.form_id = l.form_id "
                             "JOIN form_sections s ON s.form_version_id = v.id "
                             "JOIN form_items i ON i.section_id = s.id AND i.key = l.item_key "
                             "JOIN evaluation_answers a ON a.item_id = i.id "
                             "JOIN evaluations e ON e.id = a.evaluation_id")
                  .arg(localDaySql(QStringLiteral("e.occurred_at")))
              + where.sql() + QStringLiteral(" AND a.is_na = 0 AND a.value IS NOT NULL"));
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    QHash<qint64, int> dimensionOf;
    for (const ServiceStandard &s : standards)
        dimensionOf.insert(s.id, dimensionIndex(s.dimension));
    struct Cluster
    {
        QDate period;
        double m = 0, y = 0;
    };
    QHash<std::pair<qint64, qint64>, Cluster> byStandard, byDimension; // (standard or dimension, evaluation)
    while (q.next()) {
        FormItem item;
        item.type = itemTypeFromKey(q.value(3).toString()).value_or(ItemType::Text);
        if (!item.isScoring())
            continue;
        if (!q.value(4).isNull())
            item.targetMin = q.value(4).toDouble();
        if (!q.value(5).isNull())
            item.targetMax = q.value(5).toDouble();
        if (!q.value(6).isNull())
            item.slaSeconds = q.value(6).toDouble();
        const auto fraction = itemFraction(item, q.value(7).toDouble());
        if (!fraction)
            continue;
        const qint64 standard = q.value(0).toLongLong();
        const qint64 evaluation = q.value(1).toLongLong();
        const QDate period = bucket(dayOf(q.value(2)));
        for (Cluster *c : {&byStandard[{standard, evaluation}], &byDimension[{dimensionOf.value(standard), evaluation}]}) {
            c->period = period;
            c->m += 1;
            c->y += answerFails(*fraction) ? 0 : 1;
        }
    }
    Observed observed;
    for (auto it = byStandard.cbegin(); it != byStandard.cend(); ++it)
        observed.standards[it.key().first][it->period].addCluster(it->m, it->y);
    for (auto it = byDimension.cbegin(); it != byDimension.cend(); ++it)
        observed.dimensions[it.key().first][it->period].addCluster(it->m, it->y);
    return observed;
}

// Gap 3's observations from gap_clusters (the filter's bounds on local midnights, the rollup built
// for this register): its rows are already sums over evaluations, per standard and per dimension
// (standard 0), site and local day, week or month (schema 18). The reader takes whole weeks (for a
// trend by week) or months from their rows and the days at either end from day rows, and sums per
// standard and dimension (and day): the table's key after the span (schema 14), so SQLite sums the
// rows as they come. Without periods it sums the days in SQL too.
Result<Observed> observedFromRollup(Database &db, const SurveyFilter &filter, const LocalDays &days, const QVector<ServiceStandard> &standards,
                                    const Bucket &bucket, std::optional<Granularity> granularity)
{
    SqlWhere where;
    QStringList marks{QStringLiteral("?")};
    QVariantList ids{qint64(0)};
    for (const ServiceStandard &s : standards) {
        marks << QStringLiteral("?");
        ids << s.id;
    }
    where.add(QStringLiteral("standard_id IN (%1)").arg(marks.join(QStringLiteral(", "))), ids);
    where.addSites(QStringLiteral("site_id"), filter.siteId, filter.region);
    // Whole weeks or months from their own rows, the days at either end from day rows.
    rollups::addSpanRange(where, rollups::dayBound(filter.from, days), rollups::dayBound(filter.to, days), granularity);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT standard_id, dimension, %1, SUM(evaluations), SUM(answers), SUM(met), SUM(answers_sq), "
                             "SUM(met_sq), SUM(met_answers) FROM gap_clusters")
                      .arg(granularity ? QStringLiteral("day") : QStringLiteral("0"))
              + where.sql() + QStringLiteral(" GROUP BY standard_id, dimension") + (granularity ? QStringLiteral(", day") : QString()));
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    Observed observed;
    while (q.next()) {
        ClusterSums sums;
        sums.clusters = q.value(3).toDouble();
        sums.m = q.value(4).toDouble();
        sums.y = q.value(5).toDouble();
        sums.mm = q.value(6).toDouble();
        sums.yy = q.value(7).toDouble();
        sums.ym = q.value(8).toDouble();
        if (sums.clusters == 0) // evaluations added and taken out again
            continue;
        const QDate period = bucket(dayOf(q.value(2)));
        if (const qint64 standard = q.value(0).toLongLong(); standard != 0) {
            observed.standards[standard][period] += sums;
        } else if (const auto d = dimensionFromKey(q.value(1).toString())) {
            observed.dimensions[dimensionIndex(*d)][period] += sums;
        }
    }
    return observed;
}

// A first-response or resolution promise's cases, per period, from the interactions.
Result<Tallies> interactionTallies(Database &db, const SurveyFilter &filter, const ExternalPromise &promise, const Bucket &bucket)
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
    q.prepare(QStringLiteral("SELECT %2 AS day, COUNT(*), SUM(%1) FROM interactions").arg(kept, localDaySql(QStringLiteral("started_at"))) + where.sql()
              + QStringLiteral(" GROUP BY day"));
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

// Gap 4's tallies of every interaction promise from promise_rollup (the filter's bounds on local
// midnights; the rollup built for this register of promises).
Result<QHash<qint64, Tallies>> promiseTalliesFromRollup(Database &db, const SurveyFilter &filter, const LocalDays &days, const Bucket &bucket)
{
    SqlWhere where;
    rollups::addDayRange(where, filter.from, filter.to, days);
    where.addSites(QStringLiteral("site_id"), filter.siteId, filter.region);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT promise_id, day, SUM(cases), SUM(kept) FROM promise_rollup") + where.sql()
              + QStringLiteral(" GROUP BY day, promise_id"));
    where.bindTo(q);
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

// Gap 3's observations: from gap_clusters when the bounds fall on local midnights and it was built
// for this register, else from the answers. A reader never rebuilds a rollup (it must not need the
// write lock); the register's writers rebuild it in their own transaction.
Result<Observed> readObserved(Database &db, const SurveyFilter &filter, const QVector<ServiceStandard> &standards, const Bucket &bucket,
                              std::optional<Granularity> granularity)
{
    const auto days = LocalDays::load(db);
    if (!days)
        return Error{days.error()};
    const auto current = rollups::isCurrent(db, "gap_clusters", rollups::gapClustersStamp(standards));
    if (!current)
        return Error{current.error()};
    if (*current && rollups::onDayBounds(filter.from, filter.to, *days))
        return observedFromRollup(db, filter, *days, standards, bucket, granularity);
    return observedFromAnswers(db, filter, standards, bucket);
}

// Gap 4's cases of every promise measured on the interactions: from promise_rollup when the
// bounds fall on local midnights and it was built for this register of promises, else from the
// interactions.
Result<QHash<qint64, Tallies>> readPromiseTallies(Database &db, const SurveyFilter &filter, const QVector<ExternalPromise> &promises,
                                                  const Bucket &bucket)
{
    const auto days = LocalDays::load(db);
    if (!days)
        return Error{days.error()};
    const auto current = rollups::isCurrent(db, "promise_rollup", rollups::promiseRollupStamp(promises));
    if (!current)
        return Error{current.error()};
    if (*current && rollups::onDayBounds(filter.from, filter.to, *days))
        return promiseTalliesFromRollup(db, filter, *days, bucket);
    QHash<qint64, Tallies> tallies;
    for (const ExternalPromise &p : promises) {
        if (p.measure == PromiseMeasure::Standard)
            continue;
        auto t = interactionTallies(db, filter, p, bucket);
        if (!t)
            return Error{t.error()};
        tallies.insert(p.id, *t);
    }
    return tallies;
}

// Adds the whole period (a null date) to per-period sums: every period once more.
template<typename Sums>
void addWhole(QMap<QDate, Sums> &periods)
{
    Sums all;
    for (const Sums &p : std::as_const(periods))
        all += p;
    periods.insert(QDate(), all);
}

// Gaps 2 and 3 of every standard in one period, and gap 3 per dimension.
void addStandards(FiveGaps &gaps, QDate period, const QVector<ServiceStandard> &standards, const SurveySums &surveys,
                  const Observed &observed, int minN)
{
    std::array<RateSums, DimensionCount> delivery;
    std::array<bool, DimensionCount> hasStandard{};
    for (int k = 0; k < standards.size(); ++k) {
        const ServiceStandard &s = standards.at(k);
        StandardGaps g;
        g.standard = s;
        g.expectation = surveys.standardE[k].estimate(minN);
        g.standardsGap = surveys.standardGap[k].estimate(minN);
        const ClusterSums c = observed.standards.value(s.id).value(period);
        RateSums rate;
        rate.add(c.m, c.y, s.complianceTarget);
        std::tie(g.compliance, g.deliveryGap) = shareAndGap(rate, designEffect(c), minN);
        delivery[dimensionIndex(s.dimension)].add(c.m, c.y, s.complianceTarget);
        hasStandard[dimensionIndex(s.dimension)] = true;
        gaps.standards << g;
    }
    for (int d = 0; d < DimensionCount; ++d) {
        if (!hasStandard[d])
            continue;
        gaps.gaps[gapIndex(GapKind::Standards)][d] = surveys.dimensionGap2[d].estimate(minN);
        // One evaluation is one cluster of the dimension, whichever of its standards it checks.
        const double deff = designEffect(observed.dimensions[d].value(period));
        gaps.gaps[gapIndex(GapKind::Delivery)][d] = shareAndGap(delivery[d], deff, minN).second;
    }
}

// Gap 4 of every promise in one period, and per dimension.
void addPromises(FiveGaps &gaps, QDate period, const QVector<ExternalPromise> &promises, const QHash<qint64, Tallies> &tallies,
                 const QHash<qint64, const ServiceStandard *> &standards, const Observed &observed, int minN)
{
    std::array<PromisePool, DimensionCount> pools;
    std::array<bool, DimensionCount> hasPromise{};
    for (const ExternalPromise &p : promises) {
        PromiseGaps g;
        g.promise = p;
        PromisePool &pool = pools[dimensionIndex(p.dimension)];
        RateSums rate;
        if (p.measure == PromiseMeasure::Standard) {
            // The standard's gap-3 observations are the cases: clustered by evaluation.
            const ClusterSums c = observed.standards.value(p.standardId.value_or(0)).value(period);
            rate.add(c.m, c.y, p.promisedRate);
            std::tie(g.kept, g.communicationGap) = shareAndGap(rate, designEffect(c), minN);
            pool.addStandardCases(p, standards.value(p.standardId.value_or(0)), c);
        } else {
            // One case per interaction: independent, the plain Wilson interval.
            const Tally t = tallies.value(p.id).value(period);
            rate.add(t.n, t.met, p.promisedRate);
            std::tie(g.kept, g.communicationGap) = shareAndGap(rate, 1, minN);
            pool.addInteractionCases(p, t);
        }
        hasPromise[dimensionIndex(p.dimension)] = true;
        gaps.promises << g;
    }
    for (int d = 0; d < DimensionCount; ++d) {
        if (hasPromise[d])
            gaps.gaps[gapIndex(GapKind::Communication)][d] = pools[d].estimate(minN);
    }
}

// Per period (key: its first day) or, without a granularity, for the whole period (key: a null
// date). `withWhole` adds the whole period (null date) to a per-period result from the same
// reading of the data.
Result<QMap<QDate, FiveGaps>> compute(Database &db, const SurveyFilter &filter, std::optional<Granularity> granularity, int minN,
                                      bool withWhole = false)
{
    const Bucket bucket = [granularity](QDate day) { return granularity ? periodStart(day, *granularity) : QDate(); };
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

    auto observedRead = readObserved(db, filter, *standards, bucket, granularity);
    if (!observedRead)
        return Error{observedRead.error()};
    auto talliesRead = readPromiseTallies(db, filter, *promises, bucket);
    if (!talliesRead)
        return Error{talliesRead.error()};
    Observed observed = std::move(*observedRead);
    QHash<qint64, Tallies> promiseTallies = std::move(*talliesRead);
    if (granularity && withWhole) {
        // The whole period from the same data (the customers were summed into it as they were
        // read). An evaluation falls on one day, so its cluster is in one period: the sums add.
        for (Clustered &c : observed.standards)
            addWhole(c);
        for (Clustered &c : observed.dimensions)
            addWhole(c);
        for (Tallies &t : promiseTallies)
            addWhole(t);
    }

    // Every period with any data; the whole period even with none (the register is listed).
    QMap<QDate, FiveGaps> result;
    if (whole)
        result[QDate()];
    for (auto it = customers.cbegin(); it != customers.cend(); ++it)
        result[it.key()];
    for (const Clustered &c : std::as_const(observed.standards)) {
        for (auto it = c.cbegin(); it != c.cend(); ++it)
            result[it.key()];
    }
    for (const Tallies &t : std::as_const(promiseTallies)) {
        for (auto it = t.cbegin(); it != t.cend(); ++it)
            result[it.key()];
    }

    QHash<qint64, const ServiceStandard *> standardById;
    for (const ServiceStandard &s : *standards)
        standardById.insert(s.id, &s);
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
        addStandards(gaps, it.key(), *standards, period, observed, minN);
        addPromises(gaps, it.key(), *promises, promiseTallies, standardById, observed, minN);
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
