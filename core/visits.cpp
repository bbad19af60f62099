#include "visits.h"

#include "visitpackage.h"
#include "workspacesettings.h"

#include "auditlog.h"
#include "database.h"
#include "evaluationrepository.h"
#include "evaluationworkflow.h"
#include "formrepository.h"
#include "interactionrepository.h"
#include "sqlwhere.h"
#include "timeutil.h"
#include "transactionguard.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace servqa {

namespace {

constexpr const char *StatusKeys[] = {"planned", "assigned", "in_progress", "submitted", "validated", "rejected"};

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QString visitStatusKey(VisitStatus status)
{
    return QString::fromLatin1(StatusKeys[int(status)]);
}

std::optional<VisitStatus> visitStatusFromKey(const QString &key)
{
    for (int i = 0; i < 6; ++i) {
        if (key == QLatin1String(StatusKeys[i]))
            return VisitStatus(i);
    }
    return std::nullopt;
}

QString visitStatusName(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Planned: return QCoreApplication::translate("Visits", "Planned");
    case VisitStatus::Assigned: return QCoreApplication::translate("Visits", "Assigned");
    case VisitStatus::InProgress: return QCoreApplication::translate("Visits", "In progress");
    case VisitStatus::Submitted: return QCoreApplication::translate("Visits", "Submitted");
    case VisitStatus::Validated: return QCoreApplication::translate("Visits", "Validated");
    case VisitStatus::Rejected: return QCoreApplication::translate("Visits", "Rejected");
    }
    return {};
}

VisitService::VisitService(Database &db, qint64 userId) : m_db(db), m_userId(userId) {}

Status VisitService::requireRole(bool lead) const
{
    const auto user = UserRepository(m_db).find(m_userId);
    if (!user)
        return Error{QCoreApplication::translate("Visits", "User %1 does not exist.").arg(m_userId)};
    const bool isLead = user->role == UserRole::Lead || user->role == UserRole::Admin;
    if (lead && !isLead)
        return Error{QCoreApplication::translate("Visits", "Only a QA lead plans and reviews visits; %1 is not one.").arg(user->name)};
    return success();
}

int VisitService::lockoutDays() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM servqa_meta WHERE key = 'visit_lockout_days'"));
    if (execQuery(q, m_db) && q.next())
        return q.value(0).toInt();
    return DefaultLockoutDays;
}

Status VisitService::setLockoutDays(int days)
{
    if (days < 0)
        return Error{QCoreApplication::translate("Visits", "The lock-out cannot be negative.")};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM servqa_meta WHERE key = 'visit_lockout_days'"));
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    q.prepare(QStringLiteral("INSERT INTO servqa_meta (key, value) VALUES ('visit_lockout_days', ?)"));
    q.addBindValue(QString::number(days));
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    return transaction.commit();
}

Status VisitService::excludeShopper(qint64 shopperId, qint64 siteId, const QString &reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO shopper_exclusions (shopper_id, site_id, reason) VALUES (?, ?, ?) "
                             "ON CONFLICT (shopper_id, site_id) DO UPDATE SET reason = excluded.reason"));
    q.addBindValue(shopperId);
    q.addBindValue(siteId);
    q.addBindValue(notNull(reason));
    return execQuery(q, m_db);
}

