// Team mode's permissions are the server's (docs/team-mode.md, core/server/security.sql): each
// ServQA user is a PostgreSQL login role checked with SCRAM-SHA-256, and what their role may not
// do PostgreSQL refuses. Three users work one evaluation through the app's own workflow on their
// own connections (inspector submits, the store's manager disputes, the lead resolves, the manager
// acknowledges) while a manager of another store sees none of it; then every role tries, in plain
// SQL through psql, what it may not do. A throwaway cluster of its own (tests/pgcluster.h).

#include "database.h"
#include "evaluationquery.h"
#include "evaluationrepository.h"
#include "evaluationworkflow.h"
#include "formrepository.h"
#include "keptdrafts.h"
#include "migrations.h"
#include "pgcluster.h"
#include "serveraccounts.h"
#include "testsupport.h"
#include "workqueue.h"

#include <QFile>
#include <QProcess>
#include <QSqlDriver>
#include <QSqlQuery>

using namespace servqa;

namespace {

const QString Db = QStringLiteral("team");

struct Account
{
    QString login, name, role, site, password;
};

const QVector<Account> Accounts{
    {QStringLiteral("admin"), QStringLiteral("赵娜"), QStringLiteral("admin"), {}, QStringLiteral("ad-Pw6")},
    {QStringLiteral("inspector1"), QStringLiteral("刘子涵"), QStringLiteral("inspector"), {}, QStringLiteral("ins-Pw1")},
    {QStringLiteral("lead"), QStringLiteral("王艳"), QStringLiteral("lead"), {}, QStringLiteral("lead-Pw2")},
    {QStringLiteral("manager1"), QStringLiteral("徐磊"), QStringLiteral("manager"), QStringLiteral("CC-SH-T1"), QStringLiteral("m1-Pw3")},
    {QStringLiteral("manager2"), QStringLiteral("刘杰"), QStringLiteral("manager"), QStringLiteral("S002"), QStringLiteral("m2-Pw4")},
    {QStringLiteral("shopper1"), QStringLiteral("赵超"), QStringLiteral("shopper"), {}, QStringLiteral("sh-Pw5")},
};

QString passwordOf(const QString &login)
{
    for (const Account &a : Accounts) {
        if (a.login == login)
            return a.password;
    }
    return {};
}

} // namespace

class TestServerRoles : public QObject
{
    Q_OBJECT

    test::PgCluster m_pg{QStringLiteral("super-Pw0")};
    QTemporaryDir m_dir;
    qint64 m_evaluation = 0; // the one the three users work on

