// Corrective actions (core/actions.h) as a QA lead and a store manager take one from a failing item
// to a verified effect: raised with its source, root cause, started, done, verified by a before/after
// test whose numbers are worked by hand in docs/closed-loop.md; refused where a role may not act or
// someone else changed the action first; every step in a log nothing can change.

#include "actions.h"
#include "beforeafter.h"
#include "complaints.h"
#include "pdca.h"
#include "evaluationworkflow.h"
#include "formjson.h"
#include "formrepository.h"
#include "interactionrepository.h"
#include "siterepository.h"
#include "testsupport.h"
#include "userrepository.h"

#include <QSqlQuery>

using namespace servqa;

namespace {

const char *const FormJson = R"({
  "code": "SC-1", "name": "热线质检表 Hotline", "kind": "scorecard", "status": "active", "passMark": 80,
  "sections": [
    {"key": "main", "title": "Main", "kind": "standard", "weight": 1, "items": [
      {"key": "r1", "text": "核对订单号 Checked the order", "type": "yesno", "weight": 1, "dimension": "reliability"},
      {"key": "e1", "text": "Showed empathy", "type": "yesno", "weight": 1, "dimension": "empathy"}]}
  ]})";

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// One store: in October 2026, 120 evaluated calls of which 18 failed "checked the order" (r1); in
// November, after the action, 115 of which 6 failed. "Showed empathy" (e1) never fails.
struct ActionFixture
{
    test::Workspace ws;
    qint64 store = 0, other = 0;
    qint64 lead = 0, manager = 0, inspector = 0, shopper = 0;
    Form form;

    ActionFixture()
    {
        Database &db = *ws.db;
        auto site = [&](const char *code, const char *name) {
            Site s;
            s.code = QString::fromLatin1(code);
            s.name = QString::fromUtf8(name);
            s.kind = SiteKind::Store;
            s.region = QStringLiteral("East");
            return *SiteRepository(db).upsert(s);
        };
        store = site("S1", "南京路店 Nanjing Road");
        other = site("S2", "西湖店 West Lake");
        UserRepository users(db);
        lead = *users.upsert({0, QStringLiteral("li"), QStringLiteral("Li Na"), UserRole::Lead, std::nullopt});
        manager = *users.upsert({0, QStringLiteral("wang"), QStringLiteral("Wang Fang"), UserRole::Manager, store});
        inspector = *users.upsert({0, QStringLiteral("chen"), QStringLiteral("Chen Jing"), UserRole::Inspector, std::nullopt});
        shopper = *users.upsert({0, QStringLiteral("zhao"), QStringLiteral("Zhao Lei"), UserRole::Shopper, std::nullopt});
        form = *FormRepository(db).insertVersion(*formFromJson(FormJson, QStringLiteral("SC-1")));
        EvaluationWorkflow flow(db, inspector);
        int external = 0;
        auto evaluate = [&](qint64 siteId, const QDate &on, bool fails) {
            Interaction i;
            i.externalId = QStringLiteral("C%1").arg(++external);
            i.channel = Channel::Call;
            i.siteId = siteId;
            i.startedAt = QDateTime(on, QTime(10, 0));
            const qint64 interaction = *InteractionRepository(db).upsert(i);
            const qint64 id = *flow.startDraft(interaction, form.versionId);
            const Answers answers{{QStringLiteral("r1"), fails ? Answer::no() : Answer::yes()}, {QStringLiteral("e1"), Answer::yes()}};
            if (!flow.saveDraft(id, answers, QString()) || !flow.submit(id))
                qFatal("fixture evaluation refused");
        };
        for (int k = 0; k < 120; ++k)
            evaluate(store, day("2026-10-01").addDays(k % 31), k < 18);
        for (int k = 0; k < 115; ++k)
            evaluate(store, day("2026-11-01").addDays(k % 30), k < 6);
        evaluate(other, day("2026-10-15"), true); // another store's: not the action's
    }

