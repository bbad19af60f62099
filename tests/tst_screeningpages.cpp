// Screening in the app (issue 22): a QA lead writes a rule in the condition tree, tests the set on
// past evaluations and saves it as the next version; Settings lists the versions and screens again;
// the Dashboards' Screening tab counts what the rules found and lists the interactions behind a row.

#include "conditioneditor.h"
#include "demogenerator.h"
#include "formatting.h"
#include "interactionlistmodel.h"
#include "interactionspage.h"
#include "screeningtab.h"
#include "charts/screeningtrendchart.h"
#include "ruletestpanel.h"
#include "rulesetdialog.h"
#include "screening.h"
#include "screeningrulesbox.h"
#include "session.h"
#include "testsupport.h"
#include "translations.h"
#include "workspacesettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <qcustomplot.h>

using namespace servqa;

namespace {

QByteArray json(const Condition &c)
{
    return QJsonDocument(conditionToJson(c)).toJson(QJsonDocument::Compact);
}

} // namespace

class TestScreeningPages : public QObject
{
    Q_OBJECT

    test::Workspace *m_ws = nullptr;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QStringLiteral("en"));
        m_ws = new test::Workspace;
        DemoOptions options;
        options.evaluations = 300;
        options.seed = 5;
        options.endDate = QDate(2026, 3, 31);
        QVERIFY(generateDemo(*m_ws->db, options));
        QVERIFY(screenWorkspace(*m_ws->db));
    }

    void cleanupTestCase() { delete m_ws; }

    void conditionTreeEditsWhatTheFileSays()
    {
        ConditionEditor editor;
        const RuleSet builtIn = builtInRuleSet();
        const Condition &unverified = builtIn.find(QStringLiteral("unverified_account"))->when;
        editor.setCondition(unverified);
        QCOMPARE(json(editor.condition()), json(unverified)); // every node, as read
        QCOMPARE(editor.tree()->topLevelItem(0)->text(0), QStringLiteral("All of these (AND)"));

        // A single test, then "add": the two joined by "all of these".
        Condition greeting;
        greeting.phrases = {QStringLiteral("您好")};
        editor.setCondition(greeting);
        editor.addButton()->click();
        Condition c = editor.condition();
        QCOMPARE(c.kind, Condition::Kind::All);
        QCOMPARE(c.children.size(), 2);
        QCOMPARE(c.children[0].phrases, QStringList{QStringLiteral("您好")});
        // The new one is chosen: its phrases, speaker and place are typed in the fields below.
        editor.phrasesEdit()->setPlainText(QStringLiteral("投诉\n 12315 \n\ncomplaint"));
        editor.speakerCombo()->setCurrentIndex(2); // customer
        QVERIFY(!editor.partSpin()->isEnabled()); // anywhere: no N to give
        editor.partCombo()->setCurrentIndex(2);    // the last N turns
        QVERIFY(editor.partSpin()->isEnabled());
        editor.partSpin()->setValue(3);
        c = editor.condition();
        QCOMPARE(c.children[1].phrases, (QStringList{QStringLiteral("投诉"), QStringLiteral("12315"), QStringLiteral("complaint")}));
        QCOMPARE(c.children[1].scope.speaker, std::optional(Speaker::Customer));
        QCOMPARE(c.children[1].scope.part, RuleScope::Part::LastTurns);
        QCOMPARE(c.children[1].scope.n, 3.0);
        QCOMPARE(editor.tree()->currentItem()->text(0), QStringLiteral("Any of «投诉», «12315», «complaint» (Customer, in the last 3 turns)"));
        QVERIFY(conditionFromJson(conditionToJson(c), QStringLiteral("when")));
        editor.partCombo()->setCurrentIndex(0); // back to anywhere
        QVERIFY(!editor.partSpin()->isEnabled());
        editor.partCombo()->setCurrentIndex(2);

        // The root cannot be removed; a child can.
        editor.removeButton()->click();
        QCOMPARE(editor.condition().children.size(), 1);
        QVERIFY(!editor.removeButton()->isEnabled()); // the group is chosen again
        // A group turned into a test gives up what it held.
        editor.kindCombo()->setCurrentIndex(editor.kindCombo()->findData(int(Condition::Kind::Silence)));
        QCOMPARE(editor.condition().kind, Condition::Kind::Silence);
        QVERIFY(editor.condition().children.isEmpty());
        QCOMPARE(editor.tree()->topLevelItem(0)->childCount(), 0);
    }

    // The interaction data a rule compares: the channels the field's hint offers are the ones a
    // rule set takes (it offered "message", which every rule refused), and the rule's line in
    // the tree reads the field and value in words, in either language.
    void interactionDataIsOfferedAndDescribedAsTheRulesTakeIt()
    {
        ConditionEditor editor;
        QString hint;
        for (const QComboBox *box : editor.findChildren<QComboBox *>()) {
            if (const int at = box->findData(QStringLiteral("channel")); at >= 0)
                hint = box->itemText(at);
        }
        QCOMPARE(hint, QStringLiteral("channel (call, chat, email, social, visit)"));
        const QString listed = hint.section(QLatin1Char('('), 1).chopped(1);
        for (const QString &key : listed.split(QStringLiteral(", "))) {
            Condition c;
            c.kind = Condition::Kind::Metadata;
            c.field = QStringLiteral("channel");
            c.op = QStringLiteral("=");
            c.value = key;
            QVERIFY2(conditionFromJson(conditionToJson(c), QStringLiteral("when")), qPrintable(key));
        }
        Condition social;
        social.kind = Condition::Kind::Metadata;
        social.field = QStringLiteral("channel");
        social.op = QStringLiteral("=");
        social.value = QStringLiteral("social");
        Condition longCall = social;
        longCall.field = QStringLiteral("duration");
        longCall.op = QStringLiteral(">");
        longCall.value = QStringLiteral("600");
        QCOMPARE(ConditionEditor::describe(social), QStringLiteral("Interaction data: channel = Social media"));
        QCOMPARE(ConditionEditor::describe(longCall), QStringLiteral("Interaction data: duration > 600 s"));
        Condition repeat;
        repeat.kind = Condition::Kind::RepeatContact;
        repeat.atLeast = 1;
        repeat.withinDays = 7;
        QCOMPARE(ConditionEditor::describe(repeat), QStringLiteral("At least 1 earlier contact of the same customer within 7 days"));
        Condition nothingYet;
        nothingYet.kind = Condition::Kind::Phrases; // being written: no phrase typed yet
        QCOMPARE(ConditionEditor::describe(nothingYet), QStringLiteral("Any of … (anyone, anywhere)"));
        installTranslations(QStringLiteral("zh_CN"));
        QCOMPARE(ConditionEditor::describe(repeat), QStringLiteral("同一顾客 7 天内此前至少联系 1 次"));
        QCOMPARE(ConditionEditor::describe(longCall), QStringLiteral("客户交互数据：时长 > 600 秒"));
        Condition phrases;
        phrases.kind = Condition::Kind::Phrases;
        phrases.phrases = {QStringLiteral("投诉"), QStringLiteral("12315")};
        QCOMPARE(ConditionEditor::describe(phrases), QStringLiteral("任一出现 “投诉”、“12315”（任何人，任意位置）"));
        installTranslations(QStringLiteral("en"));
    }

    void aLeadWritesTestsAndSavesARule()
    {
        Session session;
        QVERIFY(session.open(m_ws->path, Database::OpenMode::OpenExisting));
        const auto active = activeRuleSets(*session.database());
        QVERIFY(active && active->size() == 1);
        RuleSetDialog dialog(session, active->first(), true);
        QCOMPARE(dialog.ruleList()->count(), 9);
        QCOMPARE(dialog.codeEdit()->text(), QStringLiteral("builtin"));
        QVERIFY(dialog.codeEdit()->isReadOnly()); // the next version keeps the code

        // A new rule: the customer asks for a refund, answered on the demo's scorecard item.
        dialog.addRuleButton()->click();
        QCOMPARE(dialog.ruleList()->count(), 10);
        dialog.ruleNameEdit()->setText(QStringLiteral("退款诉求 Refund request"));
        dialog.ruleKeyEdit()->setText(QStringLiteral("refund"));
        ConditionEditor *when = dialog.conditionEditor();
        // Empty phrases: refused, naming the rule.
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.problemLabel()->text().startsWith(QStringLiteral("Rule \"退款诉求 Refund request\": rules[9].when")),
                 qPrintable(dialog.problemLabel()->text()));
        when->phrasesEdit()->setPlainText(QStringLiteral("退款\nrefund"));
        when->speakerCombo()->setCurrentIndex(2);
        // Anywhere in the call: no N of turns to give, however the dialog refreshes the editor.
        QCOMPARE(when->partCombo()->currentIndex(), 0);
        QVERIFY(!when->partSpin()->isEnabled());
        when->partCombo()->setCurrentIndex(1);
        QVERIFY(when->partSpin()->isEnabled());
        when->partCombo()->setCurrentIndex(0);
        QVERIFY(!when->partSpin()->isEnabled());
        dialog.answersItemChoice()->setChecked(true);
        const int greeting = dialog.itemCombo()->findData(QStringLiteral("greeting"));
        QVERIFY(greeting >= 0);
        dialog.itemCombo()->setCurrentIndex(greeting);
        QCOMPARE(dialog.matchedCombo()->itemText(0), QStringLiteral("Yes")); // a yes/no item's answers
        dialog.matchedCombo()->setCurrentIndex(1); // No
        const auto edited = dialog.editedSet();
        QVERIFY2(edited, qPrintable(edited.ok() ? QString() : edited.error()));
        const ScreeningRule *refund = edited->find(QStringLiteral("refund"));
        QVERIFY(refund && refund->item);
        QCOMPARE(refund->item->itemKey, QStringLiteral("greeting"));
        QCOMPARE(refund->item->whenMatched, 0.0);
        QVERIFY(!refund->item->whenNotMatched);
        QCOMPARE(refund->when.phrases, (QStringList{QStringLiteral("退款"), QStringLiteral("refund")}));

        // Test on the demo's last quarter: the table shows what the core counts for the same set.
        RuleTestPanel *test = dialog.testPanel();
        test->setPeriod(QDate(2026, 1, 1), QDate(2026, 3, 31));
        test->runButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!test->isRunning(), 30000);
        const qint64 from = QDateTime(QDate(2026, 1, 1), QTime(0, 0)).toSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2026, 4, 1), QTime(0, 0)).toSecsSinceEpoch();
        ScreeningOptions options;
        options.from = from;
        options.to = to;
        options.store = false;
        const auto counted = screenInteractions(*session.database(), {*edited}, options);
        QVERIFY(counted);
        const auto agreement = ruleAgreement(*session.database(), *edited, counted->outcomes.first(), from, to);
        QVERIFY(agreement);
        QTableWidget *rules = test->rulesTable();
        QCOMPARE(rules->rowCount(), 10);
        QVERIFY(counted->screened > 50);
        QVERIFY(test->summaryLabel()->text().startsWith(QStringLiteral("%1 interactions screened").arg(formatCount(counted->screened))));
        const RuleAgreement *greets = nullptr;
        for (const RuleAgreement &a : *agreement)
            greets = a.ruleKey == QLatin1String("greeting") ? &a : greets;
        QVERIFY(greets && greets->units() > 10);
        QCOMPARE(rules->item(0, 0)->text(), QStringLiteral("开场问候 Greeting at the start"));
        QCOMPARE(rules->item(0, 2)->text(), formatCount(counted->hits.first().first()));
        QCOMPARE(rules->item(0, 5)->text(), formatCount(greets->units()));
        QCOMPARE(rules->item(0, 6)->text(), formatCount(greets->truePositive));
        QCOMPARE(rules->item(0, 9)->text(), formatCount(greets->trueNegative));
        QCOMPARE(rules->item(0, 12)->text(), formatPercent(*greets->percent * 100));
        QCOMPARE(test->disagreementsTable()->rowCount(), int(greets->disagreements.size()));
        QCOMPARE(rules->item(9, 0)->text(), QStringLiteral("退款诉求 Refund request"));

        // Saved: version 2 of the code, active; version 1 retired; nothing else changed.
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.saved().version, 2);
        const auto sets = ruleSets(*session.database());
        QVERIFY(sets);
        QCOMPARE(sets->size(), 2);
        QCOMPARE(sets->at(0).version, 2);
        QCOMPARE(sets->at(0).status, RuleSet::Status::Active);
        QCOMPARE(sets->at(1).status, RuleSet::Status::Retired);
        QVERIFY(sets->at(0).find(QStringLiteral("refund")));
        QCOMPARE(sets->at(0).rules.size(), 10);
    }

    // A rule set file is whoever sent it's: its words in the message that refuses it are shown as
    // written, never as HTML (QMessageBox takes text that looks like HTML for HTML, and a link in
    // it opens the browser).
    void aRefusedRuleSetFileIsQuotedAsWritten()
    {
        Session session;
        QVERIFY(session.open(m_ws->path, Database::OpenMode::OpenExisting));
        ScreeningRulesBox box(session);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rules.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"servqa-screening-rules\", \"<a href=\\\"https://example.com/\\\">Update ServQA</a>\": 1}");
        file.close();
        QString shown;
        Qt::TextFormat format = Qt::AutoText;
        QTimer::singleShot(0, this, [&] {
            auto *message = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!message)
                return; // shown stays empty, and the test fails below
            shown = message->text();
            format = message->textFormat();
            message->accept();
        });
        box.importFile(path);
        QCOMPARE(shown, QStringLiteral("%1: (top): unknown field \"<a href=\"https://example.com/\">Update ServQA</a>\".").arg(path));
        QCOMPARE(format, Qt::PlainText);
    }

    void settingsListsTheVersionsAndScreensAgain()
    {
        Session session;
        QVERIFY(session.open(m_ws->path, Database::OpenMode::OpenExisting));
        ScreeningRulesBox box(session);
        QTableWidget *sets = box.setTable();
        // An inspector reads and tests; only a QA lead (or an administrator) changes rules and results.
        QVERIFY(session.userId() > 0);
        QVERIFY(!box.screenButton()->isEnabled());
        QVERIFY(box.editButton()->isEnabled());
        QCOMPARE(box.editButton()->text(), QStringLiteral("&Open rules to read and test…"));
        QSqlQuery lead(session.database()->connection());
        QVERIFY(lead.exec(QStringLiteral("SELECT id FROM users WHERE role = 'lead'")) && lead.next());
        session.setUserId(lead.value(0).toLongLong());
        lead.finish(); // no read left open on the session's connection: it would keep its snapshot
        QVERIFY(box.screenButton()->isEnabled());
        QCOMPARE(sets->rowCount(), 2);
        QCOMPARE(sets->item(0, 1)->text(), QStringLiteral("2"));
        QCOMPARE(sets->item(0, 2)->text(), QStringLiteral("active"));
        QCOMPARE(sets->item(0, 4)->text(), QStringLiteral("10 of 10"));
        QCOMPARE(sets->item(1, 2)->text(), QStringLiteral("retired"));

        // Screening the demo's quarter again stores version 2's results for those interactions.
        QSqlQuery q(session.database()->connection());
        auto screenedByVersion2 = [&] {
            q.exec(QStringLiteral("SELECT COUNT(*) FROM screened_interactions si JOIN screening_rule_sets s ON s.id = si.rule_set_id "
                                  "WHERE s.version = 2"));
            const qint64 n = q.next() ? q.value(0).toLongLong() : -1;
            q.finish();
            return n;
        };
        QCOMPARE(screenedByVersion2(), 0);
        box.screenAgain(QDate(2026, 1, 1), QDate(2026, 3, 31));
        QTRY_VERIFY2_WITH_TIMEOUT(box.screenButton()->isEnabled(), qPrintable(box.noteLabel()->text()), 30000);
        QVERIFY2(box.noteLabel()->text().endsWith(QStringLiteral("flagged as a risk.")), qPrintable(box.noteLabel()->text()));
        q.exec(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE started_at >= %1 AND started_at < %2")
                   .arg(QDateTime(QDate(2026, 1, 1), QTime(0, 0)).toSecsSinceEpoch())
                   .arg(QDateTime(QDate(2026, 4, 1), QTime(0, 0)).toSecsSinceEpoch()));
        QVERIFY(q.next());
        QCOMPARE(screenedByVersion2(), q.value(0).toLongLong());

        // The speakers' words: shown, refused with the reason, saved for the workspace.
        QCOMPARE(box.speakerEdit(Speaker::Agent)->text(), SpeakerWords::defaults().agent.join(QStringLiteral(", ")));
        box.speakerEdit(Speaker::Customer)->setText(QStringLiteral("客户，顾客、坐席"));
        box.saveWordsButton()->click();
        QCOMPARE(box.noteLabel()->text(), QStringLiteral("\"坐席\" names two speakers: a word names one."));
        box.speakerEdit(Speaker::Customer)->setText(QStringLiteral("客户，顾客、客人"));
        box.saveWordsButton()->click();
        QCOMPARE(WorkspaceSettings(*session.database()).speakerWords().customer,
                 (QStringList{QStringLiteral("客户"), QStringLiteral("顾客"), QStringLiteral("客人")}));
        QCOMPARE(box.speakerEdit(Speaker::Customer)->text(), QStringLiteral("客户, 顾客, 客人"));
    }

    void theScreeningTabCountsAndListsWhatIsBehindARow()
    {
        Session session;
        QVERIFY(session.open(m_ws->path, Database::OpenMode::OpenExisting));
        IndicatorScope scope;
        scope.period = {QDate(2026, 1, 1), QDate(2026, 3, 31)};
        const auto counted = screeningStats(*session.database(), scope, Granularity::Month);
        QVERIFY(counted && counted->total.screened > 50);

        ScreeningTab tab(session);
        tab.resize(1100, 700);
        tab.setScope(scope, Granularity::Month);
        tab.show();
        QTRY_VERIFY_WITH_TIMEOUT(!tab.isComputing() && tab.stats().total.screened > 0, 30000);
        QCOMPARE(tab.summaryLabel()->text(), QStringLiteral("%1 interactions screened by the active rules, %2 of them flagged as a risk (%3).")
                                                 .arg(formatCount(counted->total.screened), formatCount(counted->total.flagged),
                                                      formatPercent(100 * counted->total.flagRate())));
        // By rule: each rule's reads, matches and rate.
        QTableWidget *table = tab.table();
        QCOMPARE(table->rowCount(), int(counted->rules.size()));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("开场问候 Greeting at the start"));
        QCOMPARE(table->item(0, 2)->text(), formatCount(counted->total.read.value(QStringLiteral("greeting"))));
        QCOMPARE(table->item(0, 3)->text(), formatCount(counted->total.hits.value(QStringLiteral("greeting"))));
        // The chart: three months, the flag rate, and a chosen rule's hit rate beside it.
        QCOMPARE(tab.chart()->plot()->graphCount(), 1);
        QCOMPARE(tab.chart()->plot()->graph(0)->dataCount(), 3);
        QCOMPARE(tab.chart()->plot()->graph(0)->data()->at(0)->value, 100 * counted->periods[0].count.flagRate());
        const auto ticks = qSharedPointerCast<QCPAxisTickerText>(tab.chart()->plot()->xAxis->ticker())->ticks();
        QCOMPARE(ticks.values(), (QStringList{"2026-01", "2026-02", "2026-03"}));
        QCOMPARE(tab.chart()->plot()->xAxis->tickLabelRotation(), 0.0);
        // A week is named by its first day, as on the Trend and Indicators tabs.
        QCOMPARE(ScreeningTrendChart::periodLabel(QDate(2026, 3, 30), Granularity::Week), QStringLiteral("2026-03-30"));
        QCOMPARE(ScreeningTrendChart::periodLabel(QDate(2026, 4, 1), Granularity::Quarter), QStringLiteral("2026 Q2"));
        tab.ruleBox()->setCurrentIndex(tab.ruleBox()->findData(QStringLiteral("greeting")));
        QCOMPARE(tab.chart()->plot()->graphCount(), 2);
        // From 15 January, January is half a month: its two points are drawn hollow over the full ones.
        scope.period.from = QDate(2026, 1, 15);
        tab.setScope(scope, Granularity::Month);
        QTRY_COMPARE_WITH_TIMEOUT(tab.chart()->plot()->graphCount(), 4, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.isComputing(), 30000);
        for (int g : {2, 3}) {
            QCOMPARE(tab.chart()->plot()->graph(g)->dataCount(), 1);
            QCOMPARE(tab.chart()->plot()->graph(g)->data()->at(0)->key, 0.0);
        }
        // By week, the quarter's fourteen weeks slant their labels, each ending at its tick: slanted
        // the other way the newest week's label ran past the plot's edge and was left out.
        scope.period.from = QDate(2026, 1, 1);
        tab.setScope(scope, Granularity::Week);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.isComputing() && tab.stats().periods.size() == 14, 30000);
        const auto weeks = qSharedPointerCast<QCPAxisTickerText>(tab.chart()->plot()->xAxis->ticker())->ticks();
        QCOMPARE(weeks.lastKey(), 13.0);
        QCOMPARE(weeks.last(), QStringLiteral("2026-03-30"));
        QVERIFY(tab.chart()->plot()->xAxis->tickLabelRotation() < 0);
        tab.setScope(scope, Granularity::Month);
        QTRY_COMPARE_WITH_TIMEOUT(tab.chart()->plot()->graphCount(), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.isComputing(), 30000);

        // By agent (counted when first listed), sorted by what they matched, most first: the first
        // row's interactions listed.
        QVERIFY(!tab.stats().agentsCounted);
        tab.byBox()->setCurrentIndex(tab.byBox()->findData(ScreeningTab::ByAgent));
        QVERIFY(tab.isComputing());
        QTRY_VERIFY_WITH_TIMEOUT(!tab.isComputing(), 30000);
        QVERIFY(tab.stats().agentsCounted);
        QCOMPARE(table->rowCount(), int(counted->agents.size()));
        table->sortByColumn(4, Qt::DescendingOrder);
        qint64 most = 0;
        for (const ScreeningStats::Group &g : counted->agents)
            most = std::max(most, g.count.hits.value(QStringLiteral("greeting")));
        QCOMPARE(table->item(0, 4)->text(), formatCount(most));
        const InteractionFilter filter = tab.rowFilter(0);
        QCOMPARE(filter.ruleKey, QStringLiteral("greeting"));
        QVERIFY(filter.staffId);
        QCOMPARE(*filter.from, QDate(2026, 1, 1).startOfDay());
        QCOMPARE(*filter.to, QDate(2026, 4, 1).startOfDay());
        InteractionsPage page(session);
        page.resize(1300, 700);
        page.show();
        QSignalSpy spy(&tab, &ScreeningTab::interactionsRequested);
        const QPoint firstRow = table->visualRect(table->model()->index(0, 0)).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, firstRow); // a view takes a double-click after a click
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, firstRow);
        QCOMPARE(spy.count(), 1);
        page.showFiltered(spy.at(0).at(0).value<InteractionFilter>());
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->totalCount(), most, 20000);
        QVERIFY(page.siteBox()->currentIndex() > 0); // the agent within their site
    }

    // A drill-down sets a custom period, whose dates join the filter row: the page still fits a
    // 1366-pixel laptop beside the navigation, in Chinese too.
    void theInteractionsPageFitsALaptopWithACustomPeriod()
    {
        installTranslations(QStringLiteral("zh_CN"));
        Session session;
        QVERIFY(session.open(m_ws->path, Database::OpenMode::OpenExisting));
        InteractionsPage page(session);
        page.show();
        InteractionFilter f;
        f.from = QDate(2024, 12, 5).startOfDay();
        f.to = QDate(2026, 12, 5).startOfDay();
        f.ruleKey = QStringLiteral("escalation");
        page.showFiltered(f);
        QCoreApplication::processEvents();
        installTranslations(QStringLiteral("en"));
        QVERIFY2(page.minimumSizeHint().width() <= 1366 - 220, qPrintable(QString::number(page.minimumSizeHint().width())));
    }
};

QTEST_MAIN(TestScreeningPages)
#include "tst_screeningpages.moc"
