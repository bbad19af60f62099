// The daily rollups of schemas 8, 9 and 13 give exactly what reading the rows gives, and stay in
// step with every write: an evaluation submitted, a disputed answer changed, a respondent
// answering again, an interaction re-imported, the register of standards and promises changed.

#include "csvimporter.h"
#include "evaluationrepository.h"
#include "scoreengine.h"
#include "evaluationworkflow.h"
#include "fivegapsfixture.h"
#include "rollupchecks.h"
#include "fivegaps.h"
#include "gaptrends.h"
#include "interactionquery.h"
#include "localdays.h"
#include "siterepository.h"
#include "sqlwhere.h"
#include "timeutil.h"
#include "rollups.h"
#include "surveysums.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace servqa;
using namespace servqa::test;

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
        ScoreTrendFilter agent; // one agent's own rollup
        agent.staffId = fx.a1;
        sameScores(db, agent, Granularity::Month);
        agent.siteId = fx.east1;
        sameScores(db, agent, Granularity::Week);
        // Bounds inside months and weeks: whole periods from the agent's week or month rows, the
        // days at either end from day rows.
        agent.siteId.reset();
        agent.from = QDateTime(QDate(2025, 3, 5), QTime(0, 0));
        agent.to = QDateTime(QDate(2025, 4, 3), QTime(0, 0));
        for (Granularity g : {Granularity::Week, Granularity::Month, Granularity::Quarter})
            sameScores(db, agent, g);
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
        sameScoreTotals(db);

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
        sameScoreTotals(db);
        ScoreTrendFilter agent;
        agent.staffId = fx.a1; // the disputed evaluation's agent
        sameScores(db, agent, Granularity::Month);
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

    void aBatchOfRespondentsIsSummedOnceAtItsFlush()
    {
        // The demo's bulk path: new respondents' daily sums in one statement at flush(), a
        // respondent written twice in the batch counted once with their last answers, and one
        // stored before the batch taken out and put back at once.
        FiveGapsFixture fx;
        Database &db = *fx.ws.db;
        const qint64 before = scalar(db, "SELECT SUM(respondents) FROM survey_rollup");
        QVERIFY(db.exec(QStringLiteral("BEGIN")));
        SurveyRepository surveys(db);
        surveys.setBatchRollups(true);
        const qint64 wave = *surveys.wave(QStringLiteral("2025 Q1 顾客"), SurveyKind::Customer);
        auto respondent = [&](const char *ref, int day, int perception) {
            SurveyRecord r;
            r.respondentRef = QString::fromLatin1(ref);
            r.siteId = fx.east2;
            r.respondedAt = QDateTime(QDate(2025, 5, day), QTime(9, 0));
            r.answers.expectation[4] = 7;
            r.answers.perception[4] = perception;
            return surveys.upsert(wave, r);
        };
        QVERIFY(respondent("B1", 6, 6));
        QVERIFY(respondent("B2", 6, 5));
        QVERIFY(respondent("B1", 7, 3)); // B1 again: on the 7th, P 3
        QVERIFY(respondent("R2", 8, 1)); // stored before the batch: moved to May at once
        QCOMPARE(scalar(db, "SELECT SUM(respondents) FROM survey_rollup"), before);
        QVERIFY(surveys.flush());
        QVERIFY(db.exec(QStringLiteral("COMMIT")));
        QCOMPARE(scalar(db, "SELECT SUM(respondents) FROM survey_rollup"), before + 2);
        QCOMPARE(scalar(db, "SELECT SUM(n_g_reliability) FROM survey_rollup WHERE day >= 20214"), qint64(3)); // B2, B1 and R2
        // B1 counts once, on the 7th with gap −4; B2 on the 6th with −2; R2 on the 8th with −6.
        QCOMPARE(scalar(db, "SELECT s_g_reliability FROM survey_rollup WHERE day = 20214"), qint64(-2));
        QCOMPARE(scalar(db, "SELECT s_g_reliability FROM survey_rollup WHERE day = 20215"), qint64(-4));
        QCOMPARE(scalar(db, "SELECT s_g_reliability FROM survey_rollup WHERE day = 20216"), qint64(-6));
        sameCustomerGap(db, SurveyFilter(), Granularity::Month);
    }

    void twoBatchesOfEvaluationsAddToTheRowsTheyShare()
    {
        // The demo's bulk path (EvaluationRepository::setBatchRollups): each flush sums its
        // evaluations in C++ and adds them to rows earlier writes made. A1's and B1's days below
        // already hold the fixture's evaluations, and the second batch comes back to the first's.
        FiveGapsFixture fx;
        Database &db = *fx.ws.db;
        QVERIFY(db.exec(QStringLiteral("BEGIN")));
        EvaluationRepository evaluations(db);
        evaluations.setBatchRollups(true);
        const Answer Y = Answer::yes(), N = Answer::no();
        int written = 0;
        auto add = [&](qint64 site, std::optional<qint64> staff, QDate day, Channel channel, Answers answers,
                       EvaluationStatus status = EvaluationStatus::Submitted) {
            Interaction i;
            i.externalId = QStringLiteral("B%1").arg(++written);
            i.channel = channel;
            i.siteId = site;
            i.staffId = staff;
            i.startedAt = QDateTime(day, QTime(10, 0));
            Evaluation e;
            e.formVersionId = fx.scorecard.versionId;
            e.interactionId = *InteractionRepository(db).upsert(i);
            e.inspectorId = fx.inspector;
            e.siteId = site;
            e.staffId = staff;
            e.occurredAt = i.startedAt;
            e.createdAt = e.updatedAt = i.startedAt;
            e.status = status;
            e.answers = answers;
            e.score = *scoreEvaluation(fx.scorecard, answers);
            return evaluations.insert(e, fx.scorecard);
        };
        auto sc = [](Answer r1, Answer e1, Answer c1) {
            return Answers{{QStringLiteral("r1"), r1}, {QStringLiteral("e1"), e1}, {QStringLiteral("c1"), c1}};
        };
        const QDate third(2025, 3, 3), fifth(2025, 3, 5);
        QVERIFY(add(fx.east1, fx.a1, third, Channel::Call, sc(N, Y, Y)));
        QVERIFY(add(fx.east1, fx.a1, third, Channel::Chat, sc(Y, Y, N)));
        QVERIFY(add(fx.east2, std::nullopt, fifth, Channel::Call, sc(Y, N, Y))); // no agent: in no agent's rows
        QVERIFY(add(fx.east2, fx.b1, fifth, Channel::Call, sc(N, N, N), EvaluationStatus::Draft)); // counts for nothing
        QVERIFY(evaluations.flush());
        QVERIFY(add(fx.east1, fx.a1, third, Channel::Call, sc(Y, Y, Y)));
        QVERIFY(add(fx.east2, fx.b1, fifth, Channel::Call, sc(Y, N, Y)));
        QVERIFY(evaluations.flush());
        QVERIFY(db.exec(QStringLiteral("COMMIT")));

        // S1's r1 on 3 March: the fixture's yes, then no, yes and yes: 4 answers, 3 met.
        const QString day = QString::number(QDate(1970, 1, 1).daysTo(third));
        const auto cell = [&](const QString &sql) { return scalar(db, sql.arg(day)).toLongLong(); };
        const QString r1 = QStringLiteral("FROM compliance_rollup WHERE item_key = 'r1' AND day = %1 AND site_id = ") + QString::number(fx.east1);
        QCOMPARE(cell(QStringLiteral("SELECT answers ") + r1), qint64(4));
        QCOMPARE(cell(QStringLiteral("SELECT met ") + r1), qint64(3));
        // A1's calls that day: the fixture's 100, then 50 and 100.
        const QString calls = QStringLiteral("FROM staff_score_rollup WHERE span = 1 AND channel = 'call' AND day = %1 AND staff_id = ")
                              + QString::number(fx.a1);
        QCOMPARE(cell(QStringLiteral("SELECT evaluations ") + calls), qint64(3));
        QCOMPARE(cell(QStringLiteral("SELECT s_score ") + calls), qint64(250));
        sameScoreTotals(db);
        sameDaysAsTheRows(db);
        for (Granularity g : {Granularity::Week, Granularity::Month})
            sameScores(db, {}, g);
        ScoreTrendFilter agent;
        agent.staffId = fx.a1;
        sameScores(db, agent, Granularity::Month);

        // And each of the three tables as summing every row again gives it.
        const QStringList tables{QStringLiteral("score_rollup"), QStringLiteral("staff_score_rollup"), QStringLiteral("compliance_rollup")};
        QHash<QString, QList<QVariantList>> summed;
        for (const QString &table : tables)
            summed[table] = rollupRows(db, table);
        QVERIFY(summed.value(QStringLiteral("staff_score_rollup")).size() > 10);
        QVERIFY(rollups::rebuildAll(db));
        for (const QString &table : tables)
            QVERIFY2(summed.value(table) == rollupRows(db, table), qPrintable(table));
    }

    void fiveGapsFromTheRollupsMatchTheRows()
    {
        FiveGapsFixture fx;
        Database &db = *fx.ws.db;
        // The fixture answered its surveys before the standards existed: saving each standard
        // summed them again, in its own transaction (no reader writes).
        // R1, R2, R3 and M1 answered on four days (4, 11 and 20 March, 1 January) in four weeks and
        // two months: each day's sums, and the same per week and per month.
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM survey_sums WHERE span = 1"), qint64(4));
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM survey_sums WHERE span = 7"), qint64(4));
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM survey_sums WHERE span = 31"), qint64(2));
        sameFiveGaps(db, {});
        sameFiveGaps(db, FiveGapsFixture::march());
        // Bounds inside weeks and months: the whole weeks or months from their rows, the days at
        // the ends from theirs, each respondent once.
        for (const auto &[from, to] : {std::pair{QDate(2025, 3, 5), QDate(2025, 3, 21)}, std::pair{QDate(2025, 3, 11), QDate(2025, 4, 1)},
                                       std::pair{QDate(2025, 2, 20), QDate(2025, 4, 3)}, std::pair{QDate(2025, 3, 10), QDate(2025, 3, 17)}}) {
            SurveyFilter bounded;
            bounded.from = QDateTime(from, QTime(0, 0));
            bounded.to = QDateTime(to, QTime(0, 0));
            sameFiveGaps(db, bounded);
        }
        SurveyFilter lastTwo;
        lastTwo.from = QDateTime(QDate(2025, 3, 5), QTime(0, 0));
        QCOMPARE(computeFiveGaps(db, lastTwo, 1)->respondents, 2); // R2 and R3
        // The worked example's numbers, now from the rollups (docs/gap-model.md).
        const auto march = computeFiveGaps(db, FiveGapsFixture::march(), 2);
        QVERIFY(march);
        QCOMPARE(*march->at(GapKind::Customer, Dimension::Reliability).mean, -1.0);
        QCOMPARE(march->promises[0].kept.n, 5); // P-1: 15, 25, 20, 10, 10 s
        QCOMPARE(*march->promises[0].kept.mean, 80.0);

        // A respondent answering again, a new one, a new evaluation of r1, a disputed answer
        // changed: every rollup follows in the writer's transaction.
        SurveyRepository surveys(db);
        const qint64 wave = *surveys.wave(QStringLiteral("2025 Q1 顾客"), SurveyKind::Customer);
        SurveyRecord again;
        again.respondentRef = QStringLiteral("R2");
        again.siteId = fx.east1;
        again.respondedAt = QDateTime(QDate(2025, 3, 25), QTime(18, 30));
        again.answers.expectation = {7, std::nullopt, std::nullopt, std::nullopt, 7, 6, 5};
        again.answers.perception = {6, std::nullopt, std::nullopt, std::nullopt, 3, 4, 5};
        again.answers.importance = std::array<double, DimensionCount>{10, 40, 20, 20, 10};
        QVERIFY(surveys.upsert(wave, again));
        SurveyRecord fresh = again;
        fresh.respondentRef = QStringLiteral("R9");
        fresh.siteId = fx.east2;
        QVERIFY(surveys.upsert(wave, fresh));
        sameFiveGaps(db, {});

        Interaction call;
        call.externalId = QStringLiteral("N1");
        call.channel = Channel::Call;
        call.siteId = fx.east1;
        call.startedAt = QDateTime(QDate(2025, 3, 28), QTime(23, 50));
        call.firstResponseSeconds = 12;
        call.resolved = true;
        const qint64 interaction = *InteractionRepository(db).upsert(call);
        EvaluationWorkflow flow(db, fx.inspector);
        const qint64 draft = *flow.startDraft(interaction, fx.scorecard.versionId);
        QVERIFY(flow.saveDraft(draft, {{QStringLiteral("r1"), Answer::no()}, {QStringLiteral("e1"), Answer::yes()},
                                       {QStringLiteral("c1"), Answer::yes()}}, QString()));
        sameFiveGaps(db, {}); // a draft counts for nothing
        QVERIFY(flow.submit(draft));
        sameFiveGaps(db, FiveGapsFixture::march());
        User lead;
        lead.login = QStringLiteral("lead");
        lead.name = QStringLiteral("Lead");
        lead.role = UserRole::Lead;
        EvaluationWorkflow review(db, *UserRepository(db).upsert(lead));
        const auto disputes = review.disputes(fx.evaluations[1]);
        QVERIFY(disputes && disputes->size() == 1);
        QVERIFY(review.resolveDispute(disputes->at(0).id, DisputeOutcome::Changed, Answer::yes(), QStringLiteral("confirmed")));
        sameFiveGaps(db, {});

        // The call re-imported: slower, unresolved, really a chat.
        call.firstResponseSeconds = 45;
        call.resolved = false;
        QVERIFY(InteractionRepository(db).upsert(call));
        sameFiveGaps(db, {});
        call.channel = Channel::Chat;
        QVERIFY(InteractionRepository(db).upsert(call));
        sameFiveGaps(db, {});
        sameInteractionCounts(db);
        const auto after = computeFiveGaps(db, FiveGapsFixture::march(), 1);
        QCOMPARE(after->promises[0].kept.n, 5); // P-1 counts calls only: the chat left
        QCOMPARE(after->promises[1].kept.n, 6); // P-2 counts every channel: the chat, unresolved
        QCOMPARE(*after->promises[1].kept.mean, 400.0 / 6);
    }

    void aChangedRegisterRebuildsItsRollups()
    {
        FiveGapsFixture fx;
        Database &db = *fx.ws.db;
        sameFiveGaps(db, {});
        StandardsRepository register_(db);
        // ST-1 now commits to 7 on items 5, 6 and 7: gap 2 must follow.
        ServiceStandard st1 = *register_.standard(fx.st1);
        st1.level = 7;
        st1.surveyItems = {4, 5, 6};
        QVERIFY(register_.saveStandard(st1));
        // Rebuilt by the save itself, in its transaction: no reader has to (or may) write.
        QCOMPARE(*rollups::storedStamp(db, "survey_sums"), rollups::surveySumsStamp(*register_.standards()));
        QCOMPARE(*rollups::storedStamp(db, "gap_clusters"), rollups::gapClustersStamp(*register_.standards()));
        // A respondent saved after the change is counted by the writer.
        SurveyRecord r;
        r.respondentRef = QStringLiteral("R7");
        r.siteId = fx.east1;
        r.respondedAt = QDateTime(QDate(2025, 3, 5), QTime(8, 0));
        r.answers.expectation[4] = 5;
        r.answers.perception[4] = 7;
        QVERIFY(SurveyRepository(db).upsert(*SurveyRepository(db).wave(QStringLiteral("2025 Q1 顾客"), SurveyKind::Customer), r));
        sameFiveGaps(db, {});
        const auto gaps = computeFiveGaps(db, {}, 1);
        QVERIFY(gaps);
        const StandardGaps &g = gaps->standards[0];
        QCOMPARE(g.standard.code, QStringLiteral("ST-1"));
        // E over items 5–7: R1 7, R2 6, R3 5, R7 5 → mean 23/4; gap 2 = 7 − 23/4.
        QCOMPARE(*g.expectation.mean, 23.0 / 4);
        QCOMPARE(*g.standardsGap.mean, 7 - 23.0 / 4);

        // ST-1 checked by r1 and c1 of the same evaluations: gap 3's clusters are rebuilt with two
        // answers in each (March: yes/yes, no/yes, yes/no at S1; yes/yes, no/yes at S2).
        st1 = *register_.standard(fx.st1);
        st1.formItems << FormItemRef{fx.scorecard.formId, QStringLiteral("c1")};
        QVERIFY(register_.saveStandard(st1));
        QCOMPARE(*rollups::storedStamp(db, "gap_clusters"), rollups::gapClustersStamp(*register_.standards()));
        sameFiveGaps(db, {});
        sameFiveGaps(db, FiveGapsFixture::march());
        const auto twoItems = computeFiveGaps(db, FiveGapsFixture::march(), 1);
        QVERIFY(twoItems);
        QCOMPARE(twoItems->standards[0].compliance.n, 10);
        QCOMPARE(*twoItems->standards[0].compliance.mean, 70.0);

        // P-1 now promises 25 s: the counts are rebuilt (15 and 25 s keep it, 20 s too).
        ExternalPromise p1;
        const auto promises = register_.promises();
        QVERIFY(promises);
        for (const ExternalPromise &p : *promises) {
            if (p.id == fx.p1)
                p1 = p;
        }
        p1.thresholdSeconds = 25;
        QVERIFY(register_.savePromise(p1));
        QCOMPARE(*rollups::storedStamp(db, "promise_rollup"), rollups::promiseRollupStamp(*register_.promises()));
        sameFiveGaps(db, {});
        const auto kept = computeFiveGaps(db, FiveGapsFixture::march(), 1);
        QCOMPARE(*kept->promises[0].kept.mean, 100.0);
        QVERIFY(register_.removePromise(fx.p2));
        sameFiveGaps(db, {});
    }

    // An import counts its new interactions' promise cases in batches of a few hundred, and a
    // re-imported one again: the counts equal reading the interactions.
    void anImportKeepsThePromiseCountsInStep()
    {
        FiveGapsFixture fx;
        Database &db = *fx.ws.db;
        sameFiveGaps(db, {}); // builds the counts
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("interactions.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QTextStream out(&f);
        out << "source,external_id,channel,site_code,staff_code,started_at,first_response_s,resolved\n";
        // The fixture's first call again (source "manual", I1): now 30 s and unresolved.
        out << "manual,I1,call,S1,A1,2025-03-03 09:00,30,no\n";
        const char *channels[] = {"call", "chat", "email"};
        for (int k = 0; k < 1203; ++k) {
            out << "crm,C" << k << ',' << channels[k % 3] << ',' << (k % 2 ? "S1" : "S2") << ",,2025-03-"
                << QString::number(1 + k % 28).rightJustified(2, QLatin1Char('0')) << " 23:" << (10 + k % 50) << ','
                << (k % 7 == 0 ? QString() : QString::number(k % 40)) << ',' << (k % 5 == 0 ? "" : k % 3 ? "yes" : "no") << "\n";
        }
        out.flush();
        f.close();
        ImportOptions options;
        options.kind = ImportKind::Interactions;
        const auto summary = importCsv(db, path, options);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error()));
        QCOMPARE(summary->inserted, 1203);
        QCOMPARE(summary->updated, 1);
        sameInteractionCounts(db);
        sameFiveGaps(db, {});
        sameFiveGaps(db, FiveGapsFixture::march());
        // P-1 (calls within 20 s) over March: 401 imported calls with a first response, and the
        // fixture's five calls with I1 now late.
        qint64 calls = 0, kept = 0;
        for (int k = 0; k < 1203; k += 3) {
            if (k % 7 != 0) {
                ++calls;
                kept += k % 40 <= 20 ? 1 : 0;
            }
        }
        const auto march = computeFiveGaps(db, FiveGapsFixture::march(), 1);
        QCOMPARE(march->promises[0].kept.n, int(calls + 5));
        QCOMPARE(*march->promises[0].kept.mean, 100.0 * double(kept + 3) / double(calls + 5));
    }

    // The compliance rollup's SQL counts an answer as meeting its item exactly when
    // itemFraction() ≥ ½ does, for every item type, at and around each threshold.
    void complianceAgreesWithTheScoreEngineForEveryType()
    {
        FiveGapsFixture fx;
        Database &db = *fx.ws.db;
        const char *json = R"({"code": "TY-1", "name": "Types", "kind": "scorecard", "status": "active", "passMark": 80,
          "sections": [{"key": "s", "title": "S", "kind": "standard", "weight": 1, "items": [
            {"key": "yn", "text": "yn", "type": "yesno_na", "allowNa": true, "weight": 1, "dimension": "reliability"},
            {"key": "r5", "text": "r5", "type": "rating5", "weight": 1, "dimension": "reliability"},
            {"key": "r7", "text": "r7", "type": "rating7", "weight": 1, "dimension": "reliability"},
            {"key": "s10", "text": "s10", "type": "scale10", "weight": 1, "dimension": "reliability"},
            {"key": "num", "text": "num", "type": "numeric", "targetMin": 2, "targetMax": 4, "weight": 1, "dimension": "reliability"},
            {"key": "el", "text": "el", "type": "elapsed", "slaSeconds": 30, "weight": 1, "dimension": "reliability"},
            {"key": "tx", "text": "tx", "type": "text", "required": false, "weight": 1, "dimension": "reliability"}]}]})";
        const Form form = *FormRepository(db).insertVersion(*formFromJson(json, QStringLiteral("TY-1")));
        ServiceStandard st;
        st.code = QStringLiteral("TY");
        st.title = QStringLiteral("Types");
        st.complianceTarget = 50;
        for (const char *key : {"yn", "r5", "r7", "s10", "num", "el", "tx"})
            st.formItems << FormItemRef{form.formId, QString::fromLatin1(key)};
        QVERIFY(StandardsRepository(db).saveStandard(st));
        EvaluationWorkflow flow(db, fx.inspector);
        const QVector<QVector<Answer>> sets = {
            {Answer::yes(), Answer::number(3), Answer::number(4), Answer::number(5), Answer::number(2), Answer::number(30)},
            {Answer::no(), Answer::number(2), Answer::number(3), Answer::number(4), Answer::number(1.5), Answer::number(31)},
            {Answer::na(), Answer::number(5), Answer::number(7), Answer::number(10), Answer::number(4), Answer::number(0)},
            {Answer::yes(), Answer::number(1), Answer::number(1), Answer::number(0), Answer::number(4.5), Answer::number(300)},
        };
        int day = 0;
        for (const QVector<Answer> &set : sets) {
            Interaction i;
            i.externalId = QStringLiteral("T%1").arg(++day);
            i.siteId = fx.east2;
            i.startedAt = QDateTime(QDate(2025, 3, day), QTime(12, 0));
            const qint64 draft = *flow.startDraft(*InteractionRepository(db).upsert(i), form.versionId);
            Answers answers;
            const char *keys[] = {"yn", "r5", "r7", "s10", "num", "el"};
            for (int k = 0; k < 6; ++k)
                answers.insert(QString::fromLatin1(keys[k]), set[k]);
            QVERIFY(flow.saveDraft(draft, answers, QString()));
            QVERIFY(flow.submit(draft));
        }
        sameFiveGaps(db, {});
        const auto gaps = computeFiveGaps(db, {}, 1);
        for (const StandardGaps &g : gaps->standards) {
            if (g.standard.code == QStringLiteral("TY")) {
                // Met: yn 2 of 3 (N/A is no case), r5 2/4, r7 2/4, s10 2/4, num 2/4, el 2/4 → 12 of 23.
                QCOMPARE(g.compliance.n, 23);
                QCOMPARE(*g.compliance.mean, 100.0 * 12 / 23);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRollups)
#include "tst_rollups.moc"
