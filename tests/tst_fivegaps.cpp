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

        // Gap 3: compliance − target, percentage points. Five evaluations with one linked answer
        // each, 3 met: p = 0.6; V = 5/4 · (3 · 0.4² + 2 · 0.6²) / 5² = 0.06, over p(1 − p)/5 =
        // 0.048: deff = 1.25, effective n = 4; Wilson(0.6, 4) = 20.4639 % to 89.7383 %.
        QVERIFY(near(st1.compliance.mean, 60));
        QCOMPARE(st1.compliance.n, 5);
        QVERIFY(near(st1.compliance.low, 20.4639));
        QVERIFY(near(st1.compliance.high, 89.7383));
        QVERIFY(near(st1.deliveryGap.mean, -30));
        QVERIFY(near(st1.deliveryGap.low, 20.4639 - 90));
        QVERIFY(near(st1.deliveryGap.high, 89.7383 - 90));
        const StandardGaps &st2 = standardOf(g, "ST-2");
        QCOMPARE(st2.compliance.n, 1);
        QVERIFY(st2.deliveryGap.tooFew);
        // Reliability: ST-1 is its only standard checked, so the same clusters and interval.
        const Estimate &delivery = g.at(GapKind::Delivery, Dimension::Reliability);
        QVERIFY(near(delivery.mean, -30));
        QCOMPARE(delivery.n, 5);
        QVERIFY(near(delivery.low, -69.5361));
        QVERIFY(near(delivery.high, -0.2617));
        QVERIFY(g.at(GapKind::Delivery, Dimension::Tangibles).tooFew);

        // Gap 4: share kept − share promised. P-1 and P-2: 4 of 5 independent cases, Wilson(0.8,
        // 5) = 37.5535 % to 96.3776 %.
        const PromiseGaps &p1 = promiseOf(g, "P-1");
        QVERIFY(near(p1.kept.mean, 80));
        QVERIFY(near(p1.kept.low, 37.5535));
        QVERIFY(near(p1.kept.high, 96.3776));
        QVERIFY(near(p1.communicationGap.mean, -20));
        QVERIFY(near(p1.communicationGap.low, 37.5535 - 100));
        QVERIFY(near(p1.communicationGap.high, 96.3776 - 100));
        QVERIFY(near(promiseOf(g, "P-2").communicationGap.mean, -10));
        QVERIFY(near(promiseOf(g, "P-2").communicationGap.low, 37.5535 - 90));
        QVERIFY(near(promiseOf(g, "P-2").communicationGap.high, 96.3776 - 90));
        // P-3 is ST-1's compliance: its clustered interval − 100.
        QVERIFY(near(promiseOf(g, "P-3").communicationGap.mean, -40));
        QVERIFY(near(promiseOf(g, "P-3").communicationGap.low, 20.4639 - 100));
        QVERIFY(near(promiseOf(g, "P-3").communicationGap.high, 89.7383 - 100));
        // Reliability pools P-2 and P-3: 7 of 10, mean target 95. An interaction can be a case of
        // both (its resolution, its evaluation's r1): K = 2, so Σ(y − 0.7)² = 2.1 counts twice;
        // V = 10/9 · 4.2 / 10² = 0.04667, deff = 0.04667 / 0.021 = 2.2222, effective n = 4.5;
        // Wilson(0.7, 4.5) − 95 = −66.6441 to −1.7769.
        const Estimate &reliability = g.at(GapKind::Communication, Dimension::Reliability);
        QVERIFY(near(reliability.mean, -25));
        QCOMPARE(reliability.n, 10);
        QVERIFY(near(reliability.low, -66.6441));
        QVERIFY(near(reliability.high, -1.7769));
        // Responsiveness is P-1 alone: independent cases, P-1's own interval.
        const Estimate &responsiveness = g.at(GapKind::Communication, Dimension::Responsiveness);
        QVERIFY(near(responsiveness.mean, -20));
        QCOMPARE(responsiveness.n, 5);
        QVERIFY(near(responsiveness.low, 37.5535 - 100));
        QVERIFY(near(responsiveness.high, 96.3776 - 100));

        // Gap 5: P − E.
        const Estimate &customer = g.at(GapKind::Customer, Dimension::Reliability);
        QVERIFY(near(customer.mean, -1));
        QVERIFY(near(customer.low, -1 - 4.302653 / std::sqrt(3.0)));
        QCOMPARE(g.at(GapKind::Customer, Dimension::Tangibles).n, 0); // no perception of item 1
    }

    // The interval of a share on its own (docs/gap-model.md, "Intervals"), to full precision
    // (Python: statistics.NormalDist().inv_cdf(0.975) = 1.959963984540054).
    void wilsonIntervalAndDesignEffect()
    {
        // 5 of 5: (1 + z²/10 − z²/10) / (1 + z²/5) = 1 / 1.768296 = 0.565518 to 1; 0 of 5 mirrors it.
        auto [low, high] = wilsonInterval(1, 5);
        QVERIFY(std::abs(low - 0.56551753521682535) < 1e-12);
        QCOMPARE(high, 1.0);
        std::tie(low, high) = wilsonInterval(0, 5);
        QCOMPARE(low, 0.0);
        QVERIFY(std::abs(high - 0.43448246478317465) < 1e-12);
        std::tie(low, high) = wilsonInterval(0.8, 5);
        QVERIFY(std::abs(low - 0.3755346297625255) < 1e-12);
        QVERIFY(std::abs(high - 0.9637758913675698) < 1e-12);

        // ST-1's five evaluations, one answer each (1, 0, 1, 1, 0): deff = 1.25.
        ClusterSums st1;
        for (double y : {1, 0, 1, 1, 0})
            st1.addCluster(1, y);
        QVERIFY(std::abs(designEffect(st1) - 1.25) < 1e-12);
        QCOMPARE(designEffect(ClusterSums::independent(5, 3)), designEffect(st1));
        // Two answers of one evaluation failing together (0 of 2, then 2 of 2 three times):
        // p = 0.75, Σ(y − 1.5)² = 2.25 + 3 · 0.25 = 3, V = 4/3 · 3 / 8² = 0.0625, over
        // 0.75 · 0.25 / 8 = 0.0234375: deff = 8/3.
        ClusterSums together, spread;
        for (double y : {0, 2, 2, 2})
            together.addCluster(2, y);
        QVERIFY(std::abs(designEffect(together) - 8.0 / 3) < 1e-12);
        // The same 6 of 8 spread (1, 1, 2, 2): V = 4/3 · 1 / 64 is below the binomial: deff 1.
        for (double y : {1, 1, 2, 2})
            spread.addCluster(2, y);
        QCOMPARE(designEffect(spread), 1.0);
        // All met, or a single cluster: nothing to estimate, deff 1.
        ClusterSums all, one;
        for (int k = 0; k < 3; ++k)
            all.addCluster(2, 2);
        one.addCluster(4, 1);
        QCOMPARE(designEffect(all), 1.0);
        QCOMPARE(designEffect(one), 1.0);
    }

    // A standard met every time still has an interval: the Wilson interval of 5 of 5.
    void allMetStillHasAnInterval()
    {
        FiveGapsFixture fx;
        // e1 of SC-1 was answered yes in all five March evaluations.
        ServiceStandard s;
        s.code = QStringLiteral("ST-E");
        s.title = QStringLiteral("Empathy");
        s.dimension = Dimension::Empathy;
        s.complianceTarget = 95;
        s.formItems = {{fx.scorecard.formId, QStringLiteral("e1")}};
        QVERIFY(StandardsRepository(*fx.ws.db).saveStandard(s));
        const auto g = computeFiveGaps(*fx.ws.db, FiveGapsFixture::march(), 3);
        QVERIFY(g);
        const StandardGaps &e = standardOf(*g, "ST-E");
        QCOMPARE(e.compliance.n, 5);
        QCOMPARE(*e.compliance.mean, 100.0);
        // 1 / (1 + z²/5) = 56.5518 % to 100 %; the gap 5 points, from −38.4482 to +5.
        QVERIFY(near(e.compliance.low, 56.5518));
        QVERIFY(near(e.compliance.high, 100));
        QVERIFY(near(e.deliveryGap.mean, 5));
        QVERIFY(near(e.deliveryGap.low, 56.5518 - 95));
        QVERIFY(near(e.deliveryGap.high, 5));
        QVERIFY(*e.compliance.high - *e.compliance.low > 40);
    }

    // Answers given in one evaluation are one cluster: two linked items failing together widen
    // the interval against the same counts spread over evaluations — per standard, and per
    // dimension over the dimension's standards.
    void linkedAnswersOfOneEvaluationAreOneCluster()
    {
        FiveGapsFixture fx;
        Database &db = *fx.ws.db;
        StandardsRepository register_(db);
        auto standard = [&](const char *code, Dimension d, QVector<FormItemRef> items) {
            ServiceStandard s;
            s.code = QString::fromLatin1(code);
            s.title = s.code;
            s.dimension = d;
            s.complianceTarget = 90;
            s.formItems = items;
            QVERIFY(register_.saveStandard(s));
        };
        const FormItemRef r1{fx.scorecard.formId, QStringLiteral("r1")}, c1{fx.scorecard.formId, QStringLiteral("c1")};
        standard("ST-C", Dimension::Empathy, {r1, c1}); // two items of one evaluation
        standard("ST-A", Dimension::Assurance, {r1});   // assurance: one item each…
        standard("ST-B", Dimension::Assurance, {c1});   // …the same evaluation's two answers
        // May 2025: at S1 one evaluation fails both items and three meet both; at S2 two
        // evaluations fail one each. 6 of 8 answers met at each store.
        EvaluationWorkflow flow(db, fx.inspector);
        const Answer Y = Answer::yes(), N = Answer::no();
        int day = 0;
        auto evaluate = [&](qint64 site, Answer r, Answer c) {
            Interaction i;
            i.externalId = QStringLiteral("M%1").arg(++day);
            i.channel = Channel::Call;
            i.siteId = site;
            i.startedAt = QDateTime(QDate(2025, 5, day), QTime(9, 0));
            const qint64 draft = *flow.startDraft(*InteractionRepository(db).upsert(i), fx.scorecard.versionId);
            QVERIFY(flow.saveDraft(draft, {{QStringLiteral("r1"), r}, {QStringLiteral("e1"), Y}, {QStringLiteral("c1"), c}}, QString()));
            QVERIFY(flow.submit(draft));
        };
        evaluate(fx.east1, N, N);
        for (int k = 0; k < 3; ++k)
            evaluate(fx.east1, Y, Y);
        evaluate(fx.east2, N, Y);
        evaluate(fx.east2, Y, N);
        for (int k = 0; k < 2; ++k)
            evaluate(fx.east2, Y, Y);

        SurveyFilter may;
        may.from = QDateTime(QDate(2025, 5, 1), QTime(0, 0));
        may.to = QDateTime(QDate(2025, 6, 1), QTime(0, 0));
        SurveyFilter together = may, spread = may;
        together.siteId = fx.east1;
        spread.siteId = fx.east2;
        for (SurveyFilter *f : {&together, &spread}) {
            // The same from the rollup and from the answers (a bound one second past midnight).
            SurveyFilter direct = *f;
            direct.from = f->from->addSecs(1);
            const auto rolled = computeFiveGaps(db, *f, 3);
            const auto read = computeFiveGaps(db, direct, 3);
            QVERIFY(rolled && read);
            QCOMPARE(standardOf(*rolled, "ST-C").compliance.low, standardOf(*read, "ST-C").compliance.low);
            QCOMPARE(rolled->at(GapKind::Delivery, Dimension::Assurance).low, read->at(GapKind::Delivery, Dimension::Assurance).low);
        }
        const auto g1 = computeFiveGaps(db, together, 3);
        const auto g2 = computeFiveGaps(db, spread, 3);
        QVERIFY(g1 && g2);
        // ST-C at S1: clusters (2, 0), (2, 2) × 3: deff 8/3, effective n 3, Wilson(0.75, 3) =
        // 25.6093 % to 96.3159 %. At S2: (2, 1) × 2, (2, 2) × 2: deff 1, Wilson(0.75, 8) =
        // 40.9275 % to 92.8521 %.
        const Estimate &c1Together = standardOf(*g1, "ST-C").compliance, &c1Spread = standardOf(*g2, "ST-C").compliance;
        QCOMPARE(c1Together.n, 8);
        QCOMPARE(c1Spread.n, 8);
        QCOMPARE(*c1Together.mean, 75.0);
        QCOMPARE(*c1Spread.mean, 75.0);
        QVERIFY(near(c1Together.low, 25.6093));
        QVERIFY(near(c1Together.high, 96.3159));
        QVERIFY(near(c1Spread.low, 40.9275));
        QVERIFY(near(c1Spread.high, 92.8521));
        QVERIFY(*c1Together.high - *c1Together.low > *c1Spread.high - *c1Spread.low);
        // Assurance pools ST-A and ST-B by evaluation: the same clusters, so the same intervals,
        // less the 90 % target: −64.3907 to 6.3159 at S1, −49.0725 to 2.8521 at S2 …
        const Estimate &a1 = g1->at(GapKind::Delivery, Dimension::Assurance), &a2 = g2->at(GapKind::Delivery, Dimension::Assurance);
        QCOMPARE(a1.n, 8);
        QVERIFY(near(a1.mean, -15));
        QVERIFY(near(a1.low, -64.3907));
        QVERIFY(near(a1.high, 6.3159));
        QVERIFY(near(a2.mean, -15));
        QVERIFY(near(a2.low, -49.0725));
        QVERIFY(near(a2.high, 2.8521));
        // … while each of its standards alone has four evaluations of one answer, 3 met at both
        // stores: deff 4/3, effective n 3, the same Wilson(0.75, 3) at S1 and S2.
        for (const FiveGaps *g : {&*g1, &*g2}) {
            QVERIFY(near(standardOf(*g, "ST-A").compliance.low, 25.6093));
            QVERIFY(near(standardOf(*g, "ST-A").compliance.high, 96.3159));
        }
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