Status VisitService::checkLockout(qint64 shopperId, qint64 siteId, const QDate &from, const QDate &to,
                                  std::optional<qint64> ignoreVisit)
{
    const auto shopper = UserRepository(m_db).find(shopperId);
    if (!shopper)
        return Error{QCoreApplication::translate("Visits", "User %1 does not exist.").arg(shopperId)};
    if (shopper->role != UserRole::Shopper)
        return Error{QCoreApplication::translate("Visits", "%1 is not a mystery shopper.").arg(shopper->name)};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT x.reason, s.name FROM shopper_exclusions x JOIN sites s ON s.id = x.site_id "
                             "WHERE x.shopper_id = ? AND x.site_id = ?"));
    q.addBindValue(shopperId);
    q.addBindValue(siteId);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    if (q.next())
        return Error{QCoreApplication::translate("Visits", "%1 is not sent to %2: the staff would know them (%3).")
                         .arg(shopper->name, q.value(1).toString(), q.value(0).toString())};
    // Another visit of the same shopper to the same store whose window comes within N days.
    const int days = lockoutDays();
    q.prepare(QStringLiteral("SELECT v.id, v.window_from, v.window_to, s.name FROM visits v JOIN sites s ON s.id = v.site_id "
                             "WHERE v.shopper_id = ? AND v.site_id = ? AND v.status <> 'rejected' AND v.id <> ? "
                             "AND v.window_from <= ? AND v.window_to >= ? ORDER BY v.window_from LIMIT 1"));
    q.addBindValue(shopperId);
    q.addBindValue(siteId);
    q.addBindValue(ignoreVisit.value_or(0));
    q.addBindValue(isoDate(to.addDays(days)));
    q.addBindValue(isoDate(from.addDays(-days)));
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    if (q.next())
        return Error{QCoreApplication::translate("Visits", "%1 already visits %2 from %3 to %4 (visit %5); the same shopper "
                                                           "returns to a store after %6 days at the earliest.")
                         .arg(shopper->name, q.value(3).toString(), q.value(1).toString(), q.value(2).toString())
                         .arg(q.value(0).toLongLong())
                         .arg(days)};
    return success();
}

