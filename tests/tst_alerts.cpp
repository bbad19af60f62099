// Alerts (core/alerts.h) as a store manager meets them: raised by the import that brings the data,
// once; a control chart that tells a real shift from noise; acknowledged once, with a note.

#include "alerts.h"
#include "csvimporter.h"
#include "scorecardfixture.h"
#include "testsupport.h"
#include "timeutil.h"
#include "workspacesettings.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace servqa;

namespace {

using test::importText;

// 22 weeks of calls at S1, Monday 2026-06-01 to Sunday 2026-11-01: 20 a week, 18 answered within
// the 20 s of a call (10 s) and 2 not (40 s); in the last two weeks only 8 of 20 within.
QByteArray shiftingCalls()
{
    QByteArray csv("external_id,channel,site_code,started_at,first_response_s\n");
    const QDate first(2026, 6, 1);
    int n = 0;
    for (int week = 0; week < 22; ++week) {
        const int within = week < 20 ? 18 : 8;
        for (int c = 0; c < 20; ++c) {
            const QDate day = first.addDays(7 * week + c % 5);
            csv += QStringLiteral("C%1,call,S1,%2 10:%3,%4\n").arg(++n).arg(day.toString(Qt::ISODate)).arg(c, 2, 10, QLatin1Char('0'))
                       .arg(c < within ? 10 : 40).toUtf8();
        }
    }
    return csv;
}

const QByteArray sites("code,name,kind,region\nS1,Nanjing Road,store,East\nS2,Chengdu Taikoo Li,store,West\n");

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private slots:
    void weeksAreMondayToSunday()
    {
        const QVector<DayRange> weeks = weeksEndingWith(QDate(2026, 12, 2), 3); // a Wednesday
        QCOMPARE(weeks.size(), 3);
        QCOMPARE(weeks.last().from, QDate(2026, 11, 30));
        QCOMPARE(weeks.last().to, QDate(2026, 12, 6));
        QCOMPARE(weeks.first().from, QDate(2026, 11, 16));
    }

    // A trend's first and last periods end where the report's period does; the charts draw them
    // hollow, so a week of one day is not read as a week.
    void aPeriodCutShortIsNotWhole()
    {
        IndicatorChart weekly;
        weekly.weeks = {{QDate(2026, 11, 1), QDate(2026, 11, 1)}, {QDate(2026, 11, 2), QDate(2026, 11, 8)}, {QDate(2026, 11, 30), QDate(2026, 11, 30)}};
        QVERIFY(!isWholePeriod(weekly, 0));
        QVERIFY(isWholePeriod(weekly, 1));
        QVERIFY(!isWholePeriod(weekly, 2));
        IndicatorChart monthly;
        monthly.monthly = true;
        monthly.weeks = {{QDate(2026, 1, 15), QDate(2026, 1, 31)}, {QDate(2026, 2, 1), QDate(2026, 2, 28)}, {QDate(2026, 3, 1), QDate(2026, 3, 30)}};
        QVERIFY(!isWholePeriod(monthly, 0));
        QVERIFY(isWholePeriod(monthly, 1));
        QVERIFY(!isWholePeriod(monthly, 2));
    }

