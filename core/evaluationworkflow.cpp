#include "evaluationworkflow.h"

#include "auditlog.h"
#include "database.h"
#include "formrepository.h"
#include "interactionrepository.h"
#include "measureditems.h"
#include "screening.h"
#include "timeutil.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace servqa {

namespace {

QString scoreText(const std::optional<double> &percent)
{
    return percent ? QString::number(*percent, 'f', 2) : QString();
}

QVariant nullableReal(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> readOptional(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QString itemLabel(const Form &form, const QString &key)
{
    const FormItem *item = form.findItem(key);
    return item ? item->text : key;
}

} // namespace

QString auditAnswerText(const Answer &a)
{
    if (a.notApplicable)
        return QStringLiteral("N/A");
    if (!a.text.isEmpty())
        return a.text;
    return a.value ? QString::number(*a.value, 'g', 12) : QString();
}

EvaluationWorkflow::EvaluationWorkflow(Database &db, qint64 userId) : m_db(db), m_userId(userId)
{
    if (auto user = UserRepository(db).find(userId))
        m_user = *user;
}

bool EvaluationWorkflow::canReview() const
{
    return m_user && (m_user->role == UserRole::Manager || m_user->role == UserRole::Lead
                      || m_user->role == UserRole::Admin);
}

bool EvaluationWorkflow::canResolve() const
{
    return m_user && (m_user->role == UserRole::Lead || m_user->role == UserRole::Admin);
}

Result<EvaluationWorkflow::Loaded> EvaluationWorkflow::load(qint64 evaluationId)
{
    const auto versionId = EvaluationRepository(m_db).formVersionId(evaluationId);
    if (!versionId)
        return Error{versionId.error()};
    auto form = FormRepository(m_db).load(*versionId);
    if (!form)
        return Error{form.error()};
    auto evaluation = EvaluationRepository(m_db).load(evaluationId, *form);
    if (!evaluation)
        return Error{evaluation.error()};
    return Loaded{*form, *evaluation};
}

Status EvaluationWorkflow::requireStatus(const Evaluation &e, std::initializer_list<EvaluationStatus> allowed) const
{
    for (EvaluationStatus s : allowed) {
        if (e.status == s)
            return success();
    }
    // Usually someone else moved it on since the page was read (another desk, on a server): say who.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT u.name, a.at FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
                             "WHERE a.entity = 'evaluation' AND a.entity_id = ? ORDER BY a.id DESC LIMIT 1"));
    q.addBindValue(e.id);
    if (execQuery(q, m_db) && q.next() && !q.value(0).isNull())
        return Error{QCoreApplication::translate("EvaluationWorkflow", "Evaluation %1 is %2 (last changed by %3 at %4); this step is not possible now.")
                         .arg(e.id)
                         .arg(evaluationStatusName(e.status), q.value(0).toString(), changedAtText(q.value(1).toLongLong()))};
    return Error{QCoreApplication::translate("EvaluationWorkflow", "Evaluation %1 is %2; this step is not possible now.").arg(e.id).arg(evaluationStatusName(e.status))};
}

Status EvaluationWorkflow::audit(qint64 evaluationId, const QString &action, const QString &field,
                                 const std::optional<QString> &oldValue, const std::optional<QString> &newValue,
                                 const QString &note)
{
    AuditEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.userId = m_userId;
    entry.entity = AuditEntity::Evaluation;
    entry.entityId = evaluationId;
    entry.action = action;
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    entry.note = note;
    return AuditLog(m_db).append(entry);
}

