#pragma once

#include "interactionrepository.h"
#include "result.h"
#include "userrepository.h"
#include "scorecard.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

// Complaints (投诉闭环, docs/closed-loop.md): intake (接诉) → dispatch to a site and an owner (派单)
// → handling, the customer contacted and the outcome (处理) → closed with the customer's word
// (反馈); reopened with a reason. Each complaint has two clocks, first response and resolution,
// due a time limit after it was received (complaint_time_limits, per channel and severity).
// Every step is a row of the append-only complaint_log, and every change checks the version the
// user saw, so a second save over someone else's is refused with who and when.
namespace servqa {

class Database;

enum class ComplaintSeverity { Low, Medium, High, Critical };
enum class ComplaintStatus { Received, Dispatched, Responded, Resolved, Closed };

const QVector<ComplaintSeverity> &complaintSeverities();
QString complaintSeverityKey(ComplaintSeverity severity);
std::optional<ComplaintSeverity> complaintSeverityFromKey(const QString &key);
QString complaintSeverityName(ComplaintSeverity severity); // translated
// A severity as typed in a file: the key or its English or Chinese name (低/中/高/紧急).
std::optional<ComplaintSeverity> parseComplaintSeverity(const QString &text);

const QVector<ComplaintStatus> &complaintStatuses();
QString complaintStatusKey(ComplaintStatus status);
std::optional<ComplaintStatus> complaintStatusFromKey(const QString &key);
QString complaintStatusName(ComplaintStatus status); // translated
QString complaintActionName(const QString &action);  // a log entry's action, translated

struct ComplaintCategory
{
    QString key;
    QString nameEn;
    QString nameZh;
    int position = 0;
    bool retired = false; // kept for the complaints filed under it, offered for no new one
    QString name() const; // in the language of the UI
};

struct ComplaintTimeLimit
{
    QString channel; // a channel's key, or empty for every channel
    ComplaintSeverity severity = ComplaintSeverity::Medium;
    int firstResponseMinutes = 0;
    int resolutionMinutes = 0;
};

// Where a clock stands: running (seconds left), overdue (seconds past), or stopped on time or late
// (seconds before or after the due time).
struct SlaClock
{
    enum class State { Running, Overdue, OnTime, Late };
    State state = State::Running;
    qint64 seconds = 0;
    bool missed() const { return state == State::Overdue || state == State::Late; }
};
SlaClock slaClock(const QDateTime &due, const QDateTime &doneAt, const QDateTime &now);

struct ComplaintIntake
{
    QString reference; // empty: the next TS-yyyyMMdd-NNNN of the day received
    QString customerRef;
    Channel channel = Channel::Call;
    qint64 siteId = 0;
    std::optional<qint64> interactionId;
    QString category;
    ComplaintSeverity severity = ComplaintSeverity::Medium;
    QString description;
    QDateTime receivedAt;
};

struct Complaint
{
    qint64 id = 0;
    QString reference;
    QString customerRef;
    Channel channel = Channel::Call;
    qint64 siteId = 0;
    QString siteName;
    QString region;
    std::optional<qint64> interactionId;
    QString category;
    QString categoryName;
    ComplaintSeverity severity = ComplaintSeverity::Medium;
    QString description;
    QDateTime receivedAt;
    ComplaintStatus status = ComplaintStatus::Received;
    std::optional<qint64> ownerId;
    QString ownerName;
    QDateTime firstResponseDue;
    QDateTime resolutionDue;
    QDateTime firstResponseAt; // invalid until then
    QDateTime resolvedAt;
    QDateTime closedAt;
    QString outcome;
    std::optional<int> satisfaction; // 1–5, when the customer said
    int reopened = 0;
    int version = 0;

    bool open() const { return status != ComplaintStatus::Resolved && status != ComplaintStatus::Closed; }
    SlaClock firstResponseClock(const QDateTime &now) const { return slaClock(firstResponseDue, firstResponseAt, now); }
    SlaClock resolutionClock(const QDateTime &now) const { return slaClock(resolutionDue, resolvedAt, now); }
    bool overdue(const QDateTime &now) const
    {
        return firstResponseClock(now).state == SlaClock::State::Overdue || resolutionClock(now).state == SlaClock::State::Overdue;
    }
};

struct ComplaintLogEntry
{
    qint64 id = 0;
    QDateTime at;
    QString userName; // empty: an import without a user
    QString action;
    QString siteName; // where a dispatch sent it
    QString ownerName;
    std::optional<int> satisfaction; // a closing's
    QString note;
};

struct ComplaintFilter
{
    std::optional<qint64> siteId;
    QString region;
    bool openOnly = false;
    bool overdueOnly = false;
    QString text; // in the reference, the customer or the description
    DayRange received; // invalid days: any time
};

// How a site (or a region, or every site) handled its complaints in a period: those received
// per 1,000 interactions, and the share of first responses and resolutions within their limits
// (of those due in the period or done in it; an open one past its time counts as missed).
struct ComplaintFigures
{
    qint64 received = 0;
    qint64 interactions = 0;
    std::optional<double> perThousand;
    qint64 responseDue = 0, respondedOnTime = 0;
    qint64 resolutionDue = 0, resolvedOnTime = 0;
    qint64 open = 0, overdue = 0; // now
    std::optional<double> responseOnTimePercent() const;
    std::optional<double> resolutionOnTimePercent() const;
};

// What a store's (or an agent's store's) scorecard shows of its complaints: the period's figures
// and the complaints open now, overdue first.
struct ScorecardComplaints
{
    qint64 siteId = 0;
    QString siteName;
    ComplaintFigures figures;
    QVector<Complaint> open;
};

// Who may own and handle a complaint: a store manager, a QA lead or an administrator. Anyone but
// a mystery shopper may take one in and add a note.
inline bool mayOwnComplaints(UserRole role)
{
    return role == UserRole::Manager || role == UserRole::Lead || role == UserRole::Admin;
}

class ComplaintStore
{
public:
    explicit ComplaintStore(Database &db) : m_db(db) {}

