#pragma once

#include "form.h"

#include "editordialog.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace servqa {

class AnswerModel;
class AnswerView;
class FormPropertiesPanel;
class EvaluationDraft;
class Session;

// The scorecard builder (QA lead): a form's sections and items with their type, weight,
// SERVQUAL dimension, critical flag, help and targets; reorder by drag or Ctrl+Up/Down; the
// pass mark; and a live preview that scores sample answers with the real engine. Every edit
// is an undo step. Saving follows the versioning rule (FormRepository::save): a version in
// use is never changed, the edit becomes the next draft version.
class FormBuilder : public EditorDialog
{
    Q_OBJECT

public:
    // A node of the form: a section (item < 0) or an item of it.
    struct Path
    {
        int section = -1;
        int item = -1;
        bool operator==(const Path &o) const { return section == o.section && item == o.item; }
    };

    FormBuilder(Session &session, const Form &form, QWidget *parent = nullptr);
    ~FormBuilder() override;

    const Form &form() const { return m_form; }
    Path selected() const { return m_selected; }
    QUndoStack *undoStack() const { return m_undo; }
    QTreeWidget *structure() const { return m_tree; }
    AnswerView *preview() const { return m_preview; }
    QLabel *previewScore() const { return m_previewScore; }
    QLabel *problemLabel() const { return m_problem; }

    // The edits behind the buttons and fields; each is one undo step.
    void addSection();
    void addItem();
    void removeSelected();
    void moveSelected(int delta); // -1 up, +1 down, within its section (or among sections)
    void select(const Path &path);
    // Changes the selected node's or the form's fields through `change`; `what` names the step.
    void edit(const QString &what, const std::function<void(Form &)> &change, const QString &mergeKey = {});
    // Saves (validating first); the saved version afterwards, or the error shown.
    bool save();
    const Form &savedForm() const { return m_saved; }

    // Used by the undo commands only.
    void restore(const Form &form, const Path &selected);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    // Every edit is an undo step and saving closes the builder: a stack not clean is work not saved.
    bool hasEdits() const override;
    QString unsavedText() const override;

private:
    void buildUi();
    void retranslate();
    void refreshTree();
    void refreshProperties();
    void refreshPreview();
    void updatePreviewScore();
    void commitFromTree(); // after a drag and drop
    FormSection *selectedSection();
    FormItem *selectedItem();
    QString uniqueKey(const QString &prefix) const;

    Session &m_session;
    Form m_form;
    Form m_saved;
    Path m_selected;
    QUndoStack *m_undo;
    bool m_refreshing = false;

    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QDoubleSpinBox *m_passMark;
    QCheckBox *m_bonusCap;
    QTreeWidget *m_tree;
    QPushButton *m_addSection;
    QPushButton *m_addItem;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    FormPropertiesPanel *m_properties;
    // preview
    std::unique_ptr<EvaluationDraft> m_previewDraft;
    std::unique_ptr<AnswerModel> m_previewModel;
    AnswerView *m_preview;
    QLabel *m_previewScore;
    QLabel *m_problem;
    QPushButton *m_save;
};

} // namespace servqa
