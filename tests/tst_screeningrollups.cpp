// The screening's rollups (schema 41, core/screeningrollup.cpp) after every kind of write: a
// stored pass, the same interactions screened again, a new version of the rule set, an import
// screened after it, re-imports that move an interaction to another site, channel, agent or day,
// a change of the workspace's time zone, and a workspace whose rollups were never summed. After
// each, every row equals a rebuild from the outcomes, the Screening tab's figures from the
// rollups equal those counted from every outcome, and the figures a QA lead reads have the values
// worked by hand in the comments. On a file and on a server.

#include "localdays.h"
#include "rollups.h"
#include "screening.h"
#include "screeningfixture.h"
#include "screeningstats.h"
#include "transactionguard.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QtTest>

using namespace servqa;

namespace {

const QTimeZone Shanghai("Asia/Shanghai");

// Two rules: "escalation" flags a customer who complains (投诉), "greeting" finds an agent who
// says 您好 in the first two turns. Every call of the fixture has both speakers: both rules read
// all of them, and match calls 0–4.
bool activateRules(Database &db)
{
    const auto set = ruleSetFromJson(R"({"format": "servqa-screening-rules", "code": "t", "name": "T", "channel": "all",
        "status": "active", "rules": [
          {"key": "escalation", "name": "Escalation", "flag": "high", "when": {"phrases": ["投诉"], "speaker": "customer"}},
          {"key": "greeting", "name": "Greeting", "item": {"key": "greeting", "matched": 1, "notMatched": 0},
           "when": {"phrases": ["您好"], "speaker": "agent", "in": {"first": 2, "unit": "turns"}}}]})");
    return set && saveRuleSet(db, *set);
}

// Both rollups as the writers left them equal a rebuild from the outcomes.
void sameAsRebuilt(Database &db)
{
    test::sameAsRebuilt(db,
                        {"SELECT 's', * FROM screening_rollup WHERE screened <> 0 OR flagged <> 0 OR hits <> 0 ORDER BY 2, 3, 4, 5, 6, 7, 8",
                         "SELECT 'a', * FROM screening_staff_rollup WHERE screened <> 0 OR flagged <> 0 OR hits <> 0 "
                         "ORDER BY 2, 3, 4, 5, 6, 7, 8, 9"},
                        [&db] { return rollups::rebuildScreeningRollups(db); });
}

void sameCount(const ScreeningCount &a, const ScreeningCount &b)
{
    QCOMPARE(a.screened, b.screened);
    QCOMPARE(a.flagged, b.flagged);
    QCOMPARE(a.read, b.read);
    QCOMPARE(a.hits, b.hits);
}

// The Screening tab's figures for `scope` from the rollups equal those counted from the outcomes.
void sameStats(Database &db, const IndicatorScope &scope, Granularity g)
{
    const auto rolled = screeningStats(db, scope, g);
    const auto read = screeningStatsFromOutcomes(db, scope, g);
    QVERIFY2(rolled && read, qPrintable(rolled ? (read ? QString() : read.error()) : rolled.error()));
    sameCount(rolled->total, read->total);
    QCOMPARE(rolled->periods.size(), read->periods.size());
    for (int p = 0; p < read->periods.size(); ++p) {
        QCOMPARE(rolled->periods[p].start, read->periods[p].start);
        sameCount(rolled->periods[p].count, read->periods[p].count);
    }
    for (const auto &[a, b] : {std::pair(&rolled->sites, &read->sites), std::pair(&rolled->agents, &read->agents)}) {
        QCOMPARE(a->size(), b->size());
        for (int k = 0; k < b->size(); ++k) {
            QCOMPARE(a->at(k).id, b->at(k).id);
            sameCount(a->at(k).count, b->at(k).count);
        }
    }
}

// Both checks, on March and April 2025 by week, month and quarter, for all sites, one site,
// a region, a channel and the agent.
void inStep(test::ScreeningFixture &f)
{
    Database &db = *f.ws.db;
    sameAsRebuilt(db);
    IndicatorScope scope;
    scope.period = {QDate(2025, 3, 1), QDate(2025, 4, 30)};
    for (Granularity g : {Granularity::Week, Granularity::Month, Granularity::Quarter})
        sameStats(db, scope, g);
    // Days that fill no week at either end, and a scope within one week.
    scope.period = {QDate(2025, 3, 5), QDate(2025, 3, 29)};
    sameStats(db, scope, Granularity::Week);
    sameStats(db, scope, Granularity::Month);
    scope.period = {QDate(2025, 3, 4), QDate(2025, 3, 6)};
    sameStats(db, scope, Granularity::Week);
    scope.period = {QDate(2025, 3, 1), QDate(2025, 4, 30)};
    IndicatorScope one = scope;
    one.siteId = f.siteId;
    sameStats(db, one, Granularity::Week);
    IndicatorScope region = scope;
    region.region = QStringLiteral("华北 North");
    sameStats(db, region, Granularity::Month);
    IndicatorScope chats = scope;
    chats.channel = Channel::Chat;
    sameStats(db, chats, Granularity::Week);
    IndicatorScope agent = scope;
    agent.staffId = f.agentId;
    sameStats(db, agent, Granularity::Week);
}

