#include "agreement.h"

#include <QCoreApplication>

#include <boost/math/distributions/fisher_f.hpp>
#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace servqa {

namespace {

// The distinct values rated, in order, and each one's place among them.
struct ValueIndex
{
    QVector<double> values;
    std::map<double, int> at;
};

ValueIndex indexValues(const Ratings &ratings)
{
    ValueIndex index;
    for (const auto &unit : ratings) {
        for (const auto &v : unit) {
            if (v)
                index.at.emplace(*v, 0);
        }
    }
    for (auto &[value, i] : index.at) {
        i = int(index.values.size());
        index.values << value;
    }
    return index;
}

// The scale of a weighted statistic: the categories given (sorted, each once) or, when none are
// given, the values rated; every rating must be one of them.
Result<QVector<double>> scaleOf(const Ratings &ratings, QVector<double> categories)
{
    if (categories.isEmpty())
        return indexValues(ratings).values;
    std::sort(categories.begin(), categories.end());
    categories.erase(std::unique(categories.begin(), categories.end()), categories.end());
    for (int u = 0; u < ratings.size(); ++u) {
        for (int r = 0; r < ratings[u].size(); ++r) {
            const auto &v = ratings[u][r];
            if (v && !std::binary_search(categories.cbegin(), categories.cend(), *v)) {
                QStringList scale;
                for (double c : categories)
                    scale << QString::number(c, 'g', 17);
                return Error{QCoreApplication::translate("Agreement", "Unit %1, rater %2: %3 is not one of the categories %4.")
                                 .arg(u + 1).arg(r + 1).arg(QString::number(*v, 'g', 17), scale.join(QLatin1String(", ")))};
            }
        }
    }
    return categories;
}

// w(a, b) between the a-th and b-th category of a scale.
double weight(const QVector<double> &scale, Weights weights, int a, int b)
{
    const double span = scale.isEmpty() ? 0 : scale.last() - scale.first();
    switch (weights) {
    case Weights::None: return a == b ? 1.0 : 0.0;
    case Weights::Linear: return span == 0 ? 1.0 : 1 - std::abs(scale[a] - scale[b]) / span;
    case Weights::Quadratic: return span == 0 ? 1.0 : 1 - (scale[a] - scale[b]) * (scale[a] - scale[b]) / (span * span);
    }
    return 0.0;
}

int placeIn(const QVector<double> &scale, double value)
{
    return int(std::lower_bound(scale.cbegin(), scale.cend(), value) - scale.cbegin());
}

} // namespace

PercentAgreement percentAgreement(const Ratings &ratings)
{
    PercentAgreement result;
    double sum = 0;
    for (const auto &unit : ratings) {
        QVector<double> values;
        for (const auto &v : unit) {
            if (v)
                values << *v;
        }
        const qsizetype m = values.size();
        if (m < 2)
            continue;
        double equal = 0;
        for (qsizetype i = 0; i < m; ++i) {
            for (qsizetype j = i + 1; j < m; ++j)
                equal += values[i] == values[j] ? 1 : 0;
        }
        sum += equal / (double(m) * (m - 1) / 2);
        ++result.units;
    }
    if (result.units == 0)
        result.share.undefinedBecause = QCoreApplication::translate("Agreement", "No unit was rated by two raters or more.");
    else
        result.share.value = sum / result.units;
    return result;
}

