// Settings ▸ Indicator targets as a QA lead uses it: the starting targets listed, a preset applied
// (and the channel's first-response time in Settings with it), a store's own target made in the
// dialog, and a target removed.

#include "csvimporter.h"
#include "indicatortargetsbox.h"
#include "durationspinbox.h"
#include "session.h"
#include "testsupport.h"
#include "userrepository.h"
#include "workspacesettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QPushButton>
#include <QComboBox>
#include <QMessageBox>
#include <QTimer>
#include <QDoubleSpinBox>
#include <QStandardPaths>
#include <QTableWidget>

using namespace servqa;

namespace {

// The rows as "indicator | channel | place | time | target | warning | alarm".
QStringList rows(QTableWidget *t)
{
    QStringList out;
    for (int r = 0; r < t->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < t->columnCount(); ++c)
            cells << t->item(r, c)->text();
        out << cells.join(QStringLiteral(" | "));
    }
    return out;
}

} // namespace

class TestIndicatorTargets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The targets and run rules decide which weeks raise alerts: an inspector or a store manager
    // sees them but cannot change them; a QA lead can, and the box says why when it cannot.
    void onlyALeadOrAnAdminSetsTargets()
    {
        test::Workspace ws;
        QVERIFY(test::importText(*ws.db, ImportKind::Sites, "code,name,kind,region\nS1,Nanjing Road,store,East\n"));
        const qint64 manager = *UserRepository(*ws.db).upsert({0, QStringLiteral("wang"), QStringLiteral("Wang Fang"), UserRole::Manager, std::nullopt});
        const qint64 lead = *UserRepository(*ws.db).upsert({0, QStringLiteral("li"), QStringLiteral("Li Na"), UserRole::Lead, std::nullopt});
        Session session;
        QVERIFY(session.open(ws.path, Database::OpenMode::OpenExisting));
        session.setUserId(manager);
        IndicatorTargetsBox box(session);
        QVERIFY(!box.addButton()->isEnabled());
        QVERIFY(!box.ruleBox(5)->isEnabled());
        QVERIFY(!maySetTargets(*session.database(), manager));
        session.setUserId(lead);
        QVERIFY(box.addButton()->isEnabled());
        QVERIFY(box.ruleBox(5)->isEnabled());
        QVERIFY(maySetTargets(*session.database(), lead));
    }

    void startingTargetsPresetsAndAStoresOwn()
    {
        test::Workspace ws;
        QVERIFY(test::importText(*ws.db, ImportKind::Sites, "code,name,kind,region\nS1,Nanjing Road,store,East\n"));
        Session session;
        QVERIFY(session.open(ws.path, Database::OpenMode::OpenExisting));
        IndicatorTargetsBox box(session);
        QCOMPARE(box.table()->rowCount(), 14);
        // The run rules: Western Electric 1–4 to start; rule 8 added is kept; the last one
        // cannot be taken away.
        QVERIFY(box.ruleBox(1)->isChecked() && box.ruleBox(4)->isChecked() && !box.ruleBox(5)->isChecked());
        box.ruleBox(8)->setChecked(true);
        QCOMPARE(WorkspaceSettings(*session.database()).runRules(), 0x8Fu);
        for (int r : {2, 3, 4, 8})
            box.ruleBox(r)->setChecked(false);
        QCOMPARE(WorkspaceSettings(*session.database()).runRules(), 0x01u);
        QTimer::singleShot(0, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(w))
                    box->accept();
            }
        });
        box.ruleBox(1)->setChecked(false); // refused, with a message
        QVERIFY(box.ruleBox(1)->isChecked());
        QCOMPARE(WorkspaceSettings(*session.database()).runRules(), 0x01u);
        QVERIFY(rows(box.table()).contains(QStringLiteral("First response on time | Chat | Every site | 30 s | 80.0 % | 75.0 % | 70.0 %")));
        QVERIFY(rows(box.table()).contains(QStringLiteral("Net Promoter Score (NPS) | Every channel | Every site | — | 30.0 | 20.0 | 10.0")));

        // The logistics preset: e-mails within 2 h, calls within 30 min — Settings' times too.
        box.presetBox()->setCurrentIndex(box.presetBox()->findData(QStringLiteral("logistics")));
        QCOMPARE(box.presetBox()->currentText(), QStringLiteral("Parcel enquiries answered within 2 h; cold-chain exceptions handled within 30 min"));
        box.applyPreset();
        QVERIFY(rows(box.table()).contains(QStringLiteral("First response on time | Call | Every site | 30 min | 95.0 % | 90.0 % | 85.0 %")));
        QVERIFY(rows(box.table()).contains(QStringLiteral("First response on time | Email | Every site | 2 h | 90.0 % | 85.0 % | 80.0 %")));
        QCOMPARE(box.table()->rowCount(), 14);
        QCOMPARE(WorkspaceSettings(*session.database()).responseTargets()->value(QStringLiteral("call")), 1800);

        // A store's own chat target, made in the dialog.
        IndicatorTarget start;
        start.target = 90;
        start.warning = 85;
        start.alarm = 80;
        IndicatorTargetDialog dialog(session, start);
        dialog.indicatorBox()->setCurrentIndex(dialog.indicatorBox()->findData(int(IndicatorKind::FirstResponse)));
        QVERIFY(dialog.limitBox()->isVisibleTo(&dialog));
        dialog.channelBox()->setCurrentIndex(dialog.channelBox()->findData(QStringLiteral("chat")));
        dialog.placeBox()->setCurrentIndex(dialog.placeBox()->findText(QStringLiteral("Nanjing Road")));
        dialog.limitBox()->setValue(60);
        dialog.targetBox()->setValue(95);
        const IndicatorTarget made = dialog.target();
        QCOMPARE(made.kind, IndicatorKind::FirstResponse);
        QCOMPARE(made.channel, std::optional<Channel>(Channel::Chat));
        QVERIFY(made.siteId.has_value());
        QCOMPARE(made.thresholdSeconds, std::optional<int>(60));
        QVERIFY(saveIndicatorTarget(*session.database(), made));
        box.reload();
        QVERIFY(rows(box.table()).contains(QStringLiteral("First response on time | Chat | Nanjing Road | 1 min | 95.0 % | 85.0 % | 80.0 %")));
        // Every site's chat time stays Settings' 30 s: the store's own is its alone.
        QCOMPARE(WorkspaceSettings(*session.database()).responseTargets()->value(QStringLiteral("chat")), 30);

        const int before = box.table()->rowCount();
        box.table()->selectRow(rows(box.table()).indexOf(QStringLiteral("First response on time | Chat | Nanjing Road | 1 min | 95.0 % | 85.0 % | 80.0 %")));
        box.removeTarget();
        QCOMPARE(box.table()->rowCount(), before - 1);
    }
};

QTEST_MAIN(TestIndicatorTargets)
#include "tst_indicatortargets.moc"
