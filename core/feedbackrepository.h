#pragma once

#include "interactionrepository.h"
#include "result.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace servqa {

class Database;

// A post-contact survey and the scale of its CSAT question.
struct FeedbackSurvey
{
    qint64 id = 0;
    QString name;
    int csatScale = 5;
};

// One customer's answers after a contact (docs/formats.md, docs/indicators.md): CSAT on the
// survey's scale, NPS 0–10, CES 1–7, any of them; tied to an interaction, or to a site and time.
struct FeedbackRecord
{
    QString source = QStringLiteral("csv"); // the survey system
    QString externalId;                     // its response id: re-imports update
    std::optional<qint64> interactionId;
    qint64 siteId = 0;
    std::optional<Channel> channel;
    QDateTime respondedAt;
    std::optional<int> csat;
    std::optional<int> nps;
    std::optional<int> ces;
    QString comment;
};

class FeedbackRepository
{
public:
    explicit FeedbackRepository(Database &db);
    ~FeedbackRepository();

    // The survey with this name; created with `csatScale` (5 when not given) if new. An existing
    // survey keeps its scale: asking for another is an error, since its answers were on the first.
    Result<FeedbackSurvey> survey(const QString &name, std::optional<int> csatScale);
    // The survey with this name, if there is one (nothing is created).
    Result<std::optional<FeedbackSurvey>> findSurvey(const QString &name);

    // An interaction by its source system and id, with where and how it took place.
    struct InteractionRef
    {
        qint64 id = 0;
        qint64 siteId = 0;
        Channel channel = Channel::Call;
    };
    Result<std::optional<InteractionRef>> interaction(const QString &source, const QString &externalId);

    // Stores the answers, replacing an earlier import of the same response; true when new. The
    // caller owns the transaction.
    Result<bool> upsert(qint64 surveyId, const FeedbackRecord &record);

private:
    Database &m_db;
    std::unique_ptr<rollups::Writer> m_rollups; // the indicators' sums (feedback_rollup) follow each answer
};

} // namespace servqa
