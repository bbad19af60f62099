#pragma once

#include "indicators.h"
#include "result.h"
#include "spc.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

// Alerts (预警, docs/indicators.md): an indicator past its warning or alarm level in the last
// complete month or in the month so far (from its 8th day), or a control chart's signal of a deterioration in one of the last two weeks — per site and
// per region. Raised by the writers (an import, a submitted evaluation) and kept: a user
// acknowledges an alert once, with a note, and it stays listed.
namespace servqa {

class Database;

enum class AlertKind { Level, Signal };
enum class AlertSeverity { Warning, Alarm };

struct Alert
{
    qint64 id = 0;
    AlertKind kind = AlertKind::Level;
    IndicatorKind indicator = IndicatorKind::Csat;
    std::optional<qint64> siteId; // none: a region (`region`) or every site
    QString siteName;
    QString region;
    QDate from, to;               // the month or the week
    AlertSeverity severity = AlertSeverity::Warning;
    int rule = 0;                 // the run rule of a signal
    std::optional<double> value;
    std::optional<double> threshold; // the level crossed, or the control limit
    int n = 0;
    QDateTime raisedAt;
    QDateTime acknowledgedAt;
    QString acknowledgedBy;
    QString note;
    bool acknowledged() const { return acknowledgedAt.isValid(); }
};

// What the alerts look at, and when it is.
struct AlertCheck
{
    QDateTime now = QDateTime::currentDateTime();
    int weeks = 26;          // the control charts' subgroups, ending with the week of `now`
    int baselineWeeks = 20;  // the first weeks set the limits when no baseline was set
    int fewestCases = 30;    // a level alert needs at least this many answers, contacts or evaluations
    int fewestInWeek = 10;   // a signal alert, this many in its week (a p chart's normal limits need them)
    unsigned rules = 0;      // the run rules; 0: the workspace's (Settings ▸ Indicator targets; 1–4 unless changed)
};

// The indicators a control chart of weekly shares watches (p charts: one subgroup per week).
const QVector<IndicatorKind> &chartedIndicators();

// The weeks (Monday to Sunday, local) of a chart ending with the week of `day`.
QVector<DayRange> weeksEndingWith(const QDate &day, int count);

// Looks at every site and region and stores the alerts not raised before; returns how many are new.
Result<int> raiseAlerts(Database &db, const AlertCheck &check = {});

// Every alert, newest first; open ones only when `openOnly`.
Result<QVector<Alert>> loadAlerts(Database &db, bool openOnly = false);
Result<int> openAlertCount(Database &db);

// Acknowledges an alert with a note (required) by a user; an alert is acknowledged once.
Status acknowledgeAlert(Database &db, qint64 alertId, qint64 userId, const QString &note, const QDateTime &at = QDateTime::currentDateTime());

// The weekly control chart of an indicator for a scope — a p chart of a share, an individuals chart
// of a mean or NPS — over the weeks, with its baseline (set for the site or for every site, or the
// first `baselineWeeks`); weeks without a case are left out. A p chart's values are shares (0–1).
struct IndicatorChart
{
    IndicatorKind indicator = IndicatorKind::FirstResponse;
    QVector<DayRange> weeks; // the chart's subgroups, weeks with cases
    QVector<IndicatorValue> values;
    std::optional<spc::Chart> chart; // none: too few weeks with cases
    DayRange baseline;               // the weeks that set the limits
    bool baselineSet = false;        // a user set it (else the first weeks)
    QString key;                     // whose baseline (spc_baselines.indicator): the indicator's, or a score chart's
    bool scores = false;             // an X̄–R or X̄–S chart of evaluation scores (values: a week's mean score, %)
    bool complaints = false;         // a u chart of complaints per 1,000 interactions (values: a week's rate; n its interactions)
    bool trend = false;              // no control chart: the indicator by period against its target (indicatorTrend())
    bool monthly = false;            // a trend's periods are months (else weeks)
};
Result<IndicatorChart> indicatorChart(Database &db, IndicatorKind indicator, const IndicatorScope &scope, const AlertCheck &check = {});

// An indicator of a scope by period against its levels: by week when the scope's period is at most
// 13 weeks, else by month, the first and last periods clipped to it; every period is kept (a
// period without cases has no value) and each value carries the scope's target.
Result<IndicatorChart> indicatorTrend(Database &db, IndicatorKind indicator, const IndicatorScope &scope);
// Whether a trend's period i is a whole week (Monday to Sunday) or calendar month: the first and
// the last can be cut short by the scope's period, and then hold fewer days than the others.
bool isWholePeriod(const IndicatorChart &trend, int i);

// The weekly X̄–R or X̄–S chart of the scores of the scope's submitted scorecard evaluations: each
// week a subgroup of up to `size` of its evaluations, taken at even steps through the week in time
// order (all of them when fewer), weeks with fewer than two left out; a value is the subgroup's
// mean score and n its size. Limits from the baseline set for the chart (key "scores_xbar_r" or
// "scores_xbar_s") or the first weeks, as for indicatorChart().
Result<IndicatorChart> scoreChart(Database &db, const IndicatorScope &scope, spc::ChartKind kind, int size, const AlertCheck &check = {});

// The weekly u chart of the complaints received per 1,000 interactions in the scope (its sites and
// channel; docs/closed-loop.md): a week's subgroup is its complaints and its interactions in
// thousands; weeks without interactions are left out. Limits from the baseline set for the chart
// (key "complaints_u") or the first weeks, as for indicatorChart().
Result<IndicatorChart> complaintChart(Database &db, const IndicatorScope &scope, const AlertCheck &check = {});

// Sets the baseline of a site's (0: every site's) chart of an indicator (or of a chart by its key):
// its limits come from these days until it is set again. A user given must be a QA lead or an
// administrator (the limits decide which weeks raise alerts).
Status setChartBaseline(Database &db, IndicatorKind indicator, qint64 siteId, const DayRange &days, std::optional<qint64> userId,
                        const QDateTime &at = QDateTime::currentDateTime());
Status setChartBaseline(Database &db, const QString &chartKey, qint64 siteId, const DayRange &days, std::optional<qint64> userId,
                        const QDateTime &at = QDateTime::currentDateTime());
// Back to the first weeks of the chart; the same users.
Status clearChartBaseline(Database &db, const QString &chartKey, qint64 siteId, std::optional<qint64> userId);

// One case behind an alert: a contact, an answer or an evaluation of its place and period, and
// whether it counts against the indicator.
struct AlertCase
{
    QDateTime at;
    QString reference; // the interaction's or response's id, or the evaluation's number
    QString site;
    QString detail;    // what was measured, in words
    bool against = false;
    qint64 evaluationId = 0; // an evaluation's case: the evaluation to open
    QString interaction;     // a contact's or an answer's: the interaction's external id (empty: an answer of a site)
    QDate interactionDay;    // and the day it started
};
// How many cases there are and how many count against the indicator, however many are listed.
struct CaseCounts
{
    int total = 0;
    int against = 0;
};
// The cases behind an alert (those against it first, then by time), at most `limit`; `counts`,
// when given, gets all of them counted.
Result<QVector<AlertCase>> casesBehind(Database &db, const Alert &alert, int limit = 1000, CaseCounts *counts = nullptr);
// The cases of an indicator in a scope (a point of a chart: its week), the same way; a checklist
// counts against mystery-shop compliance under `threshold`.
Result<QVector<AlertCase>> casesOf(Database &db, IndicatorKind indicator, const IndicatorScope &scope, std::optional<double> threshold,
                                   int limit = 1000, CaseCounts *counts = nullptr);

// The complaints received in the scope's period as cases, open ones first, then newest, at most `limit`; all of
// them counted in `counts` (those still open count against).
Result<QVector<AlertCase>> complaintCases(Database &db, const IndicatorScope &scope, int limit, CaseCounts *counts = nullptr);

// What a store's or an agent's scorecard shows beside its scores: its indicators for the period
// against the store's targets (an agent: their site's), and the open alerts of that store.

struct ScorecardIndicators
{
    QVector<IndicatorValue> values;
    QVector<Alert> openAlerts;
    QString siteName; // the store of the alerts
};
Result<ScorecardIndicators> scorecardIndicators(Database &db, SubjectKind kind, qint64 id, const DayRange &period);

QString alertSeverityName(AlertSeverity severity); // translated

} // namespace servqa
