#include "calibrationstore.h"

#include "database.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>

namespace servqa::calibration {

namespace {

QVariant nullable(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> readOptional(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

} // namespace

Result<CalibrationSession> loadSession(Database &db, qint64 sessionId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT s.name, s.form_version_id, f.name, v.version, s.lead_id, COALESCE(u.name, ''), s.blind, s.deadline, "
                             "s.status, s.created_at, s.closed_at FROM calibration_sessions s "
                             "JOIN form_versions v ON v.id = s.form_version_id JOIN forms f ON f.id = v.form_id "
                             "LEFT JOIN users u ON u.id = s.lead_id WHERE s.id = ?"));
    q.addBindValue(sessionId);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    if (!q.next())
        return Error{QCoreApplication::translate("Calibration", "There is no calibration session #%1.").arg(sessionId)};
    CalibrationSession s;
    s.id = sessionId;
    s.name = q.value(0).toString();
    s.formVersionId = q.value(1).toLongLong();
    s.formName = q.value(2).toString();
    s.formVersion = q.value(3).toInt();
    s.leadId = q.value(4).toLongLong();
    s.leadName = q.value(5).toString();
    s.blind = q.value(6).toInt() != 0;
    if (const QDate d = QDate::fromString(q.value(7).toString(), Qt::ISODate); d.isValid())
        s.deadline = d;
    s.status = q.value(8).toString() == QLatin1String("closed") ? CalibrationStatus::Closed : CalibrationStatus::Open;
    s.createdAt = fromStored(q.value(9).toLongLong());
    if (!q.value(10).isNull())
        s.closedAt = fromStored(q.value(10).toLongLong());

    QSqlQuery units(db.connection());
    units.prepare(QStringLiteral("SELECT interaction_id FROM calibration_interactions WHERE session_id = ? ORDER BY position"));
    units.addBindValue(sessionId);
    if (const Status st = execQuery(units, db); !st)
        return Error{st.error()};
    while (units.next())
        s.interactions << units.value(0).toLongLong();

