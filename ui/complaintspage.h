#pragma once

#include "actions.h"
#include "complaints.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace servqa {

class Session;

// Complaints (投诉): overdue first, each with its two clocks (first response, resolution) against
// the time limits; the chosen one's text and every step of its history; the steps of the loop as
// buttons — dispatch, customer contacted, note, resolve, close with the customer's word, reopen.
// The clocks move with the time: the list is drawn again every minute.
class ComplaintsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintsPage(Session &session, QWidget *parent = nullptr);

    enum Column { ReferenceColumn, ReceivedColumn, SiteColumn, CategoryColumn, SeverityColumn, StatusColumn, OwnerColumn,
                  FirstResponseColumn, ResolutionColumn, CustomerColumn, ColumnCount };
    enum class Show { NotClosed, Overdue, All }; // not closed: open, and resolved waiting for the customer's word

    QTableWidget *complaintTable() const { return m_table; }
    QTableWidget *historyTable() const { return m_history; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *messageLabel() const { return m_message; }
    QComboBox *showBox() const { return m_show; }
    QPushButton *stepButton(const QString &action) const; // "dispatched", "responded", "note", "resolved", "closed", "reopened"
    const QVector<Complaint> &shown() const { return m_shown; }

    // The time the clocks are read at; invalid (the default): now.
    void setNow(const QDateTime &now);
    void reload();
    bool select(qint64 complaintId);
    // Shows every complaint and selects this one (from an action raised on it).
    void showComplaint(qint64 complaintId);
    // Opens the intake dialog, filled from an interaction when one is given.
    void registerComplaint(std::optional<qint64> interactionId = std::nullopt);

    // The steps on the selected complaint as the working user, without their dialogs (the
    // buttons open them and call these).
    bool dispatchSelected(qint64 siteId, qint64 ownerId, const QString &note);
    bool stepSelected(const QString &action, const QString &text, std::optional<int> satisfaction = std::nullopt);

signals:
    void interactionRequested(const QString &externalId, const QDate &day);
    // A corrective action on the selected complaint, filled in from it.
    void actionRequested(const ActionDraft &prefill);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QDateTime now() const;
    void retranslate();
    void fill();
    void showSelected();
    const Complaint *selected() const;
    void ask(const QString &action);
    bool finish(const Status &status, qint64 id);
    void exportPdf();

    Session &m_session;
    QDateTime m_now;
    bool m_stale = true;
    QVector<Complaint> m_all;
    QVector<Complaint> m_shown;
    QLabel *m_summary;
    QLabel *m_placeLabel;
    QComboBox *m_place;
    QLabel *m_showLabel;
    QComboBox *m_show;
    QLineEdit *m_search;
    QPushButton *m_register;
    QTableWidget *m_table;
    QLabel *m_title;
    QLabel *m_details;
    QVector<QPushButton *> m_steps;
    QPushButton *m_openInteraction;
    QPushButton *m_pdf;
    QPushButton *m_raiseAction;
    QTableWidget *m_history;
    QLabel *m_message;
    QTimer *m_tick;
};

} // namespace servqa
