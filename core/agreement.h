#pragma once

#include <QString>
#include <QVector>

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

} // namespace servqa
