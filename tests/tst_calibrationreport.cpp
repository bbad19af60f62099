// The calibration session's PDF report, read back with pdftotext as management would read it.
// Three inspectors score two calls of the scorecard fixture (as tests/tst_calibration.cpp):
//
//            X1: r1 e1 c1  score    X2: r1 e1 c1  score
//   刘勇 liu      Y  Y  Y   100          Y  Y  Y   100
//   陈静 chen     N  Y  Y    50          Y  N  Y    50
//   赵磊 zhao     N  Y  Y    50          Y  Y  N     0
//   proposed     N  Y  Y    50          Y  Y  Y   100
//
// Deviation from consensus: liu +25, chen −25, zhao −50 (absolute 25, 25, 50); each matches 5 of
// 6 items (83.3 %). Yes/no statistics: percent agreement 2/3 = 0.667, Fleiss' κ 1/28 = 0.036
// ("slight"), Gwet's AC1 26/53 = 0.491 ("moderate"). With the lead's consensus "yes" for r1 of
// X1 (X1's consensus score 100): liu 0, chen −50, zhao −75.

#include "calibration.h"
#include "report/auditreports.h"
#include "calibrationfixture.h"
#include "pdftext.h"

#include <QApplication>
#include <QProcess>
#include <QRegularExpression>

using namespace servqa;

namespace {

const Answer Y = test::Yes, N = test::No;

Answers sc(Answer r1, Answer e1, Answer c1)
{
    return test::scorecardAnswers(r1, e1, c1);
}

using test::CalibrationFixture;
using test::pdfPages;
using test::pdfText;

} // namespace

class TestCalibrationReport : public QObject
{
    Q_OBJECT

private slots:
    void reportOfAClosedSession()
    {
        CalibrationFixture f;
        const qint64 session = f.run(QStringLiteral("三月校准 <March> & Co"));
        const QString path = f.ws.dir.filePath(QStringLiteral("calibration.pdf"));
        const auto pages = writeCalibrationReport(*f.ws.db, session, path, {QStringLiteral("王芳"), false});
        QVERIFY2(pages, qPrintable(pages ? QString() : pages.error()));
        QCOMPARE(*pages, pdfPages(path));
        const QString text = pdfText(path);
        if (qEnvironmentVariableIsSet("SHOW_PDF_TEXT"))
            qInfo().noquote() << text;
        VERIFY_TEXT(text, QStringLiteral("Calibration session: 三月校准 <March> & Co"));
        VERIFY_TEXT(text, QStringLiteral("热线质检表 <Hotline> & Co, version 1"));
        VERIFY_TEXT(text, QStringLiteral("Lead 周敏 <QA lead>"));
        VERIFY_TEXT(text, QStringLiteral("Status Scoring closed"));
        VERIFY_TEXT(text, QStringLiteral("Deadline 2025-03-31"));
        VERIFY_TEXT(text, QStringLiteral("Participants 刘勇 (2 of 2 handed in), 赵磊 (2 of 2 handed in), 陈静 (2 of 2 handed in)"));
        // The interactions with their consensus scores.
        VERIFY_TEXT(text, QStringLiteral("X1 Call 上海南京路店 <b>Nanjing Rd</b> 张伟 Zhang Wei 2025-03-20 11:00 50.0 %"));
        VERIFY_TEXT(text, QStringLiteral("X2 Call 上海南京路店 <b>Nanjing Rd</b> 张伟 Zhang Wei 2025-03-21 11:00 100.0 %"));
        // The yes/no statistics to three decimals, with their readings.
        VERIFY_TEXT(text, QStringLiteral("Yes/no items Percent agreement 0.667 6"));
        VERIFY_TEXT(text, QStringLiteral("Gwet's AC1 0.491 6 moderate"));
        VERIFY_TEXT(text, QStringLiteral("Fleiss' κ 0.036 6 slight"));
        // Each inspector against the consensus, all three outside the default ± 5 points.
        VERIFY_TEXT(text, QStringLiteral("刘勇 2 +25.0 25.0 83.3 % outside"));
        VERIFY_TEXT(text, QStringLiteral("陈静 2 -25.0 25.0 83.3 % outside"));
        VERIFY_TEXT(text, QStringLiteral("赵磊 2 -50.0 50.0 83.3 % outside"));
        // Per dimension: 刘勇's yes to r1 of X1 where the consensus is no, +100 there and 0 on X2.
        VERIFY_TEXT(text, QStringLiteral("刘勇 – +50.0 – – 0.0"));
        VERIFY_TEXT(text, QStringLiteral("陈静 – 0.0 – – -50.0"));
        // The three split items, most disagreement first, each answer beside the consensus.
        VERIFY_TEXT(text, QStringLiteral("X1 核对订单号 Checked the order Yes No No 1 33.3 % No"));
        VERIFY_TEXT(text, QStringLiteral("X2 Showed empathy Yes Yes No 1 33.3 % Yes"));
        VERIFY_TEXT(text, QStringLiteral("3 other item(s) were answered alike"));
        // The drift chart's legend and the trail.
        VERIFY_TEXT(text, QStringLiteral("Drift over sessions"));
        VERIFY_TEXT(text, QStringLiteral("Session created"));
        VERIFY_TEXT(text, QStringLiteral("2 interactions, 3"));
        VERIFY_TEXT(text, QStringLiteral("X2 score 0.0 %"));
        VERIFY_TEXT(text, QStringLiteral("Scoring closed"));
        VERIFY_TEXT(text, QStringLiteral("Page %1 of %1").arg(*pages));
    }

