#include "interactionrepository.h"

#include "interactionindex.h"
#include "localdays.h"
#include "rollups.h"
#include "sqlitestatement.h"

#include "database.h"
#include "keytable.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace servqa {

namespace {

const std::pair<Channel, const char *> Channels[] = {{Channel::Call, "call"},
                                                      {Channel::Chat, "chat"},
                                                      {Channel::Email, "email"},
                                                      {Channel::Visit, "visit"},
                                                      {Channel::Social, "social"}};

template <typename T>
QVariant orNull(const std::optional<T> &v, QMetaType::Type type)
{
    return v ? QVariant::fromValue(*v) : QVariant(QMetaType(type));
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

QString channelKey(Channel channel)
{
    return keyOf(channel, Channels);
}

std::optional<Channel> channelFromKey(const QString &key)
{
    return valueOf(key, Channels);
}

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::Call: return QCoreApplication::translate("Channel", "Call");
    case Channel::Chat: return QCoreApplication::translate("Channel", "Chat");
    case Channel::Email: return QCoreApplication::translate("Channel", "Email");
    case Channel::Visit: return QCoreApplication::translate("Channel", "Store visit");
    case Channel::Social: return QCoreApplication::translate("Channel", "Social media");
    }
    return {};
}

InteractionRepository::InteractionRepository(Database &db) : m_db(db) {}
InteractionRepository::~InteractionRepository() = default;

namespace {
const char *const InteractionColumns =
        "INSERT INTO interactions (source, external_id, channel, site_id, staff_id, customer_ref, started_at, duration_s, "
        "first_response_s, resolved, recording_path, transcript, hold_s, resolution_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ";
} // namespace

