// The Alerts page as a store manager uses it: the import of a slow fortnight raises the alerts at
// once (no refresh), the navigation's count follows, the cases behind an alert are listed, and an
// alert acknowledged with a note stays listed, greyed, out of the open ones.

#include "alertspage.h"
#include "alertswatcher.h"
#include "csvimporter.h"
#include "interactionlistmodel.h"
#include "interactionspage.h"
#include "session.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace servqa;

namespace {

// 22 weeks of calls at S1 ending this week: 18 of 20 answered within 20 s each week, then 8 of 20
// in the last two — the shift the control chart finds.
QByteArray callsUpToThisWeek()
{
    QByteArray csv("external_id,channel,site_code,started_at,first_response_s\n");
    const QDate monday = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek());
    int n = 0;
    for (int week = 0; week < 22; ++week) {
        const int within = week < 20 ? 18 : 8;
        for (int c = 0; c < 20; ++c) {
            // This week's calls are on its Monday, before now.
            const QDate day = week == 21 ? monday : monday.addDays(7 * (week - 21) + c % 5);
            csv += QStringLiteral("C%1,call,S1,%2 00:%3,%4\n").arg(++n).arg(day.toString(Qt::ISODate)).arg(c, 2, 10, QLatin1Char('0'))
                       .arg(c < within ? 10 : 40).toUtf8();
        }
    }
    return csv;
}

using test::importText;

QString text(QTableWidget *t, int row, int column)
{
    return t->item(row, column) ? t->item(row, column)->text() : QString();
}

} // namespace

class TestAlertsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anImportRaisesAlertsThePageShowsAndAManagerAcknowledges()
    {
        test::Workspace ws;
        QVERIFY(importText(*ws.db, ImportKind::Sites, "code,name,kind,region\nS1,Nanjing Road,store,East\n"));
        test::scalar(*ws.db, QStringLiteral("INSERT INTO users (login, name, role) VALUES ('manager1', 'Li Na', 'manager')"));
        Session session;
        AlertsWatcher watcher(session);
        QSignalSpy updated(&watcher, &AlertsWatcher::updated);
        QVERIFY(session.open(ws.path, Database::OpenMode::OpenExisting));
        QTRY_VERIFY(updated.count() >= 1); // the look when the workspace opened
        QCOMPARE(watcher.openCount(), 0);
        AlertsPage page(session, watcher);
        page.resize(1366, 700);
        page.show();
        QCOMPARE(page.alertTable()->rowCount(), 0);

        // The import dialog imports the calls and leaves the alerts to the watcher, which hears of
        // new data and raises them; the page shows them.
        QVERIFY(importText(*session.database(), ImportKind::Interactions, callsUpToThisWeek(), {}, false));
        QCOMPARE(test::scalar(*session.database(), QStringLiteral("SELECT COUNT(*) FROM alerts")).toInt(), 0);
        session.notifyDataChanged();
        QTRY_VERIFY(watcher.openCount() > 0);
        QTRY_VERIFY(page.alertTable()->rowCount() > 0);
        QStringList signalsShown;
        for (int r = 0; r < page.alertTable()->rowCount(); ++r) {
            if (text(page.alertTable(), r, 5).contains(QStringLiteral("rule 1")))
                signalsShown << text(page.alertTable(), r, 2) + QStringLiteral(" | ") + text(page.alertTable(), r, 3) + QStringLiteral(" | ")
                                    + text(page.alertTable(), r, 1);
        }
        QCOMPARE(signalsShown, (QStringList{"Nanjing Road | First response on time | Alarm", "Nanjing Road | First response on time | Alarm"}));

        // The cases behind the first alert: the calls of its week, the late ones first.
        page.alertTable()->selectRow(0);
        QVERIFY(page.caseTable()->rowCount() > 0);
        QVERIFY(text(page.caseTable(), 0, 3).contains(QStringLiteral("first response 40 s (within 20 s)")));

        // A double-click opens the call where it lives: the Interactions page shows it, selected.
        QSignalSpy opened(&page, &AlertsPage::interactionRequested);
        emit page.caseTable()->cellDoubleClicked(0, 1);
        QCOMPARE(opened.count(), 1);
        const QString reference = opened.first().at(0).toString();
        QCOMPARE(reference, text(page.caseTable(), 0, 1));
        const QDate day = opened.first().at(1).toDate();
        QCOMPARE(day.toString(Qt::ISODate), text(page.caseTable(), 0, 0).left(10));
        InteractionsPage interactions(session);
        interactions.show();
        interactions.showInteraction(reference, day);
        QTRY_COMPARE(interactions.model()->rowCount(), 1);
        QTRY_COMPARE(interactions.view()->currentIndex().row(), 0);
        QCOMPARE(interactions.model()->rowAt(0)->externalId, reference);

        const int open = watcher.openCount();
        session.setUserId(test::scalar(*session.database(), QStringLiteral("SELECT id FROM users WHERE login = 'manager1'")).toLongLong());
        page.alertTable()->selectRow(0);
        QVERIFY(page.acknowledgeButton()->isEnabled());
        QVERIFY(page.acknowledgeSelected(QStringLiteral("两名新员工在培训期")));
        QTRY_COMPARE(watcher.openCount(), open - 1);
        int acknowledgedRow = -1;
        for (int r = 0; r < page.alertTable()->rowCount(); ++r) {
            if (!text(page.alertTable(), r, 7).isEmpty())
                acknowledgedRow = r;
        }
        QVERIFY(acknowledgedRow >= 0);
        QVERIFY(text(page.alertTable(), acknowledgedRow, 7).startsWith(QStringLiteral("Li Na, ")));
        QVERIFY(text(page.alertTable(), acknowledgedRow, 7).endsWith(QStringLiteral(": 两名新员工在培训期")));
        QCOMPARE(page.alertTable()->item(acknowledgedRow, 1)->foreground().color(), page.palette().color(QPalette::Disabled, QPalette::Text));
        page.alertTable()->selectRow(acknowledgedRow);
        QVERIFY(!page.acknowledgeButton()->isEnabled());
        const int all = page.alertTable()->rowCount();
        const qint64 acknowledgedId = page.shown()[acknowledgedRow].id;
        page.openOnlyBox()->setChecked(true);
        QCOMPARE(page.alertTable()->rowCount(), all - 1);
        // An action's "Open source" finds the alert it came from, acknowledged or not.
        QVERIFY(page.showAlert(acknowledgedId));
        QCOMPARE(page.alertTable()->rowCount(), all);
        QCOMPARE(page.shown()[page.alertTable()->currentRow()].id, acknowledgedId);
    }
};

QTEST_MAIN(TestAlertsPage)
#include "tst_alertspage.moc"
