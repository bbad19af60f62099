// SERVQUAL gaps on the worked example of docs/gap-model.md: three respondents, missing answers,
// importance weights; Cronbach's alpha on a textbook table; refusals of bad input.

#include "servqual.h"

#include <QTest>

#include <cmath>

using namespace servqa;

namespace {

// Every item of a dimension gets the same answer (nullopt: not answered).
SurveyResponse respondent(const std::array<std::optional<int>, DimensionCount> &e,
                          const std::array<std::optional<int>, DimensionCount> &p)
{
    SurveyResponse r;
    for (int i = 0; i < ServqualItemCount; ++i) {
        const int d = dimensionIndex(servqualItemDimension(i));
        r.expectation[i] = e[d];
        r.perception[i] = p[d];
    }
    return r;
}

// The worked example (docs/gap-model.md).
QVector<SurveyResponse> workedExample()
{
    SurveyResponse r1 = respondent({7, 7, 7, 7, 7}, {6, 5, 6, 7, 4});
    r1.importance = std::array<double, DimensionCount>{10, 30, 20, 20, 20};
    SurveyResponse r2 = respondent({6, 6, 6, 6, 6}, {6, 4, 5, 5, 5});
    r2.perception[4].reset();  // item 5 (reliability): no perception
    r2.expectation[17].reset(); // item 18 (empathy): no expectation
    r2.importance = std::array<double, DimensionCount>{20, 20, 20, 20, 20};
    SurveyResponse r3 = respondent({5, 5, 5, 5, 5}, {std::nullopt, 5, 3, 5, 4}); // no tangibles perception
    return {r1, r2, r3};
}

constexpr double T1 = 12.706204736174707; // Student's t, 97.5 % quantile, 1 degree of freedom
constexpr double T2 = 4.302652729911275;  // 2 degrees of freedom

#define COMPARE_NEAR(actual, expected)                                                                          \
    QVERIFY2(std::abs((actual) - (expected)) < 1e-9,                                                            \
             qPrintable(QStringLiteral("%1 != %2").arg(actual, 0, 'g', 15).arg(expected, 0, 'g', 15)))

} // namespace

class TestServqual : public QObject
{
    Q_OBJECT

private slots:
    void itemsMapToDimensions()
    {
        QCOMPARE(servqualItemDimension(0), Dimension::Tangibles);
        QCOMPARE(servqualItemDimension(3), Dimension::Tangibles);
        QCOMPARE(servqualItemDimension(4), Dimension::Reliability);
        QCOMPARE(servqualItemDimension(8), Dimension::Reliability);
        QCOMPARE(servqualItemDimension(9), Dimension::Responsiveness);
        QCOMPARE(servqualItemDimension(12), Dimension::Responsiveness);
        QCOMPARE(servqualItemDimension(13), Dimension::Assurance);
        QCOMPARE(servqualItemDimension(16), Dimension::Assurance);
        QCOMPARE(servqualItemDimension(17), Dimension::Empathy);
        QCOMPARE(servqualItemDimension(21), Dimension::Empathy);
    }

