// Control charts (core/spc.h) against the textbooks: the factors of Montgomery's Appendix VI, the
// worked examples of Montgomery's "Introduction to Statistical Quality Control" and the
// NIST/SEMATECH e-Handbook (published digits, and the full-precision values of R's qcc 2.7 where
// it prints them), and each run rule on a series made to meet it — and one point short of it.

#include "spc.h"

#include <QtTest>

#include <cmath>

using namespace servqa;
using namespace servqa::spc;

namespace {

QVector<Subgroup> counts(const QVector<double> &c, double size)
{
    QVector<Subgroup> out;
    for (double x : c)
        out << Subgroup{x, size, {}};
    return out;
}

QVector<Subgroup> individuals(const QVector<double> &v)
{
    QVector<Subgroup> out;
    for (double x : v)
        out << Subgroup{0, 1, {x}};
    return out;
}

// Montgomery, Example 7.1 (orange juice cans, 30 samples of 50; 6th ed. Table 7.1).
const QVector<double> orangeJuice{12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7, 13, 9, 6};
// The 24 samples after the machine was adjusted (Montgomery, Table 7.2).
const QVector<double> orangeJuiceAdjusted{9, 6, 12, 5, 6, 4, 6, 3, 7, 6, 2, 4, 3, 6, 5, 4, 8, 5, 6, 7, 5, 6, 3, 5};

// Montgomery, Example 7.3 (nonconformities in 26 samples of 100 printed circuit boards).
const QVector<double> circuitBoards{21, 24, 16, 12, 15, 5, 28, 20, 31, 25, 20, 24, 16, 19, 10, 17, 13, 22, 18, 39, 30, 24, 16, 19, 17, 15};

// Montgomery, Example 6.1 (inside diameter of piston rings, mm): 25 samples of 5, then 15 more.
const QVector<QVector<double>> pistonRings{
    {74.030, 74.002, 74.019, 73.992, 74.008}, {73.995, 73.992, 74.001, 74.011, 74.004}, {73.988, 74.024, 74.021, 74.005, 74.002},
    {74.002, 73.996, 73.993, 74.015, 74.009}, {73.992, 74.007, 74.015, 73.989, 74.014}, {74.009, 73.994, 73.997, 73.985, 73.993},
    {73.995, 74.006, 73.994, 74.000, 74.005}, {73.985, 74.003, 73.993, 74.015, 73.988}, {74.008, 73.995, 74.009, 74.005, 74.004},
    {73.998, 74.000, 73.990, 74.007, 73.995}, {73.994, 73.998, 73.994, 73.995, 73.990}, {74.004, 74.000, 74.007, 74.000, 73.996},
    {73.983, 74.002, 73.998, 73.997, 74.012}, {74.006, 73.967, 73.994, 74.000, 73.984}, {74.012, 74.014, 73.998, 73.999, 74.007},
    {74.000, 73.984, 74.005, 73.998, 73.996}, {73.994, 74.012, 73.986, 74.005, 74.007}, {74.006, 74.010, 74.018, 74.003, 74.000},
    {73.984, 74.002, 74.003, 74.005, 73.997}, {74.000, 74.010, 74.013, 74.020, 74.003}, {73.988, 74.001, 74.009, 74.005, 73.996},
    {74.004, 73.999, 73.990, 74.006, 74.009}, {74.010, 73.989, 73.990, 74.009, 74.014}, {74.015, 74.008, 73.993, 74.000, 74.010},
    {73.982, 73.984, 73.995, 74.017, 74.013},
    {74.012, 74.015, 74.030, 73.986, 74.000}, {73.995, 74.010, 73.990, 74.015, 74.001}, {73.987, 73.999, 73.985, 74.000, 73.990},
    {74.008, 74.010, 74.003, 73.991, 74.006}, {74.003, 74.000, 74.001, 73.986, 73.997}, {73.994, 74.003, 74.015, 74.020, 74.004},
    {74.008, 74.002, 74.018, 73.995, 74.005}, {74.001, 74.004, 73.990, 73.996, 73.998}, {74.015, 74.000, 74.016, 74.025, 74.000},
    {74.030, 74.005, 74.000, 74.016, 74.012}, {74.001, 73.990, 73.995, 74.010, 74.024}, {74.015, 74.020, 74.024, 74.005, 74.019},
    {74.035, 74.010, 74.012, 74.015, 74.026}, {74.017, 74.013, 74.036, 74.025, 74.026}, {74.010, 74.005, 74.029, 74.000, 74.020},
};

QVector<Subgroup> subgroupsOf(const QVector<QVector<double>> &rows)
{
    QVector<Subgroup> out;
    for (const auto &r : rows)
        out << Subgroup{0, 1, r};
    return out;
}

// The subgroups (1-based, as the user reads them) of the signals of one rule on one chart.
QVector<QVector<int>> signalled(const Chart &chart, int rule, bool onSpread = false)
{
    QVector<QVector<int>> out;
    for (const Signal &s : chart.found) {
        if (s.rule != rule || s.onSpread != onSpread)
            continue;
        QVector<int> oneBased;
        for (int i : s.subgroups)
            oneBased << i + 1;
        out << oneBased;
    }
    return out;
}

// A series with centre 0 and σ 1 at every point, for the rules.
Series unitSeries(const QVector<double> &values)
{
    Series s;
    for (int i = 0; i < values.size(); ++i) {
        Point p;
        p.subgroup = i;
        p.value = values[i];
        p.sigma = 1;
        p.lower = -3;
        p.upper = 3;
        s.points << p;
    }
    return s;
}

QVector<QVector<int>> ruleOn(int rule, const QVector<double> &values)
{
    QVector<QVector<int>> out;
    for (const Signal &s : signalsOf(unitSeries(values), ruleBit(rule))) {
        QVector<int> oneBased;
        for (int i : s.subgroups)
            oneBased << i + 1;
        out << oneBased;
    }
    return out;
}

QVector<int> span(int first, int last)
{
    QVector<int> v;
    for (int i = first; i <= last; ++i)
        v << i;
    return v;
}

} // namespace

