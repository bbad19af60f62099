#pragma once

#include "beforeafter.h"
#include "dimension.h"
#include "indicators.h"
#include "result.h"
#include "scorecard.h"
#include "userrepository.h"

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

// Corrective and preventive actions (纠正预防措施, docs/closed-loop.md): raised from what showed the
// problem, with a root cause (5 whys, fishbone by 人机料法环测), an owner and a due date; open → in
// progress → done → verified effective or not effective, the verdict taken from a before/after
// test of the measure the action was meant to move, never from anyone's word. Every step is a row
// of the append-only action_log, and every change checks the version the user saw.
namespace servqa {

class Database;

enum class ActionKind { Corrective, Preventive };
enum class ActionStatus { Open, InProgress, Done, Effective, NotEffective };
enum class ActionSource { Manual, Item, Evaluation, Visit, Complaint, Alert, Gap };
enum class CauseCategory { People, Equipment, Materials, Methods, Environment, Measurement };
enum class MeasureKind { None, ItemFailure, Score, Indicator };

QString actionKindKey(ActionKind kind);
std::optional<ActionKind> actionKindFromKey(const QString &key);
QString actionKindName(ActionKind kind); // translated
const QVector<ActionStatus> &actionStatuses();
QString actionStatusKey(ActionStatus status);
std::optional<ActionStatus> actionStatusFromKey(const QString &key);
QString actionStatusName(ActionStatus status); // translated
QString actionSourceKey(ActionSource source);
std::optional<ActionSource> actionSourceFromKey(const QString &key);
QString actionSourceName(ActionSource source); // translated
const QVector<CauseCategory> &causeCategories();
QString causeCategoryKey(CauseCategory category);
std::optional<CauseCategory> causeCategoryFromKey(const QString &key);
QString causeCategoryName(CauseCategory category); // translated, with its character: "人 People"
QString actionStepName(const QString &step);        // a log entry's step, translated
QString measureKindName(MeasureKind kind);          // translated
// How a measure is stored: its kind's key ("item", "score", "indicator"; "none"), and its key — an
// item's, a dimension's ('' the overall score) or an indicator's.
QString measureKindKey(MeasureKind kind);
MeasureKind measureKindFromKey(const QString &key);
// The indicators an action can be verified on: the shares and the NPS (the means have no spread
// stored to test them with).
bool testableIndicator(IndicatorKind kind);

// What the action is meant to move, and the periods compared.
struct ActionMeasure
{
    MeasureKind kind = MeasureKind::None;
    std::optional<qint64> formId;          // an item's form; a score's form (none: every form)
    QString itemKey;                       // ItemFailure
    std::optional<Dimension> dimension;    // Score: none is the overall score
    IndicatorKind indicator = IndicatorKind::Csat;
    DayRange before;
    DayRange after;
    bool lowerIsBetter() const { return kind == MeasureKind::ItemFailure; }
};
QString measureKeyOf(const ActionMeasure &measure);
void setMeasureKey(ActionMeasure &measure, const QString &key); // after its kind is set

// Where the action came from: the kind, the row (an evaluation, visit, complaint or alert; an item's
// form; a gap's number), an item's key, and the source in words as it was when the action was raised.
struct ActionOrigin
{
    ActionSource kind = ActionSource::Manual;
    std::optional<qint64> id;
    QString key;
    QString text;
};

struct RootCause
{
    CauseCategory category = CauseCategory::Methods;
    QString cause;
    bool root = false;
};

struct ActionDraft
{
    ActionKind kind = ActionKind::Corrective;
    QString title;
    QString description;
    ActionOrigin origin;
    std::optional<qint64> siteId; // none: the region's sites, or every site
    QString region;
    qint64 ownerId = 0;
    QDate due;
    ActionMeasure measure;
};

// The measure in both periods and the test between them; `improved` when it moved the way the
// action wanted and the test says it is not chance (p < 0.05).
struct MeasureChange
{
    double beforeN = 0, afterN = 0;
    std::optional<ChangeTest> test; // none: too few cases to test
    bool improved = false;
};

struct CorrectiveAction
{
    qint64 id = 0;
    QString reference;
    ActionKind kind = ActionKind::Corrective;
    QString title;
    QString description;
    ActionOrigin origin;
    std::optional<qint64> siteId;
    QString siteName;
    QString region;
    qint64 ownerId = 0;
    QString ownerName;
    QDate due;
    ActionStatus status = ActionStatus::Open;
    ActionMeasure measure;
    QStringList whys; // the answers to the 5 whys, in order (up to five)
    QVector<RootCause> causes;
    // The last verification.
    QDateTime verifiedAt;
    QString verifiedBy;
    std::optional<MeasureChange> verification;
    QDateTime createdAt;
    QString createdBy;
    QDateTime doneAt;
    int version = 0;

