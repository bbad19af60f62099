#include "feedbackrepository.h"

#include "database.h"
#include "rollups.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace servqa {

namespace {

QVariant orNull(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

FeedbackRepository::FeedbackRepository(Database &db) : m_db(db), m_rollups(std::make_unique<rollups::Writer>(db)) {}
FeedbackRepository::~FeedbackRepository() = default;

Result<FeedbackSurvey> FeedbackRepository::survey(const QString &name, std::optional<int> csatScale)
{
    if (csatScale && *csatScale != 5 && *csatScale != 7 && *csatScale != 10)
        return Error{QCoreApplication::translate("Feedback", "A CSAT scale runs from 1 to 5, 7 or 10, not to %1.").arg(*csatScale)};
    const auto existing = findSurvey(name);
    if (!existing)
        return Error{existing.error()};
    if (*existing) {
        const FeedbackSurvey found = **existing;
        if (csatScale && *csatScale != found.csatScale)
            return Error{QCoreApplication::translate("Feedback", "The survey \"%1\" asks CSAT from 1 to %2; its answers cannot be imported on a scale "
                                                     "to %3. Name another survey for the new scale.").arg(name).arg(found.csatScale).arg(*csatScale)};
        return found;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO feedback_surveys (name, csat_scale) VALUES (?, ?) RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(csatScale.value_or(5));
    const auto id = execReturningId(q, m_db);
    if (!id)
        return Error{id.error()};
    return FeedbackSurvey{*id, name, csatScale.value_or(5)};
}

Result<std::optional<FeedbackSurvey>> FeedbackRepository::findSurvey(const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, csat_scale FROM feedback_surveys WHERE name = ?"));
    q.addBindValue(name);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (!q.next())
        return std::optional<FeedbackSurvey>();
    return std::optional<FeedbackSurvey>(FeedbackSurvey{q.value(0).toLongLong(), name, q.value(1).toInt()});
}

Result<std::optional<FeedbackRepository::InteractionRef>> FeedbackRepository::interaction(const QString &source, const QString &externalId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, site_id, channel FROM interactions WHERE source = ? AND external_id = ?"));
    q.addBindValue(source);
    q.addBindValue(externalId);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (!q.next())
        return std::optional<InteractionRef>();
    return std::optional<InteractionRef>(InteractionRef{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                                        channelFromKey(q.value(2).toString()).value_or(Channel::Call)});
}

Result<bool> FeedbackRepository::upsert(qint64 surveyId, const FeedbackRecord &r)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM feedback WHERE source = ? AND external_id = ?"));
    q.addBindValue(r.source);
    q.addBindValue(r.externalId);
    const auto before = execScalar(q, m_db);
    if (!before)
        return Error{before.error()};
    if (*before > 0) {
        if (const Status s = m_rollups->addFeedback(r.source, r.externalId, -1); !s)
            return Error{s.error()};
    }
    q.prepare(QStringLiteral(
        "INSERT INTO feedback (survey_id, source, external_id, interaction_id, site_id, channel, responded_at, csat, nps, ces, comment) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, external_id) DO UPDATE SET survey_id = excluded.survey_id, "
        "interaction_id = excluded.interaction_id, site_id = excluded.site_id, channel = excluded.channel, "
        "responded_at = excluded.responded_at, csat = excluded.csat, nps = excluded.nps, ces = excluded.ces, comment = excluded.comment"));
    q.addBindValue(surveyId);
    q.addBindValue(r.source);
    q.addBindValue(r.externalId);
    q.addBindValue(r.interactionId ? QVariant(*r.interactionId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(r.siteId);
    q.addBindValue(r.channel ? QVariant(channelKey(*r.channel)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(toStored(r.respondedAt));
    q.addBindValue(orNull(r.csat));
    q.addBindValue(orNull(r.nps));
    q.addBindValue(orNull(r.ces));
    q.addBindValue(r.comment.isNull() ? QStringLiteral("") : r.comment);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (const Status s = m_rollups->addFeedback(r.source, r.externalId, +1); !s)
        return Error{s.error()};
    return *before == 0;
}

} // namespace servqa
