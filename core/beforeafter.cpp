#include "beforeafter.h"

#include <boost/math/distributions/hypergeometric.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>

namespace servqa {

namespace {

double twoSidedNormal(double z)
{
    return 2.0 * boost::math::cdf(boost::math::complement(boost::math::normal(), std::abs(z)));
}

} // namespace

double fisherExactTwoSided(int a, int n1, int c, int n2)
{
    const int hits = a + c;
    const int total = n1 + n2;
    if (hits == 0 || hits == total)
        return 1.0;
    // With the margins fixed, the hits in the first period follow the hypergeometric law: a sample of
    // `n1` from `total` cases of which `hits` are marked.
    const boost::math::hypergeometric_distribution<double> law{unsigned(hits), unsigned(n1), unsigned(total)};
    const double observed = boost::math::pdf(law, unsigned(a));
    const int lowest = std::max(0, hits - n2), highest = std::min(hits, n1);
    double p = 0;
    for (int x = lowest; x <= highest; ++x) {
        const double px = boost::math::pdf(law, unsigned(x));
        if (px <= observed * (1 + 1e-7)) // as likely as the observed table, within rounding
            p += px;
    }
    return std::min(1.0, p);
}

std::optional<ChangeTest> testShares(const ShareSample &before, const ShareSample &after)
{
    if (before.n <= 0 || after.n <= 0)
        return std::nullopt;
    ChangeTest t;
    t.before = 100.0 * before.hits / before.n;
    t.after = 100.0 * after.hits / after.n;
    const double n = before.n + after.n;
    const double hits = before.hits + after.hits;
    const double pooled = hits / n;
    // Expected counts of the 2 × 2 table under no change; any under 5: the exact test.
    const double smallest = std::min({before.n * pooled, before.n * (1 - pooled), after.n * pooled, after.n * (1 - pooled)});
    if (smallest < 5.0) {
        t.method = ChangeTest::Method::FisherExact;
        t.pValue = fisherExactTwoSided(int(std::lround(before.hits)), int(std::lround(before.n)), int(std::lround(after.hits)),
                                       int(std::lround(after.n)));
        return t;
    }
    const double error = std::sqrt(pooled * (1 - pooled) * (1 / before.n + 1 / after.n));
    t.method = ChangeTest::Method::TwoProportionZ;
    t.statistic = (after.hits / after.n - before.hits / before.n) / error;
    t.pValue = twoSidedNormal(t.statistic);
    return t;
}

std::optional<ChangeTest> testMeans(const MeanSample &before, const MeanSample &after)
{
    if (before.n < 2 || after.n < 2)
        return std::nullopt;
    ChangeTest t;
    t.method = ChangeTest::Method::WelchT;
    t.before = before.mean;
    t.after = after.mean;
    const double vb = before.variance / before.n, va = after.variance / after.n;
    if (vb + va <= 0) {
        // No spread in either period: any difference is certain, none is none.
        t.pValue = before.mean == after.mean ? 1.0 : 0.0;
        return t;
    }
    t.statistic = (after.mean - before.mean) / std::sqrt(vb + va);
    const double df = (vb + va) * (vb + va) / (vb * vb / (before.n - 1) + va * va / (after.n - 1));
    t.freedom = df;
    t.pValue = 2.0 * boost::math::cdf(boost::math::complement(boost::math::students_t(df), std::abs(t.statistic)));
    return t;
}

std::optional<ChangeTest> testScores(double before, double beforeError, double after, double afterError)
{
    const double error = std::sqrt(beforeError * beforeError + afterError * afterError);
    if (!(error > 0))
        return std::nullopt;
    ChangeTest t;
    t.method = ChangeTest::Method::ScoreZ;
    t.before = before;
    t.after = after;
    t.statistic = (after - before) / error;
    t.pValue = twoSidedNormal(t.statistic);
    return t;
}

} // namespace servqa