Result<qint64> EvaluationWorkflow::startDraft(qint64 interactionId, qint64 formVersionId)
{
    if (!m_user)
        return Error{QCoreApplication::translate("EvaluationWorkflow", "User %1 does not exist.").arg(m_userId)};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id FROM evaluations WHERE interaction_id = ? AND inspector_id = ? AND status = 'draft' "
        "AND form_version_id IN (SELECT id FROM form_versions WHERE form_id = "
        "(SELECT form_id FROM form_versions WHERE id = ?)) ORDER BY id LIMIT 1"));
    q.addBindValue(interactionId);
    q.addBindValue(m_userId);
    q.addBindValue(formVersionId);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (q.next())
        return q.value(0).toLongLong();

    const auto form = FormRepository(m_db).load(formVersionId);
    if (!form)
        return Error{form.error()};
    if (form->status != FormStatus::Active)
        return Error{QCoreApplication::translate("EvaluationWorkflow", "%1 version %2 is not active; evaluations use the active version of a form.")
                         .arg(form->name)
                         .arg(form->version)};
    const auto interaction = InteractionRepository(m_db).find(interactionId);
    if (!interaction)
        return Error{interaction.error()};
    if (!*interaction)
        return Error{QCoreApplication::translate("EvaluationWorkflow", "Interaction %1 does not exist.").arg(interactionId)};

    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    Evaluation e;
    e.formVersionId = formVersionId;
    e.interactionId = interactionId;
    e.inspectorId = m_userId;
    e.siteId = (*interaction)->siteId;
    e.staffId = (*interaction)->staffId;
    e.occurredAt = (*interaction)->startedAt;
    e.status = EvaluationStatus::Draft;
    e.createdAt = e.updatedAt = QDateTime::currentDateTimeUtc();
    const auto scored = scoreEvaluation(*form, e.answers);
    if (!scored)
        return Error{scored.error()};
    e.score = *scored;
    const auto id = EvaluationRepository(m_db).insert(e, *form);
    if (!id)
        return id;
    q.prepare(QStringLiteral(
        "UPDATE assignments SET evaluation_id = ? WHERE interaction_id = ? AND form_id = ? AND evaluation_id IS NULL"));
    q.addBindValue(*id);
    q.addBindValue(interactionId);
    q.addBindValue(form->formId);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (const Status s = audit(*id, QStringLiteral("created"), {}, {}, QStringLiteral("%1 v%2").arg(form->code).arg(form->version)); !s)
        return Error{s.error()};
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return *id;
}

Result<qint64> EvaluationWorkflow::createDraft(qint64 interactionId, qint64 formVersionId, const Answers &answers, const QString &comment)
{
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    const auto id = startDraft(interactionId, formVersionId);
    if (!id)
        return id;
    if (const Status s = saveDraft(*id, answers, comment); !s)
        return Error{s.error()};
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return *id;
}

Result<EvaluationWorkflow::Created> EvaluationWorkflow::createDraftOver(qint64 interactionId, qint64 formVersionId, const Answers &answers,
                                                                         const QString &comment)
{
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    const auto id = startDraft(interactionId, formVersionId);
    if (!id)
        return Error{id.error()};
    // A draft made just now has never been saved (0); one found already has.
    const auto stored = storeDraft(*id, 0, answers, comment);
    if (!stored)
        return Error{stored.error()};
    if (!stored->saved)
        return Created{*id, *stored};
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return Created{*id, *stored};
}

Status EvaluationWorkflow::saveDraft(qint64 evaluationId, const Answers &answers, const QString &comment)
{
    const auto stored = storeDraft(evaluationId, std::nullopt, answers, comment);
    return stored ? success() : Status(Error{stored.error()});
}

Result<EvaluationWorkflow::DraftSave> EvaluationWorkflow::saveDraftOver(qint64 evaluationId, std::optional<int> readAt, const Answers &answers,
                                                                        const QString &comment)
{
    return storeDraft(evaluationId, readAt, answers, comment);
}

Result<EvaluationWorkflow::DraftSave> EvaluationWorkflow::storeDraft(qint64 evaluationId, std::optional<int> readAt, const Answers &answers,
                                                                     const QString &comment)
{
    auto loaded = load(evaluationId);
    if (!loaded)
        return Error{loaded.error()};
    Evaluation &e = loaded->evaluation;
    if (const Status s = requireStatus(e, {EvaluationStatus::Draft}); !s)
        return Error{s.error()};
    if (e.inspectorId != m_userId)
        return Error{QCoreApplication::translate("EvaluationWorkflow", "Only the inspector who started evaluation %1 can edit its draft.").arg(evaluationId)};
    if (readAt && *readAt != e.rowVersion) {
        DraftSave elsewhere;
        elsewhere.savedElsewhereAt = e.updatedAt;
        return elsewhere;
    }
    e.answers = answers;
    // What was measured comes from the interaction, never from the client.
    std::optional<Interaction> interaction;
    if (e.interactionId) {
        const auto found = InteractionRepository(m_db).find(*e.interactionId);
        if (!found)
            return Error{found.error()};
        interaction = *found;
    }
    // And what a screening rule answered, from the workspace's screening (docs/screening.md).
    Answers byRules;
    if (e.interactionId) {
        const auto screening = interactionScreening(m_db, *e.interactionId);
        if (!screening)
            return Error{screening.error()};
        byRules = ruleAnswers(loaded->form, *screening).answers;
    }
    stampMeasured(loaded->form, interaction ? &*interaction : nullptr, e.answers, &byRules);
    const auto scored = scoreEvaluation(loaded->form, e.answers);
    if (!scored)
        return Error{scored.error()};
    e.comment = comment;
    e.score = *scored;
    e.updatedAt = QDateTime::currentDateTimeUtc();
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    if (const Status s = EvaluationRepository(m_db).update(e, loaded->form); !s)
        return Error{s.error()};
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    DraftSave saved;
    saved.saved = true;
    saved.rowVersion = e.rowVersion + 1;
    return saved;
}

