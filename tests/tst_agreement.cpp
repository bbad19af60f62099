// Issue 18: the agreement statistics reproduce their published worked examples (docs/agreement.md).
// Percent agreement on the two-rater example of the Wikipedia article "Cohen's kappa" (50 grant
// proposals: 20 yes–yes, 5 yes–no, 10 no–yes, 15 no–no; p_o = 0.7) and as Fleiss' P̄ below.
// Fleiss' κ on the example of the Wikipedia article "Fleiss' kappa" (ten subjects, fourteen raters,
// five categories; κ = 0.210, P̄ = 0.378, P̄e = 0.213), to 1e-9 against its exact fractions.
// The six ICCs on Shrout & Fleiss (1979), Table 2 (six targets, four judges; published .17, .29,
// .71, .44, .62, .91 and the mean squares 11.24, 6.26, 32.49, 1.02), to 1e-9 against their exact
// fractions; their 95 % intervals and F tests as the R package psych prints them for the same data
// (ICC(sf), its documentation's example).
// Krippendorff's α on the reliability data of Krippendorff (2011), "Computing Krippendorff's
// Alpha-Reliability": four observers, twelve units, values 1–5, missing values; published to three
// decimals (nominal .743, ordinal .815, interval .849, ratio .797) and here to 1e-9 against the
// exact fractions of the same formula (docs/agreement.md works them out).
// Cohen's κ and its standard error on the example that SAS/STAT's PROC FREQ documents (3 × 3, 19
// subjects; simple κ 0.4842, ASE 0.1380, 95 % 0.2137–0.7547; weighted with scores 0, 1, 2: 0.4701,
// ASE 0.1457, 0.1845–0.7558), on Gwet (2014)'s two tables (abstractors 3 × 3, diagnoses 4 × 4) and
// on the anxiety ratings of R's irr package (kappa2); Gwet's AC1/AC2 on Gwet (2014)'s tables and
// raw ratings (four raters, twelve units: AC1 .775, AC2 linear .859, quadratic .914).

#include "agreement.h"
#include "servqual.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <tuple>

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

