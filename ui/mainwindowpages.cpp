// The main window's pages: each made when first shown (MainWindow::pageWidget()), wired to the
// others where one page sends the user to another (a case, an evaluation, an action to raise).
#include "mainwindow.h"

#include "actionspage.h"
#include "alertspage.h"
#include "alertswatcher.h"
#include "calibrationpage.h"
#include "complaintspage.h"
#include "dashboardspage.h"
#include "evaluationspage.h"
#include "interactionspage.h"
#include "resultspage.h"
#include "scorecardspage.h"
#include "session.h"
#include "settingspage.h"
#include "standardspage.h"
#include "visitspage.h"
#include "workqueuepage.h"

#include <QStackedWidget>
#include <QStatusBar>

namespace servqa {

namespace {
// Stack order: the welcome page first, then the pages in navigation order.
int stackIndex(MainWindow::Page page) { return 1 + int(page); }
} // namespace

QWidget *MainWindow::pageWidget(Page page)
{
    QWidget *current = m_stack->widget(stackIndex(page));
    QWidget *made = nullptr;
    switch (page) {
    case Page::Interactions: return m_interactions;
    case Page::WorkQueue:
        if (!m_workQueue)
        {
            made = m_workQueue = new WorkQueuePage(*m_session, m_stack);
            connect(m_workQueue, &WorkQueuePage::statusMessage, statusBar(), &QStatusBar::showMessage);
        }
        break;
    case Page::Evaluations:
        if (!m_evaluations) {
            made = m_evaluations = new EvaluationsPage(*m_session, m_stack);
            connect(m_evaluations, &EvaluationsPage::actionRequested, this, &MainWindow::raiseAction);
        }
        break;
    case Page::Visits:
        if (!m_visits) {
            made = m_visits = new VisitsPage(*m_session, m_stack);
            connect(m_visits, &VisitsPage::actionRequested, this, &MainWindow::raiseAction);
        }
        break;
    case Page::Dashboards:
        if (!m_dashboards) {
            made = m_dashboards = new DashboardsPage(*m_session, m_stack);
            connect(m_dashboards, &DashboardsPage::evaluationRequested, this, &MainWindow::openEvaluationCase);
            connect(m_dashboards, &DashboardsPage::interactionRequested, this, &MainWindow::openInteractionCase);
            connect(m_dashboards, &DashboardsPage::evaluationsRequested, this,
                    [this](const QDate &from, const QDate &to, std::optional<qint64> siteId, std::optional<qint64> staffId,
                           std::optional<qint64> formId) {
                        evaluationsPage()->showEvaluations(from, to, siteId, staffId, formId);
                        showPage(Page::Evaluations);
                    });
            connect(m_dashboards, &DashboardsPage::actionRequested, this, &MainWindow::raiseAction);
            connect(m_dashboards, &DashboardsPage::interactionsRequested, this, [this](const InteractionFilter &filter) {
                showPage(Page::Interactions);
                interactionsPage()->showFiltered(filter);
            });
        }
        break;
    case Page::Results:
        if (!m_results) {
            made = m_results = new ResultsPage(*m_session, m_stack);
            connect(m_results, &ResultsPage::evaluationsRequested, this,
                    [this](const QDate &from, const QDate &to, std::optional<qint64> siteId, std::optional<qint64> staffId,
                           std::optional<qint64> evaluationId) {
                        evaluationsPage()->showEvaluations(from, to, siteId, staffId, std::nullopt, evaluationId);
                        showPage(Page::Evaluations);
                    });
            connect(m_results, &ResultsPage::actionRequested, this, &MainWindow::raiseAction);
        }
        break;
    case Page::Scorecards:
        if (!m_scorecards)
            made = m_scorecards = new ScorecardsPage(*m_session, m_stack);
        break;
    case Page::Standards:
        if (!m_standards)
            made = m_standards = new StandardsPage(*m_session, m_stack);
        break;
    case Page::Calibration:
        if (!m_calibration) {
            made = m_calibration = new CalibrationPage(*m_session, m_stack);
            connect(m_calibration, &CalibrationPage::statusMessage, statusBar(), &QStatusBar::showMessage);
        }
        break;
    case Page::Alerts:
        if (!m_alerts) {
            made = m_alerts = new AlertsPage(*m_session, *m_alertsWatcher, m_stack);
            connect(m_alerts, &AlertsPage::evaluationRequested, this, &MainWindow::openEvaluationCase);
            connect(m_alerts, &AlertsPage::interactionRequested, this, &MainWindow::openInteractionCase);
            connect(m_alerts, &AlertsPage::actionRequested, this, &MainWindow::raiseAction);
        }
        break;
    case Page::Complaints:
        if (!m_complaints) {
            made = m_complaints = new ComplaintsPage(*m_session, m_stack);
            connect(m_complaints, &ComplaintsPage::interactionRequested, this, &MainWindow::openInteractionCase);
            connect(m_complaints, &ComplaintsPage::actionRequested, this, &MainWindow::raiseAction);
        }
        break;
    case Page::Actions:
        if (!m_actions) {
            made = m_actions = new ActionsPage(*m_session, m_stack);
            connect(m_actions, &ActionsPage::evaluationRequested, this, &MainWindow::openEvaluationCase);
            connect(m_actions, &ActionsPage::complaintRequested, this, [this](qint64 id) {
                showPage(Page::Complaints);
                complaintsPage()->showComplaint(id);
            });
            connect(m_actions, &ActionsPage::alertRequested, this, [this](qint64 id) {
                showPage(Page::Alerts);
                alertsPage()->showAlert(id);
            });
            connect(m_actions, &ActionsPage::scorecardRequested, this, [this](qint64 siteId) {
                showPage(Page::Results);
                resultsPage()->showScorecard(SubjectKind::Site, siteId);
            });
        }
        break;
    case Page::Settings:
        if (!m_settings) {
            made = m_settings = new SettingsPage(*m_session, m_stack);
            connect(m_settings, &SettingsPage::languageChosen, this, &MainWindow::setLanguage);
        }
        break;
    }
    if (made) {
        m_stack->insertWidget(stackIndex(page), made);
        m_stack->removeWidget(current);
        current->deleteLater();
        return made;
    }
    return current;
}

void MainWindow::openEvaluationCase(qint64 evaluationId, const QDate &day)
{
    evaluationsPage()->showEvaluations(day, day, std::nullopt, std::nullopt, std::nullopt, evaluationId);
    showPage(Page::Evaluations);
}

void MainWindow::raiseAction(const ActionDraft &prefill)
{
    showPage(Page::Actions);
    actionsPage()->raiseAction(prefill);
}

void MainWindow::openInteractionCase(const QString &externalId, const QDate &day)
{
    m_interactions->showInteraction(externalId, day);
    showPage(Page::Interactions);
}

EvaluationsPage *MainWindow::evaluationsPage() { return static_cast<EvaluationsPage *>(pageWidget(Page::Evaluations)); }
WorkQueuePage *MainWindow::workQueuePage() { return static_cast<WorkQueuePage *>(pageWidget(Page::WorkQueue)); }
DashboardsPage *MainWindow::dashboardsPage() { return static_cast<DashboardsPage *>(pageWidget(Page::Dashboards)); }
ResultsPage *MainWindow::resultsPage() { return static_cast<ResultsPage *>(pageWidget(Page::Results)); }
VisitsPage *MainWindow::visitsPage() { return static_cast<VisitsPage *>(pageWidget(Page::Visits)); }
ScorecardsPage *MainWindow::scorecardsPage() { return static_cast<ScorecardsPage *>(pageWidget(Page::Scorecards)); }
StandardsPage *MainWindow::standardsPage() { return static_cast<StandardsPage *>(pageWidget(Page::Standards)); }
CalibrationPage *MainWindow::calibrationPage() { return static_cast<CalibrationPage *>(pageWidget(Page::Calibration)); }
AlertsPage *MainWindow::alertsPage() { return static_cast<AlertsPage *>(pageWidget(Page::Alerts)); }
ComplaintsPage *MainWindow::complaintsPage() { return static_cast<ComplaintsPage *>(pageWidget(Page::Complaints)); }
ActionsPage *MainWindow::actionsPage() { return static_cast<ActionsPage *>(pageWidget(Page::Actions)); }
SettingsPage *MainWindow::settingsPage() { return static_cast<SettingsPage *>(pageWidget(Page::Settings)); }

} // namespace servqa