Result<qint64> VisitService::plan(const VisitPlan &plan)
{
    if (const Status s = requireRole(true); !s)
        return Error{s.error()};
    if (!plan.from.isValid() || !plan.to.isValid() || plan.to < plan.from)
        return Error{QCoreApplication::translate("Visits", "A visit needs a date window whose end is not before its start.")};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT kind, name FROM forms WHERE id = ?"));
    q.addBindValue(plan.formId);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (!q.next() || q.value(0).toString() != QLatin1String("checklist"))
        return Error{QCoreApplication::translate("Visits", "Form %1 is not a mystery-shop checklist.").arg(plan.formId)};
    if (plan.shopperId) {
        if (const Status s = checkLockout(*plan.shopperId, plan.siteId, plan.from, plan.to); !s)
            return Error{s.error()};
    }
    q.prepare(QStringLiteral("INSERT INTO visits (site_id, form_id, scenario, window_from, window_to, shopper_id, status, "
                             "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(plan.siteId);
    q.addBindValue(plan.formId);
    q.addBindValue(notNull(plan.scenario));
    q.addBindValue(isoDate(plan.from));
    q.addBindValue(isoDate(plan.to));
    q.addBindValue(plan.shopperId ? QVariant(*plan.shopperId) : QVariant());
    q.addBindValue(visitStatusKey(plan.shopperId ? VisitStatus::Assigned : VisitStatus::Planned));
    q.addBindValue(nowStored());
    return execReturningId(q, m_db);
}

Result<QVector<qint64>> VisitService::planRegion(const BulkVisitPlan &plan)
{
    if (const Status s = requireRole(true); !s)
        return Error{s.error()};
    if (!plan.from.isValid() || !plan.to.isValid() || plan.to < plan.from || plan.windowDays < 1)
        return Error{QCoreApplication::translate("Visits", "A visit needs a date window whose end is not before its start.")};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM sites WHERE region = ? AND kind = 'store' ORDER BY code"));
    q.addBindValue(plan.region);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<qint64> stores;
    while (q.next())
        stores << q.value(0).toLongLong();
    if (stores.isEmpty())
        return Error{QCoreApplication::translate("Visits", "Region \"%1\" has no stores.").arg(plan.region)};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QVector<qint64> ids;
    const int span = int(plan.from.daysTo(plan.to)) + 1;
    const int window = std::min(plan.windowDays, span);
    int nextShopper = 0;
    for (int i = 0; i < stores.size(); ++i) {
        // Spread evenly: store i starts at i/n of the span.
        const QDate from = plan.from.addDays(qint64(i) * (span - window) / std::max<qsizetype>(1, stores.size() - 1));
        VisitPlan one{stores[i], plan.formId, plan.scenario, from, from.addDays(window - 1), std::nullopt};
        for (int k = 0; k < plan.shoppers.size(); ++k) {
            const qint64 shopper = plan.shoppers[(nextShopper + k) % plan.shoppers.size()];
            if (checkLockout(shopper, one.siteId, one.from, one.to)) {
                one.shopperId = shopper;
                nextShopper = (nextShopper + k + 1) % plan.shoppers.size();
                break;
            }
        }
        const auto id = this->plan(one);
        if (!id)
            return Error{id.error()};
        ids << *id;
    }
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return ids;
}

Result<Visit> VisitService::requireStatus(qint64 visitId, std::initializer_list<VisitStatus> allowed)
{
    auto v = visit(visitId);
    if (!v)
        return v;
    for (VisitStatus s : allowed) {
        if (v->status == s)
            return v;
    }
    return Error{notNow(*v)};
}

// Why a step is not possible in the visit's status; a review names who made it and when (usually
// another lead, at another desk, since the page was read).
QString VisitService::notNow(const Visit &v)
{
    if (v.reviewedAt && !v.reviewedByName.isEmpty())
        return QCoreApplication::translate("Visits", "Visit %1 is %2 (by %3 at %4); this step is not possible now.")
            .arg(v.id)
            .arg(visitStatusName(v.status), v.reviewedByName, changedAtText(toStored(*v.reviewedAt)));
    return QCoreApplication::translate("Visits", "Visit %1 is %2; this step is not possible now.").arg(v.id).arg(visitStatusName(v.status));
}

// A review's change, made only while the visit is still submitted: a second lead's review of the
// same visit is refused with the first one's name, whichever desk reads first.
Status VisitService::review(QSqlQuery &q, qint64 visitId)
{
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    if (q.numRowsAffected() == 1)
        return success();
    const auto v = visit(visitId);
    return Error{v ? notNow(*v) : v.error()};
}

Status VisitService::setStatus(qint64 visitId, VisitStatus status)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE visits SET status = ? WHERE id = ?"));
    q.addBindValue(visitStatusKey(status));
    q.addBindValue(visitId);
    return execQuery(q, m_db);
}

Status VisitService::assign(qint64 visitId, qint64 shopperId)
{
    if (const Status s = requireRole(true); !s)
        return s;
    const auto v = requireStatus(visitId, {VisitStatus::Planned, VisitStatus::Assigned});
    if (!v)
        return Error{v.error()};
    if (const Status s = checkLockout(shopperId, v->siteId, v->windowFrom, v->windowTo, visitId); !s)
        return s;
    // The shopper's key for visit packages is made with their first visit (visitpackage.h).
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    if (const Status s = ensureShopperKey(m_db, shopperId); !s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE visits SET shopper_id = ?, status = 'assigned' WHERE id = ?"));
    q.addBindValue(shopperId);
    q.addBindValue(visitId);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    return transaction.commit();
}

Result<qint64> VisitService::start(qint64 visitId, const QDateTime &at)
{
    const auto v = requireStatus(visitId, {VisitStatus::Assigned, VisitStatus::InProgress});
    if (!v)
        return Error{v.error()};
    if (v->shopperId != m_userId)
        return Error{QCoreApplication::translate("Visits", "Visit %1 is assigned to %2.").arg(visitId).arg(v->shopperName)};
    if (v->evaluationId)
        return *v->evaluationId;
    QSqlQuery active(m_db.connection());
    active.prepare(QStringLiteral("SELECT id FROM form_versions WHERE form_id = ? AND status = 'active' ORDER BY version DESC LIMIT 1"));
    active.addBindValue(v->formId);
    if (const Status s = execQuery(active, m_db); !s)
        return Error{s.error()};
    if (!active.next())
        return Error{QCoreApplication::translate("Visits", "%1 has no active version.").arg(v->formName)};
    const qint64 version = active.value(0).toLongLong();
    active.finish();
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    // The visit as an interaction of channel "visit", so lists, scorecards and reports see it.
    Interaction interaction;
    interaction.source = QStringLiteral("mystery-shop");
    interaction.externalId = QStringLiteral("visit-%1").arg(visitId);
    interaction.channel = Channel::Visit;
    interaction.siteId = v->siteId;
    interaction.startedAt = at;
    // Not an empty row in the Interactions list: the shopper is the visit's customer, and the
    // scenario is what they were sent to do.
    interaction.customerRef = v->shopperName;
    interaction.transcript = v->scenario;
    const auto interactionId = InteractionRepository(m_db).upsert(interaction);
    if (!interactionId)
        return Error{interactionId.error()};
    const auto evaluationId = EvaluationWorkflow(m_db, m_userId).startDraft(*interactionId, version);
    if (!evaluationId)
        return Error{evaluationId.error()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE visits SET status = 'in_progress', interaction_id = ?, evaluation_id = ?, started_at = ? "
                             "WHERE id = ?"));
    q.addBindValue(*interactionId);
    q.addBindValue(*evaluationId);
    q.addBindValue(toStored(at));
    q.addBindValue(visitId);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return *evaluationId;
}

Status VisitService::saveAnswers(qint64 visitId, const Answers &answers, const QString &comment, const QDateTime &at)
{
    const auto v = requireStatus(visitId, {VisitStatus::InProgress});
    if (!v)
        return Error{v.error()};
    const auto loaded = checklist(visitId);
    if (!loaded)
        return Error{loaded.error()};
    const Evaluation *before = &loaded->evaluation;
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    if (const Status s = EvaluationWorkflow(m_db, m_userId).saveDraft(*v->evaluationId, answers, comment); !s)
        return s;
    // The time of each answer that is new or changed.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO visit_answer_times (visit_id, item_key, answered_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (visit_id, item_key) DO UPDATE SET answered_at = excluded.answered_at"));
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const Answer old = before->answers.value(it.key());
        if (it->isEmpty() || (old.value == it->value && old.notApplicable == it->notApplicable && old.text == it->text))
            continue;
        q.addBindValue(visitId);
        q.addBindValue(it.key());
        q.addBindValue(toStored(at));
        if (const Status s = execQuery(q, m_db); !s)
            return s;
    }
    return transaction.commit();
}