Result<ScoreResult> EvaluationWorkflow::submit(qint64 evaluationId)
{
    auto loaded = load(evaluationId);
    if (!loaded)
        return Error{loaded.error()};
    Evaluation &e = loaded->evaluation;
    const Form &form = loaded->form;
    if (const Status s = requireStatus(e, {EvaluationStatus::Draft}); !s)
        return Error{s.error()};
    if (e.inspectorId != m_userId)
        return Error{QCoreApplication::translate("EvaluationWorkflow", "Only the inspector who started evaluation %1 can submit it.").arg(evaluationId)};
    const auto scored = scoreEvaluation(form, e.answers);
    if (!scored)
        return Error{scored.error()};
    if (!scored->unansweredRequired.isEmpty()) {
        QStringList missing;
        for (const QString &key : scored->unansweredRequired)
            missing << itemLabel(form, key);
        return Error{QCoreApplication::translate("EvaluationWorkflow", "Answer these required items before submitting: %1").arg(missing.join(QStringLiteral("; ")))};
    }
    if (const QStringList unexplained = unexplainedOverrides(form, e.answers); !unexplained.isEmpty()) {
        QStringList names;
        for (const QString &key : unexplained)
            names << itemLabel(form, key);
        return Error{QCoreApplication::translate("EvaluationWorkflow", "A measured value was changed without a comment saying why: %1")
                         .arg(names.join(QStringLiteral("; ")))};
    }
    e.score = *scored;
    e.status = EvaluationStatus::Submitted;
    e.updatedAt = QDateTime::currentDateTimeUtc();
    e.submittedAt = e.updatedAt;
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    if (const Status s = EvaluationRepository(m_db).update(e, form); !s)
        return Error{s.error()};
    if (const Status s = audit(evaluationId, QStringLiteral("submitted"), QStringLiteral("score"), {}, scoreText(e.score.percent)); !s)
        return Error{s.error()};
    // Each measured value the inspector changed, with the reason they gave.
    for (const FormSection &section : form.sections) {
        for (const FormItem &item : section.items) {
            const Answer a = e.answers.value(item.key);
            if (!a.overridesMeasure())
                continue;
            Answer measured = Answer::number(*a.measured);
            // A screening rule's answer (docs/screening.md): the rule is named with the reason.
            const bool rule = a.byRule();
            const QString note = rule ? QStringLiteral("%1: %2").arg(a.measuredBy.mid(5), a.comment.trimmed()) : a.comment.trimmed();
            if (const Status s = audit(evaluationId, rule ? QStringLiteral("rule_overridden") : QStringLiteral("measure_overridden"), item.key,
                                       auditAnswerText(measured), auditAnswerText(a), note);
                !s)
                return Error{s.error()};
        }
    }
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return *scored;
}

Status EvaluationWorkflow::acknowledge(qint64 evaluationId)
{
    if (!canReview())
        return Error{QCoreApplication::translate("EvaluationWorkflow", "Only a manager or QA lead can acknowledge an evaluation.")};
    auto loaded = load(evaluationId);
    if (!loaded)
        return Error{loaded.error()};
    Evaluation &e = loaded->evaluation;
    if (const Status s = requireStatus(e, {EvaluationStatus::Submitted, EvaluationStatus::Resolved}); !s)
        return s;
    const QString before = evaluationStatusKey(e.status);
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    if (const Status s = EvaluationRepository(m_db).setStatus(evaluationId, e.status, EvaluationStatus::Acknowledged,
                                                              QDateTime::currentDateTimeUtc());
        !s)
        return s;
    e.status = EvaluationStatus::Acknowledged;
    if (const Status s = audit(evaluationId, QStringLiteral("acknowledged"), QStringLiteral("status"), before,
                               evaluationStatusKey(e.status));
        !s)
        return s;
    return transaction.commit();
}

