#pragma once

#include "dimension.h"
#include "result.h"

#include <QString>
#include <QVector>

#include <optional>

namespace servqa {

class Database;

// A scorecard or checklist item that checks a standard: the form and the item's key, so the
// link holds for every version of the form.
struct FormItemRef
{
    qint64 formId = 0;
    QString itemKey;
    friend bool operator==(const FormItemRef &a, const FormItemRef &b) { return a.formId == b.formId && a.itemKey == b.itemKey; }
};

// A written service standard (docs/gap-model.md, gaps 2 and 3).
struct ServiceStandard
{
    qint64 id = 0;
    QString code;
    QString title;  // what the standard says: "Answer the phone within 20 s"
    QString target; // the measurable target, as written: "≤ 20 s", "within 30 s of entering"
    Dimension dimension = Dimension::Reliability;
    int level = 6;                  // the level it commits to, on the customers' 1–7 expectation scale
    double complianceTarget = 95.0; // % of observations that must meet it
    QVector<int> surveyItems;       // SERVQUAL items, 0-based, whose expectations it answers
    QVector<FormItemRef> formItems; // the items that check it
};

enum class PromiseMeasure { FirstResponse, Resolution, Standard };
QString promiseMeasureKey(PromiseMeasure measure);
std::optional<PromiseMeasure> promiseMeasureFromKey(const QString &key);
QString promiseMeasureName(PromiseMeasure measure); // translated

// What the business promises customers (gap 4), and the measure that checks it.
struct ExternalPromise
{
    qint64 id = 0;
    QString code;
    QString text; // as customers read it: "We reply to every e-mail within 2 hours"
    Dimension dimension = Dimension::Responsiveness;
    std::optional<QString> channel; // "call", "email", …; none: every channel
    PromiseMeasure measure = PromiseMeasure::FirstResponse;
    std::optional<int> thresholdSeconds; // first response within this
    std::optional<qint64> standardId;    // the standard whose compliance checks it
    double promisedRate = 100.0;         // % of cases promised (100: a guarantee)
};

// The register of standards and promises. Saving checks every field and names the one that is
// wrong; links are replaced as a whole, in one transaction.
class StandardsRepository
{
public:
    explicit StandardsRepository(Database &db) : m_db(db) {}

    Result<QVector<ServiceStandard>> standards(); // by code
    Result<ServiceStandard> standard(qint64 id);
    Result<qint64> saveStandard(const ServiceStandard &standard); // id 0: a new one
    // Refused while a promise is checked by it.
    Status removeStandard(qint64 id);

    // The scoring items a standard can be linked to: each form's newest version, in form order.
    struct LinkableItem
    {
        qint64 formId = 0;
        QString formName;
        bool checklist = false;
        QString itemKey;
        QString itemText;
        Dimension dimension = Dimension::Reliability;
    };
    Result<QVector<LinkableItem>> linkableItems();

    Result<QVector<ExternalPromise>> promises(); // by code
    Result<qint64> savePromise(const ExternalPromise &promise);
    Status removePromise(qint64 id);

    // Rebuilds the rollups that depend on the register (gap 2's survey sums, gap 3's clusters,
    // gap 4's promise counts) unless they were built for it: every change above does it in its
    // own transaction, and upgrading a workspace does it once. Seconds on millions of answers or
    // interactions.
    Status refreshRollups();
    // For a writer of a whole register at once (the demo): the changes above leave the rollups
    // stale (readers read the rows meanwhile) for the caller's one refreshRollups() in its
    // transaction, instead of a rebuild per standard and promise.
    void setDeferredRefresh(bool deferred) { m_deferred = deferred; }

private:
    Status check(const ServiceStandard &standard);
    Status check(const ExternalPromise &promise);

    Database &m_db;
    bool m_deferred = false;
};

} // namespace servqa
