#include "agreement.h"

#include <QCoreApplication>

#include <boost/math/distributions/fisher_f.hpp>

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
        for (const auto &v : unit) {
            if (v)
                ++row[index.at.at(*v)];
        }
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

} // namespace servqa