Status VisitService::submit(qint64 visitId, const QDateTime &at)
{
    const auto v = requireStatus(visitId, {VisitStatus::InProgress});
    if (!v)
        return Error{v.error()};
    if (v->shopperId != m_userId)
        return Error{QCoreApplication::translate("Visits", "Visit %1 is assigned to %2.").arg(visitId).arg(v->shopperName)};
    const auto loaded = checklist(visitId);
    if (!loaded)
        return Error{loaded.error()};
    const Form *form = &loaded->form;
    const Evaluation *e = &loaded->evaluation;
    const auto scored = scoreEvaluation(*form, e->answers);
    if (!scored)
        return Error{scored.error()};
    if (!scored->unansweredRequired.isEmpty()) {
        QStringList missing;
        for (const QString &key : scored->unansweredRequired)
            missing << (form->findItem(key) ? form->findItem(key)->text : key);
        return Error{QCoreApplication::translate("Visits", "Answer these required items before submitting: %1").arg(missing.join(QStringLiteral("; ")))};
    }
    // Items that need proof: answered (not N/A) with no evidence attached to them.
    const auto files = evidence(visitId);
    if (!files)
        return Error{files.error()};
    QStringList unproven;
    for (const FormSection &section : form->sections) {
        for (const FormItem &item : section.items) {
            const Answer answer = e->answers.value(item.key);
            if (!item.requiresEvidence || answer.isEmpty() || answer.notApplicable)
                continue;
            if (std::none_of(files->cbegin(), files->cend(), [&](const EvidenceFile &f) { return f.itemKey == item.key; }))
                unproven << item.text;
        }
    }
    if (!unproven.isEmpty())
        return Error{QCoreApplication::translate("Visits", "Attach evidence to these items before submitting: %1").arg(unproven.join(QStringLiteral("; ")))};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE visits SET status = 'submitted', ended_at = ? WHERE id = ?"));
    q.addBindValue(toStored(at));
    q.addBindValue(visitId);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    // The visit's interaction lasted from start to end.
    q.prepare(QStringLiteral("UPDATE interactions SET duration_s = ? WHERE id = ?"));
    q.addBindValue(v->startedAt ? std::max<qint64>(0, v->startedAt->secsTo(at)) : QVariant());
    q.addBindValue(*v->interactionId);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    return transaction.commit();
}

