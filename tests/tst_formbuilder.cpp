// The scorecard builder: building a form with undo, reordering by keyboard, the live preview
// scored by the real engine, validation, and saving under the versioning rule.

#include "answerview.h"
#include "auditlog.h"
#include "evaluationworkflow.h"
#include "formbuilder.h"
#include "formjson.h"
#include "formproperties.h"
#include "formrepository.h"
#include "interactionrepository.h"
#include "scorecardspage.h"
#include "session.h"
#include "siterepository.h"
#include "testsupport.h"
#include "translations.h"
#include "userrepository.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace servqa;

namespace {
QStringList itemTexts(const Form &form)
{
    QStringList list;
    for (const FormSection &s : form.sections) {
        for (const FormItem &i : s.items)
            list << s.title + QLatin1Char('/') + i.text;
    }
    return list;
}
} // namespace

class TestFormBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void buildAFormWithUndoAndPreview()
    {
        test::Workspace ws;
        User lead;
        lead.login = QStringLiteral("chen");
        lead.name = QStringLiteral("陈静");
        lead.role = UserRole::Lead;
        UserRepository(*ws.db).upsert(lead);
        Session session;
        QVERIFY(session.open(ws.path, Database::OpenMode::OpenExisting));

        Form blank;
        blank.code = QStringLiteral("CHAT-QA");
        blank.name = QStringLiteral("在线客服质检 Chat scorecard");
        FormBuilder builder(session, blank);
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        QVERIFY(!builder.problemLabel()->text().isEmpty()); // no sections yet: cannot be saved

        builder.addSection(); // "New section" with "New item"
        builder.edit(QStringLiteral("title"), [](Form &f) { f.sections[0].title = QStringLiteral("Opening"); });
        builder.select({0, 0});
        builder.edit(QStringLiteral("text"), [](Form &f) { f.sections[0].items[0].text = QStringLiteral("Greeted"); });
        builder.addItem(); // after the selected item, same type
        builder.edit(QStringLiteral("text"), [](Form &f) {
            FormItem &i = f.sections[0].items[1];
            i.text = QStringLiteral("Listened");
            i.type = ItemType::Rating5;
            i.weight = 2;
            i.dimension = Dimension::Empathy;
        });
        builder.addItem();
        builder.edit(QStringLiteral("text"), [](Form &f) {
            FormItem &i = f.sections[0].items[2];
            i.text = QStringLiteral("Disclosure");
            i.type = ItemType::YesNo; // a new item takes the type of the one before it (a rating)
            i.critical = true;
        });
        QCOMPARE(itemTexts(builder.form()),
                 (QStringList{QStringLiteral("Opening/Greeted"), QStringLiteral("Opening/Listened"), QStringLiteral("Opening/Disclosure")}));
        QVERIFY2(builder.problemLabel()->text().isEmpty(), qPrintable(builder.problemLabel()->text()));

        // Ctrl+Up twice moves "Disclosure" to the top; undo puts it back.
        QCOMPARE(builder.selected(), (FormBuilder::Path{0, 2}));
        QTest::keyClick(&builder, Qt::Key_Up, Qt::ControlModifier);
        QTest::keyClick(&builder, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(itemTexts(builder.form()).first(), QStringLiteral("Opening/Disclosure"));
        QCOMPARE(builder.selected(), (FormBuilder::Path{0, 0}));
        QCOMPARE(builder.structure()->currentItem()->text(0), QStringLiteral("Disclosure"));
        QTest::keyClick(&builder, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(&builder, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(itemTexts(builder.form()).last(), QStringLiteral("Opening/Disclosure"));
        const int steps = builder.undoStack()->count();
        QCOMPARE(steps, 9); // section, title, text, add, edit, add, edit, up, up (selecting is no step)
        builder.undoStack()->undo(); // the critical item's edit
        QCOMPARE(builder.form().sections[0].items[2].text, QStringLiteral("New item"));
        builder.undoStack()->redo();

        // The preview scores with the real engine: Greeted yes (1), Listened 4 (0.75 × 2), Disclosure
        // yes (1) of 4 points.
        AnswerView *preview = builder.preview();
        preview->setFocus();
        QTest::keyClick(preview, Qt::Key_Y);
        QTest::keyClick(preview, Qt::Key_4);
        QTest::keyClick(preview, Qt::Key_Y);
        QCOMPARE(builder.previewScore()->text().section(QLatin1Char('\n'), 0, 0), QStringLiteral("Preview score 87.5 % pass"));
        // An edit keeps the sample answers that still fit: the pass mark moves above the score.
        builder.edit(QStringLiteral("pass mark"), [](Form &f) { f.passMark = 90; });
        QCOMPARE(builder.previewScore()->text().section(QLatin1Char('\n'), 0, 0), QStringLiteral("Preview score 87.5 % fail"));
        // A failed critical item fails it.
        builder.edit(QStringLiteral("pass mark"), [](Form &f) { f.passMark = 80; });
        preview->moveTo(preview->model()->index(2, 1, preview->model()->index(0, 0)));
        QTest::keyClick(preview, Qt::Key_N);
        QCOMPARE(builder.previewScore()->text().section(QLatin1Char('\n'), 0, 0), QStringLiteral("Preview score 0.0 % auto-failed"));

        // An empty item text is refused with the field named; Save is off until it is fixed.
        builder.edit(QStringLiteral("text"), [](Form &f) { f.sections[0].items[1].text.clear(); });
        QVERIFY(builder.problemLabel()->text().contains(QStringLiteral("text")));
        QVERIFY(!builder.save());
        builder.undoStack()->undo();
        QVERIFY(builder.problemLabel()->text().isEmpty());

        // Typing in the item's text field is one undo step, whatever its length.
        builder.select({0, 0});
        QLineEdit *text = nullptr;
        for (QLineEdit *edit : builder.findChild<FormPropertiesPanel *>()->findChildren<QLineEdit *>()) {
            if (edit->isVisibleTo(&builder) && edit->text() == QStringLiteral("Greeted"))
                text = edit;
        }
        QVERIFY(text);
        const int before = builder.undoStack()->index();
        text->setFocus();
        text->end(false);
        QTest::keyClicks(text, QStringLiteral(" warmly"));
        QCOMPARE(builder.form().sections[0].items[0].text, QStringLiteral("Greeted warmly"));
        QCOMPARE(builder.structure()->topLevelItem(0)->child(0)->text(0), QStringLiteral("Greeted warmly"));
        QCOMPARE(builder.undoStack()->index(), before + 1);
        builder.undoStack()->undo();
        QCOMPARE(builder.form().sections[0].items[0].text, QStringLiteral("Greeted"));
        QCOMPARE(text->text(), QStringLiteral("Greeted"));

        // Return in the builder never saves or closes it (it belongs to the field being typed in).
        QTest::keyClick(&builder, Qt::Key_Return);
        QVERIFY(builder.isVisible());
        QCOMPARE(builder.savedForm().versionId, 0);

        QVERIFY(builder.save());
        const Form saved = builder.savedForm();
        QCOMPARE(saved.version, 1);
        QCOMPARE(saved.status, FormStatus::Draft);
        const Form loaded = *FormRepository(*session.database()).load(saved.versionId);
        QCOMPARE(itemTexts(loaded), itemTexts(builder.form()));
        QCOMPARE(loaded.sections[0].items[1].type, ItemType::Rating5);
        QCOMPARE(loaded.sections[0].items[2].critical, true);
        QCOMPARE(loaded.passMark, 80.0);
        QCOMPARE(AuditLog(*session.database()).entries(AuditEntity::Form, saved.formId)->size(), 1);
    }

    // Editing a version that has evaluations saves the next version; the old one is untouched.
    void editingAUsedVersionSavesTheNext()
    {
        test::Workspace ws;
        Database &db = *ws.db;
        auto parsed = formFromJson(test::readData(QStringLiteral("scoring/02_na_rebases/form.json")), QStringLiteral("form.json"));
        const Form v1 = *FormRepository(db).insertVersion(*parsed);
        Site site;
        site.code = QStringLiteral("S");
        site.name = QStringLiteral("Store");
        Interaction call;
        call.externalId = QStringLiteral("C1");
        call.siteId = *SiteRepository(db).upsert(site);
        call.startedAt = QDateTime(QDate(2025, 3, 1), QTime(9, 0));
        const qint64 interaction = *InteractionRepository(db).upsert(call);
        User u;
        u.login = QStringLiteral("liu");
        u.name = QStringLiteral("刘勇");
        const qint64 inspector = *UserRepository(db).upsert(u);
        QVERIFY(EvaluationWorkflow(db, inspector).startDraft(interaction, v1.versionId));

        Session session;
        QVERIFY(session.open(ws.path, Database::OpenMode::OpenExisting));
        FormBuilder builder(session, v1);
        builder.select({1, 0});
        builder.edit(QStringLiteral("weight"), [](Form &f) { f.sections[1].items[0].weight = 3; });
        QVERIFY(builder.save());
        QCOMPARE(builder.savedForm().version, 2);
        QVERIFY(builder.savedForm().versionId != v1.versionId);
        QCOMPARE(FormRepository(db).load(v1.versionId)->sections[1].items[0].weight, 1.0);
        QCOMPARE(FormRepository(db).load(builder.savedForm().versionId)->sections[1].items[0].weight, 3.0);
    }

    // A form moves between workspaces as JSON: exported from one, imported into another as a
    // draft version 1, again as version 2; a broken file is refused with its name and line.
    void formsMoveBetweenWorkspacesAsJson()
    {
        test::Workspace from;
        auto parsed = formFromJson(test::readData(QStringLiteral("scoring/02_na_rebases/form.json")), QStringLiteral("form.json"));
        FormRepository(*from.db).insertVersion(*parsed);
        Session source;
        QVERIFY(source.open(from.path, Database::OpenMode::OpenExisting));
        ScorecardsPage sourcePage(source);
        const QString file = from.dir.filePath(QStringLiteral("EX-1.json"));
        QCOMPARE(sourcePage.exportSelectedForm(file), QString());

        test::Workspace to;
        Session target;
        QVERIFY(target.open(to.path, Database::OpenMode::OpenExisting));
        ScorecardsPage targetPage(target);
        QCOMPARE(targetPage.importFormFile(file), QString());
        QCOMPARE(targetPage.importFormFile(file), QString());
        const auto versions = *FormRepository(*to.db).versions();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[0].version, 2);
        QCOMPARE(versions[0].status, FormStatus::Draft);
        Form imported = *FormRepository(*to.db).load(versions[1].versionId);
        Form original = *parsed;
        for (Form *f : {&imported, &original}) { // ids, version and status belong to the workspace
            *f = *formFromJson(formToJson(*f), QStringLiteral("x"));
            f->status = FormStatus::Draft;
            f->version = 1;
        }
        QCOMPARE(formToJson(imported), formToJson(original));

        QFile broken(to.dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\n  \"code\": \"X\",\n  \"sections\": [ oops ]\n}\n");
        broken.close();
        const QString error = targetPage.importFormFile(broken.fileName());
        QVERIFY2(error.contains(QStringLiteral("broken.json")), qPrintable(error));
        QCOMPARE(FormRepository(*to.db).versions()->size(), 2); // nothing written
    }
};

QTEST_MAIN(TestFormBuilder)
#include "tst_formbuilder.moc"
