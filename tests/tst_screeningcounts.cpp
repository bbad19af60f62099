// What screening counts (issue 22): the Dashboards' Screening tab's figures by period, site and
// agent, and the workspace's words for the speakers of a transcript. On a file and on a server.

#include "screening.h"
#include "screeningfixture.h"
#include "screeningstats.h"
#include "workspacesettings.h"

#include <QtTest>

using namespace servqa;

class TestScreeningCounts : public QObject
{
    Q_OBJECT

private slots:
    // The Dashboards' Screening tab: what the active set found, by week, site and agent. Calls
    // 0–4 have a customer who complains (a high flag) and an agent who greets; the twelve calls
    // fall on 1–12 March 2025: two in the week of 24 February, seven in the week of 3 March,
    // three in the week of 10 March.
    void screeningIsCountedByPeriodSiteAndAgent()
    {
        test::ScreeningFixture f;
        Database &db = *f.ws.db;
        const auto set = ruleSetFromJson(R"({"format": "servqa-screening-rules", "code": "t", "name": "T", "channel": "all",
            "status": "active", "rules": [
              {"key": "escalation", "name": "升级 Escalation", "flag": "high", "when": {"phrases": ["投诉"], "speaker": "customer"}},
              {"key": "greeting", "name": "问候 Greeting", "item": {"key": "greeting", "matched": 1, "notMatched": 0},
               "when": {"phrases": ["您好"], "speaker": "agent", "in": {"first": 2, "unit": "turns"}}}]})");
        QVERIFY(set && saveRuleSet(db, *set));
        QVERIFY(screenWorkspace(db));
        IndicatorScope scope;
        scope.period = {QDate(2025, 3, 1), QDate(2025, 3, 12)};
        auto stats = screeningStats(db, scope, Granularity::Week);
        QVERIFY2(stats, qPrintable(stats.ok() ? QString() : stats.error()));
        QCOMPARE(stats->rules.size(), 2);
        QCOMPARE(stats->rules[0].key, QStringLiteral("escalation"));
        QVERIFY(stats->rules[0].flags && !stats->rules[1].flags);
        QCOMPARE(stats->total.screened, 12);
        QCOMPARE(stats->total.flagged, 5);
        QCOMPARE(stats->total.read.value(QStringLiteral("greeting")), 12);
        QCOMPARE(stats->total.hits.value(QStringLiteral("greeting")), 5);
        QCOMPARE(*stats->total.hitRate(QStringLiteral("escalation")), 5.0 / 12);
        QCOMPARE(stats->periods.size(), 3);
        const QVector<QDate> weeks{QDate(2025, 2, 24), QDate(2025, 3, 3), QDate(2025, 3, 10)};
        const QVector<qint64> screened{2, 7, 3}, flagged{2, 3, 0};
        for (int w = 0; w < 3; ++w) {
            QCOMPARE(stats->periods[w].start, weeks[w]);
            QCOMPARE(stats->periods[w].count.screened, screened[w]);
            QCOMPARE(stats->periods[w].count.flagged, flagged[w]);
            QCOMPARE(stats->periods[w].count.hits.value(QStringLiteral("escalation")), flagged[w]);
        }
        // 1 and 2 March are the weekend of a week begun in February, 10 to 12 March half a week: drawn apart.
        QVERIFY(!stats->periods[0].whole && stats->periods[1].whole && !stats->periods[2].whole);
        QCOMPARE(stats->sites.size(), 1);
        QCOMPARE(stats->sites[0].name, QStringLiteral("热线一组 Hotline Team 1"));
        QCOMPARE(stats->sites[0].count.flagged, 5);
        QCOMPARE(stats->agents.size(), 1);
        QCOMPARE(stats->agents[0].name, QStringLiteral("王芳 · 热线一组 Hotline Team 1"));
        QCOMPARE(stats->agents[0].count.screened, 12);

        // From 2 March by month; then a site with none of them.
        scope.period.from = QDate(2025, 3, 2);
        stats = screeningStats(db, scope, Granularity::Month);
        QCOMPARE(stats->periods.size(), 1);
        QCOMPARE(stats->periods[0].start, QDate(2025, 3, 1));
        QVERIFY(!stats->periods[0].whole);
        QCOMPARE(stats->total.screened, 11);
        QCOMPARE(stats->total.flagged, 4);
        scope.siteId = stats->sites[0].id + 1000;
        stats = screeningStats(db, scope, Granularity::Month);
        QCOMPARE(stats->total.screened, 0);
        QVERIFY(stats->sites.isEmpty());
    }

    // A restaurant's transcripts name their people 服务员 and 客人: until the workspace knows those words,
    // a rule about what the customer said cannot read them; then it can.
    void speakerWordsAreTheWorkspaces()
    {
        test::ScreeningFixture f;
        Database &db = *f.ws.db;
        Interaction visit = **InteractionRepository(db).find(f.calls[11]);
        visit.transcript = QStringLiteral("服务员：您好，欢迎光临。\n客人：我要投诉你们。");
        QVERIFY(InteractionRepository(db).upsert(visit));
        const auto set = ruleSetFromJson(R"({"format": "servqa-screening-rules", "code": "t", "name": "T", "channel": "all",
            "status": "active", "rules": [{"key": "escalation", "name": "Escalation", "flag": "high",
            "when": {"phrases": ["投诉"], "speaker": "customer"}}]})");
        QVERIFY(set && saveRuleSet(db, *set));
        ScreeningOptions options;
        options.ids = {f.calls[11]};
        QCOMPARE(screenInteractions(db, activeRuleSets(db).value(), options)->flagged, 0);

        WorkspaceSettings settings(db);
        QCOMPARE(settings.speakerWords().customer, SpeakerWords::defaults().customer);
        auto refused = settings.setSpeakerWords({{QStringLiteral("服务员：")}, {QStringLiteral("客人")}, {QStringLiteral("系统")}});
        QCOMPARE(refused.error(), QStringLiteral("\"服务员：\": a speaker's word is written without its colon."));
        refused = settings.setSpeakerWords({{QStringLiteral("服务员")}, {QStringLiteral("客人"), QStringLiteral("服务员")}, {QStringLiteral("系统")}});
        QCOMPARE(refused.error(), QStringLiteral("\"服务员\" names two speakers: a word names one."));
        refused = settings.setSpeakerWords({{QStringLiteral("服务员")}, {QStringLiteral("客人")}, {QStringLiteral(" ")}});
        QCOMPARE(refused.error(), QStringLiteral("Give at least one word for the agent, the customer and the system."));
        QCOMPARE(settings.speakerWords().agent, SpeakerWords::defaults().agent); // nothing half-written

        QVERIFY(settings.setSpeakerWords({{QStringLiteral("服务员"), QStringLiteral("坐席")}, {QStringLiteral("客人"), QStringLiteral("客户")},
                                          {QStringLiteral("系统")}}));
        QCOMPARE(settings.speakerWords().customer, (QStringList{QStringLiteral("客人"), QStringLiteral("客户")}));
        QCOMPARE(screenInteractions(db, activeRuleSets(db).value(), options)->flagged, 1);
        const auto found = interactionScreening(db, f.calls[11]);
        QVERIFY(found && found->hits.size() == 1);
        QCOMPARE(found->hits[0].text, QStringLiteral("投诉"));
        QCOMPARE(visit.transcript.mid(found->hits[0].start, found->hits[0].length), QStringLiteral("投诉"));
    }

};

QTEST_GUILESS_MAIN(TestScreeningCounts)
#include "tst_screeningcounts.moc"
