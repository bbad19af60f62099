#pragma once

#include "agreement.h"
#include "dimension.h"
#include "form.h"
#include "interactionrepository.h"
#include "result.h"
#include "scoreengine.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <array>
#include <functional>
#include <optional>

namespace servqa {

class Database;

// Calibration sessions (校准会, docs/calibration.md): several inspectors score the same interactions
// on one form version; the QA lead closes scoring, sets a consensus answer per item and reads who
// disagrees. Their answers live in tables of their own (schema 20), apart from evaluations, so no
// reader of real work — scorecards, dashboards, rollups, rankings, samples, the Evaluations list —
// can count them.

enum class CalibrationStatus { Open, Closed };

constexpr int CalibrationMaxInteractions = 50;

struct CalibrationParticipant
{
    qint64 id = 0;
    QString name;
    int handedIn = 0; // interactions handed in
};

struct CalibrationSession
{
    qint64 id = 0;
    QString name;
    qint64 formVersionId = 0;
    QString formName;
    int formVersion = 0;
    qint64 leadId = 0;
    QString leadName;
    bool blind = true;
    std::optional<QDate> deadline;
    CalibrationStatus status = CalibrationStatus::Open;
    QDateTime createdAt;
    std::optional<QDateTime> closedAt;
    QVector<qint64> interactions; // in the lead's order
    QVector<CalibrationParticipant> participants;

    int participantIndex(qint64 inspectorId) const;
};

struct NewCalibrationSession
{
    QString name;
    qint64 formVersionId = 0;
    QVector<qint64> interactions; // 1–50
    QVector<qint64> participants; // at least two inspectors
    std::optional<QDate> deadline;
    bool blind = true;
};

// One inspector's scoring of one interaction.
struct CalibrationScoring
{
    qint64 interactionId = 0;
    qint64 inspectorId = 0;
    bool exists = false; // saved at least once
    Answers answers;
    QString comment;
    ScoreResult score;
    std::optional<QDateTime> handedInAt;
};

// Interactions drawn at random for a session: from a period of local days, optionally one site and
// one channel; the same seed draws the same interactions.
struct CalibrationDraw
{
    QDate from, to; // both included
    std::optional<qint64> siteId;
    QVector<Channel> channels; // any of these; empty: every channel
    int count = 10;
    quint32 seed = 1;
};
Result<QVector<qint64>> drawCalibrationInteractions(Database &db, const CalibrationDraw &draw);
// What a form scores: a store checklist store visits, a scorecard every other contact (calls,
// chats, emails, social messages).
QVector<Channel> channelsScoredBy(FormKind kind);

// The comparison of a session: per interaction and item each inspector's answer.
struct CalibrationItemRow
{
    qint64 interactionId = 0;
    QString itemKey;
    QString itemText;
    ItemType type = ItemType::YesNo;
    Dimension dimension = Dimension::Reliability;
    QVector<std::optional<Answer>> answers; // per participant, in the session's order; none: not handed in
    std::optional<double> spread;           // highest − lowest value answered
    std::optional<double> agreement;        // share of the pairs of answers that are equal
    std::optional<Answer> consensus;        // stored, or proposed while none is
    bool consensusProposed = true;          // as proposed (mode / median), not set by the lead
    QString consensusReason;
};

// How far one inspector is from consensus over the session's interactions.
struct InspectorDeviation
{
    qint64 inspectorId = 0;
    QString name;
    int interactions = 0;                 // handed in and compared
    std::optional<double> points;         // mean of (own score − consensus score), in points of 100
    std::optional<double> absolutePoints; // mean of |own − consensus|
    std::optional<double> matching;       // share of items answered as the consensus
    std::array<std::optional<double>, DimensionCount> dimensions{}; // mean difference per dimension
};

// One agreement statistic of a session, with how to read it.
struct CalibrationStatistic
{
    QString group; // "Yes/no items", "Ratings 1–5", "Scores" (translated)
    QString name;  // "Gwet's AC1"
    Coefficient value;
    int units = 0;
    QString reading; // translated: Landis & Koch's band, Krippendorff's threshold, …
};

struct CalibrationComparison
{
    CalibrationSession session;
    Form form;
    QVector<CalibrationItemRow> rows; // most disagreement first
    QVector<InspectorDeviation> inspectors;
    QVector<CalibrationStatistic> statistics;
    QHash<qint64, std::optional<double>> consensusScores; // by interaction
};

// One inspector in one closed session, for the drift chart.
struct CalibrationDriftPoint
{
    qint64 sessionId = 0;
    QString sessionName;
    QDateTime closedAt;
    qint64 inspectorId = 0;
    QString inspectorName;
    std::optional<double> points, absolutePoints, matching;
};

struct CalibrationLogEntry
{
    QDateTime at;
    QString userName;
    // Stable key, and what the step keeps: created (new: the name), handed_in (new: the score,
    // withheld from others while a blind session is open), closed (new: the number of consensus
    // answers proposed), consensus (old and new answer; note: the lead's reason).
    QString action;
    std::optional<qint64> interactionId;
    QString itemKey;
    QString oldValue, newValue, note;
};
QString calibrationActionName(const QString &action); // translated

// How to read a coefficient (translated): Landis & Koch (1977) for κ and AC, Krippendorff (2004)
// for α, Koo & Li (2016) for ICCs.
enum class Reading { Kappa, Krippendorff, Intraclass };
QString readingOf(Reading scale, const Coefficient &c);

// The workspace's tolerance for an inspector's deviation from consensus, in points (default 5).
Result<double> calibrationTolerance(Database &db);
Status setCalibrationTolerance(Database &db, double points);

// A session's life, acted out by one user. Only a QA lead (or admin) creates a session, closes its
// scoring and sets consensus; only its participants score. Blind means blind here, not only in the
// GUI: while scoring is open no one reads another inspector's answers, and the comparison is refused.
class Calibration
{
public:
    Calibration(Database &db, qint64 userId);

