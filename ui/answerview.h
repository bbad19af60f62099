#pragma once

#include <QTreeView>

namespace servqa {

class AnswerModel;
class EvaluationDraft;

// The form answered from the keyboard (used by the evaluation editor and the scorecard
// builder's preview). Keys on the focused item: Y / N yes or no, A not applicable, 1–7 a
// rating, digits start typing a number or time (Enter takes it and moves on), Ctrl+M a
// comment (in any item, text answers too), Delete clears; Tab / Shift+Tab go to the next / previous item over the section rows.
class AnswerView : public QTreeView
{
    Q_OBJECT

public:
    explicit AnswerView(QWidget *parent = nullptr);

    // Shows `model` (over `draft`); both outlive the view's use of them or are reset with
    // setAnswers(nullptr, nullptr).
    void setAnswers(EvaluationDraft *draft, AnswerModel *model);
    // Makes `index`'s item current (the answer cell) and scrolls to it.
    void moveTo(const QModelIndex &index);
    QString currentItemKey() const;
    // Opens the comment of the current item (Ctrl+M), keeping an answer being typed.
    void editComment();

signals:
    // A refused answer (out of range), or an empty text when the last key was accepted.
    void message(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    bool answerKey(QKeyEvent *event);
    void answerAndAdvance(const QModelIndex &index, double value, bool notApplicable);

    EvaluationDraft *m_draft = nullptr;
    AnswerModel *m_model = nullptr;
};

} // namespace servqa
