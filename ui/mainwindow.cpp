#include "mainwindow.h"

#include "appsettings.h"
#include "backgroundjob.h"
#include "backups.h"
#include "bakedicon.h"
#include "alertspage.h"
#include "alertswatcher.h"
#include "plaintext.h"
#include "serverdialog.h"
#include "complaintspage.h"
#include "actionspage.h"
#include "calibrationpage.h"
#include "dashboardspage.h"
#include "workasdialog.h"
#include "evaluationspage.h"
#include "formatting.h"
#include "formrepository.h"
#include "migrations.h"
#include "importdialog.h"
#include "integrity.h"
#include "interactionlistmodel.h"
#include "interactionspage.h"
#include "resultspage.h"
#include "scorecardspage.h"
#include "standardspage.h"
#include "session.h"
#include "settingspage.h"
#include "translations.h"
#include "userrepository.h"
#include "visitpackage.h"
#include "visitspage.h"
#include "welcomepage.h"
#include "workqueuepage.h"
#include "workspaceopener.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QDialog>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QStyle>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace servqa {

namespace {
// Stack order: the welcome page first, then the pages in navigation order.
constexpr int WelcomeIndex = 0;
const QString WorkspaceFilter = QStringLiteral("*.servqa");

// A server's workspace as the title bar names it: "DATABASE on HOST" (a local socket: the machine).
QString serverTitle(const QString &address)
{
    const QUrl url(address);
    const QString host = url.host().isEmpty() ? QCoreApplication::translate("servqa::MainWindow", "this computer") : url.host();
    return QCoreApplication::translate("servqa::MainWindow", "%1 on %2").arg(url.path().mid(1), host);
}
} // namespace

MainWindow::MainWindow(const QString &starting, QWidget *parent) : QMainWindow(parent), m_session(new Session(this))
{
    setWindowIcon(bakedIcon(QStringLiteral(":/icons/servqa"), {16, 24, 32, 48, 64, 128}));
    m_nav = new QListWidget(this);
    m_nav->setFixedWidth(190);
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(2);
    // In Page order; drawn for ServQA in one line style (resources/icons/nav).
    for (const char *icon : {"interactions", "workqueue", "evaluations", "visits", "dashboards", "results", "scorecards",
                             "standards", "calibration", "alerts", "complaints", "actions", "settings"})
        new QListWidgetItem(bakedIcon(QStringLiteral(":/icons/nav/") + QLatin1String(icon), {20, 30, 40, 60}), QString(), m_nav);

    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_stack);
    m_interactions = new InteractionsPage(*m_session, starting, m_stack); // its list read while the rest is built
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_interactions);
    // The other pages are made when first needed (pageWidget()): until then a placeholder.
    for (int p = int(Page::WorkQueue); p <= int(Page::Settings); ++p)
        m_stack->addWidget(new QWidget(m_stack));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && (m_session->isOpen() || static_cast<Page>(row) == Page::Settings))
            m_stack->setCurrentWidget(pageWidget(static_cast<Page>(row)));
    });
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::chooseAndCreate);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseAndOpen);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoWorkspace);
    connect(m_welcome, &WelcomePage::recentChosen, this,
            [this](const QString &path) { openFromUi(path, Database::OpenMode::OpenExisting); });
    connect(m_interactions, &InteractionsPage::evaluateRequested, this, &MainWindow::evaluateInteraction);
    connect(m_interactions, &InteractionsPage::complaintRequested, this, [this](qint64 interactionId) {
        showPage(Page::Complaints);
        complaintsPage()->registerComplaint(interactionId);
    });
    connect(m_session, &Session::opened, this, &MainWindow::updateForWorkspace);
    connect(m_session, &Session::closed, this, &MainWindow::updateForWorkspace);
    connect(m_session, &Session::userChanged, this, &MainWindow::updateForWorkspace);
    connect(m_session, &Session::connectionChanged, this, &MainWindow::updateForWorkspace);
    connect(m_session, &Session::keptDraftsSaved, this, [this](int saved, const QStringList &problems) {
        if (saved > 0)
            statusBar()->showMessage(tr("%n draft(s) kept on this computer while the server was away saved to it.", nullptr, saved), 20000);
        if (problems.isEmpty())
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Drafts Kept on This Computer"), problems.join(QStringLiteral("\n\n")),
                                    QMessageBox::Ok, this);
        plain::plainTexts(*box); // the kept files' names and the server's words
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not modal to the event loop: the pages go on hearing the server
    });
    // Who is working is asked once per workspace, when it first opens here.
    connect(m_session, &Session::opened, this, [this] {
        if (!m_session->userChosen() && !m_session->isReadOnly())
            QTimer::singleShot(0, this, [this] {
                if (m_session->isOpen() && !m_session->userChosen() && !findChild<QDialog *>(QStringLiteral("workAsDialog")))
                    showWorkAsDialog(this, *m_session);
            });
    });
    m_workingAs = new QToolButton(this);
    m_workingAs->setAutoRaise(true);
    m_workingAs->setToolButtonStyle(Qt::ToolButtonTextOnly);
    statusBar()->addPermanentWidget(m_workingAs);
    connect(m_workingAs, &QToolButton::clicked, this, [this] { showWorkAsDialog(this, *m_session); });

    m_afterOpening = new QTimer(this);
    m_afterOpening->setSingleShot(true);
    m_afterOpening->setInterval(AlertsWatcher::AfterOpeningMs);
    connect(m_afterOpening, &QTimer::timeout, this, &MainWindow::afterOpening);
    m_alertsWatcher = new AlertsWatcher(*m_session, this); // the open alerts' count in the navigation, as data comes in
    connect(m_alertsWatcher, &AlertsWatcher::updated, this, [this](int open) {
        m_nav->item(int(Page::Alerts))->setText(open > 0 ? tr("Alerts (%1)").arg(open) : tr("Alerts"));
    });
    createActions();
    retranslate();
    updateForWorkspace();
    const QByteArray geometry = AppSettings().windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // A laptop's screen (1366×768) is all used; a larger one gets a window of a good size.
        const QSize available = screen()->availableGeometry().size();
        const bool small = available.width() < 1280 + 40 || available.height() < 800 + 60;
        resize(small ? available : QSize(1280, 800));
        if (small)
            setWindowState(windowState() | Qt::WindowMaximized);
    }
}

