#include "workqueue.h"

#include "auditlog.h"
#include "database.h"
#include "form.h"
#include "sqlwhere.h"
#include "timeutil.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <optional>
#include <utility>
#include <random>

namespace servqa {

namespace {

// splitmix64: spreads (seed, agent) pairs over the generator's seed space.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// The first k of a Fisher–Yates shuffle. std::mt19937_64's output is fixed by the standard;
// the reduction is done here (not by a distribution, whose algorithm differs between
// standard libraries) so a seed draws the same sample everywhere.
QVector<qint64> drawK(QVector<qint64> ids, int k, quint64 seed)
{
    std::mt19937_64 rng(seed);
    k = std::min<int>(k, int(ids.size()));
    for (int i = 0; i < k; ++i) {
        const quint64 span = quint64(ids.size() - i);
        const int j = i + int(rng() % span);
        std::swap(ids[i], ids[j]);
    }
    ids.resize(k);
    return ids;
}

QVariant nullableId(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Result<SampleResult> drawSample(Database &db, const SampleRequest &r, qint64 userId)
{
    if (r.inspectorIds.isEmpty())
        return Error{QCoreApplication::translate("Sample", "Choose at least one inspector to assign the sample to.")};
    if (r.perAgent <= 0 && !(r.percent > 0 && r.percent <= 100))
        return Error{QCoreApplication::translate("Sample", "Give a number per agent or a percentage between 0 and 100.")};
    if (!r.from.isValid() || !r.to.isValid() || r.from >= r.to)
        return Error{QCoreApplication::translate("Sample", "The sample period is empty.")};
    if (!(r.flaggedPercent >= 0 && r.flaggedPercent <= 100) || r.minRisk < 1 || r.minRisk > 4)
        return Error{QCoreApplication::translate("Sample", "The flagged share must be between 0 and 100 %, at a risk from low to critical.")};
    const bool targeted = r.flaggedPercent > 0;

    // A checklist scores store visits; a scorecard scores calls, chats, emails and messages.
    QSqlQuery kind(db.connection());
    kind.prepare(QStringLiteral("SELECT kind FROM forms WHERE id = ?"));
    kind.addBindValue(r.formId);
    if (const Status s = execQuery(kind, db); !s)
        return Error{s.error()};
    if (!kind.next())
        return Error{QCoreApplication::translate("Sample", "Form %1 does not exist.").arg(r.formId)};
    const bool checklist = kind.value(0).toString() == formKindKey(FormKind::Checklist);

    SqlWhere where;
    where.add(checklist ? "i.channel = ?" : "i.channel <> ?", channelKey(Channel::Visit));
    where.add("i.started_at >= ?", toStored(r.from));
    where.add("i.started_at < ?", toStored(r.to));
    where.add(QStringLiteral("i.staff_id IS NOT NULL"), {});
    if (r.siteId)
        where.add("i.site_id = ?", *r.siteId);
    if (r.channel)
        where.add("i.channel = ?", channelKey(*r.channel));
    where.add("NOT EXISTS (SELECT 1 FROM evaluations e JOIN form_versions v ON v.id = e.form_version_id "
              "WHERE e.interaction_id = i.id AND v.form_id = ?)",
              r.formId);
    where.add("NOT EXISTS (SELECT 1 FROM assignments a WHERE a.interaction_id = i.id AND a.form_id = ?)", r.formId);

    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // A targeted draw reads each candidate's risk by the active rule sets (the Interactions list's).
    const QString risk = targeted ? QStringLiteral(", COALESCE((SELECT MAX(si.risk) FROM screened_interactions si WHERE si.interaction_id = i.id "
                                                   "AND si.rule_set_id IN (SELECT id FROM screening_rule_sets WHERE status = 'active')), 0)")
                                  : QString();
    q.prepare(QStringLiteral("SELECT i.staff_id, i.id") + risk + QStringLiteral(" FROM interactions i") + where.sql()
              + QStringLiteral(" ORDER BY i.staff_id, i.id"));
    where.bindTo(q);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    struct Candidates
    {
        QVector<qint64> flagged, others; // in id order; without a targeted draw all are "others"
        int size() const { return int(flagged.size() + others.size()); }
    };
    QMap<qint64, Candidates> byAgent; // ordered by agent: the deal to inspectors is stable
    SampleResult result;
    while (q.next()) {
        Candidates &c = byAgent[q.value(0).toLongLong()];
        if (targeted && q.value(2).toInt() >= r.minRisk) {
            c.flagged.push_back(q.value(1).toLongLong());
            ++result.flaggedCandidates;
        } else {
            c.others.push_back(q.value(1).toLongLong());
        }
        ++result.candidates;
    }
    q.finish();
    result.agents = int(byAgent.size());

    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    const qint64 now = nowStored();
    q.prepare(QStringLiteral(
        "INSERT INTO samples (created_at, created_by, period_from, period_to, per_agent, percent, seed, "
        "form_id, site_id, channel, flagged_percent, min_risk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(now);
    q.addBindValue(userId);
    q.addBindValue(toStored(r.from));
    q.addBindValue(toStored(r.to));
    q.addBindValue(r.perAgent > 0 ? QVariant(r.perAgent) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(r.perAgent > 0 ? QVariant(QMetaType(QMetaType::Double)) : QVariant(r.percent));
    q.addBindValue(qint64(r.seed));
    q.addBindValue(r.formId);
    q.addBindValue(nullableId(r.siteId));
    q.addBindValue(r.channel ? QVariant(channelKey(*r.channel)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(targeted ? QVariant(r.flaggedPercent) : QVariant(QMetaType(QMetaType::Double)));
    q.addBindValue(targeted ? QVariant(r.minRisk) : QVariant(QMetaType(QMetaType::Int)));
    const auto sampleId = execReturningId(q, db);
    if (!sampleId)
        return Error{sampleId.error()};
    result.sampleId = *sampleId;

    q.prepare(QStringLiteral(
        "INSERT INTO assignments (interaction_id, inspector_id, form_id, sample_id, assigned_at) "
        "VALUES (?, ?, ?, ?, ?)"));
    int turn = 0;
    for (auto it = byAgent.cbegin(); it != byAgent.cend(); ++it) {
        const int k = r.perAgent > 0 ? r.perAgent : int(std::ceil(it->size() * r.percent / 100.0 - 1e-9));
        const quint64 agentSeed = mix(r.seed ^ mix(quint64(it.key())));
        QVector<qint64> picked;
        if (!targeted) {
            picked = drawK(it->others, k, agentSeed); // the draw of a sample without targeting, unchanged
        } else {
            // The flagged share first, the rest from the others; whichever runs out, the other fills.
            const int size = std::min(k, it->size());
            int fromFlagged = std::min<int>(int(it->flagged.size()), int(std::ceil(size * r.flaggedPercent / 100.0 - 1e-9)));
            const int fromOthers = std::min<int>(int(it->others.size()), size - fromFlagged);
            fromFlagged = size - fromOthers;
            picked = drawK(it->flagged, fromFlagged, mix(agentSeed ^ 0x666c6167676564ULL)) + drawK(it->others, fromOthers, agentSeed);
            result.flaggedDrawn += fromFlagged;
        }
        for (qint64 interactionId : picked) {
            q.addBindValue(interactionId);
            q.addBindValue(r.inspectorIds[turn++ % r.inspectorIds.size()]);
            q.addBindValue(r.formId);
            q.addBindValue(result.sampleId);
            q.addBindValue(now);
            if (const Status s = execQuery(q, db); !s)
                return Error{s.error()};
            ++result.drawn;
        }
    }
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return result;
}

Result<qint64> assignInteraction(Database &db, qint64 interactionId, qint64 inspectorId, qint64 formId)
{
    // An interaction already in a work queue stays in it: one's own is opened again; a colleague's
    // is theirs (on a server an inspector could not take it anyway, and two inspectors scoring the
    // same interaction by accident is work lost).
    const auto holder = [&]() -> Result<std::optional<std::pair<qint64, qint64>>> {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id, inspector_id FROM assignments WHERE interaction_id = ? AND form_id = ?"));
        q.addBindValue(interactionId);
        q.addBindValue(formId);
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
        if (!q.next())
            return std::optional<std::pair<qint64, qint64>>();
        return std::optional(std::pair(q.value(0).toLongLong(), q.value(1).toLongLong()));
    };
    const auto ownOrRefused = [&](const std::pair<qint64, qint64> &held) -> Result<qint64> {
        if (held.second == inspectorId)
            return held.first;
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT name FROM users WHERE id = ?"));
        q.addBindValue(held.second);
        const QString name = execQuery(q, db) && q.next() ? q.value(0).toString() : QString::number(held.second);
        return Error{QCoreApplication::translate("Sample", "This interaction is already in %1's work queue.").arg(name)};
    };
    const auto held = holder();
    if (!held)
        return Error{held.error()};
    if (*held)
        return ownOrRefused(**held);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO assignments (interaction_id, inspector_id, form_id, assigned_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (interaction_id, form_id) DO NOTHING RETURNING id"));
    q.addBindValue(interactionId);
    q.addBindValue(inspectorId);
    q.addBindValue(formId);
    q.addBindValue(nowStored());
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    if (q.next())
        return q.value(0).toLongLong();
    // Another desk assigned it between the look and the insert.
    const auto now = holder();
    if (!now)
        return Error{now.error()};
    if (!*now)
        return Error{QCoreApplication::translate("Sample", "The interaction could not be assigned.")};
    return ownOrRefused(**now);
}

Result<QVector<QueueItem>> workQueue(Database &db, qint64 inspectorId, bool includeFinished)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT a.id, a.interaction_id, a.form_id, f.code, i.channel, s.name, st.name, i.started_at, "
                  "a.assigned_at, a.evaluation_id, e.status "
                  "FROM assignments a JOIN interactions i ON i.id = a.interaction_id "
                  "JOIN forms f ON f.id = a.form_id JOIN sites s ON s.id = i.site_id "
                  "LEFT JOIN staff st ON st.id = i.staff_id "
                  "LEFT JOIN evaluations e ON e.id = a.evaluation_id "
                  "WHERE a.inspector_id = ?")
              + (includeFinished ? QString() : QStringLiteral(" AND (e.status IS NULL OR e.status = 'draft')"))
              + QStringLiteral(" ORDER BY i.started_at, a.id"));
    q.addBindValue(inspectorId);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    QVector<QueueItem> items;
    while (q.next()) {
        QueueItem item;
        item.assignmentId = q.value(0).toLongLong();
        item.interactionId = q.value(1).toLongLong();
        item.formId = q.value(2).toLongLong();
        item.formCode = q.value(3).toString();
        item.channel = channelFromKey(q.value(4).toString()).value_or(Channel::Call);
        item.siteName = q.value(5).toString();
        item.staffName = q.value(6).toString();
        item.startedAt = fromStored(q.value(7).toLongLong());
        item.assignedAt = fromStored(q.value(8).toLongLong());
        if (!q.value(9).isNull())
            item.evaluationId = q.value(9).toLongLong();
        if (!q.value(10).isNull())
            item.evaluationStatus = evaluationStatusFromKey(q.value(10).toString());
        items.push_back(item);
    }
    return items;
}

} // namespace servqa
