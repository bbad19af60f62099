// The screening pass over interactions (screening.h, docs/screening.md): read by chunk, the rules
// evaluated on a thread of their own, what they found stored, and the rollups kept.
#include "screening.h"

#include "database.h"
#include "rollups.h"
#include "timeutil.h"
#include "transactionguard.h"
#include "workspacesettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QSqlQuery>
#include <QThreadPool>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <future>
#include <memory>

namespace servqa {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Screening)
};

// A stored pass of at least this many interactions, and a tenth of those screened before, sums
// the screening's rollups once at its end (screenInteractions()).
constexpr int BulkPass = 10000;

int riskOf(std::optional<RuleSeverity> severity)
{
    return severity ? int(*severity) : 0;
}

} // namespace

namespace {

// One chunk of a pass (screenInteractions()): its interactions as read, with the earlier contacts
// of the same customer within each repeat-contact window.
struct ChunkRow
{
    Interaction interaction;
    QString siteCode;
    QHash<int, int> earlier;
};

// What evaluating a chunk needs, read once per pass and only read while chunks are evaluated.
struct ChunkRules
{
    const QVector<RuleSet> &sets;
    const QMap<QString, int> &targets;
    const SpeakerWords &words;
    const QSet<qint64> &evaluated; // interactions an inspector evaluated: their outcomes are kept
};

struct FoundInChunk
{
    qint64 interactionId;
    int set;
    int risk = 0;
    QVector<QPair<int, RuleHit>> hits;
    quint64 read = 0;
};

// A chunk evaluated: what to store, and its counts to add to the pass's summary.
struct ScreenedChunk
{
    QVector<FoundInChunk> found;
    ScreeningSummary counts;
};

Result<QVector<ChunkRow>> readChunk(Database &db, const QVector<qint64> &ids, int first, int last, const QString &range,
                                    const QVariantList &rangeValues, const QVector<int> &windows)
{
    const qint64 lo = ids.at(first), hi = ids.at(last);
    // Given ids may leave gaps in their range that are not to be screened.
    const bool gaps = hi - lo != last - first;
    const QSet<qint64> chosen = gaps ? QSet<qint64>(ids.constBegin() + first, ids.constBegin() + last + 1) : QSet<qint64>();
    QVariantList values{lo, hi};
    values += rangeValues;
    QVector<ChunkRow> rows;
    QHash<qint64, int> rowOf;
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT i.id, i.channel, s.code, i.customer_ref, i.started_at, i.duration_s, i.first_response_s, "
                                 "i.hold_s, i.resolved, i.transcript FROM interactions i JOIN sites s ON s.id = i.site_id "
                                 "WHERE i.id BETWEEN ? AND ?%1 ORDER BY i.id")
                      .arg(range));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
        while (q.next()) {
            if (gaps && !chosen.contains(q.value(0).toLongLong()))
                continue;
            ChunkRow row;
            Interaction &i = row.interaction;
            i.id = q.value(0).toLongLong();
            i.channel = channelFromKey(q.value(1).toString()).value_or(Channel::Call);
            row.siteCode = q.value(2).toString();
            i.customerRef = q.value(3).toString();
            i.startedAt = fromStored(q.value(4).toLongLong());
            auto optionalInt = [&q](int c) { return q.value(c).isNull() ? std::nullopt : std::optional<int>(q.value(c).toInt()); };
            i.durationSeconds = optionalInt(5);
            i.firstResponseSeconds = optionalInt(6);
            i.holdSeconds = optionalInt(7);
            if (!q.value(8).isNull())
                i.resolved = q.value(8).toInt() != 0;
            i.transcript = q.value(9).toString();
            rowOf.insert(i.id, int(rows.size()));
            rows.append(row);
        }
    }
    for (int window : windows) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT i.id, COUNT(*) FROM interactions i JOIN interactions j ON j.customer_ref = i.customer_ref "
                                 "AND j.started_at >= i.started_at - ? AND j.started_at < i.started_at AND j.channel <> 'visit' "
                                 "WHERE i.id BETWEEN ? AND ?%1 AND i.customer_ref <> '' AND i.channel <> 'visit' GROUP BY i.id")
                      .arg(range));
        q.addBindValue(qint64(window) * 86400);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
        while (q.next()) {
            const auto it = rowOf.constFind(q.value(0).toLongLong());
            if (it != rowOf.constEnd())
                rows[*it].earlier.insert(window, q.value(1).toInt());
        }
    }
    return rows;
}

