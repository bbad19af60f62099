#include "fmea.h"

#include "actions.h"
#include "database.h"
#include "timeutil.h"
#include "transactionguard.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace servqa {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Fmea)
};

// The rows of the AP table: a band of severity and of occurrence, and the priority for detection
// 7–10, 5–6, 2–4 and 1 (AIAG & VDA FMEA Handbook 2019, "Action Priority (AP) for DFMEA and PFMEA").
constexpr char H = 'H', M = 'M', L = 'L';
struct ApRow
{
    int severityFrom, occurrenceFrom;
    char detection[4]; // D 7–10, 5–6, 2–4, 1
};
// In order: the first row whose severity and occurrence are at least its bands applies.
constexpr ApRow ApTable[] = {
    {9, 8, {H, H, H, H}}, {9, 6, {H, H, H, H}}, {9, 4, {H, H, H, M}}, {9, 2, {H, M, L, L}}, {9, 1, {L, L, L, L}},
    {7, 8, {H, H, H, H}}, {7, 6, {H, H, H, M}}, {7, 4, {H, M, M, M}}, {7, 2, {M, M, L, L}}, {7, 1, {L, L, L, L}},
    {4, 8, {H, H, M, M}}, {4, 6, {M, M, M, L}}, {4, 4, {M, L, L, L}}, {4, 2, {L, L, L, L}}, {4, 1, {L, L, L, L}},
    {2, 8, {M, M, L, L}}, {2, 6, {L, L, L, L}}, {2, 4, {L, L, L, L}}, {2, 2, {L, L, L, L}}, {2, 1, {L, L, L, L}},
};

QString ratingText(const FmeaRating &r)
{
    return Text::tr("S %1 · O %2 · D %3, RPN %4, AP %5").arg(r.severity).arg(r.occurrence).arg(r.detection).arg(r.rpn()).arg(actionPriorityName(r.priority()));
}

bool valid(const FmeaRating &r)
{
    return r.severity >= 1 && r.severity <= 10 && r.occurrence >= 1 && r.occurrence <= 10 && r.detection >= 1 && r.detection <= 10;
}

} // namespace

QString actionPriorityName(ActionPriority priority)
{
    switch (priority) {
    case ActionPriority::High: return Text::tr("High");
    case ActionPriority::Medium: return Text::tr("Medium");
    case ActionPriority::Low: return Text::tr("Low");
    }
    return QString();
}

ActionPriority actionPriority(int severity, int occurrence, int detection)
{
    if (severity <= 1)
        return ActionPriority::Low; // no discernible effect
    const int column = detection >= 7 ? 0 : detection >= 5 ? 1 : detection >= 2 ? 2 : 3;
    for (const ApRow &row : ApTable) {
        if (severity >= row.severityFrom && occurrence >= row.occurrenceFrom) {
            const char p = row.detection[column];
            return p == H ? ActionPriority::High : p == M ? ActionPriority::Medium : ActionPriority::Low;
        }
    }
    return ActionPriority::Low;
}

int occurrenceFromRate(double rate)
{
    // The lower bound of each rating's failure rate, from 10 down to 2.
    constexpr double bounds[] = {0.50, 0.30, 0.20, 0.10, 0.05, 0.02, 0.01, 0.005, 0.001};
    for (int k = 0; k < 9; ++k) {
        if (rate >= bounds[k])
            return 10 - k;
    }
    return 1;
}

Status FmeaStore::mayKeep(qint64 userId)
{
    const auto user = UserRepository(m_db).find(userId);
    if (!user)
        return Error{user.error()};
    if (user->role != UserRole::Lead && user->role != UserRole::Admin)
        return Error{Text::tr("A QA lead or an administrator keeps the service FMEA; %1 works as: %2.").arg(user->name, userRoleName(user->role))};
    return success();
}