Status EvaluationWorkflow::dispute(qint64 evaluationId, const QVector<DisputeRequest> &items)
{
    if (!canReview())
        return Error{QCoreApplication::translate("EvaluationWorkflow", "Only a manager or QA lead can dispute an evaluation.")};
    if (items.isEmpty())
        return Error{QCoreApplication::translate("EvaluationWorkflow", "Choose at least one item to dispute.")};
    auto loaded = load(evaluationId);
    if (!loaded)
        return Error{loaded.error()};
    Evaluation &e = loaded->evaluation;
    const Form &form = loaded->form;
    if (const Status s = requireStatus(e, {EvaluationStatus::Submitted}); !s)
        return s;

    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO disputes (evaluation_id, item_id, reason, raised_by, raised_at, old_value, old_is_na) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const qint64 now = nowStored();
    for (const DisputeRequest &d : items) {
        const FormItem *item = form.findItem(d.itemKey);
        if (!item)
            return Error{QCoreApplication::translate("EvaluationWorkflow", "The form has no item \"%1\".").arg(d.itemKey)};
        if (item->type == ItemType::Text)
            return Error{QCoreApplication::translate("EvaluationWorkflow", "\"%1\" is a note, not a scored item; it cannot be disputed.").arg(item->text)};
        if (d.reason.trimmed().isEmpty())
            return Error{QCoreApplication::translate("EvaluationWorkflow", "Give a reason for disputing \"%1\".").arg(item->text)};
        const Answer before = e.answers.value(d.itemKey);
        q.addBindValue(evaluationId);
        q.addBindValue(item->id);
        q.addBindValue(d.reason.trimmed());
        q.addBindValue(m_userId);
        q.addBindValue(now);
        q.addBindValue(nullableReal(before.value));
        q.addBindValue(before.notApplicable ? 1 : 0);
        if (const Status s = execQuery(q, m_db); !s)
            return s;
        if (const Status s = audit(evaluationId, QStringLiteral("disputed"), d.itemKey, auditAnswerText(before), {}, d.reason.trimmed()); !s)
            return s;
    }
    if (const Status s = EvaluationRepository(m_db).setStatus(evaluationId, EvaluationStatus::Submitted, EvaluationStatus::Disputed,
                                                              QDateTime::currentDateTimeUtc());
        !s)
        return s;
    if (const Status s = audit(evaluationId, QStringLiteral("status"), QStringLiteral("status"), QStringLiteral("submitted"),
                               QStringLiteral("disputed"));
        !s)
        return s;
    return transaction.commit();
}

Status EvaluationWorkflow::resolveDisputes(const QVector<Decision> &decisions)
{
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    for (const Decision &d : decisions) {
        if (const Status s = resolveDispute(d.disputeId, d.outcome, d.newAnswer, d.reason); !s)
            return s;
    }
    return transaction.commit();
}

Result<QVector<Dispute>> EvaluationWorkflow::disputes(qint64 evaluationId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT d.id, i.key, d.reason, ru.name, d.raised_at, d.old_value, d.old_is_na, d.outcome, "
        "d.new_value, d.new_is_na, d.resolution_reason, vu.name, d.resolved_at "
        "FROM disputes d JOIN form_items i ON i.id = d.item_id "
        "LEFT JOIN users ru ON ru.id = d.raised_by LEFT JOIN users vu ON vu.id = d.resolved_by "
        "WHERE d.evaluation_id = ? ORDER BY d.id"));
    q.addBindValue(evaluationId);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<Dispute> list;
    while (q.next()) {
        Dispute d;
        d.id = q.value(0).toLongLong();
        d.evaluationId = evaluationId;
        d.itemKey = q.value(1).toString();
        d.reason = q.value(2).toString();
        d.raisedByName = q.value(3).toString();
        d.raisedAt = fromStored(q.value(4).toLongLong());
        d.before.value = readOptional(q.value(5));
        d.before.notApplicable = q.value(6).toBool();
        if (!q.value(7).isNull())
            d.outcome = q.value(7).toString() == QLatin1String("kept") ? DisputeOutcome::Kept : DisputeOutcome::Changed;
        d.after.value = readOptional(q.value(8));
        d.after.notApplicable = q.value(9).toBool();
        d.resolutionReason = q.value(10).toString();
        d.resolvedByName = q.value(11).toString();
        if (!q.value(12).isNull())
            d.resolvedAt = fromStored(q.value(12).toLongLong());
        list.push_back(d);
    }
    return list;
}

