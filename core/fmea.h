#pragma once

#include "result.h"
#include "scorecard.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

// The service FMEA (服务失效模式与效应分析, docs/closed-loop.md): the steps of a service process and how
// each can fail, its effect and cause, rated 1–10 for severity (S), occurrence (O) and detection (D);
// the risk priority number RPN = S × O × D and the action priority (AP) of the AIAG & VDA FMEA
// Handbook (2019), which replaced ranking by RPN alone. The recommended action becomes a corrective
// action; after it the mode is rated again and both ratings are kept side by side. Every change is a
// row of the append-only fmea_log.
namespace servqa {

class Database;

enum class ActionPriority { Low, Medium, High };
QString actionPriorityName(ActionPriority priority); // translated: High / Medium / Low
// The AP table for DFMEA and PFMEA of the AIAG & VDA FMEA Handbook, 1st edition (2019): severity
// first, then occurrence, then detection. Each rating 1–10.
ActionPriority actionPriority(int severity, int occurrence, int detection);
inline int riskPriorityNumber(int severity, int occurrence, int detection)
{
    return severity * occurrence * detection;
}
// The occurrence rating of a failure rate (failures per opportunity, 0–1) on ServQA's service scale
// (docs/closed-loop.md): 10 at 50 % or more, 9 from 30 %, 8 from 20 %, 7 from 10 %, 6 from 5 %, 5 from
// 2 %, 4 from 1 %, 3 from 0.5 %, 2 from 0.1 %, 1 below. The manufacturing tables count parts per
// million, and would rate nearly every service failure 9 or 10.
int occurrenceFromRate(double failureRate);

struct FmeaRating
{
    int severity = 1, occurrence = 1, detection = 1;
    int rpn() const { return riskPriorityNumber(severity, occurrence, detection); }
    ActionPriority priority() const { return actionPriority(severity, occurrence, detection); }
};

struct FmeaMode
{
    qint64 id = 0;
    QString process;
    QString step;
    int position = 0;
    QString failureMode;
    QString effect;
    QString cause;
    QString controls;
    FmeaRating rating;
    std::optional<qint64> formId; // the item that measures it
    QString itemKey;
    std::optional<qint64> actionId; // the recommended action
    QString actionReference;        // its reference and state, for the register
    QString actionStatus;
    std::optional<FmeaRating> after; // rated again after the action
    int version = 0;
};

struct FmeaLogEntry
{
    QDateTime at;
    QString userName;
    QString step;
    QString note;
};

// The occurrence the data proposes for a mode measured by an item: its failure rate over the days.
struct ProposedOccurrence
{
    int failures = 0;
    int answered = 0;
    int occurrence = 0; // 0: no answers to go by
};

class FmeaStore
{
public:
    explicit FmeaStore(Database &db) : m_db(db) {}

    // A QA lead or an administrator keeps the register. `mode.id` 0: a new mode; else `mode.version`
    // must be the one the user saw.
    Result<qint64> save(const FmeaMode &mode, qint64 userId, const QDateTime &at);
    Status rateAfter(qint64 id, int version, const FmeaRating &after, qint64 userId, const QDateTime &at);
    Status linkAction(qint64 id, int version, qint64 actionId, qint64 userId, const QDateTime &at);

    Result<QVector<FmeaMode>> modes(const QString &process = {}); // by process, position
    Result<FmeaMode> find(qint64 id);
    Result<QStringList> processes();
    Result<QVector<FmeaLogEntry>> log(qint64 id);
    // Over every site, or one site's answers.
    Result<ProposedOccurrence> proposeOccurrence(qint64 formId, const QString &itemKey, const DayRange &days,
                                                 std::optional<qint64> siteId = std::nullopt);

private:
    Status mayKeep(qint64 userId);
    Status append(qint64 id, qint64 userId, const QString &step, const QDateTime &at, const QString &note);
    Database &m_db;
};

} // namespace servqa
