// Service indicators (core/indicators.h) as a store manager checks them: a month of contacts and
// feedback imported from CSV (tests/data/indicators), each indicator's exact value worked by hand
// in the comments, the most specific target winning, and the status against the levels; the
// evaluations' indicators on a demo workspace against an independent SQL count.

#include "alerts.h"
#include "csvimporter.h"
#include "demogenerator.h"
#include "indicators.h"
#include "testsupport.h"
#include "workspacesettings.h"

#include <QSqlQuery>

#include <cmath>

using namespace servqa;

namespace {


const DayRange november{QDate(2026, 11, 1), QDate(2026, 11, 30)};

IndicatorValue valueOf(const QVector<IndicatorValue> &values, IndicatorKind kind)
{
    for (const IndicatorValue &v : values) {
        if (v.kind == kind)
            return v;
    }
    return {};
}

qint64 siteId(Database &db, const char *code)
{
    return test::scalar(db, QStringLiteral("SELECT id FROM sites WHERE code = '%1'").arg(QLatin1String(code))).toLongLong();
}

bool near(const std::optional<double> &v, double expected)
{
    return v && std::abs(*v - expected) < 1e-9;
}

} // namespace

class TestIndicators : public QObject
{
    Q_OBJECT

    test::Workspace m_ws;

private slots:
    void initTestCase()
    {
        Database &db = *m_ws.db;
        QVERIFY(test::importIndicators(db, ImportKind::Sites, "sites.csv"));
        QVERIFY(test::importIndicators(db, ImportKind::Interactions, "interactions.csv"));
        const Status five = test::importIndicators(db, ImportKind::Feedback, "feedback.csv", QStringLiteral("After the call"));
        QVERIFY2(five, qPrintable(five ? QString() : five.error()));
        QVERIFY(test::importIndicators(db, ImportKind::Feedback, "feedback-ten.csv", QStringLiteral("App survey"), 10));
    }

    // Every site and channel in November (F5 and I7 are in December).
    void feedbackOfTheMonth()
    {
        const auto values = computeIndicators(*m_ws.db, IndicatorScope{{}, {}, {}, november, {}});
        QVERIFY2(values, qPrintable(values ? QString() : values.error()));
        // CSAT: 5, 4, 3, 1 of 5 and 9 of 10; the top two boxes are 4–5 and 9–10: 3 of 5 = 60 %.
        const IndicatorValue csat = valueOf(*values, IndicatorKind::Csat);
        QCOMPARE(csat.n, 5);
        QCOMPARE(csat.hits, 3.0);
        QVERIFY(near(csat.value, 60.0));
        // Mean on 1–5: (5 + 4 + 3 + 1 + (1 + 8·4/9)) / 5 = 3.5111…
        QVERIFY(near(valueOf(*values, IndicatorKind::CsatMean).value, (13.0 + 1.0 + 32.0 / 9) / 5));
        // NPS: 10 and 9 promoters, 7 passive, 0 and 6 detractors: (2 − 2)/5 = 0; SE = 100·√(0.8/5) = 40.
        const IndicatorValue nps = valueOf(*values, IndicatorKind::Nps);
        QCOMPARE(nps.n, 5);
        QVERIFY(near(nps.value, 0.0));
        QVERIFY(near(nps.standardError, 40.0));
        QVERIFY(near(nps.upper, 40.0 * 1.959963984540054));
        // CES: 7, 4, 2 → 13/3.
        QVERIFY(near(valueOf(*values, IndicatorKind::Ces).value, 13.0 / 3));
        QCOMPARE(valueOf(*values, IndicatorKind::Ces).n, 3);
    }

    // Calls only: F1, F2 and T1 (the interactions' channel, not a column of the file).
    void feedbackOfOneChannel()
    {
        const auto values = computeIndicators(*m_ws.db, IndicatorScope{{}, {}, Channel::Call, november, {}});
        QVERIFY(values);
        QVERIFY(near(valueOf(*values, IndicatorKind::Csat).value, 100.0));
        QVERIFY(near(valueOf(*values, IndicatorKind::Nps).value, 100.0 / 3)); // 2 promoters, 1 detractor of 3
    }

