// The service FMEA (core/fmea.h): RPN and the action priority against the AIAG & VDA handbook's
// table, occurrence proposed from an item's failure rate, and the register kept by a QA lead — a
// mode added, its recommended action linked, rated again after it — every change in a log nothing
// can change.

#include "actions.h"
#include "fmea.h"
#include "testsupport.h"
#include "userrepository.h"

#include <QSqlQuery>

using namespace servqa;

class TestFmea : public QObject
{
    Q_OBJECT

private slots:
    // Cells of the AP table (AIAG & VDA FMEA Handbook 2019), one per band where the answer turns.
    void theActionPriorityTable_data()
    {
        QTest::addColumn<int>("s");
        QTest::addColumn<int>("o");
        QTest::addColumn<int>("d");
        QTest::addColumn<int>("priority"); // 2 high, 1 medium, 0 low
        QTest::newRow("S10 O1 D10: rare, whatever the detection") << 10 << 1 << 10 << 0;
        QTest::newRow("S9 O2 D7") << 9 << 2 << 7 << 2;
        QTest::newRow("S9 O3 D5") << 9 << 3 << 5 << 1;
        QTest::newRow("S9 O3 D4") << 9 << 3 << 4 << 0;
        QTest::newRow("S10 O5 D1") << 10 << 5 << 1 << 1;
        QTest::newRow("S9 O4 D2") << 9 << 4 << 2 << 2;
        QTest::newRow("S8 O6 D2: high though RPN 96") << 8 << 6 << 2 << 2;
        QTest::newRow("S2 O6 D8: low though RPN 96") << 2 << 6 << 8 << 0;
        QTest::newRow("S7 O7 D1") << 7 << 7 << 1 << 1;
        QTest::newRow("S8 O8 D1") << 8 << 8 << 1 << 2;
        QTest::newRow("S7 O5 D7") << 7 << 5 << 7 << 2;
        QTest::newRow("S7 O4 D6") << 7 << 4 << 6 << 1;
        QTest::newRow("S8 O3 D6") << 8 << 3 << 6 << 1;
        QTest::newRow("S8 O2 D4") << 8 << 2 << 4 << 0;
        QTest::newRow("S6 O8 D5") << 6 << 8 << 5 << 2;
        QTest::newRow("S6 O8 D4") << 6 << 8 << 4 << 1;
        QTest::newRow("S5 O7 D2") << 5 << 7 << 2 << 1;
        QTest::newRow("S5 O6 D1") << 5 << 6 << 1 << 0;
        QTest::newRow("S4 O5 D7") << 4 << 5 << 7 << 1;
        QTest::newRow("S4 O5 D6") << 4 << 5 << 6 << 0;
        QTest::newRow("S6 O3 D10") << 6 << 3 << 10 << 0;
        QTest::newRow("S3 O9 D5") << 3 << 9 << 5 << 1;
        QTest::newRow("S3 O9 D4") << 3 << 9 << 4 << 0;
        QTest::newRow("S3 O7 D10") << 3 << 7 << 10 << 0;
        QTest::newRow("S1 O10 D10: no effect") << 1 << 10 << 10 << 0;
    }
    void theActionPriorityTable()
    {
        QFETCH(int, s);
        QFETCH(int, o);
        QFETCH(int, d);
        QFETCH(int, priority);
        QCOMPARE(int(actionPriority(s, o, d)), priority);
    }

    // RPN = S × O × D ranks (8, 6, 2) and (2, 6, 8) the same; AP does not.
    void rpnAndItsBlindSpot()
    {
        QCOMPARE(riskPriorityNumber(8, 6, 2), 96);
        QCOMPARE(riskPriorityNumber(2, 6, 8), 96);
        QCOMPARE(FmeaRating({10, 10, 10}).rpn(), 1000);
        QCOMPARE(FmeaRating({8, 6, 2}).priority(), ActionPriority::High);
        QCOMPARE(FmeaRating({2, 6, 8}).priority(), ActionPriority::Low);
    }

