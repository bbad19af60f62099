#pragma once

#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QPair>
#include <QVariantList>
#include <QVector>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace servqa {

class Database;
enum class Granularity;
class LocalDays;
class SqlWhere;
struct ExternalPromise;
struct ServiceStandard;

// The rollups of schema 8 (docs/PERFORMANCE.md): sums per local day that make trends instant.
// Every write of an evaluation or a survey response goes through these, in the writer's
// transaction, so a rollup never lags behind the rows it sums.
namespace rollups {

// A [from, to) bound as a local day number of the rollups (LocalDays), when it is the start of
// one of the workspace's days; nullopt when it is not (the caller then reads the rows themselves).
std::optional<qint64> dayBound(const std::optional<QDateTime> &t, const LocalDays &days);
bool onDayBounds(const std::optional<QDateTime> &from, const std::optional<QDateTime> &to, const LocalDays &days);
// Adds "day >= from AND day < to" for bounds on the starts of days (check onDayBounds() first).
void addDayRange(SqlWhere &where, const std::optional<QDateTime> &from, const std::optional<QDateTime> &to, const LocalDays &days);

// survey_sums and gap_clusters hold each day's sums (span 1) and the same again per week (span 7,
// under its Monday) and per calendar month (span 31, under its first day): a reader of two years
// by week sums ~100 rows per key instead of ~700, of the whole period ~24.
enum Span { DaySpan = 1, WeekSpan = 7, MonthSpan = 31 };
// A local day as a date and back (days since 1970-01-01).
QDate dateOfDay(qint64 day);
qint64 dayNumber(const QDate &date);
// The rows one day counts in: (span, first day).
std::array<std::pair<int, qint64>, 3> spansOf(qint64 day);
// Restricts a read of a table with span rows to the rows that make up [from, to) (local day
// numbers, either open) once each: whole weeks (or months) inside the range from their own rows,
// the days at either end that do not fill one from day rows. Weeks for a trend by week, months
// otherwise (a quarter is three months; the whole period any months); by months, the days at
// either end take the whole weeks among them from week rows too (a period starting on the 6th:
// three weeks and five days, not 26 days).
void addSpanRange(SqlWhere &where, std::optional<qint64> from, std::optional<qint64> to, std::optional<Granularity> granularity);
// The same as ranges of one span's rows each, [from, to) (either open), and one as SQL ("span = ?
// AND day >= ? …", its values appended): for a reader that reads each range apart (UNION ALL),
// which SQLite does without collecting the rows' keys as it must for the OR of addSpanRange().
struct SpanRows
{
    int span;
    std::optional<qint64> from, to;
};
QVector<SpanRows> spanRanges(std::optional<qint64> from, std::optional<qint64> to, std::optional<Granularity> granularity);
QString spanRowsSql(const SpanRows &rows, QVariantList &values);
// Adds gap_clusters' (staff_score_rollup's) week and month rows from its day rows, unless it has
// some: schema 18's (19's) upgrade, the day rows of before as they are, in the caller's transaction.
Status sumClusterSpans(Database &db);
Status sumStaffScoreSpans(Database &db);
// Fills the table `calendar` (schema 18): every local day 1970–2100 with its week and month as in
// spansOf(), through which the writers sum gap_clusters' week and month rows in SQL. Unless full.
Status fillCalendar(Database &db);

// Empties every rollup and sums it again from the rows, in the caller's transaction: when the
// workspace's days change (setDayZone()).
Status rebuildAll(Database &db);

// SQL with each {{day:COLUMN}} replaced by the column's local day (localDaySql()).
QString withLocalDays(QString sql);

// The indicators' rollups (schema 29, core/indicatorrollups.cpp): feedback_rollup and
// contact_rollup, per local day, site and channel.
// The statement adding (`sign` "1") or taking away ("-1") the sums of the contacts (interactions
// `i`) or feedback answers (`f`, with its survey `s`) that `where` selects, e.g. "i.id = ?".
QString contactRollupSql(const QString &sign, const QString &where);
QString feedbackRollupSql(const QString &sign, const QString &where);
// Adds one cell's sums to contact_rollup: day, site, channel and the eight sums bound in order.
QString contactCellsSql();
// contact_rollup's on-time counts are judged by the limits contact_limits holds. Compares them
// with the indicator targets' for every site and channel (contactLimitsFor()) and counts the
// contacts of each site and channel whose limits changed again, storing the new limits: by every
// writer of targets and sites, in its transaction. A site never counted (a new one) is counted here.
Status refreshContactLimits(Database &db);
// The limits contact_rollup was counted with (contact_limits), per site and channel key.
struct StoredLimit
{
    std::optional<int> firstResponse, resolution;
};
using StoredContactLimits = QHash<QPair<qint64, QString>, StoredLimit>;
Result<StoredContactLimits> storedContactLimits(Database &db);
// Sums feedback_rollup and contact_rollup again from the rows, unless they were summed for this
// schema (servqa_meta 'indicator_rollups'): the upgrade's last step; rebuildAll() empties them.
Status ensureIndicatorRollups(Database &db);
Status rebuildIndicatorRollups(Database &db);

// The screening's rollups (schema 41, core/screeningrollup.cpp): screening_rollup per local day
// (week, month), site, channel, rule set and rule key ('' for the set's own counts), and
// screening_staff_rollup the same per agent.
// The statement adding (`sign` "1") or taking away ("-1") what screening found in the stored
// outcomes (screened_interactions `si` of interactions `i`) that `where` selects, e.g.
// "si.rule_set_id = ? AND si.interaction_id IN (?, ?)": to screening_staff_rollup when `byStaff`
// (the interactions with an agent), else to screening_rollup. A writer takes its outcomes away
// before replacing or moving them and adds them after, in its transaction.
QString screeningRollupSql(const QString &sign, const QString &where, bool byStaff);
// Adds (sign +1) or takes away (−1) the stored outcomes of one rule set in these interactions, in
// grouped statements: the screening pass's, for each chunk, before and after it replaces them.
Status addScreeningOutcomes(Database &db, qint64 ruleSetId, const QVariantList &interactionIds, int sign);
// Empties both and sums them again from the outcomes, in the caller's transaction, calling
// `progress(done, 2)` after each (a screening pass over the workspace shows this last part of its
// work too).
Status rebuildScreeningRollups(Database &db, const std::function<void(qint64 done, qint64 total)> &progress = {});
// Sums them unless they were summed for this schema (servqa_meta 'screening_rollup'): the
// upgrade's last step. Readers read the outcomes themselves until then (screeningRollupsCurrent()).
Status ensureScreeningRollups(Database &db, const std::function<void(qint64 done, qint64 total)> &progress = {});
extern const char ScreeningRollupStamp[];
Result<bool> screeningRollupsCurrent(Database &db);

// A rollup that depends on a register (standards, promises) names the register it was built for
// in servqa_meta under `key` (empty: stale). Unless it names `stamp`, rebuild(days) runs in
// one transaction (emptying and refilling the rollup) and the stamp is stored. `what` names the
// rollup in an error.
Status rebuildIfStale(Database &db, const char *key, const QString &stamp, const QString &what,
                      const std::function<Status(const LocalDays &days)> &rebuild);
Result<QString> storedStamp(Database &db, const char *key);
// Whether the rollup under `key` was built for the register `stamp` names: what a reader asks
// before using it (a reader never rebuilds; it reads the rows instead).
Result<bool> isCurrent(Database &db, const char *key, const QString &stamp);
Status storeStamp(Database &db, const char *key, const QString &stamp);

// The register of promises promise_rollup holds counts for (servqa_meta 'promise_rollup').
QString promiseRollupStamp(const QVector<ExternalPromise> &promises);
// Rebuilds promise_rollup from the interactions unless it was built for this register, in one
// transaction: by the register's writers (StandardsRepository) in theirs, and when a workspace is
// upgraded. Readers never call it.
Status ensurePromiseRollup(Database &db, const QVector<ExternalPromise> &promises);
// Marks promise_rollup stale. In the writer's transaction.
Status invalidatePromiseRollup(Database &db);

// The register of standards gap_clusters holds sums for (servqa_meta 'gap_clusters'): each
// standard's id, dimension and linked items.
QString gapClustersStamp(const QVector<ServiceStandard> &standards);
// Rebuilds gap_clusters (schema 13: gap 3's sums over evaluations) from every submitted evaluation
// unless it was built for this register, in one transaction: by the register's writers in theirs,
// and when a workspace is upgraded. A workspace before schema 13 has none to rebuild.
Status ensureGapClusters(Database &db, const QVector<ServiceStandard> &standards);
// The rebuild's day rows (span 1) on SQLite, into an empty gap_clusters: every submitted
// evaluation's answers read once in evaluation order and summed here (core/rollupsums.cpp), the
// same integers as the rebuild's SQL, which sorts every linked answer by evaluation first.
Status sumClusterDays(Database &db, const LocalDays &days);
// The score sums of the evaluations with ids first..last added to score_rollup and
// staff_score_rollup (every span) on SQLite: the evaluations read once and summed here, the sums of
// EvaluationSql and staffScoreSql() made for a range, which sort them to group them. False, with
// nothing written, where those statements must run instead (as addComplianceRange()).
Result<bool> addScoreRange(Database &db, const LocalDays &days, qint64 first, qint64 last);
// The compliance counts of the evaluations with ids first..last added to compliance_rollup on
// SQLite: their answers read once in evaluation order and counted here, the same integers as
// complianceRangeSql(), which sorts every answer to group it (core/rollupsums.cpp). False, with
// nothing written, where that statement must run instead (on a server, or a moment before the
// workspace's first day).
Result<bool> addComplianceRange(Database &db, const LocalDays &days, qint64 first, qint64 last);
// The screening's rollups on SQLite, every span, into empty tables: the outcomes and their hits read
// once each in their keys' order and summed here (core/screeningsums.cpp), the same integers as
// screeningRollupSql() over every outcome, which sorts them all to group them. `progress` is told
// (1, 2) when the sites' rows are written and (2, 2) when the agents' are.
Status sumScreeningRollups(Database &db, const LocalDays &days, const std::function<void(qint64 done, qint64 total)> &progress = {});

// Keeps its statements prepared: a repository writing many rows owns one.
class Writer
{
public:
    explicit Writer(Database &db);
    ~Writer();
    // Adds (sign +1) or removes (−1) an evaluation's stored scores, its answers' compliance and
    // its clusters of gap 3 (gap_clusters); drafts count for nothing. Call with −1 before
    // changing a stored evaluation and with +1 after.
    Status addEvaluation(qint64 evaluationId, int sign);
    // Adds the evaluations with ids first..last (none of them in the rollups yet) in grouped
    // statements: a bulk writer's, once per batch.
    Status addEvaluations(qint64 first, qint64 last);
    // The same for one survey respondent's dimension gaps, E and P; and for the new respondents
    // with ids first..last in one statement (a bulk writer's).
    Status addSurveyResponse(qint64 responseId, int sign);
    Status addSurveyResponses(qint64 first, qint64 last);
    // The same for a stored interaction's cases of every promise measured on interactions, the
    // count of interactions per day, site and channel, and what screening found in it.
    Status addInteraction(const QString &source, const QString &externalId, int sign);
    // Adds counted cases to one promise's day and site, and interactions to one day, site and
    // channel (imports count new interactions themselves and write the sums at the end).
    Status addPromiseCases(qint64 promiseId, qint64 day, qint64 siteId, qint64 cases, qint64 kept);
    Status addInteractionCount(qint64 day, qint64 siteId, const QString &channel, qint64 interactions);
    // Adds a bulk writer's summed contacts to one day, site and channel of contact_rollup, in its
    // column order (resolved_n … outcome_resolved), counted against storedContactLimits().
    Status addContactSums(qint64 day, qint64 siteId, const QString &channel, const std::array<qint64, 8> &sums);
    // Adds (+1) or takes away (−1) a stored feedback answer's sums; the answers with ids
    // first..last in one statement (a bulk writer's).
    Status addFeedback(const QString &source, const QString &externalId, int sign);
    Status addFeedbackRange(qint64 first, qint64 last);
    // The workspace's days (loaded by loadDays()).
    const LocalDays &days() const { return *m_days; }
    Status loadDays();

private:
    enum Statement { EvaluationAdd, EvaluationRemove, SurveyAdd, SurveyRemove, ComplianceAdd, ComplianceRemove,
                     PromiseAdd, PromiseRemove, StaffAdd, StaffRemove, CountAdd, CountRemove, ClusterAdd, ClusterRemove, PromiseCells,
                     CountCells, EvaluationRange, StaffRange, ComplianceRange, ClusterRange, ContactAdd, ContactRemove,
                     FeedbackAdd, FeedbackRemove, ContactCells, FeedbackRange, ScreeningAdd, ScreeningRemove, ScreeningStaffAdd,
                     ScreeningStaffRemove, SurveyRange, StatementCount };
    Result<QSqlQuery *> prepared(Statement statement);

    Database &m_db;
    std::unique_ptr<LocalDays> m_days;
    std::array<std::unique_ptr<QSqlQuery>, StatementCount> m_queries;
};

} // namespace rollups
} // namespace servqa