Status VisitService::validate(qint64 visitId)
{
    if (const Status s = requireRole(true); !s)
        return s;
    const auto v = requireStatus(visitId, {VisitStatus::Submitted});
    if (!v)
        return Error{v.error()};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    // The checklist's draft is submitted in the shopper's name: from now on its score counts.
    const auto scored = EvaluationWorkflow(m_db, *v->shopperId).submit(*v->evaluationId);
    if (!scored)
        return Error{scored.error()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE visits SET status = 'validated', reviewed_by = ?, reviewed_at = ? WHERE id = ? AND status = 'submitted'"));
    q.addBindValue(m_userId);
    q.addBindValue(nowStored());
    q.addBindValue(visitId);
    if (const Status s = review(q, visitId); !s)
        return s;
    AuditEntry entry;
    entry.userId = m_userId;
    entry.entity = AuditEntity::Evaluation;
    entry.entityId = *v->evaluationId;
    entry.action = QStringLiteral("visit_validated");
    if (const Status s = AuditLog(m_db).append(entry); !s)
        return s;
    return transaction.commit();
}

Status VisitService::reject(qint64 visitId, const QString &reason)
{
    if (const Status s = requireRole(true); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Visits", "Say why the visit is rejected.")};
    const auto v = requireStatus(visitId, {VisitStatus::Submitted});
    if (!v)
        return Error{v.error()};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE visits SET status = 'rejected', review_reason = ?, reviewed_by = ?, reviewed_at = ? "
                             "WHERE id = ? AND status = 'submitted'"));
    q.addBindValue(reason.trimmed());
    q.addBindValue(m_userId);
    q.addBindValue(nowStored());
    q.addBindValue(visitId);
    if (const Status s = review(q, visitId); !s)
        return s;
    AuditEntry entry;
    entry.userId = m_userId;
    entry.entity = AuditEntity::Evaluation;
    entry.entityId = *v->evaluationId;
    entry.action = QStringLiteral("visit_rejected");
    entry.note = reason.trimmed();
    if (const Status s = AuditLog(m_db).append(entry); !s)
        return s;
    return transaction.commit();
}