    ActionDraft draft(MeasureKind measure = MeasureKind::ItemFailure) const
    {
        ActionDraft d;
        d.title = QStringLiteral("复述订单号 Read the order number back");
        d.description = QStringLiteral("Agents confirm the order number before looking it up.");
        d.origin.kind = ActionSource::Item;
        d.origin.id = form.formId;
        d.origin.key = QStringLiteral("r1");
        d.origin.text = QStringLiteral("核对订单号 Checked the order: 18 of 120 failed");
        d.siteId = store;
        d.ownerId = manager;
        d.due = day("2026-10-31");
        d.measure.kind = measure;
        d.measure.formId = form.formId;
        d.measure.itemKey = QStringLiteral("r1");
        d.measure.before = {day("2026-10-01"), day("2026-10-31")};
        d.measure.after = {day("2026-11-01"), day("2026-11-30")};
        return d;
    }
};

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QStringList steps(const QVector<ActionLogEntry> &log)
{
    QStringList list;
    for (const ActionLogEntry &e : log)
        list << e.step;
    return list;
}

} // namespace

class TestActions : public QObject
{
    Q_OBJECT

private slots:
    // The worked examples of docs/closed-loop.md, each computed by hand.
    void theTestsOfTheWorkedExamples()
    {
        // An item's failures, 18 of 120 before and 6 of 115 after: pooled 24/235 = 10.21 %, SE 3.952 points.
        const auto shares = testShares({18, 120}, {6, 115});
        QVERIFY(shares);
        QCOMPARE(shares->method, ChangeTest::Method::TwoProportionZ);
        QCOMPARE(QString::number(shares->before, 'f', 2), QStringLiteral("15.00"));
        QCOMPARE(QString::number(shares->after, 'f', 2), QStringLiteral("5.22"));
        QCOMPARE(QString::number(shares->statistic, 'f', 4), QStringLiteral("-2.4756"));
        QCOMPARE(QString::number(shares->pValue, 'f', 4), QStringLiteral("0.0133"));
        QVERIFY(shares->significant());
        // 5 of 40 against 0 of 38: expected counts 2.56 and 2.44 are under 5, so Fisher's exact test.
        const auto small = testShares({5, 40}, {0, 38});
        QVERIFY(small);
        QCOMPARE(small->method, ChangeTest::Method::FisherExact);
        QCOMPARE(QString::number(small->pValue, 'f', 4), QStringLiteral("0.0549"));
        QVERIFY(!small->significant());
        QCOMPARE(QString::number(fisherExactTwoSided(0, 10, 0, 12), 'f', 4), QStringLiteral("1.0000"));
        // Scores: 30 evaluations, mean 78.0, SD 10 before; 28, mean 84.5, SD 9 after.
        const auto means = testMeans({30, 78.0, 100.0}, {28, 84.5, 81.0});
        QVERIFY(means);
        QCOMPARE(means->method, ChangeTest::Method::WelchT);
        QCOMPARE(QString::number(means->statistic, 'f', 4), QStringLiteral("2.6050"));
        QCOMPARE(QString::number(*means->freedom, 'f', 2), QStringLiteral("55.93"));
        QCOMPARE(QString::number(means->pValue, 'f', 4), QStringLiteral("0.0117"));
        QVERIFY(!testMeans({1, 80, 0}, {30, 90, 10})); // one value cannot be tested
        // NPS 18 (SE 4.5) before, 30 (SE 4.2) after: z 1.949, p 0.0512, not significant.
        const auto nps = testScores(18, 4.5, 30, 4.2);
        QVERIFY(nps);
        QCOMPARE(QString::number(nps->statistic, 'f', 3), QStringLiteral("1.949"));
        QCOMPARE(QString::number(nps->pValue, 'f', 4), QStringLiteral("0.0512"));
        QVERIFY(!nps->significant());
    }

