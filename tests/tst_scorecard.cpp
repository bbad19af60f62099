// Store and agent scorecards on the fixture of scorecardfixture.h: every expected number is
// worked out there from the answers.

#include "scorecard.h"
#include "scorecardfixture.h"

using namespace servqa;

namespace {

const DayRange March{QDate(2025, 3, 1), QDate(2025, 3, 31)};

} // namespace

class TestScorecard : public QObject
{
    Q_OBJECT

private slots:
    // A month is compared with the month before, a quarter with the quarter before; any other
    // span with as many days just before it.
    void previousPeriodIsTheMonthsOrDaysBefore()
    {
        QCOMPARE(March.days(), 31);
        QCOMPARE(March.previous().from, QDate(2025, 2, 1));
        QCOMPARE(March.previous().to, QDate(2025, 2, 28));
        const DayRange secondQuarter{QDate(2025, 4, 1), QDate(2025, 6, 30)};
        QCOMPARE(secondQuarter.previous().from, QDate(2025, 1, 1));
        QCOMPARE(secondQuarter.previous().to, QDate(2025, 3, 31));
        const DayRange fortnight{QDate(2025, 3, 10), QDate(2025, 3, 23)};
        QCOMPARE(fortnight.previous().from, QDate(2025, 2, 24));
        QCOMPARE(fortnight.previous().to, QDate(2025, 3, 9));
        const DayRange toTheMonthsEnd{QDate(2025, 3, 2), QDate(2025, 3, 31)};
        QCOMPARE(toTheMonthsEnd.previous().from, QDate(2025, 1, 31));
        QCOMPARE(toTheMonthsEnd.previous().to, QDate(2025, 3, 1));
    }

