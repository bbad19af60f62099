// The daily rollups of schemas 8, 9 and 13 give exactly what reading the rows gives, and stay in
// step with every write: an evaluation submitted, a disputed answer changed, a respondent
// answering again, an interaction re-imported, the register of standards and promises changed.

#include "csvimporter.h"
#include "evaluationworkflow.h"
#include "fivegapsfixture.h"
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
#include <QTimeZone>
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
    ScoreTrendFilter direct = filter; // read from the rows: see sameFiveGaps()
    direct.from = filter.from ? filter.from->addSecs(1) : OffMidnight;
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

void sameServqual(const ServqualResult &a, const ServqualResult &b)
{
    QCOMPARE(a.respondents, b.respondents);
    for (int i = 0; i < ServqualItemCount; ++i)
        compareEstimates(a.itemGaps[i], b.itemGaps[i], "item gap");
    for (int d = 0; d < DimensionCount; ++d) {
        compareEstimates(a.dimensions[d].gap, b.dimensions[d].gap, "dimension gap");
        compareEstimates(a.dimensions[d].expectation, b.dimensions[d].expectation, "dimension E");
        compareEstimates(a.dimensions[d].perception, b.dimensions[d].perception, "dimension P");
        for (auto [x, y] : {std::pair{a.dimensions[d].alphaExpectation, b.dimensions[d].alphaExpectation},
                            std::pair{a.dimensions[d].alphaPerception, b.dimensions[d].alphaPerception}}) {
            QCOMPARE(x.has_value(), y.has_value());
            if (x)
                QVERIFY(std::abs(*x - *y) < 1e-9);
        }
    }
    compareEstimates(a.unweighted, b.unweighted, "unweighted");
    compareEstimates(a.weighted, b.weighted, "weighted");
}

void sameGaps(const FiveGaps &a, const FiveGaps &b)
{
    QCOMPARE(a.respondents, b.respondents);
    for (GapKind gap : AllGaps) {
        for (Dimension d : AllDimensions)
            compareEstimates(a.at(gap, d), b.at(gap, d), qPrintable(gapName(gap)));
    }
    QCOMPARE(a.standards.size(), b.standards.size());
    for (int k = 0; k < a.standards.size(); ++k) {
        compareEstimates(a.standards[k].expectation, b.standards[k].expectation, "standard E");
        compareEstimates(a.standards[k].standardsGap, b.standards[k].standardsGap, "gap 2");
        compareEstimates(a.standards[k].compliance, b.standards[k].compliance, "compliance");
        compareEstimates(a.standards[k].deliveryGap, b.standards[k].deliveryGap, "gap 3");
    }
    QCOMPARE(a.promises.size(), b.promises.size());
    for (int k = 0; k < a.promises.size(); ++k) {
        compareEstimates(a.promises[k].kept, b.promises[k].kept, "kept");
        compareEstimates(a.promises[k].communicationGap, b.promises[k].communicationGap, "gap 4");
    }
}

// gap_clusters as the writers kept it equals rebuilding it from every evaluation (rows taken out
// to nothing left aside).
void sameClustersAsRebuilt(Database &db)
{
    const auto rows = [&db] {
        QStringList out;
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT standard_id, site_id, day, dimension, evaluations, answers, met, answers_sq, met_sq, "
                                   "met_answers FROM gap_clusters WHERE evaluations <> 0 OR answers <> 0 OR met <> 0 "
                                   "ORDER BY standard_id, site_id, day, dimension")))
            return QStringList{q.lastError().text()};
        while (q.next()) {
            QStringList row;
            for (int k = 0; k < 10; ++k)
                row << q.value(k).toString();
            out << row.join(QLatin1Char(' '));
        }
        return out;
    };
    const QStringList kept = rows();
    const auto standards = StandardsRepository(db).standards();
    QVERIFY(standards);
    QCOMPARE(*rollups::storedStamp(db, "gap_clusters"), rollups::gapClustersStamp(*standards));
    QVERIFY(rollups::storeStamp(db, "gap_clusters", QString()));
    QVERIFY(rollups::ensureGapClusters(db, *standards));
    QCOMPARE(kept, rows());
}