KrippendorffAlpha krippendorffAlpha(const Ratings &ratings, Level level)
{
    KrippendorffAlpha result;
    // The values in order (the ordinal metric counts the values between two), and the coincidence
    // matrix: each ordered pair of values from different raters of one unit, weighted 1 / (m_u − 1)
    // for a unit with m_u values, so that each unit adds m_u to n.
    const ValueIndex index = indexValues(ratings);
    const QVector<double> &values = index.values;
    const int c = int(values.size());
    QVector<double> o(c * c, 0.0);
    for (const auto &unit : ratings) {
        QVector<int> present;
        for (const auto &v : unit) {
            if (v)
                present << index.at.at(*v);
        }
        const int m = int(present.size());
        if (m < 2)
            continue; // not pairable
        ++result.units;
        for (int i = 0; i < m; ++i) {
            for (int j = 0; j < m; ++j) {
                if (i != j)
                    o[present[i] * c + present[j]] += 1.0 / (m - 1);
            }
        }
    }
    QVector<double> n(c, 0.0);
    for (int a = 0; a < c; ++a) {
        for (int b = 0; b < c; ++b)
            n[a] += o[a * c + b];
    }
    for (double x : n)
        result.pairable += x;
    if (result.units == 0) {
        result.alpha.undefinedBecause = QCoreApplication::translate("Agreement", "No unit was rated by two raters or more.");
        return result;
    }
    // δ² of two values.
    const auto delta = [&](int a, int b) -> double {
        switch (level) {
        case Level::Nominal: return a == b ? 0.0 : 1.0;
        case Level::Interval: return (values[a] - values[b]) * (values[a] - values[b]);
        case Level::Ratio: {
            const double sum = values[a] + values[b];
            return sum == 0 ? 0.0 : ((values[a] - values[b]) / sum) * ((values[a] - values[b]) / sum);
        }
        case Level::Ordinal: {
            const int low = std::min(a, b), high = std::max(a, b);
            double between = 0;
            for (int g = low; g <= high; ++g)
                between += n[g];
            between -= (n[a] + n[b]) / 2;
            return between * between;
        }
        }
        return 0.0;
    };
    double observed = 0, expected = 0;
    for (int a = 0; a < c; ++a) {
        for (int b = 0; b < c; ++b) {
            const double d = delta(a, b);
            observed += o[a * c + b] * d;
            expected += n[a] * n[b] * d;
        }
    }
    result.observed = observed / result.pairable;
    result.expected = expected / (result.pairable * (result.pairable - 1));
    if (result.expected == 0) {
        result.alpha.undefinedBecause = QCoreApplication::translate("Agreement", "Every rating is the same value: there is no variation to agree on.");
        return result;
    }
    result.alpha.value = 1 - result.observed / result.expected;
    return result;
}

Result<FleissKappa> fleissKappa(const QVector<QVector<int>> &counts, const QVector<double> &categories)
{
    FleissKappa result;
    result.categories = categories;
    result.units = int(counts.size());
    const int k = int(categories.size());
    if (result.units == 0)
        return Error{QCoreApplication::translate("Agreement", "There are no units to compare.")};
    for (int i = 0; i < result.units; ++i) {
        if (counts[i].size() != k)
            return Error{QCoreApplication::translate("Agreement", "Unit %1 has %2 counts where there are %3 categories.")
                             .arg(i + 1)
                             .arg(counts[i].size())
                             .arg(k)};
        int n = 0;
        for (int x : counts[i]) {
            if (x < 0)
                return Error{QCoreApplication::translate("Agreement", "Unit %1 has a negative count.").arg(i + 1)};
            n += x;
        }
        if (i == 0)
            result.raters = n;
        else if (n != result.raters)
            return Error{QCoreApplication::translate("Agreement", "Unit %1 was rated %2 times and unit 1 %3 times: Fleiss' kappa needs "
                                                                  "the same number of ratings for every unit.")
                             .arg(i + 1)
                             .arg(n)
                             .arg(result.raters)};
    }
    const int n = result.raters;
    if (n < 2)
        return Error{QCoreApplication::translate("Agreement", "Each unit needs at least two ratings.")};
    const double N = result.units;
    QVector<double> totals(k, 0.0), disagreements(k, 0.0);
    double agreeing = 0;
    for (const auto &unit : counts) {
        double pairs = 0;
        for (int j = 0; j < k; ++j) {
            totals[j] += unit[j];
            pairs += double(unit[j]) * (unit[j] - 1);
            disagreements[j] += double(unit[j]) * (n - unit[j]);
        }
        agreeing += pairs / (double(n) * (n - 1));
    }
    result.observed = agreeing / N;
    for (int j = 0; j < k; ++j) {
        const double p = totals[j] / (N * n);
        result.shares << p;
        result.expected += p * p;
        Coefficient kj;
        if (p * (1 - p) > 0)
            kj.value = 1 - disagreements[j] / (N * n * (n - 1) * p * (1 - p));
        else
            kj.undefinedBecause = p == 0 ? QCoreApplication::translate("Agreement", "No rater chose this category.")
                                         : QCoreApplication::translate("Agreement", "Every rater always chose this category.");
        result.perCategory << kj;
    }
    if (result.expected >= 1)
        result.kappa.undefinedBecause =
            QCoreApplication::translate("Agreement", "Every rating is the same category: agreement cannot be told from chance.");
    else
        result.kappa.value = (result.observed - result.expected) / (1 - result.expected);
    return result;
}

