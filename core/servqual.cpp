#include "servqual.h"

#include <QCoreApplication>

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace servqa {

namespace {

double mean(const QVector<double> &v)
{
    return std::accumulate(v.cbegin(), v.cend(), 0.0) / double(v.size());
}

// Sample variance (n − 1).
double variance(const QVector<double> &v)
{
    const double m = mean(v);
    double sum = 0;
    for (double x : v)
        sum += (x - m) * (x - m);
    return sum / double(v.size() - 1);
}

// Student's t quantile for a two-sided 95 % interval (Boost.Math). Whole degrees of freedom
// (n − 1) repeat across a table's items and a trend's periods, so each is computed once per
// thread: a quantile costs ~5 µs, and the five gaps of one store by month needed ~2,000 of them
// (11 of its 25 ms). Welch's fractional degrees of freedom are computed each time.
double tQuantile975(double df)
{
    const auto exact = [](double df) {
        return boost::math::quantile(boost::math::complement(boost::math::students_t(df), 0.025));
    };
    if (df != std::floor(df) || df > 1e9)
        return exact(df);
    thread_local std::unordered_map<qint64, double> known;
    if (const auto it = known.find(qint64(df)); it != known.end())
        return it->second;
    if (known.size() > 100000)
        known.clear();
    return known[qint64(df)] = exact(df);
}

} // namespace

Dimension servqualItemDimension(int item)
{
    if (item < 4)
        return Dimension::Tangibles;
    if (item < 9)
        return Dimension::Reliability;
    if (item < 13)
        return Dimension::Responsiveness;
    if (item < 17)
        return Dimension::Assurance;
    return Dimension::Empathy;
}

QString servqualItemText(int item)
{
    // The 22 items in our own words (the instrument's published wording is not reproduced).
    static const char *const texts[ServqualItemCount] = {
        QT_TRANSLATE_NOOP("Servqual", "Modern-looking equipment"),
        QT_TRANSLATE_NOOP("Servqual", "Visually appealing facilities"),
        QT_TRANSLATE_NOOP("Servqual", "Neat, professional-looking staff"),
        QT_TRANSLATE_NOOP("Servqual", "Clear, appealing materials"),
        QT_TRANSLATE_NOOP("Servqual", "Does what it promises by when it promised"),
        QT_TRANSLATE_NOOP("Servqual", "Sincere interest in solving problems"),
        QT_TRANSLATE_NOOP("Servqual", "Gets it right the first time"),
        QT_TRANSLATE_NOOP("Servqual", "Delivers at the promised time"),
        QT_TRANSLATE_NOOP("Servqual", "Error-free records"),
        QT_TRANSLATE_NOOP("Servqual", "Says exactly when things will happen"),
        QT_TRANSLATE_NOOP("Servqual", "Prompt service"),
        QT_TRANSLATE_NOOP("Servqual", "Always willing to help"),
        QT_TRANSLATE_NOOP("Servqual", "Never too busy to respond"),
        QT_TRANSLATE_NOOP("Servqual", "Staff inspire confidence"),
        QT_TRANSLATE_NOOP("Servqual", "Customers feel safe in their dealings"),
        QT_TRANSLATE_NOOP("Servqual", "Consistently courteous staff"),
        QT_TRANSLATE_NOOP("Servqual", "Staff know enough to answer questions"),
        QT_TRANSLATE_NOOP("Servqual", "Individual attention"),
        QT_TRANSLATE_NOOP("Servqual", "Convenient opening hours"),
        QT_TRANSLATE_NOOP("Servqual", "Personal attention from staff"),
        QT_TRANSLATE_NOOP("Servqual", "Has the customer's best interests at heart"),
        QT_TRANSLATE_NOOP("Servqual", "Understands customers' specific needs")};
    return item >= 0 && item < ServqualItemCount ? QCoreApplication::translate("Servqual", texts[item]) : QString();
}

Estimate estimate(const QVector<double> &values, int minRespondents)
{
    Estimate e;
    e.n = int(values.size());
    if (e.n == 0 || e.n < minRespondents) {
        e.tooFew = e.n > 0 || minRespondents > 0;
        return e;
    }
    e.mean = mean(values);
    if (e.n >= 2) {
        const double half = tQuantile975(double(e.n - 1)) * std::sqrt(variance(values) / e.n);
        e.low = *e.mean - half;
        e.high = *e.mean + half;
    }
    return e;
}

Estimate estimateFromSums(double n, double sum, double squares, int minN)
{
    Estimate e;
    e.n = int(n);
    if (e.n == 0 || e.n < minN) {
        e.tooFew = e.n > 0 || minN > 0;
        return e;
    }
    e.mean = sum / n;
    if (e.n >= 2) {
        const double variance = std::max(0.0, (squares - n * *e.mean * *e.mean) / (n - 1));
        const double half = tQuantile975(n - 1) * std::sqrt(variance / n);
        e.low = *e.mean - half;
        e.high = *e.mean + half;
    }
    return e;
}

std::optional<double> cronbachAlpha(const QVector<QVector<double>> &rows)
{
    if (rows.size() < 2 || rows.first().size() < 2)
        return std::nullopt;
    const int k = int(rows.first().size());
    double itemVariances = 0;
    for (int i = 0; i < k; ++i) {
        QVector<double> column;
        for (const QVector<double> &r : rows)
            column << r[i];
        itemVariances += variance(column);
    }
    QVector<double> totals;
    for (const QVector<double> &r : rows)
        totals << std::accumulate(r.cbegin(), r.cend(), 0.0);
    const double totalVariance = variance(totals);
    if (totalVariance <= 0)
        return std::nullopt;
    return double(k) / double(k - 1) * (1.0 - itemVariances / totalVariance);
}

void Moments::merge(const Moments &o)
{
    if (o.n == 0)
        return;
    const double total = n + o.n;
    const double delta = o.mean - mean;
    m2 += o.m2 + delta * delta * n * o.n / total;
    mean += delta * o.n / total;
    n = total;
}

void Moments::appendSums(QVector<double> &out) const
{
    out << n << n * mean << m2 + n * mean * mean;
}

Moments Moments::fromSums(const double *sums)
{
    Moments m;
    // Counts are whole numbers; what a subtraction leaves of an emptied cell is rounding.
    if (sums[0] >= 0.5) {
        m.n = std::round(sums[0]);
        m.mean = sums[1] / m.n;
        m.m2 = std::max(0.0, sums[2] - sums[1] * sums[1] / m.n);
    }
    return m;
}

Estimate Moments::estimate(int minN) const
{
    Estimate e;
    e.n = int(n);
    if (e.n == 0 || e.n < minN) {
        e.tooFew = e.n > 0 || minN > 0;
        return e;
    }
    e.mean = mean;
    if (e.n >= 2) {
        const double half = tQuantile975(n - 1) * std::sqrt(variance() / n);
        e.low = mean - half;
        e.high = mean + half;
    }
    return e;
}

std::array<Estimate, DimensionCount> knowledgeGap(const std::array<Moments, DimensionCount> &managers,
                                                  const std::array<Moments, DimensionCount> &customers, int minRespondents)
{
    std::array<Estimate, DimensionCount> gaps;
    for (int d = 0; d < DimensionCount; ++d) {
        const Moments &m = managers[d];
        const Moments &c = customers[d];
        Estimate &e = gaps[d];
        e.n = int(c.n);
        if (m.n == 0 || c.n == 0 || c.n < minRespondents) {
            e.tooFew = true;
            continue;
        }
        e.mean = m.mean - c.mean;
        if (m.n < 2 || c.n < 2)
            continue;
        // Welch: unequal variances, Welch–Satterthwaite degrees of freedom.
        const double a = m.variance() / m.n;
        const double b = c.variance() / c.n;
        if (a + b <= 0) {
            e.low = e.high = e.mean;
            continue;
        }
        const double df = (a + b) * (a + b) / (a * a / (m.n - 1) + b * b / (c.n - 1));
        const double half = tQuantile975(df) * std::sqrt(a + b);
        e.low = *e.mean - half;
        e.high = *e.mean + half;
    }
    return gaps;
}

std::array<Estimate, DimensionCount> knowledgeGap(const QVector<SurveyResponse> &managers,
                                                  const QVector<SurveyResponse> &customers, int minRespondents)
{
    ServqualAccumulator m, c;
    for (const SurveyResponse &r : managers)
        m.add(r);
    for (const SurveyResponse &r : customers)
        c.add(r);
    return knowledgeGap(m.dimensionExpectations(), c.dimensionExpectations(), minRespondents);
}

Status ServqualAccumulator::add(const SurveyResponse &response)
{
    const int r = m_respondents + 1;
    for (int i = 0; i < ServqualItemCount; ++i) {
        for (const auto &answer : {response.expectation[i], response.perception[i]}) {
            if (answer && (*answer < 1 || *answer > 7))
                return Error{QCoreApplication::translate("Servqual", "respondent %1, item %2: %3 is not on the 1–7 scale").arg(r).arg(i + 1).arg(*answer)};
        }
    }
    if (response.importance) {
        double points = 0;
        for (double p : *response.importance) {
            if (p < 0)
                return Error{QCoreApplication::translate("Servqual", "respondent %1: importance points cannot be negative").arg(r)};
            points += p;
        }
        if (std::abs(points - 100.0) > 0.5)
            return Error{QCoreApplication::translate("Servqual", "respondent %1: the importance points add up to %2, not 100").arg(r).arg(points)};
    }
    ++m_respondents;
    // Per dimension: the mean of this respondent's item gaps (P − E where both are given), of
    // their E answers and of their P answers. Missing answers are left out, never zero.
    std::array<std::optional<double>, DimensionCount> gap;
    for (Dimension d : AllDimensions) {
        const int di = dimensionIndex(d);
        double gaps = 0, es = 0, ps = 0;
        int ng = 0, ne = 0, np = 0, k = 0;
        std::array<double, 5> itemsE{}, itemsP{};
        bool completeE = true, completeP = true;
        for (int i = 0; i < ServqualItemCount; ++i) {
            if (servqualItemDimension(i) != d)
                continue;
            const auto &e = response.expectation[i];
            const auto &p = response.perception[i];
            if (e) {
                es += *e;
                ++ne;
            }
            if (p) {
                ps += *p;
                ++np;
            }
            if (e && p) {
                gaps += *p - *e;
                ++ng;
            }
            completeE = completeE && e;
            completeP = completeP && p;
            itemsE[k] = e.value_or(0);
            itemsP[k] = p.value_or(0);
            ++k;
        }
        if (ng > 0) {
            gap[di] = gaps / ng;
            m_dimensionGaps[di].add(*gap[di]);
        }
        if (ne > 0)
            m_dimensionE[di].add(es / ne);
        if (np > 0)
            m_dimensionP[di].add(ps / np);
        for (auto [complete, items, alpha] : {std::tuple{completeE, &itemsE, &m_alphaE[di]}, std::tuple{completeP, &itemsP, &m_alphaP[di]}}) {
            if (!complete)
                continue;
            double total = 0;
            for (int j = 0; j < k; ++j) {
                alpha->items[j].add((*items)[j]);
                total += (*items)[j];
            }
            alpha->total.add(total);
        }
    }
    for (int i = 0; i < ServqualItemCount; ++i) {
        if (response.expectation[i] && response.perception[i])
            m_itemGaps[i].add(*response.perception[i] - *response.expectation[i]);
    }
    if (std::all_of(gap.cbegin(), gap.cend(), [](const auto &g) { return g.has_value(); })) {
        double sum = 0;
        for (const auto &g : gap)
            sum += *g;
        m_unweighted.add(sum / DimensionCount);
    }
    if (response.importance) {
        // Weighted over the dimensions this respondent has a gap for, their weights re-based.
        double weightUsed = 0, sum = 0;
        for (int d = 0; d < DimensionCount; ++d) {
            if (gap[d]) {
                weightUsed += (*response.importance)[d];
                sum += (*response.importance)[d] * *gap[d];
            }
        }
        if (weightUsed > 0)
            m_weighted.add(sum / weightUsed);
    }
    return success();
}

void ServqualAccumulator::merge(const ServqualAccumulator &o)
{
    m_respondents += o.m_respondents;
    for (int i = 0; i < ServqualItemCount; ++i)
        m_itemGaps[i].merge(o.m_itemGaps[i]);
    for (int d = 0; d < DimensionCount; ++d) {
        m_dimensionGaps[d].merge(o.m_dimensionGaps[d]);
        m_dimensionE[d].merge(o.m_dimensionE[d]);
        m_dimensionP[d].merge(o.m_dimensionP[d]);
        for (auto [mine, theirs] : {std::pair{&m_alphaE[d], &o.m_alphaE[d]}, std::pair{&m_alphaP[d], &o.m_alphaP[d]}}) {
            for (int j = 0; j < 5; ++j)
                mine->items[j].merge(theirs->items[j]);
            mine->total.merge(theirs->total);
        }
    }
    m_unweighted.merge(o.m_unweighted);
    m_weighted.merge(o.m_weighted);
}

template <typename Self, typename Visit> void ServqualAccumulator::visitMoments(Self &self, Visit &&visit)
{
    for (auto &m : self.m_itemGaps)
        visit(m);
    for (int d = 0; d < DimensionCount; ++d) {
        visit(self.m_dimensionGaps[d]);
        visit(self.m_dimensionE[d]);
        visit(self.m_dimensionP[d]);
        for (auto *alpha : {&self.m_alphaE[d], &self.m_alphaP[d]}) {
            for (auto &m : alpha->items)
                visit(m);
            visit(alpha->total);
        }
    }
    visit(self.m_unweighted);
    visit(self.m_weighted);
}

void ServqualAccumulator::appendSums(QVector<double> &out) const
{
    out << m_respondents;
    visitMoments(*this, [&out](const Moments &m) { m.appendSums(out); });
}

ServqualAccumulator ServqualAccumulator::fromSums(const double *sums)
{
    ServqualAccumulator a;
    a.m_respondents = int(std::lround(sums[0]));
    const double *next = sums + 1;
    visitMoments(a, [&next](Moments &m) {
        m = Moments::fromSums(next);
        next += 3;
    });
    return a;
}

namespace {
// Cronbach's alpha from the streamed item and total moments of the complete respondents.
std::optional<double> alphaOf(const std::array<Moments, 5> &items, const Moments &total, int k)
{
    if (total.n < 2 || k < 2)
        return std::nullopt;
    double itemVariances = 0;
    for (int j = 0; j < k; ++j)
        itemVariances += items[j].variance();
    const double totalVariance = total.variance();
    if (totalVariance <= 0)
        return std::nullopt;
    return double(k) / double(k - 1) * (1.0 - itemVariances / totalVariance);
}

int itemsOf(Dimension d)
{
    int k = 0;
    for (int i = 0; i < ServqualItemCount; ++i)
        k += servqualItemDimension(i) == d ? 1 : 0;
    return k;
}
} // namespace

ServqualResult ServqualAccumulator::result(int minRespondents) const
{
    ServqualResult result;
    result.respondents = m_respondents;
    for (int i = 0; i < ServqualItemCount; ++i)
        result.itemGaps[i] = m_itemGaps[i].estimate(minRespondents);
    for (Dimension dimension : AllDimensions) {
        const int d = dimensionIndex(dimension);
        DimensionGaps &g = result.dimensions[d];
        g.gap = m_dimensionGaps[d].estimate(minRespondents);
        g.expectation = m_dimensionE[d].estimate(minRespondents);
        g.perception = m_dimensionP[d].estimate(minRespondents);
        g.alphaExpectation = alphaOf(m_alphaE[d].items, m_alphaE[d].total, itemsOf(dimension));
        g.alphaPerception = alphaOf(m_alphaP[d].items, m_alphaP[d].total, itemsOf(dimension));
    }
    // The unweighted score is the mean of the five dimension gaps; its interval comes from the
    // respondents who have all five (the same number when nothing is missing).
    result.unweighted = m_unweighted.estimate(minRespondents);
    result.unweighted.mean.reset();
    bool allDimensions = true;
    double sum = 0;
    for (const DimensionGaps &g : result.dimensions) {
        allDimensions = allDimensions && g.gap.mean;
        sum += g.gap.mean.value_or(0);
    }
    if (allDimensions) {
        const double m = sum / DimensionCount;
        if (result.unweighted.low) { // re-centre the interval on the design's point estimate
            const double half = (*result.unweighted.high - *result.unweighted.low) / 2;
            result.unweighted.low = m - half;
            result.unweighted.high = m + half;
        }
        result.unweighted.mean = m;
        result.unweighted.tooFew = false;
    }
    result.weighted = m_weighted.estimate(minRespondents);
    return result;
}

Result<ServqualResult> computeServqual(const QVector<SurveyResponse> &responses, int minRespondents)
{
    ServqualAccumulator accumulator;
    for (const SurveyResponse &r : responses) {
        if (const Status s = accumulator.add(r); !s)
            return Error{s.error()};
    }
    return accumulator.result(minRespondents);
}

} // namespace servqa
