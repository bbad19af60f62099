// The indicators' rollups (schema 29): customer feedback and the contacts' outcomes per local day,
// site and channel, kept by the writers like the other rollups (core/rollups.cpp), so the
// Indicators tab, the control charts and the alerts sum a few thousand rows, not every contact.
#include "rollups.h"

#include "database.h"
#include "indicators.h"
#include "interactionrepository.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <map>

namespace servqa::rollups {

namespace {

const char *const ContactColumns[] = {"resolved_n",   "resolved_fcr",    "response_n", "response_kept",
                                      "resolution_n", "resolution_kept", "outcome_n",  "outcome_resolved"};

// "c = table.c + excluded.c" for each column: an upsert that adds.
QString addingColumns(const QString &table, const QStringList &columns)
{
    QStringList set;
    for (const QString &c : columns)
        set << QStringLiteral("%1 = %2.%1 + excluded.%1").arg(c, table);
    return set.join(QStringLiteral(", "));
}

QStringList contactColumns()
{
    QStringList list;
    for (const char *c : ContactColumns)
        list << QLatin1String(c);
    return list;
}

const QStringList FeedbackColumns{QStringLiteral("csat_n"),    QStringLiteral("csat_top"),   QStringLiteral("csat_points"),
                                  QStringLiteral("nps_n"),     QStringLiteral("promoters"),  QStringLiteral("detractors"),
                                  QStringLiteral("ces_n"),     QStringLiteral("ces_sum")};

QVariant limitOrNull(const std::optional<int> &limit)
{
    return limit ? QVariant(qint64(*limit)) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

// The same sums as the contacts' indicators read from the rows (contactSums() in
// core/indicators.cpp), against the limits stored in contact_limits for the contact's site and
// channel; a contact of a site never counted there has no limit.
QString contactRollupSql(const QString &sign, const QString &where)
{
    return withLocalDays(QStringLiteral(
               "INSERT INTO contact_rollup (day, site_id, channel, %3) "
               "SELECT {{day:i.started_at}}, i.site_id, i.channel, %1 * COUNT(i.resolved), %1 * COALESCE(SUM(i.resolved), 0), "
               "%1 * SUM(CASE WHEN i.first_response_s IS NOT NULL AND l.first_response_s IS NOT NULL THEN 1 ELSE 0 END), "
               "%1 * SUM(CASE WHEN i.first_response_s <= l.first_response_s THEN 1 ELSE 0 END), "
               "%1 * SUM(CASE WHEN i.resolution_s IS NOT NULL AND l.resolution_s IS NOT NULL THEN 1 ELSE 0 END), "
               "%1 * SUM(CASE WHEN i.resolution_s <= l.resolution_s THEN 1 ELSE 0 END), "
               "%1 * SUM(CASE WHEN i.resolved IS NOT NULL OR i.resolution_s IS NOT NULL THEN 1 ELSE 0 END), "
               "%1 * SUM(CASE WHEN i.resolved = 1 OR i.resolution_s IS NOT NULL THEN 1 ELSE 0 END) "
               "FROM interactions i LEFT JOIN contact_limits l ON l.site_id = i.site_id AND l.channel = i.channel "
               "WHERE %2 GROUP BY 1, 2, 3 ON CONFLICT (day, site_id, channel) DO UPDATE SET %4")
                             .arg(sign, where, contactColumns().join(QStringLiteral(", ")),
                                  addingColumns(QStringLiteral("contact_rollup"), contactColumns())));
}

QString contactCellsSql()
{
    return QStringLiteral("INSERT INTO contact_rollup (day, site_id, channel, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                          "ON CONFLICT (day, site_id, channel) DO UPDATE SET %2")
        .arg(contactColumns().join(QStringLiteral(", ")), addingColumns(QStringLiteral("contact_rollup"), contactColumns()));
}

// CSAT's points above 1 on the 1–5 scale in 36ths: (csat − 1) · 4 / (scale − 1) · 36, whole for
// the scales 5, 7 and 10 (the only ones a survey may have), so the sums stay exact.
QString feedbackRollupSql(const QString &sign, const QString &where)
{
    return withLocalDays(QStringLiteral(
               "INSERT INTO feedback_rollup (day, site_id, channel, %3) "
               "SELECT {{day:f.responded_at}}, f.site_id, COALESCE(f.channel, ''), %1 * COUNT(f.csat), "
               "%1 * SUM(CASE WHEN f.csat >= s.csat_scale - 1 THEN 1 ELSE 0 END), "
               "%1 * COALESCE(SUM((f.csat - 1) * 144 / (s.csat_scale - 1)), 0), %1 * COUNT(f.nps), "
               "%1 * SUM(CASE WHEN f.nps >= 9 THEN 1 ELSE 0 END), %1 * SUM(CASE WHEN f.nps <= 6 THEN 1 ELSE 0 END), "
               "%1 * COUNT(f.ces), %1 * COALESCE(SUM(f.ces), 0) "
               "FROM feedback f JOIN feedback_surveys s ON s.id = f.survey_id "
               "WHERE %2 GROUP BY 1, 2, 3 ON CONFLICT (day, site_id, channel) DO UPDATE SET %4")
                             .arg(sign, where, FeedbackColumns.join(QStringLiteral(", ")),
                                  addingColumns(QStringLiteral("feedback_rollup"), FeedbackColumns)));
}

Result<StoredContactLimits> storedContactLimits(Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT site_id, channel, first_response_s, resolution_s FROM contact_limits"));
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    StoredContactLimits limits;
    while (q.next()) {
        StoredLimit l;
        if (!q.value(2).isNull())
            l.firstResponse = q.value(2).toInt();
        if (!q.value(3).isNull())
            l.resolution = q.value(3).toInt();
        limits.insert({q.value(0).toLongLong(), q.value(1).toString()}, l);
    }
    return limits;
}

Status refreshContactLimits(Database &db)
{
    const auto wanted = contactLimitsFor(db, IndicatorScope{});
    if (!wanted)
        return Error{wanted.error()};
    const auto stored = storedContactLimits(db);
    if (!stored)
        return Error{stored.error()};
    // Each site's channels whose limits changed (or were never counted).
    std::map<qint64, QVector<const ContactLimit *>> changed;
    for (const ContactLimit &l : *wanted) {
        const auto it = stored->constFind({l.siteId, channelKey(l.channel)});
        if (it == stored->constEnd() || it->firstResponse != l.firstResponse || it->resolution != l.resolution)
            changed[l.siteId] << &l;
    }
    if (changed.empty())
        return success();
    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QSqlQuery q(db.connection());
    for (const auto &[site, limits] : changed) {
        QStringList marks;
        QVariantList channels;
        for (const ContactLimit *l : limits) {
            q.prepare(QStringLiteral("DELETE FROM contact_limits WHERE site_id = ? AND channel = ?"));
            q.addBindValue(site);
            q.addBindValue(channelKey(l->channel));
            if (const Status s = execQuery(q, db); !s)
                return s;
            q.prepare(QStringLiteral("INSERT INTO contact_limits (site_id, channel, first_response_s, resolution_s) VALUES (?, ?, ?, ?)"));
            q.addBindValue(site);
            q.addBindValue(channelKey(l->channel));
            q.addBindValue(limitOrNull(l->firstResponse));
            q.addBindValue(limitOrNull(l->resolution));
            if (const Status s = execQuery(q, db); !s)
                return s;
            marks << QStringLiteral("?");
            channels << channelKey(l->channel);
        }
        // Those channels' contacts again, in one pass over the site's part of the index by site
        // and time, which carries every column the sums need (schema 23).
        const QString in = QStringLiteral(" IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
        q.prepare(QStringLiteral("DELETE FROM contact_rollup WHERE site_id = ? AND channel") + in);
        q.addBindValue(site);
        for (const QVariant &c : std::as_const(channels))
            q.addBindValue(c);
        if (const Status s = execQuery(q, db); !s)
            return s;
        q.prepare(contactRollupSql(QStringLiteral("1"), QStringLiteral("i.site_id = ? AND i.channel") + in));
        q.addBindValue(site);
        for (const QVariant &c : std::as_const(channels))
            q.addBindValue(c);
        if (const Status s = execQuery(q, db); !s)
            return s;
    }
    return transaction.commit();
}

Status rebuildIndicatorRollups(Database &db)
{
    for (const char *sql : {"DELETE FROM feedback_rollup", "DELETE FROM contact_rollup", "DELETE FROM contact_limits"}) {
        if (const Status s = db.exec(QLatin1String(sql)); !s)
            return s;
    }
    if (const Status s = db.exec(feedbackRollupSql(QStringLiteral("1"), QStringLiteral("1 = 1"))); !s)
        return s;
    return refreshContactLimits(db);
}

Status ensureIndicatorRollups(Database &db)
{
    return rebuildIfStale(db, "indicator_rollups", QStringLiteral("v1"), QCoreApplication::translate("Rollups", "the indicators' sums"),
                          [&db](const LocalDays &) { return rebuildIndicatorRollups(db); });
}

// An interaction batch's cells (InteractionRepository::flush()): its day counts and promise cases
// here, beside its contact sums.
Status Writer::addInteractionCount(qint64 day, qint64 siteId, const QString &channel, qint64 interactions)
{
    const auto q = prepared(CountCells);
    if (!q)
        return Error{q.error()};
    for (const QVariant &v : {QVariant(day), QVariant(siteId), QVariant(channel), QVariant(interactions)})
        (*q)->addBindValue(v);
    return execQuery(**q, m_db);
}

Status Writer::addPromiseCases(qint64 promiseId, qint64 day, qint64 siteId, qint64 cases, qint64 kept)
{
    const auto q = prepared(PromiseCells);
    if (!q)
        return Error{q.error()};
    for (const QVariant &v : {QVariant(promiseId), QVariant(day), QVariant(siteId), QVariant(cases), QVariant(kept)})
        (*q)->addBindValue(v);
    return execQuery(**q, m_db);
}

Status Writer::addContactSums(qint64 day, qint64 siteId, const QString &channel, const std::array<qint64, 8> &sums)
{
    const auto q = prepared(ContactCells);
    if (!q)
        return Error{q.error()};
    (*q)->addBindValue(day);
    (*q)->addBindValue(siteId);
    (*q)->addBindValue(channel);
    for (qint64 v : sums)
        (*q)->addBindValue(v);
    return execQuery(**q, m_db);
}

Status Writer::addFeedback(const QString &source, const QString &externalId, int sign)
{
    const auto q = prepared(sign < 0 ? FeedbackRemove : FeedbackAdd);
    if (!q)
        return Error{q.error()};
    (*q)->addBindValue(source);
    (*q)->addBindValue(externalId);
    return execQuery(**q, m_db);
}

Status Writer::addFeedbackRange(qint64 first, qint64 last)
{
    const auto q = prepared(FeedbackRange);
    if (!q)
        return Error{q.error()};
    (*q)->addBindValue(first);
    (*q)->addBindValue(last);
    return execQuery(**q, m_db);
}

} // namespace servqa::rollups
