#pragma once

#include "result.h"
#include "rollups.h"
#include "standards.h"

#include <QDateTime>
#include <QHash>
#include <QPair>
#include <QString>

#include <array>
#include <unordered_map>
#include <tuple>
#include <memory>
#include <optional>

class QSqlQuery;

namespace servqa {

namespace rollups {
class Writer;
}

class Database;
class SqliteStatement;

enum class Channel { Call, Chat, Email, Visit, Social };
constexpr std::array<Channel, 5> AllChannels = {Channel::Call, Channel::Chat, Channel::Email,
                                                Channel::Visit, Channel::Social};
QString channelKey(Channel channel);
std::optional<Channel> channelFromKey(const QString &key);
QString channelName(Channel channel); // translated

// One customer interaction, as imported from a telephony, chat or ticket system.
struct Interaction
{
    qint64 id = 0;
    QString source = QStringLiteral("manual"); // the system it came from
    QString externalId;                        // unique within source: re-imports update
    Channel channel = Channel::Call;
    qint64 siteId = 0;
    std::optional<qint64> staffId;
    QString customerRef;
    QDateTime startedAt;
    std::optional<int> durationSeconds;
    std::optional<int> firstResponseSeconds;
    std::optional<int> holdSeconds; // time the customer spent on hold (calls)
    std::optional<bool> resolved;     // at first contact
    std::optional<int> resolutionSeconds; // from the start until the matter was resolved
    QString recordingPath;
    QString transcript;
};

class InteractionRepository
{
public:
    explicit InteractionRepository(Database &db);
    ~InteractionRepository();

    // Inserts, or updates the interaction with the same (source, external id); returns the id.
    // The statement is prepared once and reused: imports call this a million times.
    Result<qint64> upsert(const Interaction &interaction);
    // For imports: new interactions (per day, site and channel) and their cases of the promises
    // (per promise, day and site) are counted here and written as a few sums instead of
    // statements per row (the same rules as the rollups' SQL; tst_rollups checks they agree).
    // New rows enter the search index (schema 15) all at once in flush() too. flush() before
    // committing, in the same transaction.
    void setBatchCounts(bool batch) { m_batch = batch; }
    // In batch mode: the new rows' search index is written by an interactionindex::IndexBuilder,
    // which has taken the index over (interactionindex::defer()); flush() leaves it alone.
    void setIndexedElsewhere(bool elsewhere) { m_indexedElsewhere = elsewhere; }
    Status flush();
    Result<std::optional<Interaction>> find(qint64 id);
    Result<qint64> count();

private:
    void bindRow(QSqlQuery &q, const Interaction &i) const;

    Database &m_db;
    Status count(const Interaction &i);

    bool m_batch = false;
    bool m_indexedElsewhere = false;
    std::optional<qint64> m_searchAfter; // batch mode: the largest id before its rows (their search index waits for flush())
    bool m_returning = true; // the insert says the new row's id with RETURNING
    std::optional<QVector<ExternalPromise>> m_promises; // those measured on interactions
    struct CellHash
    {
        size_t operator()(const std::tuple<qint64, qint64, qint64> &cell) const
        {
            return qHashMulti(0, std::get<0>(cell), std::get<1>(cell), std::get<2>(cell));
        }
    };
    using Cells = std::unordered_map<std::tuple<qint64, qint64, qint64>, std::pair<qint64, qint64>, CellHash>;
    Cells m_cases;  // (promise, day, site) → cases, kept
    Cells m_counts; // (day, site, channel) → interactions (first of the pair)
    // (day, site, channel) → the contacts' indicator sums (contact_rollup's columns), and the
    // limits they are counted with (contact_limits: site, channel → first response, resolution).
    std::unordered_map<std::tuple<qint64, qint64, qint64>, std::array<qint64, 8>, CellHash> m_contactSums;
    std::optional<rollups::StoredContactLimits> m_limits;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<SqliteStatement> m_fastInsert; // SQLite: m_insert's statement through the C API
    std::unique_ptr<QSqlQuery> m_upsert;
    std::unique_ptr<QSqlQuery> m_movedEvaluations;
    std::unique_ptr<rollups::Writer> m_rollups; // an evaluated interaction's channel moves its scores
};

} // namespace servqa
