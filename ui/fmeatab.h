#pragma once

#include "actions.h"
#include "fmea.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace servqa {

class Database;
class Session;

// One failure mode of the service FMEA: its process, step, what goes wrong, effect, cause and
// controls, rated 1–10 with its RPN and action priority shown as the ratings change; the item that
// measures it, whose failure rate can propose the occurrence rating.
class FmeaModeDialog : public QDialog
{
    Q_OBJECT

public:
    FmeaModeDialog(Database &db, const FmeaMode &mode, const QStringList &processes, QWidget *parent = nullptr);

    FmeaMode mode() const;
    QSpinBox *severityBox() const { return m_severity; }
    QSpinBox *occurrenceBox() const { return m_occurrence; }
    QSpinBox *detectionBox() const { return m_detection; }
    QComboBox *itemBox() const { return m_item; }
    QLabel *riskLabel() const { return m_risk; }
    QLabel *proposalLabel() const { return m_proposal; }
    // Sets the occurrence from the linked item's failure rate over the last 90 days.
    void proposeOccurrence();
    void accept() override;

private:
    void updateRisk();

    Database &m_db;
    FmeaMode m_mode;
    QComboBox *m_process;
    QLineEdit *m_step;
    QLineEdit *m_failure;
    QLineEdit *m_effect;
    QLineEdit *m_cause;
    QLineEdit *m_controls;
    QSpinBox *m_severity, *m_occurrence, *m_detection;
    QComboBox *m_item;
    QPushButton *m_propose;
    QLabel *m_risk;
    QLabel *m_proposal;
    QLabel *m_problem;
};

// The FMEA register on the Actions page: the failure modes of a process with S, O, D, RPN and AP,
// their recommended action and its state, and the rating after it beside the first.
class FmeaTab : public QWidget
{
    Q_OBJECT

public:
    explicit FmeaTab(Session &session, QWidget *parent = nullptr);

    enum Column { StepColumn, FailureColumn, EffectColumn, CauseColumn, RatingColumn, RpnColumn, PriorityColumn, ActionColumn,
                  AfterColumn, RpnAfterColumn, PriorityAfterColumn, ColumnCount };

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    const QVector<FmeaMode> &shown() const { return m_shown; }
    void reload();
    bool select(qint64 modeId);
    // The steps as the working user, without their dialogs.
    bool rateSelectedAfter(const FmeaRating &after);
    bool linkSelected(qint64 actionId);

signals:
    // An action for the selected mode; the page raises it and links it back (linkSelected()).
    void actionRequested(qint64 modeId, const ActionDraft &prefill);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void updateButtons();
    const FmeaMode *selected() const;
    void edit(bool adding);
    void rateAfter();
    bool finish(const Status &status, qint64 id);

    Session &m_session;
    QVector<FmeaMode> m_all;
    QVector<FmeaMode> m_shown;
    QLabel *m_processLabel;
    QComboBox *m_process;
    QPushButton *m_add;
    QPushButton *m_change;
    QPushButton *m_raise;
    QPushButton *m_rate;
    QLabel *m_note;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace servqa