// Two raters' units from a table of counts: rater 1 by row, rater 2 by column.
Ratings fromTable(const QVector<QVector<int>> &counts, const QVector<double> &scale)
{
    Ratings units;
    for (int i = 0; i < counts.size(); ++i) {
        for (int j = 0; j < counts[i].size(); ++j) {
            for (int n = 0; n < counts[i][j]; ++n)
                units.push_back({scale[i], scale[j]});
        }
    }
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

    void percentAgreementWorkedExamples()
    {
        Ratings proposals;
        for (const auto &[a, b, times] : {std::tuple{1.0, 1.0, 20}, std::tuple{1.0, 0.0, 5}, std::tuple{0.0, 1.0, 10}, std::tuple{0.0, 0.0, 15}}) {
            for (int t = 0; t < times; ++t)
                proposals.push_back({a, b});
        }
        proposals.push_back({1.0, NA}); // rated once: not counted
        const PercentAgreement p = percentAgreement(proposals);
        QCOMPARE(p.units, 50);
        near(p.share, 0.7);
        // Many raters: the share of agreeing pairs, as Fleiss' P̄ (172/455 on his example, below).
        const QVector<QVector<int>> counts{{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                                           {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        Ratings many;
        for (const auto &unit : counts) {
            QVector<std::optional<double>> row;
            for (int j = 0; j < 5; ++j) {
                for (int x = 0; x < unit[j]; ++x)
                    row << double(j + 1);
            }
            many << row;
        }
        near(percentAgreement(many).share, 172.0 / 455);
        QVERIFY(!percentAgreement({{1, NA}}).share.value);
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
        // A unit nobody rated (an item every inspector answered N/A) is left out, not refused.
        ratings.push_back(QVector<std::optional<double>>(14, std::nullopt));
        const auto withEmpty = fleissKappa(ratings);
        QVERIFY(withEmpty);
        QCOMPARE(withEmpty->units, 10);
        near(withEmpty->kappa, 4211.0 / 20059);
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

    void shroutAndFleissWorkedExample()
    {
        const double table[6][4] = {{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};
        Ratings ratings;
        for (const auto &row : table)
            ratings.push_back({row[0], row[1], row[2], row[3]});
        ratings.push_back({3, NA, 4, 5}); // incomplete: left out
        const auto r = intraclassCorrelations(ratings);
        QVERIFY2(r, qPrintable(r ? QString() : r.error()));
        QCOMPARE(r->targets, 6);
        QCOMPARE(r->raters, 4);
        QCOMPARE(r->leftOut, 1);
        QVERIFY(std::abs(r->bms - 1349.0 / 120) < 1e-9); // 11.24
        QVERIFY(std::abs(r->wms - 451.0 / 72) < 1e-9);   // 6.26
        QVERIFY(std::abs(r->jms - 2339.0 / 72) < 1e-9);  // 32.49
        QVERIFY(std::abs(r->ems - 367.0 / 360) < 1e-9);  // 1.02
        const struct
        {
            const char *name;
            double exact, published, f, df2, low, high;
        } expected[6] = {{"ICC(1,1)", 448.0 / 2703, 0.17, 4047.0 / 2255, 18, -0.133, 0.72},
                         {"ICC(2,1)", 184.0 / 635, 0.29, 4047.0 / 367, 15, 0.019, 0.76},
                         {"ICC(3,1)", 920.0 / 1287, 0.71, 4047.0 / 367, 15, 0.342, 0.95},
                         {"ICC(1,k)", 1792.0 / 4047, 0.44, 4047.0 / 2255, 18, -0.884, 0.91},
                         {"ICC(2,k)", 736.0 / 1187, 0.62, 4047.0 / 367, 15, 0.071, 0.93},
                         {"ICC(3,k)", 3680.0 / 4047, 0.91, 4047.0 / 367, 15, 0.676, 0.99}};
        for (int at = 0; at < 6; ++at) {
            const IntraclassForm &form = r->forms[at];
            const auto &e = expected[at];
            QCOMPARE(form.name, QString::fromLatin1(e.name));
            near(form.icc, e.exact);
            QCOMPARE(std::round(*form.icc.value * 100) / 100, e.published);
            QVERIFY(std::abs(*form.f - e.f) < 1e-9);
            QCOMPARE(form.df1, 5.0);
            QCOMPARE(form.df2, e.df2);
            QCOMPARE(std::round(*form.low * 1000) / 1000, e.low);
            QCOMPARE(std::round(*form.high * 100) / 100, e.high);
        }
        // A missing column or too little to compare: refused by name, no number.
        QVERIFY(!intraclassCorrelations({{1, 2, 3}, {1, 2}}));
        const auto one = intraclassCorrelations({{1, 2}});
        QVERIFY(!one);
        QCOMPARE(one.error(), QStringLiteral("Intraclass correlations need at least two targets rated by all of at least two raters; "
                                             "there are 1 complete targets and 2 raters."));
        // Every rating the same: no ICC, said so.
        const auto flat = intraclassCorrelations({{3, 3}, {3, 3}});
        QVERIFY(flat);
        QVERIFY(!flat->forms[0].icc.value);
        QVERIFY(!flat->forms[0].icc.undefinedBecause.isEmpty());
        QVERIFY(!flat->forms[0].low);
    }

    // Cronbach's α of the four judges as items: ICC(3,k) of the same table (published .91), with
    // Feldt's interval, ICC(3,k)'s (0.676 to 0.99 as psych prints it); standardised α from their
    // mean correlation r̄ = 0.760307717559927… (worked out to 40 digits in docs/agreement.md).
    void cronbachWithFeldtsInterval()
    {
        const double table[6][4] = {{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};
        Ratings answers;
        for (const auto &row : table)
            answers.push_back({row[0], row[1], row[2], row[3]});
        const auto a = cronbach(answers);
        QVERIFY2(a, qPrintable(a ? QString() : a.error()));
        QCOMPARE(a->respondents, 6);
        QCOMPARE(a->items, 4);
        near(a->raw, 3680.0 / 4047);
        QCOMPARE(std::round(*a->low * 1000) / 1000, 0.676);
        QCOMPARE(std::round(*a->high * 100) / 100, 0.99);
        near(a->standardised, 0.92694364625873737);
        // The raw α as the variances give it (Cronbach 1951; the SERVQUAL table's function): the
        // same number.
        QVector<QVector<double>> rows;
        for (const auto &row : table)
            rows.push_back({row[0], row[1], row[2], row[3]});
        QVERIFY(std::abs(*a->raw.value - *cronbachAlpha(rows)) < 1e-12);
        // An item everyone answers alike has no correlation: standardised α undefined, said so.
        const auto flat = cronbach({{1, 3, 2}, {2, 3, 4}, {3, 3, 5}});
        QVERIFY(flat);
        QVERIFY(flat->raw.value);
        QVERIFY(!flat->standardised.value);
        QVERIFY(!flat->standardised.undefinedBecause.isEmpty());
    }

    void cohenAsSasDocumentsIt()
    {
        // Rater 1 by row, rater 2 by column: {0, 4, 1}, {0, 8, 0}, {0, 1, 5}.
        const Ratings sas = fromTable({{0, 4, 1}, {0, 8, 0}, {0, 1, 5}}, {0, 1, 2});
        const auto simple = cohenKappa(sas, Weights::None);
        QVERIFY2(simple, qPrintable(simple ? QString() : simple.error()));
        QCOMPARE(simple->units, 19);
        near(simple->kappa, 107.0 / 221);
        QCOMPARE(std::round(*simple->kappa.value * 10000) / 10000, 0.4842);
        QVERIFY(std::abs(*simple->standardError - 0.13801357830581460) < 1e-9);
        QVERIFY(std::abs(*simple->low - 0.21366125307070666) < 1e-9);
        QVERIFY(std::abs(*simple->high - 0.75466453878449696) < 1e-9);
        QVERIFY(std::abs(*simple->standardErrorIfNone - 0.14839828189013291) < 1e-9);
        QCOMPARE(std::round(*simple->standardError * 10000) / 10000, 0.1380);
        QCOMPARE(std::round(*simple->low * 10000) / 10000, 0.2137);
        QCOMPARE(std::round(*simple->high * 10000) / 10000, 0.7547);
        QCOMPARE(std::round(*simple->standardErrorIfNone * 10000) / 10000, 0.1484);

        const auto weighted = cohenKappa(sas, Weights::Linear);
        QVERIFY(weighted);
        near(weighted->kappa, 118.0 / 251);
        QCOMPARE(std::round(*weighted->kappa.value * 10000) / 10000, 0.4701);
        QVERIFY(std::abs(*weighted->standardError - 0.14574604514192570) < 1e-9);
        QVERIFY(std::abs(*weighted->low - 0.18446252254502731) < 1e-9);
        QVERIFY(std::abs(*weighted->high - 0.75577652127967389) < 1e-9);
        QCOMPARE(std::round(*weighted->standardErrorIfNone * 10000) / 10000, 0.1426);
    }

    void cohenOnGwetsTables()
    {
        // Gwet (2014): 100 pregnancies by two abstractors; published .796, .843, .892.
        const Ratings abstractors = fromTable({{13, 0, 0}, {0, 20, 7}, {0, 4, 56}}, {1, 2, 3});
        near(cohenKappa(abstractors, Weights::None)->kappa, 0.79640940218397187);
        near(cohenKappa(abstractors, Weights::Linear)->kappa, 0.84290202799200229);
        near(cohenKappa(abstractors, Weights::Quadratic)->kappa, 91.0 / 102);
        // 223 patients by two diagnosis methods; published κ .432 (SE .046), linear .407 (.053),
        // quadratic .383 (.066).
        const Ratings diagnoses = fromTable({{40, 4, 4, 17}, {6, 25, 2, 13}, {4, 1, 21, 12}, {15, 5, 9, 45}}, {1, 2, 3, 4});
        const struct { Weights weights; double kappa, se; } expected[] = {
            {Weights::None, 0.43150077588117934, 0.045969181562379004},
            {Weights::Linear, 0.40681087401344636, 0.053388050712763327},
            {Weights::Quadratic, 0.38318594413494877, 0.065794695807876541},
        };
        for (const auto &e : expected) {
            const auto k = cohenKappa(diagnoses, e.weights);
            QVERIFY(k);
            near(k->kappa, e.kappa);
            QVERIFY(std::abs(*k->standardError - e.se) < 1e-9);
        }
    }

    void cohenWeighsByTheValuesOfTheScale()
    {
        // irr's anxiety ratings, raters 2 and 3 (20 subjects, values 1–6; nobody chose 5). irr's
        // kappa2 numbers the categories it sees, so for it 4 and 6 are neighbours: linear .1459075,
        // squared .2520325, unweighted −.006289308. Recoded the same way ServQA gives those; on the
        // values themselves (the scale 1–6) 6 is two steps from 4: 13/103 and 91/396.
        const double r2[20] = {3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4};
        const double r3[20] = {2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2};
        Ratings values, numbered;
        for (int i = 0; i < 20; ++i) {
            values.push_back({r2[i], r3[i]});
            numbered.push_back({r2[i] == 6 ? 5 : r2[i], r3[i] == 6 ? 5 : r3[i]});
        }
        near(cohenKappa(values, Weights::None)->kappa, -1.0 / 159);
        near(cohenKappa(numbered, Weights::Linear)->kappa, 0.14590747330960854);
        near(cohenKappa(numbered, Weights::Quadratic)->kappa, 0.25203252032520325);
        near(cohenKappa(values, Weights::Linear)->kappa, 13.0 / 103);
        near(cohenKappa(values, Weights::Quadratic)->kappa, 91.0 / 396);
        // Naming the scale 1–7 changes no κ (the weights' span cancels) but every answer must be on it.
        const auto scale = cohenKappa(values, Weights::Linear, {1, 2, 3, 4, 5, 6, 7});
        QVERIFY(scale);
        QCOMPARE(scale->categories.size(), 7);
        near(scale->kappa, 13.0 / 103);
        const auto off = cohenKappa(values, Weights::Linear, {1, 2, 3, 4, 5});
        QVERIFY(!off);
        QCOMPARE(off.error(), QStringLiteral("Unit 2, rater 1: 6 is not one of the categories 1, 2, 3, 4, 5."));
        const auto three = cohenKappa({{1, 2, 3}}, Weights::None);
        QVERIFY(!three);
        QVERIFY(three.error().startsWith(QStringLiteral("Unit 1 has 3 raters")));
    }

    void gwetOnGwetsExamples()
    {
        // Gwet (2014): four raters, twelve units, missing ratings (the data of Krippendorff 2011);
        // p_a .818, p_e .190, AC1 .775; AC2 linear .859, quadratic .914.
        const QVector<double> oneToFive{1, 2, 3, 4, 5};
        const auto ac1 = gwetAC(krippendorff2011(), Weights::None, oneToFive);
        QVERIFY2(ac1, qPrintable(ac1 ? QString() : ac1.error()));
        QCOMPARE(ac1->units, 12);
        QCOMPARE(ac1->pairable, 11);
        QVERIFY(std::abs(ac1->observed - 9.0 / 11) < 1e-12);
        QCOMPARE(std::round(ac1->expected * 1000) / 1000, 0.190);
        near(ac1->coefficient, 31825.0 / 41041);
        QCOMPARE(std::round(*ac1->coefficient.value * 1000) / 1000, 0.775);
        near(gwetAC(krippendorff2011(), Weights::Linear, oneToFive)->coefficient, 6225.0 / 7249);
        near(gwetAC(krippendorff2011(), Weights::Quadratic, oneToFive)->coefficient, 17685.0 / 19349);
        // Two raters from a table: abstractors AC1 .849, AC2 linear .900, quadratic .940; diagnoses
        // .456, .377, .299.
        const Ratings abstractors = fromTable({{13, 0, 0}, {0, 20, 7}, {0, 4, 56}}, {1, 2, 3});
        near(gwetAC(abstractors, Weights::None)->coefficient, 24803.0 / 29203);
        near(gwetAC(abstractors, Weights::Linear)->coefficient, 3961.0 / 4401);
        near(gwetAC(abstractors, Weights::Quadratic)->coefficient, 8653.0 / 9203);
        const Ratings diagnoses = fromTable({{40, 4, 4, 17}, {6, 25, 2, 13}, {4, 1, 21, 12}, {15, 5, 9, 45}}, {1, 2, 3, 4});
        near(gwetAC(diagnoses, Weights::None)->coefficient, 463.0 / 1015);
        near(gwetAC(diagnoses, Weights::Linear)->coefficient, 661.0 / 1753);
        near(gwetAC(diagnoses, Weights::Quadratic)->coefficient, 272.0 / 911);
        // The scale counts, unused categories too: the same ratings on a 1–7 scale.
        const QVector<double> oneToSeven{1, 2, 3, 4, 5, 6, 7};
        near(gwetAC(krippendorff2011(), Weights::None, oneToSeven)->coefficient, 52561.0 / 66385);
        near(gwetAC(krippendorff2011(), Weights::Linear, oneToSeven)->coefficient, 93469.0 / 102685);
        near(gwetAC(krippendorff2011(), Weights::Quadratic, oneToSeven)->coefficient, 204097.0 / 211585);
    }

    void gwetStaysWhereKappaCollapses()
    {
        // A yes/no item answered yes by both on 18 of 20 interactions, one disagreement each way:
        // 90 % agreement, yet κ = (0.9 − 0.905) / 0.095 = −1/19, while AC1 = (0.9 − 0.095) / 0.905 = 161/181.
        Ratings yesNo(18, {1.0, 1.0});
        yesNo.push_back({1.0, 0.0});
        yesNo.push_back({0.0, 1.0});
        near(cohenKappa(yesNo, Weights::None)->kappa, -1.0 / 19);
        near(gwetAC(yesNo, Weights::None)->coefficient, 161.0 / 181);
        near(percentAgreement(yesNo).share, 0.9);
    }

    void undefinedIsSaidNotNaN()
    {
        // Both raters always said yes: chance agreement is complete, κ undefined.
        const auto allYes = cohenKappa({{1, 1}, {1, 1}}, Weights::None);
        QVERIFY(allYes);
        QVERIFY(!allYes->kappa.value);
        QVERIFY(!allYes->standardError);
        QVERIFY(!allYes->kappa.undefinedBecause.isEmpty());
        // AC1 on a yes/no scale is 1 there; with one category only it is undefined.
        near(gwetAC({{1, 1}, {1, 1}}, Weights::None, {0, 1})->coefficient, 1.0);
        QVERIFY(!gwetAC({{1, 1}, {1, 1}}, Weights::None)->coefficient.value);
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