    // The lead's change of a consensus, with the reason, moves every inspector; a wider tolerance
    // takes the two nearer ones inside it.
    void theLeadsConsensusAndTheTolerance()
    {
        CalibrationFixture f;
        const qint64 session = f.run(QStringLiteral("三月校准 <March> & Co"));
        QVERIFY(Calibration(*f.ws.db, f.lead).setConsensus(session, f.x1, QStringLiteral("r1"), Y, QStringLiteral("录音 0:42 <order> read back")));
        QVERIFY(setCalibrationTolerance(*f.ws.db, 50));
        const QString path = f.ws.dir.filePath(QStringLiteral("consensus.pdf"));
        const auto pages = writeCalibrationReport(*f.ws.db, session, path, {QStringLiteral("王芳"), false});
        QVERIFY2(pages, qPrintable(pages ? QString() : pages.error()));
        const QString text = pdfText(path);
        if (qEnvironmentVariableIsSet("SHOW_PDF_TEXT"))
            qInfo().noquote() << text;
        VERIFY_TEXT(text, QStringLiteral("Tolerance ± 50.0 points"));
        VERIFY_TEXT(text, QStringLiteral("刘勇 2 0.0 0.0 100.0 % within"));
        VERIFY_TEXT(text, QStringLiteral("陈静 2 -50.0 50.0 66.7 % within"));
        VERIFY_TEXT(text, QStringLiteral("赵磊 2 -75.0 75.0 66.7 % outside"));
        // The row the lead changed, with the reason as typed.
        VERIFY_TEXT(text, QStringLiteral("X1 核对订单号 Checked the order Yes No No 1 33.3 % Yes 录音 0:42 <order>"));
        VERIFY_TEXT(text, QStringLiteral("Consensus set"));
        VERIFY_TEXT(text, QStringLiteral("No → Yes"));
    }

