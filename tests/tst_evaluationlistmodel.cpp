// The Evaluations list model and page: paging, filters and sorting under
// QAbstractItemModelTester, and the details of the selected evaluation.

#include "demogenerator.h"
#include "evaluationlistmodel.h"
#include "evaluationspage.h"
#include "session.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
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
        m_total = scalar(*m_ws->db, QStringLiteral("SELECT COUNT(*) FROM evaluations"));
        QCOMPARE(m_total, 600);
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
        QCOMPARE(model.rowCount(), 600);
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
        const qint64 autoFailed = scalar(*m_ws->db, QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE auto_failed = 1"));
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
        const qint64 autoFailed = scalar(*m_ws->db, QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE auto_failed = 1"));
        QCOMPARE(page.model()->totalCount(), autoFailed);
        // The failed critical item is marked in the answers.
        bool markedRed = false;
        for (int s = 0; s < page.answers()->topLevelItemCount(); ++s) {
            QTreeWidgetItem *section = page.answers()->topLevelItem(s);
            for (int i = 0; i < section->childCount(); ++i)
                markedRed |= section->child(i)->foreground(1).color() == QColor(0xb0, 0x00, 0x20);
        }
        QVERIFY(markedRed);
    }
};

QTEST_MAIN(TestEvaluationListModel)
#include "tst_evaluationlistmodel.moc"
