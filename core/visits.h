#pragma once

#include "result.h"
#include "evaluationrepository.h"
#include "form.h"
#include "scoreengine.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

class QSqlQuery;

namespace servqa {

class Database;

// A mystery-shop visit's life: planned → assigned → in progress → submitted → validated or
// rejected (docs/mystery-shopping.md).
enum class VisitStatus { Planned, Assigned, InProgress, Submitted, Validated, Rejected };
QString visitStatusKey(VisitStatus status);
std::optional<VisitStatus> visitStatusFromKey(const QString &key);
QString visitStatusName(VisitStatus status); // translated

struct Visit
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString siteCode;
    QString siteName;
    QString region;
    qint64 formId = 0;
    QString formName;
    QString scenario;
    QDate windowFrom;
    QDate windowTo;
    std::optional<qint64> shopperId;
    QString shopperName;
    VisitStatus status = VisitStatus::Planned;
    std::optional<qint64> interactionId;
    std::optional<qint64> evaluationId; // the checklist answers (a draft until validated)
    std::optional<QDateTime> startedAt;
    std::optional<QDateTime> endedAt;
    QString reviewReason;
    QString reviewedByName;
    std::optional<QDateTime> reviewedAt;
    std::optional<double> score; // the live score of the answers
};

// A started visit's checklist: the form version it is answered on and the answers so far.
struct VisitChecklist
{
    Form form;
    Evaluation evaluation;
};

struct VisitPlan
{
    qint64 siteId = 0;
    qint64 formId = 0; // a checklist
    QString scenario;
    QDate from;
    QDate to;
    std::optional<qint64> shopperId; // assigned at once when given
};

// "Every store in region East, once in March, spread across the month": one visit per store,
// windows of `windowDays` spread evenly over the span, shoppers dealt in turn, each visit given
// to the next shopper the lock-out rule allows (left unassigned when none is allowed).
struct BulkVisitPlan
{
    QString region;
    qint64 formId = 0;
    QString scenario;
    QDate from;
    QDate to;
    int windowDays = 3;
    QVector<qint64> shoppers;
};

struct VisitFilter
{
    std::optional<QString> region;
    std::optional<qint64> siteId;
    std::optional<qint64> shopperId;
    std::optional<VisitStatus> status;
    std::optional<QDate> from; // windows that end on or after
    std::optional<QDate> to;   // windows that start on or before
};

enum class EvidenceKind { Photo, Receipt, Audio, Other };
QString evidenceKindKey(EvidenceKind kind);
std::optional<EvidenceKind> evidenceKindFromKey(const QString &key);
QString evidenceKindName(EvidenceKind kind); // translated

struct EvidenceFile
{
    qint64 id = 0;
    qint64 visitId = 0;
    QString itemKey; // the checklist item it proves, or empty
    QString sha256;  // hex
    qint64 size = 0;
    QString originalName;
    EvidenceKind kind = EvidenceKind::Photo;
    std::optional<QDateTime> capturedAt; // from EXIF where present
    QDateTime addedAt;
    QByteArray data; // only when asked for
};

struct EvidenceAdded
{
    qint64 id = 0;
    QVector<qint64> alsoInVisits; // other visits holding the very same file: worth a look
};

// Plans, runs and reviews visits as one user (a QA lead plans and reviews, a shopper runs).
// Every step is one transaction.
class VisitService
{
public:
    VisitService(Database &db, qint64 userId);

    static constexpr int DefaultLockoutDays = 90;
    // A shopper may not visit the same store again within this many days.
    int lockoutDays() const;
    Status setLockoutDays(int days);
    // Never send this shopper to this store (its staff would know them).
    Status excludeShopper(qint64 shopperId, qint64 siteId, const QString &reason);

    Result<qint64> plan(const VisitPlan &plan);
    Result<QVector<qint64>> planRegion(const BulkVisitPlan &plan);
    // Refuses, saying why, a shopper the lock-out rule keeps away from the store in that window.
    Status checkLockout(qint64 shopperId, qint64 siteId, const QDate &from, const QDate &to,
                        std::optional<qint64> ignoreVisit = {});
    Status assign(qint64 visitId, qint64 shopperId);

    // The shopper begins the visit: the checklist's draft is created; returns its evaluation id.
    Result<qint64> start(qint64 visitId, const QDateTime &at = QDateTime::currentDateTimeUtc());
    // Stores the answers (crash-safe like an evaluation draft) and the time of each changed one.
    Status saveAnswers(qint64 visitId, const Answers &answers, const QString &comment,
                       const QDateTime &at = QDateTime::currentDateTimeUtc());
    // The shopper hands the visit in: every required item answered; the end time is recorded.
    Status submit(qint64 visitId, const QDateTime &at = QDateTime::currentDateTimeUtc());
    // A QA lead accepts the visit (its score now counts) or rejects it with a reason.
    Status validate(qint64 visitId);
    Status reject(qint64 visitId, const QString &reason);

    Result<Visit> visit(qint64 visitId);
    Result<QVector<Visit>> visits(const VisitFilter &filter);
    Result<QHash<QString, QDateTime>> answerTimes(qint64 visitId);
    // Fails, saying so, for a visit that has not started.
    Result<VisitChecklist> checklist(qint64 visitId);

    Result<EvidenceAdded> addEvidence(qint64 visitId, const QString &itemKey, const QString &path, EvidenceKind kind);
    Result<EvidenceAdded> addEvidenceData(qint64 visitId, const QString &itemKey, const QByteArray &data,
                                          const QString &originalName, EvidenceKind kind);
    Result<QVector<EvidenceFile>> evidence(qint64 visitId, bool withData = false);
    Status removeEvidence(qint64 evidenceId);

private:
    Status requireRole(bool lead) const;
    Result<Visit> requireStatus(qint64 visitId, std::initializer_list<VisitStatus> allowed);
    static QString notNow(const Visit &v);
    Status review(QSqlQuery &q, qint64 visitId);
    Status setStatus(qint64 visitId, VisitStatus status);

    Database &m_db;
    qint64 m_userId;
};

} // namespace servqa
