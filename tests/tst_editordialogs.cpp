// The editors whose entries are work (a scorecard, a rule set, a complaint taken in, a root
// cause): closing one on screen with edits not saved asks first, and nothing else does.

#include "actiondialogs.h"
#include "complaintdialogs.h"
#include "demogenerator.h"
#include "formbuilder.h"
#include "rulesetdialog.h"
#include "screening.h"
#include "screeningrules.h"
#include "session.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

using namespace servqa;

namespace {

// Presses Esc in `dialog` as a user would; a question asked then is answered with the button
// whose text is `answer`. The question's text, or empty when none was asked.
QString escape(QDialog &dialog, const QString &answer)
{
    QString asked;
    QTimer::singleShot(0, &dialog, [&asked, answer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->windowTitle() + QLatin1Char('|') + box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == answer)
                b->click();
        }
    });
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCoreApplication::processEvents(); // the timer, when nothing was asked
    return asked;
}

void showAndWait(QDialog &dialog)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
}

const QString goOn = QStringLiteral("&Go On Editing");
const QString discard = QStringLiteral("&Discard Changes");

} // namespace

class TestEditorDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QStringLiteral("en"));
    }

    void aScorecardWithEditsIsNotClosedWithoutAsking()
    {
        test::Workspace ws;
        Session session;
        QVERIFY(session.open(ws.path, Database::OpenMode::OpenExisting));
        Form blank;
        blank.code = QStringLiteral("CHAT-QA");
        blank.name = QStringLiteral("Chat scorecard");
        FormBuilder builder(session, blank);
        showAndWait(builder);
        QCOMPARE(escape(builder, discard), QString()); // nothing done: closed at once
        QVERIFY(!builder.isVisible());

        showAndWait(builder);
        builder.addSection();
        builder.edit(QStringLiteral("title"), [](Form &f) { f.sections[0].title = QStringLiteral("Opening"); });
        QCOMPARE(escape(builder, goOn), QStringLiteral("Discard Changes?|Your changes to this scorecard are not saved."));
        QVERIFY(builder.isVisible());
        QCOMPARE(builder.form().sections.value(0).title, QStringLiteral("Opening")); // the edits kept

        builder.undoStack()->setIndex(0); // every edit undone: nothing to lose
        QCOMPARE(escape(builder, goOn), QString());
        QVERIFY(!builder.isVisible());

        showAndWait(builder);
        builder.undoStack()->redo();
        QVERIFY(!escape(builder, discard).isEmpty());
        QVERIFY(!builder.isVisible());
        QCOMPARE(builder.result(), int(QDialog::Rejected));
    }

    void aRuleSetWithEditsIsNotClosedWithoutAsking()
    {
        test::Workspace ws;
        DemoOptions options;
        options.evaluations = 40;
        options.seed = 5;
        options.endDate = QDate(2026, 3, 31);
        QVERIFY(generateDemo(*ws.db, options));
        QVERIFY(screenWorkspace(*ws.db)); // the built-in rule set stored and active
        Session session;
        QVERIFY(session.open(ws.path, Database::OpenMode::OpenExisting));
        const auto active = activeRuleSets(*session.database());
        QVERIFY(active && !active->isEmpty());

        RuleSetDialog dialog(session, active->first(), true);
        showAndWait(dialog);
        dialog.ruleList()->setCurrentRow(1); // looking around is not editing
        QCOMPARE(escape(dialog, goOn), QString());
        QVERIFY(!dialog.isVisible());

        RuleSetDialog edited(session, active->first(), true);
        showAndWait(edited);
        edited.ruleNameEdit()->setText(QStringLiteral("改过的名字 Renamed"));
        QCOMPARE(escape(edited, goOn), QStringLiteral("Discard Changes?|Your changes to this rule set are not saved."));
        QVERIFY(edited.isVisible());
        QCOMPARE(edited.ruleNameEdit()->text(), QStringLiteral("改过的名字 Renamed"));
        QVERIFY(!escape(edited, discard).isEmpty());
        QVERIFY(!edited.isVisible());
        QCOMPARE(activeRuleSets(*session.database())->first().rules.first().name, active->first().rules.first().name); // nothing stored

        RuleSetDialog readOnly(session, active->first(), false); // an inspector's: nothing of theirs to lose
        showAndWait(readOnly);
        QCOMPARE(escape(readOnly, discard), QString());
        QVERIFY(!readOnly.isVisible());
    }

    void aComplaintTypedInIsNotClosedWithoutAsking()
    {
        test::Workspace ws;
        ComplaintIntakeDialog dialog(*ws.db, ComplaintIntake{}, false);
        showAndWait(dialog);
        QCOMPARE(escape(dialog, discard), QString());
        QVERIFY(!dialog.isVisible());

        ComplaintIntakeDialog typed(*ws.db, ComplaintIntake{}, false);
        showAndWait(typed);
        typed.descriptionEdit()->setPlainText(QStringLiteral("顾客说冷链商品送到时已经化了"));
        QCOMPARE(escape(typed, goOn), QStringLiteral("Discard Changes?|What you entered here is not saved."));
        QVERIFY(typed.isVisible());
        QCOMPARE(typed.descriptionEdit()->toPlainText(), QStringLiteral("顾客说冷链商品送到时已经化了"));
        typed.descriptionEdit()->clear(); // back as it was shown
        QCOMPARE(escape(typed, goOn), QString());
        QVERIFY(!typed.isVisible());
    }

    void aRootCauseIsNotClosedWithoutAsking()
    {
        CorrectiveAction a;
        a.whys = {QStringLiteral("Agents skip the number")};
        a.causes = {{CauseCategory::People, QStringLiteral("Not trained"), false}};
        RootCauseDialog dialog(a);
        showAndWait(dialog); // filled as opened: nothing entered yet
        dialog.addCause({CauseCategory::Methods, QStringLiteral("Script not updated"), true});
        QVERIFY(!escape(dialog, goOn).isEmpty());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.causes().size(), 2);
        QVERIFY(!escape(dialog, discard).isEmpty());
        QVERIFY(!dialog.isVisible());

        RootCauseDialog why(a);
        showAndWait(why);
        why.whyEdit(1)->setText(QStringLiteral("The script does not ask"));
        QVERIFY(!escape(why, discard).isEmpty());
        QVERIFY(!why.isVisible());
    }
};

QTEST_MAIN(TestEditorDialogs)
#include "tst_editordialogs.moc"