    void contactsOfTheMonth()
    {
        const auto values = computeIndicators(*m_ws.db, IndicatorScope{{}, {}, {}, november, {}});
        QVERIFY(values);
        // Resolved at first contact: I1, I3, I6 of I1, I2, I3, I5, I6 (I4 does not say): 60 %.
        const IndicatorValue fcr = valueOf(*values, IndicatorKind::Fcr);
        QCOMPARE(fcr.n, 5);
        QVERIFY(near(fcr.value, 60.0));
        // First response against each channel's threshold (call 20 s, chat 30 s, e-mail 2 h):
        // I1 15 ✓, I2 25 ✗, I3 30 ✓, I4 45 ✗, I5 3600 ✓, I6 10 ✓: 4 of 6.
        const IndicatorValue first = valueOf(*values, IndicatorKind::FirstResponse);
        QCOMPARE(first.n, 6);
        QCOMPARE(first.hits, 4.0);
        // Resolved within 48 h: I1 600 s ✓, I2 90000 ✓, I5 200000 ✗, I6 300 ✓: 3 of 4.
        QVERIFY(near(valueOf(*values, IndicatorKind::ResolutionTime).value, 75.0));
        // Resolved in the end (at first contact or with a resolution time): all 5 that say.
        QVERIFY(near(valueOf(*values, IndicatorKind::ResolutionRate).value, 100.0));
        QCOMPARE(valueOf(*values, IndicatorKind::ResolutionRate).n, 5);
    }

    // The starting targets: FCR 75/70/65 → 60 alarms; first response 80/75/70 on every channel →
    // 66.7 alarms; resolution rate 100 ≥ 95 is met; CSAT 60 < 80 alarms.
    void statusAgainstTheLevels()
    {
        const auto values = computeIndicators(*m_ws.db, IndicatorScope{{}, {}, {}, november, {}});
        QVERIFY(values);
        QCOMPARE(valueOf(*values, IndicatorKind::Fcr).status, IndicatorStatus::Alarm);
        QCOMPARE(valueOf(*values, IndicatorKind::FirstResponse).status, IndicatorStatus::Alarm);
        QCOMPARE(valueOf(*values, IndicatorKind::ResolutionRate).status, IndicatorStatus::Met);
        QCOMPARE(valueOf(*values, IndicatorKind::Csat).status, IndicatorStatus::Alarm);
        QCOMPARE(valueOf(*values, IndicatorKind::EvaluationPass).status, IndicatorStatus::NoData);
        IndicatorTarget t;
        t.target = 90;
        t.warning = 80;
        t.alarm = 70;
        QCOMPARE(statusOf(95.0, t), IndicatorStatus::Met);
        QCOMPARE(statusOf(90.0, t), IndicatorStatus::Met);
        QCOMPARE(statusOf(85.0, t), IndicatorStatus::BelowTarget);
        QCOMPARE(statusOf(75.0, t), IndicatorStatus::Warning);
        QCOMPARE(statusOf(69.9, t), IndicatorStatus::Alarm);
        QCOMPARE(statusOf(std::nullopt, t), IndicatorStatus::NoData);
    }

    // A store's own chat threshold (60 s) wins over the chat target of every store (30 s), and a
    // region's CSAT target over everyone's; other stores keep theirs.
    void theMostSpecificTargetWins()
    {
        Database &db = *m_ws.db;
        const qint64 s1 = siteId(db, "S1");
        IndicatorTarget chat;
        chat.kind = IndicatorKind::FirstResponse;
        chat.channel = Channel::Chat;
        chat.siteId = s1;
        chat.thresholdSeconds = 60;
        chat.target = 95;
        chat.warning = 90;
        chat.alarm = 85;
        const auto id = saveIndicatorTarget(db, chat);
        QVERIFY2(id, qPrintable(id ? QString() : id.error()));
        IndicatorTarget east;
        east.kind = IndicatorKind::Csat;
        east.region = QStringLiteral("East");
        east.target = 50;
        east.warning = 40;
        east.alarm = 30;
        QVERIFY(saveIndicatorTarget(db, east));

        const auto s1Chat = computeIndicators(db, IndicatorScope{s1, {}, Channel::Chat, november, {}});
        QVERIFY(s1Chat);
        const IndicatorValue first = valueOf(*s1Chat, IndicatorKind::FirstResponse);
        QVERIFY(near(first.value, 100.0)); // I3 30 s and I4 45 s, both within 60 s
        QCOMPARE(first.target->thresholdSeconds, std::optional<int>(60));
        QCOMPARE(first.status, IndicatorStatus::Met);
        // S1's CSAT (5, 4, 3: 2 of 3 = 66.7 %) against the East target of 50: met.
        const auto s1All = computeIndicators(db, IndicatorScope{s1, {}, {}, november, {}});
        QVERIFY(s1All);
        QVERIFY(near(valueOf(*s1All, IndicatorKind::Csat).value, 200.0 / 3));
        QCOMPARE(valueOf(*s1All, IndicatorKind::Csat).target->target, 50.0);
        QCOMPARE(valueOf(*s1All, IndicatorKind::Csat).status, IndicatorStatus::Met);
        // S2 is in the West: everyone's 90.
        const auto s2 = computeIndicators(db, IndicatorScope{siteId(db, "S2"), {}, {}, november, {}});
        QCOMPARE(valueOf(*s2, IndicatorKind::Csat).target->target, 90.0);

        // Saving the same scope again replaces the target; levels out of order are refused.
        chat.id = 0;
        chat.target = 99;
        QVERIFY(saveIndicatorTarget(db, chat));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM indicator_targets WHERE site_id IS NOT NULL")).toInt(), 1);
        chat.warning = 100;
        const auto refused = saveIndicatorTarget(db, chat);
        QVERIFY(!refused);
        QCOMPARE(refused.error(), QStringLiteral("The levels must go down from the target to the warning to the alarm (99 ≥ 100 ≥ 85)."));
        QVERIFY(removeIndicatorTarget(db, *id + 2));
        QVERIFY(removeIndicatorTarget(db, test::scalar(db, QStringLiteral("SELECT id FROM indicator_targets WHERE region = 'East'")).toLongLong()));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM indicator_targets WHERE site_id IS NOT NULL OR region <> ''")).toInt(), 0);
    }