class TestSpc : public QObject
{
    Q_OBJECT

private slots:
    // Montgomery, Appendix VI (7th ed.), to the table's digits. The derived factors of the table
    // come from rounded d2 and d3 (its D4 for n = 5 is 2.114 where 1 + 3·0.864082/2.325929 =
    // 2.1145), so those are held to one unit in the last digit.
    void factorsAreTheTextbooks_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QVector<double>>("table"); // d2 d3 c4 A2 A3 B3 B4 D3 D4
        QTest::newRow("2") << 2 << QVector<double>{1.128, 0.853, 0.7979, 1.880, 2.659, 0, 3.267, 0, 3.267};
        QTest::newRow("5") << 5 << QVector<double>{2.326, 0.864, 0.9400, 0.577, 1.427, 0, 2.089, 0, 2.114};
        QTest::newRow("10") << 10 << QVector<double>{3.078, 0.797, 0.9727, 0.308, 0.975, 0.284, 1.716, 0.223, 1.777};
        QTest::newRow("15") << 15 << QVector<double>{3.472, 0.756, 0.9823, 0.223, 0.789, 0.428, 1.572, 0.347, 1.653};
        QTest::newRow("20") << 20 << QVector<double>{3.735, 0.729, 0.9869, 0.180, 0.680, 0.510, 1.490, 0.415, 1.585};
        QTest::newRow("25") << 25 << QVector<double>{3.931, 0.708, 0.9896, 0.153, 0.606, 0.565, 1.435, 0.459, 1.541};
    }
    void factorsAreTheTextbooks()
    {
        QFETCH(int, n);
        QFETCH(QVector<double>, table);
        const Constants k = constantsFor(n);
        const double computed[] = {k.d2, k.d3, k.c4, k.A2, k.A3, k.B3, k.B4, k.D3, k.D4};
        const char *names[] = {"d2", "d3", "c4", "A2", "A3", "B3", "B4", "D3", "D4"};
        for (int i = 0; i < 9; ++i) {
            const double tolerance = i == 2 ? 0.00005 : i < 2 ? 0.0005 : 0.0011;
            QVERIFY2(std::abs(computed[i] - table[i]) <= tolerance,
                     qPrintable(QStringLiteral("%1(%2) = %3, the table %4").arg(QLatin1String(names[i])).arg(n).arg(computed[i], 0, 'f', 6).arg(table[i])));
        }
    }

    // For pairs |X₁ − X₂| is half-normal with σ√2: d2 = 2/√π, d3 = √(2 − 4/π), c4 = √(2/π). The
    // integration agrees to 1e-9 where a closed form exists.
    void factorsOfPairsAreExact()
    {
        const Constants k = constantsFor(2);
        QVERIFY(std::abs(k.d2 - 2.0 / std::sqrt(M_PI)) < 1e-9);
        QVERIFY(std::abs(k.d3 - std::sqrt(2.0 - 4.0 / M_PI)) < 1e-9);
        QVERIFY(std::abs(k.c4 - std::sqrt(2.0 / M_PI)) < 1e-12);
    }

    // Montgomery Example 7.1: p̄ = 347/1500 = 0.2313, UCL 0.4102, LCL 0.0524; samples 15 and 23 out.
    void pChartOfTheOrangeJuiceCans()
    {
        const auto chart = compute(ChartKind::P, counts(orangeJuice, 50));
        QVERIFY2(chart.ok(), qPrintable(chart.ok() ? QString() : chart.error()));
        QCOMPARE(chart->centre, 347.0 / 1500);
        const Point &p = chart->primary.points[0];
        QVERIFY(std::abs(p.upper - 0.4102391) < 5e-8); // qcc 2.7
        QVERIFY(std::abs(p.lower - 0.05242755) < 5e-9);
        QCOMPARE(signalled(*chart, 1), (QVector<QVector<int>>{{15}, {23}}));
    }

    // Limits frozen at the first 30 samples (phase I) for the 24 after the adjustment (phase II):
    // every later point has the same limits, and the run below the centre is found (rule 4).
    void frozenLimitsFindTheImprovement()
    {
        const auto chart = compute(ChartKind::P, counts(orangeJuice + orangeJuiceAdjusted, 50), Baseline{0, 29}, ruleBit(1) | ruleBit(4));
        QVERIFY(chart.ok());
        QCOMPARE(chart->centre, 347.0 / 1500);
        QCOMPARE(chart->primary.points[53].upper, chart->primary.points[0].upper);
        QCOMPARE(chart->primary.points[53].lower, chart->primary.points[0].lower);
        // Sample 33 (12 of 50, 0.24) is the last above p̄ = 0.2313; from 34 on every point is below:
        // one signal of 21 points.
        QCOMPARE(signalled(*chart, 4), (QVector<QVector<int>>{span(34, 54)}));
    }

    void npChartOfTheOrangeJuiceCans()
    {
        const auto chart = compute(ChartKind::NP, counts(orangeJuice, 50));
        QVERIFY(chart.ok());
        const Point &p = chart->primary.points[0];
        QVERIFY(std::abs(p.centre - 11.5667) < 5e-5); // np̄ = 50 · 0.2313
        QVERIFY(std::abs(p.upper - 20.51) < 0.005);   // Montgomery: 20.51 and 2.62
        QVERIFY(std::abs(p.lower - 2.62) < 0.005);
        QCOMPARE(signalled(*chart, 1), (QVector<QVector<int>>{{15}, {23}}));
    }

    // Montgomery Example 7.3: c̄ = 516/26 = 19.85, UCL 33.22, LCL 6.48; samples 6 and 20 out.
    void cChartOfTheCircuitBoards()
    {
        const auto chart = compute(ChartKind::C, counts(circuitBoards, 1));
        QVERIFY(chart.ok());
        QCOMPARE(chart->centre, 516.0 / 26);
        QVERIFY(std::abs(chart->primary.points[0].upper - 33.21086) < 5e-6); // qcc 2.7
        QVERIFY(std::abs(chart->primary.points[0].lower - 6.481447) < 5e-7);
        QCOMPARE(signalled(*chart, 1), (QVector<QVector<int>>{{6}, {20}}));
    }

    // NIST/SEMATECH e-Handbook 6.3.3.1 (defects on 25 wafers): c̄ = 16, limits 28 and 4. A point on
    // the limit (wafer 3: 28) is not beyond it; wafer 24 (31) is.
    void cChartOfTheWafers()
    {
        const auto chart = compute(ChartKind::C, counts({16, 14, 28, 16, 12, 20, 10, 12, 10, 17, 19, 17, 14, 16, 15, 13, 14, 16, 11, 20, 11, 19, 16, 31, 13}, 1),
                                   {}, ruleBit(1));
        QVERIFY(chart.ok());
        QCOMPARE(chart->centre, 16.0);
        QCOMPARE(chart->primary.points[0].upper, 28.0);
        QCOMPARE(chart->primary.points[0].lower, 4.0);
        QCOMPARE(signalled(*chart, 1), (QVector<QVector<int>>{{24}}));
    }

    // Montgomery Example 7.6 (dyed cloth, inspection units of 50 m²): ū = 153/107.5 = 1.42; a limit
    // per roll: the book's 2.55 and 0.29 for the rolls of 10 units are from ū rounded to 1.42; with
    // ū unrounded, ū ± 3√(ū/10) = 2.55504 and 0.29147, and for the roll of 8 units 2.68863 and 0.15789.
    void uChartWithALimitPerPoint()
    {
        QVector<Subgroup> rolls;
        const double defects[] = {14, 12, 20, 11, 7, 10, 21, 16, 19, 23};
        const double units[] = {10.0, 8.0, 13.0, 10.0, 9.5, 10.0, 12.0, 10.5, 12.0, 12.5};
        for (int i = 0; i < 10; ++i)
            rolls << Subgroup{defects[i], units[i], {}};
        const auto chart = compute(ChartKind::U, rolls);
        QVERIFY(chart.ok());
        QCOMPARE(chart->centre, 153.0 / 107.5);
        QVERIFY(std::abs(chart->primary.points[0].upper - 2.55504) < 5e-6);
        QVERIFY(std::abs(chart->primary.points[0].lower - 0.29147) < 5e-6);
        QVERIFY(std::abs(chart->primary.points[1].upper - 2.68863) < 5e-6);
        QVERIFY(std::abs(chart->primary.points[1].lower - 0.15789) < 5e-6);
        QVERIFY(chart->found.isEmpty());
    }

    // Montgomery Example 6.1: x̿ = 74.001, R̄ = 0.023 (0.02276), X̄ limits 74.014 and 73.988, R UCL
    // 0.048; in control over the 25, and samples 37, 38 and 39 beyond the frozen limits after.
    void xbarRChartOfThePistonRings()
    {
        const auto chart = compute(ChartKind::XbarR, subgroupsOf(pistonRings), Baseline{0, 24}, ruleBit(1));
        QVERIFY(chart.ok());
        QVERIFY(std::abs(chart->centre - 74.001176) < 1e-9);
        QVERIFY(std::abs(chart->spread->points[0].centre - 0.02276) < 1e-9);
        QVERIFY(std::abs(chart->primary.points[0].upper - 74.0143) < 5e-5);
        QVERIFY(std::abs(chart->primary.points[0].lower - 73.98805) < 5e-6);
        QVERIFY(std::abs(chart->spread->points[0].upper - 0.04812) < 1e-5);
        QCOMPARE(chart->spread->points[0].lower, 0.0);
        QCOMPARE(signalled(*chart, 1), (QVector<QVector<int>>{{37}, {38}, {39}}));
        QVERIFY(signalled(*chart, 1, true).isEmpty());
    }

    // Montgomery Example 6.3: the same data with s̄ = 0.00924 (Python's statistics.stdev: 0.0092400366),
    // X̄ limits x̿ ± A3 s̄ = 74.014 and 73.988, S UCL B4 s̄ = 0.0193.
    void xbarSChartOfThePistonRings()
    {
        const auto chart = compute(ChartKind::XbarS, subgroupsOf(pistonRings), Baseline{0, 24}, ruleBit(1));
        QVERIFY(chart.ok());
        QVERIFY(std::abs(chart->spread->points[0].centre - 0.0092400366) < 1e-10);
        QVERIFY(std::abs(chart->primary.points[0].upper - (74.001176 + 1.427 * 0.0092400366)) < 1e-5);
        QVERIFY(std::abs(chart->primary.points[0].lower - (74.001176 - 1.427 * 0.0092400366)) < 1e-5);
        QVERIFY(std::abs(chart->spread->points[0].upper - 2.089 * 0.0092400366) < 1e-5);
        QCOMPARE(signalled(*chart, 1), (QVector<QVector<int>>{{37}, {38}, {39}}));
    }

    // NIST/SEMATECH e-Handbook 6.3.2.2 (flow rate): x̄ = 50.81, MR̄ = 1.8778, I limits 55.80 and
    // 45.82, MR UCL 6.13 (the handbook's 55.8041 uses d2 = 1.128; exactly 2/√π gives 55.8024).
    void individualsChartOfTheFlowRate()
    {
        const auto chart = compute(ChartKind::IMR, individuals({49.6, 47.6, 49.9, 51.3, 47.8, 51.2, 52.6, 52.4, 53.6, 52.1}));
        QVERIFY(chart.ok());
        QVERIFY(std::abs(chart->centre - 50.81) < 1e-12);
        QCOMPARE(chart->spread->points.size(), 9);
        QCOMPARE(chart->spread->points[0].subgroup, 1);
        QVERIFY(std::abs(chart->spread->points[0].centre - 16.9 / 9) < 1e-12);
        QVERIFY(std::abs(chart->primary.points[0].upper - (50.81 + 3 * (16.9 / 9) * std::sqrt(M_PI) / 2)) < 1e-9);
        QCOMPARE(std::round(chart->primary.points[0].upper * 100) / 100, 55.80);
        QCOMPARE(std::round(chart->primary.points[0].lower * 100) / 100, 45.82);
        QCOMPARE(std::round(chart->spread->points[0].upper * 100) / 100, 6.13);
        QVERIFY(chart->found.isEmpty());
    }

    // Each rule on a series made to meet it, and the same series one point short.
    void eachRuleAndOnePointShort_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QVector<double>>("meets");
        QTest::addColumn<QVector<int>>("points");
        QTest::addColumn<QVector<double>>("shortOfIt");
        QTest::newRow("1 beyond 3σ") << 1 << QVector<double>{0, 3.2, 0} << QVector<int>{2} << QVector<double>{0, 3.0, 0};
        QTest::newRow("2: 2 of 3 beyond 2σ") << 2 << QVector<double>{2.5, 0, 2.1} << QVector<int>{1, 3} << QVector<double>{2.5, 0, -2.1};
        QTest::newRow("3: 4 of 5 beyond 1σ") << 3 << QVector<double>{-1.5, -1.2, 0, -1.1, -2.0} << QVector<int>{1, 2, 4, 5}
                                             << QVector<double>{-1.5, -1.2, 0, -1.1, -0.9};
        QTest::newRow("4: 8 on one side") << 4 << QVector<double>(8, 0.5) << span(1, 8) << QVector<double>(7, 0.5);
        QTest::newRow("5: 6 rising") << 5 << QVector<double>{-1, -0.8, -0.1, 0.2, 0.3, 0.9} << span(1, 6) << QVector<double>{-1, -0.8, -0.1, 0.2, 0.3, 0.3};
        QVector<double> alternating, alternatingShort;
        for (int i = 0; i < 14; ++i)
            alternating << (i % 2 ? 0.4 : -0.4);
        alternatingShort = alternating;
        alternatingShort[13] = -0.4; // the last step does not turn
        QTest::newRow("6: 14 alternating") << 6 << alternating << span(1, 14) << alternatingShort;
        QVector<double> hugging(15, 0.3), huggingShort(15, 0.3);
        huggingShort[7] = 1.2;
        QTest::newRow("7: 15 within 1σ") << 7 << hugging << span(1, 15) << huggingShort;
        QVector<double> mixture, mixtureShort;
        for (int i = 0; i < 8; ++i)
            mixture << (i % 2 ? 1.5 : -1.5);
        mixtureShort = mixture;
        mixtureShort[4] = 0.5;
        QTest::newRow("8: 8 beyond 1σ either side") << 8 << mixture << span(1, 8) << mixtureShort;
    }
    void eachRuleAndOnePointShort()
    {
        QFETCH(int, rule);
        QFETCH(QVector<double>, meets);
        QFETCH(QVector<int>, points);
        QFETCH(QVector<double>, shortOfIt);
        QCOMPARE(ruleOn(rule, meets), (QVector<QVector<int>>{points}));
        QVERIFY(ruleOn(rule, shortOfIt).isEmpty());
        // Switched off, the rule says nothing.
        QVERIFY(signalsOf(unitSeries(meets), allRules & ~ruleBit(rule)).size() < signalsOf(unitSeries(meets), allRules).size());
    }

    // A run that goes on is one signal, not one per window; two runs apart are two.
    void aLongRunIsOneSignal()
    {
        QVector<double> v(12, 0.5);
        v << -0.5 << 0.5;
        v += QVector<double>(8, -0.5);
        QCOMPARE(ruleOn(4, v), (QVector<QVector<int>>{span(1, 12), span(15, 22)}));
    }

    void badDataIsNamed()
    {
        const auto tooMany = compute(ChartKind::P, {{3, 50, {}}, {51, 50, {}}, {2, 50, {}}});
        QVERIFY(!tooMany.ok());
        QCOMPARE(tooMany.error(), QStringLiteral("Subgroup 2: more nonconforming units than units inspected."));
        const auto single = compute(ChartKind::XbarR, {{0, 1, {1, 2}}, {0, 1, {3}}});
        QCOMPARE(single.error(), QStringLiteral("Subgroup 2: an X̄–R chart needs 2 to 25 measurements per subgroup (X̄–S takes more)."));
        const auto shortBaseline = compute(ChartKind::C, counts({1, 2, 3}, 1), Baseline{2, 2});
        QCOMPARE(shortBaseline.error(), QStringLiteral("The baseline must hold at least 2 of the 3 subgroups (it runs from 3 to 3)."));
    }
};

QTEST_APPLESS_MAIN(TestSpc)
#include "tst_spc.moc"
