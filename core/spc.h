#pragma once

#include "result.h"

#include <QString>
#include <QVector>

#include <optional>

// Statistical process control (统计过程控制): Shewhart control charts and their run rules, as pure
// functions of plain data so that a test can feed them a textbook table. Formulas and sources:
// docs/indicators.md.
namespace servqa::spc {

// The factors for a subgroup of n measurements from a normal distribution (n ≥ 2): d2 and d3 are
// the mean and standard deviation of the relative range W = R/σ, computed by integration;
// c4 = E[s]/σ, exact; the others follow from them (A2 = 3/(d2√n), D4 = 1 + 3 d3/d2, …).
struct Constants
{
    int n = 0;
    double d2 = 0, d3 = 0, c4 = 0;
    double A2 = 0, A3 = 0, B3 = 0, B4 = 0, D3 = 0, D4 = 0;
};
Constants constantsFor(int n);

enum class ChartKind { P, NP, C, U, XbarR, XbarS, IMR };

// One subgroup: a count of nonconforming units or nonconformities out of `size` units inspected
// (p, np, c, u), or its measurements (X̄–R, X̄–S; one value for I-MR).
struct Subgroup
{
    double count = 0;
    double size = 1;
    QVector<double> values;
};

// The subgroups whose data set the limits (phase I), 0-based and inclusive; the limits then stay
// frozen for every other subgroup (phase II).
struct Baseline
{
    int first = 0;
    int last = -1; // -1: to the last subgroup
};

// The rules, numbered as ServQA shows them: 1–4 are the Western Electric rules, 5–8 Nelson's
// rules for trends, alternation, stratification and mixture (docs/indicators.md gives Nelson's
// and GB/T 17989.2's numbers beside them).
constexpr int ruleCount = 8;
constexpr unsigned allRules = (1u << ruleCount) - 1;
constexpr unsigned ruleBit(int rule) { return 1u << (rule - 1); }

struct Point
{
    int subgroup = 0; // index into the input
    double value = 0;
    double centre = 0;
    double lower = 0; // clipped at 0 for counts, shares and spreads; see `sigma` for the zones
    double upper = 0;
    double sigma = 0; // the point's own σ: zones A/B/C are centre ± 1, 2, 3 σ
};

// One chart's points: the X̄, I, p, np, c or u chart, or the R, S or MR chart beside it.
struct Series
{
    QVector<Point> points;
};

// A rule met: which rule, on which chart, and the points that meet it (a run that goes on is one
// signal with all its points).
struct Signal
{
    bool onSpread = false;
    int rule = 0;
    QVector<int> subgroups;
};

struct Chart
{
    ChartKind kind = ChartKind::P;
    Baseline baseline;   // resolved: last ≥ first
    double centre = 0;   // of the primary chart, from the baseline (np: per unit, p̄)
    double sigma = 0;    // σ estimated from the baseline: the process's (X̄, I) or one unit's (p, np, c, u)
    Series primary;      // p, np, c, u, X̄ or I
    std::optional<Series> spread; // R, S or MR
    QVector<Signal> found; // the signals, the primary chart's first
};

bool isAttributes(ChartKind kind); // p, np, c, u

// The first subgroup a chart cannot take, and why (a sentence to follow a place: "Subgroup 3: …").
struct Problem
{
    int subgroup = 0;
    enum Field { Count, Size, Values } field = Values;
    QString message;
};
std::optional<Problem> problemIn(ChartKind kind, const QVector<Subgroup> &subgroups);

// The chart of `subgroups` with limits from `baseline`, and the signals of the `rules` chosen
// (a bit per rule; the spread chart is checked by rule 1 only: its distribution is skewed, so its
// zones are not those of the rules). Fails, naming the subgroup, on data the chart cannot take.
Result<Chart> compute(ChartKind kind, const QVector<Subgroup> &subgroups, Baseline baseline = {}, unsigned rules = allRules);

// The rules applied to one series (exposed for tests and for charts computed elsewhere).
QVector<Signal> signalsOf(const Series &series, unsigned rules);

} // namespace servqa::spc