    // A QA lead raises an action from the failing item, the store manager owns it through root cause,
    // start and done, and the lead verifies it on the store's own answers: 15.0 % → 5.2 %, p 0.0133.
    void fromAFailingItemToAVerifiedEffect()
    {
        ActionFixture f;
        ActionStore store(*f.ws.db);
        const auto id = store.raise(f.draft(), f.lead, at("2026-10-20T09:00:00"));
        QVERIFY2(id, qPrintable(id ? QString() : id.error()));
        auto a = store.find(*id);
        QVERIFY(a);
        QCOMPARE(a->reference, QStringLiteral("CA-20261020-0001"));
        QCOMPARE(a->status, ActionStatus::Open);
        QCOMPARE(a->origin.kind, ActionSource::Item);
        QCOMPARE(a->origin.key, QStringLiteral("r1"));
        QCOMPARE(a->ownerName, QStringLiteral("Wang Fang"));
        QCOMPARE(a->siteName, QStringLiteral("南京路店 Nanjing Road"));

        const Status cause = store.setRootCause(*id, a->version,
                                                {QStringLiteral("Agents skip the order number"), QStringLiteral("The script does not ask for it"),
                                                 QStringLiteral("The script was written before online orders"), QString()},
                                                {{CauseCategory::Methods, QStringLiteral("话术未更新 Script not updated"), true},
                                                 {CauseCategory::People, QStringLiteral("New agents not trained"), false},
                                                 {CauseCategory::Equipment, QStringLiteral("  "), false}},
                                                f.manager, at("2026-10-21T09:00:00"));
        QVERIFY2(cause, qPrintable(cause ? QString() : cause.error()));
        a = store.find(*id);
        QCOMPARE(a->whys.size(), 3); // the empty answer is dropped
        QCOMPARE(a->causes.size(), 2);
        QVERIFY(a->causes[0].root);
        QCOMPARE(a->causes[1].category, CauseCategory::People);

        QVERIFY(store.start(*id, a->version, QStringLiteral("Script rewritten"), f.manager, at("2026-10-22T09:00:00")));
        a = store.find(*id);
        QCOMPARE(a->status, ActionStatus::InProgress);
        QVERIFY(store.complete(*id, a->version, QStringLiteral("All agents trained on the new script"), f.manager, at("2026-10-31T17:00:00")));
        a = store.find(*id);
        QCOMPARE(a->status, ActionStatus::Done);

        // The owner does not verify their own work; the after period must be over.
        QVERIFY(!store.verify(*id, a->version, f.manager, at("2026-12-02T09:00:00")));
        const auto early = store.verify(*id, a->version, f.lead, at("2026-11-30T12:00:00"));
        QVERIFY(!early);
        QVERIFY(early.error().contains(QStringLiteral("verify it when that day is over")));
        const auto change = store.verify(*id, a->version, f.lead, at("2026-12-02T09:00:00"));
        QVERIFY2(change, qPrintable(change ? QString() : change.error()));
        QCOMPARE(change->beforeN, 120.0);
        QCOMPARE(change->afterN, 115.0);
        QCOMPARE(QString::number(change->test->pValue, 'f', 4), QStringLiteral("0.0133"));
        QVERIFY(change->improved);
        a = store.find(*id);
        QCOMPARE(a->status, ActionStatus::Effective);
        QCOMPARE(a->verifiedBy, QStringLiteral("Li Na"));
        QCOMPARE(QString::number(a->verification->test->before, 'f', 1), QStringLiteral("15.0"));
        QCOMPARE(QString::number(a->verification->test->after, 'f', 1), QStringLiteral("5.2"));

        const auto log = store.log(*id);
        QVERIFY(log);
        QCOMPARE(steps(*log), (QStringList{"raised", "root_cause", "started", "done", "verified_effective"}));
        QVERIFY(log->at(1).note.contains(QStringLiteral("话术未更新 Script not updated (root cause)")));
        QVERIFY(log->last().note.contains(QStringLiteral("p = 0.0133")));
        QCOMPARE(log->last().userName, QStringLiteral("Li Na"));
    }

