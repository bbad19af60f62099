#pragma once

#include "calibration.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace servqa {

class Database;

// The lead's new calibration session: name, a published form version, the interactions (drawn at
// random from a period / site / channel, or added by their ID), the inspectors taking part, a
// deadline, blind or open. OK creates the session; a refusal is shown and the dialog stays.
class NewCalibrationDialog : public QDialog
{
    Q_OBJECT

public:
    NewCalibrationDialog(Database &db, qint64 userId, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *formBox() const { return m_form; }
    QComboBox *channelBox() const { return m_channel; }
    QListWidget *participantList() const { return m_participants; }
    QListWidget *interactionList() const { return m_interactions; }
    QLineEdit *addEdit() const { return m_addEdit; }
    QSpinBox *countBox() const { return m_count; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLabel *messageLabel() const { return m_message; }
    QCheckBox *blindBox() const { return m_blind; }

    // Draws interactions at random with the period, site, channel and count shown.
    void draw();
    // Adds the interactions named in the edit: internal numbers (#12) or the source's IDs.
    void addByIds();
    bool create();
    qint64 createdId() const { return m_created; }

    void accept() override;

private:
    void fillChannels(); // those the chosen form scores
    bool addInteraction(qint64 id); // false: no such interaction

    Database &m_db;
    qint64 m_userId;
    qint64 m_created = 0;
    QLineEdit *m_name;
    QComboBox *m_form;
    QCheckBox *m_blind;
    QCheckBox *m_hasDeadline;
    QDateEdit *m_deadline;
    QListWidget *m_participants;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_site;
    QComboBox *m_channel;
    QSpinBox *m_count;
    QSpinBox *m_seed;
    QLineEdit *m_addEdit;
    QListWidget *m_interactions;
    QLabel *m_message;
};

// The lead's consensus answer of one item, with the reason a change needs.
class ConsensusDialog : public QDialog
{
    Q_OBJECT

public:
    ConsensusDialog(const FormItem &item, const std::optional<Answer> &current, const QString &interaction, QWidget *parent = nullptr);

    Answer answer() const;
    QString reason() const;
    QComboBox *choiceBox() const { return m_choice; }
    QLineEdit *reasonEdit() const { return m_reason; }
    void showError(const QString &text);

private:
    FormItem m_item;
    QComboBox *m_choice = nullptr;      // yes/no, ratings, N/A
    QDoubleSpinBox *m_number = nullptr; // numbers and times
    QCheckBox *m_na = nullptr;          // N/A beside a number
    QLineEdit *m_reason;
    QLabel *m_message;
};

} // namespace servqa