// A summary of nothing screened yet, with a count for each set and rule.
ScreeningSummary noneScreened(const QVector<RuleSet> &sets)
{
    ScreeningSummary summary;
    summary.screenedBy.fill(0, sets.size());
    summary.outcomes.resize(sets.size());
    for (const RuleSet &set : sets) {
        summary.hits.append(QVector<qint64>(set.rules.size(), 0));
        summary.evaluated.append(QVector<qint64>(set.rules.size(), 0));
    }
    return summary;
}

// The rules evaluated on a chunk's interactions: no database, so it runs on any thread.
ScreenedChunk screenChunk(const ChunkRules &rules, const QVector<ChunkRow> &rows)
{
    const QVector<RuleSet> &sets = rules.sets;
    ScreenedChunk chunk{{}, noneScreened(sets)};
    ScreeningSummary &counts = chunk.counts;
    chunk.found.reserve(rows.size());
    for (const ChunkRow &row : rows) {
        const RuleSet *set = ruleSetFor(sets, row.interaction.channel);
        if (!set)
            continue;
        const int setIndex = int(set - sets.constData());
        ScreeningSubject subject;
        subject.interaction = &row.interaction;
        subject.turns = parseTranscript(row.interaction.transcript, rules.words);
        subject.siteCode = row.siteCode;
        const auto target = rules.targets.constFind(channelKey(row.interaction.channel));
        if (target != rules.targets.constEnd())
            subject.responseTarget = *target;
        subject.earlierContacts = row.earlier;
        FoundInChunk f{row.interaction.id, setIndex, 0, {}};
        Outcome outcome;
        for (int r = 0; r < set->rules.size(); ++r) {
            const ScreeningRule &rule = set->rules.at(r);
            if (!rule.enabled || !canRead(rule.when, subject.turns))
                continue;
            outcome.evaluated |= quint64(1) << r;
            ++counts.evaluated[setIndex][r];
            const RuleHit hit = evaluate(rule.when, subject);
            if (!hit.matched)
                continue;
            f.hits.append({r, hit});
            f.risk = std::max(f.risk, riskOf(rule.flag));
            outcome.matched |= quint64(1) << r;
            ++counts.hits[setIndex][r];
        }
        ++counts.screenedBy[setIndex];
        ++counts.screened;
        if (f.risk > 0)
            ++counts.flagged;
        f.read = outcome.evaluated;
        if (rules.evaluated.contains(row.interaction.id))
            counts.outcomes[setIndex].insert(row.interaction.id, outcome);
        chunk.found.append(f);
    }
    return chunk;
}

void addChunk(ScreeningSummary &summary, const ScreenedChunk &chunk)
{
    const ScreeningSummary &counts = chunk.counts;
    summary.screened += counts.screened;
    summary.flagged += counts.flagged;
    for (int set = 0; set < counts.screenedBy.size(); ++set) {
        summary.screenedBy[set] += counts.screenedBy.at(set);
        for (int r = 0; r < counts.hits.at(set).size(); ++r) {
            summary.hits[set][r] += counts.hits.at(set).at(r);
            summary.evaluated[set][r] += counts.evaluated.at(set).at(r);
        }
        summary.outcomes[set].insert(counts.outcomes.at(set));
    }
}

