#include "agreement.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace servqa {

KrippendorffAlpha krippendorffAlpha(const Ratings &ratings, Level level)
{
    KrippendorffAlpha result;
    // The values in order (the ordinal metric counts the values between two), and the coincidence
    // matrix: each ordered pair of values from different raters of one unit, weighted 1 / (m_u − 1)
    // for a unit with m_u values, so that each unit adds m_u to n.
    std::map<double, int> index;
    for (const auto &unit : ratings) {
        for (const auto &v : unit) {
            if (v)
                index.emplace(*v, 0);
        }
    }
    QVector<double> values;
    for (auto &[value, i] : index) {
        i = int(values.size());
        values << value;
    }
    const int c = int(values.size());
    QVector<double> o(c * c, 0.0);
    for (const auto &unit : ratings) {
        QVector<int> present;
        for (const auto &v : unit) {
            if (v)
                present << index.at(*v);
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
    std::map<double, int> index;
    for (const auto &unit : ratings) {
        for (const auto &v : unit) {
            if (v)
                index.emplace(*v, 0);
        }
    }
    QVector<double> categories;
    for (auto &[value, i] : index) {
        i = int(categories.size());
        categories << value;
    }
    QVector<QVector<int>> counts;
    for (const auto &unit : ratings) {
        QVector<int> row(int(categories.size()), 0);
        for (const auto &v : unit) {
            if (v)
                ++row[index.at(*v)];
        }
        counts << row;
    }
    return fleissKappa(counts, categories);
}

} // namespace servqa