ScreeningStats march(Database &db, std::optional<qint64> siteId = {})
{
    IndicatorScope scope;
    scope.period = {QDate(2025, 3, 1), QDate(2025, 3, 31)};
    scope.siteId = siteId;
    auto stats = screeningStats(db, scope, Granularity::Month);
    if (!stats)
        qFatal("%s", qPrintable(stats.error()));
    return *stats;
}

// Stores an interaction and screens it with the active rules, as an import does.
qint64 importOne(test::ScreeningFixture &f, Interaction i)
{
    Database &db = *f.ws.db;
    const auto id = InteractionRepository(db).upsert(i);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    if (const auto screened = screenImported(db, {*id}); !screened)
        qFatal("%s", qPrintable(screened.error()));
    return *id;
}

} // namespace

class TestScreeningRollups : public QObject
{
    Q_OBJECT

private slots:
    void theyFollowEveryWrite()
    {
        test::ScreeningFixture f;
        Database &db = *f.ws.db;
        QVERIFY(*rollups::screeningRollupsCurrent(db)); // a new workspace's, summed (empty) at once
        QVERIFY(activateRules(db));
        QVERIFY(screenWorkspace(db));
        inStep(f);
        // Twelve calls on 1–12 March, five of them complaints.
        ScreeningStats stats = march(db);
        QCOMPARE(stats.total.screened, 12);
        QCOMPARE(stats.total.flagged, 5);
        QCOMPARE(stats.total.read.value(QStringLiteral("escalation")), 12);
        QCOMPARE(stats.total.hits.value(QStringLiteral("greeting")), 5);

        // Screened again: the outcomes are replaced, not added.
        QVERIFY(screenWorkspace(db));
        inStep(f);
        QCOMPARE(march(db).total.screened, 12);

        // A second site in another region; a chat there on 31 March at 23:30 without an agent,
        // a complaint.
        Site north;
        north.code = QStringLiteral("T2");
        north.name = QStringLiteral("热线二组 Hotline Team 2");
        north.region = QStringLiteral("华北 North");
        const qint64 northId = *SiteRepository(db).upsert(north);
        Interaction chat;
        chat.externalId = QStringLiteral("C12");
        chat.channel = Channel::Chat;
        chat.siteId = northId;
        chat.startedAt = QDateTime(QDate(2025, 3, 31), QTime(23, 30), Shanghai);
        chat.transcript = QStringLiteral("坐席：您好。\n客户：我要投诉。");
        importOne(f, chat);
        inStep(f);
        stats = march(db);
        QCOMPARE(stats.total.screened, 13);
        QCOMPARE(stats.total.flagged, 6);
        QCOMPARE(march(db, northId).total.flagged, 1);

        // Re-imports move what was found: call 4 (a complaint) to T2 as a chat, call 0 (a
        // complaint, 1 March) to 3 April, call 1 without its agent.
        InteractionRepository calls(db);
        Interaction four = **calls.find(f.calls[4]);
        four.siteId = northId;
        four.channel = Channel::Chat;
        QVERIFY(calls.upsert(four));
        Interaction zero = **calls.find(f.calls[0]);
        zero.startedAt = QDateTime(QDate(2025, 4, 3), QTime(10, 0), Shanghai);
        QVERIFY(calls.upsert(zero));
        Interaction one = **calls.find(f.calls[1]);
        one.staffId.reset();
        QVERIFY(calls.upsert(one));
        inStep(f);
        // March: calls 1–11 and C12, complaints 1–4 and C12; T1 keeps 1–3 and 5–11 (complaints
        // 1–3), T2 has 4 and C12; the agent has 2–11 (complaints 2–4).
        stats = march(db);
        QCOMPARE(stats.total.screened, 12);
        QCOMPARE(stats.total.flagged, 5);
        QCOMPARE(stats.sites.size(), 2);
        QCOMPARE(stats.sites[0].id, f.siteId); // by name: 热线一组, then 热线二组
        QCOMPARE(stats.sites[0].count.screened, 10);
        QCOMPARE(stats.sites[0].count.flagged, 3);
        QCOMPARE(stats.sites[1].id, northId);
        QCOMPARE(stats.sites[1].count.screened, 2);
        QCOMPARE(stats.sites[1].count.flagged, 2);
        QCOMPARE(stats.agents.size(), 1);
        QCOMPARE(stats.agents[0].count.screened, 10);
        QCOMPARE(stats.agents[0].count.flagged, 3);
        QCOMPARE(stats.agents[0].count.hits.value(QStringLiteral("greeting")), 3);

        // A new version of the rules: only the escalation rule. The old set's sums stay for its
        // outcomes; the tab reads the active set's, once the workspace is screened with it.
        const auto second = ruleSetFromJson(R"({"format": "servqa-screening-rules", "code": "t", "name": "T", "channel": "all",
            "status": "active", "rules": [
              {"key": "escalation", "name": "Escalation", "flag": "high", "when": {"phrases": ["投诉"], "speaker": "customer"}}]})");
        QVERIFY(second && saveRuleSet(db, *second));
        QCOMPARE(march(db).total.screened, 0);
        QVERIFY(screenWorkspace(db));
        inStep(f);
        stats = march(db);
        QCOMPARE(stats.total.screened, 12);
        QCOMPARE(stats.total.flagged, 5);
        QVERIFY(!stats.total.read.contains(QStringLiteral("greeting")));
    }

    // Days in a zone with summer time: a call at 05:00 on 1 April in Shanghai is 23:00 on 31 March
    // in Berlin (CEST, since 30 March), so it moves into March when the workspace's days move to
    // Berlin, and the rollups are summed again for the new days.
    void aNewTimeZoneSumsThemAgain()
    {
        test::ScreeningFixture f;
        Database &db = *f.ws.db;
        QVERIFY(activateRules(db));
        Interaction early;
        early.externalId = QStringLiteral("C13");
        early.siteId = f.siteId;
        early.staffId = f.agentId;
        early.startedAt = QDateTime(QDate(2025, 4, 1), QTime(5, 0), Shanghai);
        early.transcript = QStringLiteral("坐席：您好。\n客户：我要投诉。");
        QVERIFY(InteractionRepository(db).upsert(early));
        QVERIFY(screenWorkspace(db));
        QVERIFY(setDayZone(db, QTimeZone("Asia/Shanghai")));
        inStep(f);
        QCOMPARE(march(db).total.screened, 12);
        QVERIFY(setDayZone(db, QTimeZone("Europe/Berlin")));
        inStep(f);
        const ScreeningStats stats = march(db);
        QCOMPARE(stats.total.screened, 13);
        QCOMPARE(stats.total.flagged, 6);
        QCOMPARE(stats.agents[0].count.hits.value(QStringLiteral("greeting")), 6);
    }

    // A workspace whose rollups are not summed (an upgrade not finished, a pass over much of the
    // workspace stopped half-way) is counted from the outcomes, with the same figures; the
    // upgrade's step sums them, and so does the next stored pass, at its end.
    void unsummedRollupsAreNotRead()
    {
        test::ScreeningFixture f;
        Database &db = *f.ws.db;
        QVERIFY(activateRules(db));
        QVERIFY(screenWorkspace(db));
        const auto unsum = [&db] {
            QVERIFY(db.exec(QStringLiteral("DELETE FROM screening_rollup")));
            QVERIFY(db.exec(QStringLiteral("UPDATE servqa_meta SET value = '' WHERE key = 'screening_rollup'")));
            QVERIFY(!*rollups::screeningRollupsCurrent(db));
        };
        unsum();
        QCOMPARE(march(db).total.screened, 12);
        QCOMPARE(march(db).total.flagged, 5);
        QVERIFY(rollups::ensureScreeningRollups(db));
        QVERIFY(*rollups::screeningRollupsCurrent(db));
        inStep(f);
        QCOMPARE(march(db).total.flagged, 5);

        unsum();
        ScreeningOptions three;
        three.ids = {f.calls[0], f.calls[1], f.calls[2]};
        QVector<qint64> seen;
        three.progress = [&seen](qint64 done, qint64 total) {
            seen << done << total;
            return true;
        };
        QVERIFY(screenInteractions(db, activeRuleSets(db).value(), three));
        QVERIFY(*rollups::screeningRollupsCurrent(db));
        inStep(f);
        QCOMPARE(march(db).total.flagged, 5);
        // The sums are the last part of the pass's progress: its three interactions, then one
        // unit (half as many, at least one) for the sums, in two steps (the sites' sums, then
        // the agents').
        QCOMPARE(seen, (QVector<qint64>{3, 4, 3, 4, 4, 4}));
        QVector<qint64> steps;
        unsum();
        QVERIFY(rollups::ensureScreeningRollups(db, [&steps](qint64 done, qint64 total) { steps << done << total; }));
        QCOMPARE(steps, (QVector<qint64>{1, 2, 2, 2}));
        inStep(f);
    }
};

QTEST_GUILESS_MAIN(TestScreeningRollups)
#include "tst_screeningrollups.moc"
