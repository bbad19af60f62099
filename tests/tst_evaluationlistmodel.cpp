// The Evaluations list model and page: paging, filters and sorting under
// QAbstractItemModelTester, and the details of the selected evaluation.

#include "demogenerator.h"
#include "disputedialogs.h"
#include "evaluationworkflow.h"
#include "evaluationlistmodel.h"
#include "evaluationspage.h"
#include "formrepository.h"
#include "session.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QSignalSpy>
#include <QTimer>
#include <QComboBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTreeWidget>

using namespace servqa;

#define SETTLE(model) QTRY_VERIFY_WITH_TIMEOUT(!(model).isLoading(), 20000)

namespace {
qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}
} // namespace

class TestEvaluationListModel : public QObject
{
    Q_OBJECT

    test::Workspace *m_ws = nullptr;
    qint64 m_total = 0;

private slots:
    void initTestCase()
    {
        m_ws = new test::Workspace;
        DemoOptions options;
        options.evaluations = 600;
        options.seed = 11;
        options.endDate = QDate(2026, 3, 31);
        QVERIFY(generateDemo(*m_ws->db, options));
        // The list holds results: drafts (a visit in progress, an evaluation being written) only
        // when the status filter asks for them.
        m_total = scalar(*m_ws->db, QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE status <> 'draft'"));
        QCOMPARE(scalar(*m_ws->db, QStringLiteral("SELECT COUNT(*) FROM evaluations")),
                 600 + scalar(*m_ws->db, QStringLiteral("SELECT COUNT(evaluation_id) FROM visits")));
        QVERIFY(m_total < scalar(*m_ws->db, QStringLiteral("SELECT COUNT(*) FROM evaluations"))); // the demo has drafts
    }

    void cleanupTestCase() { delete m_ws; }

    void passesTheModelTester()
    {
        EvaluationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_ws->path);
        SETTLE(model);
        while (model.canFetchMore({})) {
            model.fetchMore({});
            SETTLE(model);
        }
        QCOMPARE(model.rowCount(), int(m_total));
        // Newest first, each next page read after the last row shown (keyset paging): every
        // evaluation once, in order of time and then id.
        for (int r = 1; r < model.rowCount(); ++r) {
            const EvaluationRow &before = *model.rowAt(r - 1), &row = *model.rowAt(r);
            QVERIFY2(before.occurredAt > row.occurredAt || (before.occurredAt == row.occurredAt && before.id > row.id),
                     qPrintable(QStringLiteral("row %1").arg(r)));
        }
        model.sort(int(EvaluationColumn::Score), Qt::AscendingOrder);
        SETTLE(model);
        EvaluationFilter f;
        f.autoFailed = true;
        model.setFilter(f);
        SETTLE(model);
        model.setWorkspace(QString());
        SETTLE(model);
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersMatchTheDatabase()
    {
        EvaluationListModel model;
        model.setWorkspace(m_ws->path);
        SETTLE(model);
        QCOMPARE(model.totalCount(), m_total);
        QCOMPARE(model.rowCount(), EvaluationListModel::PageSize);

        EvaluationFilter f;
        f.autoFailed = true;
        model.setFilter(f);
        SETTLE(model);
        const qint64 autoFailed = scalar(*m_ws->db, QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE auto_failed = 1 AND status <> 'draft'"));
        QVERIFY(autoFailed > 0);
        QCOMPARE(model.totalCount(), autoFailed);
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.index(r, int(EvaluationColumn::Result)).data().toString(), QStringLiteral("Auto-failed"));
            QCOMPARE(model.index(r, int(EvaluationColumn::Score)).data().toString(), QStringLiteral("0.0 %"));
        }

        f = {};
        f.siteId = scalar(*m_ws->db, QStringLiteral("SELECT MIN(id) FROM sites WHERE id IN (SELECT site_id FROM evaluations)"));
        f.passed = true;
        model.setFilter(f);
        SETTLE(model);
        QSqlQuery q(m_ws->db->connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE site_id = ? AND passed = 1"));
        q.addBindValue(*f.siteId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(model.totalCount(), q.value(0).toLongLong());
    }

    void sortsByScore()
    {
        EvaluationListModel model;
        model.setWorkspace(m_ws->path);
        model.sort(int(EvaluationColumn::Score), Qt::DescendingOrder);
        SETTLE(model);
        QSqlQuery q(m_ws->db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(score) FROM evaluations")) && q.next());
        QCOMPARE(model.rowAt(0)->score, std::optional<double>(q.value(0).toDouble()));
        QVERIFY(*model.rowAt(0)->score >= *model.rowAt(1)->score);
    }

    // The page shows the selected evaluation's answers with the version it was scored with.
    void pageShowsTheSelectedEvaluation()
    {
        Session session;
        QVERIFY(session.open(m_ws->path, Database::OpenMode::OpenExisting));
        EvaluationsPage page(session);
        page.resize(1200, 700);
        page.show();
        SETTLE(*page.model());
        QCOMPARE(page.model()->totalCount(), m_total);
        const EvaluationRow *row = page.model()->rowAt(page.view()->currentIndex().row());
        QVERIFY(row);
        QCOMPARE(page.view()->currentIndex().row(), 0);
        const qint64 sections = scalar(*m_ws->db, QStringLiteral("SELECT COUNT(*) FROM form_sections WHERE form_version_id = %1").arg(row->formVersionId));
        QCOMPARE(page.answers()->topLevelItemCount(), int(sections));
        QVERIFY(sections > 0);

        page.resultBox()->setCurrentIndex(3); // auto-failed
        SETTLE(*page.model());
        const qint64 autoFailed = scalar(*m_ws->db, QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE auto_failed = 1 AND status <> 'draft'"));
        QCOMPARE(page.model()->totalCount(), autoFailed);
        // The failed critical item is marked in the answers.
        bool markedRed = false;
        for (int s = 0; s < page.answers()->topLevelItemCount(); ++s) {
            QTreeWidgetItem *section = page.answers()->topLevelItem(s);
            for (int i = 0; i < section->childCount(); ++i)
                markedRed |= section->child(i)->foreground(1).color() == QColor(0xb0, 0x00, 0x20);
        }
        QVERIFY(markedRed);

        // Inspector and score range, as a lead looks for one inspector's low scores.
        page.resultBox()->setCurrentIndex(0);
        page.inspectorBox()->setCurrentIndex(1);
        page.scoreMinBox()->setValue(50);
        page.scoreMaxBox()->setValue(80);
        SETTLE(*page.model());
        const qint64 inspector = page.inspectorBox()->currentData().toLongLong();
        const qint64 expected = scalar(*m_ws->db, QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE inspector_id = %1 "
                                                                 "AND score >= 50 AND score <= 80").arg(inspector));
        QVERIFY(expected > 0);
        QCOMPARE(page.model()->totalCount(), expected);
    }

    // A change saved here or at another desk re-reads the list; the evaluation being looked at
    // stays selected (it used to jump back to the first row under the user's eyes).
    void theSelectionOutlivesAChange()
    {
        Session session;
        QVERIFY(session.open(m_ws->path, Database::OpenMode::OpenExisting));
        EvaluationsPage page(session);
        page.resize(1200, 700);
        page.show();
        SETTLE(*page.model());
        QVERIFY(page.model()->rowCount() > 5);
        page.view()->setCurrentIndex(page.model()->index(4, 0));
        const qint64 looking = page.model()->rowAt(4)->id;
        session.notifyDataChanged();
        SETTLE(*page.model());
        QCOMPARE(page.model()->rowAt(page.view()->currentIndex().row())->id, looking);
        QCOMPARE(page.view()->currentIndex().row(), 4);
    }

    // A manager disputes an item from the page, a QA lead changes it: the stored score follows
    // and the History tab tells every step.
    void disputeAndResolveFromThePage()
    {
        Session session;
        QVERIFY(session.open(m_ws->path, Database::OpenMode::OpenExisting));
        Database &db = *session.database();
        const qint64 manager = scalar(db, QStringLiteral("SELECT id FROM users WHERE role = 'manager' ORDER BY id LIMIT 1"));
        const qint64 lead = scalar(db, QStringLiteral("SELECT id FROM users WHERE role = 'lead'"));
        session.setUserId(manager);
        EvaluationsPage page(session);
        page.resize(1400, 800);
        page.show();
        SETTLE(*page.model());
        EvaluationFilter submitted;
        submitted.status = EvaluationStatus::Submitted;
        submitted.passed = true;
        page.model()->setFilter(submitted);
        SETTLE(*page.model());
        const EvaluationRow *row = page.model()->rowAt(page.view()->currentIndex().row());
        QVERIFY(row);
        const qint64 id = row->id;
        const qint64 versionId = row->formVersionId;
        QVERIFY(page.disputeButton()->isEnabled());
        QVERIFY(!page.resolveButton()->isEnabled()); // managers do not resolve
        QVERIFY(!page.raiseActionButton()->isEnabled()); // a passed evaluation needs no action

        // The first scored item answered "yes" is disputed.
        const Form form = *FormRepository(db).load(versionId);
        const Evaluation before = *EvaluationRepository(db).load(id, form);
        QString disputedKey;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<DisputeDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTableWidget *table = dialog->table();
            for (int r = 0; r < table->rowCount() && disputedKey.isEmpty(); ++r) {
                const QString key = table->item(r, 0)->data(Qt::UserRole).toString();
                const FormItem *item = form.findItem(key);
                if ((item->type == ItemType::YesNo || item->type == ItemType::YesNoNa) && before.answers.value(key).value == 1.0) {
                    disputedKey = key;
                    table->item(r, 2)->setText(QStringLiteral("<b>Agent</b> did this")); // ticks the row
                }
            }
            dialog->accept();
        });
        page.disputeSelected();
        QVERIFY(!disputedKey.isEmpty());
        QCOMPARE(EvaluationRepository(db).load(id, form)->status, EvaluationStatus::Disputed);
        SETTLE(*page.model());

        // The lead changes the disputed answer to "no".
        session.setUserId(lead);
        page.model()->setFilter({});
        SETTLE(*page.model());
        EvaluationFilter disputed;
        disputed.status = EvaluationStatus::Disputed;
        page.model()->setFilter(disputed);
        SETTLE(*page.model());
        int ours = -1; // the demo has disputes of its own
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            if (page.model()->rowAt(r)->id == id)
                ours = r;
        }
        QVERIFY(ours >= 0);
        page.view()->setCurrentIndex(page.model()->index(ours, 0));
        QVERIFY(page.resolveButton()->isEnabled());
        // A disputed evaluation can start a corrective action: its store, its form's scores.
        QVERIFY(page.raiseActionButton()->isEnabled());
        QSignalSpy asked(&page, &EvaluationsPage::actionRequested);
        page.raiseActionButton()->click();
        QCOMPARE(asked.count(), 1);
        const ActionDraft action = asked.first().at(0).value<ActionDraft>();
        QCOMPARE(action.origin.kind, ActionSource::Evaluation);
        QCOMPARE(action.origin.id, std::optional<qint64>(id));
        QCOMPARE(action.siteId, std::optional<qint64>(before.siteId));
        QCOMPARE(action.measure.kind, MeasureKind::Score);
        QCOMPARE(action.measure.formId, std::optional<qint64>(form.formId));
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ResolveDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTableWidget *table = dialog->table();
            QCOMPARE(table->rowCount(), 1);
            QCOMPARE(table->item(0, ResolveDialog::ReasonColumn)->text().startsWith(QStringLiteral("<b>Agent</b> did this")), true);
            static_cast<QComboBox *>(table->cellWidget(0, ResolveDialog::DecisionColumn))->setCurrentIndex(2); // change
            table->item(0, ResolveDialog::NewValueColumn)->setText(QStringLiteral("n"));
            table->item(0, ResolveDialog::NoteColumn)->setText(QStringLiteral("Recording shows it was not done"));
            dialog->accept();
        });
        page.resolveSelected();
        const Evaluation after = *EvaluationRepository(db).load(id, form);
        QCOMPARE(after.status, EvaluationStatus::Resolved);
        QCOMPARE(after.answers.value(disputedKey).value, std::optional<double>(0));
        Answers expected = before.answers;
        expected[disputedKey].value = 0.0;
        QCOMPARE(after.score.percent, scoreEvaluation(form, expected)->percent);
        QVERIFY(*after.score.percent < *before.score.percent);

        SETTLE(*page.model());
        EvaluationFilter resolved;
        resolved.status = EvaluationStatus::Resolved;
        page.model()->setFilter(resolved);
        SETTLE(*page.model());
        int found = -1;
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            if (page.model()->rowAt(r)->id == id)
                found = r;
        }
        QVERIFY(found >= 0);
        page.view()->setCurrentIndex(page.model()->index(found, 0));
        // The demo writes no audit trail; the steps taken here do.
        QStringList what;
        for (int i = 0; i < page.history()->topLevelItemCount(); ++i)
            what << page.history()->topLevelItem(i)->text(2);
        QCOMPARE(what, (QStringList{QStringLiteral("Item disputed"), QStringLiteral("Status changed"),
                                    QStringLiteral("Dispute resolved: answer changed"), QStringLiteral("Score recomputed"),
                                    QStringLiteral("All disputes resolved")}));
        QCOMPARE(page.history()->topLevelItem(2)->text(6), QStringLiteral("Recording shows it was not done"));
        QVERIFY(page.acknowledgeButton()->isEnabled()); // a resolved evaluation can be acknowledged
    }
};

QTEST_MAIN(TestEvaluationListModel)
#include "tst_evaluationlistmodel.moc"