    // The p chart of a share of calls answered in time: 90 % for twenty weeks, then 40 %. The
    // limits come from the first 20 weeks; both late weeks fall below the lower limit.
    void theChartFindsTheShift()
    {
        test::Workspace ws;
        QVERIFY(importText(*ws.db, ImportKind::Sites, sites));
        QVERIFY(importText(*ws.db, ImportKind::Interactions, shiftingCalls()));
        AlertCheck check;
        check.now = QDateTime(QDate(2026, 11, 1), QTime(20, 0));
        check.weeks = 22;
        const auto c = indicatorChart(*ws.db, IndicatorKind::FirstResponse, IndicatorScope{}, check);
        QVERIFY2(c, qPrintable(c ? QString() : c.error()));
        QVERIFY(c->chart);
        QCOMPARE(c->weeks.size(), 22);
        QCOMPARE(c->baseline.from, QDate(2026, 6, 1));
        QCOMPARE(c->baseline.to, QDate(2026, 10, 18));
        QVERIFY(!c->baselineSet);
        // p̄ = 360/400 = 0.9; σ of a week of 20 = √(0.9·0.1/20) = 0.0671; LCL = 0.9 − 0.2012 = 0.6988.
        QCOMPARE(c->chart->centre, 0.9);
        QVERIFY(std::abs(c->chart->primary.points[0].lower - (0.9 - 3 * std::sqrt(0.09 / 20))) < 1e-12);
        QVector<int> beyond;
        for (const spc::Signal &s : c->chart->found) {
            if (s.rule == 1)
                beyond << s.subgroups;
        }
        QCOMPARE(beyond, (QVector<int>{20, 21}));

        // A baseline set by the user: the limits come from its weeks.
        QVERIFY(setChartBaseline(*ws.db, IndicatorKind::FirstResponse, 0, DayRange{QDate(2026, 6, 1), QDate(2026, 7, 5)}, std::nullopt));
        const auto set = indicatorChart(*ws.db, IndicatorKind::FirstResponse, IndicatorScope{}, check);
        QVERIFY(set && set->baselineSet);
        QCOMPARE(set->chart->baseline.last, 4);

        // A chart of a period that ends on Wednesday 28 October: its last week is Monday to
        // Wednesday, the calls of Monday to Wednesday only (12 of 20; 6 within 20 s).
        check.now = QDateTime(QDate(2026, 10, 28), QTime(23, 59));
        const auto midweek = indicatorChart(*ws.db, IndicatorKind::FirstResponse, IndicatorScope{}, check);
        QVERIFY(midweek);
        QCOMPARE(midweek->weeks.last().from, QDate(2026, 10, 26));
        QCOMPARE(midweek->weeks.last().to, QDate(2026, 10, 28));
        QCOMPARE(midweek->values.last().n, 12);
        QCOMPARE(*midweek->values.last().value, 50.0);
    }

