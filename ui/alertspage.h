#pragma once

#include "actions.h"
#include "alerts.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace servqa {

class AlertsWatcher;
class Session;

// Alerts (预警): indicators past their warning or alarm level and control charts' signals, newest
// first, per site and region; the cases behind the one chosen; acknowledged with a note, after
// which it stays listed, greyed. Re-read whenever the watcher has looked at new data.
class AlertsPage : public QWidget
{
    Q_OBJECT

public:
    AlertsPage(Session &session, AlertsWatcher &watcher, QWidget *parent = nullptr);

    QTableWidget *alertTable() const { return m_table; }
    QTableWidget *caseTable() const { return m_cases; }
    QCheckBox *openOnlyBox() const { return m_openOnly; }
    QComboBox *placeBox() const { return m_place; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QPushButton *raiseActionButton() const { return m_raiseAction; }
    // Opens the case of the cases' table's `row`: its evaluation or its interaction.
    void openCase(int row);
    const QVector<Alert> &shown() const { return m_shown; }
    void reload();
    // Shows every alert of every place and selects this one (from an action raised on it).
    bool showAlert(qint64 alertId);
    // Acknowledges the selected alert as the working user; the dialog asks for the note unless given.
    bool acknowledgeSelected(const QString &note = {});

signals:
    void evaluationRequested(qint64 evaluationId, const QDate &day);
    void interactionRequested(const QString &externalId, const QDate &day);
    // A corrective action on the selected alert, filled in from it (its place, its indicator as the measure).
    void actionRequested(const ActionDraft &prefill);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fill();
    void showCases();
    int selectedRow() const;

    Session &m_session;
    QVector<Alert> m_all;
    QVector<Alert> m_shown;
    QVector<AlertCase> m_caseList; // the cases' table's rows
    bool m_stale = true;
    QLabel *m_summary;
    QCheckBox *m_openOnly;
    QLabel *m_placeLabel;
    QComboBox *m_place;
    QTableWidget *m_table;
    QLabel *m_casesTitle;
    QTableWidget *m_cases;
    QPushButton *m_acknowledge;
    QPushButton *m_raiseAction;
    QLabel *m_message;
};

} // namespace servqa
