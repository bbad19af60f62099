// The daily rollups of schema 8 give exactly what reading the rows gives, and stay in step with
// every write: an evaluation submitted, a disputed answer changed, a respondent answering again.

#include "evaluationworkflow.h"
#include "fivegapsfixture.h"
#include "gaptrends.h"

#include <QSqlQuery>
#include <QtTest>

using namespace servqa;
using namespace servqa::test;

namespace {
// A bound that is not a local midnight makes the trend read the rows themselves.
const QDateTime OffMidnight(QDate(2000, 1, 1), QTime(0, 0, 1));

void compareEstimates(const Estimate &a, const Estimate &b, const char *what)
{
    QVERIFY2(a.n == b.n, what);
    QVERIFY2(a.mean.has_value() == b.mean.has_value(), what);
    if (a.mean)
        QVERIFY2(std::abs(*a.mean - *b.mean) < 1e-9, what);
    QVERIFY2(a.low.has_value() == b.low.has_value(), what);
    if (a.low) {
        QVERIFY2(std::abs(*a.low - *b.low) < 1e-9, what);
        QVERIFY2(std::abs(*a.high - *b.high) < 1e-9, what);
    }
}

void sameScores(Database &db, const ScoreTrendFilter &filter, Granularity g)
{
    const auto rolled = evaluationScoreTrend(db, filter, g, 1);
    ScoreTrendFilter direct = filter;
    if (!direct.from)
        direct.from = OffMidnight;
    const auto read = evaluationScoreTrend(db, direct, g, 1);
    QVERIFY(rolled && read);
    QCOMPARE(rolled->size(), read->size());
    for (int p = 0; p < rolled->size(); ++p) {
        QCOMPARE(rolled->at(p).period, read->at(p).period);
        for (int d = 0; d < DimensionCount; ++d)
            compareEstimates(rolled->at(p).values[d], read->at(p).values[d], "score");
    }
}

void sameCustomerGap(Database &db, const SurveyFilter &filter, Granularity g)
{
    const auto rolled = customerGapDimensionTrend(db, filter, g, 2);
    const auto read = customerGapTrend(db, filter, g, 2);
    QVERIFY(rolled && read);
    QCOMPARE(rolled->size(), read->size());
    for (int p = 0; p < rolled->size(); ++p) {
        QCOMPARE(rolled->at(p).period, read->at(p).period);
        QCOMPARE(rolled->at(p).result.respondents, read->at(p).result.respondents);
        for (int d = 0; d < DimensionCount; ++d)
            compareEstimates(rolled->at(p).result.dimensions[d].gap, read->at(p).result.dimensions[d].gap, "gap");
    }
}
} // namespace

class TestRollups : public QObject
{
    Q_OBJECT

private slots:
    void scoreTrendsMatchTheRows()
    {
        FiveGapsFixture fx;
        Database &db = *fx.ws.db;
        for (Granularity g : {Granularity::Week, Granularity::Month, Granularity::Quarter})
            sameScores(db, {}, g);
        ScoreTrendFilter one;
        one.siteId = fx.east1;
        one.from = QDateTime(QDate(2025, 3, 1), QTime(0, 0));
        one.to = QDateTime(QDate(2025, 4, 1), QTime(0, 0));
        sameScores(db, one, Granularity::Month);
        ScoreTrendFilter calls;
        calls.channel = QStringLiteral("call");
        calls.formId = fx.scorecard.formId;
        sameScores(db, calls, Granularity::Month);
        // March at S1: 100, 50, 0 and the visit's 100 → reliability 100, 0, 100 of the scorecard.
        const auto march = evaluationScoreTrend(db, one, Granularity::Month, 1);
        QCOMPARE(march->size(), 1);
        QCOMPARE(march->at(0).values[dimensionIndex(Dimension::Reliability)].n, 3);
    }

