// The five gaps on the fixture of fivegapsfixture.h; every expected number is worked out in
// docs/gap-model.md ("Five gaps: worked example").

#include "fivegaps.h"
#include "fivegapsfixture.h"

#include <QSqlQuery>
#include <QtTest>

using namespace servqa;
using namespace servqa::test;

namespace {
constexpr double Eps = 1e-3;

bool near(const std::optional<double> &v, double expected)
{
    return v && std::abs(*v - expected) < Eps;
}

const StandardGaps &standardOf(const FiveGaps &g, const QString &code)
{
    for (const StandardGaps &s : g.standards) {
        if (s.standard.code == code)
            return s;
    }
    qFatal("no standard %s", qPrintable(code));
}

const PromiseGaps &promiseOf(const FiveGaps &g, const QString &code)
{
    for (const PromiseGaps &p : g.promises) {
        if (p.promise.code == code)
            return p;
    }
    qFatal("no promise %s", qPrintable(code));
}
} // namespace

class TestFiveGaps : public QObject
{
    Q_OBJECT

private slots:
    void registerKeepsStandardsAndLinks()
    {
        FiveGapsFixture fx;
        StandardsRepository repo(*fx.ws.db);
        const auto standards = repo.standards();
        QVERIFY2(standards, qPrintable(standards.ok() ? QString() : standards.error()));
        QCOMPARE(standards->size(), 3);
        const ServiceStandard &st1 = standards->at(0);
        QCOMPARE(st1.code, QStringLiteral("ST-1"));
        QCOMPARE(st1.dimension, Dimension::Reliability);
        QCOMPARE(st1.level, 6);
        QCOMPARE(st1.complianceTarget, 90.0);
        QCOMPARE(st1.surveyItems, (QVector<int>{4, 5}));
        QCOMPARE(st1.formItems, (QVector<FormItemRef>{{fx.scorecard.formId, QStringLiteral("r1")}}));

        // Editing replaces the links as a whole.
        ServiceStandard edited = st1;
        edited.surveyItems = {6};
        edited.formItems = {{fx.scorecard.formId, QStringLiteral("e1")}};
        QVERIFY(repo.saveStandard(edited));
        const auto again = repo.standard(fx.st1);
        QVERIFY(again);
        QCOMPARE(again->surveyItems, (QVector<int>{6}));
        QCOMPARE(again->formItems, (QVector<FormItemRef>{{fx.scorecard.formId, QStringLiteral("e1")}}));

        const auto promises = repo.promises();
        QVERIFY(promises);
        QCOMPARE(promises->size(), 3);
        QCOMPARE(promises->at(0).thresholdSeconds, std::optional<int>(20));
        QCOMPARE(promises->at(0).channel, std::optional<QString>(QStringLiteral("call")));
        QCOMPARE(promises->at(2).standardId, std::optional<qint64>(fx.st1));
    }