void InteractionRepository::bindRow(QSqlQuery &q, const Interaction &i) const
{
    q.addBindValue(i.source);
    q.addBindValue(i.externalId);
    q.addBindValue(channelKey(i.channel));
    q.addBindValue(i.siteId);
    q.addBindValue(orNull(i.staffId, QMetaType::LongLong));
    q.addBindValue(notNull(i.customerRef));
    q.addBindValue(toStored(i.startedAt));
    q.addBindValue(orNull(i.durationSeconds, QMetaType::Int));
    q.addBindValue(orNull(i.firstResponseSeconds, QMetaType::Int));
    q.addBindValue(i.resolved ? QVariant(*i.resolved ? 1 : 0) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(textOrNull(i.recordingPath));
    q.addBindValue(textOrNull(i.transcript));
    q.addBindValue(orNull(i.holdSeconds, QMetaType::Int));
    q.addBindValue(orNull(i.resolutionSeconds, QMetaType::Int));
}

Result<qint64> InteractionRepository::upsert(const Interaction &i)
{
    if (!m_insert) {
        // SQLite answers "was it new, and its id" without RETURNING, which costs it an
        // ephemeral table per row (about a tenth of a million-row import).
        m_returning = m_db.dialect().kind() != SqlDialect::Kind::Sqlite;
        m_insert = std::make_unique<QSqlQuery>(m_db.connection());
        m_insert->prepare(QString::fromLatin1(InteractionColumns)
                          + QStringLiteral("ON CONFLICT (source, external_id) DO NOTHING")
                          + (m_returning ? QStringLiteral(" RETURNING id") : QString()));
        if (!m_returning)
            m_fastInsert = SqliteStatement::prepare(m_db, QString::fromLatin1(InteractionColumns)
                                                              + QStringLiteral("ON CONFLICT (source, external_id) DO NOTHING"));
        m_upsert = std::make_unique<QSqlQuery>(m_db.connection());
        m_upsert->prepare(QString::fromLatin1(InteractionColumns) + QStringLiteral(
            "ON CONFLICT (source, external_id) DO UPDATE SET channel = excluded.channel, "
            "site_id = excluded.site_id, staff_id = excluded.staff_id, "
            "customer_ref = excluded.customer_ref, started_at = excluded.started_at, "
            "duration_s = excluded.duration_s, first_response_s = excluded.first_response_s, "
            "resolved = excluded.resolved, recording_path = excluded.recording_path, "
            "transcript = excluded.transcript, hold_s = excluded.hold_s, resolution_s = excluded.resolution_s RETURNING id"));
        m_movedEvaluations = std::make_unique<QSqlQuery>(m_db.connection());
        m_movedEvaluations->prepare(QStringLiteral(
            "SELECT e.id FROM interactions i JOIN evaluations e ON e.interaction_id = i.id "
            "WHERE i.source = ? AND i.external_id = ? AND i.channel <> ? AND e.status <> 'draft'"));
        m_rollups = std::make_unique<rollups::Writer>(m_db);
    }
    // In batch mode the rows written from now on enter the search index in flush(), in one
    // statement (SqlDialect::textSearchDeferredSql), unless an IndexBuilder indexes them.
    if (m_batch && !m_indexedElsewhere && !m_searchAfter && m_db.dialect().hasTextSearch()) {
        const auto last = interactionindex::defer(m_db);
        if (!last)
            return Error{last.error()};
        m_searchAfter = *last;
    }
    // A new interaction (what an import mostly brings): one statement, its promise cases counted
    // now or, in batch mode, with the next few hundred.
    bool inserted = false;
    qint64 newId = 0;
    if (m_fastInsert) {
        SqliteStatement &q = *m_fastInsert;
        q.bind(1, i.source);
        q.bind(2, i.externalId);
        q.bind(3, channelKey(i.channel));
        q.bind(4, i.siteId);
        q.bind(5, i.staffId);
        q.bind(6, i.customerRef.isNull() ? QStringLiteral("") : i.customerRef);
        q.bind(7, toStored(i.startedAt));
        q.bind(8, i.durationSeconds ? std::optional<qint64>(*i.durationSeconds) : std::nullopt);
        q.bind(9, i.firstResponseSeconds ? std::optional<qint64>(*i.firstResponseSeconds) : std::nullopt);
        q.bind(10, i.resolved ? std::optional<qint64>(*i.resolved ? 1 : 0) : std::nullopt);
        q.bind(11, i.recordingPath.isEmpty() ? QString() : i.recordingPath);
        q.bind(12, i.transcript.isEmpty() ? QString() : i.transcript);
        q.bind(13, i.holdSeconds ? std::optional<qint64>(*i.holdSeconds) : std::nullopt);
        q.bind(14, i.resolutionSeconds ? std::optional<qint64>(*i.resolutionSeconds) : std::nullopt);
        const auto changed = q.run();
        if (!changed)
            return Error{changed.error()};
        inserted = *changed == 1;
        newId = inserted ? q.lastInsertId() : 0;
    } else {
        bindRow(*m_insert, i);
        if (const Status s = execQuery(*m_insert, m_db); !s)
            return Error{s.error()};
        inserted = m_returning ? m_insert->next() : m_insert->numRowsAffected() == 1;
        if (inserted)
            newId = (m_returning ? m_insert->value(0) : m_insert->lastInsertId()).toLongLong();
        m_insert->finish();
    }
    if (inserted) {
        if (m_batch) {
            if (const Status s = count(i); !s)
                return Error{s.error()};
            return newId;
        }
        if (const Status s = m_rollups->addInteraction(i.source, i.externalId, +1); !s)
            return Error{s.error()};
        return newId;
    }

    // It exists: re-imported under another channel, its submitted evaluations' scores move with
    // it in the daily rollup (which sums them per channel); its promise cases are counted again.
    m_movedEvaluations->addBindValue(i.source);
    m_movedEvaluations->addBindValue(i.externalId);
    m_movedEvaluations->addBindValue(channelKey(i.channel));
    if (const Status s = execQuery(*m_movedEvaluations, m_db); !s)
        return Error{s.error()};
    QVector<qint64> moved;
    while (m_movedEvaluations->next())
        moved << m_movedEvaluations->value(0).toLongLong();
    m_movedEvaluations->finish();
    for (qint64 evaluation : std::as_const(moved)) {
        if (const Status s = m_rollups->addEvaluation(evaluation, -1); !s)
            return Error{s.error()};
    }
    // Its cases of the promises, as stored before, leave the counts (those still counted here
    // add up all the same).
    if (const Status s = m_rollups->addInteraction(i.source, i.externalId, -1); !s)
        return Error{s.error()};
    bindRow(*m_upsert, i);
    const auto id = execReturningId(*m_upsert, m_db);
    if (!id)
        return id;
    for (qint64 evaluation : std::as_const(moved)) {
        if (const Status s = m_rollups->addEvaluation(evaluation, +1); !s)
            return Error{s.error()};
    }
    if (const Status s = m_rollups->addInteraction(i.source, i.externalId, +1); !s)
        return Error{s.error()};
    return id;
}

Status InteractionRepository::count(const Interaction &i)
{
    if (!m_promises) {
        const auto promises = StandardsRepository(m_db).promises();
        if (!promises)
            return Error{promises.error()};
        m_promises.emplace();
        for (const ExternalPromise &p : *promises) {
            if (p.measure != PromiseMeasure::Standard)
                *m_promises << p;
        }
        if (const Status s = m_rollups->loadDays(); !s)
            return s;
    }
    // A case: an interaction of the promise's channel (any, without one) with the measure known;
    // kept within the threshold, or resolved at first contact (PromiseCaseSql in rollups.cpp).
    const qint64 day = m_rollups->days().dayOf(toStored(i.startedAt));
    ++m_counts[{day, i.siteId, qint64(i.channel)}].first;
    const QString channel = channelKey(i.channel);
    // The contacts' indicator sums, as contactRollupSql() counts them (core/indicatorrollups.cpp).
    if (!m_limits) {
        auto limits = rollups::storedContactLimits(m_db);
        if (!limits)
            return Error{limits.error()};
        m_limits = std::move(*limits);
    }
    const rollups::StoredLimit limit = m_limits->value({i.siteId, channel});
    auto &sums = m_contactSums[{day, i.siteId, qint64(i.channel)}];
    const bool resolutionKnown = i.resolutionSeconds.has_value();
    sums[0] += i.resolved ? 1 : 0;
    sums[1] += i.resolved && *i.resolved ? 1 : 0;
    sums[2] += i.firstResponseSeconds && limit.firstResponse ? 1 : 0;
    sums[3] += i.firstResponseSeconds && limit.firstResponse && *i.firstResponseSeconds <= *limit.firstResponse ? 1 : 0;
    sums[4] += resolutionKnown && limit.resolution ? 1 : 0;
    sums[5] += resolutionKnown && limit.resolution && *i.resolutionSeconds <= *limit.resolution ? 1 : 0;
    sums[6] += i.resolved || resolutionKnown ? 1 : 0;
    sums[7] += (i.resolved && *i.resolved) || resolutionKnown ? 1 : 0;
    for (const ExternalPromise &p : std::as_const(*m_promises)) {
        if (p.channel && *p.channel != channel)
            continue;
        const bool firstResponse = p.measure == PromiseMeasure::FirstResponse;
        if (firstResponse ? !i.firstResponseSeconds : !i.resolved)
            continue;
        const bool kept = firstResponse ? *i.firstResponseSeconds <= p.thresholdSeconds.value_or(0) : *i.resolved;
        auto &[cases, keptCases] = m_cases[{p.id, day, i.siteId}];
        ++cases;
        keptCases += kept ? 1 : 0;
    }
    return success();
}

Status InteractionRepository::flush()
{
    for (const auto &[cell, counts] : m_cases) {
        const auto &[promise, day, site] = cell;
        if (const Status s = m_rollups->addPromiseCases(promise, day, site, counts.first, counts.second); !s)
            return s;
    }
    m_cases.clear();
    for (const auto &[cell, counts] : m_counts) {
        const auto &[day, site, channel] = cell;
        if (const Status s = m_rollups->addInteractionCount(day, site, channelKey(Channel(channel)), counts.first); !s)
            return s;
    }
    m_counts.clear();
    for (const auto &[cell, sums] : m_contactSums) {
        const auto &[day, site, channel] = cell;
        if (const Status s = m_rollups->addContactSums(day, site, channelKey(Channel(channel)), sums); !s)
            return s;
    }
    m_contactSums.clear();
    if (m_searchAfter) {
        if (const Status s = interactionindex::complete(m_db, *m_searchAfter); !s)
            return s;
        m_searchAfter.reset();
    }
    return success();
}

Result<std::optional<Interaction>> InteractionRepository::find(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, source, external_id, channel, site_id, staff_id, customer_ref, started_at, "
        "duration_s, first_response_s, resolved, recording_path, transcript, hold_s, resolution_s "
        "FROM interactions WHERE id = ?"));
    q.addBindValue(id);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (!q.next())
        return std::optional<Interaction>();
    Interaction i;
    i.id = q.value(0).toLongLong();
    i.source = q.value(1).toString();
    i.externalId = q.value(2).toString();
    i.channel = channelFromKey(q.value(3).toString()).value_or(Channel::Call);
    i.siteId = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        i.staffId = q.value(5).toLongLong();
    i.customerRef = q.value(6).toString();
    i.startedAt = fromStored(q.value(7).toLongLong());
    if (!q.value(8).isNull())
        i.durationSeconds = q.value(8).toInt();
    if (!q.value(9).isNull())
        i.firstResponseSeconds = q.value(9).toInt();
    if (!q.value(10).isNull())
        i.resolved = q.value(10).toBool();
    i.recordingPath = q.value(11).toString();
    i.transcript = q.value(12).toString();
    if (!q.value(13).isNull())
        i.holdSeconds = q.value(13).toInt();
    if (!q.value(14).isNull())
        i.resolutionSeconds = q.value(14).toInt();
    return std::optional<Interaction>(i);
}

Result<qint64> InteractionRepository::count()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM interactions"));
    return execScalar(q, m_db);
}

} // namespace servqa