    void everyWriteKeepsTheRollupInStep()
    {
        FiveGapsFixture fx;
        Database &db = *fx.ws.db;
        // A draft counts for nothing; submitted, it counts at once.
        Interaction i;
        i.externalId = QStringLiteral("new");
        i.channel = Channel::Chat;
        i.siteId = fx.east2;
        i.startedAt = QDateTime(QDate(2025, 3, 20), QTime(10, 0));
        const qint64 interaction = *InteractionRepository(db).upsert(i);
        EvaluationWorkflow flow(db, fx.inspector);
        const qint64 draft = *flow.startDraft(interaction, fx.scorecard.versionId);
        const Answers answers{{QStringLiteral("r1"), Answer::no()}, {QStringLiteral("e1"), Answer::yes()}, {QStringLiteral("c1"), Answer::yes()}};
        QVERIFY(flow.saveDraft(draft, answers, QString()));
        ScoreTrendFilter chats;
        chats.channel = QStringLiteral("chat");
        QVERIFY(evaluationScoreTrend(db, chats, Granularity::Month, 1)->isEmpty());
        QVERIFY(flow.submit(draft));
        const auto after = evaluationScoreTrend(db, chats, Granularity::Month, 1);
        QCOMPARE(after->size(), 1);
        QCOMPARE(*after->at(0).values[dimensionIndex(Dimension::Reliability)].mean, 0.0);
        sameScores(db, {}, Granularity::Week);

        // A disputed answer changed by the lead moves the stored score, and the rollup with it.
        const qint64 disputed = fx.evaluations[1];
        User lead;
        lead.login = QStringLiteral("lead");
        lead.name = QStringLiteral("Lead");
        lead.role = UserRole::Lead;
        const qint64 leadId = *UserRepository(db).upsert(lead);
        EvaluationWorkflow review(db, leadId);
        const auto disputes = review.disputes(disputed);
        QVERIFY(disputes && disputes->size() == 1);
        QVERIFY(review.resolveDispute(disputes->at(0).id, DisputeOutcome::Changed, Answer::yes(), QStringLiteral("confirmed")));
        sameScores(db, {}, Granularity::Month);
        ScoreTrendFilter s1;
        s1.siteId = fx.east1;
        s1.formId = fx.scorecard.formId;
        s1.from = QDateTime(QDate(2025, 3, 1), QTime(0, 0));
        s1.to = QDateTime(QDate(2025, 4, 1), QTime(0, 0));
        // Reliability at S1 in March is now 100, 100, 100.
        QCOMPARE(*evaluationScoreTrend(db, s1, Granularity::Month, 1)->at(0).values[dimensionIndex(Dimension::Reliability)].mean, 100.0);
    }

    void anInteractionReimportedUnderAnotherChannelMovesItsScores()
    {
        FiveGapsFixture fx;
        Database &db = *fx.ws.db;
        // The fixture's first call at S1 (evaluated, 100 %) was really a chat.
        auto first = InteractionRepository(db).find(*InteractionRepository(db).upsert([&] {
            Interaction i;
            i.externalId = QStringLiteral("I1");
            i.channel = Channel::Call;
            i.siteId = fx.east1;
            i.staffId = fx.a1;
            i.startedAt = QDateTime(QDate(2025, 3, 3), QTime(9, 0));
            i.resolved = true;
            i.firstResponseSeconds = 15;
            return i;
        }()));
        QVERIFY(first && *first);
        Interaction chat = **first;
        chat.channel = Channel::Chat;
        QVERIFY(InteractionRepository(db).upsert(chat));
        ScoreTrendFilter chats;
        chats.channel = QStringLiteral("chat");
        const auto rolled = evaluationScoreTrend(db, chats, Granularity::Month, 1);
        QCOMPARE(rolled->size(), 1);
        QCOMPARE(rolled->at(0).values[dimensionIndex(Dimension::Reliability)].n, 1);
        sameScores(db, chats, Granularity::Month);
        ScoreTrendFilter calls;
        calls.channel = QStringLiteral("call");
        sameScores(db, calls, Granularity::Month);
    }

    void customerGapMatchesTheResponses()
    {
        FiveGapsFixture fx;
        Database &db = *fx.ws.db;
        SurveyFilter all;
        for (Granularity g : {Granularity::Week, Granularity::Month, Granularity::Quarter})
            sameCustomerGap(db, all, g);
        // R2 answers again (the wave's re-import): the rollup loses the old answers, gains the new.
        SurveyRepository surveys(db);
        const qint64 wave = *surveys.wave(QStringLiteral("2025 Q1 顾客"), SurveyKind::Customer);
        SurveyRecord r;
        r.respondentRef = QStringLiteral("R2");
        r.siteId = fx.east2;
        r.respondedAt = QDateTime(QDate(2025, 4, 2), QTime(9, 0));
        r.answers.expectation[4] = 7;
        r.answers.perception[4] = 2;
        QVERIFY(surveys.upsert(wave, r));
        sameCustomerGap(db, all, Granularity::Month);
        SurveyFilter s2 = all;
        s2.siteId = fx.east2;
        const auto april = customerGapDimensionTrend(db, s2, Granularity::Month, 1);
        QCOMPARE(april->size(), 1);
        QCOMPARE(april->at(0).period, QDate(2025, 4, 1));
        QCOMPARE(*april->at(0).result.dimensions[dimensionIndex(Dimension::Reliability)].gap.mean, -5.0);
        SurveyFilter march = FiveGapsFixture::march();
        const auto m = customerGapDimensionTrend(db, march, Granularity::Month, 1);
        QCOMPARE(m->at(0).result.respondents, 2); // R1 and R3 are left in March
        // The management wave is never in the customer gap.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT SUM(respondents) FROM survey_rollup")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4); // R1, R2, R3 and the manager
    }
};

QTEST_GUILESS_MAIN(TestRollups)
#include "tst_rollups.moc"
