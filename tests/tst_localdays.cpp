// Issue 17 (4): the rollups count the days of the workspace's time zone (schema 17, LocalDays),
// summer time included: every row on its zone's own day, and every period bounded by the zone's
// midnights — winter, summer, the days the clocks change — read from the rollups, equal to the rows.
// Runs with the machine in Asia/Shanghai, Europe/Berlin and America/New_York (tests/CMakeLists.txt).

#include "evaluationworkflow.h"
#include "fivegapsfixture.h"
#include "migrations.h"
#include "rollupchecks.h"
#include "standards.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

using namespace servqa;
using namespace servqa::test;

class TestLocalDays : public QObject
{
    Q_OBJECT

private slots:
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

    // Schema 18: a workspace of schema 17 keeps its zone and its day rows of gap 3, and gets their
    // weeks and months; the five gaps read from them equal the rows.
    void aWorkspaceGetsGapThreesWeeksAndMonths()
    {
        FiveGapsFixture fx;
        {
            Database &db = *fx.ws.db;
            QVERIFY(setDayZone(db, QTimeZone("America/New_York")));
            for (const QString &sql : test::undoSchemasSince20()) // schemas 20 to 41
                QVERIFY2(db.exec(sql), qPrintable(sql));
            // As schema 17 left it: day rows only, no calendar.
            for (const char *sql : {"CREATE TABLE old_clusters AS SELECT standard_id, dimension, day, site_id, evaluations, answers, met, "
                                    "answers_sq, met_sq, met_answers FROM gap_clusters WHERE span = 1",
                                    "DROP TABLE gap_clusters", "ALTER TABLE old_clusters RENAME TO gap_clusters", "DROP TABLE calendar",
                                    // and as schema 18 left the agents' sums: day rows only
                                    "CREATE TABLE old_staff AS SELECT staff_id, day, site_id, form_id, channel, evaluations, n_score, "
                                    "s_score, q_score, passed, auto_failed, n_tangibles, s_tangibles, q_tangibles, n_reliability, "
                                    "s_reliability, q_reliability, n_responsiveness, s_responsiveness, q_responsiveness, n_assurance, "
                                    "s_assurance, q_assurance, n_empathy, s_empathy, q_empathy FROM staff_score_rollup WHERE span = 1",
                                    "DROP TABLE staff_score_rollup", "ALTER TABLE old_staff RENAME TO staff_score_rollup",
                                    "UPDATE servqa_meta SET value = '17' WHERE key = 'schema_version'"})
                QVERIFY2(db.exec(QString::fromLatin1(sql)), sql);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM gap_clusters")) && q.next());
            QVERIFY(q.value(0).toInt() > 0);
        }
        fx.ws.db.reset();
        auto reopened = Database::open(fx.ws.path);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error()));
        Database &db = **reopened;
        QCOMPARE(db.schemaVersion(), latestSchemaVersion());
        QCOMPARE(*rollups::storedStamp(db, "day_zone"), QStringLiteral("America/New_York")); // not the machine's
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM gap_clusters WHERE span = 31")) && q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MIN(day), MAX(day) FROM calendar")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), dayNumber(QDate(2100, 12, 31)) + 1);
        sameFiveGaps(db, {});
        sameFiveGaps(db, FiveGapsFixture::march());
        // The agents' weeks and months from their day rows (schema 19).
        sameDaysAsTheRows(db);
        sameScoreTotals(db);
    }
};

QTEST_GUILESS_MAIN(TestLocalDays)
#include "tst_localdays.moc"