    void registerRefusesBadEntries()
    {
        FiveGapsFixture fx;
        StandardsRepository repo(*fx.ws.db);
        ServiceStandard s;
        s.code = QStringLiteral("ST-9");
        s.title = QStringLiteral("x");
        s.level = 8;
        auto saved = repo.saveStandard(s);
        QVERIFY(!saved);
        QCOMPARE(saved.error(), QStringLiteral("Standard ST-9: the level must be 1–7, not 8."));
        s.level = 5;
        s.code = QStringLiteral("ST-1");
        saved = repo.saveStandard(s);
        QVERIFY(!saved);
        QCOMPARE(saved.error(), QStringLiteral("Standard ST-1: another standard has this code."));

        ExternalPromise p;
        p.code = QStringLiteral("P-9");
        p.text = QStringLiteral("Reply fast");
        p.measure = PromiseMeasure::FirstResponse;
        auto promise = repo.savePromise(p);
        QVERIFY(!promise);
        QCOMPARE(promise.error(), QStringLiteral("Promise P-9: a first-response promise needs the time promised."));

        // A standard that checks a promise stays until the promise goes.
        const Status removed = repo.removeStandard(fx.st1);
        QVERIFY(!removed);
        QCOMPARE(removed.error(), QStringLiteral("The standard checks promise P-3: change or remove the promise first."));
        QVERIFY(repo.removePromise(fx.p3));
        QVERIFY(repo.removeStandard(fx.st1));
        QSqlQuery q(fx.ws.db->connection());
        QVERIFY(q.exec("SELECT COUNT(*) FROM standard_form_items WHERE standard_id = " + QString::number(fx.st1)) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void fiveGapsOfMarch()
    {
        FiveGapsFixture fx;
        const auto result = computeFiveGaps(*fx.ws.db, FiveGapsFixture::march(), 3);
        QVERIFY2(result, qPrintable(result.ok() ? QString() : result.error()));
        const FiveGaps &g = *result;
        QCOMPARE(g.respondents, 3);

        // Gap 1: managers' E − customers' E.
        QVERIFY(near(g.at(GapKind::Knowledge, Dimension::Reliability).mean, 5.0 - 6.0));
        QVERIFY(near(g.at(GapKind::Knowledge, Dimension::Tangibles).mean, 6.0 - 19.0 / 3));

        // Gap 2: level − E, per respondent over the dimension's standards.
        const StandardGaps &st1 = standardOf(g, "ST-1");
        QVERIFY(near(st1.expectation.mean, 18.5 / 3));
        QVERIFY(near(st1.standardsGap.mean, -0.5 / 3));
        QCOMPARE(st1.standardsGap.n, 3);
        const StandardGaps &st3 = standardOf(g, "ST-3");
        QCOMPARE(st3.standardsGap.n, 2);
        QVERIFY(st3.standardsGap.tooFew);
        QVERIFY(!st3.standardsGap.mean);
        QVERIFY(near(g.at(GapKind::Standards, Dimension::Reliability).mean, -0.25));
        QCOMPARE(g.at(GapKind::Standards, Dimension::Reliability).n, 3);
        QVERIFY(near(g.at(GapKind::Standards, Dimension::Tangibles).mean, 2.0 / 3));
        QCOMPARE(g.at(GapKind::Standards, Dimension::Empathy).n, 0); // no standard
        QVERIFY(!g.at(GapKind::Standards, Dimension::Empathy).mean);

        // Gap 3: compliance − target, percentage points.
        QVERIFY(near(st1.compliance.mean, 60));
        QCOMPARE(st1.compliance.n, 5);
        QVERIFY(near(st1.deliveryGap.mean, -30));
        QVERIFY(near(st1.deliveryGap.low, -30 - 2.776445 * std::sqrt(3000.0 / 5)));
        QVERIFY(near(st1.deliveryGap.high, -30 + 2.776445 * std::sqrt(3000.0 / 5)));
        const StandardGaps &st2 = standardOf(g, "ST-2");
        QCOMPARE(st2.compliance.n, 1);
        QVERIFY(st2.deliveryGap.tooFew);
        QVERIFY(near(g.at(GapKind::Delivery, Dimension::Reliability).mean, -30));
        QCOMPARE(g.at(GapKind::Delivery, Dimension::Reliability).n, 5);
        QVERIFY(g.at(GapKind::Delivery, Dimension::Tangibles).tooFew);

        // Gap 4: share kept − share promised.
        QVERIFY(near(promiseOf(g, "P-1").kept.mean, 80));
        QVERIFY(near(promiseOf(g, "P-1").communicationGap.mean, -20));
        QVERIFY(near(promiseOf(g, "P-2").communicationGap.mean, -10));
        QVERIFY(near(promiseOf(g, "P-3").communicationGap.mean, -40));
        QVERIFY(near(g.at(GapKind::Communication, Dimension::Reliability).mean, -25));
        QCOMPARE(g.at(GapKind::Communication, Dimension::Reliability).n, 10);
        QVERIFY(near(g.at(GapKind::Communication, Dimension::Responsiveness).mean, -20));
        QCOMPARE(g.at(GapKind::Communication, Dimension::Responsiveness).n, 5);

        // Gap 5: P − E.
        const Estimate &customer = g.at(GapKind::Customer, Dimension::Reliability);
        QVERIFY(near(customer.mean, -1));
        QVERIFY(near(customer.low, -1 - 4.302653 / std::sqrt(3.0)));
        QCOMPARE(g.at(GapKind::Customer, Dimension::Tangibles).n, 0); // no perception of item 1
    }

    void oneStoreLeavesTheOtherOut()
    {
        FiveGapsFixture fx;
        SurveyFilter f = FiveGapsFixture::march();
        f.region.reset();
        f.siteId = fx.east2;
        const auto g = computeFiveGaps(*fx.ws.db, f, 1);
        QVERIFY(g);
        QCOMPARE(g->respondents, 0);
        // S2: r1 yes on 5 March, no on 6 March; two calls answered in 10 s, both resolved.
        QVERIFY(near(standardOf(*g, "ST-1").compliance.mean, 50));
        QVERIFY(near(promiseOf(*g, "P-1").kept.mean, 100));
        QVERIFY(near(promiseOf(*g, "P-2").communicationGap.mean, 10));
        QVERIFY(!g->at(GapKind::Standards, Dimension::Reliability).mean); // no customer here
    }

    void trendByMonth()
    {
        FiveGapsFixture fx;
        SurveyFilter f;
        f.region = QStringLiteral("华东 East");
        const auto trend = fiveGapsTrend(*fx.ws.db, f, Granularity::Month, 3);
        QVERIFY2(trend, qPrintable(trend.ok() ? QString() : trend.error()));
        QCOMPARE(trend->size(), 3);
        QCOMPARE(trend->at(0).period, QDate(2025, 2, 1));
        QCOMPARE(trend->at(1).period, QDate(2025, 3, 1));
        QCOMPARE(trend->at(2).period, QDate(2025, 4, 1)); // 1 April 00:30 local time
        // February: one answer of r1 (met) is too few to be a number.
        QCOMPARE(standardOf(trend->at(0).gaps, "ST-1").compliance.n, 1);
        QVERIFY(!trend->at(0).gaps.at(GapKind::Delivery, Dimension::Reliability).mean);
        // March is the month computed on its own.
        QVERIFY(near(trend->at(1).gaps.at(GapKind::Delivery, Dimension::Reliability).mean, -30));
        QVERIFY(near(trend->at(1).gaps.at(GapKind::Communication, Dimension::Reliability).mean, -25));
        QVERIFY(near(trend->at(1).gaps.at(GapKind::Standards, Dimension::Reliability).mean, -0.25));
    }

    void wholeAndTrendFromOneReading()
    {
        FiveGapsFixture fx;
        SurveyFilter f;
        f.region = QStringLiteral("华东 East");
        const auto both = fiveGapsWithTrend(*fx.ws.db, f, Granularity::Month, 3);
        const auto whole = computeFiveGaps(*fx.ws.db, f, 3);
        const auto trend = fiveGapsTrend(*fx.ws.db, f, Granularity::Month, 3);
        QVERIFY(both && whole && trend);
        QCOMPARE(both->second.size(), trend->size());
        for (int p = 0; p < trend->size(); ++p) {
            QCOMPARE(both->second[p].period, trend->at(p).period);
            for (GapKind g : AllGaps) {
                for (Dimension d : AllDimensions)
                    QCOMPARE(both->second[p].gaps.at(g, d).mean, trend->at(p).gaps.at(g, d).mean);
            }
        }
        QCOMPARE(both->first.respondents, whole->respondents);
        for (GapKind g : AllGaps) {
            for (Dimension d : AllDimensions) {
                QCOMPARE(both->first.at(g, d).n, whole->at(g, d).n);
                QCOMPARE(both->first.at(g, d).mean, whole->at(g, d).mean);
            }
        }
        // February, March and April together: ST-1 answered 1 + 5 + 1 times, 4 met.
        QCOMPARE(standardOf(both->first, "ST-1").compliance.n, 7);
        QVERIFY(near(standardOf(both->first, "ST-1").compliance.mean, 400.0 / 7));
    }

    void aNewEvaluationCountsAtOnce()
    {
        FiveGapsFixture fx;
        const Answer Y = Answer::yes();
        Interaction i;
        i.externalId = QStringLiteral("late");
        i.channel = Channel::Call;
        i.siteId = fx.east2;
        i.startedAt = QDateTime(QDate(2025, 3, 28), QTime(9, 0));
        const qint64 interaction = *InteractionRepository(*fx.ws.db).upsert(i);
        EvaluationWorkflow flow(*fx.ws.db, fx.inspector);
        const qint64 draft = *flow.startDraft(interaction, fx.scorecard.versionId);
        QVERIFY(flow.saveDraft(draft, {{QStringLiteral("r1"), Y}, {QStringLiteral("e1"), Y}, {QStringLiteral("c1"), Y}}, QString()));
        // A draft is not an observation…
        QCOMPARE(standardOf(*computeFiveGaps(*fx.ws.db, FiveGapsFixture::march(), 3), "ST-1").compliance.n, 5);
        QVERIFY(flow.submit(draft));
        // …a submitted evaluation is: 4 of 6.
        const auto g = computeFiveGaps(*fx.ws.db, FiveGapsFixture::march(), 3);
        QCOMPARE(standardOf(*g, "ST-1").compliance.n, 6);
        QVERIFY(near(standardOf(*g, "ST-1").compliance.mean, 400.0 / 6));
    }
};

QTEST_GUILESS_MAIN(TestFiveGaps)
#include "tst_fivegaps.moc"