    // The drift chart of a session shows the sessions closed up to it: its report reads the same
    // when made again after later sessions.
    void driftUpToTheSession()
    {
        CalibrationFixture f;
        const qint64 march = f.run(QStringLiteral("三月校准 March"));
        // April: 赵磊 fails what the others pass (−100 on both calls).
        const qint64 april = f.create(true, QStringLiteral("四月校准 April"));
        for (qint64 x : {f.x1, f.x2}) {
            f.score(april, f.inspector, x, sc(Y, Y, Y));
            f.score(april, f.chen, x, sc(Y, Y, Y));
            f.score(april, f.zhao, x, sc(N, N, Y));
        }
        QVERIFY(Calibration(*f.ws.db, f.lead).close(april));
        const QString marchPath = f.ws.dir.filePath(QStringLiteral("march.pdf"));
        const QString aprilPath = f.ws.dir.filePath(QStringLiteral("april.pdf"));
        QVERIFY(writeCalibrationReport(*f.ws.db, march, marchPath, {QStringLiteral("王芳"), false}));
        QVERIFY(writeCalibrationReport(*f.ws.db, april, aprilPath, {QStringLiteral("王芳"), false}));
        // The chart's session ticks (the title block names the session itself).
        const QString marchText = pdfText(marchPath);
        QVERIFY(!marchText.contains(QStringLiteral("四月校准 April")));
        const QString aprilText = pdfText(aprilPath);
        VERIFY_TEXT(aprilText, QStringLiteral("三月校准 March"));
        VERIFY_TEXT(aprilText, QStringLiteral("赵磊 2 -100.0 100.0 33.3 % outside"));
    }

    // Everyone answered everything alike: κ and α cannot be told from chance, and say so.
    void anUndefinedStatisticSaysWhy()
    {
        CalibrationFixture f;
        const qint64 session = f.create(false, QStringLiteral("All alike"));
        for (qint64 x : {f.x1, f.x2}) {
            for (qint64 who : {f.inspector, f.chen, f.zhao})
                f.score(session, who, x, sc(Y, Y, Y));
        }
        QVERIFY(Calibration(*f.ws.db, f.lead).close(session));
        const QString path = f.ws.dir.filePath(QStringLiteral("alike.pdf"));
        QVERIFY(writeCalibrationReport(*f.ws.db, session, path, {QStringLiteral("王芳"), false}));
        const QString text = pdfText(path);
        VERIFY_TEXT(text, QStringLiteral("Percent agreement 1.000 6"));
        VERIFY_TEXT(text, QStringLiteral("Fleiss' κ undefined 6 Every rating is the same category:"));
        VERIFY_TEXT(text, QStringLiteral("Krippendorff's α (nominal) undefined 6 Every rating is the same value:"));
        VERIFY_TEXT(text, QStringLiteral("刘勇 2 0.0 0.0 100.0 % within"));
        VERIFY_TEXT(text, QStringLiteral("Every inspector answered every item alike."));
    }

    // An open session shows answers as they come, and so does its report, saying so.
    void anOpenSessionIsReportedSoFar()
    {
        CalibrationFixture f;
        const qint64 session = f.create(false, QStringLiteral("Open"));
        f.score(session, f.chen, f.x1, sc(N, Y, Y));
        f.score(session, f.zhao, f.x1, sc(Y, Y, Y));
        const QString path = f.ws.dir.filePath(QStringLiteral("open.pdf"));
        QVERIFY(writeCalibrationReport(*f.ws.db, session, path, {QStringLiteral("王芳"), false}));
        const QString text = pdfText(path);
        VERIFY_TEXT(text, QStringLiteral("Status Scoring open"));
        VERIFY_TEXT(text, QStringLiteral("Blind No"));
        VERIFY_TEXT(text, QStringLiteral("刘勇 (0 of 2 handed in), 赵磊 (1 of 2 handed in), 陈静 (1 of 2 handed in)"));
        VERIFY_TEXT(text, QStringLiteral("Scoring is still open"));
        VERIFY_TEXT(text, QStringLiteral("No closed session yet"));
        // 刘勇 handed nothing in: no answer, no deviation.
        VERIFY_TEXT(text, QStringLiteral("刘勇 0 – – –"));
        VERIFY_TEXT(text, QStringLiteral("X1 核对订单号 Checked the order — Yes No 1 0.0 % No"));
    }

