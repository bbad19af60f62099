#pragma once

#include "result.h"
#include "evaluationrepository.h"
#include "scoreengine.h"

#include <QHash>
#include <QPair>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;
class QTreeView;

namespace servqa {

class AnswerModel;
class AnswerView;
class EvaluationDraft;
class RecordingPlayer;
class Session;

// The inspector's evaluation editor: the interaction beside the form, answered from the
// keyboard, with the live score, pass/fail and the five dimension bars.
//
// The form is answered from the keyboard (see AnswerView); Ctrl+Z / Ctrl+Shift+Z undo and redo,
// Ctrl+S saves, Ctrl+Return submits, Ctrl+Space plays the recording, Ctrl+T stamps its time.
// A draft is saved at most two seconds after an edit, so a crash loses at most that.
class EvaluationEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int AutosaveMs = 2000;

    explicit EvaluationEditor(Session &session, QWidget *parent = nullptr);
    ~EvaluationEditor() override;

    // A mystery-shop visit's checklist saves and is handed in through the visit (which records
    // each answer's time and locks the answers once submitted); empty hooks: the evaluation
    // workflow. Set before open().
    // A calibration session's scoring saves and is handed in through the session, and is never an
    // evaluation: its `save` is called for a new draft too, and after a hand-in `afterSubmit`
    // shows the result instead of the editor reopening an evaluation.
    struct Hooks
    {
        std::function<Status(qint64 evaluationId, const Answers &answers, const QString &comment)> save;
        std::function<Status(qint64 evaluationId)> submit;
        std::function<bool()> editable;
        std::function<void(qint64 evaluationId)> afterSubmit;
    };
    void setHooks(Hooks hooks) { m_hooks = std::move(hooks); }

    // Shows an evaluation; it can be edited when it is this user's draft. Saves the one shown
    // before. Returns false (with the reason shown) when it cannot be loaded.
    bool open(qint64 evaluationId, qint64 userId);
    // A new evaluation of an interaction on a form version, editable at once but made in the
    // workspace only with its first saved answer (draftCreated then says its id).
    bool openNew(qint64 interactionId, qint64 formVersionId, qint64 userId);
    // Shows answers kept elsewhere (a calibration scoring) on `form`: editable when `e` is a draft
    // of `userId`'s and the hooks allow it; saved and handed in through the hooks.
    bool openAnswers(const Form &form, const Evaluation &e, qint64 userId);
    void clear();
    // For a page that shows the evaluated thing's title and facts itself (a store visit): no
    // title or header of its own, and the keys as the form's tooltip, so the checklist gets the
    // height of a laptop's screen.
    void setCompact(bool compact);
    // What the empty editor says (the page knows why it is empty).
    void setEmptyText(const QString &text);
    qint64 evaluationId() const;
    bool hasUnsavedChanges() const;
    // Saves the draft now; false (with the reason shown) when that failed.
    bool save();
    // Saves and submits; false when required items are missing (they are listed and the first
    // is focused) or the submission was refused.
    bool submit();

    EvaluationDraft *draft() const { return m_draft.get(); }
    AnswerView *tree() const { return m_tree; }
    QLabel *scoreLabel() const { return m_scoreLabel; }
    QLabel *resultLabel() const { return m_resultLabel; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *itemHelpLabel() const { return m_itemHelp; }
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QProgressBar *dimensionBar(int dimension) const { return m_bars[dimension]; }
    RecordingPlayer *player() const { return m_player; }
    // Shows a message under the form (red for an error).
    void showMessage(const QString &text, bool error);
    // Puts a recording time stamp into the comment being written: the overall comment when it
    // has the focus, else the current item's.
    void insertStamp(const QString &stamp);

signals:
    void draftCreated(qint64 evaluationId);
    void submitted(qint64 evaluationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The same inspector saved this draft elsewhere meanwhile: keep these answers or open that save.
    enum class SavesChoice { KeptHere, TookOther, Failed };
    SavesChoice chooseBetweenSaves(const QDateTime &savedElsewhereAt);
    void retranslate();
    bool showEvaluation(const Form &form, Evaluation evaluation, qint64 userId);
    void updateScore();
    void updateSaveState();
    void scheduleSave();
    void releaseDraft();
    void fillHeader(qint64 interactionId);
    void fillMeasured(const Form &form, Evaluation &e);
    // What screening found in the interaction: its words marked in the transcript, and the notes
    // beside the items its rules answered; an item's matched words are scrolled to when it is chosen.
    void markScreening(qint64 interactionId);
    QHash<QString, QPair<int, int>> m_ruleSpans; // item key → place and length in the transcript

    Session &m_session;
    qint64 m_userId = 0;
    std::unique_ptr<EvaluationDraft> m_draft;
    std::unique_ptr<AnswerModel> m_model;
    QTimer *m_saveTimer;
    QLabel *m_title;
    QLabel *m_header;
    QWidget *m_transcriptPanel;
    QLabel *m_recordingLabel;
    RecordingPlayer *m_player;
    QPlainTextEdit *m_transcript;
    QLabel *m_transcriptLabel;
    AnswerView *m_tree;
    QLabel *m_itemHelp;
    QLabel *m_scoreCaption;
    QLabel *m_scoreLabel;
    QLabel *m_resultLabel;
    QLabel *m_progressLabel;
    QLabel *m_dimensionLabels[5];
    QProgressBar *m_bars[5];
    QLabel *m_commentLabel;
    QPlainTextEdit *m_comment;
    QLabel *m_message;
    bool m_waitingForServer = false; // a save failed because the server could not be reached
    QLabel *m_saveState;
    QToolButton *m_undoButton;
    QToolButton *m_redoButton;
    QPushButton *m_saveButton;
    QPushButton *m_submitButton;
    QLabel *m_keysHint;
    QString m_savedAt;
    bool m_settingComment = false;
    Hooks m_hooks;
    bool m_compact = false;
    QString m_emptyText;
    bool m_readOnlyDraft = false; // someone else's draft, or a visit handed in for review
};

} // namespace servqa
