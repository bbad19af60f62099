#include "servqual.h"

#include <QCoreApplication>

#include <boost/math/distributions/students_t.hpp>

#include <cmath>
#include <numeric>

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

std::optional<double> meanOf(const QVector<double> &v)
{
    return v.isEmpty() ? std::nullopt : std::optional<double>(mean(v));
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
        const boost::math::students_t t(double(e.n - 1));
        const double half = boost::math::quantile(boost::math::complement(t, 0.025)) * std::sqrt(variance(values) / e.n);
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
        const boost::math::students_t t(n - 1);
        const double half = boost::math::quantile(boost::math::complement(t, 0.025)) * std::sqrt(variance / n);
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

namespace {

// Each respondent's mean expectation over the items of dimension d they answered.
QVector<double> dimensionExpectations(const QVector<SurveyResponse> &responses, Dimension d)
{
    QVector<double> means;
    for (const SurveyResponse &r : responses) {
        QVector<double> es;
        for (int i = 0; i < ServqualItemCount; ++i) {
            if (servqualItemDimension(i) == d && r.expectation[i])
                es << *r.expectation[i];
        }
        if (!es.isEmpty())
            means << mean(es);
    }
    return means;
}

} // namespace

std::array<Estimate, DimensionCount> knowledgeGap(const QVector<SurveyResponse> &managers,
                                                  const QVector<SurveyResponse> &customers, int minRespondents)
{
    std::array<Estimate, DimensionCount> gaps;
    for (Dimension d : AllDimensions) {
        const QVector<double> m = dimensionExpectations(managers, d);
        const QVector<double> c = dimensionExpectations(customers, d);
        Estimate &e = gaps[dimensionIndex(d)];
        e.n = int(c.size());
        if (m.isEmpty() || c.isEmpty() || c.size() < minRespondents) {
            e.tooFew = true;
            continue;
        }
        e.mean = mean(m) - mean(c);
        if (m.size() < 2 || c.size() < 2)
            continue;
        // Welch: unequal variances, Welch–Satterthwaite degrees of freedom.
        const double a = variance(m) / m.size();
        const double b = variance(c) / c.size();
        if (a + b <= 0) {
            e.low = e.high = e.mean;
            continue;
        }
        const double df = (a + b) * (a + b) / (a * a / (m.size() - 1) + b * b / (c.size() - 1));
        const boost::math::students_t t(df);
        const double half = boost::math::quantile(boost::math::complement(t, 0.025)) * std::sqrt(a + b);
        e.low = *e.mean - half;
        e.high = *e.mean + half;
    }
    return gaps;
}

Result<ServqualResult> computeServqual(const QVector<SurveyResponse> &responses, int minRespondents)
{
    ServqualResult result;
    result.respondents = int(responses.size());

    std::array<QVector<double>, ServqualItemCount> itemGaps;
    std::array<QVector<double>, DimensionCount> dimensionGaps, dimensionE, dimensionP;
    std::array<QVector<QVector<double>>, DimensionCount> alphaE, alphaP;
    QVector<double> unweightedScores, weightedScores;

    for (int r = 0; r < responses.size(); ++r) {
        const SurveyResponse &response = responses[r];
        for (int i = 0; i < ServqualItemCount; ++i) {
            for (const auto &answer : {response.expectation[i], response.perception[i]}) {
                if (answer && (*answer < 1 || *answer > 7))
                    return Error{QCoreApplication::translate("Servqual", "respondent %1, item %2: %3 is not on the 1–7 scale").arg(r + 1).arg(i + 1).arg(*answer)};
            }
        }
        // Per dimension: the mean of this respondent's item gaps (P − E where both are given),
        // of their E answers and of their P answers. Missing answers are left out, never zero.
        std::array<std::optional<double>, DimensionCount> gap;
        for (Dimension d : AllDimensions) {
            QVector<double> gaps, es, ps, itemsE, itemsP;
            bool completeE = true, completeP = true;
            for (int i = 0; i < ServqualItemCount; ++i) {
                if (servqualItemDimension(i) != d)
                    continue;
                const auto &e = response.expectation[i];
                const auto &p = response.perception[i];
                if (e)
                    es << *e;
                if (p)
                    ps << *p;
                if (e && p)
                    gaps << *p - *e;
                completeE = completeE && e;
                completeP = completeP && p;
                itemsE << e.value_or(0);
                itemsP << p.value_or(0);
            }
            const int di = dimensionIndex(d);
            gap[di] = meanOf(gaps);
            if (gap[di])
                dimensionGaps[di] << *gap[di];
            if (const auto m = meanOf(es))
                dimensionE[di] << *m;
            if (const auto m = meanOf(ps))
                dimensionP[di] << *m;
            if (completeE)
                alphaE[di] << itemsE;
            if (completeP)
                alphaP[di] << itemsP;
        }
        for (int i = 0; i < ServqualItemCount; ++i) {
            if (response.expectation[i] && response.perception[i])
                itemGaps[i] << *response.perception[i] - *response.expectation[i];
        }
        if (std::all_of(gap.cbegin(), gap.cend(), [](const auto &g) { return g.has_value(); })) {
            double sum = 0;
            for (const auto &g : gap)
                sum += *g;
            unweightedScores << sum / DimensionCount;
        }
        if (response.importance) {
            double points = 0;
            for (double p : *response.importance) {
                if (p < 0)
                    return Error{QCoreApplication::translate("Servqual", "respondent %1: importance points cannot be negative").arg(r + 1)};
                points += p;
            }
            if (std::abs(points - 100.0) > 0.5)
                return Error{QCoreApplication::translate("Servqual", "respondent %1: the importance points add up to %2, not 100").arg(r + 1).arg(points)};
            // Weighted over the dimensions this respondent has a gap for, their weights re-based.
            double weightUsed = 0, sum = 0;
            for (int d = 0; d < DimensionCount; ++d) {
                if (gap[d]) {
                    weightUsed += (*response.importance)[d];
                    sum += (*response.importance)[d] * *gap[d];
                }
            }
            if (weightUsed > 0)
                weightedScores << sum / weightUsed;
        }
    }

    for (int i = 0; i < ServqualItemCount; ++i)
        result.itemGaps[i] = estimate(itemGaps[i], minRespondents);
    for (int d = 0; d < DimensionCount; ++d) {
        DimensionGaps &g = result.dimensions[d];
        g.gap = estimate(dimensionGaps[d], minRespondents);
        g.expectation = estimate(dimensionE[d], minRespondents);
        g.perception = estimate(dimensionP[d], minRespondents);
        g.alphaExpectation = cronbachAlpha(alphaE[d]);
        g.alphaPerception = cronbachAlpha(alphaP[d]);
    }
    // The unweighted score is the mean of the five dimension gaps; its interval comes from the
    // respondents who have all five (the same number when nothing is missing).
    result.unweighted = estimate(unweightedScores, minRespondents);
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
    result.weighted = estimate(weightedScores, minRespondents);
    return result;
}

} // namespace servqa
