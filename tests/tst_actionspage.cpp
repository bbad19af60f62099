// The Actions page as a QA lead and a store manager use it: an action raised from a complaint with
// the measure's figures shown as it is chosen, taken by its owner through start and done, verified
// by the lead on the data (before 30 %, after 5 %); the buttons each role may use; the root cause
// dialog; the actions report.

#include "actiondialogs.h"
#include "actionspage.h"
#include "report/auditreports.h"
#include "complaints.h"
#include "complaintspage.h"
#include "evaluationworkflow.h"
#include "fmeatab.h"
#include "pdcatab.h"
#include "pdftext.h"
#include "formjson.h"
#include "formrepository.h"
#include "interactionrepository.h"
#include "session.h"
#include "siterepository.h"
#include "testsupport.h"
#include "userrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace servqa;

namespace {

QString text(QTableWidget *t, int row, int column)
{
    return t->item(row, column) ? t->item(row, column)->text() : QString();
}

const char *const FormJson = R"({
  "code": "SC-1", "name": "Hotline", "kind": "scorecard", "status": "active", "passMark": 80,
  "sections": [{"key": "main", "title": "Main", "kind": "standard", "weight": 1, "items": [
      {"key": "r1", "text": "Checked the order", "type": "yesno", "weight": 1, "dimension": "reliability"}]}]})";

// One store: 40 evaluations 70 to 41 days ago of which 12 failed "checked the order", 40 in the
// last 40 days of which 2 failed; a complaint about it.
struct PageFixture
{
    test::Workspace ws;
    qint64 store = 0, lead = 0, manager = 0, complaint = 0;
    Form form;
    QDate today = QDate::currentDate();

    PageFixture()
    {
        Database &db = *ws.db;
        Site s;
        s.code = QStringLiteral("S1");
        s.name = QStringLiteral("Nanjing Road");
        s.kind = SiteKind::Store;
        s.region = QStringLiteral("East");
        store = *SiteRepository(db).upsert(s);
        UserRepository users(db);
        lead = *users.upsert({0, QStringLiteral("li"), QStringLiteral("Li Na"), UserRole::Lead, std::nullopt});
        manager = *users.upsert({0, QStringLiteral("wang"), QStringLiteral("Wang Fang"), UserRole::Manager, store});
        const qint64 inspector = *users.upsert({0, QStringLiteral("chen"), QStringLiteral("Chen Jing"), UserRole::Inspector, std::nullopt});
        form = *FormRepository(db).insertVersion(*formFromJson(FormJson, QStringLiteral("SC-1")));
        EvaluationWorkflow flow(db, inspector);
        for (int k = 0; k < 80; ++k) {
            Interaction i;
            i.externalId = QStringLiteral("C%1").arg(k);
            i.channel = Channel::Call;
            i.siteId = store;
            const bool before = k < 40;
            i.startedAt = QDateTime(today.addDays(before ? -70 + k % 30 : -40 + k % 40), QTime(11, 0));
            const qint64 interaction = *InteractionRepository(db).upsert(i);
            const qint64 id = *flow.startDraft(interaction, form.versionId);
            const bool fails = before ? k < 12 : k < 42;
            if (!flow.saveDraft(id, {{QStringLiteral("r1"), fails ? Answer::no() : Answer::yes()}}, QString()) || !flow.submit(id))
                qFatal("fixture evaluation refused");
        }
        ComplaintIntake c;
        c.channel = Channel::Call;
        c.siteId = store;
        c.category = QStringLiteral("delivery");
        c.description = QStringLiteral("订单号没核对，发错了货");
        c.receivedAt = QDateTime(today.addDays(-50), QTime(9, 0));
        complaint = *ComplaintStore(db).take(c, lead, QDateTime(today.addDays(-50), QTime(9, 5)));
    }
};

} // namespace

class TestActionsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fromAComplaintToAVerifiedAction()
    {
        PageFixture f;
        Session session;
        QVERIFY(session.open(f.ws.path, Database::OpenMode::OpenExisting));
        session.setUserId(f.lead);

        // Complaints ▸ Raise action… asks for an action on the chosen complaint.
        ComplaintsPage complaints(session);
        complaints.show();
        QCOMPARE(complaints.complaintTable()->rowCount(), 1);
        QSignalSpy asked(&complaints, &ComplaintsPage::actionRequested);
        QPushButton *raiseButton = nullptr;
        for (QPushButton *b : complaints.findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Raise &action…"))
                raiseButton = b;
        }
        QVERIFY(raiseButton && raiseButton->isEnabled());
        raiseButton->click();
        QCOMPARE(asked.count(), 1);
        const ActionDraft prefill = asked.first().at(0).value<ActionDraft>();
        QCOMPARE(prefill.origin.kind, ActionSource::Complaint);
        QCOMPARE(*prefill.origin.id, f.complaint);
        QCOMPARE(*prefill.siteId, f.store);

        ActionsPage page(session);
        page.resize(1366, 700);
        page.show();
        QCOMPARE(page.actionTable()->rowCount(), 0);
        bool dialogSeen = false;
        QDate due;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ActionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogSeen = true;
            QCOMPARE(dialog->placeBox()->currentText(), QStringLiteral("Nanjing Road"));
            dialog->accept(); // no title, no owner: refused
            QVERIFY(dialog->isVisible());
            dialog->titleEdit()->setText(QStringLiteral("Read the order number back"));
            dialog->ownerBox()->setCurrentIndex(dialog->ownerBox()->findData(f.manager));
            dialog->measureBox()->setCurrentIndex(dialog->measureBox()->findData(int(MeasureKind::ItemFailure)));
            QCOMPARE(dialog->itemBox()->currentText(), QStringLiteral("Hotline · Checked the order"));
            ActionDraft d = dialog->draft();
            QCOMPARE(d.measure.itemKey, QStringLiteral("r1"));
            // The periods the fixture's evaluations fall in.
            auto edits = dialog->findChildren<QDateEdit *>();
            QCOMPARE(edits.size(), 5); // due, before ×2, after ×2
            due = edits[0]->date();
            edits[1]->setDate(f.today.addDays(-70));
            edits[2]->setDate(f.today.addDays(-41));
            edits[3]->setDate(f.today.addDays(-40));
            edits[4]->setDate(f.today.addDays(-1));
            QTRY_COMPARE(dialog->previewLabel()->text(), QStringLiteral("So far: 30.0 % → 5.0 % (n 40 and 40), two-proportion z test, p = 0.003"));
            dialog->accept();
        });
        page.raiseAction(prefill);
        QVERIFY(dialogSeen);
        QCOMPARE(page.actionTable()->rowCount(), 1);
        const QString reference = QStringLiteral("CA-%1-0001").arg(f.today.toString(QStringLiteral("yyyyMMdd")));
        QCOMPARE(text(page.actionTable(), 0, ActionsPage::ReferenceColumn), reference);
        QCOMPARE(text(page.actionTable(), 0, ActionsPage::SourceColumn), QStringLiteral("Complaint"));
        QCOMPARE(text(page.actionTable(), 0, ActionsPage::OwnerColumn), QStringLiteral("Wang Fang"));
        QCOMPARE(text(page.actionTable(), 0, ActionsPage::DueColumn), due.toString(Qt::ISODate)); // as every other date: 2026-12-21
        QCOMPARE(text(page.actionTable(), 0, ActionsPage::StatusColumn), QStringLiteral("Open"));
        QCOMPARE(page.summaryLabel()->text(), QStringLiteral("Open actions: 1, overdue: 0; done, to verify: 0."));
        QVERIFY(page.detailsLabel()->text().contains(QStringLiteral("Failure rate of «Checked the order» (Hotline)")));
        // The lead may change and note it, not verify an open one.
        QVERIFY(page.stepButton(QStringLiteral("started"))->isEnabled());
        QVERIFY(!page.stepButton(QStringLiteral("verified"))->isEnabled());

        // The owner takes it through.
        session.setUserId(f.manager);
        QVERIFY(page.stepSelected(QStringLiteral("started"), QString()));
        QCOMPARE(text(page.actionTable(), 0, ActionsPage::StatusColumn), QStringLiteral("In progress"));
        QVERIFY(page.stepSelected(QStringLiteral("done"), QStringLiteral("Agents trained")));
        QCOMPARE(text(page.actionTable(), 0, ActionsPage::StatusColumn), QStringLiteral("Done, to verify"));
        QVERIFY(!page.stepButton(QStringLiteral("verified"))->isEnabled()); // not the owner's to verify
        QVERIFY(!page.verifySelected());
        QVERIFY(page.messageLabel()->text().startsWith(QStringLiteral("A QA lead or an administrator verifies actions")));

        // The lead verifies it on the data.
        session.setUserId(f.lead);
        QVERIFY(page.stepButton(QStringLiteral("verified"))->isEnabled());
        QVERIFY(page.verifySelected());
        QCOMPARE(text(page.actionTable(), 0, ActionsPage::StatusColumn), QStringLiteral("Verified effective"));
        QCOMPARE(text(page.actionTable(), 0, ActionsPage::VerificationColumn),
                 QStringLiteral("30.0 % → 5.0 % (n 40 and 40), two-proportion z test, p = 0.003"));
        QCOMPARE(page.historyTable()->rowCount(), 4);
        QCOMPARE(text(page.historyTable(), 3, 2), QStringLiteral("Verified effective"));
        QCOMPARE(text(page.historyTable(), 3, 3), QStringLiteral("An item's failure rate: 30.0 % before (n = 40), 5.0 % after (n = 40), p = 0.0033"));

        // The actions report of the store: its one action, verified.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("actions.pdf"));
        const auto pages = writeActionsReport(*session.database(), {std::nullopt, f.store, {f.today.addDays(-89), f.today}}, pdf, {});
        QVERIFY2(pages, qPrintable(pages ? QString() : pages.error()));
        QCOMPARE(*pages, 1);
        // It names the tests behind a verdict, not a file of ours its reader does not have.
        const QString report = test::pdfText(pdf).simplified();
        VERIFY_TEXT(report, QStringLiteral("by the two-proportion z test for a share (Fisher's exact test when a period has few cases) and by "
                                           "Welch's t test for a mean"));
        QVERIFY(!report.contains(QStringLiteral("docs/")));
        // Its periods written as the report's own period is ("… to …"), not once with "–".
        const auto iso = [&](int days) { return f.today.addDays(days).toString(Qt::ISODate); };
        VERIFY_TEXT(report, QStringLiteral("(Hotline): %1 to %2 against %3 to %4.").arg(iso(-70), iso(-41), iso(-40), iso(-1)));
        VERIFY_TEXT(report, QStringLiteral("%1 to %2").arg(iso(-89), iso(0)));
    }

    // The FMEA tab: a lead's register with RPN and AP, the recommended action raised from a mode
    // and linked back, the mode rated again beside its first rating; a manager only reads it.
    void theFmeaRegister()
    {
        PageFixture f;
        FmeaMode m;
        m.process = QStringLiteral("Hotline call flow");
        m.step = QStringLiteral("Opening");
        m.failureMode = QStringLiteral("Order number not checked");
        m.rating = {7, 8, 6};
        m.formId = f.form.formId;
        m.itemKey = QStringLiteral("r1");
        QVERIFY(FmeaStore(*f.ws.db).save(m, f.lead, QDateTime::currentDateTime()));
        Session session;
        QVERIFY(session.open(f.ws.path, Database::OpenMode::OpenExisting));
        session.setUserId(f.manager);
        ActionsPage page(session);
        page.resize(1366, 700);
        page.show();
        page.showFmea();
        FmeaTab *tab = page.fmeaTab();
        QCOMPARE(tab->table()->rowCount(), 1);
        QCOMPARE(text(tab->table(), 0, FmeaTab::RatingColumn), QStringLiteral("7 · 8 · 6"));
        QCOMPARE(text(tab->table(), 0, FmeaTab::RpnColumn), QStringLiteral("336"));
        QCOMPARE(text(tab->table(), 0, FmeaTab::PriorityColumn), QStringLiteral("High"));
        QVERIFY(!tab->addButton()->isEnabled()); // a manager reads it

        session.setUserId(f.lead);
        QVERIFY(tab->addButton()->isEnabled());
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ActionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // The item that measures the mode is the action's measure; its title the failure.
            QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Order number not checked"));
            QCOMPARE(dialog->itemBox()->currentText(), QStringLiteral("Hotline · Checked the order"));
            dialog->ownerBox()->setCurrentIndex(dialog->ownerBox()->findData(f.manager));
            dialog->accept();
        });
        QPushButton *raise = nullptr;
        for (QPushButton *b : tab->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Raise &action…"))
                raise = b;
        }
        QVERIFY(raise && raise->isEnabled());
        raise->click();
        QCOMPARE(tab->table()->rowCount(), 1);
        const QString reference = QStringLiteral("CA-%1-0001").arg(f.today.toString(QStringLiteral("yyyyMMdd")));
        QCOMPARE(text(tab->table(), 0, FmeaTab::ActionColumn), reference + QStringLiteral(" (Open)"));
        QVERIFY(!raise->isEnabled()); // one action per mode
        QVERIFY(tab->rateSelectedAfter({7, 4, 6}));
        QCOMPARE(text(tab->table(), 0, FmeaTab::AfterColumn), QStringLiteral("7 · 4 · 6"));
        QCOMPARE(text(tab->table(), 0, FmeaTab::RpnAfterColumn), QStringLiteral("168"));
        QCOMPARE(text(tab->table(), 0, FmeaTab::PriorityAfterColumn), QStringLiteral("Medium"));
        QCOMPARE(text(tab->table(), 0, FmeaTab::RpnColumn), QStringLiteral("336"));

        // The mode dialog proposes the occurrence from the item: 14 of 80 failed in the last 90 days.
        FmeaModeDialog dialog(*session.database(), FmeaStore(*session.database()).modes()->first(), {}, nullptr);
        dialog.proposeOccurrence();
        QCOMPARE(dialog.occurrenceBox()->value(), 7);
        QCOMPARE(dialog.proposalLabel()->text(), QStringLiteral("The item failed 14 of 80 times in the last 90 days (17.5 %): occurrence 7."));
        QCOMPARE(dialog.riskLabel()->text(), QStringLiteral("RPN 294 · action priority High"));
    }

    // The PDCA board: a lead's cycle on the item, its action, taken through Do and Check (30 % → 5 %
    // against a target of 10 %) to another cycle; each in its stage's column.
    void thePdcaBoard()
    {
        PageFixture f;
        PdcaPlan p;
        p.goal = QStringLiteral("Order checks failing under 10 %");
        p.siteId = f.store;
        p.ownerId = f.manager;
        p.measure.kind = MeasureKind::ItemFailure;
        p.measure.formId = f.form.formId;
        p.measure.itemKey = QStringLiteral("r1");
        p.measure.before = {f.today.addDays(-70), f.today.addDays(-41)};
        p.target = 10;
        const QDateTime now = QDateTime::currentDateTime();
        const auto cycle = PdcaStore(*f.ws.db).plan(p, f.lead, now);
        QVERIFY2(cycle, qPrintable(cycle ? QString() : cycle.error()));
        ActionDraft d;
        d.title = QStringLiteral("Read the order number back");
        d.ownerId = f.manager;
        d.due = f.today.addDays(7);
        const auto action = ActionStore(*f.ws.db).raise(d, f.lead, now);
        QVERIFY(action);
        Session session;
        QVERIFY(session.open(f.ws.path, Database::OpenMode::OpenExisting));
        session.setUserId(f.lead);
        ActionsPage page(session);
        page.resize(1366, 700);
        page.show();
        PdcaTab *tab = page.pdcaTab();
        QCOMPARE(tab->column(PdcaStage::Plan)->count(), 1);
        QVERIFY(tab->detailsLabel()->text().contains(QStringLiteral("Target: 10.0 (at most).")));
        QVERIFY(!tab->startSelected()); // no action yet
        QVERIFY(tab->addActionToSelected(*action));
        QVERIFY(tab->startSelected());
        QCOMPARE(tab->column(PdcaStage::Do)->count(), 1);
        QVERIFY(tab->checkSelected({f.today.addDays(-40), f.today.addDays(-1)}));
        QCOMPARE(tab->column(PdcaStage::Check)->count(), 1);
        QVERIFY2(tab->detailsLabel()->text().contains(QStringLiteral("5.0 against the baseline's 30.0, p = 0.003; the target is reached.")),
                 qPrintable(tab->detailsLabel()->text()));
        QVERIFY(tab->actOnSelected(std::nullopt, true, QStringLiteral("Aim at 3 % next")));
        QCOMPARE(tab->column(PdcaStage::Act)->count(), 1);
        QCOMPARE(tab->column(PdcaStage::Plan)->count(), 1); // the next cycle
        session.setUserId(f.manager);
        QVERIFY(!tab->nextButton()->isEnabled()); // a lead's to run
    }

    // The root cause dialog keeps the whys in order and the causes with their category and root mark.
    void theRootCauseDialog()
    {
        CorrectiveAction a;
        a.reference = QStringLiteral("CA-20261201-0001");
        a.whys = {QStringLiteral("Agents skip the number")};
        a.causes = {{CauseCategory::People, QStringLiteral("Not trained"), false}};
        RootCauseDialog dialog(a);
        QCOMPARE(dialog.whyEdit(0)->text(), QStringLiteral("Agents skip the number"));
        dialog.whyEdit(1)->setText(QStringLiteral("The script does not ask"));
        dialog.addCause({CauseCategory::Methods, QStringLiteral("Script not updated"), true});
        QCOMPARE(dialog.whys().mid(0, 2), (QStringList{"Agents skip the number", "The script does not ask"}));
        const QVector<RootCause> causes = dialog.causes();
        QCOMPARE(causes.size(), 2);
        QCOMPARE(causes[1].category, CauseCategory::Methods);
        QVERIFY(causes[1].root);
        QVERIFY(!causes[0].root);
    }
};

QTEST_MAIN(TestActionsPage)
#include "tst_actionspage.moc"