MainWindow::~MainWindow()
{
    writePendingRecent();
    if (m_demoJob) {
        m_demoJob->cancel();
        m_demoJob->wait(-1);
    }
    waitForBackup();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::chooseAndCreate);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseAndOpen);
    m_demoAction = new QAction(this);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemoWorkspace);
    m_connectAction = new QAction(this);
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectToServer);
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, m_session, &Session::close);
    m_packageAction = new QAction(this);
    connect(m_packageAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a Visit Package"), QString(),
                                                          tr("Visit packages (*.servqa-visit);;All files (*)"));
        if (!path.isEmpty())
            openVisitPackage(path);
    });
    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::showImportDialog);
    m_checkAction = new QAction(this);
    connect(m_checkAction, &QAction::triggered, this, [this] {
        if (m_session->isOpen())
            WorkspaceOpener::checkNow(this, workspaceFile());
    });
    m_restoreAction = new QAction(this);
    connect(m_restoreAction, &QAction::triggered, this, [this] {
        const QString workspace = workspaceFile();
        const QString backup = m_session->isOpen() ? WorkspaceOpener::chooseBackup(this, workspace) : QString();
        if (backup.isEmpty())
            return;
        if (const Status s = restoreFromBackup(workspace, backup); !s)
            plain::warning(this, tr("Restore from Backup"), s.error());
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_workAsAction = new QAction(this);
    m_workAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(m_workAsAction, &QAction::triggered, this, [this] { showWorkAsDialog(this, *m_session); });
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About ServQA"), tr("ServQA %1\nService-quality inspection: scorecards, mystery shopping and the "
                                                        "SERVQUAL gap model.").arg(QCoreApplication::applicationVersion()));
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_connectAction);
    QAction *const line = nullptr; // a separator
    for (QAction *a : {m_demoAction, m_packageAction, m_closeAction, line, m_workAsAction, line, m_importAction, line, m_checkAction,
                       m_restoreAction, line, m_quitAction})
        a ? void(m_fileMenu->addAction(a)) : void(m_fileMenu->addSeparator());

    m_goMenu = menuBar()->addMenu(QString());
    for (int p = 0; p < m_nav->count(); ++p) {
        auto *action = new QAction(this);
        // Ctrl+1 … Ctrl+9, Alerts Ctrl+Shift+A, Complaints Ctrl+Shift+C, Actions Ctrl+Shift+T, Settings (the last) Ctrl+0.
        action->setShortcut(p < 9                                      ? QKeySequence(Qt::CTRL | (Qt::Key_1 + p))
                            : static_cast<Page>(p) == Page::Alerts     ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)
                            : static_cast<Page>(p) == Page::Complaints ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)
                            : static_cast<Page>(p) == Page::Actions    ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)
                                                                       : QKeySequence(Qt::CTRL | Qt::Key_0));
        connect(action, &QAction::triggered, this, [this, p] { showPage(static_cast<Page>(p)); });
        m_goMenu->addAction(action);
        m_pageActions << action;
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const QStringList pages = {tr("Interactions"), tr("Work queue"), tr("Evaluations"), tr("Visits"), tr("Dashboards"), tr("Results"), tr("Scorecards"),
                               tr("Standards"), tr("Calibration"),
                               m_alertsWatcher->openCount() > 0 ? tr("Alerts (%1)").arg(m_alertsWatcher->openCount()) : tr("Alerts"),
                               tr("Complaints"), tr("Actions"), tr("Settings")};
    for (int p = 0; p < pages.size(); ++p) {
        m_nav->item(p)->setText(pages[p]);
        m_pageActions.value(p)->setText(pages[p]);
    }
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New Workspace…"));
    m_openAction->setText(tr("&Open Workspace…"));
    m_demoAction->setText(tr("Open &Demo Workspace"));
    m_connectAction->setText(tr("Connect to &Server…"));
    m_closeAction->setText(tr("&Close Workspace"));
    m_packageAction->setText(tr("Open &Visit Package…"));
    m_packageAction->setToolTip(tr("For mystery shoppers: fill in a visit sent as a package, without the workspace."));
    m_importAction->setText(tr("&Import CSV…"));
    m_checkAction->setText(tr("Check for Dama&ge"));
    m_checkAction->setToolTip(tr("Read every page of the workspace and check it (about a second and a half per GB)."));
    m_restoreAction->setText(tr("Restore from &Backup…"));
    m_restoreAction->setToolTip(tr("Put one of the daily backups in the place of this workspace; the file there now is kept beside it."));
    m_quitAction->setText(tr("&Quit"));
    m_workAsAction->setText(tr("&Work As…"));
    m_workAsAction->setToolTip(tr("Choose who you are in this workspace: every page acts as this person."));
    m_aboutAction->setText(tr("&About ServQA"));
    rebuildRecentMenu();
    updateForWorkspace();
}