    void workedExample_gaps()
    {
        const auto result = computeServqual(workedExample(), 1);
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        QCOMPARE(result->respondents, 3);
        auto gap = [&](Dimension d) { return result->dimensions[dimensionIndex(d)].gap; };

        // Tangibles: −1 and 0; the third respondent gave no perception, so is left out.
        QCOMPARE(gap(Dimension::Tangibles).n, 2);
        COMPARE_NEAR(*gap(Dimension::Tangibles).mean, -0.5);
        COMPARE_NEAR(*gap(Dimension::Tangibles).low, -0.5 - T1 * 0.5);
        COMPARE_NEAR(*gap(Dimension::Tangibles).high, -0.5 + T1 * 0.5);
        // Reliability: −2, −2 (items 6–9 only: item 5 is missing, not zero), 0.
        QCOMPARE(gap(Dimension::Reliability).n, 3);
        COMPARE_NEAR(*gap(Dimension::Reliability).mean, -4.0 / 3.0);
        COMPARE_NEAR(*gap(Dimension::Reliability).high, -4.0 / 3.0 + T2 * std::sqrt(4.0 / 3.0 / 3.0));
        COMPARE_NEAR(*gap(Dimension::Responsiveness).mean, -4.0 / 3.0); // −1, −1, −2
        COMPARE_NEAR(*gap(Dimension::Assurance).mean, -1.0 / 3.0);      // 0, −1, 0
        COMPARE_NEAR(*gap(Dimension::Empathy).mean, -5.0 / 3.0);        // −3, −1, −1

        // Means of E and P per dimension; E of empathy for the second respondent from 4 items.
        COMPARE_NEAR(*result->dimensions[dimensionIndex(Dimension::Empathy)].expectation.mean, 6.0);
        COMPARE_NEAR(*result->dimensions[dimensionIndex(Dimension::Tangibles)].perception.mean, 6.0);
        QCOMPARE(result->dimensions[dimensionIndex(Dimension::Tangibles)].perception.n, 2);

        // Item gaps: item 1 (−1, 0), item 5 (−2, 0: the second respondent is missing), item 18.
        COMPARE_NEAR(*result->itemGaps[0].mean, -0.5);
        QCOMPARE(result->itemGaps[4].n, 2);
        COMPARE_NEAR(*result->itemGaps[4].mean, -1.0);
        COMPARE_NEAR(*result->itemGaps[17].mean, -2.0);

        // Unweighted: the mean of the five dimension gaps; interval from the respondents with
        // all five (−1.4 and −1.0).
        const double unweighted = (-0.5 - 4.0 / 3 - 4.0 / 3 - 1.0 / 3 - 5.0 / 3) / 5;
        COMPARE_NEAR(*result->unweighted.mean, unweighted);
        COMPARE_NEAR(unweighted, -1.0333333333333334);
        QCOMPARE(result->unweighted.n, 2);
        COMPARE_NEAR(*result->unweighted.high - *result->unweighted.low, 2 * T1 * std::sqrt(0.08 / 2));

        // Weighted: 0.1·(−1) + 0.3·(−2) + 0.2·(−1) + 0.2·0 + 0.2·(−3) = −1.5 and −1.0; the
        // third respondent gave no points.
        QCOMPARE(result->weighted.n, 2);
        COMPARE_NEAR(*result->weighted.mean, -1.25);
    }

    // A period with too few respondents is reported as such, not as a number.
    void tooFewRespondents()
    {
        const auto result = computeServqual(workedExample(), 3);
        QVERIFY(result);
        const Estimate &tangibles = result->dimensions[dimensionIndex(Dimension::Tangibles)].gap;
        QCOMPARE(tangibles.n, 2);
        QVERIFY(tangibles.tooFew);
        QVERIFY(!tangibles.mean);
        QVERIFY(!result->unweighted.mean); // one dimension has no number, so no overall score
        QVERIFY(result->dimensions[dimensionIndex(Dimension::Reliability)].gap.mean);
        QVERIFY(!result->weighted.mean);
        QVERIFY(result->weighted.tooFew);
    }

