#include "spc.h"

#include <QCoreApplication>

#include <boost/math/quadrature/gauss_kronrod.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <mutex>
#include <optional>

namespace servqa::spc {

namespace {

double normalCdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }
double normalPdf(double x) { return std::exp(-0.5 * x * x) / std::sqrt(2.0 * M_PI); }

double integrate(const std::function<double(double)> &f, double from, double to)
{
    return boost::math::quadrature::gauss_kronrod<double, 61>::integrate(f, from, to, 15, 1e-13);
}

// d2 = E[W] = ∫ 1 − Φ(x)ⁿ − (1 − Φ(x))ⁿ dx, and d3² = E[W²] − d2², with E[W²] = ∫ 2w P(W > w) dw and
// P(W ≤ w) = n ∫ φ(x) (Φ(x + w) − Φ(x))ⁿ⁻¹ dx (the range of n standard normal values; Harter 1960,
// the source of the tables in ASTM MNL 7 and Montgomery's Appendix VI). Beyond ±12 the integrands
// are below 1e-30.
Constants computeConstants(int n)
{
    Constants k;
    k.n = n;
    k.d2 = integrate([n](double x) {
        const double F = normalCdf(x);
        return 1.0 - std::pow(F, n) - std::pow(1.0 - F, n);
    }, -12.0, 12.0);
    const auto rangeAtMost = [n](double w) {
        return n * integrate([n, w](double x) { return normalPdf(x) * std::pow(normalCdf(x + w) - normalCdf(x), n - 1); }, -12.0, 12.0);
    };
    const double meanSquare = integrate([&](double w) { return 2.0 * w * (1.0 - rangeAtMost(w)); }, 0.0, 16.0);
    k.d3 = std::sqrt(meanSquare - k.d2 * k.d2);
    // c4 = √(2/(n−1)) Γ(n/2) / Γ((n−1)/2).
    k.c4 = std::sqrt(2.0 / (n - 1)) * std::exp(std::lgamma(n / 2.0) - std::lgamma((n - 1) / 2.0));
    const double rootN = std::sqrt(double(n));
    k.A2 = 3.0 / (k.d2 * rootN);
    k.A3 = 3.0 / (k.c4 * rootN);
    const double sOfS = 3.0 * std::sqrt(1.0 - k.c4 * k.c4) / k.c4;
    k.B3 = std::max(0.0, 1.0 - sOfS);
    k.B4 = 1.0 + sOfS;
    k.D3 = std::max(0.0, 1.0 - 3.0 * k.d3 / k.d2);
    k.D4 = 1.0 + 3.0 * k.d3 / k.d2;
    return k;
}

constexpr int largest = 100; // the largest subgroup an X̄–S chart takes

// Sentences for the user, translated in the "Spc" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Spc)
};

double mean(const QVector<double> &v)
{
    double sum = 0;
    for (double x : v)
        sum += x;
    return sum / v.size();
}

double rangeOf(const QVector<double> &v)
{
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    return *hi - *lo;
}

double standardDeviation(const QVector<double> &v)
{
    const double m = mean(v);
    double ss = 0;
    for (double x : v)
        ss += (x - m) * (x - m);
    return std::sqrt(ss / (v.size() - 1));
}

Point pointOf(int subgroup, double value, double centre, double sigma, bool clipAtZero, double ceiling = std::numeric_limits<double>::infinity())
{
    Point p;
    p.subgroup = subgroup;
    p.value = value;
    p.centre = centre;
    p.sigma = sigma;
    p.lower = centre - 3.0 * sigma;
    if (clipAtZero)
        p.lower = std::max(0.0, p.lower);
    p.upper = std::min(ceiling, centre + 3.0 * sigma);
    return p;
}

std::optional<Problem> attributesProblem(ChartKind kind, const QVector<Subgroup> &subgroups)
{
    const bool units = kind == ChartKind::P || kind == ChartKind::NP;
    for (int i = 0; i < subgroups.size(); ++i) {
        const Subgroup &s = subgroups[i];
        if (!std::isfinite(s.count) || s.count < 0)
            return Problem{i, Problem::Count, Text::tr("the count must be a number of 0 or more.")};
        if (units && s.count != std::floor(s.count))
            return Problem{i, Problem::Count, Text::tr("a count of nonconforming units is a whole number.")};
        if (!std::isfinite(s.size) || s.size <= 0)
            return Problem{i, Problem::Size, Text::tr("the number inspected must be more than 0.")};
        if (units && s.count > s.size)
            return Problem{i, Problem::Count, Text::tr("more nonconforming units than units inspected.")};
    }
    return std::nullopt;
}

