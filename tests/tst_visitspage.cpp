// The Visits page as a shopper and a QA lead use it: the checklist filled by keyboard in the
// evaluation editor, evidence shown as thumbnails, submission, validation and the timeline.

#include "answerview.h"
#include "evaluationdraft.h"
#include "evaluationeditor.h"
#include "mainwindow.h"
#include "session.h"
#include "visitpackage.h"
#include "visitfixture.h"
#include "visitspage.h"
#include "visittimeline.h"

#include <QApplication>
#include <QDateEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>

using namespace servqa;

class TestVisitsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shopperFillsTheChecklistByKeyboardAndALeadValidates()
    {
        test::VisitFixture f;
        const QDate today = QDate::currentDate();
        const qint64 id = f.plan(f.east1, today, today.addDays(2), f.shopperA);
        f.plan(f.east2, today, today, std::nullopt); // planned, no shopper yet
        Session session;
        QVERIFY(session.open(f.ws.path, Database::OpenMode::OpenExisting));
        session.setUserId(f.shopperA);
        VisitsPage page(session);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.reload();
        QCOMPARE(page.list()->rowCount(), 2);
        QCOMPARE(page.list()->item(0, 1)->text(), QStringLiteral("上海南京路店 <b>Nanjing Rd</b>"));
        QCOMPARE(page.list()->item(0, 3)->text(), QStringLiteral("Assigned"));
        page.selectVisit(id);
        QCOMPARE(page.currentVisitId(), id);

        page.startSelected();
        QCOMPARE(VisitService(*session.database(), f.shopperA).visit(id)->status, VisitStatus::InProgress);
        QTreeView *tree = page.editor()->tree();
        QCOMPARE(QApplication::focusWidget(), tree);
        QTest::keyClick(tree, Qt::Key_N); // t1: the store is not clean
        QVERIFY(page.editor()->save());
        QVERIFY(VisitService(*session.database(), f.shopperA).answerTimes(id)->contains(QStringLiteral("t1")));

        // Evidence: kept in the workspace, shown as a thumbnail.
        QVERIFY(page.addEvidenceFile(test::dataPath(QStringLiteral("visits/photo_exif.jpg")), EvidenceKind::Photo));
        QCOMPARE(page.evidenceList()->count(), 1);
        QCOMPARE(page.evidenceList()->item(0)->text(), QStringLiteral("photo_exif.jpg"));
        QVERIFY(!page.evidenceList()->item(0)->icon().isNull());
        QVERIFY(page.evidenceList()->item(0)->toolTip().contains(QStringLiteral("0e460b3a9978d09feb32506dafa77323474b44d46d51d535c2a346153384b50a")));

        // Ctrl+Return hands the visit in; the answers are then read-only.
        QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(VisitService(*session.database(), f.shopperA).visit(id)->status, VisitStatus::Submitted);
        QVERIFY(!page.editor()->draft()->isEditable());

        // The QA lead validates: the visit's score now counts.
        session.setUserId(f.lead);
        page.reload();
        page.selectVisit(id);
        page.validateSelected();
        QTRY_COMPARE(page.list()->item(0, 3)->text(), QStringLiteral("Validated"));
        QCOMPARE(page.list()->item(0, 4)->text(), QStringLiteral("0.0 %"));

        // A visit that scored 0 % starts a corrective action: its store, the checklist's scores.
        page.selectVisit(id);
        QVERIFY(page.raiseActionButton()->isEnabled());
        QSignalSpy asked(&page, &VisitsPage::actionRequested);
        page.raiseActionButton()->click();
        QCOMPARE(asked.count(), 1);
        const ActionDraft action = asked.first().at(0).value<ActionDraft>();
        QCOMPARE(action.origin.kind, ActionSource::Visit);
        QCOMPARE(action.origin.id, std::optional<qint64>(id));
        QCOMPARE(action.siteId, std::optional<qint64>(f.east1));
        QCOMPARE(action.measure.kind, MeasureKind::Score);
    }

    void aShopperWithoutTheWorkspaceFillsAPackage()
    {
        test::VisitFixture f;
        const qint64 id = f.plan(f.east2, QDate::currentDate(), QDate::currentDate().addDays(1), f.shopperB);
        const QString package = f.ws.dir.filePath(QStringLiteral("visit.servqa-visit"));
        QVERIFY(exportVisitPackage(*f.ws.db, f.lead, id, package));

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openVisitPackage(package, *shopperKey(*f.ws.db, f.lead, f.shopperB)));
        QCOMPARE(window.currentPage(), MainWindow::Page::Visits);
        VisitsPage *page = window.visitsPage();
        QCOMPARE(page->list()->rowCount(), 1);
        QCOMPARE(page->list()->item(0, 1)->text(), QStringLiteral("杭州西湖店 West Lake"));
        QCOMPARE(page->list()->item(0, 2)->text(), QStringLiteral("周杰 Zhou Jie"));
        page->startSelected();
        QTest::keyClick(page->editor()->tree(), Qt::Key_Y);
        QTest::keyClick(page->editor()->tree(), Qt::Key_Return, Qt::ControlModifier); // save and hand in
        Database &local = *window.session().database();
        QCOMPARE(VisitService(local, 0).visit(page->currentVisitId())->status, VisitStatus::Submitted);
        const QString filled = f.ws.dir.filePath(QStringLiteral("filled.servqa-visit"));
        QVERIFY(writeFilledPackage(local, filled));
        window.session().close();

        QVERIFY(importVisitPackage(*f.ws.db, f.lead, filled));
        QCOMPARE(*VisitService(*f.ws.db, f.lead).visit(id)->score, 100.0);
    }

    void timelineShowsEachWindow()
    {
        test::VisitFixture f;
        f.plan(f.east1, QDate(2025, 3, 1), QDate(2025, 3, 3), f.shopperA);
        f.plan(f.east2, QDate(2025, 3, 15), QDate(2025, 3, 17), f.shopperB);
        f.plan(f.east3, QDate(2025, 2, 27), QDate(2025, 3, 2), std::nullopt); // starts in February
        Session session;
        QVERIFY(session.open(f.ws.path, Database::OpenMode::OpenExisting));
        session.setUserId(f.lead);
        VisitsPage page(session);
        page.resize(1280, 800);
        page.show();
        page.monthEdit()->setDate(QDate(2025, 3, 10));
        QCOMPARE(page.list()->rowCount(), 3);
        VisitTimeline *timeline = page.timeline();
        timeline->resize(150 + 31 * 20 + 4, 200);
        // Click the middle of 16 March on S2's row (rows by store code: S1, S2, S3).
        QSignalSpy chosen(timeline, &VisitTimeline::visitChosen);
        QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(150 + 15 * 20 + 10, 22 + 24 + 12));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(page.currentVisitId(), chosen[0][0].toLongLong());
        QCOMPARE(page.list()->currentRow(), 2); // the list is in window order: S3 (27 Feb), S1, S2
        // 1 March on S3's row belongs to its window that began in February.
        QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(150 + 0 * 20 + 10, 22 + 2 * 24 + 12));
        QCOMPARE(page.list()->currentRow(), 0);
    }
};

QTEST_MAIN(TestVisitsPage)
#include "tst_visitspage.moc"
