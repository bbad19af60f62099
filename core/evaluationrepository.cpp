#include "evaluationrepository.h"

#include "rollups.h"
#include "sqlitestatement.h"

#include "database.h"
#include "keytable.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace servqa {

namespace {

const std::pair<EvaluationStatus, const char *> Statuses[] = {
    {EvaluationStatus::Draft, "draft"},
    {EvaluationStatus::Submitted, "submitted"},
    {EvaluationStatus::Acknowledged, "acknowledged"},
    {EvaluationStatus::Disputed, "disputed"},
    {EvaluationStatus::Resolved, "resolved"}};

QVariant nullable(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

QVariant nullableId(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<double> readOptional(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

} // namespace

QString evaluationStatusKey(EvaluationStatus status)
{
    return keyOf(status, Statuses);
}

std::optional<EvaluationStatus> evaluationStatusFromKey(const QString &key)
{
    return valueOf(key, Statuses);
}

QString evaluationStatusName(EvaluationStatus status)
{
    switch (status) {
    case EvaluationStatus::Draft: return QCoreApplication::translate("Evaluation", "Draft");
    case EvaluationStatus::Submitted: return QCoreApplication::translate("Evaluation", "Submitted");
    case EvaluationStatus::Acknowledged: return QCoreApplication::translate("Evaluation", "Acknowledged");
    case EvaluationStatus::Disputed: return QCoreApplication::translate("Evaluation", "Disputed");
    case EvaluationStatus::Resolved: return QCoreApplication::translate("Evaluation", "Resolved");
    }
    return {};
}

EvaluationRepository::EvaluationRepository(Database &db) : m_db(db) {}
EvaluationRepository::~EvaluationRepository() = default;

namespace {
const char *const InsertEvaluationSql =
    "INSERT INTO evaluations (form_version_id, interaction_id, inspector_id, site_id, staff_id, occurred_at, status, "
    "created_at, updated_at, submitted_at, comment, points_earned, points_possible, bonus_points, score, passed, "
    "auto_failed, score_tangibles, score_reliability, score_responsiveness, score_assurance, score_empathy) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char *const InsertAnswerSql =
    "INSERT INTO evaluation_answers (evaluation_id, item_id, value, is_na, text_value, comment, measured, measured_by) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
} // namespace

void EvaluationRepository::prepareInserts()
{
    if (m_insert || m_fastInsert)
        return;
    // SQLite: through its C API (SqliteStatement), the new id without RETURNING, as the
    // interactions' insert does; the demo writes ~23 answers per evaluation, millions of them.
    m_fastInsert = SqliteStatement::prepare(m_db, QString::fromLatin1(InsertEvaluationSql));
    m_fastAnswer = SqliteStatement::prepare(m_db, QString::fromLatin1(InsertAnswerSql));
    if (m_fastInsert && m_fastAnswer)
        return;
    m_fastInsert.reset();
    m_fastAnswer.reset();
    m_insert = std::make_unique<QSqlQuery>(m_db.connection());
    m_insert->prepare(QString::fromLatin1(InsertEvaluationSql) + QStringLiteral(" RETURNING id"));
    m_insertAnswer = std::make_unique<QSqlQuery>(m_db.connection());
    m_insertAnswer->prepare(QString::fromLatin1(InsertAnswerSql));
}

Result<qint64> EvaluationRepository::insert(const Evaluation &e, const Form &form)
{
    prepareInserts();
    const auto inserted = m_fastInsert ? insertRowFast(e) : insertRow(e);
    if (!inserted)
        return Error{inserted.error()};
    const qint64 id = *inserted;

    if (const Status s = insertAnswers(id, e.answers, form); !s)
        return Error{s.error()};
    if (m_batch) {
        m_pending = m_pending ? std::pair{m_pending->first, id} : std::pair{id, id};
    } else if (e.status != EvaluationStatus::Draft) {
        if (const Status s = rollupWriter().addEvaluation(id, +1); !s)
            return Error{s.error()};
    }
    return id;
}

Result<qint64> EvaluationRepository::insertRow(const Evaluation &e)
{
    QSqlQuery &q = *m_insert;
    q.addBindValue(e.formVersionId);
    q.addBindValue(nullableId(e.interactionId));
    q.addBindValue(nullableId(e.inspectorId));
    q.addBindValue(e.siteId);
    q.addBindValue(nullableId(e.staffId));
    q.addBindValue(toStored(e.occurredAt));
    q.addBindValue(evaluationStatusKey(e.status));
    q.addBindValue(toStored(e.createdAt));
    q.addBindValue(toStored(e.updatedAt));
    q.addBindValue(e.submittedAt ? QVariant(toStored(*e.submittedAt))
                                 : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(notNull(e.comment));
    bindScore(q, e.score);
    return execReturningId(q, m_db);
}

// The same values as insertRow() binds, of the same SQLite types.
Result<qint64> EvaluationRepository::insertRowFast(const Evaluation &e)
{
    SqliteStatement &q = *m_fastInsert;
    q.bind(1, e.formVersionId);
    q.bind(2, e.interactionId);
    q.bind(3, e.inspectorId);
    q.bind(4, e.siteId);
    q.bind(5, e.staffId);
    q.bind(6, toStored(e.occurredAt));
    q.bind(7, evaluationStatusKey(e.status));
    q.bind(8, toStored(e.createdAt));
    q.bind(9, toStored(e.updatedAt));
    q.bind(10, e.submittedAt ? std::optional<qint64>(toStored(*e.submittedAt)) : std::nullopt);
    q.bind(11, notNull(e.comment));
    const ScoreResult &score = e.score;
    q.bindReal(12, score.pointsEarned);
    q.bindReal(13, score.pointsPossible);
    q.bindReal(14, score.bonusPoints);
    q.bindReal(15, score.percent);
    q.bind(16, score.passed ? std::optional<qint64>(*score.passed ? 1 : 0) : std::nullopt);
    q.bind(17, score.autoFailed ? 1 : 0);
    for (Dimension d : AllDimensions)
        q.bindReal(18 + dimensionIndex(d), score.dimensions[dimensionIndex(d)]);
    if (const auto changed = q.run(); !changed)
        return Error{changed.error()};
    return q.lastInsertId();
}

Status EvaluationRepository::flush()
{
    if (!m_pending)
        return success();
    // Ids only grow, so the evaluations inserted since the last flush() are one range (drafts
    // in it count for nothing, as one by one).
    const auto [first, last] = *m_pending;
    m_pending.reset();
    return rollupWriter().addEvaluations(first, last);
}

Status EvaluationRepository::insertAnswers(qint64 id, const Answers &answers, const Form &form)
{
    prepareInserts();
    for (const FormSection &section : form.sections) {
        for (const FormItem &item : section.items) {
            const auto found = answers.constFind(item.key);
            if (found == answers.constEnd())
                continue;
            if (const Status s = m_fastAnswer ? insertAnswerFast(id, item.id, *found) : insertAnswer(id, item.id, *found); !s)
                return s;
        }
    }
    return success();
}

Status EvaluationRepository::insertAnswer(qint64 id, qint64 itemId, const Answer &answer)
{
    QSqlQuery &a = *m_insertAnswer;
    a.addBindValue(id);
    a.addBindValue(itemId);
    a.addBindValue(nullable(answer.value));
    a.addBindValue(answer.notApplicable ? 1 : 0);
    a.addBindValue(answer.text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(answer.text));
    a.addBindValue(notNull(answer.comment));
    a.addBindValue(nullable(answer.measured));
    a.addBindValue(answer.measuredBy.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(answer.measuredBy));
    return execQuery(a, m_db);
}

Status EvaluationRepository::insertAnswerFast(qint64 id, qint64 itemId, const Answer &answer)
{
    SqliteStatement &a = *m_fastAnswer;
    a.bind(1, id);
    a.bind(2, itemId);
    a.bindReal(3, answer.value);
    a.bind(4, answer.notApplicable ? 1 : 0);
    a.bind(5, answer.text.isEmpty() ? QString() : answer.text);
    a.bind(6, notNull(answer.comment));
    a.bindReal(7, answer.measured);
    a.bind(8, answer.measuredBy);
    if (const auto changed = a.run(); !changed)
        return Error{changed.error()};
    return success();
}

// Binds the stored-score columns in their schema order.
void EvaluationRepository::bindScore(QSqlQuery &q, const ScoreResult &score)
{
    q.addBindValue(score.pointsEarned);
    q.addBindValue(score.pointsPossible);
    q.addBindValue(score.bonusPoints);
    q.addBindValue(nullable(score.percent));
    q.addBindValue(score.passed ? QVariant(*score.passed ? 1 : 0) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(score.autoFailed ? 1 : 0);
    for (Dimension d : AllDimensions)
        q.addBindValue(nullable(score.dimensions[dimensionIndex(d)]));
}

rollups::Writer &EvaluationRepository::rollupWriter()
{
    if (!m_rollups)
        m_rollups = std::make_unique<rollups::Writer>(m_db);
    return *m_rollups;
}

Status EvaluationRepository::update(const Evaluation &e, const Form &form)
{
    // The daily sums lose the stored row as it was and gain it as it is now (a draft counts
    // for nothing, so submitting adds it and a changed score moves it).
    if (const Status s = rollupWriter().addEvaluation(e.id, -1); !s)
        return s;
    // The answers first, while the stored status is still the one that allows them to change (a
    // server refuses answers of a submitted evaluation: core/server/security.sql).
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM evaluation_answers WHERE evaluation_id = ?"));
    q.addBindValue(e.id);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    if (const Status s = insertAnswers(e.id, e.answers, form); !s)
        return s;
    q.prepare(QStringLiteral(
        "UPDATE evaluations SET status = ?, updated_at = ?, submitted_at = ?, comment = ?, "
        "points_earned = ?, points_possible = ?, bonus_points = ?, score = ?, passed = ?, "
        "auto_failed = ?, score_tangibles = ?, score_reliability = ?, score_responsiveness = ?, "
        "score_assurance = ?, score_empathy = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(evaluationStatusKey(e.status));
    q.addBindValue(toStored(e.updatedAt));
    q.addBindValue(e.submittedAt ? QVariant(toStored(*e.submittedAt)) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(notNull(e.comment));
    bindScore(q, e.score);
    q.addBindValue(e.id);
    q.addBindValue(e.rowVersion);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{QCoreApplication::translate("EvaluationRepository", "Evaluation %1 was not saved: it does not exist, or you may not change it.")
                         .arg(e.id)};
    return rollupWriter().addEvaluation(e.id, +1); // with its answers as they are now (compliance)
}

Status EvaluationRepository::setStatus(qint64 id, EvaluationStatus from, EvaluationStatus to, const QDateTime &at)
{
    // Between states after the draft the rollups do not move (they count every evaluation but
    // drafts), and nothing but the status changes: all a manager may write (core/server/security.sql).
    Q_ASSERT(from != EvaluationStatus::Draft && to != EvaluationStatus::Draft);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE evaluations SET status = ?, updated_at = ? WHERE id = ? AND status = ?"));
    q.addBindValue(evaluationStatusKey(to));
    q.addBindValue(toStored(at));
    q.addBindValue(id);
    q.addBindValue(evaluationStatusKey(from));
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{QCoreApplication::translate("EvaluationRepository", "Evaluation %1 was not saved: it does not exist, or you may not change it.")
                         .arg(id)};
    return success();
}

Result<Evaluation> EvaluationRepository::load(qint64 id, const Form &form)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT form_version_id, interaction_id, inspector_id, site_id, staff_id, occurred_at, "
        "status, created_at, updated_at, submitted_at, comment, points_earned, points_possible, "
        "bonus_points, score, passed, auto_failed, score_tangibles, score_reliability, "
        "score_responsiveness, score_assurance, score_empathy, row_version FROM evaluations WHERE id = ?"));
    q.addBindValue(id);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (!q.next())
        return Error{QCoreApplication::translate("EvaluationRepository",
                                                 "Evaluation %1 does not exist.").arg(id)};
    Evaluation e;
    e.id = id;
    e.formVersionId = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        e.interactionId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        e.inspectorId = q.value(2).toLongLong();
    e.siteId = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        e.staffId = q.value(4).toLongLong();
    e.occurredAt = fromStored(q.value(5).toLongLong());
    e.status = evaluationStatusFromKey(q.value(6).toString()).value_or(EvaluationStatus::Draft);
    e.createdAt = fromStored(q.value(7).toLongLong());
    e.updatedAt = fromStored(q.value(8).toLongLong());
    if (!q.value(9).isNull())
        e.submittedAt = fromStored(q.value(9).toLongLong());
    e.comment = q.value(10).toString();
    e.score.pointsEarned = q.value(11).toDouble();
    e.score.pointsPossible = q.value(12).toDouble();
    e.score.bonusPoints = q.value(13).toDouble();
    e.score.percent = readOptional(q.value(14));
    if (!q.value(15).isNull())
        e.score.passed = q.value(15).toBool();
    e.score.autoFailed = q.value(16).toBool();
    for (Dimension d : AllDimensions)
        e.score.dimensions[dimensionIndex(d)] = readOptional(q.value(17 + dimensionIndex(d)));
    e.rowVersion = q.value(22).toInt();

    QHash<qint64, QString> keyById;
    for (const FormSection &section : form.sections) {
        for (const FormItem &item : section.items)
            keyById.insert(item.id, item.key);
    }
    q.prepare(QStringLiteral(
        "SELECT item_id, value, is_na, text_value, comment, measured, measured_by FROM evaluation_answers "
        "WHERE evaluation_id = ?"));
    q.addBindValue(id);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    while (q.next()) {
        Answer answer;
        answer.value = readOptional(q.value(1));
        answer.notApplicable = q.value(2).toBool();
        answer.text = q.value(3).toString();
        answer.comment = q.value(4).toString();
        answer.measured = readOptional(q.value(5));
        answer.measuredBy = q.value(6).toString();
        e.answers.insert(keyById.value(q.value(0).toLongLong()), answer);
    }
    return e;
}

Result<qint64> EvaluationRepository::formVersionId(qint64 evaluationId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT form_version_id FROM evaluations WHERE id = ?"));
    q.addBindValue(evaluationId);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (!q.next())
        return Error{QCoreApplication::translate("EvaluationRepository", "Evaluation %1 does not exist.").arg(evaluationId)};
    return q.value(0).toLongLong();
}

Result<QDateTime> EvaluationRepository::occurredAt(qint64 evaluationId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT occurred_at FROM evaluations WHERE id = ?"));
    q.addBindValue(evaluationId);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (!q.next())
        return Error{QCoreApplication::translate("EvaluationRepository", "Evaluation %1 does not exist.").arg(evaluationId)};
    return fromStored(q.value(0).toLongLong());
}

Result<qint64> EvaluationRepository::count()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM evaluations"));
    return execScalar(q, m_db);
}

} // namespace servqa