    // The settings: only a QA lead or an administrator changes them (`userId` none: the command
    // line, which has no one working).
    Result<QVector<ComplaintCategory>> categories(bool withRetired = false);
    Status saveCategory(const ComplaintCategory &category, std::optional<qint64> userId = std::nullopt);
    Result<QVector<ComplaintTimeLimit>> timeLimits();
    Status setTimeLimit(const ComplaintTimeLimit &limit, std::optional<qint64> userId = std::nullopt);
    // A channel's own limit; every channel's limits stay (each complaint needs one).
    Status removeTimeLimit(const QString &channel, ComplaintSeverity severity, std::optional<qint64> userId = std::nullopt);
    // The limit of a channel's own row, else of every channel's.
    Result<ComplaintTimeLimit> timeLimitFor(Channel channel, ComplaintSeverity severity);

    // Takes a complaint in; its due times come from the time limits. `userId` empty: an import
    // from the command line.
    Result<qint64> take(const ComplaintIntake &intake, std::optional<qint64> userId, const QDateTime &at, bool imported = false);
    // `version`: the one the user saw; a change by someone else since then refuses the step.
    Status dispatch(qint64 id, int version, qint64 siteId, qint64 ownerId, const QString &note, qint64 userId, const QDateTime &at);
    Status addNote(qint64 id, int version, const QString &note, qint64 userId, const QDateTime &at);
    // The customer contacted: the first response (a later contact is a note).
    Status respond(qint64 id, int version, const QString &note, qint64 userId, const QDateTime &at);
    // The outcome; a complaint resolved at the first contact is responded to at the same time.
    Status resolve(qint64 id, int version, const QString &outcome, qint64 userId, const QDateTime &at);
    // The customer's word on the handling (1–5, or none when they could not be reached).
    Status close(qint64 id, int version, std::optional<int> satisfaction, const QString &note, qint64 userId, const QDateTime &at);
    // Back to handling, with a new resolution time counted from now; the outcome is cleared (the
    // log keeps it).
    Status reopen(qint64 id, int version, const QString &reason, qint64 userId, const QDateTime &at);

    Result<Complaint> find(qint64 id);
    Result<std::optional<qint64>> findReference(const QString &reference);
    // Open and overdue first, then by the next time due; closed ones newest first.
    Result<QVector<Complaint>> list(const ComplaintFilter &filter, const QDateTime &now);
    Result<QVector<ComplaintLogEntry>> log(qint64 id);
    Result<ComplaintFigures> figures(std::optional<qint64> siteId, const QString &region, const DayRange &days, const QDateTime &now);
    // A site's, or an agent's site's (`kind` Agent, `id` the staff member).
    Result<ScorecardComplaints> forScorecard(SubjectKind kind, qint64 id, const DayRange &period, const QDateTime &now);

private:
    Status mayTakeIn(qint64 userId);
    Status mayHandle(qint64 userId);
    Status mayConfigure(std::optional<qint64> userId);
    // A setting as it stands (the query's one text column), and a change of it in settings_log.
    Result<std::optional<QString>> settingNow(const QString &sql, const QVariantList &values);
    Status recordSetting(const char *setting, const QString &item, const std::optional<QString> &before, const std::optional<QString> &after,
                         std::optional<qint64> userId);
    Result<Complaint> current(qint64 id, int version);
    // One step on a complaint in one transaction: the complaint as the user saw it (refused when
    // someone changed it since), then `apply` — its checks, update and log entry.
    Status change(qint64 id, int version, const std::function<Status(const Complaint &)> &apply);
    Status update(const Complaint &before, const QString &set, const QVariantList &values);
    struct Step
    {
        std::optional<qint64> siteId, ownerId;
        std::optional<int> satisfaction;
    };
    Status append(qint64 id, std::optional<qint64> userId, const QString &action, const QDateTime &at, const QString &note, const Step &step = {});
    Database &m_db;
};

} // namespace servqa
