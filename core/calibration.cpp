#include "calibration.h"

#include "calibrationstore.h"
#include "database.h"
#include "formrepository.h"
#include "measureditems.h"
#include "timeutil.h"
#include "transactionguard.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace servqa {

int CalibrationSession::participantIndex(qint64 inspectorId) const
{
    for (int i = 0; i < participants.size(); ++i) {
        if (participants[i].id == inspectorId)
            return i;
    }
    return -1;
}

QString calibrationActionName(const QString &action)
{
    if (action == QLatin1String("created"))
        return QCoreApplication::translate("Calibration", "Session created");
    if (action == QLatin1String("handed_in"))
        return QCoreApplication::translate("Calibration", "Scoring handed in");
    if (action == QLatin1String("closed"))
        return QCoreApplication::translate("Calibration", "Scoring closed");
    if (action == QLatin1String("consensus"))
        return QCoreApplication::translate("Calibration", "Consensus set");
    return action;
}

QVector<Channel> channelsScoredBy(FormKind kind)
{
    QVector<Channel> channels;
    for (Channel c : AllChannels) {
        if ((c == Channel::Visit) == (kind == FormKind::Checklist))
            channels << c;
    }
    return channels;
}

Result<QVector<qint64>> drawCalibrationInteractions(Database &db, const CalibrationDraw &draw)
{
    if (!draw.from.isValid() || !draw.to.isValid() || draw.to < draw.from)
        return Error{QCoreApplication::translate("Calibration", "Choose a period whose end is not before its start.")};
    if (draw.count < 1 || draw.count > calibration::MaxInteractions)
        return Error{QCoreApplication::translate("Calibration", "A session scores 1 to %1 interactions.").arg(calibration::MaxInteractions)};
    QString sql = QStringLiteral("SELECT id FROM interactions WHERE started_at >= ? AND started_at < ?");
    if (draw.siteId)
        sql += QStringLiteral(" AND site_id = ?");
    if (!draw.channels.isEmpty()) {
        QStringList marks(draw.channels.size(), QStringLiteral("?"));
        sql += QStringLiteral(" AND channel IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(toStored(draw.from.startOfDay()));
    q.addBindValue(toStored(draw.to.addDays(1).startOfDay()));
    if (draw.siteId)
        q.addBindValue(*draw.siteId);
    for (Channel c : draw.channels)
        q.addBindValue(channelKey(c));
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    QVector<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (ids.isEmpty())
        return Error{QCoreApplication::translate("Calibration", "No interaction matches: widen the period, or choose another site or channel.")};
    // A partial Fisher–Yates shuffle with the seed: the first `count` are the draw.
    QRandomGenerator random(draw.seed);
    const int n = int(std::min<qsizetype>(draw.count, ids.size()));
    for (int i = 0; i < n; ++i)
        std::swap(ids[i], ids[i + int(random.bounded(quint32(ids.size() - i)))]);
    ids.resize(n);
    return ids;
}

Calibration::Calibration(Database &db, qint64 userId) : m_db(db), m_userId(userId) {}

bool Calibration::canLead() const
{
    const auto user = UserRepository(m_db).find(m_userId);
    return user && (user->role == UserRole::Lead || user->role == UserRole::Admin);
}

Status Calibration::requireLead() const
{
    if (!canLead())
        return Error{QCoreApplication::translate("Calibration", "Only a QA lead runs calibration sessions: creates them, closes scoring and sets the consensus.")};
    return success();
}

Status Calibration::appendLog(qint64 sessionId, const QString &action, std::optional<qint64> interactionId, std::optional<qint64> itemId,
                              const QString &oldValue, const QString &newValue, const QString &note)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO calibration_log (at, user_id, session_id, action, interaction_id, item_id, old_value, new_value, note) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(toStored(m_clock()));
    q.addBindValue(m_userId);
    q.addBindValue(sessionId);
    q.addBindValue(action);
    q.addBindValue(interactionId ? QVariant(*interactionId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(itemId ? QVariant(*itemId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(oldValue.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(oldValue));
    q.addBindValue(newValue.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(newValue));
    q.addBindValue(notNull(note));
    return execQuery(q, m_db);
}

Result<qint64> Calibration::create(const NewCalibrationSession &s)
{
    if (const Status lead = requireLead(); !lead)
        return Error{lead.error()};
    const QString name = s.name.trimmed();
    if (name.isEmpty())
        return Error{QCoreApplication::translate("Calibration", "Give the session a name.")};
    if (s.interactions.isEmpty() || s.interactions.size() > calibration::MaxInteractions)
        return Error{QCoreApplication::translate("Calibration", "A session scores 1 to %1 interactions; this one has %2.").arg(calibration::MaxInteractions).arg(s.interactions.size())};
    QVector<qint64> interactions;
    for (qint64 id : s.interactions) {
        if (!interactions.contains(id))
            interactions << id;
    }
    QVector<qint64> participants;
    for (qint64 id : s.participants) {
        if (!participants.contains(id))
            participants << id;
    }
    if (participants.size() < 2)
        return Error{QCoreApplication::translate("Calibration", "Calibration compares inspectors: choose at least two.")};
    const auto form = FormRepository(m_db).load(s.formVersionId);
    if (!form)
        return Error{form.error()};
    if (form->status == FormStatus::Draft)
        return Error{QCoreApplication::translate("Calibration", "%1 version %2 is a draft: calibrate on a published version.").arg(form->name).arg(form->version)};
    for (qint64 id : participants) {
        const auto user = UserRepository(m_db).find(id);
        if (!user)
            return Error{user.error()};
        if (user->role != UserRole::Inspector && user->role != UserRole::Lead && user->role != UserRole::Admin)
            return Error{QCoreApplication::translate("Calibration", "%1 is a %2: only inspectors and QA leads score calibration sessions.").arg(user->name, userRoleName(user->role))};
    }
    for (qint64 id : interactions) {
        const auto found = InteractionRepository(m_db).find(id);
        if (!found)
            return Error{found.error()};
        if (!*found)
            return Error{QCoreApplication::translate("Calibration", "Interaction %1 does not exist.").arg(id)};
        if (!channelsScoredBy(form->kind).contains((*found)->channel))
            return Error{form->kind == FormKind::Checklist
                             ? QCoreApplication::translate("Calibration", "Interaction %1 (%2) is not a store visit: %3 scores store visits only.").arg(id).arg(channelName((*found)->channel), form->name)
                             : QCoreApplication::translate("Calibration", "Interaction %1 is a store visit: score it in a session on a store checklist, not on %2.").arg(id).arg(form->name)};
    }
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO calibration_sessions (name, form_version_id, lead_id, blind, deadline, status, created_at) "
                             "VALUES (?, ?, ?, ?, ?, 'open', ?) RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(s.formVersionId);
    q.addBindValue(m_userId);
    q.addBindValue(s.blind ? 1 : 0);
    q.addBindValue(s.deadline ? s.deadline->toString(Qt::ISODate) : QString(QLatin1String("")));
    q.addBindValue(toStored(m_clock()));
    const auto id = execReturningId(q, m_db);
    if (!id)
        return Error{id.error()};
    QSqlQuery unit(m_db.connection());
    unit.prepare(QStringLiteral("INSERT INTO calibration_interactions (session_id, interaction_id, position) VALUES (?, ?, ?)"));
    for (int i = 0; i < interactions.size(); ++i) {
        unit.addBindValue(*id);
        unit.addBindValue(interactions[i]);
        unit.addBindValue(i);
        if (const Status st = execQuery(unit, m_db); !st)
            return Error{st.error()};
    }
    QSqlQuery who(m_db.connection());
    who.prepare(QStringLiteral("INSERT INTO calibration_participants (session_id, inspector_id) VALUES (?, ?)"));
    for (qint64 p : participants) {
        who.addBindValue(*id);
        who.addBindValue(p);
        if (const Status st = execQuery(who, m_db); !st)
            return Error{st.error()};
    }
    // The trail keeps values, not sentences: each reader words them in their own language.
    if (const Status st = appendLog(*id, QStringLiteral("created"), {}, {}, {}, name); !st)
        return Error{st.error()};
    if (const Status st = transaction.commit(); !st)
        return Error{st.error()};
    return *id;
}

Result<QVector<CalibrationSession>> Calibration::sessions()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM calibration_sessions ORDER BY created_at DESC, id DESC")))
        return Error{execQuery(q, m_db).error()};
    QVector<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QVector<CalibrationSession> all;
    for (qint64 id : ids) {
        auto s = session(id);
        if (!s)
            return Error{s.error()};
        all << *s;
    }
    return all;
}

Result<CalibrationSession> Calibration::session(qint64 sessionId)
{
    return calibration::loadSession(m_db, sessionId);
}

Result<Form> Calibration::form(qint64 sessionId)
{
    const auto s = session(sessionId);
    if (!s)
        return Error{s.error()};
    return FormRepository(m_db).load(s->formVersionId);
}

Result<CalibrationSession> Calibration::readable(qint64 sessionId)
{
    auto s = session(sessionId);
    if (!s)
        return s;
    if (s->blind && s->status == CalibrationStatus::Open)
        return Error{QCoreApplication::translate("Calibration", "“%1” is blind: no one reads another inspector's answers until the lead closes scoring.").arg(s->name)};
    return s;
}

Result<CalibrationScoring> Calibration::scoring(qint64 sessionId, qint64 interactionId, qint64 inspectorId)
{
    auto s = inspectorId == m_userId ? session(sessionId) : readable(sessionId);
    if (!s)
        return Error{s.error()};
    const auto form = FormRepository(m_db).load(s->formVersionId);
    if (!form)
        return Error{form.error()};
    return calibration::loadScoring(m_db, *form, sessionId, interactionId, inspectorId);
}

Status Calibration::save(qint64 sessionId, qint64 interactionId, const Answers &answers, const QString &comment)
{
    const auto s = session(sessionId);
    if (!s)
        return Error{s.error()};
    if (s->status != CalibrationStatus::Open)
        return Error{QCoreApplication::translate("Calibration", "Scoring of “%1” is closed.").arg(s->name)};
    if (s->participantIndex(m_userId) < 0)
        return Error{QCoreApplication::translate("Calibration", "You do not take part in “%1”.").arg(s->name)};
    if (!s->interactions.contains(interactionId))
        return Error{QCoreApplication::translate("Calibration", "Interaction %1 is not in “%2”.").arg(interactionId).arg(s->name)};
    const auto form = FormRepository(m_db).load(s->formVersionId);
    if (!form)
        return Error{form.error()};
    const auto before = calibration::loadScoring(m_db, *form, sessionId, interactionId, m_userId);
    if (!before)
        return Error{before.error()};
    if (before->handedInAt)
        return Error{QCoreApplication::translate("Calibration", "You handed this interaction in already; it can no longer change.")};
    Answers stamped = answers;
    const auto interaction = InteractionRepository(m_db).find(interactionId);
    if (!interaction)
        return Error{interaction.error()};
    stampMeasured(*form, *interaction ? &**interaction : nullptr, stamped);
    const auto score = scoreEvaluation(*form, stamped);
    if (!score)
        return Error{score.error()};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    if (const Status st = calibration::storeScoring(m_db, *form, sessionId, interactionId, m_userId, stamped, comment, *score, m_clock()); !st)
        return st;
    return transaction.commit();
}

Status Calibration::handIn(qint64 sessionId, qint64 interactionId)
{
    const auto s = session(sessionId);
    if (!s)
        return Error{s.error()};
    if (s->status != CalibrationStatus::Open)
        return Error{QCoreApplication::translate("Calibration", "Scoring of “%1” is closed.").arg(s->name)};
    const auto form = FormRepository(m_db).load(s->formVersionId);
    if (!form)
        return Error{form.error()};
    const auto scoring = calibration::loadScoring(m_db, *form, sessionId, interactionId, m_userId);
    if (!scoring)
        return Error{scoring.error()};
    if (!scoring->exists)
        return Error{QCoreApplication::translate("Calibration", "Score the interaction before handing it in.")};
    if (scoring->handedInAt)
        return success();
    if (!scoring->score.unansweredRequired.isEmpty())
        return Error{QCoreApplication::translate("Calibration", "%n required item(s) not answered.", nullptr, int(scoring->score.unansweredRequired.size()))};
    if (const QStringList unexplained = unexplainedOverrides(*form, scoring->answers); !unexplained.isEmpty())
        return Error{QCoreApplication::translate("Calibration", "Say in the item's comment why the measured value was changed: %1").arg(form->findItem(unexplained.first())->text)};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE calibration_scores SET submitted_at = ? WHERE session_id = ? AND interaction_id = ? AND inspector_id = ?"));
    q.addBindValue(toStored(m_clock()));
    q.addBindValue(sessionId);
    q.addBindValue(interactionId);
    q.addBindValue(m_userId);
    if (const Status st = execQuery(q, m_db); !st)
        return st;
    const QString score = scoring->score.percent ? QString::number(*scoring->score.percent, 'f', 1) : QString();
    if (const Status st = appendLog(sessionId, QStringLiteral("handed_in"), interactionId, {}, {}, score); !st)
        return st;
    return transaction.commit();
}

Status Calibration::close(qint64 sessionId)
{
    if (const Status lead = requireLead(); !lead)
        return lead;
    const auto s = session(sessionId);
    if (!s)
        return Error{s.error()};
    if (s->status != CalibrationStatus::Open)
        return Error{QCoreApplication::translate("Calibration", "Scoring of “%1” is closed already.").arg(s->name)};
    const auto form = FormRepository(m_db).load(s->formVersionId);
    if (!form)
        return Error{form.error()};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE calibration_sessions SET status = 'closed', closed_at = ? WHERE id = ?"));
    q.addBindValue(toStored(m_clock()));
    q.addBindValue(sessionId);
    if (const Status st = execQuery(q, m_db); !st)
        return st;
    // The proposed consensus of every item someone handed in an answer to.
    int proposed = 0;
    for (qint64 interaction : s->interactions) {
        QVector<Answers> handedIn;
        for (const CalibrationParticipant &p : s->participants) {
            const auto scoring = calibration::loadScoring(m_db, *form, sessionId, interaction, p.id);
            if (!scoring)
                return Error{scoring.error()};
            if (scoring->handedInAt)
                handedIn << scoring->answers;
        }
        for (const FormSection &section : form->sections) {
            for (const FormItem &item : section.items) {
                if (!item.isScoring())
                    continue;
                QVector<Answer> answers;
                for (const Answers &a : handedIn) {
                    if (a.contains(item.key) && !a.value(item.key).isEmpty())
                        answers << a.value(item.key);
                }
                const auto consensus = calibration::proposeConsensus(item, answers);
                if (!consensus)
                    continue;
                if (const Status st = calibration::storeConsensus(m_db, sessionId, interaction, item.id, *consensus, true, {}, m_userId, m_clock()); !st)
                    return st;
                ++proposed;
            }
        }
    }
    if (const Status st = appendLog(sessionId, QStringLiteral("closed"), {}, {}, {}, QString::number(proposed)); !st)
        return st;
    return transaction.commit();
}

Status Calibration::setConsensus(qint64 sessionId, qint64 interactionId, const QString &itemKey, const Answer &answer, const QString &reason)
{
    if (const Status lead = requireLead(); !lead)
        return lead;
    const auto s = session(sessionId);
    if (!s)
        return Error{s.error()};
    if (s->status != CalibrationStatus::Closed)
        return Error{QCoreApplication::translate("Calibration", "Close scoring of “%1” before setting the consensus.").arg(s->name)};
    if (!s->interactions.contains(interactionId))
        return Error{QCoreApplication::translate("Calibration", "Interaction %1 is not in “%2”.").arg(interactionId).arg(s->name)};
    const auto form = FormRepository(m_db).load(s->formVersionId);
    if (!form)
        return Error{form.error()};
    const FormItem *item = form->findItem(itemKey);
    if (!item || !item->isScoring())
        return Error{QCoreApplication::translate("Calibration", "%1 has no scoring item “%2”.").arg(form->name, itemKey)};
    if (answer.isEmpty())
        return Error{QCoreApplication::translate("Calibration", "A consensus is an answer: choose one.")};
    if (const QString problem = checkAnswer(*item, answer); !problem.isEmpty())
        return Error{problem};
    const auto current = calibration::loadConsensus(m_db, sessionId, interactionId, item->id);
    if (!current)
        return Error{current.error()};
    const bool same = *current && (*current)->value == answer.value && (*current)->notApplicable == answer.notApplicable;
    if (same)
        return success();
    if (reason.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Calibration", "Say why the consensus of “%1” is changed.").arg(item->text)};
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    if (const Status st = calibration::storeConsensus(m_db, sessionId, interactionId, item->id, answer, false, reason.trimmed(), m_userId, m_clock()); !st)
        return st;
    const QString before = *current ? calibration::answerText(*item, **current) : QString();
    if (const Status st = appendLog(sessionId, QStringLiteral("consensus"), interactionId, item->id, before,
                                    calibration::answerText(*item, answer), reason.trimmed());
        !st)
        return st;
    return transaction.commit();
}

Result<QVector<CalibrationLogEntry>> Calibration::log(qint64 sessionId)
{
    const auto s = session(sessionId);
    if (!s)
        return Error{s.error()};
    // A score handed in is an answer too: while a blind session is open, only its author reads it.
    const bool blind = s->blind && s->status == CalibrationStatus::Open;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.at, COALESCE(u.name, ''), l.action, l.interaction_id, COALESCE(i.key, ''), l.old_value, l.new_value, l.note, "
                             "l.user_id "
                             "FROM calibration_log l LEFT JOIN users u ON u.id = l.user_id LEFT JOIN form_items i ON i.id = l.item_id "
                             "WHERE l.session_id = ? ORDER BY l.id"));
    q.addBindValue(sessionId);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<CalibrationLogEntry> entries;
    while (q.next()) {
        CalibrationLogEntry e;
        e.at = fromStored(q.value(0).toLongLong());
        e.userName = q.value(1).toString();
        e.action = q.value(2).toString();
        if (!q.value(3).isNull())
            e.interactionId = q.value(3).toLongLong();
        e.itemKey = q.value(4).toString();
        e.oldValue = q.value(5).toString();
        e.newValue = q.value(6).toString();
        e.note = q.value(7).toString();
        if (blind && e.action == QLatin1String("handed_in") && q.value(8).toLongLong() != m_userId)
            e.newValue.clear();
        entries << e;
    }
    return entries;
}

Result<double> calibrationTolerance(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM servqa_meta WHERE key = 'calibration_tolerance'"));
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    bool ok = false;
    const double v = q.next() ? q.value(0).toString().toDouble(&ok) : 0;
    return ok && v > 0 ? v : 5.0;
}

Status setCalibrationTolerance(Database &db, double points)
{
    if (!(points > 0 && points <= 50))
        return Error{QCoreApplication::translate("Calibration", "The tolerance is between 0 and 50 points.")};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE servqa_meta SET value = ? WHERE key = 'calibration_tolerance'"));
    q.addBindValue(QString::number(points, 'g', 6));
    return execQuery(q, db);
}

} // namespace servqa
