// The evaluation life cycle, disputes, the audit trail, form versioning and sampling, end to
// end against a workspace, with the numbers of the worked example in docs/scoring.md.

#include "auditlog.h"
#include "evaluationworkflow.h"
#include "formjson.h"
#include "formrepository.h"
#include "interactionrepository.h"
#include "measureditems.h"
#include "screening.h"
#include "siterepository.h"
#include "staffrepository.h"
#include "testsupport.h"
#include "userrepository.h"
#include "workqueue.h"

#include <QSqlError>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace servqa;

namespace {

Form exampleForm()
{
    auto form = formFromJson(test::readData(QStringLiteral("scoring/02_na_rebases/form.json")), QStringLiteral("form.json"));
    if (!form)
        qFatal("%s", qPrintable(form.error()));
    return *form;
}

Answers exampleAnswers(const Form &form)
{
    auto answers = answersFromJson(test::readData(QStringLiteral("scoring/02_na_rebases/answers.json")), form, QStringLiteral("a"));
    if (!answers)
        qFatal("%s", qPrintable(answers.error()));
    return *answers;
}

QStringList actions(Database &db, AuditEntity entity, qint64 id)
{
    QStringList list;
    const auto entries = AuditLog(db).entries(entity, id);
    for (const AuditEntry &e : *entries)
        list << e.action + QLatin1Char(':') + e.field + QLatin1Char(':') + e.oldValue.value_or(QStringLiteral("-"))
                    + QLatin1Char('>') + e.newValue.value_or(QStringLiteral("-"));
    return list;
}

// Two sites, three agents with ten calls each (one a day from 1 March 2025), and one user per role.
struct Fixture
{
    test::Workspace ws;
    qint64 inspector = 0, inspector2 = 0, manager = 0, lead = 0;
    QVector<qint64> agents;
    QVector<qint64> interactions; // agent-major: agent k's calls are [10k, 10k + 10)
    Form form;