    // Scores near the top with a wide range: X̿ = 284/3, R̄ = 55/3, so X̿ + A2·R̄ = 105.24, a limit no
    // mean can reach; the chart draws it at 100 % and keeps the lower one, 84.09.
    void aScoreLimitStopsAtTheTop()
    {
        test::ScorecardFixture f;
        Database &db = *f.ws.db;
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO evaluations (form_version_id, site_id, occurred_at, status, created_at, updated_at, score) "
                                 "VALUES (?, ?, ?, 'submitted', 0, 0, ?)"));
        const QVector<QVector<double>> weeks{{100, 80, 100, 90, 100}, {100, 85, 100, 95, 100}, {90, 100, 100, 80, 100}};
        for (int w = 0; w < weeks.size(); ++w) {
            for (int i = 0; i < weeks[w].size(); ++i) {
                q.addBindValue(f.scorecard.versionId);
                q.addBindValue(f.east3);
                q.addBindValue(toStored(QDateTime(QDate(2025, 3, 3 + 7 * w), QTime(10, i))));
                q.addBindValue(weeks[w][i]);
                QVERIFY(q.exec());
            }
        }
        IndicatorScope scope;
        scope.siteId = f.east3;
        AlertCheck check;
        check.now = QDateTime(QDate(2025, 3, 23), QTime(23, 59));
        check.weeks = 3;
        const auto r = scoreChart(db, scope, spc::ChartKind::XbarR, 5, check);
        QVERIFY2(r && r->chart, qPrintable(r ? QStringLiteral("no chart") : r.error()));
        const spc::Constants k = spc::constantsFor(5);
        QVERIFY(std::abs(r->chart->centre - 284.0 / 3) < 1e-9);
        QVERIFY(284.0 / 3 + k.A2 * 55.0 / 3 > 105);
        for (const spc::Point &p : r->chart->primary.points) {
            QCOMPARE(p.upper, 100.0);
            QVERIFY(std::abs(p.lower - (284.0 / 3 - k.A2 * 55.0 / 3)) < 1e-9);
        }
    }

    // The weekly X̄–R and X̄–S charts of evaluation scores at a store of its own (S3): four weeks of
    // March 2025, five evaluations each except the last (twelve); a week of one evaluation, a draft
    // and a checklist left out.
    void scoreChartsOfWeeklySubgroups()
    {
        test::ScorecardFixture f;
        Database &db = *f.ws.db;
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO evaluations (form_version_id, site_id, occurred_at, status, created_at, updated_at, score) "
                                 "VALUES (?, ?, ?, ?, 0, 0, ?)"));
        auto add = [&](const QDate &day, int minute, double score, qint64 version, const char *status = "submitted") {
            q.addBindValue(version);
            q.addBindValue(f.east3);
            q.addBindValue(toStored(QDateTime(day, QTime(10, minute))));
            q.addBindValue(QString::fromLatin1(status));
            q.addBindValue(score);
            QVERIFY(q.exec());
        };
        const QVector<QVector<double>> weeks{{80, 90, 70, 85, 75}, {82, 88, 78, 84, 78}, {60, 70, 65, 75, 80},
                                             {0, 90, 0, 85, 0, 0, 80, 0, 95, 0, 100, 0}};
        add(QDate(2025, 2, 26), 0, 50, f.scorecard.versionId); // alone in its week
        for (int w = 0; w < weeks.size(); ++w) {
            for (int i = 0; i < weeks[w].size(); ++i)
                add(QDate(2025, 3, 3 + 7 * w), i, weeks[w][i], f.scorecard.versionId);
        }
        add(QDate(2025, 3, 4), 0, 0, f.scorecard.versionId, "draft");
        add(QDate(2025, 3, 4), 1, 0, f.checklist.versionId);
        IndicatorScope scope;
        scope.siteId = f.east3;
        AlertCheck check;
        check.now = QDateTime(QDate(2025, 3, 30), QTime(23, 59));
        check.weeks = 5;
        check.rules = spc::allRules;

        // X̄–R, five a week: the last week's five at even steps through its twelve (the 2nd, 4th,
        // 7th, 9th and 11th: 90, 85, 80, 95, 100). Means 80, 82, 70, 90; ranges 20, 10, 20, 20.
        const auto r = scoreChart(db, scope, spc::ChartKind::XbarR, 5, check);
        QVERIFY2(r, qPrintable(r ? QString() : r.error()));
        QVERIFY(r->scores && r->chart);
        QCOMPARE(r->key, QStringLiteral("scores_xbar_r"));
        QCOMPARE(r->weeks.size(), 4);
        QCOMPARE(r->weeks.first().from, QDate(2025, 3, 3));
        QVector<double> means;
        for (const IndicatorValue &v : r->values) {
            QCOMPARE(v.n, 5);
            means << *v.value;
        }
        QCOMPARE(means, (QVector<double>{80, 82, 70, 90}));
        // X̿ = 80.5, R̄ = 17.5: limits X̿ ± A2·R̄, R chart D3·R̄ to D4·R̄ (A2 = 0.577, D4 = 2.114 for n = 5).
        const spc::Constants k = spc::constantsFor(5);
        QVERIFY(std::abs(r->chart->centre - 80.5) < 1e-12);
        QVERIFY(std::abs(r->chart->primary.points[0].upper - (80.5 + k.A2 * 17.5)) < 1e-9);
        QVERIFY(std::abs(r->chart->spread->points[0].centre - 17.5) < 1e-12);
        QVERIFY(std::abs(r->chart->spread->points[0].upper - k.D4 * 17.5) < 1e-9);
        QVERIFY(std::abs(r->chart->primary.points[0].upper - 90.594) < 0.001); // 80.5 + 0.577 · 17.5

        // X̄–S, up to 25 a week: every evaluation of the last week, mean 450 / 12 = 37.5.
        const auto s = scoreChart(db, scope, spc::ChartKind::XbarS, 25, check);
        QVERIFY(s && s->chart);
        QCOMPARE(s->key, QStringLiteral("scores_xbar_s"));
        QCOMPARE(s->values.last().n, 12);
        QCOMPARE(*s->values.last().value, 37.5);

        // A baseline set for the X̄–R chart: the first two weeks, X̿ = 81 and R̄ = 15.
        QVERIFY(setChartBaseline(db, r->key, f.east3, DayRange{QDate(2025, 3, 3), QDate(2025, 3, 16)}, std::nullopt));
        const auto set = scoreChart(db, scope, spc::ChartKind::XbarR, 5, check);
        QVERIFY(set && set->baselineSet);
        QCOMPARE(set->chart->centre, 81.0);
        QVERIFY(std::abs(set->chart->spread->points[0].centre - 15.0) < 1e-12);
        // Only a QA lead or an administrator moves the limits: an inspector is refused.
        const Status byInspector = setChartBaseline(db, r->key, f.east3, DayRange{QDate(2025, 3, 3), QDate(2025, 3, 23)}, f.inspector);
        QVERIFY(!byInspector);
        QVERIFY(byInspector.error().contains(QStringLiteral("Only a QA lead or an administrator")));
        QVERIFY(!clearChartBaseline(db, r->key, f.east3, f.manager));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT to_day FROM spc_baselines")).toString(), QStringLiteral("2025-03-16"));
        test::scalar(db, QStringLiteral("INSERT INTO users (login, name, role) VALUES ('lead', 'Chen Jing', 'lead')"));
        QVERIFY(clearChartBaseline(db, r->key, f.east3, test::scalar(db, QStringLiteral("SELECT id FROM users WHERE login = 'lead'")).toLongLong()));

        // A week's evaluations behind the chart, each with the evaluation to open.
        IndicatorScope first = scope;
        first.period = DayRange{QDate(2025, 3, 3), QDate(2025, 3, 9)};
        const auto cases = casesOf(db, IndicatorKind::EvaluationPass, first, std::nullopt);
        QVERIFY(cases);
        QCOMPARE(cases->size(), 5);
        for (const AlertCase &c : *cases) {
            QVERIFY(c.evaluationId > 0);
            QCOMPARE(c.reference, QStringLiteral("Evaluation %1").arg(c.evaluationId));
        }
        // Two listed, all five counted (none passed: the rows above have no pass mark).
        CaseCounts counts;
        const auto two = casesOf(db, IndicatorKind::EvaluationPass, first, std::nullopt, 2, &counts);
        QCOMPARE(two->size(), 2);
        QCOMPARE(counts.total, 5);
        QCOMPARE(counts.against, 5);
        QVERIFY(!scoreChart(db, scope, spc::ChartKind::XbarR, 5, check)->baselineSet);
    }

    // The workspace's run rules decide the signals: rule 1 alone raises the two weeks beyond the
    // lower limit and not the rule-2 warning; no rule at all is refused.
    void theWorkspacesRunRules()
    {
        test::Workspace ws;
        QVERIFY(importText(*ws.db, ImportKind::Sites, sites));
        QVERIFY(importText(*ws.db, ImportKind::Interactions, shiftingCalls()));
        WorkspaceSettings settings(*ws.db);
        QCOMPARE(settings.runRules(), 0x0Fu); // Western Electric 1–4
        QVERIFY(!settings.setRunRules(0));
        QVERIFY(!settings.setRunRules(1u << 8));
        QVERIFY(settings.setRunRules(spc::ruleBit(1)));
        AlertCheck check;
        check.now = QDateTime(QDate(2026, 11, 1), QTime(20, 0));
        QVERIFY(raiseAlerts(*ws.db, check));
        QStringList raised;
        QSqlQuery q(ws.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT rule, period_from FROM alerts WHERE kind = 'signal' ORDER BY period_from")));
        while (q.next())
            raised << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        QCOMPARE(raised.join(QStringLiteral(", ")), QStringLiteral("1 2026-10-19, 1 2026-10-26"));
        // The chart shows the signals of the same rules.
        check.weeks = 22;
        const auto c = indicatorChart(*ws.db, IndicatorKind::FirstResponse, IndicatorScope{}, check);
        QVERIFY(c && c->chart);
        for (const spc::Signal &s : c->chart->found)
            QCOMPARE(s.rule, 1);
    }

    // The import that brings the slow weeks raises the alerts, at once; raising again adds none.
    void theImportRaisesTheAlertsOnce()
    {
        test::Workspace ws;
        QVERIFY(importText(*ws.db, ImportKind::Sites, sites));
        QVERIFY(importText(*ws.db, ImportKind::Interactions, shiftingCalls()));
        const auto alerts = loadAlerts(*ws.db);
        QVERIFY(alerts);
        // Raised with the import's own clock, today: the calls are months old, so nothing yet.
        QCOMPARE(alerts->size(), 0);

        AlertCheck check;
        check.now = QDateTime(QDate(2026, 11, 1), QTime(20, 0));
        const auto raised = raiseAlerts(*ws.db, check);
        QVERIFY2(raised, qPrintable(raised ? QString() : raised.error()));
        const auto list = loadAlerts(*ws.db);
        QStringList seen;
        for (const Alert &a : *list) {
            seen << QStringLiteral("%1 %2 %3 %4 %5 rule %6").arg(a.kind == AlertKind::Signal ? "signal" : "level", indicatorKey(a.indicator),
                                                                 a.siteId ? a.siteName : a.region, a.from.toString(Qt::ISODate),
                                                                 a.severity == AlertSeverity::Alarm ? "alarm" : "warning").arg(a.rule);
        }
        seen.sort();
        // October (the month before 1 November): the calls of 1–2 October (6 of 8 within 20 s),
        // of two good weeks (18 of 20 each) and of the two slow ones (8 of 20 each): 58 of 88,
        // 65.9 % — under the alarm level 70, at S1 and in its region. The signals of the last two
        // weeks: each beyond the lower limit (rule 1), and two of three beyond 2σ (rule 2).
        QCOMPARE(seen, (QStringList{"level first_response East 2026-10-01 alarm rule 0",
                                    "level first_response Nanjing Road 2026-10-01 alarm rule 0",
                                    "signal first_response Nanjing Road 2026-10-19 alarm rule 1",
                                    "signal first_response Nanjing Road 2026-10-26 alarm rule 1",
                                    "signal first_response Nanjing Road 2026-10-26 warning rule 2"}));
        const Alert level = *std::find_if(list->cbegin(), list->cend(), [](const Alert &a) { return a.kind == AlertKind::Level; });
        QCOMPARE(level.n, 88);
        QVERIFY(std::abs(*level.value - 5800.0 / 88) < 1e-9);
        QCOMPARE(*level.threshold, 70.0);
        QCOMPARE(level.to, QDate(2026, 10, 31));
        QCOMPARE(*raised, 5);
        QCOMPARE(*raiseAlerts(*ws.db, check), 0);
        QCOMPARE(*openAlertCount(*ws.db), 5);
    }

    // Month levels: S1's first-contact resolution in November, 2 of 4 (50 %) against 75/70/65 —
    // an alarm for the store and for its region, raised by the import of the contacts.
    void levelsOfTheMonthBeforeAndAcknowledging()
    {
        test::Workspace ws;
        QVERIFY(importText(*ws.db, ImportKind::Sites, sites));
        QVERIFY(importText(*ws.db, ImportKind::Interactions, test::readData(QStringLiteral("indicators/interactions.csv"))));
        AlertCheck check;
        check.now = QDateTime(QDate(2026, 12, 3), QTime(9, 0));
        check.fewestCases = 4;
        QVERIFY(raiseAlerts(*ws.db, check));
        auto alerts = loadAlerts(*ws.db);
        QVERIFY(alerts);
        QStringList fcr;
        for (const Alert &a : *alerts) {
            if (a.indicator == IndicatorKind::Fcr)
                fcr << (a.siteId ? a.siteName : a.region) + QStringLiteral(" ") + alertSeverityName(a.severity) + QStringLiteral(" ")
                           + QString::number(*a.value) + QStringLiteral(" < ") + QString::number(*a.threshold);
        }
        fcr.sort();
        QCOMPARE(fcr, (QStringList{"East Alarm 50 < 65", "Nanjing Road Alarm 50 < 65"}));

        // Behind the store's alarm: its four contacts that say, the two not resolved first.
        const Alert store = *std::find_if(alerts->cbegin(), alerts->cend(), [](const Alert &a) { return a.indicator == IndicatorKind::Fcr && a.siteId; });
        const auto cases = casesBehind(*ws.db, store);
        QVERIFY(cases);
        QStringList behind;
        for (const AlertCase &c : *cases)
            behind << c.reference + (c.against ? QStringLiteral(" against: ") : QStringLiteral(": ")) + c.detail;
        QCOMPARE(behind, (QStringList{"I2 against: Call · not resolved at first contact", "I5 against: Email · not resolved at first contact",
                                      "I1: Call · resolved at first contact", "I3: Chat · resolved at first contact"}));

        const Alert first = alerts->first();
        const qint64 lead = test::scalar(*ws.db, QStringLiteral("INSERT INTO users (login, name, role) VALUES ('lead', '王艳', 'lead') RETURNING id")).toLongLong();
        const int open = *openAlertCount(*ws.db);
        const Status empty = acknowledgeAlert(*ws.db, first.id, lead, QStringLiteral("  "));
        QVERIFY(!empty);
        QCOMPARE(empty.error(), QStringLiteral("Say what was found or done: an alert is acknowledged with a note."));
        QVERIFY(acknowledgeAlert(*ws.db, first.id, lead, QStringLiteral("两名新员工在培训期 <b>"), QDateTime(QDate(2026, 12, 3), QTime(10, 0))));
        const Status again = acknowledgeAlert(*ws.db, first.id, lead, QStringLiteral("changed my mind"));
        QVERIFY(!again);
        QCOMPARE(*openAlertCount(*ws.db), open - 1);
        alerts = loadAlerts(*ws.db);
        const Alert done = *std::find_if(alerts->cbegin(), alerts->cend(), [&](const Alert &a) { return a.id == first.id; });
        QVERIFY(done.acknowledged());
        QCOMPARE(done.acknowledgedBy, QStringLiteral("王艳"));
        QCOMPARE(done.note, QStringLiteral("两名新员工在培训期 <b>"));
        QCOMPARE(done.acknowledgedAt, QDateTime(QDate(2026, 12, 3), QTime(10, 0)));
        QCOMPARE(loadAlerts(*ws.db, true)->size(), open - 1);
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
