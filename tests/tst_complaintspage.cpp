// The Complaints page as a store manager and a QA lead use it: a complaint registered from an
// interaction (its site, channel and customer filled in), dispatched at intake, its clocks read
// against the time limits, taken through contact, resolution and closing; overdue ones first; a
// second desk's stale save refused with who changed it; Settings ▸ Complaints shows the limits.

#include "complaintdialogs.h"
#include "complaintsettingsbox.h"
#include "complaintspage.h"
#include "csvimporter.h"
#include "interactionlistmodel.h"
#include "interactionspage.h"
#include "session.h"
#include "testsupport.h"
#include "userrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace servqa;

namespace {

QString text(QTableWidget *t, int row, int column)
{
    return t->item(row, column) ? t->item(row, column)->text() : QString();
}

} // namespace

class TestComplaintsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fromAnInteractionToAClosedComplaint()
    {
        test::Workspace ws;
        QVERIFY(test::importText(*ws.db, ImportKind::Sites, "code,name,kind,region\nS1,Nanjing Road,store,East\nS2,Chengdu Taikoo Li,store,West\n"));
        QVERIFY(test::importText(*ws.db, ImportKind::Interactions,
                                 "external_id,channel,site_code,started_at,customer_ref\nCALL-7,call,S1,2026-11-30 10:00,VIP-88\n", {}, false));
        const qint64 manager = *UserRepository(*ws.db).upsert({0, QStringLiteral("wang"), QStringLiteral("Wang Fang"), UserRole::Manager, std::nullopt});
        const qint64 lead = *UserRepository(*ws.db).upsert({0, QStringLiteral("li"), QStringLiteral("Li Na"), UserRole::Lead, std::nullopt});
        Session session;
        QVERIFY(session.open(ws.path, Database::OpenMode::OpenExisting));
        session.setUserId(lead);

        // Interactions ▸ Register complaint… asks for the complaint about the chosen call.
        InteractionsPage interactions(session);
        interactions.show();
        QTRY_COMPARE(interactions.model()->rowCount(), 1);
        interactions.view()->setCurrentIndex(interactions.model()->index(0, 0));
        auto *registerButton = interactions.findChild<QPushButton *>();
        QSignalSpy asked(&interactions, &InteractionsPage::complaintRequested);
        for (QPushButton *b : interactions.findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Register &complaint…"))
                registerButton = b;
        }
        QVERIFY(registerButton && registerButton->isEnabled());
        registerButton->click();
        QCOMPARE(asked.count(), 1);
        const qint64 interactionId = asked.first().at(0).toLongLong();

        ComplaintsPage page(session);
        page.resize(1366, 700);
        page.show();
        QCOMPARE(page.complaintTable()->rowCount(), 0);
        QCOMPARE(page.summaryLabel()->text(), QStringLiteral("No open complaints."));
        const QDateTime received(QDate(2026, 12, 1), QTime(9, 0));
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ComplaintIntakeDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogSeen = true;
            QCOMPARE(dialog->siteBox()->currentText(), QStringLiteral("East · Nanjing Road"));
            QCOMPARE(dialog->channelBox()->currentText(), QStringLiteral("Call"));
            QCOMPARE(dialog->customerEdit()->text(), QStringLiteral("VIP-88"));
            dialog->receivedEdit()->setDateTime(received);
            dialog->severityBox()->setCurrentIndex(dialog->severityBox()->findText(QStringLiteral("High")));
            // Times and durations do not break across lines (no-break spaces).
            QCOMPARE(dialog->dueLabel()->text().replace(QChar(0x00a0), QLatin1Char(' ')),
                     QStringLiteral("First response due by 2026-12-01 13:00 (4 h), resolution by 2026-12-02 09:00 (1 d)."));
            dialog->accept(); // no text yet: refused, the dialog says why
            QVERIFY(dialog->isVisible());
            dialog->descriptionEdit()->setPlainText(QStringLiteral("坐席中途挂断电话"));
            dialog->ownerBox()->setCurrentIndex(dialog->ownerBox()->findData(manager));
            dialog->accept();
        });
        page.setNow(QDateTime(QDate(2026, 12, 1), QTime(14, 30)));
        page.registerComplaint(interactionId);
        QVERIFY(dialogSeen);
        QCOMPARE(page.complaintTable()->rowCount(), 1);
        QCOMPARE(text(page.complaintTable(), 0, ComplaintsPage::ReferenceColumn), QStringLiteral("TS-20261201-0001"));
        QCOMPARE(text(page.complaintTable(), 0, ComplaintsPage::StatusColumn), QStringLiteral("Dispatched"));
        QCOMPARE(text(page.complaintTable(), 0, ComplaintsPage::OwnerColumn), QStringLiteral("Wang Fang"));
        QCOMPARE(text(page.complaintTable(), 0, ComplaintsPage::FirstResponseColumn), QStringLiteral("overdue by 1 h 30 min"));
        QCOMPARE(text(page.complaintTable(), 0, ComplaintsPage::ResolutionColumn), QStringLiteral("18 h 30 min left"));
        QCOMPARE(page.complaintTable()->item(0, ComplaintsPage::FirstResponseColumn)->foreground().color(), QColor(0xc6, 0x28, 0x28));
        QCOMPARE(page.summaryLabel()->text(), QStringLiteral("Open complaints: 1, overdue: 1."));
        // Both tables fill the page's width: the last column takes what the others leave.
        QCOMPARE(page.complaintTable()->horizontalHeader()->length(), page.complaintTable()->viewport()->width());
        QCOMPARE(page.historyTable()->horizontalHeader()->length(), page.historyTable()->viewport()->width());
        QCOMPARE(text(page.historyTable(), 1, 2), QStringLiteral("Dispatched"));
        QCOMPARE(text(page.historyTable(), 1, 3), QStringLiteral("Nanjing Road, Wang Fang"));
        // What the loop allows now: contact the customer, not close.
        QVERIFY(page.stepButton(QStringLiteral("responded"))->isEnabled());
        QVERIFY(!page.stepButton(QStringLiteral("closed"))->isEnabled());
        QVERIFY(!page.stepButton(QStringLiteral("reopened"))->isEnabled());

        // Another desk (its own connection to the workspace) has the same list open.
        Session desk;
        QVERIFY(desk.open(ws.path, Database::OpenMode::OpenExisting));
        desk.setUserId(lead);
        ComplaintsPage other(desk);
        other.show();
        QCOMPARE(other.complaintTable()->rowCount(), 1);

        // Later the clocks read differently: the page is drawn again as time passes.
        page.setNow(QDateTime(QDate(2026, 12, 2), QTime(10, 0)));
        QCOMPARE(text(page.complaintTable(), 0, ComplaintsPage::ResolutionColumn), QStringLiteral("overdue by 1 h"));

        session.setUserId(manager);
        QVERIFY(page.stepSelected(QStringLiteral("responded"), QStringLiteral("致电致歉")));
        QVERIFY(text(page.complaintTable(), 0, ComplaintsPage::FirstResponseColumn).startsWith(QStringLiteral("late by ")));
        QVERIFY(page.stepButton(QStringLiteral("resolved"))->isEnabled());
        QVERIFY(!page.stepSelected(QStringLiteral("resolved"), QStringLiteral(" ")));
        QCOMPARE(page.messageLabel()->text(), QStringLiteral("Say how the complaint was resolved."));
        QVERIFY(page.stepSelected(QStringLiteral("resolved"), QStringLiteral("退款并致歉")));
        QVERIFY(page.stepButton(QStringLiteral("closed"))->isEnabled());

        // The other desk saw it before the contact: its note is refused, naming who changed it.
        QVERIFY(!other.stepSelected(QStringLiteral("note"), QStringLiteral("稍后回访")));
        QVERIFY2(other.messageLabel()->text().contains(QStringLiteral("was changed by Wang Fang")), qPrintable(other.messageLabel()->text()));

        // The close dialog asks for the customer's word: nothing is chosen for them.
        {
            ComplaintCloseDialog dialog(page.shown().constFirst());
            dialog.show();
            QCOMPARE(dialog.satisfactionBox()->currentIndex(), 0);
            dialog.accept();
            QVERIFY(dialog.isVisible());
            QVERIFY(!dialog.problem()->text().isEmpty());
            dialog.satisfactionBox()->setCurrentIndex(dialog.satisfactionBox()->findData(4));
            QVERIFY(dialog.problem()->text().isEmpty());
            dialog.accept();
            QVERIFY(!dialog.isVisible());
            QCOMPARE(dialog.satisfaction(), std::optional<int>(4));
        }
        QVERIFY(page.stepSelected(QStringLiteral("closed"), QString(), 4));
        QCOMPARE(page.complaintTable()->rowCount(), 0); // those not closed are shown
        QCOMPARE(page.summaryLabel()->text(), QStringLiteral("No open complaints."));
        page.showBox()->setCurrentIndex(int(ComplaintsPage::Show::All));
        QCOMPARE(page.complaintTable()->rowCount(), 1);
        QCOMPARE(text(page.complaintTable(), 0, ComplaintsPage::StatusColumn), QStringLiteral("Closed"));
        QCOMPARE(page.historyTable()->rowCount(), 5);
        QStringList steps;
        for (int r = 0; r < page.historyTable()->rowCount(); ++r)
            steps << text(page.historyTable(), r, 2);
        QCOMPARE(steps, (QStringList{"Received", "Dispatched", "Customer contacted", "Resolved", "Closed"}));
        QCOMPARE(text(page.historyTable(), 4, 1), QStringLiteral("Wang Fang"));
        QCOMPARE(text(page.historyTable(), 4, 4), QStringLiteral("Satisfaction 4 of 5."));
        QVERIFY(page.stepButton(QStringLiteral("reopened"))->isEnabled());
        QVERIFY(!page.stepButton(QStringLiteral("resolved"))->isEnabled());

        // Settings ▸ Complaints: the four limits for every channel and the eight categories.
        ComplaintSettingsBox settings(session);
        QCOMPARE(settings.limitTable()->rowCount(), 4);
        QCOMPARE(text(settings.limitTable(), 2, 0), QStringLiteral("Every channel"));
        QCOMPARE(text(settings.limitTable(), 2, 1), QStringLiteral("High"));
        QCOMPARE(text(settings.limitTable(), 2, 2), QStringLiteral("4 h"));
        QCOMPARE(text(settings.limitTable(), 2, 3), QStringLiteral("1 d"));
        QCOMPARE(settings.categoryTable()->rowCount(), 8);
        // A store manager sees them; a QA lead changes them.
        QVERIFY(!settings.addLimitButton()->isEnabled());
        QVERIFY(!settings.addCategoryButton()->isEnabled());
        session.setUserId(lead);
        QVERIFY(settings.addLimitButton()->isEnabled());
        QVERIFY(settings.addCategoryButton()->isEnabled());
        QCOMPARE(text(settings.categoryTable(), 0, 2), QStringLiteral("服务态度"));
    }

    // A reference is what was typed or imported: the question that names it shows it as written,
    // never as a link.
    void theQuestionQuotesTheReferenceAsWritten()
    {
        test::Workspace ws;
        QVERIFY(test::importText(*ws.db, ImportKind::Sites, "code,name,kind,region\nS1,Nanjing Road,store,East\n"));
        const qint64 lead = *UserRepository(*ws.db).upsert({0, QStringLiteral("li"), QStringLiteral("Li Na"), UserRole::Lead, std::nullopt});
        ComplaintIntake intake;
        intake.reference = QStringLiteral("<a href=\"https://example.com/\">TS-1</a>");
        intake.siteId = test::scalar(*ws.db, QStringLiteral("SELECT id FROM sites")).toLongLong();
        intake.category = QStringLiteral("attitude");
        intake.description = QStringLiteral("排队太久");
        intake.receivedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0));
        const auto id = ComplaintStore(*ws.db).take(intake, lead, intake.receivedAt);
        QVERIFY2(id, qPrintable(id ? QString() : id.error()));
        Session session;
        QVERIFY(session.open(ws.path, Database::OpenMode::OpenExisting));
        session.setUserId(lead);
        ComplaintsPage page(session);
        page.show();
        QVERIFY(page.select(*id));
        QVERIFY(page.stepButton(QStringLiteral("note"))->isEnabled());
        QStringList shown;
        QList<Qt::TextFormat> formats;
        QTimer::singleShot(0, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog)
                return; // nothing is recorded, and the test fails below
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                shown << label->text();
                formats << label->textFormat();
            }
            dialog->close();
        });
        page.stepButton(QStringLiteral("note"))->click();
        QCOMPARE(shown, QStringList{QStringLiteral("<a href=\"https://example.com/\">TS-1</a>: the note for the history.")});
        QCOMPARE(formats, QList<Qt::TextFormat>{Qt::PlainText});
    }

    // Without someone working, nothing can be done; the page says why when asked to register.
    void nobodyWorkingChangesNothing()
    {
        test::Workspace ws;
        QVERIFY(test::importText(*ws.db, ImportKind::Sites, "code,name,kind,region\nS1,Nanjing Road,store,East\n"));
        Session session;
        QVERIFY(session.open(ws.path, Database::OpenMode::OpenExisting));
        ComplaintsPage page(session);
        page.show();
        page.registerComplaint();
        QVERIFY(page.messageLabel()->text().startsWith(QStringLiteral("Choose who is working")));
        QCOMPARE(test::scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM complaints")).toInt(), 0);
    }
};

QTEST_MAIN(TestComplaintsPage)
#include "tst_complaintspage.moc"
