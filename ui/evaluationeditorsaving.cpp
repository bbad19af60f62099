// The evaluation editor's saving and submitting (evaluationeditor.cpp has the rest): a draft
// saved a few seconds after each edit, kept on this computer while a server is away, and never
// written over a save made at another desk since it was opened here.
#include "evaluationeditor.h"

#include "answermodel.h"
#include "answerview.h"
#include "evaluationdraft.h"
#include "evaluationworkflow.h"
#include "formatting.h"
#include "keptdrafts.h"
#include "measureditems.h"
#include "plaintext.h"
#include "session.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTime>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

namespace servqa {

void EvaluationEditor::scheduleSave()
{
    // At most AutosaveMs after the first unsaved edit, however fast the inspector types.
    if (m_draft && m_draft->isEditable() && !m_saveTimer->isActive())
        m_saveTimer->start();
    updateSaveState();
}

bool EvaluationEditor::save()
{
    m_saveTimer->stop();
    if (!m_draft || !m_draft->isEditable() || !m_session.isOpen())
        return false;
    // Set when the same inspector saved this draft elsewhere (another desk or window) after it
    // was opened here: nothing was written, and the inspector chooses which copy to keep.
    std::optional<QDateTime> savedElsewhereAt;
    const auto attempt = [this, &savedElsewhereAt]() -> Status {
        EvaluationWorkflow workflow(*m_session.database(), m_userId);
        if (m_hooks.save)
            return m_hooks.save(m_draft->evaluation().id, m_draft->answers(), m_draft->comment());
        EvaluationWorkflow::DraftSave saved;
        if (m_draft->isNew()) {
            // The first answer makes the draft in the workspace (an assignment only looked at
            // leaves no evaluation behind).
            const Evaluation &e = m_draft->evaluation();
            const auto created = workflow.createDraftOver(e.interactionId.value_or(0), e.formVersionId, m_draft->answers(), m_draft->comment());
            if (!created)
                return Error{created.error()};
            m_draft->setStoredId(created->evaluationId);
            emit draftCreated(created->evaluationId);
            saved = created->save;
        } else {
            const auto over = workflow.saveDraftOver(m_draft->evaluation().id, m_draft->evaluation().rowVersion, m_draft->answers(),
                                                     m_draft->comment());
            if (!over)
                return Error{over.error()};
            saved = *over;
        }
        if (saved.saved)
            m_draft->setRowVersion(saved.rowVersion);
        else
            savedElsewhereAt = saved.savedElsewhereAt;
        return success();
    };
    Status s = attempt();
    if (!s && m_session.database()->isServer() && !m_session.database()->answers()) {
        // The server's connection was lost: once more if it is back; if not, nothing is dropped —
        // the draft stays here and is saved when the server answers again.
        if (!m_session.reconnect()) {
            // Kept on this computer as well, so a crash or a quit meanwhile loses nothing.
            const Evaluation &e = m_draft->evaluation();
            KeptDraft kept{e.id, e.interactionId.value_or(0), e.formVersionId, m_draft->answers(), m_draft->comment(), {}, {}};
            const Status onDisk = KeptDrafts(m_session.path()).keep(kept);
            showMessage(onDisk ? tr("The server cannot be reached: your draft is kept on this computer and saved to the server as soon as it is "
                                    "back.")
                               : tr("The server cannot be reached, and your draft could not be kept on this computer (%1): leave ServQA open "
                                    "until the server is back.")
                                     .arg(onDisk.error()),
                        true);
            m_waitingForServer = true;
            m_saveTimer->start();
            return false;
        }
        s = attempt();
    }
    if (s && savedElsewhereAt) {
        const Evaluation e = m_draft->evaluation();
        const SavesChoice choice = chooseBetweenSaves(*savedElsewhereAt);
        // Chosen, one way or the other: a copy kept on this computer while the server was away
        // is that choice's too. Not when saving the choice failed.
        if (choice != SavesChoice::Failed && m_waitingForServer) {
            m_waitingForServer = false;
            KeptDrafts(m_session.path()).forget(KeptDraft{e.id, e.interactionId.value_or(0), e.formVersionId, {}, {}, {}, {}});
        }
        return choice == SavesChoice::KeptHere;
    }
    if (s && m_waitingForServer) {
        m_waitingForServer = false;
        const Evaluation &e = m_draft->evaluation();
        const Status forgotten = KeptDrafts(m_session.path()).forget(KeptDraft{e.id, e.interactionId.value_or(0), e.formVersionId, {}, {}, {}, {}});
        showMessage(forgotten ? tr("The server is back: your draft is saved.")
                              : tr("The server is back: your draft is saved. The copy kept on this computer stays (%1).").arg(forgotten.error()),
                    false);
    }
    if (!s) {
        showMessage(tr("The draft could not be saved: %1").arg(s.error()), true);
        return false;
    }
    m_draft->undoStack()->setClean();
    m_savedAt = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    updateSaveState();
    return true;
}

EvaluationEditor::SavesChoice EvaluationEditor::chooseBetweenSaves(const QDateTime &savedElsewhereAt)
{
    const qint64 id = m_draft->evaluation().id;
    QMessageBox box(QMessageBox::Warning, tr("Saved elsewhere meanwhile"),
                    tr("This draft was saved at %1 at another desk or in another window, after you opened it here. Which answers "
                       "do you keep?")
                        .arg(formatDateTime(savedElsewhereAt.toLocalTime())),
                    QMessageBox::NoButton, this);
    QPushButton *keepMine = box.addButton(tr("&Keep the answers here"), QMessageBox::AcceptRole);
    box.addButton(tr("&Open the other save (the answers here are dropped)"), QMessageBox::RejectRole);
    box.setDefaultButton(keepMine);
    plain::plainTexts(box);
    box.exec();
    if (box.clickedButton() != keepMine) {
        m_draft->undoStack()->setClean(); // dropped, as chosen: not saved again on the way out
        if (open(id, m_userId))
            showMessage(tr("Opened the draft as it was saved at %1.").arg(formatDateTime(savedElsewhereAt.toLocalTime())),
                        false);
        return SavesChoice::TookOther;
    }
    const auto saved = EvaluationWorkflow(*m_session.database(), m_userId).saveDraftOver(id, std::nullopt, m_draft->answers(), m_draft->comment());
    if (!saved) {
        showMessage(tr("The draft could not be saved: %1").arg(saved.error()), true);
        return SavesChoice::Failed;
    }
    m_draft->setRowVersion(saved->rowVersion);
    m_draft->undoStack()->setClean();
    m_savedAt = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    updateSaveState();
    return SavesChoice::KeptHere;
}

bool EvaluationEditor::submit()
{
    if (!m_draft || !m_draft->isEditable())
        return false;
    m_tree->setFocus(); // an open cell editor loses focus and commits what was typed
    if (!save())
        return false;
    const ScoreResult &s = m_draft->score();
    if (!s.unansweredRequired.isEmpty()) {
        QStringList names;
        for (const QString &key : s.unansweredRequired)
            names << m_draft->form().findItem(key)->text;
        showMessage(tr("%n required item(s) not answered: %1", nullptr, int(names.size())).arg(names.join(QStringLiteral("; "))),
                    true);
        m_tree->moveTo(m_model->indexOf(s.unansweredRequired.first()));
        m_tree->setFocus();
        return false;
    }
    if (const QStringList unexplained = unexplainedOverrides(m_draft->form(), m_draft->answers()); !unexplained.isEmpty()) {
        QStringList names;
        for (const QString &key : unexplained)
            names << m_draft->form().findItem(key)->text;
        showMessage(tr("Say in the item's comment (Ctrl+M) why the measured value was changed: %1").arg(names.join(QStringLiteral("; "))),
                    true);
        m_tree->moveTo(m_model->indexOf(unexplained.first()));
        m_tree->setFocus();
        return false;
    }
    const qint64 id = m_draft->evaluation().id;
    if (m_hooks.submit) {
        if (const Status handedIn = m_hooks.submit(id); !handedIn) {
            showMessage(handedIn.error(), true);
            return false;
        }
        if (m_hooks.afterSubmit) {
            m_hooks.afterSubmit(id); // shows the result and says what happened
            emit submitted(id);
            return true;
        }
        open(id, m_userId); // read-only now
        showMessage(tr("Submitted for review."), false);
        emit submitted(id);
        return true;
    }
    const auto result = EvaluationWorkflow(*m_session.database(), m_userId).submit(id);
    if (!result) {
        showMessage(result.error(), true);
        return false;
    }
    const qint64 user = m_userId;
    open(id, user); // read-only now
    showMessage(tr("Submitted: %1").arg(formatPercent(result->percent)), false);
    emit submitted(id);
    return true;
}

} // namespace servqa
