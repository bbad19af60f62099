#pragma once

#include "database.h"
#include "interactionrepository.h"
#include "result.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace servqa {

class BackgroundJob;
class DashboardsPage;
class EvaluationsPage;
class ImportDialog;
class InteractionsPage;
class ResultsPage;
class ScorecardsPage;
class StandardsPage;
class VisitsPage;
class Session;
class SettingsPage;
class WorkQueuePage;
class WelcomePage;

// The main window wires the pages together around one Session; each page owns its widgets
// and reacts to the session's signals. Nothing here computes: it opens workspaces and
// switches pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Interactions, WorkQueue, Evaluations, Visits, Dashboards, Results, Scorecards, Standards, Settings };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Session &session() const { return *m_session; }
    Status openWorkspace(const QString &path, Database::OpenMode mode = Database::OpenMode::OpenExisting);
    // Opens the demo workspace in the user's data folder, building it first if it is missing.
    void openDemoWorkspace();
    // A mystery shopper opens a visit package into its own private workspace and fills it.
    Status openVisitPackage(const QString &packagePath);
    void showPage(Page page);
    Page currentPage() const;
    void setLanguage(const QString &language);

    InteractionsPage *interactionsPage() const { return m_interactions; }
    EvaluationsPage *evaluationsPage() const { return m_evaluations; }
    WorkQueuePage *workQueuePage() const { return m_workQueue; }
    DashboardsPage *dashboardsPage() const { return m_dashboards; }
    ResultsPage *resultsPage() const { return m_results; }
    VisitsPage *visitsPage() const { return m_visits; }
    ScorecardsPage *scorecardsPage() const { return m_scorecards; }
    StandardsPage *standardsPage() const { return m_standards; }
    SettingsPage *settingsPage() const { return m_settings; }

signals:
    void demoReady();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // From the Interactions page: choose the form and open the editor in the work queue.
    void evaluateInteraction(qint64 interactionId, Channel channel);
    void createActions();
    void retranslate();
    void updateForWorkspace();
    void rebuildRecentMenu();
    void chooseAndOpen();
    void chooseAndCreate();
    void openFromUi(const QString &path, Database::OpenMode mode);
    void showImportDialog();

    Session *m_session;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    InteractionsPage *m_interactions;
    WorkQueuePage *m_workQueue;
    EvaluationsPage *m_evaluations;
    DashboardsPage *m_dashboards;
    ResultsPage *m_results;
    VisitsPage *m_visits;
    ScorecardsPage *m_scorecards;
    StandardsPage *m_standards;
    SettingsPage *m_settings;
    QPointer<ImportDialog> m_importDialog;
    QPointer<BackgroundJob> m_demoJob;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_packageAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace servqa