// The five gaps and the SERVQUAL table from the rollups against the same read from the rows (a
// bound one second past midnight, before any data, makes them read the rows).
void sameFiveGaps(Database &db, const SurveyFilter &filter)
{
    sameClustersAsRebuilt(db);
    // A bound one second past midnight reads the rows themselves (nothing in the fixtures happens
    // in the first second of a day).
    SurveyFilter direct = filter;
    direct.from = filter.from ? filter.from->addSecs(1) : OffMidnight;
    for (Granularity g : {Granularity::Week, Granularity::Month}) {
        const auto rolled = fiveGapsWithTrend(db, filter, g, 1);
        const auto read = fiveGapsWithTrend(db, direct, g, 1);
        QVERIFY2(rolled && read, qPrintable(!rolled ? rolled.error() : !read ? read.error() : QString()));
        sameGaps(rolled->first, read->first);
        QCOMPARE(rolled->second.size(), read->second.size());
        for (int p = 0; p < rolled->second.size(); ++p) {
            QCOMPARE(rolled->second[p].period, read->second[p].period);
            sameGaps(rolled->second[p].gaps, read->second[p].gaps);
        }
    }
    const auto rolled = servqualSides(db, filter);
    const auto read = servqualSides(db, direct);
    QVERIFY(rolled && read);
    sameServqual(rolled->customers.result(1), read->customers.result(1));
    sameServqual(rolled->managers.result(1), read->managers.result(1));
}

// The scorecards' sums (overall score, passes, automatic fails) in both score rollups equal
// summing the submitted evaluations.
void sameScoreTotals(Database &db)
{
    QSqlQuery rows(db.connection()), rolled(db.connection()), staff(db.connection());
    QVERIFY(rows.exec(QStringLiteral("SELECT COUNT(*), COUNT(score), SUM(score), SUM(score * score), SUM(passed), SUM(auto_failed), "
                                     "COUNT(staff_id) FROM evaluations WHERE status <> 'draft'")) && rows.next());
    QVERIFY(rolled.exec(QStringLiteral("SELECT SUM(evaluations), SUM(n_score), SUM(s_score), SUM(q_score), SUM(passed), "
                                       "SUM(auto_failed) FROM score_rollup")) && rolled.next());
    QVERIFY(staff.exec(QStringLiteral("SELECT SUM(evaluations) FROM staff_score_rollup")) && staff.next());
    for (int k = 0; k < 6; ++k)
        QVERIFY2(std::abs(rows.value(k).toDouble() - rolled.value(k).toDouble()) < 1e-6, qPrintable(QString::number(k)));
    QCOMPARE(staff.value(0).toLongLong(), rows.value(6).toLongLong());
}

// Each rollup's total per day equals its rows counted by the day LocalDays gives their times.
void sameDaysAsTheRows(Database &db)
{
    const auto days = LocalDays::load(db);
    QVERIFY(days);
    const struct
    {
        const char *rows, *rollup;
    } pairs[] = {{"SELECT occurred_at FROM evaluations WHERE status <> 'draft'", "SELECT day, SUM(evaluations) FROM score_rollup GROUP BY day"},
                 {"SELECT occurred_at FROM evaluations WHERE status <> 'draft' AND staff_id IS NOT NULL",
                  "SELECT day, SUM(evaluations) FROM staff_score_rollup GROUP BY day"},
                 {"SELECT started_at FROM interactions", "SELECT day, SUM(interactions) FROM interaction_rollup GROUP BY day"},
                 {"SELECT responded_at FROM survey_responses", "SELECT day, SUM(respondents) FROM survey_rollup GROUP BY day"}};
    for (const auto &pair : pairs) {
        QMap<qint64, qint64> counted, rolled;
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QString::fromLatin1(pair.rows)));
        while (q.next())
            ++counted[days->dayOf(q.value(0).toLongLong())];
        QVERIFY(q.exec(QString::fromLatin1(pair.rollup)));
        while (q.next()) {
            if (q.value(1).toLongLong() != 0)
                rolled[q.value(0).toLongLong()] = q.value(1).toLongLong();
        }
        QVERIFY2(counted == rolled, pair.rollup);
    }
}

qint64 dayNumber(QDate d)
{
    return QDate(1970, 1, 1).daysTo(d);
}

// The Interactions list's totals from interaction_rollup equal counting the rows.
void sameInteractionCounts(Database &db)
{
    InteractionQuery query(db);
    InteractionFilter all, march, s1Calls;
    march.from = QDateTime(QDate(2025, 3, 1), QTime(0, 0));
    march.to = QDateTime(QDate(2025, 4, 1), QTime(0, 0));
    s1Calls.channel = Channel::Call;
    s1Calls.siteId = (*SiteRepository(db).findByCode(QStringLiteral("S1")))->id;
    for (const InteractionFilter &f : {all, march, s1Calls}) {
        const auto rolled = query.count(f);
        QSqlQuery q(db.connection());
        SqlWhere where;
        if (f.from)
            where.add("started_at >= ?", toStored(*f.from));
        if (f.to)
            where.add("started_at < ?", toStored(*f.to));
        if (f.siteId)
            where.add("site_id = ?", *f.siteId);
        if (f.channel)
            where.add("channel = ?", channelKey(*f.channel));
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM interactions") + where.sql());
        where.bindTo(q);
        QVERIFY(rolled && q.exec() && q.next());
        QCOMPARE(*rolled, q.value(0).toLongLong());
    }
}

