#pragma once

#include "screeningrules.h"

#include "editordialog.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTabWidget;

namespace servqa {

class ConditionEditor;
class RuleTestPanel;
class Session;

// The rule editor (质检规则, docs/screening.md): a rule set's rules, each with what it tests
// (ConditionEditor) and what it does — answer a scorecard item (the answer when it matches, and
// optionally when it does not) or flag the interaction as a risk. "Test" runs the set as edited
// over the last three months and shows how each rule agrees with the inspectors. Saving stores
// the set as the next version of its code and makes it the active set of its channel; nothing
// stored is ever changed in place. Read-only for anyone but a QA lead or an administrator.
class RuleSetDialog : public EditorDialog
{
    Q_OBJECT

public:
    RuleSetDialog(Session &session, const RuleSet &set, bool writable, QWidget *parent = nullptr);

    // The set as edited, or why the rule file would refuse it (naming the rule).
    Result<RuleSet> editedSet() const;
    // After an accepted dialog: the version stored.
    const RuleSet &saved() const { return m_saved; }

    void accept() override;
    void reject() override;

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QListWidget *ruleList() const { return m_rules; }
    QPushButton *addRuleButton() const { return m_addRule; }
    QLineEdit *ruleNameEdit() const { return m_ruleName; }
    QLineEdit *ruleKeyEdit() const { return m_ruleKey; }
    QRadioButton *answersItemChoice() const { return m_answers; }
    QRadioButton *flagsChoice() const { return m_flags; }
    QComboBox *itemCombo() const { return m_item; }
    QComboBox *matchedCombo() const { return m_matched; }
    QCheckBox *notMatchedCheck() const { return m_hasNotMatched; }
    QComboBox *notMatchedCombo() const { return m_notMatched; }
    QComboBox *severityCombo() const { return m_severity; }
    ConditionEditor *conditionEditor() const { return m_condition; }
    RuleTestPanel *testPanel() const { return m_test; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *problemLabel() const { return m_problem; }

protected:
    bool hasEdits() const override; // the set differs from the one opened
    QString unsavedText() const override;

private:
    void showRule(int row);
    void storeRule();
    void fillAnswers(QComboBox *box, const QString &itemKey, std::optional<double> value);
    void addRule();
    void removeRule();
    void updateEnabled();

    struct ItemChoice
    {
        QString key, text;
        QVector<std::pair<QString, double>> answers; // what an inspector can answer, by value
    };

    Session &m_session;
    RuleSet m_set;  // as edited: the fields below are written into it as they change
    RuleSet m_saved;
    QByteArray m_opened; // the set as shown when the dialog opened: Cancel asks if it was changed
    bool m_writable;
    bool m_showing = false;
    int m_current = -1;
    QVector<ItemChoice> m_items;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_channel;
    QListWidget *m_rules;
    QPushButton *m_addRule;
    QPushButton *m_removeRule;
    QLineEdit *m_ruleName;
    QLineEdit *m_ruleKey;
    QLineEdit *m_description;
    QCheckBox *m_enabled;
    QRadioButton *m_answers;
    QRadioButton *m_flags;
    QComboBox *m_item;
    QComboBox *m_matched;
    QCheckBox *m_hasNotMatched;
    QComboBox *m_notMatched;
    QComboBox *m_severity;
    ConditionEditor *m_condition;
    RuleTestPanel *m_test;
    QTabWidget *m_tabs;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace servqa