Result<QVector<Visit>> VisitService::visits(const VisitFilter &filter)
{
    SqlWhere where;
    if (filter.region)
        where.add("s.region = ?", *filter.region);
    if (filter.siteId)
        where.add("v.site_id = ?", *filter.siteId);
    if (filter.shopperId)
        where.add("v.shopper_id = ?", *filter.shopperId);
    if (filter.status)
        where.add("v.status = ?", visitStatusKey(*filter.status));
    if (filter.from)
        where.add("v.window_to >= ?", isoDate(*filter.from));
    if (filter.to)
        where.add("v.window_from <= ?", isoDate(*filter.to));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
                  "SELECT v.id, v.site_id, s.code, s.name, s.region, v.form_id, f.name, v.scenario, v.window_from, v.window_to, "
                  "v.shopper_id, u.name, v.status, v.interaction_id, v.evaluation_id, v.started_at, v.ended_at, v.review_reason, "
                  "r.name, v.reviewed_at, e.score "
                  "FROM visits v JOIN sites s ON s.id = v.site_id JOIN forms f ON f.id = v.form_id "
                  "LEFT JOIN users u ON u.id = v.shopper_id LEFT JOIN users r ON r.id = v.reviewed_by "
                  "LEFT JOIN evaluations e ON e.id = v.evaluation_id")
              + where.sql() + QStringLiteral(" ORDER BY v.window_from, s.code, v.id"));
    where.bindTo(q);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<Visit> list;
    auto optionalTime = [](const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<QDateTime>(fromStored(v.toLongLong())); };
    auto optionalId = [](const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong()); };
    while (q.next()) {
        Visit v;
        v.id = q.value(0).toLongLong();
        v.siteId = q.value(1).toLongLong();
        v.siteCode = q.value(2).toString();
        v.siteName = q.value(3).toString();
        v.region = q.value(4).toString();
        v.formId = q.value(5).toLongLong();
        v.formName = q.value(6).toString();
        v.scenario = q.value(7).toString();
        v.windowFrom = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        v.windowTo = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        v.shopperId = optionalId(q.value(10));
        v.shopperName = q.value(11).toString();
        v.status = visitStatusFromKey(q.value(12).toString()).value_or(VisitStatus::Planned);
        v.interactionId = optionalId(q.value(13));
        v.evaluationId = optionalId(q.value(14));
        v.startedAt = optionalTime(q.value(15));
        v.endedAt = optionalTime(q.value(16));
        v.reviewReason = q.value(17).toString();
        v.reviewedByName = q.value(18).toString();
        v.reviewedAt = optionalTime(q.value(19));
        if (!q.value(20).isNull())
            v.score = q.value(20).toDouble();
        list << v;
    }
    return list;
}

Result<Visit> VisitService::visit(qint64 visitId)
{
    SqlWhere where;
    QSqlQuery probe(m_db.connection());
    probe.prepare(QStringLiteral("SELECT site_id FROM visits WHERE id = ?"));
    probe.addBindValue(visitId);
    if (const Status s = execQuery(probe, m_db); !s)
        return Error{s.error()};
    if (!probe.next())
        return Error{QCoreApplication::translate("Visits", "There is no visit %1.").arg(visitId)};
    VisitFilter filter;
    filter.siteId = probe.value(0).toLongLong();
    const auto list = visits(filter);
    if (!list)
        return Error{list.error()};
    for (const Visit &v : *list) {
        if (v.id == visitId)
            return v;
    }
    return Error{QCoreApplication::translate("Visits", "There is no visit %1.").arg(visitId)};
}

Result<VisitChecklist> VisitService::checklist(qint64 visitId)
{
    const auto v = visit(visitId);
    if (!v)
        return Error{v.error()};
    if (!v->evaluationId)
        return Error{QCoreApplication::translate("Visits", "Visit %1 has not started.").arg(visitId)};
    const auto versionId = EvaluationRepository(m_db).formVersionId(*v->evaluationId);
    if (!versionId)
        return Error{versionId.error()};
    auto form = FormRepository(m_db).load(*versionId);
    if (!form)
        return Error{form.error()};
    auto evaluation = EvaluationRepository(m_db).load(*v->evaluationId, *form);
    if (!evaluation)
        return Error{evaluation.error()};
    return VisitChecklist{*form, *evaluation};
}

Result<QHash<QString, QDateTime>> VisitService::answerTimes(qint64 visitId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT item_key, answered_at FROM visit_answer_times WHERE visit_id = ?"));
    q.addBindValue(visitId);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QHash<QString, QDateTime> times;
    while (q.next())
        times.insert(q.value(0).toString(), fromStored(q.value(1).toLongLong()));
    return times;
}

} // namespace servqa