    // A channel's first-response time is one value: Settings' (response_targets, the scorecards'
    // compliance) and the indicator's threshold, whichever is changed.
    void oneFirstResponseTimePerChannel()
    {
        test::Workspace ws;
        Database &db = *ws.db;
        QVERIFY(WorkspaceSettings(db).setResponseTarget(QStringLiteral("chat"), 50));
        const auto chat = targetFor(*loadIndicatorTargets(db), IndicatorKind::FirstResponse, Channel::Chat, QString(), std::nullopt);
        QCOMPARE(chat->thresholdSeconds, std::optional<int>(50));
        IndicatorTarget call = *targetFor(*loadIndicatorTargets(db), IndicatorKind::FirstResponse, Channel::Call, QString(), std::nullopt);
        call.thresholdSeconds = 25;
        QVERIFY(saveIndicatorTarget(db, call));
        QCOMPARE(WorkspaceSettings(db).responseTargets()->value(QStringLiteral("call")), 25);
        QCOMPARE(WorkspaceSettings(db).responseTargets()->value(QStringLiteral("chat")), 50);
    }

    // An agent's scorecard: their own contacts and the feedback on them, against their store's
    // targets, and the open alerts of their store only.
    void anAgentsIndicatorsAndTheirStoresAlerts()
    {
        test::Workspace ws;
        Database &db = *ws.db;
        QVERIFY(test::importText(db, ImportKind::Sites, "code,name,kind,region\nS1,Nanjing Road,store,East\nS2,Chengdu Taikoo Li,store,West\n"));
        QVERIFY(test::importText(db, ImportKind::Staff, "code,name,site_code\nA1,Li Lei,S1\nA2,Wang Fang,S1\n"));
        QVERIFY(test::importText(db, ImportKind::Interactions,
                                 "external_id,channel,site_code,staff_code,started_at,first_response_s,resolved\n"
                                 "J1,call,S1,A1,2026-11-02 09:00,10,1\nJ2,call,S1,A1,2026-11-03 09:00,30,0\n"
                                 "J3,call,S1,A2,2026-11-04 09:00,5,1\n"));
        QVERIFY(test::importText(db, ImportKind::Feedback,
                                 "response_id,interaction_id,responded_at,csat\nG1,J1,2026-11-02 10:00,5\nG2,J2,2026-11-03 10:00,2\n"
                                 "G3,J3,2026-11-04 10:00,5\n",
                                 QStringLiteral("After the call")));
        const qint64 a1 = test::scalar(db, QStringLiteral("SELECT id FROM staff WHERE code = 'A1'")).toLongLong();
        const qint64 s1 = siteId(db, "S1"), s2 = siteId(db, "S2");
        for (const auto &[site, indicator] : {std::pair{s1, "fcr"}, std::pair{s2, "csat"}}) {
            test::scalar(db, QStringLiteral("INSERT INTO alerts (kind, indicator, site_id, period_from, period_to, severity, value, threshold, n, raised_at) "
                                            "VALUES ('level', '%1', %2, '2026-11-01', '2026-11-30', 'alarm', 60, 65, 40, 0)")
                                 .arg(QLatin1String(indicator))
                                 .arg(site));
        }
        const auto agent = scorecardIndicators(db, SubjectKind::Agent, a1, november);
        QVERIFY2(agent, qPrintable(agent ? QString() : agent.error()));
        QCOMPARE(agent->siteName, QStringLiteral("Nanjing Road"));
        // J1 resolved, J2 not: 1 of 2. J1 answered in 10 s, J2 in 30 (a call's 20 s): 1 of 2.
        // CSAT 5 and 2 of 5: one in the top two boxes.
        for (IndicatorKind k : {IndicatorKind::Fcr, IndicatorKind::FirstResponse, IndicatorKind::Csat}) {
            QCOMPARE(valueOf(agent->values, k).n, 2);
            QVERIFY(near(valueOf(agent->values, k).value, 50.0));
        }
        // Against the starting targets of every site: FCR 75/70/65, 50 is an alarm.
        QCOMPARE(valueOf(agent->values, IndicatorKind::Fcr).status, IndicatorStatus::Alarm);
        QCOMPARE(agent->openAlerts.size(), 1);
        QCOMPARE(agent->openAlerts.first().indicator, IndicatorKind::Fcr);
        // The answers behind the agent's CSAT, each with the call it followed and that call's day.
        IndicatorScope mine;
        mine.siteId = s1;
        mine.staffId = a1;
        mine.period = november;
        const auto answers = casesOf(db, IndicatorKind::Csat, mine, std::nullopt);
        QVERIFY(answers);
        QCOMPARE(answers->size(), 2);
        QCOMPARE(answers->first().reference, QStringLiteral("G2")); // CSAT 2: against, first
        QCOMPARE(answers->first().interaction, QStringLiteral("J2"));
        QCOMPARE(answers->first().interactionDay, QDate(2026, 11, 3));
        // The store: all three contacts, 2 of 3.
        const auto store = scorecardIndicators(db, SubjectKind::Site, s1, november);
        QVERIFY(store);
        QCOMPARE(valueOf(store->values, IndicatorKind::Fcr).n, 3);
        QVERIFY(near(valueOf(store->values, IndicatorKind::Csat).value, 200.0 / 3));
    }

