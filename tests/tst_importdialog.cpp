// The import dialog driven as a QA lead uses it: pick a file, check the mapping, import.

#include "importdialog.h"
#include "session.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>

using namespace servqa;

namespace {
qint64 count(Session &session, const QString &table)
{
    QSqlQuery q(session.database()->connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    q.next();
    return q.value(0).toLongLong();
}

// Runs one import through the dialog and waits for its background job.
bool importThroughDialog(ImportDialog &dialog, ImportKind kind, const QString &file)
{
    dialog.setKind(kind);
    dialog.setFile(test::dataPath(QStringLiteral("import/") + file));
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    auto *importButton = dialog.findChild<QPushButton *>();
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text() == QStringLiteral("Im&port"))
            importButton = b;
    }
    if (!importButton || !importButton->isEnabled())
        return false;
    QTest::mouseClick(importButton, Qt::LeftButton);
    return finished.wait(20000) && finished.first().first().toBool();
}
} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void previewAndAutomaticMappingForGb18030()
    {
        test::Workspace ws;
        Session session;
        QVERIFY(session.open(ws.path, Database::OpenMode::OpenExisting));
        ImportDialog dialog(session);
        dialog.setKind(ImportKind::Interactions);
        dialog.setFile(test::dataPath(QStringLiteral("import/interactions_gb18030.csv")));
        auto *preview = dialog.findChild<QTableWidget *>();
        QVERIFY(preview);
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("编号"));
        QCOMPARE(preview->item(0, 4)->text(), QStringLiteral("张先生"));
        QCOMPARE(dialog.mapping(), (QVector<int>{-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, -1, 9, -1, -1}));
        QCOMPARE(dialog.message(), QStringLiteral("Detected encoding: GB18030 / GBK"));
    }

    // Typing a path and pressing Return shows the preview; it must not start an import.
    void returnInTheFileFieldOnlyPreviews()
    {
        test::Workspace ws;
        Session session;
        QVERIFY(session.open(ws.path, Database::OpenMode::OpenExisting));
        ImportDialog dialog(session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        auto *fileEdit = dialog.findChildren<QLineEdit *>().first();
        fileEdit->setFocus();
        QTest::keyClicks(fileEdit, test::dataPath(QStringLiteral("import/sites.csv")));
        QTest::keyClick(fileEdit, Qt::Key_Return);
        QCOMPARE(dialog.findChild<QTableWidget *>()->rowCount(), 4);
        QVERIFY(!finished.wait(300));
        QVERIFY(!dialog.isImporting());
        QCOMPARE(count(session, QStringLiteral("sites")), 0);
    }

    void importSitesStaffAndInteractions()
    {
        test::Workspace ws;
        Session session;
        QVERIFY(session.open(ws.path, Database::OpenMode::OpenExisting));
        QSignalSpy changed(&session, &Session::dataChanged);
        ImportDialog dialog(session);
        dialog.show();
        QVERIFY(importThroughDialog(dialog, ImportKind::Sites, QStringLiteral("sites.csv")));
        QCOMPARE(dialog.message(), QStringLiteral("Imported sites.csv: 4 rows, 4 new, 0 updated."));
        QVERIFY(importThroughDialog(dialog, ImportKind::Staff, QStringLiteral("staff.csv")));
        QVERIFY(importThroughDialog(dialog, ImportKind::Interactions, QStringLiteral("interactions_utf8.csv")));
        // Screened as they come in: C-1002's agent closes without a closing (a low risk); the others
        // have no transcript, so no rule that reads one says anything about them.
        QCOMPARE(dialog.message(), QStringLiteral("Imported interactions_utf8.csv: 4 rows, 4 new, 0 updated. Screened: 1 flagged as a risk."));
        QCOMPARE(count(session, QStringLiteral("interactions")), 4);
        QCOMPARE(changed.size(), 3); // pages reload after each import
    }

    // Survey responses need the wave they belong to; the field shows only for that kind.
    void surveyResponsesIntoANamedWave()
    {
        test::Workspace ws;
        Session session;
        QVERIFY(session.open(ws.path, Database::OpenMode::OpenExisting));
        ImportDialog dialog(session);
        dialog.show();
        QVERIFY(importThroughDialog(dialog, ImportKind::Sites, QStringLiteral("sites.csv")));
        QLineEdit *wave = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->placeholderText().startsWith(QStringLiteral("e.g. 2025 Q1")))
                wave = edit;
        }
        QVERIFY(wave);
        QVERIFY(!wave->isVisible());
        dialog.setKind(ImportKind::Survey);
        QVERIFY(wave->isVisible());
        QVERIFY(!importThroughDialog(dialog, ImportKind::Survey, QStringLiteral("survey_worked_example.csv"))); // no wave
        QCOMPARE(dialog.message(), QStringLiteral("survey_worked_example.csv: name the survey wave these responses belong to."));
        wave->setText(QStringLiteral("2025 Q1"));
        QVERIFY(importThroughDialog(dialog, ImportKind::Survey, QStringLiteral("survey_worked_example.csv")));
        QCOMPARE(dialog.message(), QStringLiteral("Imported survey_worked_example.csv: 3 rows, 3 new, 0 updated."));
        QCOMPARE(count(session, QStringLiteral("survey_responses")), 3);
    }

    // Feedback goes into a named survey on the scale chosen for it; a survey imported before shows
    // its own scale, which cannot be changed.
    void feedbackIntoASurveyOnItsScale()
    {
        test::Workspace ws;
        Session session;
        QVERIFY(session.open(ws.path, Database::OpenMode::OpenExisting));
        ImportDialog dialog(session);
        dialog.show();
        QVERIFY(importThroughDialog(dialog, ImportKind::Sites, QStringLiteral("../indicators/sites.csv")));
        QVERIFY(importThroughDialog(dialog, ImportKind::Interactions, QStringLiteral("../indicators/interactions.csv")));
        dialog.setKind(ImportKind::Feedback);
        QLineEdit *survey = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->placeholderText().startsWith(QStringLiteral("e.g. SMS survey")))
                survey = edit;
        }
        QVERIFY(survey && survey->isVisible());
        QComboBox *scale = nullptr;
        for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
            if (box->itemText(0) == QStringLiteral("1 to 5"))
                scale = box;
        }
        QVERIFY(scale && scale->isVisible() && scale->isEnabled());
        survey->setText(QStringLiteral("App survey"));
        scale->setCurrentIndex(2);
        QVERIFY(importThroughDialog(dialog, ImportKind::Feedback, QStringLiteral("../indicators/feedback-ten.csv")));
        QCOMPARE(dialog.message(), QStringLiteral("Imported feedback-ten.csv: 1 rows, 1 new, 0 updated."));
        QCOMPARE(test::scalar(*session.database(), QStringLiteral("SELECT csat_scale FROM feedback_surveys WHERE name = 'App survey'")).toInt(), 10);
        survey->setText(QStringLiteral("SMS"));
        QVERIFY(scale->isEnabled());
        scale->setCurrentIndex(0);
        survey->setText(QStringLiteral("App survey"));
        QVERIFY(!scale->isEnabled());
        QCOMPARE(scale->currentText(), QStringLiteral("1 to 10"));
        // A 9 of 10 in a survey of 1–5 would be refused with its place; here it is the survey's own scale.
        QVERIFY(importThroughDialog(dialog, ImportKind::Feedback, QStringLiteral("../indicators/feedback-ten.csv")));
        QCOMPARE(dialog.message(), QStringLiteral("Imported feedback-ten.csv: 1 rows, 0 new, 1 updated."));
    }

    void rejectedFileShowsWhereAndWritesNothing()
    {
        test::Workspace ws;
        Session session;
        QVERIFY(session.open(ws.path, Database::OpenMode::OpenExisting));
        ImportDialog dialog(session);
        dialog.show();
        QVERIFY(importThroughDialog(dialog, ImportKind::Sites, QStringLiteral("sites.csv")));
        QVERIFY(!importThroughDialog(dialog, ImportKind::Interactions, QStringLiteral("interactions_ragged.csv")));
        QCOMPARE(dialog.message(), QStringLiteral("interactions_ragged.csv, line 4: 5 fields, but the header has 4. "
                                                  "Check for a missing or extra comma, or an unclosed quote."));
        QCOMPARE(count(session, QStringLiteral("interactions")), 0);
    }

    // A speech-to-text system's turns: a JSON file is recognised as transcripts (no columns to
    // match); a CSV file of turns maps its columns like any other.
    void timedTranscriptsFromJsonOrCsv()
    {
        test::Workspace ws;
        Session session;
        QVERIFY(session.open(ws.path, Database::OpenMode::OpenExisting));
        QVERIFY(test::importText(*session.database(), ImportKind::Sites, "code,name,kind\nT1,热线一组,team\n"));
        QVERIFY(test::importText(*session.database(), ImportKind::Interactions,
                                 "external_id,channel,site_code,started_at\nCALL-1,call,T1,2025-03-03 10:00\nCALL-2,call,T1,2025-03-03 11:00\n"));
        ImportDialog dialog(session);
        dialog.show();
        auto *kind = dialog.findChildren<QComboBox *>().first();
        dialog.setKind(ImportKind::Sites);
        dialog.setFile(test::dataPath(QStringLiteral("import/transcripts_calls.json")));
        QCOMPARE(kind->currentData().toInt(), int(ImportKind::Transcripts));
        // Chosen by hand, another kind cannot read it.
        dialog.setKind(ImportKind::Interactions);
        QCOMPARE(dialog.message(), QStringLiteral("Only transcripts are read from a JSON file."));
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Im&port"))
                QVERIFY(!b->isEnabled());
        }
        QVERIFY(importThroughDialog(dialog, ImportKind::Transcripts, QStringLiteral("transcripts_calls.json")));
        // CALL-1 has 65 s of silence and a complaint; CALL-2 says hello and nothing rule-breaking.
        QCOMPARE(dialog.message(), QStringLiteral("Imported transcripts_calls.json — turns: 7; transcripts replaced: 2. "
                                                  "Screened: 1 flagged as a risk."));
        // A file of turns opened while another kind is chosen is taken for what its columns say.
        dialog.setKind(ImportKind::Interactions);
        dialog.setFile(test::dataPath(QStringLiteral("import/transcripts_calls.csv")));
        QCOMPARE(kind->currentData().toInt(), int(ImportKind::Transcripts));
        QCOMPARE(dialog.message(), QStringLiteral("Detected encoding: UTF-8\nIts columns are those of this kind of import: Transcripts with times (CSV, a turn per row, or JSON; "
                                                  "for interactions already imported)."));
        QVERIFY(importThroughDialog(dialog, ImportKind::Transcripts, QStringLiteral("transcripts_calls.csv")));
        QCOMPARE(dialog.message(), QStringLiteral("Imported transcripts_calls.csv — turns: 7; transcripts replaced: 2. "
                                                  "Screened: 1 flagged as a risk."));
        QCOMPARE(test::scalar(*session.database(), QStringLiteral("SELECT transcript FROM interactions WHERE external_id = 'CALL-2'")).toString(),
                 QStringLiteral("[0:00-0:03] 坐席：Hello, thanks for calling.\n[0:04-0:09] 客户：My parcel is late, again."));
    }

    void remappedColumnIsUsed()
    {
        test::Workspace ws;
        Session session;
        QVERIFY(session.open(ws.path, Database::OpenMode::OpenExisting));
        ImportDialog dialog(session);
        dialog.show();
        QVERIFY(importThroughDialog(dialog, ImportKind::Sites, QStringLiteral("sites.csv")));
        QVERIFY(importThroughDialog(dialog, ImportKind::Staff, QStringLiteral("staff.csv")));
        // Use the customer column as the external id instead of 编号.
        dialog.setKind(ImportKind::Interactions);
        dialog.setFile(test::dataPath(QStringLiteral("import/interactions_gb18030.csv")));
        dialog.setMapping(1, 4);
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.startImport();
        QVERIFY(finished.wait(20000));
        QSqlQuery q(session.database()->connection());
        q.exec(QStringLiteral("SELECT external_id FROM interactions ORDER BY external_id"));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        QCOMPARE(ids, (QStringList{QStringLiteral("张先生"), QStringLiteral("李女士"), QStringLiteral("王先生")}));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