    QString url(const QString &login) const { return m_pg.url(Db, login, passwordOf(login)); }
    QString sql(const QString &statement) { return m_pg.psql(Db, statement); }
    // What `login` gets from a statement in plain SQL, or "refused: <the server's message>".
    QString as(const QString &login, const QString &statement)
    {
        QString refusal;
        const QString out = m_pg.psqlAs(Db, login, passwordOf(login), statement, &refusal);
        return out.isNull() ? QStringLiteral("refused: ") + refusal : out;
    }
    std::unique_ptr<Database> open(const QString &login)
    {
        auto db = Database::openServer(url(login));
        if (!db)
            qWarning("%s", qPrintable(db.error()));
        return db ? std::move(*db) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.started(), qPrintable(m_pg.error()));
        QVERIFY(m_pg.createDatabase(Db));
        const QString file = m_dir.filePath(QStringLiteral("demo.servqa"));
        QCOMPARE(test::cli({QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--evaluations"), QStringLiteral("300"),
                            QStringLiteral("--end"), QStringLiteral("2026-12-03")})
                     .exitCode,
                 0);
        for (const QStringList &step : {QStringList{QStringLiteral("init"), QStringLiteral("--url"), m_pg.url(Db)},
                                        QStringList{QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), m_pg.url(Db)},
                                        QStringList{QStringLiteral("init"), QStringLiteral("--url"), m_pg.url(Db)}}) {
            const test::CliRun run = test::cli(QStringList{QStringLiteral("server")} + step);
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        // The owner makes the admin (the first); the admin, signed in as itself, makes the others.
        for (const Account &a : Accounts) {
            QStringList arguments{QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--url"),
                                  a.login == QLatin1String("admin") ? m_pg.url(Db) : url(QStringLiteral("admin")),
                                  QStringLiteral("--login"), a.login, QStringLiteral("--name"), a.name, QStringLiteral("--role"), a.role,
                                  QStringLiteral("--password-stdin")};
            if (!a.site.isEmpty())
                arguments << QStringLiteral("--site") << a.site;
            const test::CliRun run = test::cli(arguments, {}, a.password.toUtf8() + '\n');
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY(run.err.isEmpty()); // no notices or warnings from the server
        }
    }

    // The server checks the password (SCRAM-SHA-256; ServQA keeps no hash of its own), and knows
    // who signed in: the app's user is the session's, not one the client names.
    void passwordsAndWhoIsSignedIn()
    {
        QCOMPARE(sql(QStringLiteral("SELECT left(rolpassword, 14) FROM pg_authid WHERE rolname = 'manager1'")), QStringLiteral("SCRAM-SHA-256$"));
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() AND column_name ILIKE '%password%'")), QStringLiteral("0"));
        const auto wrong = Database::openServer(m_pg.url(Db, QStringLiteral("manager1"), QStringLiteral("m2-Pw4")));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(QStringLiteral("password authentication failed for user \"manager1\"")), qPrintable(wrong.error()));
        QVERIFY(!wrong.error().contains(QStringLiteral("m2-Pw4")));

        auto db = open(QStringLiteral("manager1"));
        QVERIFY(db);
        const auto me = sessionUser(*db);
        QVERIFY2(me, qPrintable(me ? QString() : me.error()));
        QCOMPARE(me->login, QStringLiteral("manager1"));
        QCOMPARE(me->role, UserRole::Manager);

        // The owner is not an account.
        auto owner = Database::openServer(m_pg.url(Db));
        QVERIFY(owner);
        QVERIFY(!sessionUser(**owner));

        const test::CliRun list = test::cli({QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--url"), url(QStringLiteral("admin"))});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("manager1\t徐磊\tmanager\tCC-SH-T1\tactive\t\n").toUtf8()));
        QVERIFY(list.out.contains(QStringLiteral("inspector2\tKevin Wong\t\t\tno login\t\n").toUtf8()));
    }

    // Inspector submits, the team's manager disputes, the lead changes the answer, the manager
    // acknowledges; the manager of another store sees none of it. Each on their own connection, through
    // the app's workflow; the audit trail names each as the server knew them.
    void threeUsersWorkOneEvaluation()
    {
        // An unevaluated call of the manager's team, and a submitted evaluation of the active call
        // scorecard whose answers the inspector gives again.
        const QString interaction = sql(QStringLiteral(
            "SELECT MIN(i.id) FROM interactions i JOIN sites s ON s.id = i.site_id WHERE s.code = 'CC-SH-T1' AND i.channel = 'call' "
            "AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.interaction_id = i.id)"));
        const QString model = sql(QStringLiteral(
            "SELECT MIN(e.id) FROM evaluations e JOIN form_versions v ON v.id = e.form_version_id JOIN interactions i ON i.id = e.interaction_id "
            "WHERE v.status = 'active' AND i.channel = 'call' AND e.status = 'acknowledged'"));
        QVERIFY(!interaction.isEmpty() && !model.isEmpty());
        const qint64 versionId = sql(QStringLiteral("SELECT form_version_id FROM evaluations WHERE id = %1").arg(model)).toLongLong();

        auto inspectorDb = open(QStringLiteral("inspector1"));
        auto managerDb = open(QStringLiteral("manager1"));
        auto otherDb = open(QStringLiteral("manager2"));
        auto leadDb = open(QStringLiteral("lead"));
        QVERIFY(inspectorDb && managerDb && otherDb && leadDb);
        const qint64 inspector = sessionUser(*inspectorDb)->id, manager = sessionUser(*managerDb)->id, other = sessionUser(*otherDb)->id,
                     lead = sessionUser(*leadDb)->id;

        const auto form = FormRepository(*inspectorDb).load(versionId);
        QVERIFY(form);
        auto template_ = EvaluationRepository(*inspectorDb).load(model.toLongLong(), *form);
        QVERIFY(template_);
        // What is measured comes from the new call; where the inspector's answer differs they say why.
        for (Answer &answer : template_->answers) {
            if (answer.measured)
                answer.comment = QStringLiteral("按录音复核");
        }

        EvaluationWorkflow inspectorFlow(*inspectorDb, inspector);
        const auto draft = inspectorFlow.createDraft(interaction.toLongLong(), versionId, template_->answers, QStringLiteral("复核 ok"));
        QVERIFY2(draft, qPrintable(draft ? QString() : draft.error()));
        m_evaluation = *draft;
        const auto submitted = inspectorFlow.submit(m_evaluation);
        QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error()));
        const QString scoreBefore = sql(QStringLiteral("SELECT score FROM evaluations WHERE id = %1").arg(m_evaluation));

        // The other store's manager: not there at all.
        QCOMPARE(test::scalar(*otherDb, QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE id = %1").arg(m_evaluation)).toInt(), 0);
        EvaluationWorkflow otherFlow(*otherDb, other);
        QVERIFY(!otherFlow.acknowledge(m_evaluation));
        QVERIFY(!otherFlow.dispute(m_evaluation, {{template_->answers.constBegin().key(), QStringLiteral("not mine")}}));

        // The team's manager sees it at once and disputes the first scored item.
        QCOMPARE(test::scalar(*managerDb, QStringLiteral("SELECT status FROM evaluations WHERE id = %1").arg(m_evaluation)).toString(),
                 QStringLiteral("submitted"));
        QString disputed;
        for (const FormSection &section : form->sections) {
            for (const FormItem &item : section.items) {
                if (disputed.isEmpty() && item.type == ItemType::YesNo && template_->answers.value(item.key).value == 1.0)
                    disputed = item.key;
            }
        }
        QVERIFY(!disputed.isEmpty());
        EvaluationWorkflow managerFlow(*managerDb, manager);
        QVERIFY(managerFlow.canReview());
        const Status raised = managerFlow.dispute(m_evaluation, {{disputed, QStringLiteral("顾客已确认身份")}});
        QVERIFY2(raised, qPrintable(raised ? QString() : raised.error()));

        // The lead changes the answer: the evaluation is rescored and resolved.
        EvaluationWorkflow leadFlow(*leadDb, lead);
        const auto open = leadFlow.disputes(m_evaluation);
        QVERIFY(open && open->size() == 1);
        const Status resolved = leadFlow.resolveDispute(open->first().id, DisputeOutcome::Changed, Answer::number(0), QStringLiteral("录音确认未核实"));
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.error()));
        QVERIFY(sql(QStringLiteral("SELECT score FROM evaluations WHERE id = %1").arg(m_evaluation)) != scoreBefore);
        // An admin deciding the same dispute from another desk is told who decided it first.
        auto adminDb = this->open(QStringLiteral("admin"));
        QVERIFY(adminDb);
        const Status late = EvaluationWorkflow(*adminDb, sessionUser(*adminDb)->id)
                                .resolveDispute(open->first().id, DisputeOutcome::Kept, {}, QStringLiteral("late"));
        QVERIFY(!late);
        QVERIFY2(late.error().contains(QStringLiteral("has already been resolved by 王艳 at ")), qPrintable(late.error()));

        const Status acknowledged = managerFlow.acknowledge(m_evaluation);
        QVERIFY2(acknowledged, qPrintable(acknowledged ? QString() : acknowledged.error()));
        QCOMPARE(sql(QStringLiteral("SELECT status FROM evaluations WHERE id = %1").arg(m_evaluation)), QStringLiteral("acknowledged"));

        // Still nothing for the other manager: the evaluation, its dispute, its audit trail.
        for (const QString &count : {QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE id = %1"),
                                     QStringLiteral("SELECT COUNT(*) FROM disputes WHERE evaluation_id = %1"),
                                     QStringLiteral("SELECT COUNT(*) FROM evaluation_answers WHERE evaluation_id = %1"),
                                     QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'evaluation' AND entity_id = %1")})
            QCOMPARE(test::scalar(*otherDb, count.arg(m_evaluation)).toInt(), 0);

        // Who did each step, as the server knew them.
        QCOMPARE(sql(QStringLiteral("SELECT string_agg(a.action || ':' || u.login, ' ' ORDER BY a.id) FROM audit_log a JOIN users u ON u.id = a.user_id "
                                    "WHERE a.entity = 'evaluation' AND a.entity_id = %1")
                         .arg(m_evaluation)),
                 QStringLiteral("created:inspector1 submitted:inspector1 measure_overridden:inspector1 measure_overridden:inspector1 disputed:manager1 status:manager1 dispute_changed:lead rescored:lead "
                                "resolved:lead acknowledged:manager1"));
    }

    // Interactions ▸ Evaluate: an inspector takes an interaction into their own work queue by
    // hand; one already in a colleague's queue stays there and the inspector is told whose it is.
    // In plain SQL the server refuses an assignment made for someone else or into a sample.
    void anInspectorTakesAnInteractionByHand()
    {
        const QString form = sql(QStringLiteral("SELECT MIN(id) FROM forms"));
        const QString free = QStringLiteral("SELECT i.id FROM interactions i WHERE NOT EXISTS "
                                            "(SELECT 1 FROM assignments a WHERE a.interaction_id = i.id) ORDER BY i.id");
        const QStringList interactions = sql(free + QStringLiteral(" LIMIT 4")).split(QLatin1Char('\n'));
        QCOMPARE(interactions.size(), 4);
        const QString inspector1 = sql(QStringLiteral("SELECT id FROM users WHERE login = 'inspector1'"));
        const QString inspector2 = sql(QStringLiteral("SELECT id FROM users WHERE login = 'inspector2'"));
        sql(QStringLiteral("INSERT INTO assignments (interaction_id, inspector_id, form_id, assigned_at) VALUES (%1, %2, %3, 0)")
                .arg(interactions[1], inspector2, form));

        auto db = open(QStringLiteral("inspector1"));
        QVERIFY(db);
        const auto taken = assignInteraction(*db, interactions[0].toLongLong(), inspector1.toLongLong(), form.toLongLong());
        QVERIFY2(taken, qPrintable(taken ? QString() : taken.error()));
        QCOMPARE(sql(QStringLiteral("SELECT inspector_id FROM assignments WHERE id = %1").arg(*taken)), inspector1);
        const auto again = assignInteraction(*db, interactions[0].toLongLong(), inspector1.toLongLong(), form.toLongLong());
        QVERIFY(again);
        QCOMPARE(*again, *taken);
        const auto theirs = assignInteraction(*db, interactions[1].toLongLong(), inspector1.toLongLong(), form.toLongLong());
        QVERIFY(!theirs);
        QCOMPARE(theirs.error(), QStringLiteral("This interaction is already in Kevin Wong's work queue."));
        QCOMPARE(sql(QStringLiteral("SELECT inspector_id FROM assignments WHERE interaction_id = %1").arg(interactions[1])), inspector2);

        const QString insert = QStringLiteral("INSERT INTO assignments (interaction_id, inspector_id, form_id, assigned_at, sample_id) "
                                              "VALUES (%1, %2, %3, 0, %4)");
        QVERIFY(as(QStringLiteral("inspector1"), insert.arg(interactions[2], inspector2, form, QStringLiteral("NULL")))
                    .contains(QStringLiteral("violates row-level security policy")));
        const QString sample = sql(QStringLiteral("SELECT MIN(id) FROM samples"));
        QVERIFY(!sample.isEmpty());
        QVERIFY(as(QStringLiteral("inspector1"), insert.arg(interactions[2], inspector1, form, sample))
                    .contains(QStringLiteral("violates row-level security policy")));
        QVERIFY(as(QStringLiteral("inspector1"), QStringLiteral("UPDATE assignments SET inspector_id = %1 WHERE interaction_id = %2")
                                                     .arg(inspector1, interactions[1]))
                    .contains(QStringLiteral("permission denied for table assignments")));
        QVERIFY(as(QStringLiteral("manager1"), insert.arg(interactions[3], inspector1, form, QStringLiteral("NULL")))
                    .contains(QStringLiteral("permission denied for table assignments")));
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM assignments WHERE interaction_id IN (%1, %2)").arg(interactions[2], interactions[3])),
                 QStringLiteral("0"));
    }

    // A manager reads their own sites' work only, and may never change an answer or a score.
    void aManagerOnlyReviews()
    {
        const QString mine = sql(QStringLiteral("SELECT id FROM sites WHERE code = 'CC-SH-T1'"));
        QCOMPARE(as(QStringLiteral("manager1"), QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE site_id <> %1").arg(mine)), QStringLiteral("0"));
        QCOMPARE(as(QStringLiteral("manager1"), QStringLiteral("SELECT COUNT(*) FROM interactions WHERE site_id <> %1").arg(mine)), QStringLiteral("0"));
        QCOMPARE(as(QStringLiteral("manager1"), QStringLiteral("SELECT COUNT(*) FROM score_rollup WHERE site_id <> %1").arg(mine)), QStringLiteral("0"));
        QCOMPARE(as(QStringLiteral("manager1"), QStringLiteral("SELECT COUNT(*) = (SELECT COUNT(*) FROM evaluations) FROM evaluations WHERE site_id = %1").arg(mine)),
                 QStringLiteral("t"));
        QVERIFY(as(QStringLiteral("manager1"), QStringLiteral("SELECT COUNT(*) FROM evaluations")).toInt() > 0);
        QVERIFY(as(QStringLiteral("manager1"), QStringLiteral("UPDATE evaluation_answers SET value = 1"))
                    .contains(QStringLiteral("permission denied for table evaluation_answers")));
        QVERIFY(as(QStringLiteral("manager1"), QStringLiteral("UPDATE evaluations SET score = 100"))
                    .contains(QStringLiteral("permission denied for table evaluations")));
        QVERIFY(as(QStringLiteral("manager1"), QStringLiteral("DELETE FROM disputes")).contains(QStringLiteral("permission denied for table disputes")));
        // A status only from submitted to acknowledged or disputed, on their own sites.
        QCOMPARE(as(QStringLiteral("manager2"), QStringLiteral("UPDATE evaluations SET status = 'acknowledged' WHERE site_id = %1").arg(mine)),
                 QStringLiteral("UPDATE 0"));
        QVERIFY(as(QStringLiteral("manager1"), QStringLiteral("UPDATE evaluations SET status = 'resolved' WHERE status = 'submitted'"))
                    .contains(QStringLiteral("submitted cannot become resolved")));
        QCOMPARE(as(QStringLiteral("manager1"), QStringLiteral("UPDATE evaluations SET status = 'submitted' WHERE status = 'acknowledged'")),
                 QStringLiteral("UPDATE 0"));
    }

    // Screening (issue 22) on a server: a lead screens; what the rules found in an interaction is
    // seen with the interaction — a manager their own sites' — and written by leads only.
    void screeningResultsFollowTheirInteractions()
    {
        const test::CliRun run = test::cli({QStringLiteral("screen"), QStringLiteral("--db"), url(QStringLiteral("lead"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString all = sql(QStringLiteral("SELECT COUNT(*) FROM screened_interactions"));
        QCOMPARE(all, sql(QStringLiteral("SELECT COUNT(*) FROM interactions")));
        QCOMPARE(as(QStringLiteral("inspector1"), QStringLiteral("SELECT COUNT(*) FROM screened_interactions")), all);
        const QString mine = sql(QStringLiteral("SELECT id FROM sites WHERE code = 'CC-SH-T1'"));
        const QString theirs = sql(QStringLiteral("SELECT COUNT(*) FROM screened_interactions s JOIN interactions i ON i.id = s.interaction_id "
                                                  "WHERE i.site_id = %1").arg(mine));
        QVERIFY(theirs.toInt() > 0);
        QCOMPARE(as(QStringLiteral("manager1"), QStringLiteral("SELECT COUNT(*) FROM screened_interactions")), theirs);
        QCOMPARE(as(QStringLiteral("manager1"), QStringLiteral("SELECT COUNT(*) FROM screening_hits h JOIN interactions i ON i.id = h.interaction_id "
                                                                "WHERE i.site_id <> %1").arg(mine)),
                 QStringLiteral("0"));
        QVERIFY(as(QStringLiteral("inspector1"), QStringLiteral("DELETE FROM screening_hits"))
                    .contains(QStringLiteral("permission denied for table screening_hits")));
        QVERIFY(as(QStringLiteral("manager1"), QStringLiteral("UPDATE screened_interactions SET risk = 0"))
                    .contains(QStringLiteral("permission denied for table screened_interactions")));
        QVERIFY(as(QStringLiteral("inspector1"), QStringLiteral("UPDATE screening_rule_sets SET status = 'retired'"))
                    .contains(QStringLiteral("permission denied for table screening_rule_sets")));
        // The screening's sums (schema 41) are seen as the interactions are: the day rows' count of
        // what was screened is every interaction for an inspector, the manager's own site's for the
        // manager, and nothing for a mystery shopper; only a lead writes them.
        const QString screened = QStringLiteral("SELECT COALESCE(SUM(screened), 0) FROM %1 WHERE span = 1 AND rule_key = ''");
        for (const char *table : {"screening_rollup", "screening_staff_rollup"}) {
            const QString t = QLatin1String(table);
            QCOMPARE(sql(screened.arg(t)), t == QLatin1String("screening_rollup") ? all
                                                 : sql(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE staff_id IS NOT NULL")));
            QCOMPARE(as(QStringLiteral("inspector1"), screened.arg(t)), sql(screened.arg(t)));
            QCOMPARE(as(QStringLiteral("manager1"), screened.arg(t) + QStringLiteral(" AND site_id <> %1").arg(mine)), QStringLiteral("0"));
            QCOMPARE(as(QStringLiteral("shopper1"), screened.arg(t)), QStringLiteral("0"));
            QVERIFY(as(QStringLiteral("inspector1"), QStringLiteral("DELETE FROM %1").arg(t)).contains(QStringLiteral("permission denied for table ") + t));
            QVERIFY(as(QStringLiteral("manager1"), QStringLiteral("UPDATE %1 SET screened = 0").arg(t)).contains(QStringLiteral("permission denied for table ") + t));
        }
        QCOMPARE(as(QStringLiteral("manager1"), screened.arg(QStringLiteral("screening_rollup"))), theirs);
        // An inspector may try a rule set without storing anything.
        const test::CliRun dry = test::cli({QStringLiteral("screen"), QStringLiteral("--db"), url(QStringLiteral("inspector1")), QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
    }

    // An inspector edits only their own drafts; a submitted score changes only through a dispute,
    // the lead's included.
    void submittedWorkIsFixed()
    {
        const QString id = QString::number(m_evaluation);
        QCOMPARE(as(QStringLiteral("inspector1"), QStringLiteral("UPDATE evaluations SET score = 100 WHERE id = %1").arg(id)), QStringLiteral("UPDATE 0"));
        const QString answers = sql(QStringLiteral("SELECT COUNT(*) FROM evaluation_answers WHERE evaluation_id = %1").arg(id));
        QCOMPARE(as(QStringLiteral("inspector1"), QStringLiteral("DELETE FROM evaluation_answers WHERE evaluation_id = %1").arg(id)),
                 QStringLiteral("DELETE 0"));
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM evaluation_answers WHERE evaluation_id = %1").arg(id)), answers);
        // Someone else's draft: not theirs to touch.
        const QString othersDraft = sql(QStringLiteral("SELECT MIN(e.id) FROM evaluations e JOIN users u ON u.id = e.inspector_id "
                                                       "WHERE e.status = 'draft' AND u.login <> 'inspector1'"));
        QVERIFY(!othersDraft.isEmpty());
        QCOMPARE(as(QStringLiteral("inspector1"), QStringLiteral("UPDATE evaluations SET comment = 'x' WHERE id = %1").arg(othersDraft)),
                 QStringLiteral("UPDATE 0"));
        QVERIFY(as(QStringLiteral("inspector1"), QStringLiteral("INSERT INTO evaluations (form_version_id, inspector_id, site_id, occurred_at, status, "
                                                                "created_at, updated_at) SELECT form_version_id, inspector_id, site_id, occurred_at, "
                                                                "'draft', 1, 1 FROM evaluations WHERE id = %1")
                                                    .arg(othersDraft))
                    .contains(QStringLiteral("violates row-level security policy")));
        // Nor a new evaluation that skips the draft (and the app's checks at submit).
        QVERIFY(as(QStringLiteral("inspector1"), QStringLiteral("INSERT INTO evaluations (form_version_id, inspector_id, site_id, occurred_at, status, "
                                                                "created_at, updated_at, score) SELECT form_version_id, %1, site_id, occurred_at, "
                                                                "'submitted', 1, 1, 100 FROM evaluations WHERE id = %2")
                                                    .arg(sql(QStringLiteral("SELECT id FROM users WHERE login = 'inspector1'")), id))
                    .contains(QStringLiteral("violates row-level security policy")));
        const QString submitted = sql(QStringLiteral("SELECT MIN(id) FROM evaluations WHERE status = 'submitted'"));
        QVERIFY(as(QStringLiteral("lead"), QStringLiteral("UPDATE evaluations SET score = 100 WHERE id = %1").arg(submitted))
                    .contains(QStringLiteral("a submitted evaluation changes only through a dispute")));
        QVERIFY(as(QStringLiteral("lead"), QStringLiteral("UPDATE evaluations SET status = 'draft' WHERE id = %1").arg(submitted))
                    .contains(QStringLiteral("submitted cannot become draft")));
        QVERIFY(as(QStringLiteral("admin"), QStringLiteral("UPDATE evaluation_answers SET value = 0 WHERE evaluation_id = %1").arg(submitted))
                    .contains(QStringLiteral("cannot change")));
    }

    // The audit trail is append-only for everyone, and names who the server says acted.
    void theAuditTrailCannotBeForged()
    {
        QVERIFY(as(QStringLiteral("admin"), QStringLiteral("DELETE FROM audit_log")).contains(QStringLiteral("permission denied for table audit_log")));
        QVERIFY(as(QStringLiteral("lead"), QStringLiteral("UPDATE audit_log SET note = 'x'")).contains(QStringLiteral("permission denied for table audit_log")));
        const QString leadId = sql(QStringLiteral("SELECT id FROM users WHERE login = 'lead'"));
        const QString written = as(QStringLiteral("inspector1"), QStringLiteral("INSERT INTO audit_log (at, user_id, entity, entity_id, action) "
                                                                                "VALUES (1, %1, 'form', 1, 'forged') RETURNING user_id")
                                                                     .arg(leadId));
        QCOMPARE(written.section(QLatin1Char('\n'), 0, 0), sql(QStringLiteral("SELECT id FROM users WHERE login = 'inspector1'")));
    }

    // The Evaluations list's total is what each role sees: a lead's, an admin's and an inspector's
    // every result, a manager's their own sites', a shopper's their own (the totals of the first
    // four are summed from the daily sums, as in a file; a shopper's rows are counted).
    void everyRolesTotalIsWhatItSees()
    {
        const QDateTime from(QDate(2024, 1, 1), QTime(0, 0));
        const QDateTime to(QDate(2027, 1, 1), QTime(0, 0));
        const QString range = QStringLiteral("status <> 'draft' AND occurred_at >= %1 AND occurred_at < %2")
                                  .arg(from.toSecsSinceEpoch())
                                  .arg(to.toSecsSinceEpoch());
        const qint64 ownSite = sql(QStringLiteral("SELECT id FROM sites WHERE code = 'CC-SH-T1'")).toLongLong();
        const qint64 otherSite = sql(QStringLiteral("SELECT id FROM sites WHERE code = 'S002'")).toLongLong();
        QVERIFY(ownSite > 0 && otherSite > 0);
        struct Case
        {
            const char *name;
            EvaluationFilter filter;
            QString where;
        };
        std::vector<Case> cases;
        EvaluationFilter everything;
        everything.from = from;
        everything.to = to;
        cases.push_back({"every result", everything, range});
        EvaluationFilter site = everything;
        site.siteId = ownSite;
        cases.push_back({"manager1's site", site, range + QStringLiteral(" AND site_id = %1").arg(ownSite)});
        site.siteId = otherSite;
        cases.push_back({"manager2's site", site, range + QStringLiteral(" AND site_id = %1").arg(otherSite)});
        EvaluationFilter passed = everything;
        passed.passed = true;
        cases.push_back({"passed", passed, range + QStringLiteral(" AND passed = 1")});
        EvaluationFilter autoFailed = everything;
        autoFailed.autoFailed = true;
        cases.push_back({"failed automatically", autoFailed, range + QStringLiteral(" AND auto_failed = 1")});
        QSet<qint64> totals;
        for (const char *login : {"lead", "admin", "inspector1", "manager1", "manager2", "shopper1"}) {
            const auto db = open(QLatin1String(login));
            QVERIFY(db);
            for (const Case &c : cases) {
                const auto counted = EvaluationQuery(*db).count(c.filter);
                QVERIFY2(counted, counted ? "" : qPrintable(counted.error()));
                const QString seen = as(QLatin1String(login), QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE ") + c.where);
                QVERIFY2(QString::number(*counted) == seen,
                         qPrintable(QStringLiteral("%1, %2: %3 counted, %4 seen").arg(QLatin1String(login), QLatin1String(c.name)).arg(*counted).arg(seen)));
                if (c.name == cases.front().name)
                    totals.insert(*counted);
            }
        }
        // Every site's, two managers' own and a shopper's own: four different totals.
        QCOMPARE(totals.size(), 4);
    }

    // A shopper sees their own visits only; a blind calibration session is blind at the server.
    void shoppersAndBlindSessions()
    {
        const QString shopper = sql(QStringLiteral("SELECT id FROM users WHERE login = 'shopper1'"));
        QCOMPARE(as(QStringLiteral("shopper1"), QStringLiteral("SELECT COUNT(*) FROM visits WHERE shopper_id <> %1").arg(shopper)), QStringLiteral("0"));
        QCOMPARE(as(QStringLiteral("shopper1"), QStringLiteral("SELECT COUNT(*) FROM visits")),
                 sql(QStringLiteral("SELECT COUNT(*) FROM visits WHERE shopper_id = %1").arg(shopper)));
        QCOMPARE(as(QStringLiteral("shopper1"), QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE inspector_id <> %1").arg(shopper)), QStringLiteral("0"));
        QCOMPARE(as(QStringLiteral("shopper1"), QStringLiteral("SELECT COUNT(*) FROM complaints")), QStringLiteral("0"));
        // The Evaluations list's total in the shopper's window: their own results, not every site's
        // from the daily sums the server lets them read (a file sums them; the server counts rows).
        EvaluationFilter everything;
        everything.from = QDateTime(QDate(2024, 1, 1), QTime(0, 0));
        everything.to = QDateTime(QDate(2027, 1, 1), QTime(0, 0));
        const auto shoppers = open(QStringLiteral("shopper1"));
        const auto leads = open(QStringLiteral("lead"));
        QVERIFY(shoppers && leads);
        const auto own = EvaluationQuery(*shoppers).count(everything);
        const auto all = EvaluationQuery(*leads).count(everything);
        QVERIFY2(own, own ? "" : qPrintable(own.error()));
        QVERIFY2(all, all ? "" : qPrintable(all.error()));
        QCOMPARE(QString::number(*own),
                 sql(QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE inspector_id = %1 AND status <> 'draft'").arg(shopper)));
        QCOMPARE(QString::number(*all), sql(QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE status <> 'draft'")));
        QVERIFY(*own < *all);
        QVERIFY(as(QStringLiteral("shopper1"), QStringLiteral("SELECT SUM(evaluations) FROM score_rollup")).toLongLong() > *own);

        // The demo's open blind session: inspector1 sees only their own scoring in it.
        const QString session = sql(QStringLiteral("SELECT id FROM calibration_sessions WHERE status = 'open' AND blind = 1"));
        QVERIFY(!session.isEmpty());
        const QString inspector = sql(QStringLiteral("SELECT id FROM users WHERE login = 'inspector1'"));
        QVERIFY(sql(QStringLiteral("SELECT COUNT(*) FROM calibration_scores WHERE session_id = %1 AND inspector_id <> %2").arg(session, inspector)).toInt()
                > 0);
        QCOMPARE(as(QStringLiteral("inspector1"), QStringLiteral("SELECT COUNT(*) FROM calibration_scores WHERE session_id = %1 AND inspector_id <> %2")
                                                      .arg(session, inspector)),
                 QStringLiteral("0"));
        QCOMPARE(as(QStringLiteral("inspector1"), QStringLiteral("SELECT COUNT(*) FROM calibration_answers WHERE session_id = %1 AND inspector_id <> %2")
                                                      .arg(session, inspector)),
                 QStringLiteral("0"));
        // A closed session is open to all its inspectors.
        QCOMPARE(as(QStringLiteral("inspector1"), QStringLiteral("SELECT COUNT(*) FROM calibration_scores s JOIN calibration_sessions c ON c.id = s.session_id "
                                                                 "WHERE c.status = 'closed'")),
                 sql(QStringLiteral("SELECT COUNT(*) FROM calibration_scores s JOIN calibration_sessions c ON c.id = s.session_id WHERE c.status = 'closed'")));
        QCOMPARE(as(QStringLiteral("lead"), QStringLiteral("SELECT COUNT(*) FROM calibration_scores WHERE session_id = %1").arg(session)),
                 sql(QStringLiteral("SELECT COUNT(*) FROM calibration_scores WHERE session_id = %1").arg(session)));
    }

    // What one desk writes, the others hear of when it commits (LISTEN/NOTIFY), and not before;
    // a write that rolls back is never announced.
    void otherDesksHearOfAChangeAtOnce()
    {
        auto watcher = open(QStringLiteral("manager1"));
        QVERIFY(watcher);
        QSqlDriver *driver = watcher->connection().driver();
        QVERIFY(driver->subscribeToNotification(QStringLiteral("servqa_changed")));
        QStringList heard;
        connect(driver, &QSqlDriver::notification, this, [&heard](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
            if (source == QSqlDriver::OtherSource)
                heard << payload.toString();
        });
        QCOMPARE(as(QStringLiteral("lead"), QStringLiteral("BEGIN; UPDATE evaluations SET status = 'acknowledged' WHERE id = "
                                                           "(SELECT MIN(id) FROM evaluations WHERE status = 'submitted'); ROLLBACK")),
                 QStringLiteral("BEGIN\nUPDATE 1\nROLLBACK"));
        QCOMPARE(as(QStringLiteral("lead"), QStringLiteral("UPDATE evaluations SET status = 'acknowledged' WHERE id = "
                                                           "(SELECT MIN(id) FROM evaluations WHERE status = 'submitted')")),
                 QStringLiteral("UPDATE 1"));
        QTRY_COMPARE(heard, QStringList{QStringLiteral("evaluations")});
        QTest::qWait(300);
        QCOMPARE(heard, QStringList{QStringLiteral("evaluations")});
    }

    // Only an admin manages accounts; a disabled account cannot sign in.
    void accountsAreTheAdminsToManage()
    {
        const test::CliRun byLead = test::cli({QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--url"),
                                               url(QStringLiteral("lead")), QStringLiteral("--login"), QStringLiteral("intruder"), QStringLiteral("--name"),
                                               QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                                              {}, "x-Pw\n");
        QCOMPARE(byLead.exitCode, 1);
        QVERIFY2(byLead.err.contains("permission denied to create role"), byLead.err.constData());
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'intruder'")), QStringLiteral("0"));
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM users WHERE login = 'intruder'")), QStringLiteral("0"));
        QVERIFY(as(QStringLiteral("lead"), QStringLiteral("UPDATE users SET role = 'admin' WHERE login = 'lead'"))
                    .contains(QStringLiteral("permission denied for table users")));

        // Another application's role (here the superuser) never becomes an account.
        const test::CliRun takeover = test::cli({QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--url"),
                                                 url(QStringLiteral("admin")), QStringLiteral("--login"), QStringLiteral("postgres"),
                                                 QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("lead"),
                                                 QStringLiteral("--password-stdin")},
                                                {}, "x-Pw\n");
        QCOMPARE(takeover.exitCode, 2);

        const test::CliRun disable = test::cli({QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--url"),
                                                url(QStringLiteral("admin")), QStringLiteral("--login"), QStringLiteral("shopper1")});
        QVERIFY2(disable.exitCode == 0, disable.err.constData());
        const auto refused = Database::openServer(url(QStringLiteral("shopper1")));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("is not permitted to log in")), qPrintable(refused.error()));
        QCOMPARE(sql(QStringLiteral("SELECT active FROM users WHERE login = 'shopper1'")), QStringLiteral("0"));

        // Roles and sites change; the server's groups follow.
        const test::CliRun set = test::cli({QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("--url"),
                                            url(QStringLiteral("admin")), QStringLiteral("--login"), QStringLiteral("manager2"), QStringLiteral("--site"),
                                            QStringLiteral("CC-SH-T1"), QStringLiteral("--site"), QStringLiteral("S002")});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QCOMPARE(as(QStringLiteral("manager2"), QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE id = %1").arg(m_evaluation)), QStringLiteral("1"));
        QCOMPARE(sql(QStringLiteral("SELECT string_agg(x, ',') FROM servqa_roles_of('manager2') x")), QStringLiteral("manager"));

        // A regional manager: every site of the region, a store opened there later too; no other.
        const QString region = sql(QStringLiteral("SELECT region FROM sites WHERE code = 'S002'"));
        QVERIFY(!region.isEmpty());
        const QString neighbour = sql(QStringLiteral("SELECT MIN(s.id) FROM sites s WHERE s.region = '%1' AND s.code NOT IN ('S002', 'CC-SH-T1') "
                                                     "AND EXISTS (SELECT 1 FROM evaluations e WHERE e.site_id = s.id)").arg(region));
        const QString elsewhere = sql(QStringLiteral("SELECT MIN(s.id) FROM sites s WHERE s.region <> '%1' AND s.kind = 'store' "
                                                     "AND EXISTS (SELECT 1 FROM evaluations e WHERE e.site_id = s.id)").arg(region));
        QVERIFY(!neighbour.isEmpty() && !elsewhere.isEmpty());
        const QString countAt = QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE site_id = %1");
        QCOMPARE(as(QStringLiteral("manager2"), countAt.arg(neighbour)), QStringLiteral("0"));
        const test::CliRun unknown = test::cli({QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("--url"),
                                                url(QStringLiteral("admin")), QStringLiteral("--login"), QStringLiteral("manager2"),
                                                QStringLiteral("--region"), QStringLiteral("Atlantis")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("has no site in the region \"Atlantis\""), unknown.err.constData());
        const test::CliRun regional = test::cli({QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("--url"),
                                                 url(QStringLiteral("admin")), QStringLiteral("--login"), QStringLiteral("manager2"),
                                                 QStringLiteral("--region"), region});
        QVERIFY2(regional.exitCode == 0, regional.err.constData());
        QCOMPARE(as(QStringLiteral("manager2"), countAt.arg(neighbour)), sql(countAt.arg(neighbour)));
        QVERIFY(sql(countAt.arg(neighbour)).toInt() > 0);
        QCOMPARE(as(QStringLiteral("manager2"), countAt.arg(elsewhere)), QStringLiteral("0"));
        const QString opened = sql(QStringLiteral("INSERT INTO sites (code, name, kind, region) VALUES ('S-NEW', 'New store', 'store', '%1') RETURNING id").arg(region))
                                 .section(QLatin1Char('\n'), 0, 0); // psql adds the command's tag
        QCOMPARE(as(QStringLiteral("manager2"), QStringLiteral("SELECT COUNT(*) FROM servqa_my_sites() x WHERE x = %1").arg(opened)), QStringLiteral("1"));
        const test::CliRun listed = test::cli({QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--url"),
                                               url(QStringLiteral("admin"))});
        QVERIFY2(listed.out.contains(QStringLiteral("manager2\t刘杰\tmanager\tCC-SH-T1,S002\tactive\t%1\n").arg(region).toUtf8()), listed.out.constData());
        // Only an admin names a manager's regions.
        QVERIFY(as(QStringLiteral("lead"), QStringLiteral("DELETE FROM user_regions")).contains(QStringLiteral("permission denied for table user_regions")));
        QVERIFY(as(QStringLiteral("manager2"), QStringLiteral("INSERT INTO user_regions SELECT id, 'x' FROM users WHERE login = 'manager2'"))
                    .contains(QStringLiteral("permission denied for table user_regions")));
    }

    // The server goes away mid-work (stopped and started again): the lost connection is noticed,
    // opened again, and the draft kept meanwhile is saved; nothing is dropped.
    void aLostConnectionIsOpenedAgain()
    {
        auto db = open(QStringLiteral("inspector1"));
        QVERIFY(db);
        const qint64 me = sessionUser(*db)->id;
        const QString interaction = sql(QStringLiteral(
            "SELECT MIN(i.id) FROM interactions i WHERE i.channel = 'call' AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.interaction_id = i.id)"));
        const qint64 versionId = sql(QStringLiteral("SELECT form_version_id FROM evaluations WHERE id = %1").arg(m_evaluation)).toLongLong();
        EvaluationWorkflow flow(*db, me);
        const auto draft = flow.createDraft(interaction.toLongLong(), versionId, {}, QStringLiteral("first"));
        QVERIFY2(draft, qPrintable(draft ? QString() : draft.error()));
        QVERIFY(db->answers());

        QVERIFY2(m_pg.restart(), qPrintable(m_pg.error()));
        QVERIFY(!flow.saveDraft(*draft, {}, QStringLiteral("written while the server was away")));
        QVERIFY(!db->answers());
        QVERIFY2(db->reconnect(), qPrintable(m_pg.error()));
        QVERIFY(db->answers());
        QCOMPARE(sessionUser(*db)->login, QStringLiteral("inspector1"));
        QVERIFY(flow.saveDraft(*draft, {}, QStringLiteral("written while the server was away")));
        QCOMPARE(sql(QStringLiteral("SELECT comment FROM evaluations WHERE id = %1").arg(*draft)), QStringLiteral("written while the server was away"));
    }

    // The server is away, and ServQA is closed (or crashes) meanwhile: the drafts the editor kept on
    // this computer reach the server when it answers again; one the server has a newer save of is
    // not written over it and stays on this computer.
    void draftsKeptOnThisComputerReachTheServer()
    {
        QTemporaryDir folder;
        auto db = open(QStringLiteral("inspector1"));
        QVERIFY(db);
        const qint64 me = sessionUser(*db)->id;
        const qint64 versionId = sql(QStringLiteral("SELECT form_version_id FROM evaluations WHERE id = %1").arg(m_evaluation)).toLongLong();
        const auto unscored = [this](int n) {
            return sql(QStringLiteral("SELECT id FROM interactions i WHERE i.channel = 'call' AND NOT EXISTS (SELECT 1 FROM evaluations e "
                                      "WHERE e.interaction_id = i.id) ORDER BY id LIMIT 1 OFFSET %1").arg(n)).toLongLong();
        };
        const qint64 first = unscored(0), second = unscored(1), third = unscored(2);
        EvaluationWorkflow flow(*db, me);
        const auto made = flow.createDraft(first, versionId, {}, QStringLiteral("before the server went away"));
        const auto stale = flow.createDraft(third, versionId, {}, QStringLiteral("saved at the other desk"));
        QVERIFY(made && stale);
        const QString item = sql(QStringLiteral("SELECT i.key FROM form_items i JOIN form_sections s ON s.id = i.section_id "
                                                "WHERE s.form_version_id = %1 AND i.type = 'yesno' ORDER BY s.position, i.position LIMIT 1").arg(versionId));
        QVERIFY(!item.isEmpty());

        QVERIFY2(m_pg.stop(), qPrintable(m_pg.error()));
        QVERIFY(!flow.saveDraft(*made, {{item, Answer::no()}}, QStringLiteral("written while the server was away")));
        KeptDrafts kept(db->path(), folder.path());
        KeptDraft one{*made, first, versionId, {{item, Answer::no()}}, QStringLiteral("written while the server was away"), {}, {}};
        KeptDraft fresh{0, second, versionId, {{item, Answer::yes()}}, QStringLiteral("started while the server was away"), {}, {}};
        KeptDraft old{*stale, third, versionId, {}, QStringLiteral("kept here, older"), {}, {}};
        QVERIFY(kept.keep(one) && kept.keep(fresh) && kept.keep(old));
        QCOMPARE(kept.all()->size(), 3);
        db.reset(); // ServQA closed (or crashed) while the server was away
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        QTest::qWait(1100); // the other desk's save comes a second later than the kept copy
        auto other = open(QStringLiteral("inspector1"));
        QVERIFY(other);
        QVERIFY(EvaluationWorkflow(*other, me).saveDraft(*stale, {}, QStringLiteral("saved at the other desk, later")));

        db = open(QStringLiteral("inspector1"));
        QVERIFY(db);
        const KeptDraftsSaved result = KeptDrafts(db->path(), folder.path()).saveAll(*db, me);
        QVERIFY2(result.saved == 2, qPrintable(result.problems.join(QStringLiteral(" / "))));
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().contains(QStringLiteral("was not saved: the draft on the server was saved after it, and is not overwritten.\nIt stays in "))
                     && result.problems.first().endsWith(QStringLiteral("/evaluation-%1.json.").arg(*stale)),
                 qPrintable(result.problems.first()));
        QCOMPARE(sql(QStringLiteral("SELECT comment FROM evaluations WHERE id = %1").arg(*made)), QStringLiteral("written while the server was away"));
        QCOMPARE(sql(QStringLiteral("SELECT a.value FROM evaluation_answers a JOIN form_items i ON i.id = a.item_id WHERE a.evaluation_id = %1 AND i.key = '%2'")
                         .arg(*made).arg(item)).toDouble(),
                 0.0);
        QCOMPARE(sql(QStringLiteral("SELECT comment || ' ' || status FROM evaluations WHERE interaction_id = %1").arg(second)),
                 QStringLiteral("started while the server was away draft"));
        QCOMPARE(sql(QStringLiteral("SELECT comment FROM evaluations WHERE id = %1").arg(*stale)), QStringLiteral("saved at the other desk, later"));
        const auto left = kept.all();
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->first().evaluationId, *stale);
        QCOMPARE(left->first().comment, QStringLiteral("kept here, older"));
    }

    // A server of an older format is upgraded by the database's owner, not by whichever account
    // opens it first (an account may not change tables, and the server would say so in its own
    // words half-way through): the account is told who upgrades it; the owner's upgrade puts
    // the server's rules on what the new format added.
    void anOlderServerIsUpgradedByItsOwner()
    {
        const QString latest = QString::number(latestSchemaVersion());
        QCOMPARE(sql(QStringLiteral("SELECT value FROM servqa_meta WHERE key = 'schema_version'")), latest);
        sql(QStringLiteral("DROP INDEX disputes_open; DROP INDEX evaluations_site_auto_failed; DROP INDEX interactions_time_transcribed; DROP INDEX interactions_trigram; ALTER TABLE samples DROP COLUMN flagged_percent; ALTER TABLE samples DROP COLUMN min_risk; "
                           "ALTER TABLE evaluation_answers DROP COLUMN measured_by; DELETE FROM servqa_meta WHERE key = 'screening_rollup'; "
                           "DROP TABLE screening_staff_rollup; DROP TABLE screening_rollup; DROP TABLE screening_hits; DROP TABLE screened_interactions; DROP TABLE screening_rule_sets; "
                           "DROP TABLE user_regions; ALTER TABLE evaluations DROP COLUMN row_version; ALTER TABLE form_versions DROP COLUMN row_version; "
                           "UPDATE servqa_meta SET value = '30' WHERE key = 'schema_version'"));

        const auto refused = Database::openServer(url(QStringLiteral("inspector1")));
        QVERIFY(!refused);
        QCOMPARE(refused.error(), QStringLiteral("postgresql://inspector1@/team is a workspace of format 30, and this ServQA works on format %1: the database's owner "
                                                 "upgrades it first, with servqa-cli server init (docs/team-mode.md). Until then, use the "
                                                 "version of ServQA the team used before.").arg(latest));
        QCOMPARE(sql(QStringLiteral("SELECT value FROM servqa_meta WHERE key = 'schema_version'")), QStringLiteral("30"));

        QVERIFY(Database::openServer(m_pg.url(Db))); // the owner (the cluster's superuser here) opens it, and it is upgraded
        QCOMPARE(sql(QStringLiteral("SELECT value FROM servqa_meta WHERE key = 'schema_version'")), latest);
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'form_versions' AND column_name = 'row_version'")),
                 QStringLiteral("1"));
        // Schema 36: the text search's trigram index, on the server's pg_trgm.
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'interactions_trigram'")),
                 QStringLiteral("1"));
        // Schema 37: the transcribed interactions by time.
        QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'interactions_time_transcribed'")),
                 QStringLiteral("1"));
        auto inspector = open(QStringLiteral("inspector1"));
        QVERIFY(inspector);
        // The rules hold after the upgrade: a manager still may not change a form.
        QVERIFY(as(QStringLiteral("manager1"), QStringLiteral("UPDATE form_versions SET row_version = row_version + 1")).startsWith(QStringLiteral("refused: ")));
        QCOMPARE(as(QStringLiteral("lead"), QStringLiteral("SELECT COUNT(*) FROM form_versions WHERE row_version = 0")),
                 sql(QStringLiteral("SELECT COUNT(*) FROM form_versions")));
    }

    // File ▸ Connect to Server… with "Encrypted connection": sslmode=verify-full and the team's CA
    // file. The server's certificate is checked against that CA and against the name the user
    // typed; a server that cannot prove itself is refused before any password is sent. (Last:
    // the cluster listens on localhost from here on.)
    void anEncryptedConnectionChecksTheServersCertificate()
    {
        const auto openssl = [this](const QStringList &arguments) {
            QProcess p;
            p.setWorkingDirectory(m_dir.path());
            p.start(QStringLiteral("openssl"), arguments);
            const bool ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
            if (!ok)
                qWarning("openssl %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), p.readAllStandardError().constData());
            return ok;
        };
        // The team's CA, a certificate for localhost signed by it, and a stranger's CA.
        for (const QString &ca : {QStringLiteral("ca"), QStringLiteral("stranger")})
            QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                             QStringLiteral("-keyout"), ca + QStringLiteral(".key"), QStringLiteral("-out"), ca + QStringLiteral(".crt"),
                             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=ServQA test ") + ca}));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                         QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=localhost")}));
        QFile names(m_dir.filePath(QStringLiteral("names.ext")));
        QVERIFY(names.open(QIODevice::WriteOnly) && names.write("subjectAltName = DNS:localhost\n") > 0);
        names.close();
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"), QStringLiteral("-CA"),
                         QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                         QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                         names.fileName()}));
        const int port = test::freeTcpPort();
        QVERIFY(port > 0);
        QVERIFY2(m_pg.enableTls(m_dir.filePath(QStringLiteral("server.crt")), m_dir.filePath(QStringLiteral("server.key")), port),
                 qPrintable(m_pg.error()));

        const auto address = [&](const QString &host, const QString &ca) {
            return QStringLiteral("postgresql://inspector1:%1@%2:%3/%4?sslmode=verify-full&sslrootcert=%5")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(passwordOf(QStringLiteral("inspector1")))), host)
                .arg(port)
                .arg(Db, m_dir.filePath(ca));
        };
        auto db = Database::openServer(address(QStringLiteral("localhost"), QStringLiteral("ca.crt")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error()));
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT ssl, session_user FROM pg_stat_ssl, session_user WHERE pid = pg_backend_pid()")) && q.next());
        QCOMPARE(q.value(0).toBool(), true);
        QCOMPARE(q.value(1).toString(), QStringLiteral("inspector1"));
        q.finish();

        const auto stranger = Database::openServer(address(QStringLiteral("localhost"), QStringLiteral("stranger.crt")));
        QVERIFY(!stranger);
        QVERIFY2(stranger.error().startsWith(QStringLiteral("Cannot connect to postgresql://inspector1@localhost:%1/team: ").arg(port)) &&
                     stranger.error().contains(QStringLiteral("certificate verify failed")),
                 qPrintable(stranger.error()));
        const auto wrongName = Database::openServer(address(QStringLiteral("127.0.0.1"), QStringLiteral("ca.crt")));
        QVERIFY(!wrongName);
        QVERIFY2(wrongName.error().contains(QStringLiteral("does not match host name \"127.0.0.1\"")),
                 qPrintable(wrongName.error()));
        // Without TLS the server itself turns a sign-in over the network away.
        const auto plain = Database::openServer(QStringLiteral("postgresql://inspector1:%1@localhost:%2/%3?sslmode=disable")
                                                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(passwordOf(QStringLiteral("inspector1")))))
                                                    .arg(port)
                                                    .arg(Db));
        QVERIFY(!plain);
        QVERIFY2(plain.error().contains(QStringLiteral("no encryption")), qPrintable(plain.error()));
    }
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
