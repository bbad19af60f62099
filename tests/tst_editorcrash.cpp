// kill -9 while an inspector is answering: the draft in the workspace holds every answer
// typed more than the autosave delay (plus a little scheduling slack) before the kill.

#include "evaluationeditor.h"
#include "evaluationrepository.h"
#include "evaluationworkflow.h"
#include "formrepository.h"
#include "interactionrepository.h"
#include "siterepository.h"
#include "testsupport.h"
#include "userrepository.h"

#include <QDateTime>
#include <QProcess>
#include <QSqlQuery>

using namespace servqa;

class TestEditorCrash : public QObject
{
    Q_OBJECT

private slots:
    void killWhileAnswering()
    {
        test::Workspace ws;
        Database &db = *ws.db;
        Site site;
        site.code = QStringLiteral("S");
        site.name = QStringLiteral("Store");
        Interaction call;
        call.externalId = QStringLiteral("C1");
        call.siteId = *SiteRepository(db).upsert(site);
        call.startedAt = QDateTime(QDate(2025, 3, 1), QTime(9, 0));
        const qint64 interactionId = *InteractionRepository(db).upsert(call);
        User u;
        u.login = QStringLiteral("liu");
        u.name = QStringLiteral("刘勇");
        const qint64 inspector = *UserRepository(db).upsert(u);
        Form form;
        form.code = QStringLiteral("YN");
        form.name = QStringLiteral("Forty yes/no items");
        form.status = FormStatus::Active;
        FormSection section;
        section.key = QStringLiteral("s");
        section.title = QStringLiteral("Checks");
        for (int i = 0; i < 40; ++i) {
            FormItem item;
            item.key = QStringLiteral("i%1").arg(i);
            item.text = QStringLiteral("Check %1").arg(i);
            section.items << item;
        }
        form.sections << section;
        const auto stored = FormRepository(db).insertVersion(form);
        QVERIFY(stored);
        const qint64 evaluationId = *EvaluationWorkflow(db, inspector).startDraft(interactionId, stored->versionId);

        QProcess drafter;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        drafter.setProcessEnvironment(env);
        drafter.start(QStringLiteral(SERVQA_TEST_DRAFTER),
                      {ws.path, QString::number(evaluationId), QString::number(inspector)});
        QVERIFY(drafter.waitForStarted());
        QVector<qint64> typedAt; // epoch ms of answer n (1-based at index n - 1)
        QByteArray pending;
        while (typedAt.size() < 20 && drafter.state() == QProcess::Running) {
            drafter.waitForReadyRead(2000);
            pending += drafter.readAllStandardOutput();
            while (pending.contains('\n')) {
                const int end = int(pending.indexOf('\n'));
                const QList<QByteArray> parts = pending.left(end).split(' ');
                pending.remove(0, end + 1);
                if (parts.size() == 3 && parts[0] == "typed")
                    typedAt << parts[2].toLongLong();
            }
        }
        QCOMPARE(typedAt.size(), 20);
        drafter.kill(); // SIGKILL: no destructor, no flush
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(drafter.waitForFinished(5000));

        // Everything typed more than AutosaveMs + 1 s before the kill must be in the file.
        const qint64 deadline = killedAt - EvaluationEditor::AutosaveMs - 1000;
        const auto mustHave = std::count_if(typedAt.cbegin(), typedAt.cend(), [&](qint64 t) { return t <= deadline; });
        QVERIFY2(mustHave >= 5, "the helper typed too slowly for the test to mean anything");

        db.connection().close(); // read what is on disk, through a fresh connection
        auto reopened = Database::openSqlite(ws.path, Database::OpenMode::OpenExisting);
        QVERIFY2(reopened, qPrintable(reopened.ok() ? QString() : reopened.error()));
        QSqlQuery check((*reopened)->connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        const auto saved = EvaluationRepository(**reopened).load(evaluationId, *stored);
        QVERIFY(saved);
        QCOMPARE(saved->status, EvaluationStatus::Draft);
        QVERIFY2(saved->answers.size() >= mustHave,
                 qPrintable(QStringLiteral("%1 answers saved, %2 typed before the deadline").arg(saved->answers.size()).arg(mustHave)));
        QVERIFY(saved->answers.size() <= typedAt.size());
        // Saved answers are the first ones, in order, each "no".
        for (int i = 0; i < saved->answers.size(); ++i)
            QCOMPARE(saved->answers.value(QStringLiteral("i%1").arg(i)).value, std::optional<double>(0));
    }
};

QTEST_GUILESS_MAIN(TestEditorCrash)
#include "tst_editorcrash.moc"