Result<FleissKappa> fleissKappa(const Ratings &ratings)
{
    const ValueIndex index = indexValues(ratings);
    QVector<QVector<int>> counts;
    for (const auto &unit : ratings) {
        QVector<int> row(int(index.values.size()), 0);
        int rated = 0;
        for (const auto &v : unit) {
            if (v) {
                ++row[index.at.at(*v)];
                ++rated;
            }
        }
        if (rated > 0) // a unit nobody rated (every answer N/A) is no unit
            counts << row;
    }
    return fleissKappa(counts, index.values);
}

Result<Intraclass> intraclassCorrelations(const Ratings &ratings)
{
    Intraclass r;
    // Complete targets only: the two-way ANOVA needs every rater's rating of every target.
    QVector<QVector<double>> x;
    for (const auto &unit : ratings) {
        if (r.raters == 0)
            r.raters = int(unit.size());
        if (unit.size() != r.raters)
            return Error{QCoreApplication::translate("Agreement", "Target %1 has %2 raters' columns and target 1 has %3.")
                             .arg(x.size() + r.leftOut + 1)
                             .arg(unit.size())
                             .arg(r.raters)};
        QVector<double> row;
        for (const auto &v : unit) {
            if (v)
                row << *v;
        }
        if (row.size() == unit.size())
            x << row;
        else
            ++r.leftOut;
    }
    const int n = int(x.size()), k = r.raters;
    r.targets = n;
    if (n < 2 || k < 2)
        return Error{QCoreApplication::translate("Agreement", "Intraclass correlations need at least two targets rated by all of at "
                                                              "least two raters; there are %1 complete targets and %2 raters.")
                         .arg(n)
                         .arg(k)};
    double grand = 0;
    for (const auto &row : x) {
        for (double v : row)
            grand += v;
    }
    grand /= double(n) * k;
    double ssb = 0, ssj = 0, sst = 0;
    for (const auto &row : x) {
        double mean = 0;
        for (double v : row) {
            mean += v;
            sst += (v - grand) * (v - grand);
        }
        mean /= k;
        ssb += k * (mean - grand) * (mean - grand);
    }
    for (int j = 0; j < k; ++j) {
        double mean = 0;
        for (const auto &row : x)
            mean += row[j];
        mean /= n;
        ssj += n * (mean - grand) * (mean - grand);
    }
    r.bms = ssb / (n - 1);
    r.wms = (sst - ssb) / (double(n) * (k - 1));
    r.jms = ssj / (k - 1);
    r.ems = (sst - ssb - ssj) / (double(n - 1) * (k - 1));
    const auto upper = [](double d1, double d2) {
        return boost::math::quantile(boost::math::complement(boost::math::fisher_f_distribution<double>(d1, d2), 0.025));
    };
    const QString noVariance = QCoreApplication::translate("Agreement", "The ratings do not vary: there is nothing to correlate.");
    const auto set = [&](int at, const char *name, double numerator, double denominator) {
        IntraclassForm &form = r.forms[at];
        form.name = QString::fromLatin1(name);
        if (denominator > 0)
            form.icc.value = numerator / denominator;
        else
            form.icc.undefinedBecause = noVariance;
    };
    set(0, "ICC(1,1)", r.bms - r.wms, r.bms + (k - 1) * r.wms);
    set(1, "ICC(2,1)", r.bms - r.ems, r.bms + (k - 1) * r.ems + k * (r.jms - r.ems) / n);
    set(2, "ICC(3,1)", r.bms - r.ems, r.bms + (k - 1) * r.ems);
    set(3, "ICC(1,k)", r.bms - r.wms, r.bms);
    set(4, "ICC(2,k)", r.bms - r.ems, r.bms + (r.jms - r.ems) / n);
    set(5, "ICC(3,k)", r.bms - r.ems, r.bms);
    for (int at : {0, 3}) {
        r.forms[at].df1 = n - 1;
        r.forms[at].df2 = double(n) * (k - 1);
    }
    for (int at : {1, 2, 4, 5}) {
        r.forms[at].df1 = n - 1;
        r.forms[at].df2 = double(n - 1) * (k - 1);
    }
    // One-way (form 1) and consistency (form 3): F = BMS / WMS (or EMS), bounds from F / F_upper
    // and F · F_upper of the reversed degrees of freedom.
    for (const auto &[single, average, within] : {std::tuple{0, 3, r.wms}, std::tuple{2, 5, r.ems}}) {
        if (within <= 0 || r.bms <= 0)
            continue;
        const double f = r.bms / within, df1 = r.forms[single].df1, df2 = r.forms[single].df2;
        const double fl = f / upper(df1, df2), fu = f * upper(df2, df1);
        for (int at : {single, average})
            r.forms[at].f = f;
        r.forms[single].low = (fl - 1) / (fl + k - 1);
        r.forms[single].high = (fu - 1) / (fu + k - 1);
        r.forms[average].low = 1 - 1 / fl;
        r.forms[average].high = 1 - 1 / fu;
    }
    // Random raters (form 2): Satterthwaite's degrees of freedom for the denominator.
    if (r.ems > 0 && r.bms > 0 && r.forms[1].icc.value && *r.forms[1].icc.value < 1) {
        r.forms[1].f = r.forms[4].f = r.bms / r.ems;
        const double icc = *r.forms[1].icc.value;
        const double a = k * icc / (n * (1 - icc)), b = 1 + k * icc * (n - 1) / (n * (1 - icc));
        const double v = (a * r.jms + b * r.ems) * (a * r.jms + b * r.ems)
                         / ((a * r.jms) * (a * r.jms) / (k - 1) + (b * r.ems) * (b * r.ems) / (double(n - 1) * (k - 1)));
        const double fs = upper(n - 1, v), fss = upper(v, n - 1);
        const double low = n * (r.bms - fs * r.ems) / (fs * (k * r.jms + (k * n - k - n) * r.ems) + n * r.bms);
        const double high = n * (fss * r.bms - r.ems) / (k * r.jms + (k * n - k - n) * r.ems + n * fss * r.bms);
        r.forms[1].low = low;
        r.forms[1].high = high;
        r.forms[4].low = low * k / (1 + low * (k - 1));
        r.forms[4].high = high * k / (1 + high * (k - 1));
    }
    return r;
}

