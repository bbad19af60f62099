// The work queue page: drawing a sample through its dialog, opening an assignment with
// Enter, and evaluating an interaction picked from the Interactions page.

#include "answerview.h"
#include "demogenerator.h"
#include "evaluationeditor.h"
#include "evaluationdraft.h"
#include "formatting.h"
#include "sampledialog.h"
#include "session.h"
#include "testsupport.h"
#include "translations.h"
#include "workqueuepage.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QSettings>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>

using namespace servqa;

namespace {
qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}
} // namespace

class TestWorkQueuePage : public QObject
{
    Q_OBJECT

    test::Workspace *m_ws = nullptr;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QStringLiteral("en"));
        m_ws = new test::Workspace;
        DemoOptions options;
        options.evaluations = 300;
        options.seed = 3;
        options.endDate = QDate(2026, 3, 31);
        QVERIFY(generateDemo(*m_ws->db, options));
    }

    void cleanupTestCase() { delete m_ws; }

    void sampleThenEvaluateFromTheQueue()
    {
        Session session;
        QVERIFY(session.open(m_ws->path, Database::OpenMode::OpenExisting));
        const qint64 me = session.userId();
        QVERIFY(me != 0);
        // Nobody chose yet and no login matches: the first inspector works.
        QCOMPARE(scalar(*session.database(), QStringLiteral("SELECT COUNT(*) FROM users WHERE id = %1 AND role = 'inspector'").arg(me)), 1);
        WorkQueuePage page(session);
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QCOMPARE(page.model()->rowCount(), 0);

        {
            // A refused draw keeps the dialog open with the reason, and the form usable again.
            SampleDialog refused(session);
            refused.fromEdit()->setDate(QDate(2026, 3, 31));
            refused.toEdit()->setDate(QDate(2026, 3, 1));
            refused.accept();
            QTRY_VERIFY_WITH_TIMEOUT(!refused.isDrawing(), 20000);
            QCOMPARE(refused.errorLabel()->text(), QStringLiteral("The sample period is empty."));
            QCOMPARE(refused.result(), int(QDialog::Rejected));
            QVERIFY(refused.fromEdit()->isEnabled());
            QVERIFY(!refused.percentSpin()->isEnabled()); // still a number per agent
        }

        {
            // Targeted sampling: at random unless asked; a share and a risk only when they count.
            SampleDialog targeted(session);
            QCOMPARE(targeted.request().flaggedPercent, 0.0);
            QVERIFY(!targeted.flaggedShareSpin()->isEnabled() && !targeted.minRiskCombo()->isEnabled());
            targeted.targetingCombo()->setCurrentIndex(1);
            QCOMPARE(targeted.request().flaggedPercent, 100.0);
            QVERIFY(!targeted.flaggedShareSpin()->isEnabled() && targeted.minRiskCombo()->isEnabled());
            targeted.targetingCombo()->setCurrentIndex(2);
            targeted.flaggedShareSpin()->setValue(30);
            targeted.minRiskCombo()->setCurrentIndex(2);
            QVERIFY(targeted.flaggedShareSpin()->isEnabled());
            QCOMPARE(targeted.request().flaggedPercent, 30.0);
            QCOMPARE(targeted.request().minRisk, 3); // high or above
        }

        SampleDialog dialog(session);
        dialog.fromEdit()->setDate(QDate(2026, 1, 1));
        dialog.toEdit()->setDate(QDate(2026, 3, 31));
        dialog.perAgentSpin()->setValue(1);
        dialog.seedSpin()->setValue(7);
        QListWidget *inspectors = dialog.inspectorList();
        int checked = 0;
        for (int i = 0; i < inspectors->count(); ++i)
            checked += inspectors->item(i)->checkState() == Qt::Checked ? 1 : 0;
        QCOMPARE(checked, 1); // the current user, by default
        const SampleRequest request = dialog.request();
        QCOMPARE(request.to, QDateTime(QDate(2026, 4, 1), QTime(0, 0))); // the last day counts
        dialog.accept();
        // Drawn on a worker thread: the dialog waits, locked, and cannot be cancelled half-way.
        QVERIFY(dialog.isDrawing());
        QVERIFY(!dialog.fromEdit()->isEnabled());
        dialog.reject();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        QVERIFY(!dialog.isDrawing());
        const SampleResult r = dialog.sampleResult();
        QVERIFY(r.drawn > 1);
        QCOMPARE(r.drawn, r.agents); // one per agent
        QCOMPARE(scalar(*session.database(), QStringLiteral("SELECT COUNT(*) FROM assignments WHERE inspector_id = %1").arg(me)), r.drawn);
        QCOMPARE(page.model()->rowCount(), r.drawn); // the queue follows at once

        // Enter on the first assignment opens its evaluation in the editor, but a draft exists only
        // from the first answer: opening it and leaving it makes no evaluation.
        const qint64 evaluationsBefore = scalar(*session.database(), QStringLiteral("SELECT COUNT(*) FROM evaluations"));
        page.view()->setFocus();
        page.view()->setCurrentIndex(page.model()->index(0, 0));
        QTest::keyClick(page.view(), Qt::Key_Return);
        QVERIFY(page.editor()->draft());
        QVERIFY(page.editor()->draft()->isEditable());
        QCOMPARE(page.editor()->evaluationId(), 0);
        page.editor()->clear();
        QCOMPARE(scalar(*session.database(), QStringLiteral("SELECT COUNT(*) FROM evaluations")), evaluationsBefore);
        page.view()->setFocus();
        QTest::keyClick(page.view(), Qt::Key_Return);
        QTest::keyClick(page.editor()->tree(), Qt::Key_Y); // the first answer
        QVERIFY(page.editor()->save());
        QCOMPARE(scalar(*session.database(), QStringLiteral("SELECT COUNT(*) FROM evaluations")), evaluationsBefore + 1);
        const qint64 evaluationId = page.editor()->evaluationId();
        QVERIFY(evaluationId > 0);
        QCOMPARE(scalar(*session.database(),
                        QStringLiteral("SELECT COUNT(*) FROM assignments WHERE evaluation_id = %1 AND inspector_id = %2").arg(evaluationId).arg(me)),
                 1);
        QCOMPARE(page.model()->index(0, WorkQueueModel::Status).data().toString(), QStringLiteral("Draft"));

        // Every required item answered at full marks, then Ctrl+Enter: the status bar says what
        // was submitted and which assignment is next, and Enter (focus on the queue) opens it.
        EvaluationDraft *draft = page.editor()->draft();
        const QString agent = page.model()->itemAt(0)->staffName;
        for (const FormSection &section : draft->form().sections) {
            for (const FormItem &item : section.items) {
                if (draft->answer(item.key).measured)
                    continue; // filled from the call: changing it would need a reason
                Answer a;
                switch (item.type) {
                case ItemType::YesNo:
                case ItemType::YesNoNa: a.value = 1; break;
                case ItemType::Rating5: a.value = 5; break;
                case ItemType::Rating7: a.value = 7; break;
                case ItemType::Scale10: a.value = 10; break;
                case ItemType::Numeric: a.value = item.targetMin.value_or(item.targetMax.value_or(0)); break;
                case ItemType::Elapsed: a.value = 1; break;
                case ItemType::Text: a.text = QStringLiteral("ok"); break;
                }
                QCOMPARE(draft->setValue(item.key, a), QString());
            }
        }
        QSignalSpy status(&page, &WorkQueuePage::statusMessage);
        QTest::keyClick(page.editor()->tree(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(status.size(), 1);
        QCOMPARE(page.model()->rowCount(), r.drawn - 1); // finished ones are not shown
        const QueueItem *next = page.model()->itemAt(page.view()->currentIndex().row());
        QVERIFY(next);
        QCOMPARE(page.view()->currentIndex().row(), 0);
        QCOMPARE(status.at(0).at(0).toString(),
                 QStringLiteral("Submitted: %1 (100.0 %, pass). Next: %2, %3 — press Enter to open it.")
                     .arg(agent, next->staffName, formatDateTime(next->startedAt)));
        QCOMPARE(QApplication::focusWidget(), page.view());
        QTest::keyClick(page.view(), Qt::Key_Return);
        QVERIFY(page.editor()->draft());
        QVERIFY(page.editor()->draft()->isEditable());
        QCOMPARE(page.editor()->draft()->evaluation().interactionId, next->interactionId);
    }

    // Who works in a workspace is remembered for the next time it is opened, under a key
    // that does not depend on the process (qHash is seeded per process).
    void theChosenUserIsRemembered()
    {
        const qint64 lead = scalar(*m_ws->db, QStringLiteral("SELECT id FROM users WHERE role = 'lead'"));
        {
            Session session;
            QVERIFY(session.open(m_ws->path, Database::OpenMode::OpenExisting));
            QVERIFY(session.userId() != lead);
            session.setUserId(lead);
        }
        QSettings settings;
        const QString key = QStringLiteral("workspaceUsers/")
                            + QString::fromLatin1(QCryptographicHash::hash(m_ws->path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
        QCOMPARE(settings.value(key).toString(), QStringLiteral("lead"));
        Session again;
        QVERIFY(again.open(m_ws->path, Database::OpenMode::OpenExisting));
        QCOMPARE(again.userId(), lead);
        again.setUserId(scalar(*m_ws->db, QStringLiteral("SELECT MIN(id) FROM users WHERE role = 'inspector'")));
    }

    void evaluateAnyInteraction()
    {
        Session session;
        QVERIFY(session.open(m_ws->path, Database::OpenMode::OpenExisting));
        WorkQueuePage page(session);
        const qint64 interaction = scalar(*session.database(),
                                          QStringLiteral("SELECT MIN(id) FROM interactions WHERE channel = 'call' AND id NOT IN "
                                                         "(SELECT interaction_id FROM assignments)"));
        const qint64 form = scalar(*session.database(), QStringLiteral("SELECT id FROM forms WHERE kind = 'scorecard'"));
        QVERIFY(page.evaluateInteraction(interaction, form));
        QVERIFY(page.editor()->draft());
        QCOMPARE(page.editor()->draft()->evaluation().interactionId, std::optional<qint64>(interaction));
        QCOMPARE(page.editor()->draft()->form().formId, form);
    }
};

QTEST_MAIN(TestWorkQueuePage)
#include "tst_workqueuepage.moc"