    // Seven inspectors would leave columns too narrow to read: their answers are listed in one.
    void manyInspectorsAreListed()
    {
        CalibrationFixture f;
        NewCalibrationSession s;
        s.name = QStringLiteral("Seven");
        s.formVersionId = f.scorecard.versionId;
        s.interactions = {f.x1};
        s.participants = {f.inspector, f.chen, f.zhao};
        for (int i = 1; i <= 4; ++i) {
            User u;
            u.login = QStringLiteral("i%1").arg(i);
            u.name = QStringLiteral("Inspector %1").arg(i);
            u.role = UserRole::Inspector;
            s.participants << *UserRepository(*f.ws.db).upsert(u);
        }
        const auto session = Calibration(*f.ws.db, f.lead).create(s);
        QVERIFY(session);
        for (qint64 who : s.participants)
            f.score(*session, who, f.x1, who == f.zhao ? sc(N, Y, Y) : sc(Y, Y, Y));
        QVERIFY(Calibration(*f.ws.db, f.lead).close(*session));
        const QString path = f.ws.dir.filePath(QStringLiteral("seven.pdf"));
        QVERIFY(writeCalibrationReport(*f.ws.db, *session, path, {QStringLiteral("王芳"), false}));
        const QString text = pdfText(path);
        VERIFY_TEXT(text, QStringLiteral("Interaction Item Answers Spread Agreement Consensus Lead's reason"));
        VERIFY_TEXT(text, QStringLiteral("X1 核对订单号 Checked the order Inspector 1: Yes 1 71.4 % Yes"));
        VERIFY_TEXT(text, QStringLiteral("赵磊: No"));
    }

    // Blind means blind in the report too: while scoring is open nobody's answers are printed,
    // the lead's included, and nothing is written.
    void aBlindOpenSessionIsRefused()
    {
        CalibrationFixture f;
        const qint64 session = f.create(true, QStringLiteral("三月校准 March"));
        f.score(session, f.chen, f.x1, sc(N, Y, Y));
        const QString path = f.ws.dir.filePath(QStringLiteral("blind.pdf"));
        const auto pages = writeCalibrationReport(*f.ws.db, session, path, {QStringLiteral("王芳"), false});
        QVERIFY(!pages);
        QCOMPARE(pages.error(),
                 QStringLiteral("“三月校准 March” is blind: no one reads another inspector's answers until the lead closes scoring."));
        QVERIFY(!QFile::exists(path));
        const auto missing = writeCalibrationReport(*f.ws.db, 999, path, {QStringLiteral("王芳"), false});
        QVERIFY(!missing);
        QCOMPARE(missing.error(), QStringLiteral("There is no calibration session #999."));
    }

    void cliWritesTheReport()
    {
        CalibrationFixture f;
        const qint64 session = f.run(QStringLiteral("三月校准"));
        const QString path = f.ws.dir.filePath(QStringLiteral("cli.pdf"));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // servqa-cli chooses offscreen itself
        env.remove(QStringLiteral("DISPLAY"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(SERVQA_CLI), {QStringLiteral("report"), QStringLiteral("--db"), f.ws.path, QStringLiteral("--kind"),
                                               QStringLiteral("calibration"), QStringLiteral("--id"), QString::number(session),
                                               QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--by"),
                                               QStringLiteral("王芳"), QStringLiteral("--out"), path});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QString text = pdfText(path);
        VERIFY_TEXT(text, QStringLiteral("三月校准"));
        VERIFY_TEXT(text, QStringLiteral("刘勇"));
        VERIFY_TEXT(text, QStringLiteral("+25.0"));
        VERIFY_TEXT(text, QStringLiteral("-50.0"));
        VERIFY_TEXT(text, QStringLiteral("第 1 页，共 %1 页").arg(pdfPages(path)));

        // A session number is needed.
        cli.start(QStringLiteral(SERVQA_CLI), {QStringLiteral("report"), QStringLiteral("--db"), f.ws.path, QStringLiteral("--kind"),
                                               QStringLiteral("calibration"), QStringLiteral("--lang"), QStringLiteral("en"),
                                               QStringLiteral("--out"), path});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(QStringLiteral("report --kind calibration needs --id.")));
    }
};

QTEST_MAIN(TestCalibrationReport)
#include "tst_calibrationreport.moc"
