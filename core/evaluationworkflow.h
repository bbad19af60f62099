#pragma once

#include "evaluationrepository.h"
#include "result.h"
#include "userrepository.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace servqa {

class Database;

// One item a manager disputes, with the reason.
struct DisputeRequest
{
    QString itemKey;
    QString reason;
};

enum class DisputeOutcome { Kept, Changed };

// A disputed item and, once a QA lead has decided, how it ended. The answer before the
// dispute is kept next to the answer after it.
struct Dispute
{
    qint64 id = 0;
    qint64 evaluationId = 0;
    QString itemKey;
    QString reason;
    QString raisedByName;
    QDateTime raisedAt;
    Answer before;
    std::optional<DisputeOutcome> outcome; // nullopt while open
    Answer after;
    QString resolutionReason;
    QString resolvedByName;
    std::optional<QDateTime> resolvedAt;

    bool isOpen() const { return !outcome; }
};

// The life of an evaluation, acted out by one user:
//   draft → submitted → acknowledged, or submitted → disputed → resolved → acknowledged.
// Every step after the draft is written with its audit entries in one transaction; a step
// the user's role or the evaluation's state does not allow is refused with a message.
class EvaluationWorkflow
{
public:
    EvaluationWorkflow(Database &db, qint64 userId);

    // The user's draft for this interaction and form, or a new one scored against
    // `formVersionId` (which must be active).
    Result<qint64> startDraft(qint64 interactionId, qint64 formVersionId);
    struct DraftSave
    {
        bool saved = false;
        int rowVersion = 0;        // the draft's count now, when saved
        QDateTime savedElsewhereAt; // when not saved: the other save's time
    };
    // Stores a draft's answers, comment and live score. Drafts are saved often (the editor
    // saves a few seconds after each edit), so this is one short transaction.
    Status saveDraft(qint64 evaluationId, const Answers &answers, const QString &comment);
    // The editor's save: only over the draft as the editor read it (Evaluation::rowVersion
    // `readAt`). When the same inspector saved it meanwhile at another desk or in another window,
    // nothing is written and the result says when that save was, for the inspector to choose.
    // Without `readAt`, over whatever is stored (the inspector chose this copy).
    Result<DraftSave> saveDraftOver(qint64 evaluationId, std::optional<int> readAt, const Answers &answers, const QString &comment);
    // Starts and saves a draft in one transaction: the editor makes the draft with its first
    // answer, so opening an assignment and leaving it leaves nothing behind.
    Result<qint64> createDraft(qint64 interactionId, qint64 formVersionId, const Answers &answers, const QString &comment);
    // The editor's first save: as createDraft(), but a draft of the same interaction that this
    // inspector already saved (at another desk, in another window) is not written over; the
    // result names it (the id) and when it was saved.
    struct Created
    {
        qint64 evaluationId = 0;
        DraftSave save;
    };
    Result<Created> createDraftOver(qint64 interactionId, qint64 formVersionId, const Answers &answers, const QString &comment);
    // Submits a draft; refuses, naming them, while required items are unanswered.
    Result<ScoreResult> submit(qint64 evaluationId);
    // A manager or lead accepts a submitted (or resolved) evaluation.
    Status acknowledge(qint64 evaluationId);
    // A manager or lead disputes items of a submitted evaluation.
    Status dispute(qint64 evaluationId, const QVector<DisputeRequest> &items);
    // A QA lead keeps an item's answer or changes it; the score is recomputed and stored.
    // When the last open dispute is resolved the evaluation becomes "resolved".
    Status resolveDispute(qint64 disputeId, DisputeOutcome outcome, const Answer &newAnswer,
                          const QString &reason);
    // Several decisions at once (the lead's review of one evaluation): all or none.
    struct Decision
    {
        qint64 disputeId = 0;
        DisputeOutcome outcome = DisputeOutcome::Kept;
        Answer newAnswer;
        QString reason;
    };
    Status resolveDisputes(const QVector<Decision> &decisions);
    Result<QVector<Dispute>> disputes(qint64 evaluationId);

    // What this user may do; the GUI enables its actions from these.
    bool canReview() const;  // acknowledge, dispute
    bool canResolve() const; // resolve disputes

private:
    struct Loaded
    {
        Form form;
        Evaluation evaluation;
    };
    Result<Loaded> load(qint64 evaluationId);
    Result<DraftSave> storeDraft(qint64 evaluationId, std::optional<int> readAt, const Answers &answers, const QString &comment);
    Status requireStatus(const Evaluation &e, std::initializer_list<EvaluationStatus> allowed) const;
    Status audit(qint64 evaluationId, const QString &action, const QString &field = {},
                 const std::optional<QString> &oldValue = {}, const std::optional<QString> &newValue = {},
                 const QString &note = {});

    Database &m_db;
    qint64 m_userId;
    std::optional<User> m_user;
};

// How an answer is written into the audit trail ("1", "N/A", a text).
QString auditAnswerText(const Answer &answer);

} // namespace servqa
