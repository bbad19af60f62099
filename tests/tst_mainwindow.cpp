// The main window as a user meets it: open a workspace, move between pages by keyboard,
// switch the language without losing filters, get a clear refusal for a foreign file.

#include "appsettings.h"
#include "bakedicon.h"
#include "database.h"
#include "busywork.h"
#include "demogenerator.h"
#include "interactionlistmodel.h"
#include "interactionspage.h"
#include "interactionrepository.h"
#include "mainwindow.h"
#include "migrations.h"
#include "rollups.h"
#include "standards.h"
#include "surveysums.h"
#include "workqueuepage.h"
#include "dashboardspage.h"
#include "evaluationspage.h"
#include "resultspage.h"
#include "scorecardspage.h"
#include "session.h"
#include "settingspage.h"
#include "standardspage.h"
#include "evaluationeditor.h"
#include "workspaceopener.h"
#include "visitspage.h"
#include "testsupport.h"
#include "translations.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QComboBox>
#include <QStyleOptionComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QDateEdit>
#include <QDialog>
#include <QToolButton>
#include <QProgressDialog>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QThread>
#include <QTimer>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTreeWidget>

using namespace servqa;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QStringLiteral("en"));
        installAppStyle(); // as servqa's main() does, before any window
        m_path = m_dir.filePath(QStringLiteral("demo.servqa"));
        auto db = Database::openSqlite(m_path, Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        DemoOptions options;
        options.evaluations = 300;
        options.endDate = QDate(2026, 3, 31);
        QVERIFY(generateDemo(**db, options));
    }

    void cleanup() { installTranslations(QStringLiteral("en")); }

    // File ▸ Open Demo Workspace on a computer without one: built beside its final name, its
    // interactions' text index on a second core, then screened and opened — as servqa-cli demo
    // makes it: every interaction screened, the index agreeing with the rows, nothing left beside.
    void theDemoWorkspaceIsBuiltScreenedAndOpened()
    {
        const QString path = AppSettings::demoWorkspacePath();
        for (const QString &old : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
            QFile::remove(old);
        MainWindow window;
        window.show();
        QSignalSpy ready(&window, &MainWindow::demoReady);
        window.openDemoWorkspace();
        QVERIFY(ready.wait(180000));
        QCOMPARE(window.windowTitle(), QStringLiteral("demo.servqa — ServQA"));
        auto db = Database::openSqlite(path, Database::OpenMode::OpenExisting);
        QVERIFY2(db, qPrintable(db ? QString() : db.error()));
        const qint64 interactions = test::scalar(**db, QStringLiteral("SELECT COUNT(*) FROM interactions")).toLongLong();
        QVERIFY(interactions > 20000);
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT COUNT(DISTINCT interaction_id) FROM screened_interactions")).toLongLong(),
                 interactions);
        QVERIFY(test::scalar(**db, QStringLiteral("SELECT COUNT(*) FROM screening_hits")).toLongLong() > 0);
        QSqlQuery check((*db)->connection());
        QVERIFY2(check.exec(QStringLiteral("INSERT INTO interactions_search (interactions_search, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(check.lastError().text()));
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("demo.servqa.*")}, QDir::Files), QStringList());
    }

    // A demo killed while it built its search index beside the workspace leaves the index to be
    // finished: the opener does it on its worker thread, under a busy dialog saying so (a minute or
    // two at a million interactions), before the window's own connection opens the file; the
    // window then finds every interaction by its text.
    void aKilledDemosSearchIndexIsFinishedByTheOpenerBeforeTheWindowOpensIt()
    {
        test::Workspace ws;
        QCOMPARE(test::writeWhileIndexBuiltThenStop(*ws.db, {QStringLiteral("Customer: 冷链商品到了吗？"), QStringLiteral("Customer: 冷链商品到了吗？"),
                                                             QStringLiteral("Customer: refund please")}),
                 QString());
        ws.db.reset();
        QVERIFY(searchIndexLeftUnfinished(ws.path));

        MainWindow window;
        window.show();
        const WorkspaceOpener::Prepared prepared = WorkspaceOpener::prepare(&window, ws.path);
        QCOMPARE(prepared.error, QString());
        QCOMPARE(prepared.damage, QStringList());
        QVERIFY(!searchIndexLeftUnfinished(ws.path)); // finished by the opener, not by the window's connection
        QCOMPARE(QDir(ws.dir.path()).entryList({QStringLiteral("*.index-*")}, QDir::Files), QStringList());

        QVERIFY(window.openWorkspace(ws.path));
        InteractionsPage *page = window.interactionsPage();
        QTRY_VERIFY(!page->model()->isLoading());
        QCOMPARE(page->model()->totalCount(), 3);
        page->findChild<QLineEdit *>()->setText(QStringLiteral("冷链商品")); // typed through an input method
        QTRY_COMPARE(page->model()->totalCount(), 2);
    }

    // Work that takes a while shows its busy dialog after half a second, as runWhileBusy()
    // promises; it used to appear only after four (Qt's own default), so an upgrade or a
    // damage check of a few seconds looked like a window that did nothing.
    void theBusyDialogShowsAfterHalfASecond()
    {
        MainWindow window;
        window.show();
        bool shownBeforeASecond = false;
        QTimer::singleShot(900, &window, [&] {
            const auto *busy = window.findChild<QProgressDialog *>();
            shownBeforeASecond = busy && busy->isVisible() && busy->labelText() == QStringLiteral("Checking…");
        });
        runWhileBusy(&window, QStringLiteral("Checking…"), [] { QThread::msleep(1500); });
        QVERIFY(shownBeforeASecond);
        QVERIFY(!window.findChild<QProgressDialog *>()); // gone with the work
    }

    void opensOnTheInteractionsPage()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_path));
        QCOMPARE(window.currentPage(), MainWindow::Page::Interactions);
        QCOMPARE(window.windowTitle(), QStringLiteral("demo.servqa — ServQA"));
        QTRY_VERIFY(!window.interactionsPage()->model()->isLoading());
        QCOMPARE(window.interactionsPage()->model()->rowCount(), InteractionListModel::PageSize);
        // The newest interaction is selected and its details shown, once the rows are drawn.
        QTRY_COMPARE(window.interactionsPage()->view()->currentIndex().row(), 0);

        // A change saved here or at another desk reads the list again: the interaction being
        // looked at stays selected.
        InteractionsPage *page = window.interactionsPage();
        page->view()->setCurrentIndex(page->model()->index(3, 0));
        const qint64 looking = page->model()->rowAt(3)->id;
        window.session().notifyDataChanged();
        QTRY_VERIFY(!page->model()->isLoading());
        QTRY_COMPARE(page->view()->currentIndex().row(), 3);
        QCOMPARE(page->model()->rowAt(3)->id, looking);

        // The search box has its clear button from the first text typed in it (made then, not at
        // start), and it clears the text.
        auto *search = page->findChild<QLineEdit *>();
        QVERIFY(search);
        QVERIFY(!search->isClearButtonEnabled());
        QTest::keyClicks(search, QStringLiteral("D0"));
        QVERIFY(search->isClearButtonEnabled());
        auto *clear = search->findChild<QToolButton *>();
        QVERIFY(clear);
        QTRY_VERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(search->text(), QString());
    }

    // A start reads the list while the window is built and the workspace opened: nothing is
    // shown before the workspace is open, and once it is the rows are there at once, the same
    // as a list read after opening.
    void aStartReadsTheListWhileOpening()
    {
        QList<qint64> expected;
        qint64 expectedTotal = 0;
        {
            MainWindow window;
            QVERIFY(window.openWorkspace(m_path));
            QTRY_VERIFY(!window.interactionsPage()->model()->isLoading());
            for (int r = 0; r < window.interactionsPage()->model()->rowCount(); ++r)
                expected << window.interactionsPage()->model()->rowAt(r)->id;
            expectedTotal = window.interactionsPage()->model()->totalCount();
        }
        MainWindow window(m_path);
        InteractionListModel *model = window.interactionsPage()->model();
        QTest::qWait(300); // the first page and the total are read meanwhile
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!model->isLoading());
        QVERIFY(window.openWorkspace(m_path));
        // No wait: what was read is shown as the workspace opens, a screenful first.
        QCOMPARE(model->rowCount(), InteractionListModel::StartPageSize);
        QVERIFY(!model->isLoading());
        QCOMPARE(model->totalCount(), expectedTotal);
        QCOMPARE(window.interactionsPage()->view()->currentIndex().row(), 0);
        // The rest as the list scrolls, in the same order as a list read after opening.
        while (model->canFetchMore({}) && model->rowCount() < expected.size()) {
            model->fetchMore({});
            QTRY_VERIFY(!model->isLoading());
        }
        QList<qint64> shown;
        for (int r = 0; r < expected.size(); ++r)
            shown << model->rowAt(r)->id;
        QCOMPARE(shown, expected);

        // A file that does not open shows nothing of what was read from it; the workspace
        // opened next is read afresh.
        QTemporaryDir dir;
        const QString foreign = test::writeFile(dir, QStringLiteral("notes.servqa"), "not a workspace");
        MainWindow refused(foreign);
        QTest::qWait(100);
        QVERIFY(!refused.openWorkspace(foreign));
        QCOMPARE(refused.interactionsPage()->model()->rowCount(), 0);
        QVERIFY(refused.openWorkspace(m_path));
        QTRY_COMPARE(refused.interactionsPage()->model()->rowCount(), InteractionListModel::PageSize);
        QCOMPARE(refused.interactionsPage()->model()->rowAt(0)->id, expected.first());
    }

    // A start on screen draws the rows first and reads the sites, agents and rules to filter by
    // right after: every filter stands at its "All" meanwhile, as the rows were read, and the
    // lists are whole once the rows are drawn, the same as after any open.
    void aShownStartFillsItsFiltersAfterTheRows()
    {
        QStringList sites;
        {
            MainWindow window;
            QVERIFY(window.openWorkspace(m_path));
            for (int i = 0; i < window.interactionsPage()->siteBox()->count(); ++i)
                sites << window.interactionsPage()->siteBox()->itemText(i);
        }
        QCOMPARE(sites.size(), 1 + 23); // every site, then the demo's 23 stores and teams
        MainWindow window(m_path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(300); // the first page and the total are read meanwhile
        QVERIFY(window.openWorkspace(m_path));
        InteractionsPage *page = window.interactionsPage();
        QCOMPARE(page->model()->rowCount(), InteractionListModel::StartPageSize);
        QCOMPARE(page->siteBox()->count(), 1);
        QCOMPARE(page->siteBox()->currentText(), QStringLiteral("All sites"));
        // The details pane is drawn with the newest interaction's details, not empty before them.
        auto *transcript = page->findChild<QPlainTextEdit *>();
        QVERIFY(transcript);
        QVERIFY(!transcript->parentWidget()->updatesEnabled());
        QTRY_COMPARE(page->siteBox()->count(), sites.size());
        QTRY_VERIFY(transcript->parentWidget()->updatesEnabled());
        QCOMPARE(page->view()->currentIndex().row(), 0);
        const auto newest = InteractionRepository(*window.session().database()).find(page->model()->rowAt(0)->id);
        QVERIFY(newest && newest->has_value());
        QCOMPARE(transcript->toPlainText(), (*newest)->transcript);
        QStringList shownTexts;
        for (const QLabel *label : transcript->parentWidget()->findChildren<QLabel *>())
            shownTexts << label->text();
        QVERIFY(!(*newest)->customerRef.isEmpty());
        QVERIFY2(shownTexts.contains((*newest)->customerRef), qPrintable(shownTexts.join(QStringLiteral(" | "))));
        QStringList shown;
        for (int i = 0; i < page->siteBox()->count(); ++i)
            shown << page->siteBox()->itemText(i);
        QCOMPARE(shown, sites);
        QCOMPARE(page->siteBox()->currentIndex(), 0);
        // Choosing the newest interaction's site filters as ever.
        const qint64 site = page->model()->rowAt(0)->siteId;
        const int index = page->siteBox()->findData(site);
        QVERIFY(index > 0);
        page->siteBox()->setCurrentIndex(index);
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->rowCount() > 0);
        for (int r = 0; r < page->model()->rowCount(); ++r)
            QCOMPARE(page->model()->rowAt(r)->siteId, site);
    }

    // The workspace opened is first in File ▸ Open Recent (and the next start's): written a moment
    // after the first page, or at once when it is closed sooner.
    void theWorkspaceOpenedIsTheMostRecent()
    {
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("other.servqa"));
        QVERIFY(QFile::copy(m_path, other));
        MainWindow window;
        QVERIFY(window.openWorkspace(m_path));
        QTRY_COMPARE(AppSettings().recentWorkspaces().value(0), QFileInfo(m_path).absoluteFilePath());
        QVERIFY(window.openWorkspace(other));
        window.session().close();
        QCOMPARE(AppSettings().recentWorkspaces().value(0), QFileInfo(other).absoluteFilePath());
        QCOMPARE(AppSettings().recentWorkspaces().value(1), QFileInfo(m_path).absoluteFilePath());
        QVERIFY(window.openWorkspace(m_path));
        QVERIFY(window.openWorkspace(other)); // the one before is first until this one is written
        QCOMPARE(AppSettings().recentWorkspaces().value(0), QFileInfo(m_path).absoluteFilePath());
        QTRY_COMPARE(AppSettings().recentWorkspaces().value(0), QFileInfo(other).absoluteFilePath());
        const auto recentMenu = window.menuBar()->findChildren<QMenu *>();
        bool listed = false;
        for (const QMenu *menu : recentMenu) {
            const auto actions = menu->actions();
            if (!actions.isEmpty() && actions.first()->text() == QFileInfo(other).absoluteFilePath())
                listed = true;
        }
        QVERIFY(listed);
    }

    // The list's columns keep the widths the user gave them, per language, from one start to the
    // next: the first start fits them to the first rows, later ones measure nothing.
    void columnWidthsAreKeptForTheNextStart()
    {
        const QString list = QStringLiteral("interactions");
        AppSettings().setColumnWidths(list, QStringLiteral("en"), {});
        AppSettings().setColumnWidths(list, QStringLiteral("zh_CN"), {});
        QList<int> fitted;
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openWorkspace(m_path));
            QTableView *view = window.interactionsPage()->view();
            QTRY_VERIFY(!window.interactionsPage()->model()->isLoading());
            for (int c = 0; c < InteractionColumnCount; ++c)
                fitted << view->columnWidth(c);
            QTRY_COMPARE(AppSettings().columnWidths(list, QStringLiteral("en")), fitted);
            view->horizontalHeader()->resizeSection(int(InteractionColumn::Site), 177); // the user drags a border
            fitted[int(InteractionColumn::Site)] = 177;
            QTRY_COMPARE(AppSettings().columnWidths(list, QStringLiteral("en")), fitted);
        }
        {
            MainWindow window;
            QTableView *view = window.interactionsPage()->view();
            QCOMPARE(view->columnWidth(int(InteractionColumn::Site)), 177); // before any row is read
            QCOMPARE(view->columnWidth(0), fitted[0]);
            window.show();
            QVERIFY(window.openWorkspace(m_path));
            QTRY_VERIFY(!window.interactionsPage()->model()->isLoading());
            QCOMPARE(view->columnWidth(int(InteractionColumn::Site)), 177); // not fitted again
        }
        // Chinese headers have widths of their own: fitted on the first start in Chinese, and the
        // English ones are left as they were.
        installTranslations(QStringLiteral("zh_CN"));
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openWorkspace(m_path));
            QTRY_VERIFY(!window.interactionsPage()->model()->isLoading());
            QTRY_COMPARE(AppSettings().columnWidths(list, QStringLiteral("zh_CN")).size(), InteractionColumnCount);
        }
        QCOMPARE(AppSettings().columnWidths(list, QStringLiteral("en")), fitted);
        installTranslations(QStringLiteral("en"));
        // Widths kept by a version with other columns are not used: the list is fitted.
        AppSettings().setColumnWidths(list, QStringLiteral("en"), {5, 5, 5});
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openWorkspace(m_path));
            QTRY_VERIFY(!window.interactionsPage()->model()->isLoading());
            QCOMPARE(window.interactionsPage()->view()->columnWidth(0), fitted[0]);
        }
    }

    // Pages are made when first shown, after the workspace is open: each must still show it.
    void pagesMadeAfterOpeningShowTheWorkspace()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_path));
        auto db = Database::openSqlite(m_path, Database::OpenMode::OpenExisting);
        QVERIFY(db);
        QSqlQuery regions((*db)->connection());
        QVERIFY(regions.exec(QStringLiteral("SELECT COUNT(DISTINCT region) FROM sites WHERE region <> ''")) && regions.next());
        const int n = regions.value(0).toInt();
        QVERIFY(n > 1);
        QCOMPARE(window.resultsPage()->regionBox()->count(), n + 1); // "All regions" and each region
        QCOMPARE(window.visitsPage()->regionBox()->count(), n + 1);
        window.showPage(MainWindow::Page::Settings); // it counts the workspace only when on screen
        QCOMPARE(window.settingsPage()->workspacePathLabel()->text(), m_path);
        QVERIFY(window.workQueuePage()->userLabel()->text().startsWith(QStringLiteral("Working as: ")));
    }

    // Issue 16 (8): who is working is asked once per workspace, shown in the status bar, used by
    // every page, and a button that is off for the role says why.
    void whoIsWorkingIsAskedOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("whoami.servqa"));
        QVERIFY(QFile::copy(m_path, path));
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openWorkspace(path));
            QDialog *ask = nullptr;
            QTRY_VERIFY((ask = window.findChild<QDialog *>(QStringLiteral("workAsDialog"))) && ask->isVisible());
            auto *list = ask->findChild<QListWidget *>();
            QVERIFY(list->count() == 12); // every user, with their role
            QListWidgetItem *lead = list->findItems(QStringLiteral("QA lead"), Qt::MatchContains).value(0);
            QVERIFY(lead);
            list->setCurrentItem(lead);
            ask->accept();
            const QString leadName = lead->text().section(QStringLiteral(" — "), 0, 0);
            QCOMPARE(window.workingAsButton()->text(), QStringLiteral("Working as: %1 · QA lead").arg(leadName));
            window.showPage(MainWindow::Page::WorkQueue);
            QCOMPARE(window.workQueuePage()->userLabel()->text(), QStringLiteral("Working as: %1 · QA lead").arg(leadName));
            window.showPage(MainWindow::Page::Visits);
            QVERIFY(window.visitsPage()->planButton()->isEnabled());
            // An inspector cannot plan visits, and the button says why.
            QSqlQuery q(window.session().database()->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM users WHERE role = 'inspector' ORDER BY id LIMIT 1")) && q.next());
            window.session().setUserId(q.value(0).toLongLong());
            QVERIFY(!window.visitsPage()->planButton()->isEnabled());
            QVERIFY2(window.visitsPage()->planButton()->toolTip().startsWith(
                         QStringLiteral("Only a QA lead or admin plans, assigns and reviews visits. You are working as ")),
                     qPrintable(window.visitsPage()->planButton()->toolTip()));
            QVERIFY(window.visitsPage()->planButton()->toolTip().endsWith(QStringLiteral("· Inspector: File ▸ Work As… changes who you are.")));
        }
        MainWindow again;
        again.show();
        QVERIFY(again.openWorkspace(path));
        QTest::qWait(100);
        QVERIFY(!again.findChild<QDialog *>(QStringLiteral("workAsDialog"))); // asked once
        QVERIFY(again.workingAsButton()->text().endsWith(QStringLiteral(" · Inspector")));
    }

    void keyboardMovesBetweenPages()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(m_path));
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Scorecards);
        // The newest form version is selected and its sections and items are listed.
        QTreeWidget *tree = window.scorecardsPage()->tree();
        QCOMPARE(tree->topLevelItemCount(), 7);
        QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Standards);
        QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Calibration);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Settings);
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Results);
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Dashboards);
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Visits);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Evaluations);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::WorkQueue);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Interactions);
    }

    void switchingToChineseKeepsTheFilter()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_path));
        auto combos = window.interactionsPage()->findChildren<QComboBox *>();
        QComboBox *channel = nullptr;
        for (QComboBox *c : combos) {
            if (c->itemText(0) == QStringLiteral("All channels"))
                channel = c;
        }
        QVERIFY(channel);
        channel->setCurrentIndex(channel->findData(QStringLiteral("visit")));
        QTRY_VERIFY(!window.interactionsPage()->model()->isLoading());
        const qint64 visits = window.interactionsPage()->model()->totalCount();
        QVERIFY(visits > 0);

        // Choose 简体中文 in Settings, as a user would.
        QComboBox *language = window.settingsPage()->languageBox();
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        emit language->activated(language->currentIndex());

        auto *nav = window.findChild<QListWidget *>();
        QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("客户交互")); // LanguageChange is posted
        QCOMPARE(AppSettings().language(), QStringLiteral("zh_CN")); // remembered for next start
        QCOMPARE(nav->item(1)->text(), QStringLiteral("质检任务"));
        QCOMPARE(nav->item(2)->text(), QStringLiteral("质检评估"));
        QCOMPARE(nav->item(3)->text(), QStringLiteral("暗访"));
        QCOMPARE(nav->item(4)->text(), QStringLiteral("仪表板"));
        QCOMPARE(nav->item(5)->text(), QStringLiteral("质检结果"));
        QCOMPARE(nav->item(6)->text(), QStringLiteral("评分表"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        QCOMPARE(channel->currentText(), QStringLiteral("到店"));
        QCOMPARE(window.interactionsPage()->model()->totalCount(), visits);
        QCOMPARE(window.interactionsPage()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("开始时间"));
        QCOMPARE(window.interactionsPage()->model()->index(0, 1).data().toString(), QStringLiteral("到店"));
    }

    void everyPageFitsA1280PixelScreen()
    {
        // In both languages, with the widest filter state (custom dates shown).
        for (const char *language : {"en", "zh_CN"}) {
            installTranslations(QString::fromLatin1(language));
            MainWindow window;
            window.show();
            QVERIFY(window.openWorkspace(m_path));
            window.evaluationsPage()->showEvaluations(QDate(2026, 1, 1), QDate(2026, 1, 31), std::nullopt, std::nullopt, std::nullopt);
            window.resultsPage()->setPeriod({QDate(2026, 1, 1), QDate(2026, 1, 31)});
            QTRY_VERIFY(!window.resultsPage()->isComputing());
            // In navigation order; each shown as the user would see it.
            const QList<QWidget *> pages{window.interactionsPage(), window.workQueuePage(), window.evaluationsPage(), window.visitsPage(),
                                         window.dashboardsPage(), window.resultsPage(), window.scorecardsPage(),
                                         window.standardsPage(), window.settingsPage()};
            for (QWidget *page : pages) {
                window.showPage(static_cast<MainWindow::Page>(pages.indexOf(page)));
                if (page->minimumSizeHint().width() > 1280 - 200) // the navigation list takes 190 + margins
                    QFAIL(qPrintable(QStringLiteral("%1 (%2) needs %3 pixels").arg(QString::fromLatin1(page->metaObject()->className()),
                                                                                  QString::fromLatin1(language))
                                         .arg(page->minimumSizeHint().width())));
            }
            QVERIFY2(window.minimumSizeHint().width() <= 1280, qPrintable(QString::number(window.minimumSizeHint().width())));
            // On a 1366-pixel laptop the Evaluations page's status box, narrow at 1280, has the
            // room to say "All but drafts" (除草稿外全部) whole: it read "All but dr…".
            window.resize(1366, 740);
            window.showPage(MainWindow::Page::Evaluations);
            {
                QComboBox *status = window.evaluationsPage()->statusBox();
                QTRY_VERIFY(status->isVisible());
                QStyleOptionComboBox option;
                option.initFrom(status);
                const QRect text = status->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, status);
                QVERIFY2(status->fontMetrics().horizontalAdvance(status->currentText()) <= text.width(),
                         qPrintable(QStringLiteral("%1: %2 of %3 pixels").arg(status->currentText()).arg(text.width())
                                        .arg(status->fontMetrics().horizontalAdvance(status->currentText()))));
            }

            // Issue 16 (10, 14): a checklist being filled in (its shopper, stopwatch running) and a
            // call open in the work queue's editor fit a 1366×768 laptop too, with room for the form.
            QSqlQuery q(window.session().database()->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT id, shopper_id, window_from FROM visits WHERE status = 'in_progress'")) && q.next());
            window.session().setUserId(q.value(1).toLongLong());
            window.showPage(MainWindow::Page::Visits);
            window.visitsPage()->monthEdit()->setDate(QDate::fromString(q.value(2).toString(), Qt::ISODate));
            window.visitsPage()->selectVisit(q.value(0).toLongLong());
            window.visitsPage()->startSelected();
            QVERIFY(window.visitsPage()->editor()->draft());
            QVERIFY2(window.minimumSizeHint().width() <= 1280 && window.minimumSizeHint().height() <= 700,
                     qPrintable(QStringLiteral("%1×%2").arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
            QVERIFY(q.exec(QStringLiteral("SELECT e.id, e.inspector_id FROM evaluations e JOIN interactions i ON i.id = e.interaction_id "
                                          "WHERE i.channel = 'call' ORDER BY e.status = 'draft' DESC LIMIT 1")) && q.next());
            window.session().setUserId(q.value(1).toLongLong());
            window.showPage(MainWindow::Page::WorkQueue);
            QVERIFY(window.workQueuePage()->editor()->open(q.value(0).toLongLong(), q.value(1).toLongLong()));
            QVERIFY2(window.minimumSizeHint().width() <= 1280 && window.minimumSizeHint().height() <= 700,
                     qPrintable(QStringLiteral("%1×%2").arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
        }
        installTranslations(QStringLiteral("en"));
    }

    // A workspace last written by the previous version (schema 8) opens upgraded, its new
    // rollups holding its data.
    void anOlderWorkspaceIsUpgradedWhenOpened()
    {
        const QString path = m_dir.filePath(QStringLiteral("older.servqa"));
        QVERIFY(QFile::copy(m_path, path));
        qint64 scored = 0;
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db);
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT SUM(n_score) FROM score_rollup")) && q.next());
            scored = q.value(0).toLongLong();
            QVERIFY(scored > 0);
            for (const QString &sql : test::undoSchemasSince20()) // schemas 20 to 41
                QVERIFY2(q.exec(sql), qPrintable(sql));
            for (const char *sql : {"DROP TABLE calendar", // schema 18
                                    "DROP TABLE day_offsets", "DELETE FROM servqa_meta WHERE key = 'day_zone'", // schema 17
                                    "DROP TRIGGER interactions_search_insert", "DROP TRIGGER interactions_search_update", // schemas 15, 16
                                    "DROP TRIGGER interactions_search_delete", "DROP TABLE interactions_search",
                                    "DROP INDEX interactions_customer", "DROP INDEX sites_name", "DROP INDEX staff_name",
                                    "DROP TABLE survey_sums", "DROP TABLE compliance_rollup", "DROP TABLE promise_rollup",
                                    "DROP TABLE staff_score_rollup", "DROP TABLE interaction_rollup",
                                    "DROP TABLE shopper_keys", // schema 11
                                    "ALTER TABLE form_items DROP COLUMN measure", // schema 12
                                    "ALTER TABLE evaluation_answers DROP COLUMN measured", "ALTER TABLE interactions DROP COLUMN hold_s",
                                    "DROP TABLE gap_clusters", "DELETE FROM servqa_meta WHERE key = 'gap_clusters'", // schema 13
                                    "ALTER TABLE score_rollup DROP COLUMN n_score", "ALTER TABLE score_rollup DROP COLUMN s_score",
                                    "ALTER TABLE score_rollup DROP COLUMN q_score", "ALTER TABLE score_rollup DROP COLUMN passed",
                                    "ALTER TABLE score_rollup DROP COLUMN auto_failed",
                                    "DELETE FROM servqa_meta WHERE key IN ('survey_sums', 'promise_rollup')",
                                    "UPDATE servqa_meta SET value = '8' WHERE key = 'schema_version'"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        }
        QCOMPARE(storedSchemaVersion(path), 8);
        MainWindow window;
        const Status upgraded = window.openWorkspace(path);
        QVERIFY2(upgraded, qPrintable(upgraded.ok() ? QString() : upgraded.error()));
        QCOMPARE(storedSchemaVersion(path), latestSchemaVersion());
        // The register's rollups were built by the upgrade: no reader has to write.
        StandardsRepository register_(*window.session().database());
        QCOMPARE(*rollups::storedStamp(*window.session().database(), "survey_sums"), rollups::surveySumsStamp(*register_.standards()));
        QCOMPARE(*rollups::storedStamp(*window.session().database(), "promise_rollup"), rollups::promiseRollupStamp(*register_.promises()));
        QCOMPARE(*rollups::storedStamp(*window.session().database(), "gap_clusters"), rollups::gapClustersStamp(*register_.standards()));
        QSqlQuery q(window.session().database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT SUM(n_score) FROM score_rollup")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), scored);
        QVERIFY(q.exec(QStringLiteral("SELECT SUM(interactions) FROM interaction_rollup")) && q.next());
        const qint64 counted = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM interactions")) && q.next());
        QCOMPARE(counted, q.value(0).toLongLong());
        // Every interaction from before is in the search index the upgrade built (schema 15).
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE customer_ref LIKE '%CUST%' OR external_id LIKE '%CUST%' "
                                      "OR transcript LIKE '%CUST%'")) && q.next());
        const qint64 cust = q.value(0).toLongLong();
        QVERIFY(cust > 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM interactions_search WHERE interactions_search MATCH '\"CUST\"'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), cust);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM survey_sums WHERE span = 31")) && q.next());
        QVERIFY(q.value(0).toLongLong() > 0); // schema 14's months
    }

    void foreignFileIsRefusedClearly()
    {
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, QStringLiteral("notes.servqa"), "not a workspace");
        MainWindow window;
        const Status s = window.openWorkspace(path);
        QVERIFY(!s);
        QCOMPARE(s.error(), QStringLiteral("%1 is not a ServQA workspace (it is not an SQLite database file).").arg(path));
        QVERIFY(!window.session().isOpen());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
