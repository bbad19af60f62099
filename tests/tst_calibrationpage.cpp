// The Calibration page as a QA lead and three inspectors use it: the lead creates a session in the
// dialog (interactions added by their IDs), an inspector scores and hands in in the editor and
// cannot see the comparison while the session is blind, the lead closes scoring and reads the
// comparison, the deviations, the statistics and who drifts; the consensus the lead changes shows.
// The answers are those of tests/calibrationfixture.h (deviations +25, −25, −50; Fleiss' κ 1/28).

#include "answerview.h"
#include "calibrationdialogs.h"
#include "charts/calibrationdriftchart.h"
#include "calibrationpage.h"
#include "evaluationdraft.h"
#include "evaluationeditor.h"
#include "calibrationfixture.h"
#include "session.h"
#include "translations.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>

#include <qcustomplot.h>

using namespace servqa;

namespace {

const Answer Y = test::Yes, N = test::No;

Answers sc(Answer r1, Answer e1, Answer c1)
{
    return test::scorecardAnswers(r1, e1, c1);
}

QString text(QTableWidget *t, int row, int column)
{
    return t->item(row, column) ? t->item(row, column)->text() : QString();
}

} // namespace

class TestCalibrationPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QStringLiteral("en"));
    }

    // The drift chart's legend sits under the axes, five names a row: inside them it covered the
    // oldest sessions' points. Drawn again, it stays where it is.
    void theDriftLegendIsUnderTheAxes()
    {
        QVector<CalibrationDriftPoint> points;
        for (int i = 0; i < 7; ++i)
            points << CalibrationDriftPoint{1, QStringLiteral("三月"), QDateTime(QDate(2026, 3, 31), QTime(17, 0)), i + 1,
                                            QStringLiteral("Inspector %1").arg(i + 1), 4.0 - i, std::abs(4.0 - i), 0.8};
        QCustomPlot plot;
        for (int round = 0; round < 2; ++round) {
            CalibrationDriftChart::configure(&plot, points, 5);
            QCOMPARE(plot.legend->layout(), plot.plotLayout());
            QCOMPARE(plot.plotLayout()->rowCount(), 2);
            QCOMPARE(plot.legend->rowCount(), 2); // seven names: five, then two
            QCOMPARE(plot.legend->columnCount(), 5);
            QVERIFY(plot.axisRect()->insetLayout()->elementCount() == 0);
        }
    }

    void aSessionEndToEnd()
    {
        test::CalibrationFixture f;
        Database &db = *f.ws.db;
        const qint64 chen = f.chen, zhao = f.zhao, lead = f.lead;

        Session session;
        QVERIFY(session.open(f.ws.path, Database::OpenMode::OpenExisting));
        session.setUserId(lead);
        CalibrationPage page(session);
        page.resize(1366, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.newSessionButton()->isEnabled());
        QCOMPARE(page.sessionsTable()->rowCount(), 0);

        // The dialog: interactions by the source's IDs; an unknown ID is said and kept.
        qint64 id = 0;
        {
            NewCalibrationDialog dialog(*session.database(), lead, &page);
            dialog.nameEdit()->setText(QStringLiteral("三月校准 March"));
            QCOMPARE(dialog.formBox()->count(), 2); // the published versions: SC-1 and CL-1
            // The draw offers what the form scores: the checklist store visits, the scorecard the rest.
            dialog.formBox()->setCurrentIndex(dialog.formBox()->findData(f.checklist.versionId));
            QCOMPARE(dialog.channelBox()->count(), 1);
            QCOMPARE(dialog.channelBox()->itemText(0), QStringLiteral("Store visit"));
            dialog.formBox()->setCurrentIndex(dialog.formBox()->findData(f.scorecard.versionId));
            QCOMPARE(dialog.channelBox()->count(), 5);
            QCOMPARE(dialog.channelBox()->itemText(0), QStringLiteral("Every channel the form scores"));
            QCOMPARE(dialog.channelBox()->itemData(0).toStringList(), QStringList({"call", "chat", "email", "social"}));
            dialog.addEdit()->setText(QStringLiteral("X1, X2 NOPE"));
            dialog.addByIds();
            QCOMPARE(dialog.interactionList()->count(), 2);
            QCOMPARE(dialog.addEdit()->text(), QStringLiteral("NOPE"));
            QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("No interaction has the ID NOPE."));
            // Inspectors are ticked, the lead is not; the refused create says why and stays open.
            QListWidget *people = dialog.participantList();
            int ticked = 0;
            for (int i = 0; i < people->count(); ++i)
                ticked += people->item(i)->checkState() == Qt::Checked ? 1 : 0;
            QCOMPARE(ticked, 3); // 刘勇, 陈静, 赵磊
            dialog.nameEdit()->clear();
            QVERIFY(!dialog.create());
            QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("Give the session a name."));
            dialog.nameEdit()->setText(QStringLiteral("三月校准 March"));
            QVERIFY(dialog.create());
            id = dialog.createdId();
        }
        page.reload(id);
        QCOMPARE(page.sessionsTable()->rowCount(), 1);
        QCOMPARE(text(page.sessionsTable(), 0, 0), QStringLiteral("三月校准 March"));
        QCOMPARE(text(page.sessionsTable(), 0, 1), QStringLiteral("Scoring, blind"));
        QCOMPARE(text(page.sessionsTable(), 0, 6), QStringLiteral("0 of 6"));

        // 刘勇 scores the first call in the editor and hands it in.
        session.setUserId(f.inspector);
        QCOMPARE(page.unitsTable()->rowCount(), 2);
        QCOMPARE(text(page.unitsTable(), 0, 1), QStringLiteral("To do"));
        QVERIFY(!page.newSessionButton()->isEnabled());
        QVERIFY(page.openInteraction(0));
        EvaluationDraft *draft = page.editor()->draft();
        QVERIFY(draft && draft->isEditable());
        for (const auto &[key, answer] : {std::pair{"r1", Y}, std::pair{"e1", Y}, std::pair{"c1", Y}})
            QVERIFY(draft->setValue(QLatin1String(key), answer).isEmpty());
        QVERIFY2(page.editor()->submit(), qPrintable(page.editor()->messageLabel()->text()));
        QCOMPARE(text(page.unitsTable(), 0, 1), QStringLiteral("Handed in"));
        QCOMPARE(text(page.unitsTable(), 0, 2), QStringLiteral("100.0 %"));
        QVERIFY(page.editor()->messageLabel()->text().startsWith(QStringLiteral("Handed in. Next: #")));
        QVERIFY(!page.editor()->draft()->isEditable()); // handed in: read-only
        // Nothing of it is an evaluation.
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM evaluations")).toInt(), 8);
        // Blind: no comparison for him, and why.
        QCOMPARE(page.comparisonTable()->rowCount(), 0);
        QCOMPARE(page.comparisonMessage()->text(),
                 QStringLiteral("“三月校准 March” is blind: no one reads another inspector's answers until the lead closes scoring."));

        // The rest through core, as the others' own windows would.
        QVERIFY(Calibration(db, f.inspector).save(id, page.unitsTable()->item(1, 0)->data(Qt::UserRole).toLongLong(), sc(Y, Y, Y), {}));
        const qint64 x1 = page.unitsTable()->item(0, 0)->data(Qt::UserRole).toLongLong();
        const qint64 x2 = page.unitsTable()->item(1, 0)->data(Qt::UserRole).toLongLong();
        QVERIFY(Calibration(db, f.inspector).handIn(id, x2));
        for (const auto &[who, a1, a2] : {std::tuple{chen, sc(N, Y, Y), sc(Y, N, Y)}, std::tuple{zhao, sc(N, Y, Y), sc(Y, Y, N)}}) {
            Calibration c(db, who);
            QVERIFY(c.save(id, x1, a1, {}) && c.handIn(id, x1));
            QVERIFY(c.save(id, x2, a2, {}) && c.handIn(id, x2));
        }
        // His trail: who handed in what, but the others' scores only once scoring closes.
        page.reload(id);
        QTableWidget *trail = page.trailTable();
        QCOMPARE(trail->rowCount(), 7);
        QStringList handedIn;
        for (int r = 1; r < 7; ++r)
            handedIn << text(trail, r, 1) + QLatin1Char(' ') + text(trail, r, 2) + QLatin1Char(' ') + text(trail, r, 5);
        QCOMPARE(handedIn, QStringList({"刘勇 Scoring handed in score 100.0 %", "刘勇 Scoring handed in score 100.0 %",
                                        "陈静 Scoring handed in —", "陈静 Scoring handed in —", "赵磊 Scoring handed in —",
                                        "赵磊 Scoring handed in —"}));

        // The lead closes scoring and reads.
        session.setUserId(lead);
        QVERIFY(page.closeScoringButton()->isEnabled());
        page.closeScoring(false);
        QCOMPARE(page.tabs()->currentIndex(), int(CalibrationPage::ComparisonTab));
        QTableWidget *cmp = page.comparisonTable();
        QCOMPARE(cmp->rowCount(), 6);
        QCOMPARE(text(cmp, 0, 1), QStringLiteral("核对订单号 Checked the order"));
        QCOMPARE(cmp->horizontalHeaderItem(3)->text(), QStringLiteral("刘勇"));
        QCOMPARE(text(cmp, 0, 3), QStringLiteral("Yes"));
        QCOMPARE(text(cmp, 0, 7), QStringLiteral("33.3 %"));
        QCOMPARE(text(cmp, 0, 8), QStringLiteral("No"));
        QCOMPARE(cmp->item(0, 3)->background().color(), QColor(255, 228, 228)); // not the consensus
        QCOMPARE(page.comparisonMessage()->text().left(40), QStringLiteral("3 of 6 items answered differently, the l"));
        QVERIFY(page.consensusButton()->isEnabled());

        QTableWidget *who = page.inspectorsTable();
        QCOMPARE(who->rowCount(), 3);
        QHash<QString, QStringList> rows;
        for (int r = 0; r < 3; ++r)
            rows.insert(text(who, r, 0), {text(who, r, 2), text(who, r, 4), text(who, r, 5)});
        QCOMPARE(rows.value(QStringLiteral("刘勇")), QStringList({"+25.0", "83.3 %", "outside ± 5"}));
        QCOMPARE(rows.value(QStringLiteral("陈静")), QStringList({"−25.0", "83.3 %", "outside ± 5"}));
        QCOMPARE(rows.value(QStringLiteral("赵磊")), QStringList({"−50.0", "83.3 %", "outside ± 5"}));
        QTableWidget *stats = page.statisticsTable();
        QStringList seen;
        for (int r = 0; r < stats->rowCount(); ++r)
            seen << text(stats, r, 1) + QLatin1Char('=') + text(stats, r, 2) + QLatin1Char(' ') + text(stats, r, 4);
        QVERIFY2(seen.contains(QStringLiteral("Fleiss' κ=0.036 slight")), qPrintable(seen.join(QLatin1Char('\n'))));
        QVERIFY2(seen.contains(QStringLiteral("Gwet's AC1=0.491 moderate")), qPrintable(seen.join(QLatin1Char('\n'))));
        // Who drifts, at a glance, whatever the tab.
        QVERIFY2(page.driftBanner()->text().startsWith(QStringLiteral("Outside ± 5 points of the consensus in their latest session: ")),
                 qPrintable(page.driftBanner()->text()));
        QVERIFY(page.driftBanner()->text().contains(QStringLiteral("赵磊 (−50.0 in 三月校准 March)")));
        QCOMPARE(page.driftTable()->rowCount(), 3);

        // The lead's consensus shows in bold and moves 刘勇's deviation to 0.
        QVERIFY(Calibration(db, lead).setConsensus(id, x1, QStringLiteral("r1"), Y, QStringLiteral("录音 0:42 核对了订单号 <b>&amp;</b>")));
        page.reload(id);
        int r1 = -1;
        for (int r = 0; r < cmp->rowCount(); ++r) {
            if (text(cmp, r, 1) == QStringLiteral("核对订单号 Checked the order") && text(cmp, r, 0).startsWith(QStringLiteral("#%1 ").arg(x1)))
                r1 = r;
        }
        QVERIFY(r1 >= 0);
        QCOMPARE(text(cmp, r1, 8), QStringLiteral("Yes"));
        QVERIFY(cmp->item(r1, 8)->font().bold());
        // The lead's words as typed, never as HTML.
        QCOMPARE(cmp->item(r1, 8)->toolTip(),
                 QStringLiteral("<p style='white-space:pre-wrap'>Set by the lead: 录音 0:42 核对了订单号 &lt;b&gt;&amp;amp;&lt;/b&gt;</p>"));
        for (int r = 0; r < 3; ++r) {
            if (text(who, r, 0) == QStringLiteral("刘勇"))
                QCOMPARE(text(who, r, 2), QStringLiteral("0.0"));
        }

        // The lead's trail: every step, oldest first, in the reader's words.
        QCOMPARE(trail->rowCount(), 9);
        QCOMPARE(text(trail, 0, 2), QStringLiteral("Session created"));
        QCOMPARE(text(trail, 0, 5), QStringLiteral("三月校准 March"));
        QCOMPARE(text(trail, 0, 6), QStringLiteral("2 interactions, 3 inspectors, blind"));
        QCOMPARE(text(trail, 3, 5), QStringLiteral("score 50.0 %"));
        QCOMPARE(text(trail, 7, 2), QStringLiteral("Scoring closed"));
        QCOMPARE(text(trail, 7, 5), QStringLiteral("6 consensus answers proposed"));
        QCOMPARE(text(trail, 8, 1), QStringLiteral("周敏 <QA lead>"));
        QCOMPARE(text(trail, 8, 3).left(QStringLiteral("#%1 ").arg(x1).size()), QStringLiteral("#%1 ").arg(x1));
        QCOMPARE(text(trail, 8, 4), QStringLiteral("核对订单号 Checked the order"));
        QCOMPARE(text(trail, 8, 5), QStringLiteral("No → Yes"));
        QCOMPARE(text(trail, 8, 6), QStringLiteral("录音 0:42 核对了订单号 <b>&amp;</b>"));
        QCOMPARE(trail->item(8, 6)->toolTip(), QStringLiteral("<p style='white-space:pre-wrap'>录音 0:42 核对了订单号 &lt;b&gt;&amp;amp;&lt;/b&gt;</p>"));
    }
};

QTEST_MAIN(TestCalibrationPage)
#include "tst_calibrationpage.moc"
