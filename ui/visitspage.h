#pragma once

#include "actions.h"

#include "visits.h"

#include <QElapsedTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace servqa {

class EvaluationEditor;
class Session;
class VisitTimeline;

// Visits: mystery-shop visits of a month as a list and a timeline, planned one by one or for
// a whole region (with the lock-out rule), assigned to shoppers, sent as packages to shoppers
// without the workspace and taken back; a shopper fills the checklist in the same keyboard
// editor as evaluations, with a stopwatch for timed items and evidence files shown as
// thumbnails; a QA lead validates or rejects submitted visits and prints a visit's report.
class VisitsPage : public QWidget
{
    Q_OBJECT

public:
    explicit VisitsPage(Session &session, QWidget *parent = nullptr);

    QTableWidget *list() const { return m_list; }
    QPushButton *planButton() const { return m_plan; }
    QPushButton *raiseActionButton() const { return m_raiseAction; }
    VisitTimeline *timeline() const { return m_timeline; }
    EvaluationEditor *editor() const { return m_editor; }
    QListWidget *evidenceList() const { return m_evidence; }
    QDateEdit *monthEdit() const { return m_month; }
    QLabel *stopwatchLabel() const { return m_stopwatchLabel; }
    QComboBox *regionBox() const { return m_region; }
    qint64 currentVisitId() const { return m_currentId; }

    void selectVisit(qint64 visitId);
    void reload();
    // The actions, each asking what it needs.
    void planVisit();
    void planRegion();
    void assignSelected();
    void startSelected();      // the shopper begins (or continues) the checklist
    bool addEvidenceFile(const QString &path, EvidenceKind kind);
    void validateSelected();
    void rejectSelected();
    void exportPackage();
    void importPackage();
    void exportReport();
    // Asks for a corrective action on the chosen visit (actionRequested()).
    void raiseActionOnSelected();
    // In a workspace opened from a visit package: writes the filled package for the QA lead.
    void saveFilledPackage();
    // The stopwatch's seconds go into the current timed item.
    void useStopwatch();

signals:
    // A corrective action on the chosen visit: its store, the checklist's score as the measure.
    void actionRequested(const ActionDraft &prefill);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void reloadChoices();
    void showDetails();
    void updateActions();
    void showEvidence();
    qint64 userId() const;
    bool userIsLead() const;

    Session &m_session;
    QLabel *m_monthLabel;
    QDateEdit *m_month;
    QLabel *m_regionLabel;
    QComboBox *m_region;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QTabWidget *m_checklistTabs; // the checklist, and the visit's evidence
    QPushButton *m_plan;
    QPushButton *m_planRegion;
    QPushButton *m_import;
    QTabWidget *m_views;
    QTableWidget *m_list;
    VisitTimeline *m_timeline;

    QLabel *m_title;
    QLabel *m_facts;
    QPushButton *m_assign;
    QPushButton *m_export;
    QPushButton *m_start;
    QPushButton *m_validate;
    QPushButton *m_reject;
    QPushButton *m_report;
    QPushButton *m_raiseAction;
    QPushButton *m_saveFilled;
    QLabel *m_packageNote;
    EvaluationEditor *m_editor;
    QLabel *m_stopwatchLabel;
    QPushButton *m_stopwatchButton;
    QPushButton *m_useStopwatch;
    QPushButton *m_addEvidence;
    QListWidget *m_evidence;
    QLabel *m_evidenceLabel;
    QTimer *m_tick;
    QElapsedTimer m_stopwatch;
    bool m_stopwatchRunning = false;
    qint64 m_stopwatchMs = 0;

    QVector<Visit> m_visits;
    qint64 m_currentId = 0;
    VisitStatus m_editorStatus = VisitStatus::Planned; // what the editor was opened for
    qint64 m_editorUser = 0;
    bool m_stale = true;
};

} // namespace servqa
