#pragma once

#include "interactionrepository.h"
#include "result.h"
#include "scorecard.h"

#include <QString>
#include <QVector>

#include <optional>

// Service indicators against their targets (服务标准指标): customer feedback (CSAT, NPS, CES),
// the contacts' own timings and outcomes (first response, resolution time, first-contact and final
// resolution), evaluations passed and mystery-shop compliance. Definitions and sources:
// docs/indicators.md.
namespace servqa {

class Database;

enum class IndicatorKind {
    Csat,           // % of CSAT answers in the top two boxes of the survey's scale
    CsatMean,       // mean CSAT, on a 1–5 scale whatever the survey's
    Nps,            // points, −100…+100
    Ces,            // mean CES, 1–7 (higher: easier)
    Fcr,            // % of contacts resolved at the first contact
    FirstResponse,  // % of contacts answered within their channel's threshold
    ResolutionTime, // % of resolved contacts resolved within the threshold
    ResolutionRate, // % of contacts resolved, at first contact or later
    EvaluationPass, // % of submitted scorecard evaluations passed
    MysteryShop,    // mean mystery-shop checklist score, %
};
constexpr int IndicatorCount = 10;
const QVector<IndicatorKind> &allIndicators();
QString indicatorKey(IndicatorKind kind);
std::optional<IndicatorKind> indicatorFromKey(const QString &key);
QString indicatorName(IndicatorKind kind); // translated
bool isTimeIndicator(IndicatorKind kind);  // first response, resolution time: a threshold in seconds
bool isShare(IndicatorKind kind);          // a percentage of counted cases (the others are means or points)

// A target for an indicator: every channel or one, every site, a region or one site.
struct IndicatorTarget
{
    qint64 id = 0;
    IndicatorKind kind = IndicatorKind::Csat;
    std::optional<Channel> channel;
    QString region;
    std::optional<qint64> siteId;
    std::optional<int> thresholdSeconds; // time indicators
    double target = 0;
    double warning = 0;
    double alarm = 0;
};

Result<QVector<IndicatorTarget>> loadIndicatorTargets(Database &db);
// Adds or replaces (same indicator, channel, region and site) a target; checks target ≥ warning ≥ alarm.
// Whether a user may set the service targets, their levels and the control charts' run rules: a
// QA lead or an administrator (they decide which weeks raise alerts). `userId` 0: nobody chosen in
// a workspace without users, which its one user runs as they like.
Status maySetTargets(Database &db, qint64 userId);
Result<qint64> saveIndicatorTarget(Database &db, const IndicatorTarget &target);
// Several at once (a preset), in one transaction: the contacts are counted again once, for the
// sites and channels whose time limits changed (rollups::refreshContactLimits).
Status saveIndicatorTargets(Database &db, const QVector<IndicatorTarget> &targets);
Status removeIndicatorTarget(Database &db, qint64 id);

// The target that applies: the most specific one — a site's over its region's over every site's,
// then a channel's over every channel's.
std::optional<IndicatorTarget> targetFor(const QVector<IndicatorTarget> &targets, IndicatorKind kind, std::optional<Channel> channel,
                                         const QString &region, std::optional<qint64> siteId);

enum class IndicatorStatus { NoData, Met, BelowTarget, Warning, Alarm };
IndicatorStatus statusOf(std::optional<double> value, const std::optional<IndicatorTarget> &target);

// What is measured: one site, a region or every site; one channel or all; whole local days.
struct IndicatorScope
{
    std::optional<qint64> siteId;
    std::optional<QString> region;
    std::optional<Channel> channel;
    DayRange period;
    // One agent's: their contacts, the feedback on them and their evaluations (set `siteId` to
    // the agent's site too: its targets apply). A mystery shop counts when its checklist names them.
    std::optional<qint64> staffId;
};

// The time limits each site's contacts of each channel are judged by (first response, resolution
// time): for every site of the scope and every channel (one when the scope has one).
struct ContactLimit
{
    qint64 siteId = 0;
    Channel channel = Channel::Call;
    std::optional<int> firstResponse, resolution;
};
Result<QVector<ContactLimit>> contactLimitsFor(Database &db, const IndicatorScope &scope);

struct IndicatorValue
{
    IndicatorKind kind = IndicatorKind::Csat;
    std::optional<double> value;
    int n = 0;          // answers, contacts or evaluations counted
    double hits = 0;    // shares: the cases that count as met (value = 100 · hits / n)
    std::optional<double> standardError; // NPS: points
    std::optional<double> lower, upper;  // NPS: the 95 % interval
    std::optional<IndicatorTarget> target;
    IndicatorStatus status = IndicatorStatus::NoData;
};

// Every indicator of the scope, in allIndicators() order, each with its target and status. Time
// indicators judge each contact against the threshold of its own channel (and site); over several
// channels the levels are the most lenient of theirs.
Result<QVector<IndicatorValue>> computeIndicators(Database &db, const IndicatorScope &scope);

// The indicators of consecutive periods (weeks, months: the trend and the control charts' subgroups),
// for the scope as one (`bySite` false: one row, site id 0) or for each of its sites. The scope's
// own period is not used.
struct IndicatorGrid
{
    QVector<DayRange> periods;
    QVector<qint64> siteIds;                        // one per row
    QVector<QVector<QVector<IndicatorValue>>> values; // [row][period][indicator, allIndicators() order]
};
// What the indicators are computed from; a grid reads only the sources asked for.
enum IndicatorSource : unsigned { FeedbackSource = 1, ContactSource = 2, EvaluationSource = 4, AllSources = 7 };
using IndicatorSources = unsigned;
IndicatorSources sourceOf(IndicatorKind kind);
Result<IndicatorGrid> computeIndicatorGrid(Database &db, const IndicatorScope &scope, const QVector<DayRange> &periods, bool bySite,
                                           IndicatorSources sources = AllSources);

} // namespace servqa
