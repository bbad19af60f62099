#include "evaluationdraft.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

namespace servqa {

namespace {

bool sameAnswer(const Answer &a, const Answer &b)
{
    return a.value == b.value && a.notApplicable == b.notApplicable && a.text == b.text && a.comment == b.comment
           && a.measured == b.measured;
}

// Replaces one item's answer (value and comment) and can put the old one back.
class AnswerCommand : public QUndoCommand
{
public:
    AnswerCommand(EvaluationDraft *draft, const QString &key, const Answer &before, const Answer &after,
                  const QString &text, int mergeId)
        : QUndoCommand(text), m_draft(draft), m_key(key), m_before(before), m_after(after), m_mergeId(mergeId)
    {
    }
    void redo() override { m_draft->apply(m_key, m_after); }
    void undo() override { m_draft->apply(m_key, m_before); }
    int id() const override { return m_mergeId; }
    // Typing a comment is one step, not one per keystroke.
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const AnswerCommand *>(other);
        if (o->m_key != m_key)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    EvaluationDraft *m_draft;
    QString m_key;
    Answer m_before;
    Answer m_after;
    int m_mergeId;
};

class CommentCommand : public QUndoCommand
{
public:
    CommentCommand(EvaluationDraft *draft, const QString &before, const QString &after)
        : QUndoCommand(QCoreApplication::translate("EvaluationDraft", "Edit overall comment")), m_draft(draft),
          m_before(before), m_after(after)
    {
    }
    void redo() override { m_draft->applyComment(m_after); }
    void undo() override { m_draft->applyComment(m_before); }
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override
    {
        m_after = static_cast<const CommentCommand *>(other)->m_after;
        return true;
    }

private:
    EvaluationDraft *m_draft;
    QString m_before;
    QString m_after;
};

constexpr int NoMerge = -1;
constexpr int ItemCommentMerge = 1;

} // namespace

EvaluationDraft::EvaluationDraft(const Form &form, const Evaluation &evaluation, QObject *parent)
    : QObject(parent), m_form(form), m_evaluation(evaluation), m_undo(new QUndoStack(this))
{
    rescore();
}

QString EvaluationDraft::setValue(const QString &key, const Answer &value)
{
    const FormItem *item = m_form.findItem(key);
    if (!item || !isEditable())
        return {};
    Answer after = value;
    after.comment = answer(key).comment;
    after.measured = answer(key).measured; // the interaction's value stays beside the inspector's
    if (const QString problem = checkAnswer(*item, after); !problem.isEmpty())
        return problem;
    if (sameAnswer(after, answer(key)))
        return {};
    m_undo->push(new AnswerCommand(this, key, answer(key), after,
                                   QCoreApplication::translate("EvaluationDraft", "Answer “%1”").arg(item->text), NoMerge));
    return {};
}

void EvaluationDraft::clearValue(const QString &key)
{
    const FormItem *item = m_form.findItem(key);
    if (!item || !isEditable() || answer(key).isEmpty())
        return;
    Answer after;
    after.comment = answer(key).comment;
    after.measured = answer(key).measured;
    m_undo->push(new AnswerCommand(this, key, answer(key), after,
                                   QCoreApplication::translate("EvaluationDraft", "Clear “%1”").arg(item->text), NoMerge));
}

void EvaluationDraft::setItemComment(const QString &key, const QString &comment)
{
    const FormItem *item = m_form.findItem(key);
    if (!item || !isEditable() || answer(key).comment == comment)
        return;
    Answer after = answer(key);
    after.comment = comment;
    m_undo->push(new AnswerCommand(this, key, answer(key), after,
                                   QCoreApplication::translate("EvaluationDraft", "Comment on “%1”").arg(item->text),
                                   ItemCommentMerge));
}

void EvaluationDraft::setComment(const QString &comment)
{
    if (!isEditable() || comment == m_evaluation.comment)
        return;
    m_undo->push(new CommentCommand(this, m_evaluation.comment, comment));
}

void EvaluationDraft::apply(const QString &key, const Answer &a)
{
    if (a.isEmpty() && a.comment.isEmpty() && !a.measured)
        m_evaluation.answers.remove(key);
    else
        m_evaluation.answers.insert(key, a);
    rescore();
    emit answerChanged(key);
    emit scoreChanged();
}

void EvaluationDraft::applyComment(const QString &comment)
{
    m_evaluation.comment = comment;
    emit commentChanged();
}

void EvaluationDraft::rescore()
{
    // Every stored answer passed checkAnswer on the way in, so scoring cannot fail here; keep
    // the last good score if it ever does.
    if (auto scored = scoreEvaluation(m_form, m_evaluation.answers))
        m_score = *scored;
}

} // namespace servqa