    // A measure that did not move: "showed empathy" never failed, before or after. The action is not
    // effective, whatever anyone says, and goes back to work when reopened.
    void aMeasureThatDidNotMoveIsNotEffective()
    {
        ActionFixture f;
        ActionStore store(*f.ws.db);
        ActionDraft d = f.draft();
        d.measure.itemKey = QStringLiteral("e1");
        const auto id = store.raise(d, f.lead, at("2026-10-20T09:00:00"));
        QVERIFY(id);
        QVERIFY(store.complete(*id, store.find(*id)->version, QStringLiteral("Coached"), f.manager, at("2026-10-31T17:00:00")));
        const auto change = store.verify(*id, store.find(*id)->version, f.lead, at("2026-12-01T09:00:00"));
        QVERIFY(change);
        QCOMPARE(change->test->method, ChangeTest::Method::FisherExact); // no failure anywhere
        QCOMPARE(change->test->pValue, 1.0);
        QVERIFY(!change->improved);
        QCOMPARE(store.find(*id)->status, ActionStatus::NotEffective);
        QVERIFY(!store.reopen(*id, store.find(*id)->version, QStringLiteral(" "), f.manager, at("2026-12-01T10:00:00")));
        QVERIFY(store.reopen(*id, store.find(*id)->version, QStringLiteral("Coaching alone did not do it"), f.manager, at("2026-12-01T10:00:00")));
        const auto a = store.find(*id);
        QCOMPARE(a->status, ActionStatus::InProgress);
        QVERIFY(!a->doneAt.isValid());
        QCOMPARE(steps(*store.log(*id)), (QStringList{"raised", "done", "verified_not_effective", "reopened"}));
    }

    // The overall score of the store's evaluations: 92.5 before, 97.39 after, Welch's t 2.521, p 0.0125.
    void aScoreIsTestedOnItsMeans()
    {
        ActionFixture f;
        ActionStore store(*f.ws.db);
        ActionMeasure m = f.draft().measure;
        m.kind = MeasureKind::Score;
        const auto change = store.measureChange(m, f.store, QString());
        QVERIFY2(change, qPrintable(change ? QString() : change.error()));
        QCOMPARE(change->beforeN, 120.0);
        QCOMPARE(QString::number(change->test->before, 'f', 2), QStringLiteral("92.50"));
        QCOMPARE(QString::number(change->test->after, 'f', 2), QStringLiteral("97.39"));
        QCOMPARE(QString::number(change->test->statistic, 'f', 3), QStringLiteral("2.521"));
        QCOMPARE(QString::number(change->test->pValue, 'f', 4), QStringLiteral("0.0125"));
        QVERIFY(change->improved);
        // Every store of the region: the other store's one failure joins the before period.
        const auto region = store.measureChange(f.draft().measure, std::nullopt, QStringLiteral("East"));
        QVERIFY(region);
        QCOMPARE(region->beforeN, 121.0);
        QCOMPARE(QString::number(region->test->before, 'f', 2), QStringLiteral("15.70"));
    }