// p, np, c and u: the binomial or Poisson σ of each point from the baseline's rate.
Chart attributesChart(ChartKind kind, const QVector<Subgroup> &subgroups, const Baseline &b)
{
    Chart chart;
    double counts = 0, sizes = 0;
    for (int i = b.first; i <= b.last; ++i) {
        counts += subgroups[i].count;
        sizes += subgroups[i].size;
    }
    const int m = b.last - b.first + 1;
    switch (kind) {
    case ChartKind::P:
    case ChartKind::NP: chart.centre = counts / sizes; chart.sigma = std::sqrt(chart.centre * (1.0 - chart.centre)); break;
    case ChartKind::C: chart.centre = counts / m; chart.sigma = std::sqrt(chart.centre); break;
    default: chart.centre = counts / sizes; chart.sigma = std::sqrt(chart.centre); break;
    }
    for (int i = 0; i < subgroups.size(); ++i) {
        const Subgroup &s = subgroups[i];
        switch (kind) {
        case ChartKind::P: chart.primary.points << pointOf(i, s.count / s.size, chart.centre, chart.sigma / std::sqrt(s.size), true, 1.0); break;
        case ChartKind::NP: chart.primary.points << pointOf(i, s.count, s.size * chart.centre, chart.sigma * std::sqrt(s.size), true, s.size); break;
        case ChartKind::C: chart.primary.points << pointOf(i, s.count, chart.centre, chart.sigma, true); break;
        default: chart.primary.points << pointOf(i, s.count / s.size, chart.centre, chart.sigma / std::sqrt(s.size), true); break;
        }
    }
    return chart;
}

std::optional<Problem> variablesProblem(ChartKind kind, const QVector<Subgroup> &subgroups)
{
    for (int i = 0; i < subgroups.size(); ++i) {
        const QVector<double> &v = subgroups[i].values;
        for (double x : v) {
            if (!std::isfinite(x))
                return Problem{i, Problem::Values, Text::tr("a measurement is not a number.")};
        }
        if (kind == ChartKind::IMR && v.size() != 1)
            return Problem{i, Problem::Values, Text::tr("an individuals chart takes one value per subgroup.")};
        if (kind == ChartKind::XbarR && (v.size() < 2 || v.size() > 25))
            return Problem{i, Problem::Values, Text::tr("an X̄–R chart needs 2 to 25 measurements per subgroup (X̄–S takes more).")};
        if (kind == ChartKind::XbarS && (v.size() < 2 || v.size() > largest))
            return Problem{i, Problem::Values, Text::tr("an X̄–S chart needs 2 to 100 measurements per subgroup.")};
    }
    return std::nullopt;
}

// X̄–R and X̄–S: σ estimated as the mean of Rᵢ/d2(nᵢ) or sᵢ/c4(nᵢ) over the baseline (with equal
// subgroups R̄/d2 and s̄/c4, ASTM E2587 §8 for unequal ones); X̿ the mean of every measurement.
Chart subgroupsChart(ChartKind kind, const QVector<Subgroup> &subgroups, const Baseline &b)
{
    Chart chart;
    const bool ranges = kind == ChartKind::XbarR;
    double sigmas = 0, sum = 0;
    int measurements = 0;
    for (int i = b.first; i <= b.last; ++i) {
        const QVector<double> &v = subgroups[i].values;
        const Constants k = constantsFor(v.size());
        sigmas += ranges ? rangeOf(v) / k.d2 : standardDeviation(v) / k.c4;
        for (double x : v)
            sum += x;
        measurements += v.size();
    }
    chart.sigma = sigmas / (b.last - b.first + 1);
    chart.centre = sum / measurements;
    Series spread;
    for (int i = 0; i < subgroups.size(); ++i) {
        const QVector<double> &v = subgroups[i].values;
        const Constants k = constantsFor(v.size());
        chart.primary.points << pointOf(i, mean(v), chart.centre, chart.sigma / std::sqrt(double(v.size())), false);
        if (ranges)
            spread.points << pointOf(i, rangeOf(v), k.d2 * chart.sigma, k.d3 * chart.sigma, true);
        else
            spread.points << pointOf(i, standardDeviation(v), k.c4 * chart.sigma, std::sqrt(1.0 - k.c4 * k.c4) * chart.sigma, true);
    }
    chart.spread = spread;
    return chart;
}

