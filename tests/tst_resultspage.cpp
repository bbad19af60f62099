// The Results page on the fixture of scorecardfixture.h: what a store manager sees and clicks.

#include "appsettings.h"
#include "durationspinbox.h"
#include "report/auditreports.h"
#include "formatting.h"
#include "resultspage.h"
#include "scorecardfixture.h"
#include "session.h"
#include "settingspage.h"
#include "tableexport.h"
#include "workspacesettings.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QDir>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>

using namespace servqa;

namespace {

const DayRange March{QDate(2025, 3, 1), QDate(2025, 3, 31)};

QString text(QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestResultsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void regionTableRanksAndColoursStores()
    {
        test::ScorecardFixture f;
        Session session;
        QVERIFY(session.open(f.ws.path, Database::OpenMode::OpenExisting));
        ResultsPage page(session);
        page.show();
        page.regionBox()->setCurrentIndex(page.regionBox()->findData(QStringLiteral("华东 East")));
        page.setPeriod(March);
        QTRY_VERIFY(!page.isComputing()); // computed on a worker thread
        QStandardItemModel *model = page.regionModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(text(model, 0, ResultsPage::RCode), QStringLiteral("S2"));
        QCOMPARE(text(model, 0, ResultsPage::RScore), QStringLiteral("75.0 %"));
        QCOMPARE(text(model, 1, ResultsPage::RName), QStringLiteral("上海南京路店 <b>Nanjing Rd</b>"));
        QCOMPARE(text(model, 1, ResultsPage::RChange), QStringLiteral("+12.5"));
        QCOMPARE(text(model, 1, ResultsPage::RVisits), QStringLiteral("1"));
        QCOMPARE(text(model, 2, ResultsPage::RRank), QStringLiteral("–"));
        // Heat map: S1's 62.5 % is amber, its tangibles (100 %) green.
        QCOMPARE(model->item(1, ResultsPage::RScore)->background().color(), QColor(0xfb, 0xee, 0xcf));
        QCOMPARE(model->item(1, ResultsPage::RFirstDimension)->background().color(), QColor(0xdc, 0xef, 0xdc));
        // Sorting by score, lowest first: the store without a score stays last... in descending
        // order it comes first, as "no data" is the lowest value.
        page.regionView()->sortByColumn(ResultsPage::RScore, Qt::AscendingOrder);
        QCOMPARE(text(model, 0, ResultsPage::RCode), QStringLiteral("S3"));
        QCOMPARE(text(model, 1, ResultsPage::RCode), QStringLiteral("S1"));

        // CSV export of the table as shown, numbers as numbers.
        const QString csv = f.ws.dir.filePath(QStringLiteral("region.csv"));
        QVERIFY(exportModelCsv(model, csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 Chinese with a BOM
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith(QStringLiteral("Rank,Code,Name,Evaluations,Visits,Score,Change")));
        QVERIFY2(lines[2].startsWith(QStringLiteral("2,S1,上海南京路店 <b>Nanjing Rd</b>,3,1,62.5,12.5,50,")), qPrintable(lines[2]));
    }

    void scorecardOfTheChosenStoreAndItsAgents()
    {
        test::ScorecardFixture f;
        Session session;
        QVERIFY(session.open(f.ws.path, Database::OpenMode::OpenExisting));
        ResultsPage page(session);
        page.show();
        page.regionBox()->setCurrentIndex(page.regionBox()->findData(QStringLiteral("华东 East")));
        page.setPeriod(March);
        QTRY_VERIFY(!page.isComputing()); // computed on a worker thread
        page.regionView()->setCurrentIndex(page.regionModel()->index(1, ResultsPage::RName)); // S1
        QTRY_VERIFY(!page.isComputing());
        QVERIFY(page.scorecard());
        QCOMPARE(page.scorecard()->scores.code, QStringLiteral("S1"));
        QTableWidget *dims = page.dimensionTable();
        QCOMPARE(dims->item(DimensionCount, 1)->text(), QStringLiteral("62.5 %"));
        QCOMPARE(dims->item(1, 1)->text(), QStringLiteral("66.7 %")); // reliability: yes, no, yes
        QCOMPARE(dims->item(4, 5)->text(), QStringLiteral("+100.0"));  // empathy: 0 in February
        QCOMPARE(page.failedItemsTable()->rowCount(), 2);
        QCOMPARE(page.failedItemsTable()->item(0, 5)->text(), QStringLiteral("核对订单号 Checked the order"));
        // A corrective action on the failing item: the store, the item's failure rate as the
        // measure, March as the period before.
        QVERIFY(!page.raiseActionButton()->isEnabled());
        page.failedItemsTable()->selectRow(0);
        QVERIFY(page.raiseActionButton()->isEnabled());
        QSignalSpy asked(&page, &ResultsPage::actionRequested);
        page.raiseActionButton()->click();
        QCOMPARE(asked.count(), 1);
        const ActionDraft action = asked.first().at(0).value<ActionDraft>();
        QCOMPARE(action.origin.kind, ActionSource::Item);
        QCOMPARE(action.origin.id, std::optional<qint64>(f.scorecard.formId));
        QCOMPARE(action.origin.key, QStringLiteral("r1"));
        QCOMPARE(action.siteId, std::optional<qint64>(f.east1));
        QCOMPARE(action.measure.kind, MeasureKind::ItemFailure);
        QCOMPARE(action.measure.before.from, March.from);
        QCOMPARE(action.measure.before.to, March.to);
        QCOMPARE(page.criticalTable()->rowCount(), 1);
        QCOMPARE(page.criticalTable()->item(0, 2)->text(), QStringLiteral("李娜 <i>Li Na</i>"));
        // The store's indicators: first response on time counts as the card's response compliance.
        QTableWidget *indicators = page.indicatorTable();
        QCOMPARE(indicators->rowCount(), 10);
        QCOMPARE(indicators->item(5, 0)->text(), QStringLiteral("First response on time"));
        QCOMPARE(indicators->item(5, 1)->text(), formatPercent(page.scorecard()->responseCompliance.percent));
        QCOMPARE(indicators->item(5, 4)->text(), QString::number(page.scorecard()->responseCompliance.n));
        QVERIFY(!page.openAlertTable()->isHidden());

        // Drill-down: the failed critical item opens its evaluation in the Evaluations list.
        QSignalSpy spy(&page, &ResultsPage::evaluationsRequested);
        emit page.criticalTable()->cellDoubleClicked(0, 0);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy[0][0].toDate(), QDate(2025, 3, 1));
        QCOMPARE(spy[0][1].toDate(), QDate(2025, 3, 31));
        QCOMPARE(spy[0][2].value<std::optional<qint64>>(), std::optional<qint64>(f.east1));
        QCOMPARE(spy[0][4].value<std::optional<qint64>>(), std::optional<qint64>(f.evaluations[2]));

        // The agents of the store; a double-click opens an agent's scorecard.
        QTableWidget *agents = page.agentsTable();
        QCOMPARE(agents->rowCount(), 2);
        QCOMPARE(agents->item(0, 1)->text(), QStringLiteral("张伟 Zhang Wei"));
        QCOMPARE(agents->item(0, 4)->text(), QStringLiteral("75.0 %"));
        page.resize(1000, 500); // the store's agents are at the bottom of its card: scrolled down to them
        QTest::qWait(50);
        page.cardScrollArea()->verticalScrollBar()->setValue(page.cardScrollArea()->verticalScrollBar()->maximum());
        QVERIFY(page.cardScrollArea()->verticalScrollBar()->value() > 0);
        emit agents->cellDoubleClicked(1, 1);
        QTRY_VERIFY(!page.isComputing());
        QCOMPARE(page.scorecard()->kind, SubjectKind::Agent);
        // Issue 16 (5): the agent's card opens at its top; "Mystery-shop visits" shows only for an
        // agent with visits (a hotline agent has none to count).
        QCOMPARE(page.cardScrollArea()->verticalScrollBar()->value(), 0);
        QCOMPARE(page.figureLabel(4)->isHidden(), page.scorecard()->scores.visits == 0);
        QVERIFY(!page.figureLabel(3)->isHidden());
        QCOMPARE(page.scorecard()->scores.name, QStringLiteral("李娜 <i>Li Na</i>"));
        QCOMPARE(dims->item(DimensionCount, 1)->text(), QStringLiteral("50.0 %"));
        QVERIFY(agents->isHidden());
        // The agent's own indicators: their contacts' first-contact resolution is the card's.
        QVERIFY(!indicators->isHidden());
        QVERIFY(page.scorecard()->firstContactResolution.n > 0);
        QCOMPARE(indicators->item(4, 0)->text(), QStringLiteral("First-contact resolution"));
        QCOMPARE(indicators->item(4, 1)->text(), formatPercent(page.scorecard()->firstContactResolution.percent));
        QCOMPARE(indicators->item(4, 4)->text(), QString::number(page.scorecard()->firstContactResolution.n));
    }

    void newEvaluationsShowAtOnce()
    {
        test::ScorecardFixture f;
        Session session;
        QVERIFY(session.open(f.ws.path, Database::OpenMode::OpenExisting));
        ResultsPage page(session);
        page.show();
        page.setPeriod(March);
        page.regionBox()->setCurrentIndex(page.regionBox()->findData(QStringLiteral("华东 East")));
        QTRY_VERIFY(!page.isComputing());
        QCOMPARE(text(page.regionModel(), 2, ResultsPage::RCode), QStringLiteral("S3"));
        // S3's first evaluation, submitted now: S3 is ranked at once.
        Interaction i;
        i.externalId = QStringLiteral("NEW");
        i.siteId = f.east3;
        i.startedAt = QDateTime(QDate(2025, 3, 20), QTime(10, 0));
        const qint64 interaction = *InteractionRepository(*session.database()).upsert(i);
        EvaluationWorkflow flow(*session.database(), f.inspector);
        const qint64 id = *flow.startDraft(interaction, f.scorecard.versionId);
        QVERIFY(flow.saveDraft(id, {{QStringLiteral("r1"), Answer::yes()}, {QStringLiteral("e1"), Answer::yes()},
                                    {QStringLiteral("c1"), Answer::yes()}}, QString()));
        QVERIFY(flow.submit(id));
        session.notifyDataChanged();
        QTRY_VERIFY(!page.isComputing());
        QCOMPARE(text(page.regionModel(), 0, ResultsPage::RCode), QStringLiteral("S3"));
        QCOMPARE(text(page.regionModel(), 0, ResultsPage::RScore), QStringLiteral("100.0 %"));
    }

    void organisationNameIsKeptInTheWorkspace()
    {
        test::ScorecardFixture f;
        Session session;
        QVERIFY(session.open(f.ws.path, Database::OpenMode::OpenExisting));
        SettingsPage settings(session);
        settings.show();
        settings.organisationEdit()->setText(QStringLiteral("华东零售 <Retail>"));
        emit settings.organisationEdit()->editingFinished();
        QCOMPARE(WorkspaceSettings(*session.database()).organisationName(), QStringLiteral("华东零售 <Retail>"));
        QImage logo(64, 32, QImage::Format_RGB32);
        logo.fill(Qt::red);
        const QString logoPath = f.ws.dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(logo.save(logoPath));
        QVERIFY(settings.setLogoFile(logoPath));
        QCOMPARE(QImage::fromData(WorkspaceSettings(*session.database()).logo()).size(), QSize(64, 32));

        // Reports made in the app follow the PDF/A setting, and name who is working.
        QVERIFY(!reportOptions(session).pdfA);
        AppSettings().setReportsAsPdfA(true);
        QVERIFY(reportOptions(session).pdfA);
        AppSettings().setReportsAsPdfA(false);

        // Response-time targets are data: a call answered in 25 s meets a 30 s target.
        QCOMPARE(settings.responseTargetBox(0)->value(), 20);
        settings.responseTargetBox(0)->setValue(30);
        QCOMPARE(WorkspaceSettings(*session.database()).responseTargets()->value(QStringLiteral("call")), 30);
        const auto card = computeScorecard(*session.database(), {SubjectKind::Site, f.east1, March, std::nullopt});
        QCOMPARE(*card->responseCompliance.percent, 75.0); // 15, 25 and 20 s of 3 calls; the visit's 40 s misses 30 s

        // Recordings: the workspace's folder until another is chosen on this computer.
        QCOMPARE(settings.recordingsFolderLabel()->text(), QStringLiteral("%1 (the workspace's folder)").arg(QDir::toNativeSeparators(f.ws.dir.path())));
        settings.setRecordingsFolder(QStringLiteral("/srv/recordings"));
        QCOMPARE(settings.recordingsFolderLabel()->text(), QStringLiteral("/srv/recordings"));
        QCOMPARE(AppSettings().recordingFile(f.ws.path, false, QStringLiteral("calls/1.wav")), QStringLiteral("/srv/recordings/calls/1.wav"));
        settings.setRecordingsFolder(QString());
        QCOMPARE(AppSettings().recordingFile(f.ws.path, false, QStringLiteral("calls/1.wav")), f.ws.dir.filePath(QStringLiteral("calls/1.wav")));
    }
};

QTEST_MAIN(TestResultsPage)
#include "tst_resultspage.moc"