    Result<qint64> create(const NewCalibrationSession &session);
    Result<QVector<CalibrationSession>> sessions(); // newest first
    Result<CalibrationSession> session(qint64 sessionId);
    Result<Form> form(qint64 sessionId);
    // An inspector's scoring; another's than the user's only when the session is not blind or
    // scoring is closed.
    Result<CalibrationScoring> scoring(qint64 sessionId, qint64 interactionId, qint64 inspectorId);
    // The user's draft: stored with its live score; refused once handed in or closed.
    Status save(qint64 sessionId, qint64 interactionId, const Answers &answers, const QString &comment);
    // Hands the user's scoring in; refused while required items are unanswered.
    Status handIn(qint64 sessionId, qint64 interactionId);
    // Closes scoring and proposes the consensus of every item answered: the mode of a choice
    // (N/A counts as one; a tie goes to the lower answer), the lower median of numbers.
    Status close(qint64 sessionId);
    // The lead's consensus answer of an item; a change needs a reason.
    Status setConsensus(qint64 sessionId, qint64 interactionId, const QString &itemKey, const Answer &answer, const QString &reason);
    Result<CalibrationComparison> compare(qint64 sessionId);
    // The answer matrix: one row per interaction and item, one column per inspector, and the
    // consensus; written through a temporary file.
    Status exportAnswerMatrix(qint64 sessionId, const QString &path);
    Result<QVector<CalibrationLogEntry>> log(qint64 sessionId);
    // Every inspector in every closed session, oldest first.
    Result<QVector<CalibrationDriftPoint>> drift();

    bool canLead() const;
    // Where the time of each step comes from: the system clock, unless the demo tells its story
    // of past sessions.
    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    Status requireLead() const;
    Result<CalibrationSession> readable(qint64 sessionId); // refused while blind and open
    Status appendLog(qint64 sessionId, const QString &action, std::optional<qint64> interactionId = {},
                     std::optional<qint64> itemId = {}, const QString &oldValue = {}, const QString &newValue = {},
                     const QString &note = {});

    Database &m_db;
    qint64 m_userId;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace servqa