Result<CronbachAlpha> cronbach(const Ratings &answers)
{
    const auto icc = intraclassCorrelations(answers);
    if (!icc)
        return Error{icc.error()};
    CronbachAlpha result;
    result.respondents = icc->targets;
    result.items = icc->raters;
    result.leftOut = icc->leftOut;
    const IntraclassForm &consistency = icc->forms[5]; // ICC(3,k)
    result.raw = consistency.icc;
    result.low = consistency.low;
    result.high = consistency.high;
    // The mean correlation between the items over the complete respondents.
    QVector<QVector<double>> columns(result.items);
    for (const auto &row : answers) {
        if (std::all_of(row.begin(), row.end(), [](const std::optional<double> &v) { return v.has_value(); })) {
            for (int j = 0; j < result.items; ++j)
                columns[j] << *row[j];
        }
    }
    QVector<double> means, spreads;
    for (const auto &c : columns) {
        double mean = 0;
        for (double v : c)
            mean += v;
        mean /= c.size();
        double ss = 0;
        for (double v : c)
            ss += (v - mean) * (v - mean);
        means << mean;
        spreads << std::sqrt(ss);
    }
    if (std::any_of(spreads.begin(), spreads.end(), [](double s) { return s == 0; })) {
        result.standardised.undefinedBecause =
            QCoreApplication::translate("Agreement", "An item has the same answer from every respondent: it correlates with nothing.");
        return result;
    }
    double sum = 0;
    int pairs = 0;
    for (int a = 0; a < result.items; ++a) {
        for (int b = a + 1; b < result.items; ++b) {
            double products = 0;
            for (int i = 0; i < columns[a].size(); ++i)
                products += (columns[a][i] - means[a]) * (columns[b][i] - means[b]);
            sum += products / (spreads[a] * spreads[b]);
            ++pairs;
        }
    }
    const double r = sum / pairs, k = result.items;
    if (1 + (k - 1) * r == 0)
        result.standardised.undefinedBecause = QCoreApplication::translate("Agreement", "The items' correlations cancel out.");
    else
        result.standardised.value = k * r / (1 + (k - 1) * r);
    return result;
}

