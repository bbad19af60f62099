#pragma once

#include "screeningrules.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace servqa {

// A screening rule's condition as a QA lead writes it (docs/screening.md, "Rules"): a tree of
// tests — phrases, a pattern, timings, the interaction's data — joined by all/any/not/before, each
// node edited in the fields below the tree. What it edits is a Condition; conditionProblem() says
// in words what the rule file would refuse.
class ConditionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ConditionEditor(QWidget *parent = nullptr);

    void setCondition(const Condition &condition);
    Condition condition() const;
    void setReadOnly(bool readOnly);

    // One line saying what a condition tests ("Agent says any of «您好», «hello» in the first 2 turns").
    static QString describe(const Condition &c);

    QTreeWidget *tree() const { return m_tree; }
    QComboBox *kindCombo() const { return m_kind; }
    QPlainTextEdit *phrasesEdit() const { return m_phrases; }
    QComboBox *speakerCombo() const { return m_speaker; }
    QComboBox *partCombo() const { return m_part; }
    QDoubleSpinBox *partSpin() const { return m_n; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    QTreeWidgetItem *addNode(QTreeWidgetItem *parent, const Condition &c);
    Condition build(QTreeWidgetItem *item) const;
    void showNode();
    void storeNode();
    void addCondition();
    void removeCondition();
    void refreshTexts(QTreeWidgetItem *item);
    void updatePartCount();
    void forgetDeleted(); // the nodes no longer in the tree
    void retranslate();
    void updateButtons();

    QTreeWidget *m_tree;
    QPushButton *m_add;
    QPushButton *m_remove;
    QFormLayout *m_fields;
    QComboBox *m_kind;
    QPlainTextEdit *m_phrases;
    QCheckBox *m_allOf;
    QLineEdit *m_pattern;
    QComboBox *m_speaker;
    QComboBox *m_part;
    QDoubleSpinBox *m_n;
    QSpinBox *m_atLeast;
    QSpinBox *m_seconds;
    QComboBox *m_field;
    QComboBox *m_op;
    QLineEdit *m_value;
    QSpinBox *m_withinDays;
    QHash<QTreeWidgetItem *, Condition> m_nodes; // each node's own fields; its children are the tree's
    bool m_showing = false;
    bool m_readOnly = false;
};

} // namespace servqa