    // Who may do what, and two people on one action.
    void rolesAndVersions()
    {
        ActionFixture f;
        ActionStore store(*f.ws.db);
        QVERIFY(!store.raise(f.draft(), f.shopper, at("2026-10-20T09:00:00")));
        ActionDraft toShopper = f.draft();
        toShopper.ownerId = f.shopper;
        QVERIFY(!store.raise(toShopper, f.lead, at("2026-10-20T09:00:00")));
        ActionDraft untitled = f.draft();
        untitled.title = QStringLiteral("  ");
        QVERIFY(!store.raise(untitled, f.lead, at("2026-10-20T09:00:00")));
        ActionDraft overlapping = f.draft();
        overlapping.measure.after.from = day("2026-10-31");
        QVERIFY(!store.raise(overlapping, f.lead, at("2026-10-20T09:00:00")));
        ActionDraft mean = f.draft(MeasureKind::Indicator);
        mean.measure.indicator = IndicatorKind::Ces;
        QVERIFY(!store.raise(mean, f.lead, at("2026-10-20T09:00:00")));
        ActionDraft byHand = f.draft(MeasureKind::None);
        byHand.origin = {};
        const auto id = store.raise(byHand, f.inspector, at("2026-10-20T09:00:00"));
        QVERIFY(id);
        QVERIFY(!store.find(*id)->measure.before.from.isValid()); // no measure, no periods kept
        ActionDraft wordy = byHand;
        wordy.title = QString(201, QLatin1Char('x'));
        QVERIFY(!store.raise(wordy, f.inspector, at("2026-10-20T09:00:00")));

        const int seen = store.find(*id)->version;
        // An inspector who does not own it cannot change it; the owner can.
        QVERIFY(!store.start(*id, seen, QString(), f.inspector, at("2026-10-21T09:00:00")));
        QVERIFY(store.addNote(*id, seen, QStringLiteral("Asked the trainers"), f.inspector, at("2026-10-21T09:00:00")));
        const Status stale = store.start(*id, seen, QString(), f.manager, at("2026-10-21T10:00:00"));
        QVERIFY(!stale);
        QVERIFY2(stale.error().contains(QStringLiteral("Chen Jing")), qPrintable(stale.error()));
        const int now = store.find(*id)->version;
        // Done needs the measure it will be verified on.
        QVERIFY(!store.complete(*id, now, QStringLiteral("Trained"), f.manager, at("2026-10-22T09:00:00")));
        QVERIFY(store.edit(*id, now, f.draft(), f.manager, at("2026-10-22T09:00:00")));
        QVERIFY(store.complete(*id, store.find(*id)->version, QStringLiteral("Trained"), f.manager, at("2026-10-31T09:00:00")));
        QCOMPARE(steps(*store.log(*id)), (QStringList{"raised", "note", "edited", "done"}));

        // Listed: open and overdue first.
        const auto late = store.raise(f.draft(), f.lead, at("2026-10-20T09:00:00"));
        QVERIFY(late);
        ActionFilter open;
        open.openOnly = true;
        const auto list = store.list(open, day("2026-11-15"));
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QVERIFY(list->first().overdue(day("2026-11-15")));
        QCOMPARE(store.list({}, day("2026-11-15"))->size(), 2);
        // The store's scorecard lists both: the done one waits for verification.
        const auto forStore = store.forSite(f.store, day("2026-11-15"));
        QVERIFY(forStore);
        QCOMPARE(forStore->size(), 2);
        QVERIFY(store.forSite(f.other, day("2026-11-15"))->isEmpty());
    }

