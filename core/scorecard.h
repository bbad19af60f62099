#pragma once

#include "dimension.h"
#include "result.h"
#include "servqual.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <array>
#include <optional>

namespace servqa {

class Database;

// What a scorecard is about: a store or contact-centre team (a site), or one agent.
enum class SubjectKind { Site, Agent };

// A span of whole local days, both ends included.
struct DayRange
{
    QDate from;
    QDate to;

    int days() const { return int(from.daysTo(to)) + 1; }
    // The span just before this one: as many whole calendar months when this one is whole months
    // (November against October, a quarter against the quarter before), else the same number of
    // days.
    DayRange previous() const
    {
        if (from.day() == 1 && to.addDays(1).day() == 1) {
            const int months = (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
            return {from.addMonths(-months), from.addDays(-1)};
        }
        return {from.addDays(-days()), from.addDays(-1)};
    }
    QDateTime start() const;      // local midnight of `from`
    QDateTime end() const;        // local midnight after `to` (exclusive)
};

// The stored scores of one subject's evaluations in a period. Drafts never count; store
// visits are the evaluations made with a mystery-shop checklist.
struct SubjectScores
{
    qint64 id = 0;
    QString code;
    QString name;
    QString siteName; // an agent's team or store; a site's own name
    QString region;
    int evaluations = 0; // scorecard evaluations
    int visits = 0;      // checklist evaluations (store visits)
    int passed = 0;
    int autoFailed = 0;
    Estimate overall; // mean score, 95 % interval
    std::array<Estimate, DimensionCount> dimensions;
    std::optional<double> previousOverall; // the same-length period before
    std::array<std::optional<double>, DimensionCount> previousDimensions{};
    int rank = 0; // 1 = best mean score in its group; 0 = not ranked (no score)

    int total() const { return evaluations + visits; }
    std::optional<double> passRate() const; // percent of scored evaluations and visits
    std::optional<double> change() const;   // overall − previous, in points
    std::optional<double> change(int dimension) const;
};

// Which subjects are compared: sites of one kind (in one region, or all), or the agents of
// one site.
struct ComparisonRequest
{
    SubjectKind kind = SubjectKind::Site;
    std::optional<QString> region;  // sites: one region
    std::optional<QString> siteKind; // sites: "store" or "team"
    std::optional<qint64> siteId;    // agents: the agents of this site
    DayRange period;
    std::optional<qint64> formId;
};

// Every subject of the group with its scores and rank (best mean first; subjects with no
// evaluation in the period are listed last, unranked).
Result<QVector<SubjectScores>> compareSubjects(Database &db, const ComparisonRequest &request);

// How often a scorecard or checklist item failed: an answer that earns less than half the
// item's points (a "no", a rating in the lower half, a number outside its target, a time over
// its SLA). Items are counted per form and key across versions.
struct ItemFailures
{
    qint64 formId = 0;
    QString formName;
    QString itemKey;
    QString itemText;
    Dimension dimension = Dimension::Reliability;
    bool critical = false;
    int failures = 0;
    int answered = 0;        // answers that were not N/A
    double cumulativeShare = 0; // Pareto: share of all failures up to this item, 0–1
};

// An evaluation that failed a critical item (its score is 0).
struct CriticalFailure
{
    qint64 evaluationId = 0;
    QDateTime occurredAt;
    QString staffName;
    QString itemText;
};

// A share with the count it is taken over.
struct Indicator
{
    std::optional<double> percent;
    int n = 0;
};

struct ScorecardRequest
{
    SubjectKind kind = SubjectKind::Site;
    qint64 id = 0;
    DayRange period;
    std::optional<qint64> formId;
};

// A store or agent scorecard for a period (see docs/scorecards.md).
struct Scorecard
{
    SubjectKind kind = SubjectKind::Site;
    DayRange period;
    SubjectScores scores;
    int rankedIn = 0;        // subjects ranked in the group
    QString groupName;       // the region (sites) or the team / store (agents)
    QVector<QDate> trendMonths;                     // twelve months ending with the period's last
    QVector<Estimate> trend;                        // mean score per month
    QVector<CriticalFailure> criticalFailures;      // newest first
    QVector<ItemFailures> failedItems;              // most failures first (Pareto)
    int openDisputes = 0;                           // disputed items not yet decided
    Indicator firstContactResolution;               // interactions resolved at first contact
    Indicator responseCompliance;                   // first response within the channel's target
};

Result<Scorecard> computeScorecard(Database &db, const ScorecardRequest &request);

} // namespace servqa