void MainWindow::updateForWorkspace()
{
    const bool open = m_session->isOpen();
    const bool readOnly = m_session->isReadOnly();
    const bool server = open && m_session->database()->isServer();
    const QString name = !open ? QString() : server ? serverTitle(m_session->path()) : QFileInfo(workspaceFile()).fileName();
    setWindowTitle(!open ? tr("ServQA") : readOnly ? tr("%1 (read-only) — ServQA").arg(name) : tr("%1 — ServQA").arg(name));
    statusBar()->showMessage(!open      ? tr("No workspace open")
                             : readOnly ? tr("%1 is damaged and open read-only: nothing can be changed. Export what you need, or "
                                             "File ▸ Restore from Backup….")
                                              .arg(workspaceFile())
                             : server && m_session->isConnectionLost()
                                 ? tr("%1 cannot be reached: ServQA tries again every few seconds; what you are editing stays here until it is saved.")
                                       .arg(serverTitle(m_session->path()))
                             : server && QUrlQuery(QUrl(m_session->path())).queryItemValue(QStringLiteral("sslmode")) == QLatin1String("verify-full")
                                 ? tr("Signed in to %1 as %2, encrypted (TLS, the server's certificate checked); the server decides what your "
                                      "role may see and change.")
                                       .arg(serverTitle(m_session->path()), m_session->userName())
                             : server ? tr("Signed in to %1 as %2; the server decides what your role may see and change.")
                                            .arg(serverTitle(m_session->path()), m_session->userName())
                                        : m_session->path());
    m_closeAction->setEnabled(open);
    const QString who = open ? workingAsText(*m_session) : QString();
    m_workAsAction->setEnabled(open && !who.isEmpty() && !server); // on a server you are who you signed in as
    m_workingAs->setVisible(!who.isEmpty());
    m_workingAs->setText(tr("Working as: %1").arg(who));
    m_workingAs->setToolTip(server ? tr("Every page acts as the account you signed in with.")
                                   : tr("Every page acts as this person. Click to change (%1).")
                                         .arg(m_workAsAction->shortcut().toString(QKeySequence::NativeText)));
    m_importAction->setEnabled(open && !readOnly);
    m_importAction->setToolTip(readOnly ? tr("The workspace is open read-only.") : QString());
    // A file's own checks and backups; a server's are the server's (pg_dump, docs/team-mode.md).
    m_checkAction->setEnabled(open && !server);
    m_restoreAction->setEnabled(open && !server);
    for (int p = 0; p < m_nav->count(); ++p) {
        const bool usable = open || static_cast<Page>(p) == Page::Settings;
        QListWidgetItem *item = m_nav->item(p);
        item->setFlags(usable ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
        m_pageActions.value(p)->setEnabled(usable);
    }
    if (!open) {
        writePendingRecent(); // closed within a moment of opening: it is still the most recent
        m_welcome->setRecent(AppSettings().recentWorkspaces());
        m_nav->setCurrentRow(-1);
        m_stack->setCurrentIndex(WelcomeIndex);
    } else if (m_stack->currentIndex() == WelcomeIndex || !m_wasOpen) {
        // A workspace that opens starts on its interactions, even if the list of pages took the
        // focus meanwhile and chose the only page usable without one (Settings).
        showPage(Page::Interactions);
    }
    m_wasOpen = open;
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(int(page));
    m_stack->setCurrentWidget(pageWidget(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(qMax(0, m_stack->currentIndex() - 1));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings().recentWorkspaces();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(path);
        connect(a, &QAction::triggered, this, [this, path] { openFromUi(path, Database::OpenMode::OpenExisting); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

Status MainWindow::openWorkspace(const QString &path, Database::OpenMode mode, Database::Access access)
{
    const Status status = openWorkspaceChecked(path, mode, access);
    if (!status)
        m_interactions->model()->cancelPrefetch(); // rows read from a file that did not open are never shown
    return status;
}

Status MainWindow::openWorkspaceChecked(const QString &path, Database::OpenMode mode, Database::Access access)
{
    // The workspace opened before is in the recent list; its backup waits for its next open.
    m_afterOpening->stop();
    writePendingRecent();
    m_backupPending = false;
    m_damage.clear();
    if (access == Database::Access::ReadWrite && QFileInfo::exists(path)) {
        // Checked for damage unless known whole, and upgraded if older, on a worker thread: nothing
        // is written to a damaged file, and the window keeps answering meanwhile.
        const auto prepared = WorkspaceOpener::prepare(this, path);
        if (!prepared.error.isEmpty())
            return Error{prepared.error};
        if (!prepared.damage.isEmpty()) {
            m_damage = prepared.damage;
            return Error{integrity::damagedMessage(path, prepared.damage)};
        }
    }
    QString opened = path;
    if (access == Database::Access::ReadOnly) {
        // A workspace of an older ServQA must be upgraded to be read, and the damaged file is
        // never written: a private copy is upgraded and opened read-only instead.
        const auto copy = WorkspaceOpener::upgradedCopy(this, path);
        if (!copy)
            return Error{copy.error()};
        opened = *copy;
    }
    m_readOnlyOriginal = opened != path ? path : QString();
    if (m_session->isOpen())
        waitForBackup();
    const Status status = m_session->open(opened, mode, access);
    if (status && m_session->database()->isServer()) {
        AppSettings().addRecentServer(path);
    } else if (status) {
        // The recent list written and the day's backup started a moment later, not before the
        // first page is drawn: the user waits for neither (docs/PERFORMANCE.md, the start).
        m_recentPending = path;
        m_backupPending = access == Database::Access::ReadWrite;
        m_afterOpening->start();
    }
    return status;
}

void MainWindow::afterOpening()
{
    writePendingRecent();
    if (std::exchange(m_backupPending, false) && m_session->isOpen() && !m_session->isReadOnly())
        startDailyBackup();
}

void MainWindow::writePendingRecent()
{
    if (m_recentPending.isEmpty())
        return;
    AppSettings().addRecentWorkspace(std::exchange(m_recentPending, QString()));
    rebuildRecentMenu();
}

Status MainWindow::restoreFromBackup(const QString &workspacePath, const QString &backupPath)
{
    if (m_session->isOpen() && QFileInfo(workspaceFile()) == QFileInfo(workspacePath)) {
        waitForBackup();
        m_session->close();
    }
    const auto keptAs = backups::restore(backupPath, workspacePath);
    if (!keptAs)
        return Error{keptAs.error()};
    if (const Status s = openWorkspace(workspacePath); !s)
        return s;
    statusBar()->showMessage(keptAs->isEmpty() ? tr("Restored %1 from its backup.").arg(workspacePath)
                                               : tr("Restored %1 from its backup; the file that was there is kept as %2.").arg(workspacePath, *keptAs));
    return success();
}

QString MainWindow::workspaceFile() const
{
    if (!m_session->isOpen())
        return QString();
    return m_session->isReadOnly() && !m_readOnlyOriginal.isEmpty() ? m_readOnlyOriginal : m_session->path();
}

void MainWindow::startDailyBackup()
{
    if (m_backupJob || AppSettings().backupsKept() <= 0)
        return;
    // A backup only reads (VACUUM INTO), so it runs beside the user's work on its own connection.
    const int keep = AppSettings().backupsKept();
    m_backupJob = new BackgroundJob(m_session->path(), [keep](Database &db, const BackgroundJob::ProgressFn &) -> Result<QString> {
        return backups::makeIfDue(db, keep);
    }, this);
    connect(m_backupJob, &BackgroundJob::succeeded, this, [this](const QString &made) {
        if (!made.isEmpty())
            statusBar()->showMessage(tr("Daily backup saved: %1").arg(made), 8000);
    });
    connect(m_backupJob, &BackgroundJob::failed, this, [this](const QString &why) {
        statusBar()->showMessage(tr("The daily backup failed: %1").arg(why), 15000);
    });
    m_backupJob->start();
}

void MainWindow::waitForBackup()
{
    if (!m_backupJob)
        return;
    m_backupJob->wait(-1); // its connection closes with its thread
    delete m_backupJob;
}

Status MainWindow::openVisitPackage(const QString &packagePath, const QString &shopperKey)
{
    // A private workspace per package, kept in the data folder: opening the package again
    // resumes it (the draft survives a crash like any evaluation).
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/packages");
    QDir().mkpath(folder);
    const QString pathKey = QString::fromLatin1(
        QCryptographicHash::hash(QFileInfo(packagePath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    const QString workspace = QDir(folder).filePath(QFileInfo(packagePath).completeBaseName() + QLatin1Char('-') + pathKey + QStringLiteral(".servqa"));
    Status status = m_session->open(workspace, Database::OpenMode::CreateIfMissing);
    // The shopper's key signs the filled package; it is asked once and kept in this workspace.
    QString key = shopperKey;
    if (status && key.isEmpty() && !packageWorkspaceHasKey(*m_session->database())) {
        bool ok = false;
        key = plain::getText(this, tr("Shopper key"),
                                    tr("Type the shopper key your QA lead gave you (six groups of four letters and digits, "
                                       "e.g. ABCD-EFGH-JKLM-NPQR-STUV-WXYZ). It is asked only once."),
                                    QLineEdit::Normal, QString(), &ok);
        if (!ok) {
            m_session->close();
            return Error{tr("Opening the visit package was cancelled.")};
        }
    }
    Result<qint64> visit = status ? openPackageWorkspace(*m_session->database(), packagePath, key) : Result<qint64>(Error{status.error()});
    if (!visit) {
        m_session->close();
        plain::warning(this, tr("Cannot open the visit package"), visit.error());
        return Error{visit.error()};
    }
    const auto shoppers = UserRepository(*m_session->database()).all(UserRole::Shopper);
    if (shoppers && !shoppers->isEmpty())
        m_session->setUserId(shoppers->first().id);
    showPage(Page::Visits);
    visitsPage()->reload();
    visitsPage()->selectVisit(*visit);
    return success();
}

void MainWindow::openFromUi(const QString &path, Database::OpenMode mode)
{
    const Status opened = openWorkspace(path, mode);
    if (!opened && !m_damage.isEmpty()) {
        QString backup;
        const QStringList damage = m_damage;
        switch (WorkspaceOpener::askAboutDamage(this, path, damage, backup)) {
        case WorkspaceOpener::Choice::ReadOnly:
            if (const Status s = openWorkspace(path, Database::OpenMode::OpenExisting, Database::Access::ReadOnly); !s)
                plain::warning(this, tr("Cannot open workspace"), s.error());
            break;
        case WorkspaceOpener::Choice::Restore:
            if (const Status s = restoreFromBackup(path, backup); !s)
                plain::warning(this, tr("Restore from Backup"), s.error());
            break;
        case WorkspaceOpener::Choice::Cancel:
            break;
        }
        return;
    }
    if (const Status &s = opened; !s) {
        plain::warning(this, tr("Cannot open workspace"), s.error());
        if (!QFile::exists(path)) {
            AppSettings().removeRecentWorkspace(path);
            rebuildRecentMenu();
            updateForWorkspace();
        }
    }
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QString(),
                                                      tr("ServQA workspaces (%1);;All files (*)").arg(WorkspaceFilter));
    if (!path.isEmpty())
        openFromUi(path, Database::OpenMode::OpenExisting);
}

void MainWindow::connectToServer()
{
    ServerDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        Database::rememberServerPassword(dialog.address(), dialog.password());
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status opened = openWorkspace(dialog.address());
        QApplication::restoreOverrideCursor();
        if (opened) {
            dialog.keepOrForgetPassword(this, [this](const Status &kept) {
                if (!kept)
                    statusBar()->showMessage(tr("Connected. The password is not remembered: %1.").arg(kept.error()), 15000);
            });
            return;
        }
        plain::warning(this, tr("Cannot connect"), opened.error());
    }
}

void MainWindow::chooseAndCreate()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), tr("workspace.servqa"),
                                                tr("ServQA workspaces (%1)").arg(WorkspaceFilter));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".servqa")))
        path += QStringLiteral(".servqa");
    if (QFile::exists(path)) {
        // Never overwrite: an existing file is opened (and refused if it is not a workspace).
        openFromUi(path, Database::OpenMode::OpenExisting);
        return;
    }
    openFromUi(path, Database::OpenMode::CreateIfMissing);
}

void MainWindow::showImportDialog()
{
    if (!m_session->isOpen())
        return;
    if (!m_importDialog) {
        m_importDialog = new ImportDialog(*m_session, this);
        m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_importDialog->show();
    m_importDialog->raise();
}

void MainWindow::setLanguage(const QString &language)
{
    // Installing translators sends LanguageChange to every widget; each page retranslates
    // itself in place, so filters, selections and open dialogs are kept.
    installTranslations(language);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings().setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::evaluateInteraction(qint64 interactionId, Channel channel)
{
    Database *db = m_session->database();
    if (!db)
        return;
    // The active forms that fit: checklists for store visits, scorecards for the rest.
    const FormKind kind = channel == Channel::Visit ? FormKind::Checklist : FormKind::Scorecard;
    QStringList names;
    QVector<qint64> ids;
    if (const auto versions = FormRepository(*db).versions()) {
        for (const FormVersionSummary &v : *versions) {
            if (v.status == FormStatus::Active && v.kind == kind) {
                names << QStringLiteral("%1 — %2").arg(v.code, v.name);
                ids << v.formId;
            }
        }
    }
    if (ids.isEmpty()) {
        plain::information(this, tr("Evaluate"), tr("No active form fits this interaction. Activate one under Scorecards."));
        return;
    }
    int chosen = 0;
    if (ids.size() > 1) {
        bool ok = false;
        const QString name = plain::getItem(this, tr("Evaluate"), tr("Score with:"), names, 0, false, &ok);
        if (!ok)
            return;
        chosen = int(names.indexOf(name));
    }
    showPage(Page::WorkQueue);
    workQueuePage()->evaluateInteraction(interactionId, ids[chosen]);
}

} // namespace servqa
