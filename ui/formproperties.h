#pragma once

#include "form.h"

#include <QStackedWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace servqa {

// The scorecard builder's fields for the selected section or item. It never changes the form
// itself: every change is handed to the builder as an edit, so it goes through the undo stack.
class FormPropertiesPanel : public QStackedWidget
{
    Q_OBJECT

public:
    explicit FormPropertiesPanel(QWidget *parent = nullptr);

    // Shows the fields of item `item` of section `section` of `form` (item < 0: the section;
    // section < 0: nothing), keeping the cursor where the user is typing.
    void show(const Form &form, int section, int item);

signals:
    // `change` applied to the form is the edit; `mergeKey` makes typing in one field one step.
    void editRequested(const QString &what, const std::function<void(Form &)> &change, const QString &mergeKey);

private:
    const FormSection *section(const Form &form) const;
    const FormItem *item(const Form &form) const;

    int m_section = -1;
    int m_item = -1;
    QString m_key; // of the node shown: merge keys follow the node, not its position
    bool m_refreshing = false;
    QLineEdit *m_sectionTitle;
    QComboBox *m_sectionKind;
    QDoubleSpinBox *m_sectionWeight;
    QLineEdit *m_itemText;
    QComboBox *m_itemType;
    QDoubleSpinBox *m_itemWeight;
    QComboBox *m_itemDimension;
    QCheckBox *m_itemCritical;
    QCheckBox *m_itemAllowNa;
    QCheckBox *m_itemRequired;
    QCheckBox *m_itemEvidence;
    QPlainTextEdit *m_itemHelp;
    QLineEdit *m_targetMin;
    QLineEdit *m_targetMax;
    QLineEdit *m_sla;
    QComboBox *m_itemMeasure;
};

} // namespace servqa