    Fixture()
    {
        Database &db = *ws.db;
        Site site;
        site.code = QStringLiteral("T1");
        site.name = QStringLiteral("热线一组 Hotline Team 1");
        site.kind = SiteKind::Team;
        const qint64 siteId = *SiteRepository(db).upsert(site);
        UserRepository users(db);
        auto user = [&](const char *login, const char *name, UserRole role) {
            User u;
            u.login = QString::fromUtf8(login);
            u.name = QString::fromUtf8(name);
            u.role = role;
            return *users.upsert(u);
        };
        inspector = user("liu", "刘勇", UserRole::Inspector);
        inspector2 = user("zhao", "赵伟", UserRole::Inspector);
        manager = user("wang", "王芳", UserRole::Manager);
        lead = user("chen", "陈静", UserRole::Lead);
        for (int a = 0; a < 3; ++a) {
            StaffMember m;
            m.code = QStringLiteral("A%1").arg(a);
            m.name = QStringLiteral("Agent %1").arg(a);
            m.siteId = siteId;
            agents << *StaffRepository(db).upsert(m);
            for (int k = 0; k < 10; ++k) {
                Interaction i;
                i.externalId = QStringLiteral("C%1-%2").arg(a).arg(k);
                i.siteId = siteId;
                i.staffId = agents.last();
                i.startedAt = QDateTime(QDate(2025, 3, 1 + k), QTime(9 + a, 0));
                interactions << *InteractionRepository(db).upsert(i);
            }
        }
        // A store visit too: a scorecard's sample never draws it.
        Interaction visit;
        visit.externalId = QStringLiteral("V1");
        visit.channel = Channel::Visit;
        visit.siteId = siteId;
        visit.staffId = agents.first();
        visit.startedAt = QDateTime(QDate(2025, 3, 5), QTime(15, 0));
        InteractionRepository(db).upsert(visit);
        form = *FormRepository(db).insertVersion(exampleForm()); // status "active" in the JSON
    }
};

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    // Issue 16 (3): items measured by the interaction are filled from it; the workspace, not the
    // client, says what was measured; a changed value needs a reason and is audited.
    void measuredItemsComeFromTheInteraction()
    {
        Fixture f;
        Database &db = *f.ws.db;
        const QByteArray json = R"json({"code": "MEAS", "name": "Measured", "kind": "scorecard", "status": "active", "passMark": 80,
            "sections": [{"key": "s", "title": "S", "items": [
              {"key": "first", "text": "Answered within 20 s", "type": "elapsed", "slaSeconds": 20, "measure": "first_response", "dimension": "responsiveness"},
              {"key": "hold", "text": "Hold time (s)", "type": "numeric", "targetMin": 0, "targetMax": 60, "measure": "hold_time", "dimension": "responsiveness"},
              {"key": "fcr", "text": "Resolved on first contact", "type": "yesno", "measure": "resolved", "dimension": "reliability"},
              {"key": "greet", "text": "Greeted", "type": "yesno", "dimension": "assurance"}]}]})json";
        const auto parsed = formFromJson(json, QStringLiteral("m.json"));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
        const Form form = *FormRepository(db).insertVersion(*parsed);
        QCOMPARE(form.findItem(QStringLiteral("hold"))->measure, ItemMeasure::HoldTime); // stored and read back
        QCOMPARE(formFromJson(formToJson(form), QStringLiteral("again"))->findItem(QStringLiteral("fcr"))->measure,
                 ItemMeasure::Resolved);

        Interaction call = **InteractionRepository(db).find(f.interactions[0]);
        call.firstResponseSeconds = 21;
        call.holdSeconds = 0;
        call.resolved = true;
        QVERIFY(InteractionRepository(db).upsert(call));
        call = **InteractionRepository(db).find(f.interactions[0]);
        QCOMPARE(call.holdSeconds, std::optional<int>(0));

        Answers answers = measuredAnswers(form, call);
        QCOMPARE(answers.size(), 3);
        QCOMPARE(answers.value(QStringLiteral("first")).value, std::optional<double>(21));
        QCOMPARE(answers.value(QStringLiteral("fcr")).value, std::optional<double>(1));
        QVERIFY(!answers.value(QStringLiteral("first")).overridesMeasure());

        // The inspector hears 75 s on hold that the system missed, and a client claims "measured 15".
        answers[QStringLiteral("hold")].value = 75;
        answers[QStringLiteral("first")].measured = 15;
        answers.insert(QStringLiteral("greet"), Answer::yes());
        EvaluationWorkflow workflow(db, f.inspector);
        const auto id = workflow.createDraft(f.interactions[0], form.versionId, answers, QString());
        QVERIFY(id);
        Evaluation stored = *EvaluationRepository(db).load(*id, form);
        QCOMPARE(stored.answers.value(QStringLiteral("first")).measured, std::optional<double>(21));
        QCOMPARE(stored.answers.value(QStringLiteral("hold")).measured, std::optional<double>(0));
        QCOMPARE(stored.answers.value(QStringLiteral("greet")).measured, std::nullopt);
        QCOMPARE(unexplainedOverrides(form, stored.answers), QStringList{QStringLiteral("hold")});

        const auto refused = workflow.submit(*id);
        QVERIFY(!refused);
        QCOMPARE(refused.error(), QStringLiteral("A measured value was changed without a comment saying why: Hold time (s)"));

        answers[QStringLiteral("hold")].comment = QStringLiteral("75 s on hold in the recording");
        QVERIFY(workflow.saveDraft(*id, answers, QString()));
        const auto submitted = workflow.submit(*id);
        QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error()));
        // 21 s is over the 20 s SLA, 75 s outside 0–60: two of four items met.
        QCOMPARE(*submitted->percent, 50.0);
        const QStringList trail = actions(db, AuditEntity::Evaluation, *id);
        QVERIFY2(trail.contains(QStringLiteral("measure_overridden:hold:0>75")), qPrintable(trail.join(QLatin1Char('\n'))));
        const auto entries = *AuditLog(db).entries(AuditEntity::Evaluation, *id);
        QCOMPARE(std::count_if(entries.cbegin(), entries.cend(), [](const AuditEntry &e) {
                     return e.action == QLatin1String("measure_overridden") && e.note == QLatin1String("75 s on hold in the recording");
                 }),
                 1);
    }

    void measureMustFitTheItem()
    {
        const auto wrong = formFromJson(R"json({"code": "X", "name": "X", "kind": "scorecard", "sections": [{"key": "s", "title": "S",
            "items": [{"key": "a", "text": "A", "type": "elapsed", "slaSeconds": 20, "measure": "resolved", "dimension": "reliability"}]}]})json",
                                        QStringLiteral("x.json"));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(QStringLiteral("sections[0].items[0].measure")), qPrintable(wrong.error()));
        const auto unknown = formFromJson(R"json({"code": "X", "name": "X", "kind": "scorecard", "sections": [{"key": "s", "title": "S",
            "items": [{"key": "a", "text": "A", "type": "yesno", "measure": "mood", "dimension": "reliability"}]}]})json",
                                          QStringLiteral("x.json"));
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().contains(QStringLiteral("\"mood\" is not a measure")), qPrintable(unknown.error()));
        const auto checklist = formFromJson(R"json({"code": "X", "name": "X", "kind": "checklist", "sections": [{"key": "s", "title": "S",
            "items": [{"key": "a", "text": "A", "type": "yesno", "measure": "resolved", "dimension": "reliability"}]}]})json",
                                            QStringLiteral("x.json"));
        QVERIFY(!checklist);
        QVERIFY2(checklist.error().contains(QStringLiteral("no interaction to measure from")), qPrintable(checklist.error()));
    }

    void auditTrailIsAppendOnly()
    {
        test::Workspace ws;
        AuditEntry e;
        e.entity = AuditEntity::Form;
        e.entityId = 1;
        e.action = QStringLiteral("created");
        QVERIFY(AuditLog(*ws.db).append(e));
        QSqlQuery q(ws.db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET action = 'forged'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QCOMPARE(AuditLog(*ws.db).entries(AuditEntity::Form, 1)->size(), 1);
        QCOMPARE(AuditLog(*ws.db).entries(AuditEntity::Form, 1)->first().action, QStringLiteral("created"));
    }

    void draftSubmitDisputeResolveAcknowledge()
    {
        Fixture f;
        Database &db = *f.ws.db;
        EvaluationWorkflow inspector(db, f.inspector);
        const auto id = inspector.startDraft(f.interactions[0], f.form.versionId);
        QVERIFY2(id, qPrintable(id.ok() ? QString() : id.error()));
        // Starting again returns the same draft.
        QCOMPARE(*inspector.startDraft(f.interactions[0], f.form.versionId), *id);

        Answers partial = exampleAnswers(f.form);
        partial.remove(QStringLiteral("b3"));
        partial.remove(QStringLiteral("c1"));
        QVERIFY(inspector.saveDraft(*id, partial, QStringLiteral("draft")));
        const auto refused = inspector.submit(*id);
        QVERIFY(!refused);
        QCOMPARE(refused.error(), QStringLiteral("Answer these required items before submitting: "
                                                 "Answered within 30 s; Read the recording disclosure"));

        QVERIFY(inspector.saveDraft(*id, exampleAnswers(f.form), QStringLiteral("<b>good call</b>")));
        const auto submitted = inspector.submit(*id);
        QVERIFY(submitted);
        QCOMPARE(*submitted->percent, 400.0 / 9.0);
        QVERIFY(!inspector.saveDraft(*id, {}, QString())); // no longer a draft
        QVERIFY(!inspector.acknowledge(*id));              // inspectors do not acknowledge

        EvaluationWorkflow manager(db, f.manager);
        QVERIFY(!manager.dispute(*id, {{QStringLiteral("b1"), QStringLiteral("  ")}})); // a reason is required
        QVERIFY(!manager.dispute(*id, {{QStringLiteral("n1"), QStringLiteral("notes")}})); // text items are not scored
        QVERIFY(manager.dispute(*id, {{QStringLiteral("b1"), QStringLiteral("The price quoted was right")},
                                      {QStringLiteral("a3"), QStringLiteral("Customer interrupted")}}));
        QVERIFY(!manager.acknowledge(*id)); // not while disputed
        const auto open = manager.disputes(*id);
        QCOMPARE(open->size(), 2);
        QCOMPARE(open->at(0).itemKey, QStringLiteral("b1"));
        QCOMPARE(open->at(0).before.value, std::optional<double>(0));
        QCOMPARE(open->at(0).raisedByName, QStringLiteral("王芳"));
        QVERIFY(open->at(0).isOpen());

        QVERIFY(!manager.resolveDispute(open->at(0).id, DisputeOutcome::Changed, Answer::yes(), QStringLiteral("x")));
        EvaluationWorkflow lead(db, f.lead);
        QVERIFY(!lead.resolveDispute(open->at(0).id, DisputeOutcome::Changed, Answer::number(7), QStringLiteral("bad value")));
        QVERIFY(lead.resolveDispute(open->at(0).id, DisputeOutcome::Changed, Answer::yes(), QStringLiteral("Checked the price list")));
        const Status twice = lead.resolveDispute(open->at(0).id, DisputeOutcome::Kept, {}, QStringLiteral("twice"));
        QVERIFY(!twice);
        QVERIFY2(QRegularExpression(QStringLiteral("^Dispute \\d+ has already been resolved by 陈静 at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d; "
                                                   "your decision was not saved\\.$"))
                     .match(twice.error())
                     .hasMatch(),
                 qPrintable(twice.error()));

        Form form = *FormRepository(db).load(f.form.versionId);
        auto stored = EvaluationRepository(db).load(*id, form);
        QCOMPARE(stored->status, EvaluationStatus::Disputed); // one dispute still open
        QCOMPARE(*stored->score.percent, 600.0 / 9.0);         // resolution 2 × 2 more points
        QCOMPARE(stored->answers.value(QStringLiteral("b1")).value, std::optional<double>(1));

        QVERIFY(lead.resolveDispute(open->at(1).id, DisputeOutcome::Kept, {}, QStringLiteral("Recording confirms")));
        stored = EvaluationRepository(db).load(*id, form);
        QCOMPARE(stored->status, EvaluationStatus::Resolved);
        QCOMPARE(*stored->score.percent, 600.0 / 9.0);
        QCOMPARE(stored->comment, QStringLiteral("<b>good call</b>"));
        const auto done = lead.disputes(*id);
        QCOMPARE(done->at(0).outcome, std::optional<DisputeOutcome>(DisputeOutcome::Changed));
        QCOMPARE(done->at(0).after.value, std::optional<double>(1));
        QCOMPARE(done->at(0).resolvedByName, QStringLiteral("陈静"));
        QCOMPARE(done->at(1).outcome, std::optional<DisputeOutcome>(DisputeOutcome::Kept));
        QCOMPARE(done->at(1).after.value, std::optional<double>(3));

        QVERIFY(manager.acknowledge(*id));
        QCOMPARE(EvaluationRepository(db).load(*id, form)->status, EvaluationStatus::Acknowledged);
        // A second desk that had not seen it is told who got there first.
        const Status again = lead.acknowledge(*id);
        QVERIFY(!again);
        QVERIFY2(QRegularExpression(QStringLiteral("^Evaluation \\d+ is Acknowledged \\(last changed by 王芳 at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\); "
                                                   "this step is not possible now\\.$"))
                     .match(again.error())
                     .hasMatch(),
                 qPrintable(again.error()));

        QCOMPARE(actions(db, AuditEntity::Evaluation, *id),
                 (QStringList{QStringLiteral("created::->EX-1 v1"),
                              QStringLiteral("submitted:score:->44.44"),
                              QStringLiteral("disputed:b1:0>-"),
                              QStringLiteral("disputed:a3:3>-"),
                              QStringLiteral("status:status:submitted>disputed"),
                              QStringLiteral("dispute_changed:b1:0>1"),
                              QStringLiteral("rescored:score:44.44>66.67"),
                              QStringLiteral("dispute_kept:a3:3>3"),
                              QStringLiteral("resolved:status:disputed>resolved"),
                              QStringLiteral("acknowledged:status:resolved>acknowledged")}));
        const auto entries = *AuditLog(db).entries(AuditEntity::Evaluation, *id);
        QCOMPARE(entries[5].userName, QStringLiteral("陈静"));
        QCOMPARE(entries[5].note, QStringLiteral("Checked the price list"));
    }

    // The lead's decisions on one evaluation land together or not at all.
    void decisionsAreAllOrNothing()
    {
        Fixture f;
        Database &db = *f.ws.db;
        EvaluationWorkflow inspector(db, f.inspector);
        const qint64 id = *inspector.startDraft(f.interactions[2], f.form.versionId);
        QVERIFY(inspector.saveDraft(id, exampleAnswers(f.form), QString()));
        QVERIFY(inspector.submit(id));
        QVERIFY(EvaluationWorkflow(db, f.manager).dispute(id, {{QStringLiteral("b1"), QStringLiteral("wrong")},
                                                              {QStringLiteral("a1"), QStringLiteral("also wrong")}}));
        EvaluationWorkflow lead(db, f.lead);
        const auto open = *lead.disputes(id);
        // The second decision is invalid (a yes/no item cannot be 3): neither is applied.
        QVERIFY(!lead.resolveDisputes({{open[0].id, DisputeOutcome::Changed, Answer::yes(), QStringLiteral("ok")},
                                       {open[1].id, DisputeOutcome::Changed, Answer::number(3), QStringLiteral("bad")}}));
        QVERIFY(lead.disputes(id)->at(0).isOpen());
        QCOMPARE(*EvaluationRepository(db).load(id, f.form)->score.percent, 400.0 / 9.0);
        QVERIFY(lead.resolveDisputes({{open[0].id, DisputeOutcome::Changed, Answer::yes(), QStringLiteral("ok")},
                                      {open[1].id, DisputeOutcome::Kept, {}, QStringLiteral("stands")}}));
        const Evaluation e = *EvaluationRepository(db).load(id, f.form);
        QCOMPARE(e.status, EvaluationStatus::Resolved);
        QCOMPARE(*e.score.percent, 600.0 / 9.0);
    }

    // One inspector, one draft, two desks: a save made from what a desk read before the other
    // desk's save writes nothing and says when that save was; so does a first save of an
    // assignment the other desk already saved a draft of.
    void aSaveFromAnOlderReadWritesNothing()
    {
        Fixture f;
        Database &db = *f.ws.db;
        EvaluationWorkflow inspector(db, f.inspector);
        Answers first = exampleAnswers(f.form);
        first.remove(QStringLiteral("c1"));
        const auto made = inspector.createDraftOver(f.interactions[0], f.form.versionId, first, QStringLiteral("desk 1"));
        QVERIFY(made && made->save.saved);
        QCOMPARE(made->save.rowVersion, 1);
        const qint64 id = made->evaluationId;

        // The other desk opened the assignment before that save: its first save finds the draft.
        const auto second = inspector.createDraftOver(f.interactions[0], f.form.versionId, exampleAnswers(f.form), QStringLiteral("desk 2"));
        QVERIFY(second);
        QCOMPARE(second->evaluationId, id);
        QVERIFY(!second->save.saved);
        const Evaluation stored = *EvaluationRepository(db).load(id, f.form);
        QCOMPARE(second->save.savedElsewhereAt, stored.updatedAt);
        QCOMPARE(stored.comment, QStringLiteral("desk 1"));
        QCOMPARE(stored.rowVersion, 1);

        // Desk 1 saves on from what it read; desk 2, having read version 1 before that, is refused.
        const auto desk1 = inspector.saveDraftOver(id, 1, first, QStringLiteral("desk 1 again"));
        QVERIFY(desk1 && desk1->saved);
        QCOMPARE(desk1->rowVersion, 2);
        const auto desk2 = inspector.saveDraftOver(id, 1, exampleAnswers(f.form), QStringLiteral("desk 2"));
        QVERIFY(desk2 && !desk2->saved);
        QCOMPARE(EvaluationRepository(db).load(id, f.form)->comment, QStringLiteral("desk 1 again"));
        // The inspector chose desk 2's answers: saved over whatever is stored.
        const auto chosen = inspector.saveDraftOver(id, std::nullopt, exampleAnswers(f.form), QStringLiteral("desk 2"));
        QVERIFY(chosen && chosen->saved);
        QCOMPARE(chosen->rowVersion, 3);
        const Evaluation now = *EvaluationRepository(db).load(id, f.form);
        QCOMPARE(now.comment, QStringLiteral("desk 2"));
        QCOMPARE(now.answers.size(), exampleAnswers(f.form).size());
        // Submitting counts as a save too: a desk still holding the draft cannot write over it.
        QVERIFY(inspector.submit(id));
        QVERIFY(!inspector.saveDraftOver(id, 4, first, QString()));
    }

    void onlyTheDraftsInspectorEditsIt()
    {
        Fixture f;
        const auto id = EvaluationWorkflow(*f.ws.db, f.inspector).startDraft(f.interactions[1], f.form.versionId);
        QVERIFY(id);
        EvaluationWorkflow other(*f.ws.db, f.inspector2);
        QVERIFY(!other.saveDraft(*id, exampleAnswers(f.form), QString()));
        QVERIFY(!other.submit(*id));
        // The other inspector's own evaluation of the same call is a separate draft.
        const auto own = other.startDraft(f.interactions[1], f.form.versionId);
        QVERIFY(own);
        QVERIFY(*own != *id);
    }

    void editingAUsedFormMakesANewVersion()
    {
        Fixture f;
        Database &db = *f.ws.db;
        FormRepository forms(db);
        Form draft = exampleForm();
        draft.code = QStringLiteral("NEW");
        draft.status = FormStatus::Draft;
        auto v1 = forms.save(draft, f.lead);
        QVERIFY(v1);
        QCOMPARE(v1->version, 1);
        QCOMPARE(v1->status, FormStatus::Draft);
        Form edited = *v1;
        edited.passMark = 70;
        auto stillV1 = forms.save(edited, f.lead); // unused draft: edited in place
        QCOMPARE(stillV1->versionId, v1->versionId);
        QCOMPARE(forms.load(v1->versionId)->passMark, 70.0);
        QVERIFY(!EvaluationWorkflow(db, f.inspector).startDraft(f.interactions[0], v1->versionId)); // drafts are not used
        QVERIFY(forms.setStatus(v1->versionId, FormStatus::Active, f.lead));

        EvaluationWorkflow inspector(db, f.inspector);
        const auto evaluation = inspector.startDraft(f.interactions[0], v1->versionId);
        QVERIFY(evaluation);
        QVERIFY(inspector.saveDraft(*evaluation, exampleAnswers(*v1), QString()));
        QVERIFY(inspector.submit(*evaluation));

        Form stricter = *forms.load(v1->versionId);
        stricter.sections[1].weight = 5;
        auto v2 = forms.save(stricter, f.lead);
        QVERIFY(v2);
        QCOMPARE(v2->version, 2);
        QVERIFY(v2->versionId != v1->versionId);
        QCOMPARE(v2->status, FormStatus::Draft);
        QCOMPARE(forms.load(v1->versionId)->sections[1].weight, 2.0); // v1 untouched
        QVERIFY(forms.setStatus(v2->versionId, FormStatus::Active, f.lead));
        QCOMPARE(forms.load(v1->versionId)->status, FormStatus::Retired);
        QVERIFY(!forms.setStatus(v2->versionId, FormStatus::Draft, f.lead));

        // The old evaluation keeps its version and its score.
        const auto kept = EvaluationRepository(db).load(*evaluation, *forms.load(v1->versionId));
        QCOMPARE(kept->formVersionId, v1->versionId);
        QCOMPARE(*kept->score.percent, 400.0 / 9.0);

        QCOMPARE(actions(db, AuditEntity::Form, v1->formId),
                 (QStringList{QStringLiteral("version_created:version:->1"),
                              QStringLiteral("version_updated:version:->1"),
                              QStringLiteral("status:v1:draft>active"),
                              QStringLiteral("version_created:version:->2"),
                              QStringLiteral("status:v1:active>retired"),
                              QStringLiteral("status:v2:draft>active")}));
    }

    void samplingIsReproducibleAndSkipsEvaluatedCalls()
    {
        Fixture a;
        Fixture b; // the same data in a second workspace
        // Agent 0's first call is already evaluated in both.
        for (Fixture *f : {&a, &b}) {
            const auto id = EvaluationWorkflow(*f->ws.db, f->inspector).startDraft(f->interactions[0], f->form.versionId);
            QVERIFY(id);
        }
        SampleRequest r;
        r.from = QDateTime(QDate(2025, 3, 1), QTime(0, 0));
        r.to = QDateTime(QDate(2025, 3, 11), QTime(0, 0));
        r.formId = a.form.formId;
        r.perAgent = 3;
        r.seed = 42;
        r.inspectorIds = {a.inspector, a.inspector2};
        const auto drawn = drawSample(*a.ws.db, r, a.lead);
        QVERIFY2(drawn, qPrintable(drawn.ok() ? QString() : drawn.error()));
        QCOMPARE(drawn->agents, 3);
        QCOMPARE(drawn->candidates, 29);
        QCOMPARE(drawn->drawn, 9);
        r.inspectorIds = {b.inspector, b.inspector2};
        QVERIFY(drawSample(*b.ws.db, r, b.lead));

        auto picked = [](Database &db) {
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT i.external_id, u.login FROM assignments a JOIN interactions i ON i.id = a.interaction_id "
                                  "JOIN users u ON u.id = a.inspector_id ORDER BY a.id"));
            QStringList list;
            while (q.next())
                list << q.value(0).toString() + QLatin1Char('@') + q.value(1).toString();
            return list;
        };
        const QStringList first = picked(*a.ws.db);
        QCOMPARE(first, picked(*b.ws.db)); // same seed, same data: same draw, same deal
        QCOMPARE(first.size(), 9);
        QVERIFY(!first.contains(QStringLiteral("C0-0@liu")) && !first.contains(QStringLiteral("C0-0@zhao")));
        QCOMPARE(first.filter(QStringLiteral("@liu")).size(), 5); // dealt in turn
        QCOMPARE(first.filter(QStringLiteral("@zhao")).size(), 4);
        for (int agent = 0; agent < 3; ++agent)
            QCOMPARE(first.filter(QStringLiteral("C%1-").arg(agent)).size(), 3);

        // A second draw never repeats an assigned call; 25 % of the 7 left per agent is 2.
        r.perAgent = 0;
        r.percent = 25;
        r.inspectorIds = {a.inspector};
        const auto second = drawSample(*a.ws.db, r, a.lead);
        QCOMPARE(second->candidates, 20);
        QCOMPARE(second->drawn, 6);
        const QStringList all = picked(*a.ws.db);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 15);

        // A different seed draws differently.
        Fixture c;
        r.seed = 43;
        r.perAgent = 3;
        r.inspectorIds = {c.inspector, c.inspector2};
        QVERIFY(drawSample(*c.ws.db, r, c.lead));
        QVERIFY(picked(*c.ws.db) != first);

        r.inspectorIds.clear();
        QVERIFY(!drawSample(*c.ws.db, r, c.lead));
    }

    // Issue 22: a targeted sample takes its flagged share from what screening flagged, the rest at
    // random, reproducibly; a risk above every flag draws as if nothing were flagged.
    void targetedSamplingDrawsTheFlaggedFirst()
    {
        auto flagged = [](Fixture &f) {
            // Agent 0's calls 1–2 and agent 1's calls 1–5 have a customer asking to complain
            // (a high flag); agent 2's none.
            for (const auto &[agent, calls] : {std::pair(0, 2), std::pair(1, 5)}) {
                for (int k = 1; k <= calls; ++k) {
                    Interaction i = **InteractionRepository(*f.ws.db).find(f.interactions[10 * agent + k]);
                    i.transcript = QStringLiteral("坐席：您好。\n客户：我要投诉你们。");
                    QVERIFY(InteractionRepository(*f.ws.db).upsert(i));
                }
            }
            const auto set = ruleSetFromJson(R"({"format": "servqa-screening-rules", "code": "t", "name": "T", "channel": "all",
                "status": "active", "rules": [{"key": "complaint", "name": "Complaint", "flag": "high",
                "when": {"phrases": ["投诉"], "speaker": "customer"}}]})");
            QVERIFY(set && saveRuleSet(*f.ws.db, *set));
            const auto screened = screenWorkspace(*f.ws.db);
            QVERIFY(screened);
            QCOMPARE(screened->flagged, 7);
        };
        auto picked = [](Database &db, qint64 sample) {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT i.external_id FROM assignments a JOIN interactions i ON i.id = a.interaction_id "
                                     "WHERE a.sample_id = ? ORDER BY i.external_id"));
            q.addBindValue(sample);
            q.exec();
            QStringList list;
            while (q.next())
                list << q.value(0).toString();
            return list;
        };
        Fixture a, b;
        flagged(a);
        flagged(b);
        SampleRequest r;
        r.from = QDateTime(QDate(2025, 3, 1), QTime(0, 0));
        r.to = QDateTime(QDate(2025, 3, 11), QTime(0, 0));
        r.formId = a.form.formId;
        r.perAgent = 3;
        r.seed = 7;
        r.flaggedPercent = 100; // the flagged first
        r.inspectorIds = {a.inspector};
        const auto first = drawSample(*a.ws.db, r, a.lead);
        QVERIFY2(first, qPrintable(first.ok() ? QString() : first.error()));
        QCOMPARE(first->candidates, 30);
        QCOMPARE(first->flaggedCandidates, 7);
        QCOMPARE(first->drawn, 9);
        QCOMPARE(first->flaggedDrawn, 5); // agent 0's two, three of agent 1's five, none of agent 2's
        const QStringList drawn = picked(*a.ws.db, first->sampleId);
        QVERIFY(drawn.contains(QStringLiteral("C0-1")) && drawn.contains(QStringLiteral("C0-2")));
        QCOMPARE(drawn.filter(QRegularExpression(QStringLiteral("^C1-[1-5]$"))).size(), 3);
        QCOMPARE(drawn.filter(QStringLiteral("C2-")).size(), 3);
        r.inspectorIds = {b.inspector};
        const auto again = drawSample(*b.ws.db, r, b.lead);
        QCOMPARE(picked(*b.ws.db, again->sampleId), drawn); // the same seed, the same draw

        // A mix: a third flagged of three is one per agent that has flagged calls left.
        r.inspectorIds = {a.inspector};
        r.flaggedPercent = 100.0 / 3;
        const auto mixed = drawSample(*a.ws.db, r, a.lead);
        QCOMPARE(mixed->candidates, 21);
        QCOMPARE(mixed->flaggedCandidates, 2); // agent 1's two not drawn before
        QCOMPARE(mixed->flaggedDrawn, 1);
        QCOMPARE(picked(*a.ws.db, mixed->sampleId).filter(QRegularExpression(QStringLiteral("^C1-[1-5]$"))).size(), 1);
        QSqlQuery q(a.ws.db->connection());
        q.prepare(QStringLiteral("SELECT flagged_percent, min_risk FROM samples WHERE id = ?"));
        q.addBindValue(mixed->sampleId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toDouble(), 100.0 / 3);
        QCOMPARE(q.value(1).toInt(), 1);

        // Nothing is flagged critical: the draw is random, and says so.
        r.minRisk = 4;
        r.flaggedPercent = 100;
        const auto critical = drawSample(*a.ws.db, r, a.lead);
        QCOMPARE(critical->flaggedCandidates, 0);
        QCOMPARE(critical->flaggedDrawn, 0);
        QCOMPARE(critical->drawn, 9);
        r.flaggedPercent = 101;
        const auto refused = drawSample(*a.ws.db, r, a.lead);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("flagged share")));
    }

    void workQueueFollowsTheEvaluation()
    {
        Fixture f;
        Database &db = *f.ws.db;
        QVERIFY(assignInteraction(db, f.interactions[12], f.inspector, f.form.formId));
        QVERIFY(assignInteraction(db, f.interactions[3], f.inspector, f.form.formId));
        QVERIFY(assignInteraction(db, f.interactions[4], f.inspector2, f.form.formId));
        // Taking one already in a colleague's queue is refused and leaves it there.
        const auto theirs = assignInteraction(db, f.interactions[4], f.inspector, f.form.formId);
        QVERIFY(!theirs);
        QCOMPARE(theirs.error(), QStringLiteral("This interaction is already in 赵伟's work queue."));
        QCOMPARE(workQueue(db, f.inspector2)->size(), 1);
        auto queue = workQueue(db, f.inspector);
        QCOMPARE(queue->size(), 2);
        QCOMPARE(queue->at(0).interactionId, f.interactions[12]); // 3 March 10:00 before 4 March 09:00
        QCOMPARE(queue->at(0).staffName, QStringLiteral("Agent 1"));
        QVERIFY(!queue->at(0).evaluationStatus);

        EvaluationWorkflow inspector(db, f.inspector);
        const auto id = inspector.startDraft(f.interactions[3], f.form.versionId);
        queue = workQueue(db, f.inspector);
        QCOMPARE(queue->at(1).evaluationId, std::optional<qint64>(*id));
        QCOMPARE(queue->at(1).evaluationStatus, std::optional<EvaluationStatus>(EvaluationStatus::Draft));
        QVERIFY(inspector.saveDraft(*id, exampleAnswers(f.form), QString()));
        QVERIFY(inspector.submit(*id));
        QCOMPARE(workQueue(db, f.inspector)->size(), 1);
        QCOMPARE(workQueue(db, f.inspector, true)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