Status FmeaStore::append(qint64 id, qint64 userId, const QString &step, const QDateTime &at, const QString &note)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO fmea_log (mode_id, at, user_id, action, note) VALUES (?, ?, ?, ?, COALESCE(?, ''))"));
    q.addBindValue(id);
    q.addBindValue(toStored(at));
    q.addBindValue(userId);
    q.addBindValue(step);
    q.addBindValue(note);
    return execQuery(q, m_db);
}

Result<qint64> FmeaStore::save(const FmeaMode &m, qint64 userId, const QDateTime &at)
{
    if (const Status s = mayKeep(userId); !s)
        return Error{s.error()};
    if (m.process.trimmed().isEmpty() || m.step.trimmed().isEmpty() || m.failureMode.trimmed().isEmpty())
        return Error{Text::tr("A failure mode needs its process, its step and what goes wrong.")};
    if (!valid(m.rating))
        return Error{Text::tr("Severity, occurrence and detection are rated from 1 to 10.")};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    const QVariantList values = {m.process.trimmed(), m.step.trimmed(), m.position, m.failureMode.trimmed(), m.effect.trimmed(), m.cause.trimmed(),
                                 m.controls.trimmed(), m.rating.severity, m.rating.occurrence, m.rating.detection,
                                 m.formId ? QVariant(*m.formId) : QVariant(QMetaType(QMetaType::LongLong)), m.itemKey};
    QSqlQuery q(m_db.connection());
    qint64 id = m.id;
    if (id == 0) {
        q.prepare(QStringLiteral("INSERT INTO fmea_modes (process, step, position, failure_mode, effect, cause, controls, severity, occurrence, detection, "
                                 "form_id, item_key) VALUES (?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, COALESCE(?, '')) RETURNING id"));
        for (const QVariant &v : values)
            q.addBindValue(v);
        const auto inserted = execScalar(q, m_db);
        if (!inserted)
            return Error{inserted.error()};
        id = *inserted;
    } else {
        q.prepare(QStringLiteral("UPDATE fmea_modes SET process = ?, step = ?, position = ?, failure_mode = ?, effect = COALESCE(?, ''), cause = COALESCE(?, ''), "
                                 "controls = COALESCE(?, ''), "
                                 "severity = ?, occurrence = ?, detection = ?, form_id = ?, item_key = COALESCE(?, ''), version = version + 1 "
                                 "WHERE id = ? AND version = ?"));
        for (const QVariant &v : values)
            q.addBindValue(v);
        q.addBindValue(id);
        q.addBindValue(m.version);
        if (const Status s = execQuery(q, m_db); !s)
            return Error{s.error()};
        if (q.numRowsAffected() != 1)
            return Error{Text::tr("The failure mode \"%1\" was changed since you opened it; look at it again before you change it.").arg(m.failureMode)};
    }
    if (const Status s = append(id, userId, m.id == 0 ? QStringLiteral("added") : QStringLiteral("changed"), at,
                                Text::tr("%1 · %2: %3").arg(m.step.trimmed(), m.failureMode.trimmed(), ratingText(m.rating)));
        !s)
        return Error{s.error()};
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return id;
}

Status FmeaStore::rateAfter(qint64 id, int version, const FmeaRating &after, qint64 userId, const QDateTime &at)
{
    if (const Status s = mayKeep(userId); !s)
        return s;
    if (!valid(after))
        return Error{Text::tr("Severity, occurrence and detection are rated from 1 to 10.")};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE fmea_modes SET severity_after = ?, occurrence_after = ?, detection_after = ?, version = version + 1 "
                             "WHERE id = ? AND version = ? AND action_id IS NOT NULL"));
    for (const QVariant &v : QVariantList{after.severity, after.occurrence, after.detection, id, version})
        q.addBindValue(v);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{Text::tr("Rate a failure mode again after the action taken on it, as you saw it last: it has no action yet, or it was changed since.")};
    if (const Status s = append(id, userId, QStringLiteral("rated_after"), at, ratingText(after)); !s)
        return s;
    return transaction.commit();
}