// I-MR: σ = MR̄/d2(2) from the moving ranges of consecutive baseline values.
Chart individualsChart(const QVector<Subgroup> &subgroups, const Baseline &b)
{
    Chart chart;
    double sum = 0, ranges = 0;
    for (int i = b.first; i <= b.last; ++i) {
        sum += subgroups[i].values[0];
        if (i > b.first)
            ranges += std::abs(subgroups[i].values[0] - subgroups[i - 1].values[0]);
    }
    const Constants k = constantsFor(2);
    const double meanRange = ranges / (b.last - b.first);
    chart.centre = sum / (b.last - b.first + 1);
    chart.sigma = meanRange / k.d2;
    Series spread;
    for (int i = 0; i < subgroups.size(); ++i) {
        const double x = subgroups[i].values[0];
        chart.primary.points << pointOf(i, x, chart.centre, chart.sigma, false);
        if (i > 0)
            spread.points << pointOf(i, std::abs(x - subgroups[i - 1].values[0]), meanRange, k.d3 * chart.sigma, true);
    }
    chart.spread = spread;
    return chart;
}

// ---- Run rules ----

// A point's place in units of its own σ: beyond ±3 is outside the limits.
double zOf(const Point &p)
{
    const double d = p.value - p.centre;
    if (p.sigma > 0)
        return d / p.sigma;
    return d == 0 ? 0.0 : std::copysign(std::numeric_limits<double>::infinity(), d);
}

// Of the `window` points ending at `end`, those for which `test` holds, when at least `needed` do.
QVector<int> meeting(const QVector<double> &z, int end, int window, int needed, const std::function<bool(double)> &test)
{
    if (end + 1 < window)
        return {};
    QVector<int> hits;
    for (int i = end - window + 1; i <= end; ++i) {
        if (test(z[i]))
            hits << i;
    }
    return hits.size() >= needed ? hits : QVector<int>{};
}

// Points end−window+1 … end when each step from one to the next satisfies `step`.
QVector<int> stepRun(int end, int window, const std::function<bool(int)> &step)
{
    if (end + 1 < window)
        return {};
    for (int i = end - window + 2; i <= end; ++i) {
        if (!step(i))
            return {};
    }
    QVector<int> all;
    for (int i = end - window + 1; i <= end; ++i)
        all << i;
    return all;
}

// The points (as positions in the series) meeting rule `rule` in the window ending at `end`.
QVector<int> ruleAt(int rule, const QVector<double> &z, const QVector<double> &v, int end)
{
    const auto above = [](double limit) { return [limit](double x) { return x > limit; }; };
    const auto below = [](double limit) { return [limit](double x) { return x < limit; }; };
    const auto eitherSide = [](const QVector<int> &a, const QVector<int> &b) { return a.isEmpty() ? b : a; };
    switch (rule) {
    case 1: return meeting(z, end, 1, 1, [](double x) { return std::abs(x) > 3.0; });
    case 2: return eitherSide(meeting(z, end, 3, 2, above(2.0)), meeting(z, end, 3, 2, below(-2.0)));
    case 3: return eitherSide(meeting(z, end, 5, 4, above(1.0)), meeting(z, end, 5, 4, below(-1.0)));
    case 4: return eitherSide(meeting(z, end, 8, 8, above(0.0)), meeting(z, end, 8, 8, below(0.0)));
    case 5:
        return eitherSide(stepRun(end, 6, [&](int i) { return v[i] > v[i - 1]; }),
                          stepRun(end, 6, [&](int i) { return v[i] < v[i - 1]; }));
    case 6: {
        // 14 in a row alternating: each of the 13 steps changes direction from the one before.
        if (end < 13)
            return {};
        for (int i = end - 11; i <= end; ++i) {
            if ((v[i] - v[i - 1]) * (v[i - 1] - v[i - 2]) >= 0)
                return {};
        }
        return stepRun(end, 14, [](int) { return true; });
    }
    case 7: return meeting(z, end, 15, 15, [](double x) { return std::abs(x) < 1.0; });
    case 8: return meeting(z, end, 8, 8, [](double x) { return std::abs(x) > 1.0; });
    }
    return {};
}

} // namespace

