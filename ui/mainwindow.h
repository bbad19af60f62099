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
class QTimer;
class QToolButton;

namespace servqa {
struct ActionDraft;

class BackgroundJob;
class DashboardsPage;
class EvaluationsPage;
class ImportDialog;
class InteractionsPage;
class ResultsPage;
class ScorecardsPage;
class StandardsPage;
class CalibrationPage;
class AlertsPage;
class ComplaintsPage;
class ActionsPage;
class AlertsWatcher;
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
    enum class Page { Interactions, WorkQueue, Evaluations, Visits, Dashboards, Results, Scorecards, Standards, Calibration, Alerts, Complaints, Actions,
                      Settings };

    // `starting`: the workspace file this start will open (openFromUi), if any. Its first page of
    // interactions is read while the window is built and the file checked and opened; it is shown
    // only once the workspace is open (PagedTableModel::prefetch).
    explicit MainWindow(const QString &starting = QString(), QWidget *parent = nullptr);
    QToolButton *workingAsButton() const { return m_workingAs; }
    ~MainWindow() override;

    Session &session() const { return *m_session; }
    // Checks the file for damage (unless known whole) and upgrades an older one first, both off
    // the GUI thread. A damaged workspace is refused (the error says so) unless opened read-only.
    Status openWorkspace(const QString &path, Database::OpenMode mode = Database::OpenMode::OpenExisting,
                         Database::Access access = Database::Access::ReadWrite);
    // Puts a backup in the place of a workspace (the file there is kept, renamed) and opens it.
    Status restoreFromBackup(const QString &workspacePath, const QString &backupPath);
    // Opens as a user asked for it: an error is shown, and a damaged workspace is explained with
    // the choice of opening it read-only or restoring a backup.
    void openFromUi(const QString &path, Database::OpenMode mode = Database::OpenMode::OpenExisting);
    // Opens the demo workspace in the user's data folder, building it first if it is missing.
    void openDemoWorkspace();
    // A mystery shopper opens a visit package into its own private workspace and fills it.
    // `shopperKey`: the key the QA lead gave the shopper; asked for when the package's workspace
    // does not hold it yet and none is given.
    Status openVisitPackage(const QString &packagePath, const QString &shopperKey = QString());
    void showPage(Page page);
    Page currentPage() const;
    void setLanguage(const QString &language);

    // Pages other than Interactions are made when first shown or asked for (a faster start).
    InteractionsPage *interactionsPage() const { return m_interactions; }
    EvaluationsPage *evaluationsPage();
    WorkQueuePage *workQueuePage();
    DashboardsPage *dashboardsPage();
    ResultsPage *resultsPage();
    VisitsPage *visitsPage();
    ScorecardsPage *scorecardsPage();
    StandardsPage *standardsPage();
    CalibrationPage *calibrationPage();
    AlertsPage *alertsPage();
    ComplaintsPage *complaintsPage();
    ActionsPage *actionsPage();
    AlertsWatcher *alertsWatcher() const { return m_alertsWatcher; }
    SettingsPage *settingsPage();

signals:
    void demoReady();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    Status openWorkspaceChecked(const QString &path, Database::OpenMode mode, Database::Access access);
    // From the Interactions page: choose the form and open the editor in the work queue.
    void evaluateInteraction(qint64 interactionId, Channel channel);
    // A case behind an alert or a chart's week, opened where it lives.
    void openEvaluationCase(qint64 evaluationId, const QDate &day);
    void openInteractionCase(const QString &externalId, const QDate &day);
    // The Actions page, raising an action filled in from its source (a complaint, an alert, a failing item).
    void raiseAction(const ActionDraft &prefill);
    void createActions();
    void retranslate();
    void updateForWorkspace();
    void rebuildRecentMenu();
    // The page's widget, made (and wired) on first use in place of its stack placeholder.
    QWidget *pageWidget(Page page);
    void chooseAndOpen();
    void connectToServer();
    void chooseAndCreate();
    void showImportDialog();
    void startDailyBackup();
    // A moment after a workspace opened (m_afterOpening): what its first page need not wait for.
    void afterOpening();
    void writePendingRecent();
    // The workspace file the user opened (not the private copy read in its place).
    QString workspaceFile() const;
    void waitForBackup();

    Session *m_session;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    InteractionsPage *m_interactions;
    WorkQueuePage *m_workQueue = nullptr;
    EvaluationsPage *m_evaluations = nullptr;
    DashboardsPage *m_dashboards = nullptr;
    ResultsPage *m_results = nullptr;
    VisitsPage *m_visits = nullptr;
    ScorecardsPage *m_scorecards = nullptr;
    StandardsPage *m_standards = nullptr;
    CalibrationPage *m_calibration = nullptr;
    AlertsPage *m_alerts = nullptr;
    ComplaintsPage *m_complaints = nullptr;
    ActionsPage *m_actions = nullptr;
    AlertsWatcher *m_alertsWatcher = nullptr;
    SettingsPage *m_settings = nullptr;
    QPointer<ImportDialog> m_importDialog;
    QPointer<BackgroundJob> m_demoJob;
    QPointer<BackgroundJob> m_backupJob;
    QTimer *m_afterOpening;
    QString m_recentPending; // opened, not yet first in the recent list
    bool m_backupPending = false;
    QStringList m_damage; // what the last refused open found damaged
    bool m_wasOpen = false;
    QString m_readOnlyOriginal; // the damaged file whose upgraded copy is open read-only
    QAction *m_checkAction = nullptr;
    QAction *m_restoreAction = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_packageAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_workAsAction = nullptr;
    QToolButton *m_workingAs = nullptr; // in the status bar: who is working, a click changes it
    QList<QAction *> m_pageActions;
};

} // namespace servqa
