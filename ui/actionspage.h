#pragma once

#include "actions.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace servqa {

class FmeaTab;
class PdcaTab;
class Session;

// Corrective and preventive actions (纠正预防措施): open ones first, overdue at the top; the chosen
// one's source, root cause, measure and verification, and its whole history; the steps as buttons —
// change, root cause, start, note, done, verify (a QA lead's: the before/after test decides), reopen.
// A second tab holds the service FMEA register (ui/fmeatab.h), a third the PDCA board (ui/pdcatab.h).
class ActionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ActionsPage(Session &session, QWidget *parent = nullptr);

    enum Column { ReferenceColumn, TitleColumn, SourceColumn, PlaceColumn, OwnerColumn, DueColumn, StatusColumn, VerificationColumn, ColumnCount };
    enum class Show { NotVerified, ToVerify, All }; // not verified: open, in progress, or done and waiting

    QTableWidget *actionTable() const { return m_table; }
    QTableWidget *historyTable() const { return m_history; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *messageLabel() const { return m_message; }
    QComboBox *showBox() const { return m_show; }
    QPushButton *stepButton(const QString &step) const; // "edited", "root_cause", "started", "note", "done", "verified", "reopened"
    const QVector<CorrectiveAction> &shown() const { return m_shown; }

    void setToday(const QDate &today); // invalid (the default): today
    void reload();
    bool select(qint64 actionId);
    // Opens the dialog to raise an action, filled in from its source; the new action's id, if raised.
    std::optional<qint64> raiseAction(const ActionDraft &prefill);
    FmeaTab *fmeaTab() const { return m_fmea; }
    PdcaTab *pdcaTab() const { return m_pdca; }
    void showFmea();

    // The steps on the selected action as the working user, without their dialogs.
    bool stepSelected(const QString &step, const QString &text);
    bool verifySelected();

signals:
    void complaintRequested(qint64 complaintId);
    void evaluationRequested(qint64 evaluationId, const QDate &day);
    void alertRequested(qint64 alertId);
    void scorecardRequested(qint64 siteId); // a failed item's store

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QDate today() const;
    void retranslate();
    void fill();
    void showSelected();
    const CorrectiveAction *selected() const;
    void ask(const QString &step);
    bool finish(const Status &status, qint64 id);
    void openSource();
    void exportPdf();

    Session &m_session;
    QDate m_today;
    bool m_stale = true;
    QVector<CorrectiveAction> m_all;
    QVector<CorrectiveAction> m_shown;
    QLabel *m_summary;
    QLabel *m_placeLabel;
    QComboBox *m_place;
    QLabel *m_showLabel;
    QComboBox *m_show;
    QLineEdit *m_search;
    QPushButton *m_new;
    QTableWidget *m_table;
    QLabel *m_title;
    QLabel *m_details;
    QVector<QPushButton *> m_steps;
    QPushButton *m_source;
    QPushButton *m_pdf;
    QTableWidget *m_history;
    QLabel *m_message;
    QTabWidget *m_tabs;
    FmeaTab *m_fmea;
    PdcaTab *m_pdca;
};

} // namespace servqa