    // ServQA's service scale: the rating whose failure rate bound the rate reaches.
    void occurrenceFromAFailureRate()
    {
        QCOMPARE(occurrenceFromRate(1.0), 10);
        QCOMPARE(occurrenceFromRate(0.50), 10);
        QCOMPARE(occurrenceFromRate(0.4999), 9);
        QCOMPARE(occurrenceFromRate(0.295), 8); // 29.5 %: the demo team before its action
        QCOMPARE(occurrenceFromRate(0.20), 8);
        QCOMPARE(occurrenceFromRate(0.15), 7);
        QCOMPARE(occurrenceFromRate(0.092), 6); // 9.2 %: after it
        QCOMPARE(occurrenceFromRate(0.02), 5);
        QCOMPARE(occurrenceFromRate(0.015), 4);
        QCOMPARE(occurrenceFromRate(0.005), 3);
        QCOMPARE(occurrenceFromRate(0.001), 2);
        QCOMPARE(occurrenceFromRate(0.0009), 1);
        QCOMPARE(occurrenceFromRate(0.0), 1);
    }

    // A QA lead keeps the register; a store manager cannot; every change is logged for good.
    void theRegisterAndItsLog()
    {
        test::Workspace ws;
        Database &db = *ws.db;
        UserRepository users(db);
        const qint64 lead = *users.upsert({0, QStringLiteral("li"), QStringLiteral("Li Na"), UserRole::Lead, std::nullopt});
        const qint64 manager = *users.upsert({0, QStringLiteral("wang"), QStringLiteral("Wang Fang"), UserRole::Manager, std::nullopt});
        FmeaStore store(db);
        FmeaMode m;
        m.process = QStringLiteral("门店暗访流程 Store visit flow");
        m.step = QStringLiteral("问候 Greeting");
        m.failureMode = QStringLiteral("进店30秒内未被问候 Customer not greeted within 30 s");
        m.effect = QStringLiteral("Customer feels ignored, may leave");
        m.cause = QStringLiteral("Staff busy restocking at opening");
        m.rating = {6, 7, 5};
        const QDateTime at(QDate(2026, 11, 2), QTime(9, 0));
        QVERIFY(!store.save(m, manager, at));
        FmeaMode bad = m;
        bad.rating.detection = 11;
        QVERIFY(!store.save(bad, lead, at));
        const auto id = store.save(m, lead, at);
        QVERIFY2(id, qPrintable(id ? QString() : id.error()));
        auto saved = store.find(*id);
        QVERIFY(saved);
        QCOMPARE(saved->rating.rpn(), 210);
        QCOMPARE(saved->rating.priority(), ActionPriority::Medium);
        // Rated again only once an action was taken on it.
        QVERIFY(!store.rateAfter(*id, saved->version, {6, 3, 5}, lead, at));
        ActionDraft d;
        d.title = QStringLiteral("Greeter at the door 10:00–12:00");
        d.ownerId = manager;
        d.due = QDate(2026, 11, 30);
        const auto action = ActionStore(db).raise(d, lead, at);
        QVERIFY(action);
        QVERIFY(store.linkAction(*id, saved->version, *action, lead, at.addDays(1)));
        QVERIFY(!store.rateAfter(*id, saved->version, {6, 3, 5}, lead, at.addDays(40))); // a stale version
        saved = store.find(*id);
        QCOMPARE(saved->actionReference, QStringLiteral("CA-20261102-0001"));
        QVERIFY(store.rateAfter(*id, saved->version, {6, 3, 5}, lead, at.addDays(40)));
        saved = store.find(*id);
        QCOMPARE(saved->after->rpn(), 90);
        QCOMPARE(saved->after->priority(), ActionPriority::Low);
        QCOMPARE(saved->rating.rpn(), 210); // the first rating stays beside it

        const auto log = store.log(*id);
        QVERIFY(log);
        QCOMPARE(log->size(), 3);
        QCOMPARE(log->at(0).step, QStringLiteral("added"));
        QCOMPARE(log->at(0).note, QStringLiteral("问候 Greeting · 进店30秒内未被问候 Customer not greeted within 30 s: S 6 · O 7 · D 5, RPN 210, AP Medium"));
        QCOMPARE(log->at(1).note, QStringLiteral("CA-20261102-0001 · Greeter at the door 10:00–12:00"));
        QCOMPARE(log->at(2).note, QStringLiteral("S 6 · O 3 · D 5, RPN 90, AP Low"));
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE fmea_log SET note = ''")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM fmea_log")));
    }
};

QTEST_GUILESS_MAIN(TestFmea)
#include "tst_fmea.moc"