    QSqlQuery who(db.connection());
    who.prepare(QStringLiteral("SELECT p.inspector_id, u.name, (SELECT COUNT(*) FROM calibration_scores c WHERE c.session_id = p.session_id "
                               "AND c.inspector_id = p.inspector_id AND c.submitted_at IS NOT NULL) "
                               "FROM calibration_participants p JOIN users u ON u.id = p.inspector_id WHERE p.session_id = ? ORDER BY u.name, u.id"));
    who.addBindValue(sessionId);
    if (const Status st = execQuery(who, db); !st)
        return Error{st.error()};
    while (who.next())
        s.participants << CalibrationParticipant{who.value(0).toLongLong(), who.value(1).toString(), who.value(2).toInt()};
    return s;
}

Result<CalibrationScoring> loadScoring(Database &db, const Form &form, qint64 sessionId, qint64 interactionId, qint64 inspectorId)
{
    CalibrationScoring c;
    c.interactionId = interactionId;
    c.inspectorId = inspectorId;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT comment, submitted_at FROM calibration_scores WHERE session_id = ? AND interaction_id = ? AND inspector_id = ?"));
    q.addBindValue(sessionId);
    q.addBindValue(interactionId);
    q.addBindValue(inspectorId);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    if (!q.next()) {
        const auto empty = scoreEvaluation(form, {});
        if (empty)
            c.score = *empty;
        return c;
    }
    c.exists = true;
    c.comment = q.value(0).toString();
    if (!q.value(1).isNull())
        c.handedInAt = fromStored(q.value(1).toLongLong());
    QHash<qint64, QString> keyById;
    for (const FormSection &section : form.sections) {
        for (const FormItem &item : section.items)
            keyById.insert(item.id, item.key);
    }
    QSqlQuery a(db.connection());
    a.prepare(QStringLiteral("SELECT item_id, value, is_na, text_value, comment, measured FROM calibration_answers "
                             "WHERE session_id = ? AND interaction_id = ? AND inspector_id = ?"));
    a.addBindValue(sessionId);
    a.addBindValue(interactionId);
    a.addBindValue(inspectorId);
    if (const Status s = execQuery(a, db); !s)
        return Error{s.error()};
    while (a.next()) {
        Answer answer;
        answer.value = readOptional(a.value(1));
        answer.notApplicable = a.value(2).toBool();
        answer.text = a.value(3).toString();
        answer.comment = a.value(4).toString();
        answer.measured = readOptional(a.value(5));
        c.answers.insert(keyById.value(a.value(0).toLongLong()), answer);
    }
    // The score is computed again from the answers: the same pure function that stored it.
    const auto score = scoreEvaluation(form, c.answers);
    if (!score)
        return Error{score.error()};
    c.score = *score;
    return c;
}

Status storeScoring(Database &db, const Form &form, qint64 sessionId, qint64 interactionId, qint64 inspectorId, const Answers &answers,
                    const QString &comment, const ScoreResult &score, const QDateTime &at)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO calibration_scores (session_id, interaction_id, inspector_id, comment, score, passed, auto_failed, score_tangibles, "
        "score_reliability, score_responsiveness, score_assurance, score_empathy, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (session_id, interaction_id, inspector_id) DO UPDATE SET comment = excluded.comment, score = excluded.score, "
        "passed = excluded.passed, auto_failed = excluded.auto_failed, score_tangibles = excluded.score_tangibles, "
        "score_reliability = excluded.score_reliability, score_responsiveness = excluded.score_responsiveness, "
        "score_assurance = excluded.score_assurance, score_empathy = excluded.score_empathy, updated_at = excluded.updated_at"));
    q.addBindValue(sessionId);
    q.addBindValue(interactionId);
    q.addBindValue(inspectorId);
    q.addBindValue(notNull(comment));
    q.addBindValue(nullable(score.percent));
    q.addBindValue(score.passed ? QVariant(*score.passed ? 1 : 0) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(score.autoFailed ? 1 : 0);
    for (Dimension d : AllDimensions)
        q.addBindValue(nullable(score.dimensions[dimensionIndex(d)]));
    q.addBindValue(toStored(at));
    if (const Status s = execQuery(q, db); !s)
        return s;
    QSqlQuery clear(db.connection());
    clear.prepare(QStringLiteral("DELETE FROM calibration_answers WHERE session_id = ? AND interaction_id = ? AND inspector_id = ?"));
    clear.addBindValue(sessionId);
    clear.addBindValue(interactionId);
    clear.addBindValue(inspectorId);
    if (const Status s = execQuery(clear, db); !s)
        return s;
    QSqlQuery a(db.connection());
    a.prepare(QStringLiteral("INSERT INTO calibration_answers (session_id, interaction_id, inspector_id, item_id, value, is_na, text_value, "
                             "comment, measured) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const FormSection &section : form.sections) {
        for (const FormItem &item : section.items) {
            const auto found = answers.constFind(item.key);
            if (found == answers.constEnd())
                continue;
            a.addBindValue(sessionId);
            a.addBindValue(interactionId);
            a.addBindValue(inspectorId);
            a.addBindValue(item.id);
            a.addBindValue(nullable(found->value));
            a.addBindValue(found->notApplicable ? 1 : 0);
            a.addBindValue(found->text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(found->text));
            a.addBindValue(notNull(found->comment));
            a.addBindValue(nullable(found->measured));
            if (const Status s = execQuery(a, db); !s)
                return s;
        }
    }
    return success();
}

std::optional<Answer> proposeConsensus(const FormItem &item, const QVector<Answer> &answers)
{
    if (answers.isEmpty())
        return std::nullopt;
    int na = 0;
    QVector<double> values;
    for (const Answer &a : answers) {
        if (a.notApplicable)
            ++na;
        else if (a.value)
            values << *a.value;
    }
    if (item.type == ItemType::YesNo || item.type == ItemType::YesNoNa) {
        // The most frequent of no, yes, N/A, in that order on a tie.
        const int no = int(std::count(values.cbegin(), values.cend(), 0.0));
        const int yes = int(values.size()) - no;
        if (na > yes && na > no)
            return Answer::na();
        if (no == 0 && yes == 0)
            return std::nullopt;
        return yes > no ? Answer::yes() : Answer::no();
    }
    if (2 * na > int(answers.size()))
        return Answer::na();
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    return Answer::number(values[(values.size() - 1) / 2]);
}

Result<std::optional<Answer>> loadConsensus(Database &db, qint64 sessionId, qint64 interactionId, qint64 itemId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value, is_na FROM calibration_consensus WHERE session_id = ? AND interaction_id = ? AND item_id = ?"));
    q.addBindValue(sessionId);
    q.addBindValue(interactionId);
    q.addBindValue(itemId);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    if (!q.next())
        return std::optional<Answer>();
    Answer a;
    a.value = readOptional(q.value(0));
    a.notApplicable = q.value(1).toBool();
    return std::optional<Answer>(a);
}

Status storeConsensus(Database &db, qint64 sessionId, qint64 interactionId, qint64 itemId, const Answer &answer, bool proposed,
                      const QString &reason, qint64 userId, const QDateTime &at)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO calibration_consensus (session_id, interaction_id, item_id, value, is_na, proposed, reason, set_by, set_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, interaction_id, item_id) DO UPDATE SET "
                             "value = excluded.value, is_na = excluded.is_na, proposed = excluded.proposed, reason = excluded.reason, "
                             "set_by = excluded.set_by, set_at = excluded.set_at"));
    q.addBindValue(sessionId);
    q.addBindValue(interactionId);
    q.addBindValue(itemId);
    q.addBindValue(answer.notApplicable ? QVariant(QMetaType(QMetaType::Double)) : nullable(answer.value));
    q.addBindValue(answer.notApplicable ? 1 : 0);
    q.addBindValue(proposed ? 1 : 0);
    q.addBindValue(notNull(reason));
    q.addBindValue(userId);
    q.addBindValue(toStored(at));
    return execQuery(q, db);
}

QString answerText(const FormItem &item, const Answer &answer)
{
    if (answer.notApplicable)
        return QStringLiteral("N/A");
    if (!answer.value)
        return answer.text;
    if (item.type == ItemType::YesNo || item.type == ItemType::YesNoNa)
        return *answer.value >= 1 ? QStringLiteral("yes") : QStringLiteral("no");
    return QString::number(*answer.value, 'g', 15);
}

} // namespace servqa::calibration