Status FmeaStore::linkAction(qint64 id, int version, qint64 actionId, qint64 userId, const QDateTime &at)
{
    if (const Status s = mayKeep(userId); !s)
        return s;
    const auto action = ActionStore(m_db).find(actionId);
    if (!action)
        return Error{action.error()};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE fmea_modes SET action_id = ?, version = version + 1 WHERE id = ? AND version = ?"));
    q.addBindValue(actionId);
    q.addBindValue(id);
    q.addBindValue(version);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{Text::tr("The failure mode was changed since you opened it; look at it again.")};
    if (const Status s = append(id, userId, QStringLiteral("action_linked"), at, action->reference + QStringLiteral(" · ") + action->title); !s)
        return s;
    return transaction.commit();
}

Result<QVector<FmeaMode>> FmeaStore::modes(const QString &process)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT m.id, m.process, m.step, m.position, m.failure_mode, m.effect, m.cause, m.controls, m.severity, m.occurrence, "
                             "m.detection, m.form_id, m.item_key, m.action_id, a.reference, a.status, m.severity_after, m.occurrence_after, "
                             "m.detection_after, m.version FROM fmea_modes m LEFT JOIN actions a ON a.id = m.action_id ")
              + (process.isEmpty() ? QString() : QStringLiteral("WHERE m.process = ? ")) + QStringLiteral("ORDER BY m.process, m.position, m.id"));
    if (!process.isEmpty())
        q.addBindValue(process);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<FmeaMode> list;
    while (q.next()) {
        FmeaMode m;
        m.id = q.value(0).toLongLong();
        m.process = q.value(1).toString();
        m.step = q.value(2).toString();
        m.position = q.value(3).toInt();
        m.failureMode = q.value(4).toString();
        m.effect = q.value(5).toString();
        m.cause = q.value(6).toString();
        m.controls = q.value(7).toString();
        m.rating = {q.value(8).toInt(), q.value(9).toInt(), q.value(10).toInt()};
        if (!q.value(11).isNull())
            m.formId = q.value(11).toLongLong();
        m.itemKey = q.value(12).toString();
        if (!q.value(13).isNull()) {
            m.actionId = q.value(13).toLongLong();
            m.actionReference = q.value(14).toString();
            m.actionStatus = actionStatusName(actionStatusFromKey(q.value(15).toString()).value_or(ActionStatus::Open));
        }
        if (!q.value(16).isNull())
            m.after = FmeaRating{q.value(16).toInt(), q.value(17).toInt(), q.value(18).toInt()};
        m.version = q.value(19).toInt();
        list << m;
    }
    return list;
}

Result<FmeaMode> FmeaStore::find(qint64 id)
{
    const auto all = modes();
    if (!all)
        return Error{all.error()};
    for (const FmeaMode &m : *all) {
        if (m.id == id)
            return m;
    }
    return Error{Text::tr("Failure mode %1 is not in this workspace.").arg(id)};
}

Result<QStringList> FmeaStore::processes()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT process FROM fmea_modes ORDER BY process"));
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

Result<QVector<FmeaLogEntry>> FmeaStore::log(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT l.at, u.name, l.action, l.note FROM fmea_log l LEFT JOIN users u ON u.id = l.user_id WHERE l.mode_id = ? ORDER BY l.id"));
    q.addBindValue(id);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<FmeaLogEntry> entries;
    while (q.next())
        entries << FmeaLogEntry{fromStored(q.value(0).toLongLong()), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return entries;
}

Result<ProposedOccurrence> FmeaStore::proposeOccurrence(qint64 formId, const QString &itemKey, const DayRange &days, std::optional<qint64> siteId)
{
    const auto sample = itemFailureCount(m_db, formId, itemKey, days, siteId, QString());
    if (!sample)
        return Error{sample.error()};
    ProposedOccurrence p;
    p.failures = int(sample->hits);
    p.answered = int(sample->n);
    if (p.answered > 0)
        p.occurrence = occurrenceFromRate(sample->hits / sample->n);
    return p;
}

} // namespace servqa
