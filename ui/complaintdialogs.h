#pragma once

#include "complaints.h"

#include "editordialog.h"

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace servqa {

class Database;

// The people a complaint can go to (mayOwnComplaints()), "name (role)".
void fillOwnerChoices(QComboBox *combo, Database &db, const QString &noneText);
// A clock as a manager reads it: "3 h left", "overdue by 1 d 2 h", "on time", "late by 40 min".
QString slaClockText(const SlaClock &clock);

// Taking a complaint in (接诉): what, where, from whom, how serious; optionally dispatched at once.
// The due times are shown as the fields change.
class ComplaintIntakeDialog : public EditorDialog
{
    Q_OBJECT

public:
    // `mayDispatch`: the user may send it to an owner at once (else it is dispatched later).
    ComplaintIntakeDialog(Database &db, const ComplaintIntake &prefill, bool mayDispatch, QWidget *parent = nullptr);

    ComplaintIntake intake() const;
    std::optional<qint64> owner() const; // none: dispatched later

    QLineEdit *referenceEdit() const { return m_reference; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *severityBox() const { return m_severity; }
    QComboBox *ownerBox() const { return m_owner; }
    QLabel *dueLabel() const { return m_due; }
    QDateTimeEdit *receivedEdit() const { return m_received; }
    QComboBox *siteBox() const { return m_site; }
    QComboBox *channelBox() const { return m_channel; }
    QLineEdit *customerEdit() const { return m_customer; }

    void accept() override;

private:
    void updateDue();

    Database &m_db;
    std::optional<qint64> m_interactionId;
    QLineEdit *m_reference;
    QDateTimeEdit *m_received;
    QComboBox *m_channel;
    QComboBox *m_site;
    QLineEdit *m_customer;
    QComboBox *m_category;
    QComboBox *m_severity;
    QPlainTextEdit *m_description;
    QComboBox *m_owner;
    QLabel *m_due;
    QLabel *m_problem;
};

// Dispatching (派单) to a site and an owner, with a note for them.
class ComplaintDispatchDialog : public EditorDialog
{
    Q_OBJECT

public:
    ComplaintDispatchDialog(Database &db, const Complaint &complaint, QWidget *parent = nullptr);
    qint64 siteId() const;
    qint64 ownerId() const;
    QString note() const;
    void accept() override;

private:
    QComboBox *m_site;
    QComboBox *m_owner;
    QPlainTextEdit *m_note;
    QLabel *m_problem;
};

// Closing with the customer's word on the handling (反馈): satisfied 1–5, or not reached.
class ComplaintCloseDialog : public EditorDialog
{
    Q_OBJECT

public:
    ComplaintCloseDialog(const Complaint &complaint, QWidget *parent = nullptr);
    QComboBox *satisfactionBox() const { return m_satisfaction; }
    QLabel *problem() const { return m_problem; }
    std::optional<int> satisfaction() const;
    QString note() const;
    void accept() override;

private:
    QComboBox *m_satisfaction = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace servqa