Result<CohenKappa> cohenKappa(const Ratings &ratings, Weights weights, const QVector<double> &categories)
{
    for (int u = 0; u < ratings.size(); ++u) {
        if (ratings[u].size() > 2) {
            return Error{QCoreApplication::translate("Agreement", "Unit %1 has %2 raters: Cohen's kappa compares two; use Fleiss' kappa, "
                                                                  "Krippendorff's alpha or Gwet's AC1 for more.")
                             .arg(u + 1).arg(ratings[u].size())};
        }
    }
    auto scale = scaleOf(ratings, categories);
    if (!scale)
        return Error{scale.error()};
    CohenKappa r;
    r.categories = *scale;
    const int q = int(r.categories.size());
    // The two raters' table of shares p_ij, rater 1 by row and rater 2 by column.
    QVector<double> p(q * q, 0.0);
    for (const auto &unit : ratings) {
        const bool both = unit.size() == 2 && unit[0] && unit[1];
        if (!both) {
            r.leftOut += std::count_if(unit.cbegin(), unit.cend(), [](const auto &v) { return v.has_value(); }) > 0 ? 1 : 0;
            continue;
        }
        ++r.units;
        p[placeIn(r.categories, *unit[0]) * q + placeIn(r.categories, *unit[1])] += 1;
    }
    if (r.units == 0) {
        r.kappa.undefinedBecause = QCoreApplication::translate("Agreement", "No unit was rated by both raters.");
        return r;
    }
    const double n = r.units;
    for (double &x : p)
        x /= n;
    QVector<double> row(q, 0.0), col(q, 0.0);
    for (int i = 0; i < q; ++i) {
        for (int j = 0; j < q; ++j) {
            row[i] += p[i * q + j];
            col[j] += p[i * q + j];
        }
    }
    const auto w = [&](int i, int j) { return weight(r.categories, weights, i, j); };
    for (int i = 0; i < q; ++i) {
        for (int j = 0; j < q; ++j) {
            r.observed += w(i, j) * p[i * q + j];
            r.expected += w(i, j) * row[i] * col[j];
        }
    }
    const double po = r.observed, pe = r.expected;
    if (1 - pe <= 0) {
        r.kappa.undefinedBecause = QCoreApplication::translate("Agreement", "Both raters always gave one and the same answer: agreement "
                                                                            "by chance is complete, and kappa is not defined.");
        return r;
    }
    const double kappa = (po - pe) / (1 - pe);
    r.kappa.value = kappa;
    // Fleiss, Cohen & Everitt (1969): w̄_i. = Σ_j w_ij p_.j and w̄_.j = Σ_i w_ij p_i.;
    // var = (Σ_ij p_ij [w_ij (1 − p_e) − (w̄_i. + w̄_.j)(1 − p_o)]² − (p_o p_e − 2 p_e + p_o)²) / (n (1 − p_e)⁴),
    // and under κ = 0: (Σ_ij p_i. p_.j [w_ij − (w̄_i. + w̄_.j)]² − p_e²) / (n (1 − p_e)²).
    QVector<double> wRow(q, 0.0), wCol(q, 0.0);
    for (int i = 0; i < q; ++i) {
        for (int j = 0; j < q; ++j) {
            wRow[i] += w(i, j) * col[j];
            wCol[j] += w(i, j) * row[i];
        }
    }
    double a = 0, a0 = 0;
    for (int i = 0; i < q; ++i) {
        for (int j = 0; j < q; ++j) {
            const double d = w(i, j) * (1 - pe) - (wRow[i] + wCol[j]) * (1 - po);
            a += p[i * q + j] * d * d;
            const double d0 = w(i, j) - (wRow[i] + wCol[j]);
            a0 += row[i] * col[j] * d0 * d0;
        }
    }
    const double b = po * pe - 2 * pe + po;
    const double variance = std::max(0.0, (a - b * b) / (n * std::pow(1 - pe, 4)));
    const double varianceIfNone = std::max(0.0, (a0 - pe * pe) / (n * (1 - pe) * (1 - pe)));
    const double z = boost::math::quantile(boost::math::normal(), 0.975);
    r.standardError = std::sqrt(variance);
    r.standardErrorIfNone = std::sqrt(varianceIfNone);
    r.low = kappa - z * *r.standardError;
    r.high = kappa + z * *r.standardError;
    return r;
}