    void cronbachAlphaOnATextbookTable()
    {
        // Item variances 5/3, 11/12, 19/12; total variance 35/3: alpha = 3/2 · (1 − 12.5/35) = 27/28.
        COMPARE_NEAR(*cronbachAlpha({{1, 2, 2}, {2, 2, 3}, {3, 3, 3}, {4, 4, 5}}), 27.0 / 28.0);
        QVERIFY(!cronbachAlpha({{1, 2, 2}}));            // one respondent
        QVERIFY(!cronbachAlpha({{1}, {2}, {3}}));        // one item
        QVERIFY(!cronbachAlpha({{3, 3}, {3, 3}, {3, 3}})); // no variance
        // Per dimension, over the respondents who answered every item of it.
        QVector<SurveyResponse> answers;
        const int table[4][5] = {{1, 2, 2, 0, 0}, {2, 2, 3, 0, 0}, {3, 3, 3, 0, 0}, {4, 4, 5, 0, 0}};
        for (const auto &row : table) {
            SurveyResponse r = respondent({4, 4, 4, 4, 4}, {4, 4, 4, 4, 4});
            for (int i = 0; i < 3; ++i)
                r.perception[9 + i] = row[i] + 2; // responsiveness items 10–12 (a shift keeps alpha)
            r.perception[12] = row[2] + 2;       // item 13 repeats item 12
            answers << r;
        }
        SurveyResponse incomplete = answers.first();
        incomplete.perception[10].reset(); // left out of alpha, still in the gaps
        answers << incomplete;
        const auto result = computeServqual(answers, 1);
        QVERIFY(result);
        const auto alpha = result->dimensions[dimensionIndex(Dimension::Responsiveness)].alphaPerception;
        QVERIFY(alpha);
        // Items 10–13: (1,2,2,2), (2,2,3,3), (3,3,3,3), (4,4,5,5) shifted by 2; item variances
        // sum to 23/4, the total's variance is 259/12: alpha = 4/3 · (1 − 69/259) = 760/777.
        COMPARE_NEAR(*alpha, 760.0 / 777.0);
        QCOMPARE(result->dimensions[dimensionIndex(Dimension::Responsiveness)].gap.n, 5);
    }

    // Gap 1: managers' estimate of customers' expectations minus the customers' own, with
    // Welch's interval. Managers: E 5 and 6 everywhere, but 5 and 4 for tangibles.
    void knowledgeGapAgainstTheWorkedExample()
    {
        SurveyResponse m1 = respondent({5, 5, 5, 5, 5}, {});
        SurveyResponse m2 = respondent({4, 6, 6, 6, 6}, {});
        const auto gaps = knowledgeGap({m1, m2}, workedExample(), 1);
        // Tangibles: managers 4.5, customers (7 + 6 + 5) / 3 = 6.
        const Estimate &t = gaps[dimensionIndex(Dimension::Tangibles)];
        COMPARE_NEAR(*t.mean, -1.5);
        QCOMPARE(t.n, 3);
        // Variances 0.5 (n 2) and 1 (n 3): se² = 0.25 + 1/3, Welch df = 2.88235…, t = 3.25720…
        COMPARE_NEAR(*t.high - *t.mean, 2.4877337982060426);
        // Empathy: managers 5.5; customers 7, 6 (R2 from items 19–22), 5.
        COMPARE_NEAR(*gaps[dimensionIndex(Dimension::Empathy)].mean, -0.5);
        // No managers, or too few customers: no number.
        QVERIFY(!knowledgeGap({}, workedExample(), 1)[0].mean);
        QVERIFY(knowledgeGap({m1, m2}, workedExample(), 4)[0].tooFew);
        // One manager: a number without an interval.
        const Estimate one = knowledgeGap({m1}, workedExample(), 1)[0];
        COMPARE_NEAR(*one.mean, -1.0);
        QVERIFY(!one.low);
    }

    void badInputIsRefused()
    {
        QVector<SurveyResponse> answers = workedExample();
        answers[1].perception[6] = 8;
        auto result = computeServqual(answers, 1);
        QVERIFY(!result);
        QCOMPARE(result.error(), QStringLiteral("respondent 2, item 7: 8 is not on the 1–7 scale"));
        answers = workedExample();
        answers[0].importance = std::array<double, DimensionCount>{10, 30, 20, 20, 10};
        result = computeServqual(answers, 1);
        QVERIFY(!result);
        QCOMPARE(result.error(), QStringLiteral("respondent 1: the importance points add up to 90, not 100"));
    }
};

QTEST_GUILESS_MAIN(TestServqual)
#include "tst_servqual.moc"
