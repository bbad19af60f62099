// The evaluation editor driven from the keyboard as an inspector works: answer, undo, redo,
// save, submit; what lands in the workspace is checked against the worked example of
// docs/scoring.md (44.4444 %).

#include "answerview.h"
#include "appsettings.h"
#include "evaluationdraft.h"
#include "evaluationeditor.h"
#include "evaluationworkflow.h"
#include "recordingplayer.h"
#include "formjson.h"
#include "formrepository.h"
#include "interactionrepository.h"
#include "session.h"
#include "siterepository.h"
#include "staffrepository.h"
#include "testsupport.h"
#include "translations.h"
#include "userrepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

using namespace servqa;

namespace {

// A workspace with the worked-example form, one call and one inspector; returns the draft id.
struct Fixture
{
    test::Workspace ws;
    qint64 inspector = 0;
    qint64 evaluationId = 0;
    Form form;

    Fixture()
    {
        Database &db = *ws.db;
        Site site;
        site.code = QStringLiteral("T1");
        site.name = QStringLiteral("<b>热线一组</b>"); // markup-like names print as typed
        site.kind = SiteKind::Team;
        const qint64 siteId = *SiteRepository(db).upsert(site);
        StaffMember m;
        m.code = QStringLiteral("A1");
        m.name = QStringLiteral("黄晓东");
        m.siteId = siteId;
        const qint64 staffId = *StaffRepository(db).upsert(m);
        Interaction i;
        i.externalId = QStringLiteral("CALL-1");
        i.siteId = siteId;
        i.staffId = staffId;
        i.startedAt = QDateTime(QDate(2025, 3, 1), QTime(9, 30));
        i.durationSeconds = 320;
        i.transcript = QStringLiteral("Agent: 您好，这里是客服热线。\nCustomer: I was charged twice.");
        const qint64 interactionId = *InteractionRepository(db).upsert(i);
        User u;
        u.login = QStringLiteral("liu");
        u.name = QStringLiteral("刘勇");
        inspector = *UserRepository(db).upsert(u);
        auto parsed = formFromJson(test::readData(QStringLiteral("scoring/02_na_rebases/form.json")), QStringLiteral("form.json"));
        form = *FormRepository(db).insertVersion(*parsed);
        evaluationId = *EvaluationWorkflow(db, inspector).startDraft(interactionId, form.versionId);
    }

    Evaluation stored()
    {
        return *EvaluationRepository(*ws.db).load(evaluationId, form);
    }
};

void type(QTreeView *tree, const QString &keys)
{
    for (QChar c : keys) {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : tree;
        QTest::keyClick(target, c.toLatin1());
    }
}

// Return in a cell editor commits through a queued call: let it arrive.
void enter()
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents();
}

QString currentKey(EvaluationEditor &editor)
{
    return editor.tree()->currentIndex().siblingAtColumn(0).data(Qt::UserRole + 1).toString();
}

} // namespace

class TestEvaluationEditor : public QObject
{
    Q_OBJECT

