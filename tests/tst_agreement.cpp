// Issue 18: the agreement statistics reproduce their published worked examples (docs/agreement.md).
// Fleiss' κ on the example of the Wikipedia article "Fleiss' kappa" (ten subjects, fourteen raters,
// five categories; κ = 0.210, P̄ = 0.378, P̄e = 0.213), to 1e-9 against its exact fractions.
// Krippendorff's α on the reliability data of Krippendorff (2011), "Computing Krippendorff's
// Alpha-Reliability": four observers, twelve units, values 1–5, missing values; published to three
// decimals (nominal .743, ordinal .815, interval .849, ratio .797) and here to 1e-9 against the
// exact fractions of the same formula (docs/agreement.md works them out).

#include "agreement.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace servqa;

namespace {

constexpr std::nullopt_t NA = std::nullopt;

// Krippendorff (2011), section C: rows are units, columns observers A–D.
Ratings krippendorff2011()
{
    const std::optional<double> A[12] = {1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA};
    const std::optional<double> B[12] = {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3};
    const std::optional<double> C[12] = {NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA};
    const std::optional<double> D[12] = {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA};
    Ratings units;
    for (int u = 0; u < 12; ++u)
        units.push_back({A[u], B[u], C[u], D[u]});
    return units;
}

void near(const Coefficient &c, double expected)
{
    QVERIFY2(c.value, qPrintable(c.undefinedBecause));
    QVERIFY2(std::abs(*c.value - expected) < 1e-9, qPrintable(QStringLiteral("%1 against %2").arg(*c.value, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

} // namespace

class TestAgreement : public QObject
{
    Q_OBJECT

private slots:
    void krippendorffsWorkedExample_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<double>("published");
        QTest::newRow("nominal") << int(Level::Nominal) << 113.0 / 152 << 0.743;
        QTest::newRow("ordinal") << int(Level::Ordinal) << 108577.0 / 133160 << 0.815;
        QTest::newRow("interval") << int(Level::Interval) << 951.0 / 1120 << 0.849;
        QTest::newRow("ratio") << int(Level::Ratio) << 18222619.0 / 22852465 << 0.797;
    }

    void krippendorffsWorkedExample()
    {
        QFETCH(int, level);
        QFETCH(double, alpha);
        QFETCH(double, published);
        const KrippendorffAlpha a = krippendorffAlpha(krippendorff2011(), Level(level));
        near(a.alpha, alpha);
        QCOMPARE(std::round(*a.alpha.value * 1000) / 1000, published);
        // Unit 12 has one value: not pairable. n = 40 pairable values in 11 units.
        QCOMPARE(a.units, 11);
        QCOMPARE(a.pairable, 40.0);
        // The observers' order does not matter; a unit nobody rated changes nothing.
        Ratings shuffled = krippendorff2011();
        for (auto &unit : shuffled)
            std::reverse(unit.begin(), unit.end());
        shuffled.push_back({NA, NA, NA, NA});
        near(krippendorffAlpha(shuffled, Level(level)).alpha, alpha);
    }

    void nominalDisagreementsByHand()
    {
        // Two raters, four units: agree on 1, 1, 2; disagree on (1, 2). Coincidences: o11 = 4,
        // o22 = 2, o12 = o21 = 1; n1 = 5, n2 = 3, n = 8. α = 1 − (n − 1) · o12·2 / (2 · n1 · n2)
        // = 1 − 7 · 2 / 30 = 8 / 15.
        const Ratings r{{1, 1}, {1, 1}, {2, 2}, {1, 2}};
        const KrippendorffAlpha a = krippendorffAlpha(r, Level::Nominal);
        near(a.alpha, 8.0 / 15);
        QCOMPARE(a.observed, 2.0 / 8);
    }

    void fleissWorkedExample()
    {
        const QVector<QVector<int>> counts{{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                                           {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        const auto k = fleissKappa(counts, {1, 2, 3, 4, 5});
        QVERIFY2(k, qPrintable(k ? QString() : k.error()));
        QCOMPARE(k->units, 10);
        QCOMPARE(k->raters, 14);
        near(k->kappa, 4211.0 / 20059);
        QCOMPARE(std::round(*k->kappa.value * 1000) / 1000, 0.210);
        QVERIFY(std::abs(k->observed - 172.0 / 455) < 1e-12);  // P̄ = 0.378
        QVERIFY(std::abs(k->expected - 417.0 / 1960) < 1e-12); // P̄e = 0.213
        const double shares[] = {20.0 / 140, 28.0 / 140, 39.0 / 140, 21.0 / 140, 32.0 / 140};
        const double perCategory[] = {157.0 / 780, 29.0 / 364, 29.0 / 169, 47.0 / 1547, 2851.0 / 5616};
        double weighted = 0, weights = 0;
        for (int j = 0; j < 5; ++j) {
            QVERIFY(std::abs(k->shares[j] - shares[j]) < 1e-12);
            near(k->perCategory[j], perCategory[j]);
            weighted += shares[j] * (1 - shares[j]) * perCategory[j];
            weights += shares[j] * (1 - shares[j]);
        }
        // Fleiss (1971): κ is the mean of the categories' κ_j weighted by p_j q_j.
        near(k->kappa, weighted / weights);

        // The same from the ratings: fourteen ratings a unit, categories as they come.
        Ratings ratings;
        for (const auto &unit : counts) {
            QVector<std::optional<double>> row;
            for (int j = 0; j < 5; ++j) {
                for (int x = 0; x < unit[j]; ++x)
                    row << double(j + 1);
            }
            std::reverse(row.begin(), row.end());
            ratings << row;
        }
        const auto fromRatings = fleissKappa(ratings);
        QVERIFY(fromRatings);
        near(fromRatings->kappa, 4211.0 / 20059);
    }

    void fleissRefusesWhatItCannotCompute()
    {
        // Units rated a different number of times: named, no number.
        const auto ragged = fleissKappa({{2, 1}, {1, 1}}, {0, 1});
        QVERIFY(!ragged);
        QCOMPARE(ragged.error(), QStringLiteral("Unit 2 was rated 2 times and unit 1 3 times: Fleiss' kappa needs the same number of "
                                                "ratings for every unit."));
        // Everyone always chose "yes": κ undefined, and said so; "no" has no κ of its own.
        const auto same = fleissKappa({{0, 3}, {0, 3}}, {0, 1});
        QVERIFY(same);
        QVERIFY(!same->kappa.value);
        QVERIFY(!same->kappa.undefinedBecause.isEmpty());
        QVERIFY(!same->perCategory[0].value);
        QVERIFY(!fleissKappa(QVector<QVector<int>>{}, {0, 1}));
    }

    void undefinedIsSaidNotNaN()
    {
        // Everyone always chose the same value: no variation, α undefined.
        const KrippendorffAlpha same = krippendorffAlpha({{1, 1}, {1, 1, 1}}, Level::Interval);
        QVERIFY(!same.alpha.value);
        QVERIFY(!same.alpha.undefinedBecause.isEmpty());
        // No unit rated twice.
        const KrippendorffAlpha lone = krippendorffAlpha({{1, NA}, {NA, 2}}, Level::Nominal);
        QVERIFY(!lone.alpha.value);
        QCOMPARE(lone.units, 0);
        QVERIFY(!lone.alpha.undefinedBecause.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