Status EvaluationWorkflow::resolveDispute(qint64 disputeId, DisputeOutcome outcome, const Answer &newAnswer,
                                          const QString &reason)
{
    if (!canResolve())
        return Error{QCoreApplication::translate("EvaluationWorkflow", "Only a QA lead can resolve a dispute.")};
    if (reason.trimmed().isEmpty())
        return Error{QCoreApplication::translate("EvaluationWorkflow", "Give a reason for the decision.")};
    QSqlQuery q(m_db.connection());
    const auto alreadyResolved = [this, disputeId]() -> Status {
        QSqlQuery by(m_db.connection());
        by.prepare(QStringLiteral("SELECT u.name, d.resolved_at FROM disputes d LEFT JOIN users u ON u.id = d.resolved_by WHERE d.id = ?"));
        by.addBindValue(disputeId);
        if (execQuery(by, m_db) && by.next())
            return Error{QCoreApplication::translate("EvaluationWorkflow", "Dispute %1 has already been resolved by %2 at %3; your decision was not saved.")
                             .arg(disputeId)
                             .arg(by.value(0).toString(), changedAtText(by.value(1).toLongLong()))};
        return Error{QCoreApplication::translate("EvaluationWorkflow", "Dispute %1 has already been resolved.").arg(disputeId)};
    };
    q.prepare(QStringLiteral("SELECT evaluation_id, outcome FROM disputes WHERE id = ?"));
    q.addBindValue(disputeId);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    if (!q.next())
        return Error{QCoreApplication::translate("EvaluationWorkflow", "Dispute %1 does not exist.").arg(disputeId)};
    const qint64 evaluationId = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        return alreadyResolved();
    auto loaded = load(evaluationId);
    if (!loaded)
        return Error{loaded.error()};
    Evaluation &e = loaded->evaluation;
    const Form &form = loaded->form;
    if (const Status s = requireStatus(e, {EvaluationStatus::Disputed}); !s)
        return s;
    const auto open = disputes(evaluationId);
    if (!open)
        return Error{open.error()};
    QString itemKey;
    int stillOpen = 0;
    for (const Dispute &d : *open) {
        if (d.id == disputeId)
            itemKey = d.itemKey;
        else if (d.isOpen())
            ++stillOpen;
    }
    const FormItem *item = form.findItem(itemKey);
    const Answer before = e.answers.value(itemKey);
    Answer after = before;
    if (outcome == DisputeOutcome::Changed) {
        after.value = newAnswer.value;
        after.notApplicable = newAnswer.notApplicable;
        if (const QString problem = checkAnswer(*item, after); !problem.isEmpty())
            return Error{QCoreApplication::translate("EvaluationWorkflow", "\"%1\": %2").arg(item->text, problem)};
    }

    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    q.prepare(QStringLiteral(
        "UPDATE disputes SET outcome = ?, new_value = ?, new_is_na = ?, resolution_reason = ?, "
        "resolved_by = ?, resolved_at = ? WHERE id = ? AND outcome IS NULL"));
    q.addBindValue(outcome == DisputeOutcome::Kept ? QStringLiteral("kept") : QStringLiteral("changed"));
    q.addBindValue(nullableReal(after.value));
    q.addBindValue(after.notApplicable ? 1 : 0);
    q.addBindValue(reason.trimmed());
    q.addBindValue(m_userId);
    q.addBindValue(nowStored());
    q.addBindValue(disputeId);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    if (q.numRowsAffected() != 1) // another lead decided it meanwhile (on a server, the row waited for theirs)
        return alreadyResolved();
    const QString action = outcome == DisputeOutcome::Kept ? QStringLiteral("dispute_kept") : QStringLiteral("dispute_changed");
    if (const Status s = audit(evaluationId, action, itemKey, auditAnswerText(before), auditAnswerText(after), reason.trimmed()); !s)
        return s;
    if (outcome == DisputeOutcome::Changed) {
        e.answers[itemKey] = after;
        const auto scored = scoreEvaluation(form, e.answers);
        if (!scored)
            return Error{scored.error()};
        const QString oldScore = scoreText(e.score.percent);
        e.score = *scored;
        if (const Status s = audit(evaluationId, QStringLiteral("rescored"), QStringLiteral("score"), oldScore, scoreText(e.score.percent)); !s)
            return s;
    }
    if (stillOpen == 0) {
        e.status = EvaluationStatus::Resolved;
        if (const Status s = audit(evaluationId, QStringLiteral("resolved"), QStringLiteral("status"), QStringLiteral("disputed"),
                                   QStringLiteral("resolved"));
            !s)
            return s;
    }
    e.updatedAt = QDateTime::currentDateTimeUtc();
    if (const Status s = EvaluationRepository(m_db).update(e, form); !s)
        return s;
    return transaction.commit();
}

} // namespace servqa