    // 12 s of 8 kHz, 16-bit mono silence.
    static bool writeSilence(const QString &path)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile wav(path);
        if (!wav.open(QIODevice::WriteOnly))
            return false;
        const quint32 rate = 8000, seconds = 12, dataBytes = rate * 2 * seconds;
        QByteArray header;
        QDataStream h(&header, QIODevice::WriteOnly);
        h.setByteOrder(QDataStream::LittleEndian);
        h.writeRawData("RIFF", 4);
        h << quint32(36 + dataBytes);
        h.writeRawData("WAVEfmt ", 8);
        h << quint32(16) << quint16(1) << quint16(1) << rate << quint32(rate * 2) << quint16(2) << quint16(16);
        h.writeRawData("data", 4);
        h << dataBytes;
        return wav.write(header) == header.size() && wav.write(QByteArray(int(dataBytes), '\0')) == dataBytes;
    }
    static bool setRecording(Fixture &f, const QString &recording)
    {
        auto call = InteractionRepository(*f.ws.db).find(f.stored().interactionId.value());
        if (!call || !*call)
            return false;
        Interaction withRecording = **call;
        withRecording.recordingPath = recording;
        return bool(InteractionRepository(*f.ws.db).upsert(withRecording));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the recordings folder is a setting of this computer
        installTranslations(QStringLiteral("en")); // English plurals
    }

    void answerTheFormByKeyboardThenSubmit()
    {
        Fixture f;
        Session session;
        QVERIFY(session.open(f.ws.path, Database::OpenMode::OpenExisting));
        EvaluationEditor editor(session);
        editor.resize(1300, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(editor.open(f.evaluationId, f.inspector));
        QTreeView *tree = editor.tree();
        QCOMPARE(QApplication::focusWidget(), tree);
        QCOMPARE(currentKey(editor), QStringLiteral("a1"));

        // Submitting now is refused, names what is missing and goes to the first of it.
        QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(editor.messageLabel()->text(),
                 QStringLiteral("7 required items not answered: Greeted the customer; Confirmed the order number; "
                                "Listened without interrupting; Gave correct information; Hold time (s); "
                                "Answered within 30 s; Read the recording disclosure"));
        QCOMPARE(f.stored().status, EvaluationStatus::Draft);
        QCOMPARE(currentKey(editor), QStringLiteral("a1"));

        QTest::keyClick(tree, Qt::Key_Y);      // a1 yes
        QCOMPARE(currentKey(editor), QStringLiteral("a2"));
        QCOMPARE(editor.itemHelpLabel()->text(), QStringLiteral("Confirmed the order number")); // the focused item in full
        QTest::keyClick(tree, Qt::Key_A);      // a2 N/A
        QTest::keyClick(tree, Qt::Key_3);      // a3 rating 3
        QTest::keyClick(tree, Qt::Key_N);      // b1 no
        QCOMPARE(currentKey(editor), QStringLiteral("b2"));
        QTest::keyClick(tree, Qt::Key_X);      // a letter does not start typing a number
        QCOMPARE(QApplication::focusWidget(), tree);
        type(tree, QStringLiteral("90"));      // b2 hold time 90 s, typed
        enter();
        QCOMPARE(currentKey(editor), QStringLiteral("b3"));
        type(tree, QStringLiteral("20"));      // b3 answered after 20 s
        enter();
        QTest::keyClick(tree, Qt::Key_Y);      // c1 disclosure read
        QTest::keyClick(tree, Qt::Key_N);      // d1 no extra mile
        QCOMPARE(currentKey(editor), QStringLiteral("n1"));
        // In a text answer every letter is text, C too; Ctrl+M keeps what was typed and opens
        // the item's comment.
        type(tree, QStringLiteral("Call back"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(editor.draft()->answer(QStringLiteral("n1")).text, QStringLiteral("Call back"));
        QCOMPARE(editor.tree()->currentIndex().column(), 2);
        type(tree, QStringLiteral("Cc"));
        enter();
        QCOMPARE(editor.draft()->answer(QStringLiteral("n1")).comment, QStringLiteral("Cc"));
        QCOMPARE(editor.draft()->answer(QStringLiteral("n1")).text, QStringLiteral("Call back"));
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier); // the comment
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier); // the text
        QVERIFY(editor.draft()->answer(QStringLiteral("n1")).isEmpty());
        QCOMPARE(editor.draft()->answer(QStringLiteral("n1")).comment, QString());
        editor.tree()->setCurrentIndex(editor.tree()->currentIndex().siblingAtColumn(1));

        QCOMPARE(editor.scoreLabel()->text(), QStringLiteral("44.4 %"));
        QCOMPARE(editor.resultLabel()->text(), QStringLiteral("Fail (pass mark 80.0 %)"));
        QCOMPARE(editor.dimensionBar(0)->text(), QStringLiteral("no data")); // tangibles
        QCOMPARE(editor.dimensionBar(1)->text(), QStringLiteral("0.0 %"));   // reliability
        QCOMPARE(editor.dimensionBar(4)->text(), QStringLiteral("50.0 %"));  // empathy

        // A wrong key on a yes/no item changes nothing; a rating out of range is refused.
        // Shift+Tab goes back item by item, over the section rows: n1 → d1 c1 b3 b2 b1 a3.
        for (int k = 0; k < 6; ++k)
            QTest::keyClick(tree, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(currentKey(editor), QStringLiteral("a3"));
        QTest::keyClick(tree, Qt::Key_Up);
        QCOMPARE(currentKey(editor), QStringLiteral("a2"));
        QTest::keyClick(tree, Qt::Key_Down);
        QCOMPARE(currentKey(editor), QStringLiteral("a3"));
        QTest::keyClick(tree, Qt::Key_7);
        QVERIFY(editor.messageLabel()->text().contains(QStringLiteral("is not a whole number from 1 to 5")));
        QCOMPARE(editor.draft()->answer(QStringLiteral("a3")).value, std::optional<double>(3));

        // Undo the three last answers (d1, c1, b3), then redo them: the score follows each step.
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier); // d1
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier); // c1
        QCOMPARE(editor.draft()->answers().contains(QStringLiteral("c1")), false);
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier); // b3 = 20
        // a1 1 + a3 1 of 1 + 2 + 4 points, with required items still open: a score so far, no verdict.
        QCOMPARE(editor.scoreLabel()->text(), QStringLiteral("so far 28.6 %"));
        QCOMPARE(editor.resultLabel()->text(), QStringLiteral("So far: no pass or fail until every required item is answered"));
        QTest::keyClick(tree, Qt::Key_Z, Qt::ShiftModifier | Qt::ControlModifier);
        QTest::keyClick(tree, Qt::Key_Z, Qt::ShiftModifier | Qt::ControlModifier);
        QTest::keyClick(tree, Qt::Key_Z, Qt::ShiftModifier | Qt::ControlModifier);
        QCOMPARE(editor.scoreLabel()->text(), QStringLiteral("44.4 %"));

        // A comment on b1, then the overall comment, then save with Ctrl+S.
        editor.tree()->setCurrentIndex(editor.tree()->model()->index(0, 1, editor.tree()->model()->index(1, 0)));
        QCOMPARE(currentKey(editor), QStringLiteral("b1"));
        QTest::keyClick(tree, Qt::Key_M, Qt::ControlModifier);
        type(tree, QStringLiteral("Quoted the old price"));
        enter();
        QCOMPARE(editor.draft()->answer(QStringLiteral("b1")).comment, QStringLiteral("Quoted the old price"));
        QTest::keyClick(tree, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), editor.commentEdit());
        QTest::keyClicks(editor.commentEdit(), QStringLiteral("<i>Coach on pricing</i>"));
        QTest::keyClick(editor.commentEdit(), Qt::Key_S, Qt::ControlModifier);
        Evaluation saved = f.stored();
        QCOMPARE(saved.status, EvaluationStatus::Draft);
        QCOMPARE(saved.answers.size(), 8);
        QCOMPARE(saved.answers.value(QStringLiteral("b2")).value, std::optional<double>(90));
        QCOMPARE(saved.answers.value(QStringLiteral("a2")).notApplicable, true);
        QCOMPARE(saved.answers.value(QStringLiteral("b1")).comment, QStringLiteral("Quoted the old price"));
        QCOMPARE(saved.comment, QStringLiteral("<i>Coach on pricing</i>"));
        QCOMPARE(*saved.score.percent, 400.0 / 9.0);

        QTest::keyClick(tree, Qt::Key_Return, Qt::ControlModifier);
        saved = f.stored();
        QCOMPARE(saved.status, EvaluationStatus::Submitted);
        QCOMPARE(*saved.score.percent, 400.0 / 9.0);
        QCOMPARE(saved.score.passed, std::optional<bool>(false));
        QVERIFY(!editor.draft()->isEditable()); // shown read-only after submitting
        QTest::keyClick(editor.tree(), Qt::Key_Y);
        QCOMPARE(f.stored().answers.size(), 8);
    }

    // No explicit save: the draft is written within AutosaveMs of an edit.
    // Issue 16 (3): what the interaction measured is filled in and shown as measured; opening
    // makes no draft; a changed value must be explained before submitting.
    void measuredItemsAreFilledIn()
    {
        Fixture f;
        Database &db = *f.ws.db;
        const auto parsed = formFromJson(R"json({"code": "MEAS", "name": "Measured", "kind": "scorecard", "status": "active",
            "sections": [{"key": "s", "title": "S", "items": [
              {"key": "first", "text": "Answered within 20 s", "type": "elapsed", "slaSeconds": 20, "measure": "first_response", "dimension": "responsiveness"},
              {"key": "hold", "text": "Hold time (s)", "type": "numeric", "targetMin": 0, "targetMax": 60, "measure": "hold_time", "dimension": "responsiveness"},
              {"key": "greet", "text": "Greeted", "type": "yesno", "dimension": "assurance"}]}]})json",
                                         QStringLiteral("m.json"));
        QVERIFY(parsed);
        const Form form = *FormRepository(db).insertVersion(*parsed);
        Interaction call = **InteractionRepository(db).find(1);
        call.firstResponseSeconds = 21; // no hold time recorded: the inspector answers that one
        QVERIFY(InteractionRepository(db).upsert(call));
        const int before = test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM evaluations")).toInt();

        Session session;
        QVERIFY(session.open(f.ws.path, Database::OpenMode::OpenExisting));
        EvaluationEditor editor(session);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(editor.openNew(call.id, form.versionId, f.inspector));
        QAbstractItemModel *model = editor.tree()->model();
        const QModelIndex section = model->index(0, 0);
        QCOMPARE(model->index(0, 1, section).data().toString(), QStringLiteral("21 s · measured"));
        QCOMPARE(model->index(1, 1, section).data().toString(), QString());
        QVERIFY(model->index(1, 0, section).data(Qt::ToolTipRole).toString().contains(QStringLiteral("this one does not, so answer it")));
        QCOMPARE(editor.scoreLabel()->text(), QStringLiteral("so far 0.0 %")); // 21 s misses the 20 s SLA
        QTest::qWait(EvaluationEditor::AutosaveMs + 300);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM evaluations")).toInt(), before); // looking is not a draft

        // The inspector hears 12 s to the first answer, types 12, a hold of 30 and "yes".
        editor.tree()->setCurrentIndex(model->index(0, 1, section));
        type(editor.tree(), QStringLiteral("12"));
        enter();
        QCOMPARE(model->index(0, 1, section).data().toString(), QStringLiteral("12 s · changed, measured 21 s"));
        QCOMPARE(model->index(0, 2, section).data().toString(), QStringLiteral("Say why the measured value was changed (Ctrl+M)"));
        editor.tree()->setCurrentIndex(model->index(1, 1, section));
        type(editor.tree(), QStringLiteral("30"));
        enter();
        editor.tree()->setCurrentIndex(model->index(2, 0, section));
        QTest::keyClick(editor.tree(), Qt::Key_Y);
        QVERIFY(!editor.submit());
        QCOMPARE(editor.messageLabel()->text(),
                 QStringLiteral("Say in the item's comment (Ctrl+M) why the measured value was changed: Answered within 20 s"));
        QCOMPARE(currentKey(editor), QStringLiteral("first"));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM evaluations")).toInt(), before + 1);
        const qint64 id = test::scalar(db, QStringLiteral("SELECT MAX(id) FROM evaluations")).toLongLong();
        const Evaluation draft = *EvaluationRepository(db).load(id, form);
        QCOMPARE(draft.answers.value(QStringLiteral("first")).value, std::optional<double>(12));
        QCOMPARE(draft.answers.value(QStringLiteral("first")).measured, std::optional<double>(21));
        QCOMPARE(draft.answers.value(QStringLiteral("hold")).measured, std::nullopt);

        model->setData(model->index(0, 2, section), QStringLiteral("ring tone counted as waiting"));
        QVERIFY(editor.submit());
        QCOMPARE(editor.messageLabel()->text(), QStringLiteral("Submitted: 100.0 %"));
    }

    void draftsSaveThemselves()
    {
        Fixture f;
        Session session;
        QVERIFY(session.open(f.ws.path, Database::OpenMode::OpenExisting));
        EvaluationEditor editor(session);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(editor.open(f.evaluationId, f.inspector));
        QTest::keyClick(editor.tree(), Qt::Key_N); // a1 no
        QCOMPARE(f.stored().answers.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(f.stored().answers.size(), 1, EvaluationEditor::AutosaveMs + 1500);
        QCOMPARE(f.stored().answers.value(QStringLiteral("a1")).value, std::optional<double>(0));
        QVERIFY(!editor.hasUnsavedChanges());
    }

    // A call recording plays beside the form; Ctrl+T stamps the current time into the item's
    // comment, and clicking the stamp goes back there.
    void recordingStampsAndSeeks()
    {
        Fixture f;
        // Next to the workspace (a relative path).
        QVERIFY(writeSilence(f.ws.dir.filePath(QStringLiteral("recordings/call-1.wav"))));
        QVERIFY(setRecording(f, QStringLiteral("recordings/call-1.wav")));

        // Issue 17 (7): the audio libraries load with the first recording, not with the editor.
        const auto multimediaLoaded = [] {
            QFile maps(QStringLiteral("/proc/self/maps"));
            return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6Multimedia.so");
        };
        Session session;
        QVERIFY(session.open(f.ws.path, Database::OpenMode::OpenExisting));
        EvaluationEditor editor(session);
        editor.resize(1300, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(!multimediaLoaded());
        QVERIFY(editor.open(f.evaluationId, f.inspector));
        QVERIFY(editor.player()->hasRecording());
        QVERIFY(multimediaLoaded());
        QTRY_COMPARE_WITH_TIMEOUT(editor.player()->duration(), 12000, 10000);
        editor.player()->setPosition(3000);
        QTRY_COMPARE(editor.player()->position(), 3000);
        QCOMPARE(currentKey(editor), QStringLiteral("a1"));
        QTest::keyClick(editor.tree(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(editor.draft()->answer(QStringLiteral("a1")).comment, QStringLiteral("[00:03]"));
        QTest::keyClick(editor.tree(), Qt::Key_Z, Qt::ControlModifier); // the stamp is an edit like any other
        QCOMPARE(editor.draft()->answer(QStringLiteral("a1")).comment, QString());
        QTest::keyClick(editor.tree(), Qt::Key_Z, Qt::ShiftModifier | Qt::ControlModifier);

        editor.player()->setPosition(0);
        QTRY_COMPARE(editor.player()->position(), 0);
        const QModelIndex comment = editor.tree()->currentIndex().siblingAtColumn(2);
        QTest::mouseClick(editor.tree()->viewport(), Qt::LeftButton, {}, editor.tree()->visualRect(comment).center());
        QTRY_COMPARE(editor.player()->position(), 3000);

        QCOMPARE(RecordingPlayer::stampPosition(QStringLiteral("at [1:02:03] and [00:07]")), 3723000);
        QCOMPARE(RecordingPlayer::stampPosition(QStringLiteral("at [1:02:03] and [00:07]"), 19), 7000);
        QCOMPARE(RecordingPlayer::formatStamp(3723000), QStringLiteral("[1:02:03]"));
    }

    // Recordings kept elsewhere (a shared drive; a server workspace has no folder of its own) are
    // found in the folder chosen in Settings for this workspace on this computer.
    void recordingsAreLookedForInTheChosenFolder()
    {
        Fixture f;
        QTemporaryDir share;
        QVERIFY(writeSilence(share.filePath(QStringLiteral("2026/call-1.wav"))));
        QVERIFY(setRecording(f, QStringLiteral("2026/call-1.wav")));
        Session session;
        QVERIFY(session.open(f.ws.path, Database::OpenMode::OpenExisting));
        EvaluationEditor editor(session);
        QVERIFY(editor.open(f.evaluationId, f.inspector));
        QVERIFY(!editor.player()->hasRecording());
        QCOMPARE(editor.player()->statusText(),
                 QStringLiteral("The recording %1 is not there (moved or not copied to this computer).")
                     .arg(f.ws.dir.filePath(QStringLiteral("2026/call-1.wav"))));

        AppSettings().setRecordingsFolder(f.ws.path, share.path());
        QVERIFY(editor.open(f.evaluationId, f.inspector));
        QVERIFY(editor.player()->hasRecording());
        QCOMPARE(editor.player()->statusText(), QStringLiteral("call-1.wav"));
        AppSettings().setRecordingsFolder(f.ws.path, QString());
        QCOMPARE(AppSettings().recordingFile(f.ws.path, false, QStringLiteral("2026/call-1.wav")),
                 f.ws.dir.filePath(QStringLiteral("2026/call-1.wav")));

        // A server: nothing to look in until a folder is chosen; an absolute path is itself.
        const QString server = QStringLiteral("postgresql://inspector1@/team?host=/run/servqa&port=5432");
        QCOMPARE(AppSettings().recordingFile(server, true, QStringLiteral("2026/call-1.wav")), QString());
        QCOMPARE(AppSettings().recordingFile(server, true, QStringLiteral("/srv/calls/a.wav")), QStringLiteral("/srv/calls/a.wav"));
        AppSettings().setRecordingsFolder(server, share.path());
        QCOMPARE(AppSettings().recordingFile(server, true, QStringLiteral("2026/call-1.wav")), share.filePath(QStringLiteral("2026/call-1.wav")));
        AppSettings().setRecordingsFolder(server, QString());
    }

    // The same inspector with one draft open at two desks (or in two windows): the second save
    // writes nothing over the first; the inspector chooses which answers to keep, and gets them.
    void aDraftSavedElsewhereIsNotOverwritten_data()
    {
        QTest::addColumn<bool>("keepHere");
        QTest::addRow("keep the answers here") << true;
        QTest::addRow("open the other save") << false;
    }
    void aDraftSavedElsewhereIsNotOverwritten()
    {
        QFETCH(bool, keepHere);
        Fixture f;
        Session session;
        QVERIFY(session.open(f.ws.path, Database::OpenMode::OpenExisting));
        EvaluationEditor desk1(session), desk2(session);
        for (EvaluationEditor *desk : {&desk1, &desk2}) {
            desk->resize(1000, 700);
            desk->show();
            QVERIFY(desk->open(f.evaluationId, f.inspector));
        }
        desk1.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&desk1));
        desk1.tree()->setFocus();
        QTest::keyClick(desk1.tree(), Qt::Key_Y); // a1 yes at the first desk
        QVERIFY(desk1.save());
        QCOMPARE(f.stored().answers.value(QStringLiteral("a1")).value, std::optional<double>(1));

        desk2.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&desk2));
        desk2.tree()->setFocus();
        QTest::keyClick(desk2.tree(), Qt::Key_N); // a1 no at the second, which read the draft before
        QCOMPARE(desk2.draft()->answer(QStringLiteral("a1")).value, std::optional<double>(0));
        QString asked;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return; // asked stays empty, and the test fails below
            asked = box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == (keepHere ? QStringLiteral("&Keep the answers here")
                                           : QStringLiteral("&Open the other save (the answers here are dropped)")))
                    b->click();
            }
        });
        QCOMPARE(desk2.save(), keepHere);
        QVERIFY2(asked.startsWith(QStringLiteral("This draft was saved at ")) && asked.endsWith(QStringLiteral(
                     " at another desk or in another window, after you opened it here. Which answers do you keep?")),
                 qPrintable(asked));
        const std::optional<double> expected = keepHere ? 0 : 1;
        QCOMPARE(f.stored().answers.value(QStringLiteral("a1")).value, expected);
        QCOMPARE(desk2.draft()->answer(QStringLiteral("a1")).value, expected); // what the second desk shows
        QVERIFY(!desk2.hasUnsavedChanges());

        // Each desk goes on from what is stored now: the next save of the second is not refused.
        desk2.tree()->setFocus();
        const QString next = currentKey(desk2);
        QVERIFY(!next.isEmpty());
        QTest::keyClick(desk2.tree(), Qt::Key_Y);
        QVERIFY(desk2.save());
        QCOMPARE(f.stored().answers.value(next).value, std::optional<double>(1));
        QCOMPARE(f.stored().answers.value(QStringLiteral("a1")).value, expected);
    }

    void anotherInspectorsDraftIsReadOnly()
    {
        Fixture f;
        User other;
        other.login = QStringLiteral("zhao");
        other.name = QStringLiteral("赵伟");
        const qint64 otherId = *UserRepository(*f.ws.db).upsert(other);
        Session session;
        QVERIFY(session.open(f.ws.path, Database::OpenMode::OpenExisting));
        EvaluationEditor editor(session);
        QVERIFY(editor.open(f.evaluationId, otherId));
        QVERIFY(!editor.draft()->isEditable());
        QTest::keyClick(editor.tree(), Qt::Key_Y);
        QVERIFY(editor.draft()->answers().isEmpty());
    }
};

QTEST_MAIN(TestEvaluationEditor)
#include "tst_evaluationeditor.moc"