    // Raised from a complaint: the link is kept and the action is listed with it.
    void raisedFromAComplaint()
    {
        ActionFixture f;
        ComplaintIntake intake;
        intake.channel = Channel::Call;
        intake.siteId = f.store;
        intake.category = QStringLiteral("attitude");
        intake.description = QStringLiteral("没有核对订单号就发错了货");
        intake.receivedAt = at("2026-10-10T09:00:00");
        const auto complaint = ComplaintStore(*f.ws.db).take(intake, f.manager, at("2026-10-10T09:05:00"));
        QVERIFY(complaint);
        ActionStore store(*f.ws.db);
        ActionDraft d = f.draft();
        d.origin = {ActionSource::Complaint, *complaint, QString(), QStringLiteral("TS-20261010-0001")};
        QVERIFY(store.raise(d, f.manager, at("2026-10-11T09:00:00")));
        ActionFilter filter;
        filter.source = ActionSource::Complaint;
        filter.sourceId = *complaint;
        const auto list = store.list(filter, day("2026-10-11"));
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().origin.text, QStringLiteral("TS-20261010-0001"));
    }

    // A PDCA cycle: planned on the item's October failures with a target of 8 %, its action done,
    // checked on November (15.0 % → 5.2 %, reached, p 0.0133), then another cycle from there.
    void anImprovementCycle()
    {
        ActionFixture f;
        PdcaStore cycles(*f.ws.db);
        PdcaPlan p;
        p.goal = QStringLiteral("订单号核对失败率降到 8 % 以下 Order checks failing under 8 %");
        p.siteId = f.store;
        p.ownerId = f.manager;
        p.measure = f.draft().measure;
        p.target = 8.0;
        QVERIFY(!cycles.plan(p, f.manager, at("2026-11-01T09:00:00"))); // a lead's
        const auto id = cycles.plan(p, f.lead, at("2026-11-01T09:00:00"));
        QVERIFY2(id, qPrintable(id ? QString() : id.error()));
        QCOMPARE(cycles.find(*id)->reference, QStringLiteral("PDCA-20261101-01"));
        QVERIFY(!cycles.startDoing(*id, cycles.find(*id)->version, f.lead, at("2026-11-01T10:00:00"))); // no action yet
        const auto action = ActionStore(*f.ws.db).raise(f.draft(), f.lead, at("2026-11-01T09:30:00"));
        QVERIFY(action);
        QVERIFY(cycles.addAction(*id, cycles.find(*id)->version, *action, f.lead, at("2026-11-01T10:00:00")));
        QVERIFY(!cycles.addAction(*id, cycles.find(*id)->version, *action, f.lead, at("2026-11-01T10:00:00"))); // one cycle per action
        QVERIFY(cycles.startDoing(*id, cycles.find(*id)->version, f.lead, at("2026-11-01T11:00:00")));
        QCOMPARE(cycles.find(*id)->stage, PdcaStage::Do);
        QVERIFY(!cycles.check(*id, cycles.find(*id)->version, {day("2026-11-01"), day("2026-11-30")}, f.lead, at("2026-11-30T12:00:00")));
        QVERIFY(cycles.check(*id, cycles.find(*id)->version, {day("2026-11-01"), day("2026-11-30")}, f.lead, at("2026-12-01T09:00:00")));
        const auto checked = cycles.find(*id);
        QCOMPARE(checked->stage, PdcaStage::Check);
        QCOMPARE(QString::number(checked->check->test->before, 'f', 1), QStringLiteral("15.0"));
        QCOMPARE(QString::number(checked->check->test->after, 'f', 1), QStringLiteral("5.2"));
        QCOMPARE(QString::number(checked->check->test->pValue, 'f', 4), QStringLiteral("0.0133"));
        QVERIFY(*checked->targetMet);
        QVERIFY(!cycles.act(*id, checked->version, std::nullopt, false, QString(), f.lead, at("2026-12-01T10:00:00")));
        const auto next = cycles.act(*id, checked->version, std::nullopt, true, QStringLiteral("Hold the gain, aim at 3 %"), f.lead, at("2026-12-01T10:00:00"));
        QVERIFY2(next, qPrintable(next ? QString() : next.error()));
        QVERIFY(next->has_value());
        QCOMPARE(cycles.find(*id)->stage, PdcaStage::Act);
        QCOMPARE(*cycles.find(*id)->nextCycleId, **next);
        const auto second = cycles.find(**next);
        QCOMPARE(second->stage, PdcaStage::Plan);
        QCOMPARE(second->plan.measure.before.from, day("2026-11-01")); // its baseline is the check
        QCOMPARE(cycles.actionsOf(*id, day("2026-12-01"))->size(), 1);
        QCOMPARE(ActionStore(*f.ws.db).log(*action)->last().step, QStringLiteral("note")); // the action's history says so too
        const auto log = cycles.log(*id);
        QStringList steps;
        for (const PdcaLogEntry &e : *log)
            steps << e.step;
        QCOMPARE(steps, (QStringList{"planned", "action_added", "doing", "checked", "another_cycle"}));
        QSqlQuery q(f.ws.db->connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM pdca_log")));
    }

    // The history cannot be changed, not even by ServQA.
    void theLogIsAppendOnly()
    {
        ActionFixture f;
        const auto id = ActionStore(*f.ws.db).raise(f.draft(), f.lead, at("2026-10-20T09:00:00"));
        QVERIFY(id);
        QSqlQuery q(f.ws.db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE action_log SET note = 'nothing happened'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM action_log")));
        QCOMPARE(test::scalar(*f.ws.db, QStringLiteral("SELECT COUNT(*) FROM action_log")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