Result<GwetAC> gwetAC(const Ratings &ratings, Weights weights, const QVector<double> &categories)
{
    auto scale = scaleOf(ratings, categories);
    if (!scale)
        return Error{scale.error()};
    GwetAC r;
    r.categories = *scale;
    const int q = int(r.categories.size());
    const auto w = [&](int k, int l) { return weight(r.categories, weights, k, l); };
    QVector<double> pi(q, 0.0);
    double pa = 0;
    for (const auto &unit : ratings) {
        QVector<double> counts(q, 0.0); // r_ik
        double ri = 0;
        for (const auto &v : unit) {
            if (v) {
                counts[placeIn(r.categories, *v)] += 1;
                ri += 1;
            }
        }
        if (ri == 0)
            continue;
        ++r.units;
        for (int k = 0; k < q; ++k)
            pi[k] += counts[k] / ri;
        if (ri < 2)
            continue;
        ++r.pairable;
        double agree = 0;
        for (int k = 0; k < q; ++k) {
            double weighted = 0; // r*_ik
            for (int l = 0; l < q; ++l)
                weighted += w(k, l) * counts[l];
            agree += counts[k] * (weighted - 1);
        }
        pa += agree / (ri * (ri - 1));
    }
    if (r.pairable == 0) {
        r.coefficient.undefinedBecause = QCoreApplication::translate("Agreement", "No unit was rated by two raters or more.");
        return r;
    }
    if (q < 2) {
        r.coefficient.undefinedBecause = QCoreApplication::translate("Agreement", "The scale has one category only: there is nothing to "
                                                                                  "disagree on.");
        return r;
    }
    r.observed = pa / r.pairable;
    double totalWeight = 0, spread = 0;
    for (int k = 0; k < q; ++k) {
        for (int l = 0; l < q; ++l)
            totalWeight += w(k, l);
        const double share = pi[k] / r.units;
        spread += share * (1 - share);
    }
    r.expected = totalWeight / (double(q) * (q - 1)) * spread;
    if (1 - r.expected <= 0) {
        r.coefficient.undefinedBecause = QCoreApplication::translate("Agreement", "Agreement by chance is complete on this scale: the "
                                                                                  "coefficient is not defined.");
        return r;
    }
    r.coefficient.value = (r.observed - r.expected) / (1 - r.expected);
    return r;
}

} // namespace servqa