    bool open() const { return status == ActionStatus::Open || status == ActionStatus::InProgress; }
    bool overdue(const QDate &today) const { return open() && due < today; }
};

struct ActionLogEntry
{
    qint64 id = 0;
    QDateTime at;
    QString userName;
    QString step;
    QString note;
};

struct ActionFilter
{
    std::optional<qint64> siteId; // the site's own actions and those of every site
    QString region;
    bool openOnly = false;
    bool overdueOnly = false;
    std::optional<ActionSource> source;
    std::optional<qint64> sourceId;
    QString text; // in the reference, title or description
};

// An item's scoring answers in the days (submitted evaluations and validated visits of the site,
// the region's sites, or every site) and how many failed: earned less than half its points, as in
// the scorecards' Pareto (answerFails()).
Result<ShareSample> itemFailureCount(Database &db, qint64 formId, const QString &itemKey, const DayRange &days, std::optional<qint64> siteId,
                                     const QString &region);

// Who may own an action: anyone working but a mystery shopper (a store manager mostly). Who raises
// one: the same. A QA lead or an administrator verifies, and they or the owner change the rest.
inline bool mayOwnActions(UserRole role)
{
    return role != UserRole::Shopper;
}
inline bool mayVerifyActions(UserRole role)
{
    return role == UserRole::Lead || role == UserRole::Admin;
}

class ActionStore
{
public:
    explicit ActionStore(Database &db) : m_db(db) {}

    Result<qint64> raise(const ActionDraft &draft, qint64 userId, const QDateTime &at);
    // Title, description, site, owner, due date and measure; `version` the one the user saw.
    Status edit(qint64 id, int version, const ActionDraft &draft, qint64 userId, const QDateTime &at);
    Status setRootCause(qint64 id, int version, const QStringList &whys, const QVector<RootCause> &causes, qint64 userId, const QDateTime &at);
    Status start(qint64 id, int version, const QString &note, qint64 userId, const QDateTime &at);
    Status addNote(qint64 id, int version, const QString &note, qint64 userId, const QDateTime &at);
    // What was done; the measure must be set by then, so that it can be verified.
    Status complete(qint64 id, int version, const QString &note, qint64 userId, const QDateTime &at);
    // Tests the measure before against after and records the verdict: effective when it improved
    // significantly, else not effective. Its after period must have ended by `at`.
    Result<MeasureChange> verify(qint64 id, int version, qint64 userId, const QDateTime &at);
    // Back to in progress (another try), with the reason.
    Status reopen(qint64 id, int version, const QString &reason, qint64 userId, const QDateTime &at);

    Result<CorrectiveAction> find(qint64 id);
    // Open and overdue first (by due date), then done ones waiting for verification, then verified, newest first.
    Result<QVector<CorrectiveAction>> list(const ActionFilter &filter, const QDate &today);
    Result<QVector<ActionLogEntry>> log(qint64 id);
    // What a store's scorecard shows: the store's own actions not yet verified (open, in progress, or
    // done and waiting), overdue first.
    Result<QVector<CorrectiveAction>> forSite(qint64 siteId, const QDate &today);

    // The measure for the scope (a site, a region or every site) in both periods, tested.
    Result<MeasureChange> measureChange(const ActionMeasure &measure, std::optional<qint64> siteId, const QString &region);

private:
    Result<UserRole> roleOf(qint64 userId, QString *name = nullptr);
    Status mayChange(const CorrectiveAction &a, qint64 userId);
    Status checkDraft(const ActionDraft &draft, const QDate &today);
    Result<CorrectiveAction> current(qint64 id, int version);
    // One step on an action in one transaction: the action as the user saw it (refused when someone
    // changed it since, or when the user may not change it), then `apply` — its checks, update and log.
    Status change(qint64 id, int version, qint64 userId, const std::function<Status(const CorrectiveAction &)> &apply);
    Status update(const CorrectiveAction &before, const QString &set, const QVariantList &values);
    Status append(qint64 id, qint64 userId, const QString &step, const QDateTime &at, const QString &note);
    Database &m_db;
};

} // namespace servqa

// Carried by the pages' signals that ask for an action on their source.
Q_DECLARE_METATYPE(servqa::ActionDraft)