Constants constantsFor(int n)
{
    // Each n computed once, when first asked for (a few ms), then read.
    static std::mutex guard;
    static std::array<std::optional<Constants>, largest + 1> known;
    if (n < 2)
        return {};
    if (n > largest)
        return computeConstants(n);
    const std::lock_guard<std::mutex> lock(guard);
    if (!known[n])
        known[n] = computeConstants(n);
    return *known[n];
}

bool isAttributes(ChartKind kind)
{
    return kind == ChartKind::P || kind == ChartKind::NP || kind == ChartKind::C || kind == ChartKind::U;
}

std::optional<Problem> problemIn(ChartKind kind, const QVector<Subgroup> &subgroups)
{
    return isAttributes(kind) ? attributesProblem(kind, subgroups) : variablesProblem(kind, subgroups);
}

QVector<Signal> signalsOf(const Series &series, unsigned rules)
{
    QVector<double> z, v;
    for (const Point &p : series.points) {
        z << zOf(p);
        v << p.value;
    }
    QVector<Signal> found;
    for (int rule = 1; rule <= ruleCount; ++rule) {
        if (!(rules & ruleBit(rule)))
            continue;
        Signal current;
        current.rule = rule;
        int lastEnd = -2;
        for (int end = 0; end < v.size(); ++end) {
            const QVector<int> hits = ruleAt(rule, z, v, end);
            if (hits.isEmpty())
                continue;
            // A run that goes on (the next window meets the rule too) stays one signal.
            const bool continues = !current.subgroups.isEmpty() && lastEnd == end - 1 && rule != 1;
            if (!continues && !current.subgroups.isEmpty()) {
                found << current;
                current.subgroups.clear();
            }
            for (int i : hits) {
                const int subgroup = series.points[i].subgroup;
                if (!current.subgroups.contains(subgroup))
                    current.subgroups << subgroup;
            }
            lastEnd = end;
        }
        if (!current.subgroups.isEmpty())
            found << current;
    }
    std::sort(found.begin(), found.end(), [](const Signal &a, const Signal &b) {
        return a.subgroups.first() != b.subgroups.first() ? a.subgroups.first() < b.subgroups.first() : a.rule < b.rule;
    });
    return found;
}

Result<Chart> compute(ChartKind kind, const QVector<Subgroup> &subgroups, Baseline baseline, unsigned rules)
{
    if (baseline.last < 0)
        baseline.last = subgroups.size() - 1;
    if (baseline.first < 0 || baseline.last >= subgroups.size() || baseline.last - baseline.first < 1) {
        return Error{Text::tr("The baseline must hold at least 2 of the %1 subgroups (it runs from %2 to %3).")
                         .arg(subgroups.size()).arg(baseline.first + 1).arg(baseline.last + 1)};
    }
    if (const auto problem = problemIn(kind, subgroups))
        return Error{Text::tr("Subgroup %1: %2").arg(problem->subgroup + 1).arg(problem->message)};
    Chart chart = isAttributes(kind) ? attributesChart(kind, subgroups, baseline)
                  : kind == ChartKind::IMR ? individualsChart(subgroups, baseline)
                                           : subgroupsChart(kind, subgroups, baseline);
    chart.kind = kind;
    chart.baseline = baseline;
    chart.found = signalsOf(chart.primary, rules);
    if (chart.spread && (rules & ruleBit(1))) {
        for (Signal s : signalsOf(*chart.spread, ruleBit(1))) {
            s.onSpread = true;
            chart.found << s;
        }
    }
    return chart;
}

} // namespace servqa::spc
