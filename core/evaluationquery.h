#pragma once

#include "dimension.h"
#include "evaluationrepository.h"
#include "result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <array>
#include <functional>
#include <optional>

namespace servqa {

class Database;

// What the Evaluations list is filtered by. Empty fields do not filter.
struct EvaluationFilter
{
    std::optional<QDateTime> from; // when the evaluated interaction happened; inclusive
    std::optional<QDateTime> to;   // exclusive
    std::optional<qint64> siteId;
    std::optional<qint64> staffId;
    std::optional<qint64> formId; // all versions of one form
    std::optional<EvaluationStatus> status;
    std::optional<bool> autoFailed;
    std::optional<bool> passed;
    std::optional<qint64> inspectorId;
    std::optional<double> scoreMin; // inclusive, percent
    std::optional<double> scoreMax; // inclusive, percent

    bool operator==(const EvaluationFilter &o) const
    {
        return from == o.from && to == o.to && siteId == o.siteId && staffId == o.staffId
               && formId == o.formId && status == o.status && autoFailed == o.autoFailed
               && passed == o.passed && inspectorId == o.inspectorId && scoreMin == o.scoreMin
               && scoreMax == o.scoreMax;
    }
};

enum class EvaluationColumn {
    OccurredAt, Site, Staff, Form, Inspector, Status, Score, Result,
    Tangibles, Reliability, Responsiveness, Assurance, Empathy
};
constexpr int EvaluationColumnCount = 13;

// One line of the Evaluations list: the stored score, never recomputed.
struct EvaluationRow
{
    qint64 id = 0;
    qint64 formVersionId = 0;
    QDateTime occurredAt;
    qint64 siteId = 0;
    std::optional<qint64> staffId;
    std::optional<qint64> inspectorId;
    QString siteName;
    QString staffName;
    QString formCode;
    int formVersion = 0;
    QString inspectorName;
    EvaluationStatus status = EvaluationStatus::Draft;
    std::optional<double> score;
    std::optional<bool> passed;
    bool autoFailed = false;
    std::array<std::optional<double>, DimensionCount> dimensions{};
};

// Filtered, sorted, paged reads of evaluations (indexes on time, site+time, staff+time,
// form version+time).
class EvaluationQuery
{
public:
    explicit EvaluationQuery(Database &db) : m_db(db) {}

    // The `limit` rows from `offset` on. With `after` (the last row of the page before, read with
    // the same filter and order), the list in time order starts after that row's key — its time,
    // then its id — instead of skipping `offset` rows, as the Interactions list does (keyset
    // paging: the next page as the list scrolls costs the same at any depth). Other orders skip.
    Result<QVector<EvaluationRow>> page(const EvaluationFilter &filter, EvaluationColumn sortBy,
                                        Qt::SortOrder order, int offset, int limit, const EvaluationRow *after = nullptr);
    Result<qint64> count(const EvaluationFilter &filter);
    // Writes every evaluation the filter selects, in the list's order, as CSV (UTF-8 with a
    // BOM, so Excel reads Chinese) to `path`: the whole file or, on error or cancel, none of it.
    // `progress(done, total)` returns false to cancel. Returns the number of rows written.
    Result<qint64> exportCsv(const EvaluationFilter &filter, EvaluationColumn sortBy, Qt::SortOrder order,
                             const QString &path, const std::function<bool(qint64, qint64)> &progress = {});

private:
    // Runs the list query (limit < 0: every row) and hands each row to `visit` until it
    // returns false.
    Status forEachRow(const EvaluationFilter &filter, EvaluationColumn sortBy, Qt::SortOrder order, int offset,
                      int limit, const EvaluationRow *after, const std::function<bool(const EvaluationRow &)> &visit);

    Database &m_db;
};

} // namespace servqa
