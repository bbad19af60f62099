#pragma once

#include <optional>

// Did a measure move? The before/after tests that verify a corrective action's effect
// (docs/closed-loop.md, "Verification of effectiveness"): two independent samples, two-sided,
// α = 0.05.
//  - a share (an item's failure rate, an indicator's share of cases met): the pooled two-proportion
//    z test, or Fisher's exact test when a cell's expected count is under 5 (Agresti, Categorical
//    Data Analysis, 3rd ed., §3.5; the usual rule of Cochran 1954);
//  - a mean (evaluation scores): Welch's t test with Welch–Satterthwaite degrees of freedom
//    (NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.5.3);
//  - a Net Promoter Score: z = (after − before) / √(SE_before² + SE_after²), each SE from the
//    multinomial variance of the score (core/nps.h).
namespace servqa {

struct ShareSample
{
    double hits = 0; // cases counted (failures, or cases that met the indicator)
    double n = 0;
};

struct MeanSample
{
    double n = 0;
    double mean = 0;
    double variance = 0; // the sample variance (n − 1 in the denominator)
};

struct ChangeTest
{
    enum class Method { TwoProportionZ, FisherExact, WelchT, ScoreZ };
    Method method = Method::TwoProportionZ;
    double before = 0; // the measure in each period: a share in percent, a mean, points
    double after = 0;
    double statistic = 0;             // z or t; Fisher's test has none (0)
    std::optional<double> freedom;    // Welch's degrees of freedom
    double pValue = 1;
    double difference() const { return after - before; }
    bool significant() const { return pValue < 0.05; }
};

// Shares in percent; nullopt when a period has no case.
std::optional<ChangeTest> testShares(const ShareSample &before, const ShareSample &after);
// Nullopt unless each period has two values or more.
std::optional<ChangeTest> testMeans(const MeanSample &before, const MeanSample &after);
// Two scores with their standard errors (points); nullopt when both errors are zero.
std::optional<ChangeTest> testScores(double before, double beforeError, double after, double afterError);

// Fisher's exact test, two-sided: the probability, with the margins fixed, of a table as likely as
// the one observed or less likely (`a` of `n1` against `c` of `n2`).
double fisherExactTwoSided(int a, int n1, int c, int n2);

} // namespace servqa
