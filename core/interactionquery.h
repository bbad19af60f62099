#pragma once

#include "interactionrepository.h"
#include "result.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <optional>

namespace servqa {

class Database;
class SqlWhere;

// What the Interactions list is filtered by. Empty fields do not filter.
struct InteractionFilter
{
    std::optional<QDateTime> from; // inclusive
    std::optional<QDateTime> to;   // exclusive
    std::optional<qint64> siteId;
    std::optional<Channel> channel;
    std::optional<qint64> staffId;
    QString text; // matched in customer reference, external id, staff name, transcript
    std::optional<qint64> id; // one interaction (the evaluation editor's header)
    // Screening (docs/screening.md), by the active rule sets: flagged at least this risk (1 low …
    // 4 critical), or matched by the rule with this key.
    std::optional<int> minRisk;
    QString ruleKey;

    bool operator==(const InteractionFilter &o) const
    {
        return from == o.from && to == o.to && siteId == o.siteId && channel == o.channel
               && staffId == o.staffId && text == o.text && id == o.id && minRisk == o.minRisk && ruleKey == o.ruleKey;
    }
};

// Risk (the highest flag screening raised) is shown but not sorted by: a sort of every row by it
// would read them all; the list filters by it instead.
enum class InteractionColumn {
    StartedAt, Channel, Risk, Site, Staff, Customer, Duration, FirstResponse, Resolved, ExternalId
};
constexpr int InteractionColumnCount = 10;

// One line of the Interactions list.
struct InteractionRow
{
    qint64 id = 0;
    QDateTime startedAt;
    Channel channel = Channel::Call;
    qint64 siteId = 0;
    std::optional<qint64> staffId;
    QString siteName;
    QString staffName;
    QString customerRef;
    std::optional<int> durationSeconds;
    std::optional<int> firstResponseSeconds;
    std::optional<bool> resolved;
    QString externalId;
    int evaluationCount = 0;
    std::optional<int> risk; // screened by an active rule set: its highest flag (0 none)
};

// Filtered, sorted, paged reads of interactions. Pages are fetched as the list scrolls, so
// the first page of a million rows comes back in milliseconds (indexes on time, site+time,
// staff+time, and one for each column the list sorts by: schemas 15 and 44).
class InteractionQuery
{
public:
    explicit InteractionQuery(Database &db) : m_db(db) {}

    // The `limit` rows from `offset` on. With `after` (the last row of the page before, read with
    // the same filter and order), a list in time order (by start, or by risk, which reads in time
    // order) starts after that row's key — its start, then its id — instead of skipping `offset`
    // rows: the next page as the list scrolls costs the same at any depth. Other orders skip.
    Result<QVector<InteractionRow>> page(const InteractionFilter &filter, InteractionColumn sortBy,
                                         Qt::SortOrder order, int offset, int limit, const InteractionRow *after = nullptr);
    Result<qint64> count(const InteractionFilter &filter);

private:
    Result<QVector<InteractionRow>> readPage(const QString &sql, const SqlWhere &where, qint64 offset, int limit);

    Database &m_db;
};

} // namespace servqa

// Carried by the Dashboards' drill-down signals.
Q_DECLARE_METATYPE(servqa::InteractionFilter)
