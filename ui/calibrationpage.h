#pragma once

#include "calibration.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableWidget;

namespace servqa {

class CalibrationDriftChart;
class EvaluationEditor;
class Session;

// Calibration sessions (校准会, docs/calibration.md): the lead creates a session and closes its
// scoring; each participant scores its interactions in the evaluation editor; after closing, the
// comparison (answers side by side, most disagreement first, the consensus the lead sets), each
// inspector's deviation with the agreement statistics, and the inspectors' drift over sessions
// against the workspace's tolerance. Who drifts shows above the tabs, whatever tab is open.
class CalibrationPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { SessionsTab, ScoreTab, ComparisonTab, InspectorsTab, TrailTab, DriftTab };

    explicit CalibrationPage(Session &session, QWidget *parent = nullptr);

    // Reads the sessions again and shows `sessionId` (or the one shown, or the newest).
    void reload(std::optional<qint64> sessionId = std::nullopt);
    std::optional<qint64> currentSession() const;
    void showSession(qint64 sessionId);
    // Opens the user's scoring of the session's interaction in `row` of the Score tab.
    bool openInteraction(int row);

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *sessionsTable() const { return m_sessions; }
    QTableWidget *unitsTable() const { return m_units; }
    QTableWidget *comparisonTable() const { return m_comparison; }
    QTableWidget *inspectorsTable() const { return m_inspectors; }
    QTableWidget *statisticsTable() const { return m_statistics; }
    QTableWidget *driftTable() const { return m_driftTable; }
    QTableWidget *trailTable() const { return m_trail; }
    QLabel *driftBanner() const { return m_banner; }
    QLabel *comparisonMessage() const { return m_comparisonMessage; }
    EvaluationEditor *editor() const { return m_editor; }
    QPushButton *newSessionButton() const { return m_new; }
    QPushButton *closeScoringButton() const { return m_closeScoring; }
    QPushButton *consensusButton() const { return m_consensus; }

    // The lead's actions, as the buttons do them (dialogs for what they ask).
    void newSession();
    void closeScoring(bool ask = true); // ask: confirm first (the button)
    void setConsensusOfRow(int row);
    void exportCsv();
    void exportPdf();

signals:
    void statusMessage(const QString &text, int timeoutMs);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fillSessions();
    void showCurrent();
    void fillUnits();
    void fillComparison();
    void fillInspectors();
    void fillDrift();
    void fillTrail(const CalibrationSession *session);
    void updateActions();
    QString interactionLabel(qint64 interactionId) const;

    Session &m_session;
    QVector<CalibrationSession> m_all;
    std::optional<qint64> m_current;
    std::optional<CalibrationComparison> m_compared;
    QString m_refusal; // why there is no comparison
    QVector<CalibrationDriftPoint> m_drift;
    double m_tolerance = 5;
    QHash<qint64, QString> m_labels; // interaction → what it is

    QLabel *m_sessionLabel;
    QComboBox *m_sessionBox;
    QLabel *m_facts;
    QPushButton *m_new;
    QPushButton *m_closeScoring;
    QPushButton *m_exportCsv;
    QPushButton *m_exportPdf;
    QLabel *m_banner;
    QTabWidget *m_tabs;
    QTableWidget *m_sessions;
    QTableWidget *m_units;
    EvaluationEditor *m_editor;
    QLabel *m_scoreHint;
    QTableWidget *m_comparison;
    QLabel *m_comparisonMessage;
    QPushButton *m_consensus;
    QTableWidget *m_inspectors;
    QTableWidget *m_statistics;
    QLabel *m_inspectorsNote;
    QTableWidget *m_trail;
    CalibrationDriftChart *m_chart;
    QTableWidget *m_driftTable;
    QLabel *m_toleranceLabel;
    QDoubleSpinBox *m_toleranceBox;
    QSplitter *m_scoreSplitter;
    bool m_shown = false;
};

} // namespace servqa