    void storesOfARegionAreRanked()
    {
        test::ScorecardFixture f;
        ComparisonRequest r;
        r.kind = SubjectKind::Site;
        r.region = QStringLiteral("华东 East");
        r.siteKind = QStringLiteral("store");
        r.period = March;
        const auto rows = compareSubjects(*f.ws.db, r);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3); // the team is not a store
        const SubjectScores &first = rows->at(0), &second = rows->at(1), &last = rows->at(2);
        QCOMPARE(first.code, QStringLiteral("S2"));
        QCOMPARE(first.rank, 1);
        QCOMPARE(*first.overall.mean, 75.0);
        QCOMPARE(first.evaluations, 2);
        QCOMPARE(first.visits, 0);
        QVERIFY(!first.change()); // nothing before March
        QCOMPARE(second.code, QStringLiteral("S1"));
        QCOMPARE(second.rank, 2);
        QCOMPARE(*second.overall.mean, 62.5); // (100 + 50 + 0 + 100) / 4
        QCOMPARE(second.evaluations, 3);
        QCOMPARE(second.visits, 1);
        QCOMPARE(second.passed, 2);   // 100 and the visit's 100; pass mark 80
        QCOMPARE(*second.passRate(), 50.0);
        QCOMPARE(second.autoFailed, 1);
        QCOMPARE(*second.change(), 12.5); // February: 50
        QCOMPARE(*second.dimensions[int(Dimension::Tangibles)].mean, 100.0);
        QCOMPARE(second.dimensions[int(Dimension::Tangibles)].n, 1);
        QCOMPARE(last.code, QStringLiteral("S3"));
        QCOMPARE(last.rank, 0);
        QVERIFY(!last.overall.mean);
        QCOMPARE(last.total(), 0);
    }

    void agentsOfAStoreAreRanked()
    {
        // The Results page's second table. March's previous period (29 January to 28 February)
        // sums February's month row and three day rows of January.
        test::ScorecardFixture f;
        ComparisonRequest r;
        r.kind = SubjectKind::Agent;
        r.siteId = f.east1;
        r.period = March;
        const auto rows = compareSubjects(*f.ws.db, r);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2); // B1 works at S2
        QCOMPARE(rows->at(0).code, QStringLiteral("A1"));
        QCOMPARE(rows->at(0).rank, 1);
        QCOMPARE(*rows->at(0).overall.mean, 75.0);   // 100 and 50
        QCOMPARE(*rows->at(0).previousOverall, 50.0); // 20 February
        QCOMPARE(*rows->at(0).change(), 25.0);
        QCOMPARE(rows->at(1).code, QStringLiteral("A2"));
        QCOMPARE(*rows->at(1).overall.mean, 50.0);
        QCOMPARE(rows->at(1).visits, 1);
        QVERIFY(!rows->at(1).change());

        r.siteId = f.east3; // a store without agents
        const auto none = compareSubjects(*f.ws.db, r);
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }

    void storeScorecard()
    {
        test::ScorecardFixture f;
        const auto card = computeScorecard(*f.ws.db, {SubjectKind::Site, f.east1, March, std::nullopt});
        QVERIFY2(card, qPrintable(card.ok() ? QString() : card.error()));
        QCOMPARE(card->groupName, QStringLiteral("华东 East"));
        QCOMPARE(card->scores.rank, 2);
        QCOMPARE(card->rankedIn, 2);
        QCOMPARE(*card->scores.overall.mean, 62.5);
        QCOMPARE(card->scores.overall.n, 4);
        // Reliability: r1 yes, no, yes (the auto-failed call keeps its dimension scores).
        const Estimate reliability = card->scores.dimensions[int(Dimension::Reliability)];
        QCOMPARE(reliability.n, 3);
        QCOMPARE(*reliability.mean, 200.0 / 3);
        QCOMPARE(*card->scores.previousDimensions[int(Dimension::Empathy)], 0.0); // February: e1 no
        QCOMPARE(*card->scores.change(int(Dimension::Empathy)), 100.0);

        // Twelve months, April 2024 to March 2025.
        QCOMPARE(card->trendMonths.size(), 12);
        QCOMPARE(card->trendMonths.first(), QDate(2024, 4, 1));
        QCOMPARE(card->trendMonths.last(), QDate(2025, 3, 1));
        QCOMPARE(*card->trend[10].mean, 50.0);
        QCOMPARE(*card->trend[11].mean, 62.5);
        QVERIFY(!card->trend[9].mean);

        // Pareto: r1 failed once in 3, c1 once in 3; nothing else failed.
        QCOMPARE(card->failedItems.size(), 2);
        QCOMPARE(card->failedItems[0].itemKey, QStringLiteral("r1"));
        QCOMPARE(card->failedItems[0].failures, 1);
        QCOMPARE(card->failedItems[0].answered, 3);
        QCOMPARE(card->failedItems[0].cumulativeShare, 0.5);
        QCOMPARE(card->failedItems[1].itemKey, QStringLiteral("c1"));
        QVERIFY(card->failedItems[1].critical);
        QCOMPARE(card->failedItems[1].cumulativeShare, 1.0);

        QCOMPARE(card->criticalFailures.size(), 1);
        QCOMPARE(card->criticalFailures[0].evaluationId, f.evaluations[2]);
        QCOMPARE(card->criticalFailures[0].staffName, QStringLiteral("李娜 <i>Li Na</i>"));
        QCOMPARE(card->criticalFailures[0].itemText, QStringLiteral("读了录音声明 Read the disclosure"));
        QCOMPARE(card->openDisputes, 1);

        // 2 of 3 calls resolved at first contact; 15 s and 20 s meet the call target (20 s),
        // 25 s does not, nor the visit's 40 s (30 s).
        QCOMPARE(card->firstContactResolution.n, 3);
        QCOMPARE(*card->firstContactResolution.percent, 200.0 / 3);
        QCOMPARE(card->responseCompliance.n, 4);
        QCOMPARE(*card->responseCompliance.percent, 50.0);
    }

    void agentScorecard()
    {
        test::ScorecardFixture f;
        const auto card = computeScorecard(*f.ws.db, {SubjectKind::Agent, f.a2, March, std::nullopt});
        QVERIFY(card);
        QCOMPARE(card->groupName, QStringLiteral("上海南京路店 <b>Nanjing Rd</b>"));
        QCOMPARE(*card->scores.overall.mean, 50.0); // 0 and the visit's 100
        QCOMPARE(card->scores.evaluations, 1);      // each counted once from the agent's month row
        QCOMPARE(card->scores.visits, 1);
        QCOMPARE(card->trend.constLast().n, 2);     // March in the twelve months' trend
        QCOMPARE(card->scores.rank, 2);             // A1: 75
        QCOMPARE(card->rankedIn, 2);
        QCOMPARE(card->openDisputes, 0);            // the disputed call is A1's
        QCOMPARE(card->firstContactResolution.n, 1);
        QCOMPARE(*card->firstContactResolution.percent, 0.0);
    }

    void formFilterAndUnknownSubject()
    {
        test::ScorecardFixture f;
        const auto card = computeScorecard(*f.ws.db, {SubjectKind::Site, f.east1, March, f.checklist.formId});
        QVERIFY(card);
        QCOMPARE(card->scores.visits, 1);
        QCOMPARE(card->scores.evaluations, 0);
        QCOMPARE(*card->scores.overall.mean, 100.0);
        QCOMPARE(card->scores.rank, 1); // S2 has no checklist visit
        QCOMPARE(card->rankedIn, 1);
        const auto missing = computeScorecard(*f.ws.db, {SubjectKind::Agent, 999, March, std::nullopt});
        QVERIFY(!missing);
        QCOMPARE(missing.error(), QStringLiteral("There is no agent with id 999."));
    }
};

QTEST_GUILESS_MAIN(TestScorecard)
#include "tst_scorecard.moc"