qint64 scalar(Database &db, const char *sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QString::fromLatin1(sql)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
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
        ScoreTrendFilter agent; // one agent's own rollup
        agent.staffId = fx.a1;
        sameScores(db, agent, Granularity::Month);
        agent.siteId = fx.east1;
        sameScores(db, agent, Granularity::Week);
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
    // Issue 17 (4): in a zone with summer time each row counts on the zone's own day, and a period
    // bounded by the zone's midnights, summer or winter, on the days the clocks change too, is read
    // from the rollups and equals the rows.
    void summerTimeDaysAreTheZonesOwn_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("Berlin") << "Europe/Berlin";
        QTest::newRow("New York") << "America/New_York";
    }
    void summerTimeDaysAreTheZonesOwn()
    {
        QFETCH(QString, zone);
        const QTimeZone tz(zone.toUtf8());
        QVERIFY(tz.isValid());
        FiveGapsFixture fx;
        Database &db = *fx.ws.db;
        QVERIFY(setDayZone(db, tz));
        sameDaysAsTheRows(db);
        // The two days of 2025 the clocks change: forward (23 hours), back (25 hours).
        const auto forward = tz.nextTransition(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        const auto back = tz.nextTransition(forward.atUtc);
        const QDate forwardDay = forward.atUtc.toTimeZone(tz).date(), backDay = back.atUtc.toTimeZone(tz).date();
        const auto at = [&](QDate d, int h, int m) { return QDateTime(d, QTime(h, m), tz); };
        EvaluationWorkflow flow(db, fx.inspector);
        const Answers answers{{QStringLiteral("r1"), Answer::yes()}, {QStringLiteral("e1"), Answer::yes()}, {QStringLiteral("c1"), Answer::yes()}};
        int n = 0;
        for (const QDateTime &t : {at(QDate(2025, 7, 2), 0, 30), at(QDate(2025, 7, 1), 23, 59), at(backDay, 23, 30), at(forwardDay, 0, 30)}) {
            Interaction i;
            i.externalId = QStringLiteral("dst%1").arg(++n);
            i.channel = Channel::Chat;
            i.siteId = fx.east2;
            i.startedAt = t;
            const qint64 evaluation = *flow.startDraft(*InteractionRepository(db).upsert(i), fx.scorecard.versionId);
            QVERIFY(flow.saveDraft(evaluation, answers, QString()));
            QVERIFY(flow.submit(evaluation));
        }
        SurveyRecord r;
        r.respondentRef = QStringLiteral("summer");
        r.siteId = fx.east1;
        r.respondedAt = at(QDate(2025, 7, 2), 0, 30);
        r.answers.expectation[4] = 6;
        r.answers.perception[4] = 5;
        QVERIFY(SurveyRepository(db).upsert(*SurveyRepository(db).wave(QStringLiteral("2025 Q1 顾客"), SurveyKind::Customer), r));

        // Each on its own day in the zone.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT day, SUM(evaluations) FROM score_rollup WHERE channel = 'chat' GROUP BY day ORDER BY day")));
        QMap<qint64, qint64> chats;
        while (q.next())
            chats[q.value(0).toLongLong()] = q.value(1).toLongLong();
        const QMap<qint64, qint64> expected{{dayNumber(forwardDay), 1}, {dayNumber(QDate(2025, 7, 1)), 1},
                                            {dayNumber(QDate(2025, 7, 2)), 1}, {dayNumber(backDay), 1}};
        QCOMPARE(chats, expected);
        sameDaysAsTheRows(db);
        sameScoreTotals(db);

        // Midnights in winter, in summer, and on both days the clocks change are the rollups' bounds.
        const auto days = LocalDays::load(db);
        QVERIFY(days);
        for (QDate d : {QDate(2025, 1, 15), QDate(2025, 7, 2), forwardDay, forwardDay.addDays(1), backDay, backDay.addDays(1)})
            QCOMPARE(rollups::dayBound(at(d, 0, 0), *days), std::optional<qint64>(dayNumber(d)));
        QCOMPARE(rollups::dayBound(at(QDate(2025, 7, 2), 1, 0), *days), std::nullopt);

        // One summer day, and each day the clocks change, from the rollups: one chat each.
        for (QDate d : {QDate(2025, 7, 2), backDay, forwardDay}) {
            ScoreTrendFilter day;
            day.channel = QStringLiteral("chat");
            day.from = at(d, 0, 0);
            day.to = at(d.addDays(1), 0, 0);
            const auto trend = evaluationScoreTrend(db, day, Granularity::Month, 1);
            QVERIFY(trend);
            QCOMPARE(trend->size(), 1);
            QCOMPARE(trend->at(0).values[dimensionIndex(Dimension::Reliability)].n, 1);
            sameScores(db, day, Granularity::Week);
            InteractionFilter interactions;
            interactions.channel = Channel::Chat;
            interactions.from = day.from;
            interactions.to = day.to;
            QCOMPARE(*InteractionQuery(db).count(interactions), qint64(1));
        }
        ScoreTrendFilter summer;
        summer.from = at(QDate(2025, 6, 1), 0, 0);
        summer.to = at(QDate(2025, 9, 1), 0, 0);
        sameScores(db, summer, Granularity::Month);
        SurveyFilter july;
        july.from = at(QDate(2025, 7, 1), 0, 0);
        july.to = at(QDate(2025, 8, 1), 0, 0);
        sameCustomerGap(db, july, Granularity::Week);
        QCOMPARE(customerGapDimensionTrend(db, july, Granularity::Month, 1)->at(0).result.respondents, 1);
        sameFiveGaps(db, july);
    }

    // A workspace whose days were one offset from UTC (before schema 17) gets its zone's days: its
    // rollups are summed again when a stored time changes its day, and left as they are when none does.
    void aWorkspaceTakesItsZonesDays()
    {
        FiveGapsFixture fx;
        Database &db = *fx.ws.db;
        const QTimeZone berlin("Europe/Berlin");
        Interaction i;
        i.externalId = QStringLiteral("summer");
        i.channel = Channel::Chat;
        i.siteId = fx.east2;
        i.startedAt = QDateTime(QDate(2025, 7, 2), QTime(0, 30), berlin); // 22:30 UTC the day before
        EvaluationWorkflow flow(db, fx.inspector);
        const qint64 evaluation = *flow.startDraft(*InteractionRepository(db).upsert(i), fx.scorecard.versionId);
        QVERIFY(flow.saveDraft(evaluation, {{QStringLiteral("r1"), Answer::yes()}, {QStringLiteral("e1"), Answer::yes()}, {QStringLiteral("c1"), Answer::yes()}},
                               QString()));
        QVERIFY(flow.submit(evaluation));
        // As schema 16 left it: Berlin's winter offset all year.
        for (const char *sql : {"DELETE FROM day_offsets", "INSERT INTO day_offsets (start_s, offset_s) VALUES (-2305843009213693952, 3600)",
                                "UPDATE servqa_meta SET value = '' WHERE key = 'day_zone'",
                                "UPDATE servqa_meta SET value = '3600' WHERE key = 'day_offset_s'"})
            QVERIFY2(db.exec(QString::fromLatin1(sql)), sql);
        const Status rebuilt = rollups::rebuildAll(db);
        QVERIFY2(rebuilt, qPrintable(rebuilt ? QString() : rebuilt.error()));
        const auto chatDay = [&] {
            QSqlQuery q(db.connection());
            return q.exec(QStringLiteral("SELECT day FROM score_rollup WHERE channel = 'chat' AND evaluations > 0")) && q.next()
                       ? q.value(0).toLongLong() : -1;
        };
        QCOMPARE(chatDay(), dayNumber(QDate(2025, 7, 1)));
        sameDaysAsTheRows(db);

        // A zone whose offset is the same at every stored time leaves the sums alone (a mark in
        // them stays), …
        QVERIFY(db.exec(QStringLiteral("UPDATE score_rollup SET passed = passed + 1000")));
        QVERIFY(setDayZone(db, QTimeZone("Africa/Lagos"))); // UTC+1 all year
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT MIN(passed) FROM score_rollup")) && q.next());
        QVERIFY(q.value(0).toLongLong() >= 1000);
        // … and one with summer time sums them again: the chat moves to its own day.
        QVERIFY(setDayZone(db, berlin));
        QCOMPARE(chatDay(), dayNumber(QDate(2025, 7, 2)));
        QCOMPARE(*rollups::storedStamp(db, "day_zone"), QStringLiteral("Europe/Berlin"));
        sameDaysAsTheRows(db);
        sameScoreTotals(db);
        sameFiveGaps(db, {});
        sameCustomerGap(db, {}, Granularity::Month);
        QCOMPARE(*rollups::storedStamp(db, "survey_sums"), rollups::surveySumsStamp(*StandardsRepository(db).standards()));
    }

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
