#include "demofeedback.h"

#include "database.h"
#include "feedbackrepository.h"
#include "indicators.h"
#include "rollups.h"
#include "sqlitestatement.h"
#include "timeutil.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace servqa {

namespace {

double logistic(double x) { return 1.0 / (1.0 + std::exp(-x)); }

} // namespace

DemoFeedback::DemoFeedback(Database &db, quint64 seed, const QDate &endDate)
    : m_db(db), m_random(seed ^ 0x666565646261636bULL),
      m_slowFrom(QDateTime(endDate.addDays(-34), QTime(0, 0), Qt::LocalTime))
{
}

DemoFeedback::~DemoFeedback() = default;

Status DemoFeedback::prepare(qint64 slowTeam)
{
    m_slowTeam = slowTeam;
    FeedbackRepository repo(m_db);
    const auto survey = repo.survey(QStringLiteral("服务后短信回访 · SMS survey after the contact"), 5);
    if (!survey)
        return Error{survey.error()};
    m_surveyId = survey->id;
    // The demo company's own standards, near what its people achieve: calls answered within 40 s
    // and chats within 45 s for 60 %; its scorecards pass about half the time.
    struct Level
    {
        IndicatorKind kind;
        std::optional<Channel> channel;
        std::optional<int> seconds;
        double target, warning, alarm;
    };
    const Level levels[] = {
        {IndicatorKind::FirstResponse, Channel::Call, 40, 60, 55, 50}, {IndicatorKind::FirstResponse, Channel::Chat, 45, 60, 55, 50},
        {IndicatorKind::Csat, {}, {}, 85, 80, 75},                     {IndicatorKind::Nps, {}, {}, 15, 10, 5},
        {IndicatorKind::EvaluationPass, {}, {}, 55, 45, 40},            {IndicatorKind::MysteryShop, {}, {}, 78, 72, 68},
    };
    QVector<IndicatorTarget> targets;
    for (const Level &l : levels) {
        IndicatorTarget t;
        t.kind = l.kind;
        t.channel = l.channel;
        t.thresholdSeconds = l.seconds;
        t.target = l.target;
        t.warning = l.warning;
        t.alarm = l.alarm;
        targets << t;
    }
    if (const Status s = saveIndicatorTargets(m_db, targets); !s)
        return s;
    QSqlQuery last(m_db.connection());
    last.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM feedback"));
    const auto summed = execScalar(last, m_db);
    if (!summed)
        return Error{summed.error()};
    m_summedTo = *summed;
    m_insert = SqliteStatement::prepare(m_db, QStringLiteral(
        "INSERT INTO feedback (survey_id, source, external_id, interaction_id, site_id, channel, responded_at, csat, nps, ces) "
        "VALUES (?, 'sms', ?, ?, ?, ?, ?, ?, ?, ?)"));
    return success();
}

Status DemoFeedback::flush()
{
    if (!m_insert)
        return success();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM feedback"));
    const auto last = execScalar(q, m_db);
    if (!last)
        return Error{last.error()};
    if (*last > m_summedTo) {
        if (const Status s = rollups::Writer(m_db).addFeedbackRange(m_summedTo + 1, *last); !s)
            return s;
        m_summedTo = *last;
    }
    return success();
}

void DemoFeedback::shape(Interaction &i, bool evaluated)
{
    // Resolved at first contact: by the end of it; otherwise most within four days, some open.
    const int duration = i.durationSeconds.value_or(300);
    if (i.resolved.value_or(false))
        i.resolutionSeconds = duration;
    else if (m_random.chance(0.85))
        i.resolutionSeconds = duration + 1800 + int(std::pow(m_random.uniform(), 2.0) * 4 * 86400);
    if (!evaluated && i.siteId == m_slowTeam && i.startedAt >= m_slowFrom && i.firstResponseSeconds)
        *i.firstResponseSeconds += 30 + m_random.below(30);
}

Status DemoFeedback::answer(const Interaction &i, qint64 interactionId)
{
    if (i.channel == Channel::Visit || !m_random.chance(0.25))
        return success();
    // Satisfaction follows what the customer lived: resolved or not, waited long or not.
    const double wait = i.firstResponseSeconds.value_or(30);
    const double mood = 1.6 + (i.resolved.value_or(false) ? 0.9 : -0.8) - 0.02 * std::max(0.0, wait - 30) + m_random.normal() * 1.1;
    const int csat = std::clamp(int(std::lround(1 + 4 * logistic(mood))), 1, 5);
    const int nps = std::clamp(int(std::lround(10 * logistic(mood - 0.4 + m_random.normal() * 0.5))), 0, 10);
    const int ces = std::clamp(int(std::lround(1 + 6 * logistic(mood - 0.2 + m_random.normal() * 0.5))), 1, 7);
    const QDateTime at = i.startedAt.addSecs(i.durationSeconds.value_or(300) + 600 + m_random.below(2 * 86400));
    const bool withCes = m_random.chance(0.6);
    ++m_written;
    const QString id = QStringLiteral("SMS%1").arg(m_written, 8, 10, QLatin1Char('0'));
    if (m_insert) {
        SqliteStatement &q = *m_insert;
        q.bind(1, m_surveyId);
        q.bind(2, id);
        q.bind(3, interactionId);
        q.bind(4, i.siteId);
        q.bind(5, channelKey(i.channel));
        q.bind(6, toStored(at));
        q.bind(7, qint64(csat));
        q.bind(8, qint64(nps));
        q.bind(9, withCes ? std::optional<qint64>(ces) : std::nullopt);
        const auto changed = q.run();
        return changed ? success() : Status(Error{changed.error()});
    }
    FeedbackRecord r;
    r.source = QStringLiteral("sms");
    r.externalId = id;
    r.interactionId = interactionId;
    r.siteId = i.siteId;
    r.channel = i.channel;
    r.respondedAt = at;
    r.csat = csat;
    r.nps = nps;
    if (withCes)
        r.ces = ces;
    const auto stored = FeedbackRepository(m_db).upsert(m_surveyId, r);
    return stored ? success() : Status(Error{stored.error()});
}

} // namespace servqa