    // Evaluations passed and mystery-shop compliance on a demo workspace, against a count in SQL
    // written apart from the code under test.
    void evaluationsAgainstAnIndependentCount()
    {
        test::Workspace ws;
        DemoOptions options;
        options.evaluations = 300;
        options.endDate = QDate(2026, 11, 30);
        const auto made = generateDemo(*ws.db, options);
        QVERIFY2(made, qPrintable(made ? QString() : made.error()));
        const DayRange period{QDate(2025, 6, 1), QDate(2026, 11, 30)};
        const auto values = computeIndicators(*ws.db, IndicatorScope{{}, {}, {}, period, {}});
        QVERIFY(values);
        const qint64 from = period.start().toSecsSinceEpoch(), to = period.end().toSecsSinceEpoch();
        const QString inPeriod = QStringLiteral(" FROM evaluations e, form_versions v, forms f WHERE v.id = e.form_version_id AND f.id = v.form_id "
                                                "AND e.status != 'draft' AND e.occurred_at >= %1 AND e.occurred_at < %2 ").arg(from).arg(to);
        const int scorecards = test::scalar(*ws.db, QStringLiteral("SELECT COUNT(*)") + inPeriod + QStringLiteral("AND f.kind = 'scorecard' AND e.passed IS NOT NULL")).toInt();
        const int passed = test::scalar(*ws.db, QStringLiteral("SELECT COUNT(*)") + inPeriod + QStringLiteral("AND f.kind = 'scorecard' AND e.passed = 1")).toInt();
        const double visitMean = test::scalar(*ws.db, QStringLiteral("SELECT AVG(e.score)") + inPeriod + QStringLiteral("AND f.kind = 'checklist'")).toDouble();
        QVERIFY(scorecards > 150);
        const IndicatorValue pass = valueOf(*values, IndicatorKind::EvaluationPass);
        QCOMPARE(pass.n, scorecards);
        QCOMPARE(pass.hits, double(passed));
        const IndicatorValue shop = valueOf(*values, IndicatorKind::MysteryShop);
        QVERIFY(shop.n > 10);
        QVERIFY(std::abs(shop.value.value_or(-1) - visitMean) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