// A chunk's results replace what its sets found before, in one transaction; the screening's
// rollups follow chunk by chunk unless the pass sums them at its end.
Status storeChunk(Database &db, const QVector<RuleSet> &sets, const QVector<FoundInChunk> &found, qint64 now, bool sumAtEnd)
{
    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QSqlQuery clear(db.connection());
    clear.prepare(QStringLiteral("DELETE FROM screened_interactions WHERE interaction_id = ? AND rule_set_id = ?"));
    QSqlQuery screened(db.connection());
    screened.prepare(QStringLiteral("INSERT INTO screened_interactions (interaction_id, rule_set_id, screened_at, risk, rules_read) "
                                    "VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery hitRow(db.connection());
    hitRow.prepare(QStringLiteral("INSERT INTO screening_hits (interaction_id, rule_set_id, rule_key, turn, span_start, span_length, "
                                  "matched_text, measured_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant noInt(QMetaType(QMetaType::Int)), noReal(QMetaType(QMetaType::Double));
    // The chunk's outcomes, set by set, leave the screening's rollups before they are
    // replaced and enter them after.
    QHash<qint64, QVariantList> idsOfSet;
    for (const FoundInChunk &f : found)
        idsOfSet[sets.at(f.set).id] << f.interactionId;
    const auto addToRollups = [&](int sign) -> Status {
        for (auto it = idsOfSet.cbegin(); it != idsOfSet.cend(); ++it) {
            if (const Status s = rollups::addScreeningOutcomes(db, it.key(), *it, sign); !s)
                return s;
        }
        return success();
    };
    if (!sumAtEnd) {
        if (const Status s = addToRollups(-1); !s)
            return s;
    }
    for (const FoundInChunk &f : found) {
        const RuleSet &set = sets.at(f.set);
        clear.bindValue(0, f.interactionId);
        clear.bindValue(1, set.id);
        if (const Status s = execQuery(clear, db); !s)
            return s;
        screened.bindValue(0, f.interactionId);
        screened.bindValue(1, set.id);
        screened.bindValue(2, now);
        screened.bindValue(3, f.risk);
        screened.bindValue(4, qint64(f.read));
        if (const Status s = execQuery(screened, db); !s)
            return s;
        for (const auto &[r, hit] : f.hits) {
            hitRow.bindValue(0, f.interactionId);
            hitRow.bindValue(1, set.id);
            hitRow.bindValue(2, set.rules.at(r).key);
            hitRow.bindValue(3, hit.turn >= 0 ? QVariant(hit.turn) : noInt);
            hitRow.bindValue(4, hit.start >= 0 ? QVariant(hit.start) : noInt);
            hitRow.bindValue(5, hit.start >= 0 ? QVariant(hit.length) : noInt);
            hitRow.bindValue(6, notNull(hit.text.left(200)));
            hitRow.bindValue(7, hit.seconds ? QVariant(*hit.seconds) : noReal);
            if (const Status s = execQuery(hitRow, db); !s)
                return s;
        }
    }
    if (!sumAtEnd) {
        if (const Status s = addToRollups(1); !s)
            return s;
    }
    return transaction.commit();
}

} // namespace

Result<ScreeningSummary> screenInteractions(Database &db, const QVector<RuleSet> &sets, const ScreeningOptions &options)
{
    ScreeningSummary summary = noneScreened(sets);
    for (const RuleSet &set : sets) {
        if (options.store && set.id == 0)
            return Error{Text::tr("Rule set %1 is not stored in the workspace: store it before its results are.").arg(set.code)};
    }
    const auto targets = WorkspaceSettings(db).responseTargets();
    if (!targets)
        return Error{targets.error()};
    const SpeakerWords words = WorkspaceSettings(db).speakerWords(); // the workspace's (坐席：, Agent: …)

    // The interactions chosen, by id: each chunk then reads and writes one range of ids.
    QString range;
    QVariantList rangeValues;
    if (options.from) {
        range += QStringLiteral(" AND i.started_at >= ?");
        rangeValues << *options.from;
    }
    if (options.to) {
        range += QStringLiteral(" AND i.started_at < ?");
        rangeValues << *options.to;
    }
    QVector<qint64> ids = options.ids;
    if (ids.isEmpty()) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT i.id FROM interactions i WHERE 1 = 1%1 ORDER BY i.id").arg(range));
        for (const QVariant &v : rangeValues)
            q.addBindValue(v);
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
        while (q.next())
            ids.append(q.value(0).toLongLong());
    } else {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
    // A pass over much of the workspace (a tenth of what was screened, and thousands) leaves the
    // screening's rollups alone chunk by chunk and sums them again once at its end: its chunks
    // span every day, and adding each chunk's sums cost 458 s where the whole pass without them
    // takes about 50 (docs/PERFORMANCE.md). They are marked stale meanwhile, so readers count
    // the outcomes themselves; a pass that stops half-way leaves them stale, and the next stored
    // pass sums them.
    bool sumAtEnd = false;
    if (options.store) {
        const auto current = rollups::screeningRollupsCurrent(db);
        if (!current)
            return Error{current.error()};
        sumAtEnd = !*current;
        if (!sumAtEnd && ids.size() >= BulkPass) {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM screened_interactions"));
            const auto stored = execScalar(q, db);
            if (!stored)
                return Error{stored.error()};
            sumAtEnd = qint64(ids.size()) * 10 >= *stored;
        }
        if (sumAtEnd) {
            if (const Status s = rollups::storeStamp(db, "screening_rollup", QString()); !s)
                return Error{s.error()};
        }
    }
    // The progress in interactions, and the sums at the end as half as many more: on the 1 M
    // workspace they took 33 s of the pass's 87 in SQL, 9-12 s summed in C++ (docs/PERFORMANCE.md).
    const qint64 summing = sumAtEnd ? std::max<qint64>(1, ids.size() / 2) : 0;
    const qint64 total = ids.size() + summing;
    QSet<qint64> evaluated;
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT DISTINCT interaction_id FROM evaluations WHERE status <> 'draft' AND interaction_id IS NOT NULL"));
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
        while (q.next())
            evaluated.insert(q.value(0).toLongLong());
    }
    QVector<int> windows;
    for (const RuleSet &set : sets) {
        for (int w : repeatContactWindows(set)) {
            if (!windows.contains(w))
                windows.append(w);
        }
    }

    constexpr int Chunk = 2000;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const ChunkRules rules{sets, *targets, words, evaluated};
    // Each chunk is read here, its rules evaluated on another core while the chunk before it is
    // written here (one thread: its caches of patterns and folded text last the pass), then
    // written. At most two chunks are in flight.
    QThreadPool evaluator;
    evaluator.setMaxThreadCount(1);
    std::future<ScreenedChunk> pending;
    qint64 pendingDone = 0;
    const auto finishPending = [&]() -> Result<bool> {
        ScreenedChunk chunk = pending.get();
        addChunk(summary, chunk);
        if (options.store && !chunk.found.isEmpty()) {
            if (const Status s = storeChunk(db, sets, chunk.found, now, sumAtEnd); !s)
                return Error{s.error()};
        }
        return !options.progress || options.progress(pendingDone, total);
    };
    for (int first = 0; first < ids.size(); first += Chunk) {
        const int last = std::min<int>(first + Chunk, ids.size()) - 1;
        auto rows = readChunk(db, ids, first, last, range, rangeValues, windows);
        if (!rows) {
            if (pending.valid())
                pending.wait();
            return Error{rows.error()};
        }
        auto task = std::make_shared<std::packaged_task<ScreenedChunk()>>(
            [&rules, rows = std::move(*rows)] { return screenChunk(rules, rows); });
        std::future<ScreenedChunk> next = task->get_future();
        evaluator.start([task] { (*task)(); });
        if (pending.valid()) {
            const auto goOn = finishPending();
            if (!goOn || !*goOn) {
                next.wait();
                if (!goOn)
                    return Error{goOn.error()};
                summary.cancelled = true;
                break;
            }
        }
        pending = std::move(next);
        pendingDone = last + 1;
    }
    if (pending.valid() && !summary.cancelled) {
        const auto goOn = finishPending();
        if (!goOn)
            return Error{goOn.error()};
        summary.cancelled = !*goOn;
    }
    if (sumAtEnd) {
        // Finished even when the pass was cancelled: stale sums would make every reader count
        // the outcomes, as the tab did in 8 s.
        if (const Status s = rollups::ensureScreeningRollups(db,
                                                             [&](qint64 done, qint64 ranges) {
                                                                 if (options.progress)
                                                                     options.progress(ids.size() + summing * done / ranges, total);
                                                             });
            !s)
            return Error{s.error()};
    }
    return summary;
}

namespace {

// A pass with the workspace's active sets, the built-in set stored first when there is none.
Result<ScreeningSummary> screenWithActiveSets(Database &db, const ScreeningOptions &options)
{
    if (const auto ensured = ensureRuleSets(db); !ensured)
        return Error{ensured.error()};
    const auto sets = activeRuleSets(db);
    if (!sets)
        return Error{sets.error()};
    return screenInteractions(db, *sets, options);
}

} // namespace

Result<ScreeningSummary> screenImported(Database &db, const QVector<qint64> &ids,
                                        const std::function<bool(qint64 done, qint64 total)> &progress)
{
    if (ids.isEmpty())
        return ScreeningSummary();
    ScreeningOptions options;
    options.ids = ids;
    options.progress = progress;
    return screenWithActiveSets(db, options);
}

Result<ScreeningSummary> screenWorkspace(Database &db, const std::function<bool(qint64 done, qint64 total)> &progress)
{
    ScreeningOptions options;
    options.progress = progress;
    return screenWithActiveSets(db, options);
}

} // namespace servqa
