#pragma once

#include "evaluationrepository.h"
#include "form.h"
#include "scoreengine.h"

#include <QObject>

class QUndoStack;

namespace servqa {

// An evaluation being edited: its form version, answers and comments, and the undo stack
// every edit goes through. The score is recomputed with the real engine after each edit.
class EvaluationDraft : public QObject
{
    Q_OBJECT

public:
    EvaluationDraft(const Form &form, const Evaluation &evaluation, QObject *parent = nullptr);

    const Form &form() const { return m_form; }
    const Evaluation &evaluation() const { return m_evaluation; }
    const Answers &answers() const { return m_evaluation.answers; }
    Answer answer(const QString &key) const { return m_evaluation.answers.value(key); }
    const QString &comment() const { return m_evaluation.comment; }
    const ScoreResult &score() const { return m_score; }
    QUndoStack *undoStack() const { return m_undo; }
    bool isEditable() const { return m_evaluation.status == EvaluationStatus::Draft; }
    // Not stored yet: the draft is made in the workspace with its first saved answer.
    bool isNew() const { return m_evaluation.id == 0; }
    void setStoredId(qint64 id) { m_evaluation.id = id; }
    void setRowVersion(int version) { m_evaluation.rowVersion = version; } // after a save

    // Each edit is one undoable command; an edit that changes nothing pushes nothing.
    // setValue keeps the item's comment; a refused value (out of range) returns the reason.
    QString setValue(const QString &key, const Answer &value);
    void clearValue(const QString &key);
    void setItemComment(const QString &key, const QString &comment);
    void setComment(const QString &comment);

    // Applies an edit without recording it: used by the undo commands only.
    void apply(const QString &key, const Answer &answer);
    void applyComment(const QString &comment);

signals:
    void answerChanged(const QString &key);
    void commentChanged();
    void scoreChanged();

private:
    void rescore();

    Form m_form;
    Evaluation m_evaluation;
    ScoreResult m_score;
    QUndoStack *m_undo;
};

} // namespace servqa
