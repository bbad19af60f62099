#pragma once

#include "evaluationrepository.h"
#include "interactionrepository.h"
#include "result.h"

#include <QDateTime>
#include <QVector>

#include <optional>

namespace servqa {

class Database;

// What to sample: interactions that started in [from, to), per agent, for one form.
struct SampleRequest
{
    QDateTime from;
    QDateTime to;
    qint64 formId = 0;
    std::optional<qint64> siteId;
    std::optional<Channel> channel;
    int perAgent = 0;     // draw N per agent …
    double percent = 0;   // … or, when perAgent is 0, this share of each agent's interactions (rounded up)
    quint64 seed = 1;     // the same seed on the same data draws the same interactions
    // Targeted sampling: this share (0–100) of each agent's draw comes from the interactions the
    // active screening rules flagged at `minRisk` or above (1 low … 4 critical), as far as there are
    // such; the rest at random from the others, and from the flagged again when the others run
    // out. 100 draws the flagged first; 0 does not look at screening.
    double flaggedPercent = 0;
    int minRisk = 1;
    QVector<qint64> inspectorIds; // the draw is dealt to these inspectors in turn
};

struct SampleResult
{
    qint64 sampleId = 0;
    int agents = 0;      // agents with at least one candidate
    int candidates = 0;  // interactions not yet evaluated or assigned for this form
    int drawn = 0;
    int flaggedCandidates = 0; // of the candidates, flagged at the request's risk (targeted draws)
    int flaggedDrawn = 0;      // of the drawn
};

// Draws a random, reproducible sample per agent and assigns it, all in one transaction.
// A checklist form samples store visits only; a scorecard every other channel.
// Interactions already evaluated with any version of the form, or already assigned for it,
// are never drawn again. Each agent's draw depends only on the seed, the agent and that
// agent's candidates, so adding a site to the filter does not change another site's draw.
Result<SampleResult> drawSample(Database &db, const SampleRequest &request, qint64 userId);

// Assigns one interaction to an inspector by hand.
Result<qint64> assignInteraction(Database &db, qint64 interactionId, qint64 inspectorId, qint64 formId);

// One line of an inspector's work queue.
struct QueueItem
{
    qint64 assignmentId = 0;
    qint64 interactionId = 0;
    qint64 formId = 0;
    QString formCode;
    Channel channel = Channel::Call;
    QString siteName;
    QString staffName;
    QDateTime startedAt;
    QDateTime assignedAt;
    std::optional<qint64> evaluationId;
    std::optional<EvaluationStatus> evaluationStatus; // nullopt: not started
};

// The inspector's assignments, oldest interaction first; finished ones (submitted or later)
// only when asked for.
Result<QVector<QueueItem>> workQueue(Database &db, qint64 inspectorId, bool includeFinished = false);

} // namespace servqa
