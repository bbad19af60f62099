#pragma once

#include "result.h"

#include <QString>
#include <QVector>

#include <array>
#include <optional>

namespace servqa {

// Inter-rater agreement (calibration, docs/agreement.md): pure functions over the answers of
// several raters to the same units (the items of an interaction, a subject). A rating is a number;
// a rater who did not rate a unit leaves it missing.
using Ratings = QVector<QVector<std::optional<double>>>; // [unit][rater]

// What the values of a scale mean, and so how far apart two of them are (Krippendorff's metrics):
// nominal — equal or not; ordinal — by rank, through how many values lie between them; interval —
// by their difference; ratio — by their difference relative to their sum.
enum class Level { Nominal, Ordinal, Interval, Ratio };

// A coefficient, or why there is none: never a NaN.
struct Coefficient
{
    std::optional<double> value;
    QString undefinedBecause; // translated; set when `value` is not
};

// Percent agreement: per unit, the share of the pairs of its ratings that are equal; the mean over
// the units rated at least twice (for two raters, the share of units they rated alike). Chance
// agreement is not taken out: read it beside a κ or α.
struct PercentAgreement
{
    Coefficient share; // 0–1
    int units = 0;     // units rated at least twice
};
PercentAgreement percentAgreement(const Ratings &ratings);

// Krippendorff's α = 1 − D_o / D_e (Krippendorff 2004, ch. 11; the algorithm of Krippendorff
// 2011): D_o the observed and D_e the expected disagreement over the coincidence matrix of the
// pairable values (units rated by at least two raters; missing ratings allowed).
struct KrippendorffAlpha
{
    Coefficient alpha;
    int units = 0;          // pairable units
    double pairable = 0;    // n: pairable values
    double observed = 0;    // D_o
    double expected = 0;    // D_e
};
KrippendorffAlpha krippendorffAlpha(const Ratings &ratings, Level level);

// Fleiss' κ for many raters on a nominal scale (Fleiss 1971): every unit rated by the same number
// of raters n, not necessarily the same raters. κ = (P̄ − P̄e) / (1 − P̄e), P̄ the mean over units of
// the share of agreeing rater pairs, P̄e = Σ p_j² by the categories' shares p_j; per category
// κ_j = 1 − Σ_i x_ij (n − x_ij) / (N n (n − 1) p_j q_j).
struct FleissKappa
{
    Coefficient kappa;
    QVector<double> categories;         // the values, in order
    QVector<double> shares;             // p_j
    QVector<Coefficient> perCategory;   // κ_j
    int units = 0;                      // N
    int raters = 0;                     // n per unit
    double observed = 0;                // P̄
    double expected = 0;                // P̄e
};
// From a table of counts: counts[unit][category], each unit's counts adding to the same n ≥ 2.
Result<FleissKappa> fleissKappa(const QVector<QVector<int>> &counts, const QVector<double> &categories);
// From the ratings themselves: every unit needs the same number of ratings (missing cells allowed
// where the raters differ from unit to unit).
Result<FleissKappa> fleissKappa(const Ratings &ratings);

// How much two different answers still agree, for Cohen's weighted κ and Gwet's AC2: none — only
// equal answers agree (κ, AC1); linear — w = 1 − |c − k| / (max − min) (Cicchetti & Allison 1971);
// quadratic — w = 1 − (c − k)² / (max − min)² (Fleiss & Cohen 1973). max − min is the span of the
// whole scale (the categories given), not of the answers that happen to be there.
enum class Weights { None, Linear, Quadratic };

// Cohen's κ for two raters (Cohen 1960; weighted, Cohen 1968): κ = (p_o − p_e) / (1 − p_e), p_o the
// weighted share of agreement and p_e the one expected from the two raters' own margins. Its
// standard error is the large-sample one of Fleiss, Cohen & Everitt (1969), the interval
// κ ± z₀.₉₇₅ · SE; the standard error under κ = 0 (for the test that there is any agreement) too.
struct CohenKappa
{
    Coefficient kappa;
    std::optional<double> standardError, low, high, standardErrorIfNone;
    QVector<double> categories; // the scale, in order
    int units = 0;              // rated by both raters
    int leftOut = 0;            // rated by one of them only
    double observed = 0;        // p_o
    double expected = 0;        // p_e
};
// ratings: two columns. categories: the scale (e.g. 1–7); empty — the values rated. A value outside
// the categories given, or a third rater, is an error.
Result<CohenKappa> cohenKappa(const Ratings &ratings, Weights weights, const QVector<double> &categories = {});

// Gwet's AC1 (no weights) and AC2 (weighted) for any number of raters, missing ratings allowed
// (Gwet 2008; Gwet 2014, Handbook of Inter-Rater Reliability, ch. 2–3): AC = (p_a − p_e) / (1 − p_e)
// with p_a the mean over units rated at least twice of Σ_k r_ik (r*_ik − 1) / (r_i (r_i − 1)),
// r*_ik = Σ_l w_kl r_il, and p_e = T_w / (q (q − 1)) · Σ_k π_k (1 − π_k), π_k the mean over units
// rated at least once of r_ik / r_i, T_w the sum of the q × q weights. Unlike κ it stays near the
// agreement observed when one answer dominates (most yes/no items are answered yes).
struct GwetAC
{
    Coefficient coefficient;
    QVector<double> categories;
    int units = 0;        // rated at least once (π_k)
    int pairable = 0;     // rated at least twice (p_a)
    double observed = 0;  // p_a
    double expected = 0;  // p_e
};
Result<GwetAC> gwetAC(const Ratings &ratings, Weights weights, const QVector<double> &categories = {});

// The six intraclass correlations of Shrout & Fleiss (1979) for n targets each rated by the same
// k raters, from the two-way ANOVA's mean squares: between targets (BMS), within targets (WMS),
// between raters (JMS) and residual (EMS). Form (1, ·): each target by different raters; (2, ·):
// random raters, absolute agreement; (3, ·): these raters, consistency; (·, 1) one rating, (·, k)
// the mean of k. Each with its F test against 0 and its 95 % interval (Shrout & Fleiss 1979; for
// ICC(2, 1) with Satterthwaite's degrees of freedom, ICC(2, k) through Spearman–Brown of its
// bounds), the F quantiles from Boost.Math.
struct IntraclassForm
{
    QString name; // "ICC(2,1)"
    Coefficient icc;
    std::optional<double> f, low, high;
    double df1 = 0, df2 = 0;
};
struct Intraclass
{
    int targets = 0, raters = 0;
    int leftOut = 0; // targets with a missing rating, not counted
    double bms = 0, wms = 0, jms = 0, ems = 0;
    std::array<IntraclassForm, 6> forms; // (1,1), (2,1), (3,1), (1,k), (2,k), (3,k)
};
Result<Intraclass> intraclassCorrelations(const Ratings &ratings);

// Cronbach's α of a set of items (rows: respondents, columns: items; respondents with a missing
// answer left out and counted): raw α = k / (k − 1) · (1 − Σ s_i² / s_total²), which is ICC(3,k)
// of the same table (McGraw & Wong 1996), with Feldt's 95 % interval (Feldt, Woodruff & Salih
// 1987: (1 − α) / (1 − α̂) ~ F(n − 1, (n − 1)(k − 1)), the interval of ICC(3,k)); standardised
// α = k r̄ / (1 + (k − 1) r̄) from the mean correlation r̄ between items.
struct CronbachAlpha
{
    Coefficient raw, standardised;
    std::optional<double> low, high; // Feldt, of the raw α
    int respondents = 0, items = 0, leftOut = 0;
};
Result<CronbachAlpha> cronbach(const Ratings &answers);

} // namespace servqa
