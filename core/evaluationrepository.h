#pragma once

#include "form.h"
#include "result.h"
#include "scoreengine.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QSqlQuery;

namespace servqa {

namespace rollups {
class Writer;
}

class Database;
class SqliteStatement;

// Life cycle: draft → submitted → acknowledged, or disputed → resolved.
enum class EvaluationStatus { Draft, Submitted, Acknowledged, Disputed, Resolved };
QString evaluationStatusKey(EvaluationStatus status);
std::optional<EvaluationStatus> evaluationStatusFromKey(const QString &key);
QString evaluationStatusName(EvaluationStatus status); // translated

struct Evaluation
{
    qint64 id = 0;
    qint64 formVersionId = 0;
    std::optional<qint64> interactionId;
    std::optional<qint64> inspectorId;
    qint64 siteId = 0;
    std::optional<qint64> staffId;
    QDateTime occurredAt; // when the evaluated interaction happened
    EvaluationStatus status = EvaluationStatus::Draft;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> submittedAt;
    QString comment;
    Answers answers; // by item key
    ScoreResult score; // as stored: scores never change silently
    int rowVersion = 0; // counts the saves through update(): a copy read before the last save is stale
};

class EvaluationRepository
{
public:
    explicit EvaluationRepository(Database &db);
    ~EvaluationRepository();

    // Inserts an evaluation with its answers and stored scores (computed by the caller with
    // scoreEvaluation against `form`, the version it was scored with). The caller owns the
    // transaction, so bulk inserts share one.
    Result<qint64> insert(const Evaluation &evaluation, const Form &form);
    // For a writer of many evaluations (the demo): the rollups of the evaluations inserted are
    // summed in a few grouped statements by flush() instead of four statements per evaluation.
    // flush() before committing, in the same transaction; readers see none of it before.
    void setBatchRollups(bool batch) { m_batch = batch; }
    Status flush();
    // Replaces the status, times, comment, answers and stored score of an evaluation, when it is
    // still at evaluation.rowVersion (refused when another save came between); the caller owns
    // the transaction.
    Status update(const Evaluation &evaluation, const Form &form);
    // Moves a submitted evaluation from one status to another (acknowledged, disputed) and nothing
    // else; refused when it is no longer `from`. The caller owns the transaction.
    Status setStatus(qint64 id, EvaluationStatus from, EvaluationStatus to, const QDateTime &at);
    // Loads an evaluation and its answers; `form` must be its form version.
    Result<Evaluation> load(qint64 id, const Form &form);
    Result<qint64> count();
    // The form version an evaluation was scored with (load() needs it).
    Result<qint64> formVersionId(qint64 evaluationId);
    // When the evaluated interaction happened (the day the Evaluations page shows it under).
    Result<QDateTime> occurredAt(qint64 evaluationId);

private:
    void prepareInserts();
    Result<qint64> insertRow(const Evaluation &evaluation);
    Result<qint64> insertRowFast(const Evaluation &evaluation);
    Status insertAnswers(qint64 id, const Answers &answers, const Form &form);
    Status insertAnswer(qint64 id, qint64 itemId, const Answer &answer);
    Status insertAnswerFast(qint64 id, qint64 itemId, const Answer &answer);
    static void bindScore(QSqlQuery &q, const ScoreResult &score);

    Database &m_db;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_insertAnswer;
    // SQLite: the two inserts through its C API instead (m_insert and m_insertAnswer stay unmade).
    std::unique_ptr<SqliteStatement> m_fastInsert;
    std::unique_ptr<SqliteStatement> m_fastAnswer;
    rollups::Writer &rollupWriter();
    std::unique_ptr<rollups::Writer> m_rollups; // the daily score sums, kept in step
    bool m_batch = false;
    std::optional<std::pair<qint64, qint64>> m_pending; // batch mode: the ids inserted since flush()
};

} // namespace servqa
