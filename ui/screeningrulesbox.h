#pragma once

#include "screeningrules.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace servqa {

class Session;

// Settings ▸ Screening rules (智能质检规则, docs/screening.md): every version of every rule set,
// the active ones first. A QA lead or an administrator opens one in the rule editor (saving makes
// the next version), starts a new set from the built-in rules, imports or exports a rule file,
// and screens a period again with the active sets, with progress and cancel, and sets the words
// that name the speakers in the workspace's transcripts. Anyone may open a set to read and test it.
class ScreeningRulesBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit ScreeningRulesBox(Session &session, QWidget *parent = nullptr);

    QTableWidget *setTable() const { return m_sets; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *screenButton() const { return m_screen; }
    QLabel *noteLabel() const { return m_note; }
    // The words that name the agent, the customer and the system in transcripts, comma-separated.
    QLineEdit *speakerEdit(Speaker speaker) const;
    QPushButton *saveWordsButton() const { return m_saveWords; }
    void saveSpeakerWords();
    void reload();
    // Opens `set` in the rule editor; after a save, offers to screen the last three months with it.
    void edit(const RuleSet &set);
    void importFile(const QString &path);
    void exportChosen(const QString &path);
    // Screens [from, to] (local days) with the active sets; the dialog shows progress and cancels.
    void screenAgain(const QDate &from, const QDate &to);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    bool writable() const;
    const RuleSet *chosen() const;

    Session &m_session;
    QVector<RuleSet> m_all;
    QTableWidget *m_sets;
    QLabel *m_note;
    QPushButton *m_edit;
    QPushButton *m_newSet;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_screen;
    QLabel *m_wordsLabel;
    QLineEdit *m_agentWords;
    QLineEdit *m_customerWords;
    QLineEdit *m_systemWords;
    QLabel *m_agentLabel;
    QLabel *m_customerLabel;
    QLabel *m_systemLabel;
    QPushButton *m_saveWords;
};

} // namespace servqa
