// Screening in a workspace: stored rule sets, the pass over interactions, and agreement with the
// inspectors (docs/screening.md).
#include "screening.h"

#include "database.h"
#include "localdays.h"
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

const QString SetColumns = QStringLiteral("id, code, version, name, channel, status, rules");

Result<RuleSet> readSet(const QSqlQuery &q)
{
    auto set = ruleSetFromJson(q.value(6).toString().toUtf8());
    if (!set)
        return Error{Text::tr("Rule set %1 version %2 in the workspace cannot be read: %3")
                         .arg(q.value(1).toString())
                         .arg(q.value(2).toInt())
                         .arg(set.error())};
    set->id = q.value(0).toLongLong();
    set->code = q.value(1).toString();
    set->version = q.value(2).toInt();
    set->name = q.value(3).toString();
    set->channel = q.value(4).isNull() ? std::nullopt : channelFromKey(q.value(4).toString());
    const QString status = q.value(5).toString();
    set->status = status == QLatin1String("active")    ? RuleSet::Status::Active
                  : status == QLatin1String("retired") ? RuleSet::Status::Retired
                                                       : RuleSet::Status::Draft;
    return set;
}

Result<QVector<RuleSet>> readSets(Database &db, const QString &where, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM screening_rule_sets %2 ORDER BY code, version DESC").arg(SetColumns, where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    QVector<RuleSet> sets;
    while (q.next()) {
        auto set = readSet(q);
        if (!set)
            return Error{set.error()};
        sets.append(*set);
    }
    return sets;
}

int riskOf(std::optional<RuleSeverity> severity)
{
    return severity ? int(*severity) : 0;
}

} // namespace

Result<QVector<RuleSet>> ruleSets(Database &db)
{
    return readSets(db, QString(), {});
}

Result<RuleSet> ruleSet(Database &db, qint64 id)
{
    auto sets = readSets(db, QStringLiteral("WHERE id = ?"), {id});
    if (!sets)
        return Error{sets.error()};
    if (sets->isEmpty())
        return Error{Text::tr("Rule set %1 is not in this workspace.").arg(id)};
    return sets->first();
}

Result<QVector<RuleSet>> activeRuleSets(Database &db)
{
    return readSets(db, QStringLiteral("WHERE status = 'active'"), {});
}

Result<RuleSet> saveRuleSet(Database &db, RuleSet set)
{
    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM screening_rule_sets WHERE code = ?"));
    q.addBindValue(set.code);
    const auto next = execScalar(q, db);
    if (!next)
        return Error{next.error()};
    set.version = int(*next);
    if (set.status == RuleSet::Status::Active) {
        QSqlQuery retire(db.connection());
        retire.prepare(set.channel ? QStringLiteral("UPDATE screening_rule_sets SET status = 'retired' WHERE status = 'active' AND channel = ?")
                                   : QStringLiteral("UPDATE screening_rule_sets SET status = 'retired' WHERE status = 'active' AND channel IS NULL"));
        if (set.channel)
            retire.addBindValue(channelKey(*set.channel));
        if (const Status s = execQuery(retire, db); !s)
            return Error{s.error()};
    }
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO screening_rule_sets (code, version, name, channel, status, rules, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(set.code);
    insert.addBindValue(set.version);
    insert.addBindValue(set.name);
    insert.addBindValue(set.channel ? QVariant(channelKey(*set.channel)) : QVariant(QMetaType(QMetaType::QString)));
    insert.addBindValue(ruleSetStatusKey(set.status));
    insert.addBindValue(QString::fromUtf8(ruleSetToJson(set)));
    insert.addBindValue(QDateTime::currentSecsSinceEpoch());
    const auto id = execReturningId(insert, db);
    if (!id)
        return Error{id.error()};
    set.id = *id;
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    return set;
}

Result<bool> ensureRuleSets(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM screening_rule_sets"));
    const auto count = execScalar(q, db);
    if (!count)
        return Error{count.error()};
    if (*count > 0)
        return false;
    const auto saved = saveRuleSet(db, builtInRuleSet());
    if (!saved)
        return Error{saved.error()};
    return true;
}

const RuleSet *ruleSetFor(const QVector<RuleSet> &sets, Channel channel)
{
    const RuleSet *all = nullptr;
    for (const RuleSet &set : sets) {
        if (set.channel == channel)
            return &set;
        if (!set.channel && !all)
            all = &set;
    }
    return all;
}

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
    // workspace they take 33 s of the pass's 87 (docs/PERFORMANCE.md).
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

Result<InteractionScreening> interactionScreening(Database &db, qint64 interactionId)
{
    InteractionScreening result;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT si.rule_set_id, si.risk, si.rules_read FROM screened_interactions si JOIN screening_rule_sets rs ON rs.id = si.rule_set_id "
                             "WHERE si.interaction_id = ? AND rs.status = 'active' ORDER BY si.screened_at DESC, si.rule_set_id DESC"));
    q.addBindValue(interactionId);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    if (!q.next())
        return result;
    const qint64 setId = q.value(0).toLongLong();
    result.screened = true;
    result.risk = q.value(1).toInt();
    result.rulesRead = quint64(q.value(2).toLongLong());
    q.finish();
    // A stored version never changes: read once per workspace and thread.
    static thread_local QHash<QString, RuleSet> known;
    const QString key = db.path() + QLatin1Char('#') + QString::number(setId);
    if (!known.contains(key)) {
        auto set = ruleSet(db, setId);
        if (!set)
            return Error{set.error()};
        known.insert(key, *set);
    }
    const RuleSet &set = known[key];
    result.setCode = set.code;
    result.setVersion = set.version;
    result.rules = set.rules;
    q.prepare(QStringLiteral("SELECT rule_key, turn, span_start, span_length, matched_text, measured_s FROM screening_hits "
                             "WHERE interaction_id = ? AND rule_set_id = ?"));
    q.addBindValue(interactionId);
    q.addBindValue(setId);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    while (q.next()) {
        const ScreeningRule *rule = set.find(q.value(0).toString());
        if (!rule)
            continue;
        StoredHit hit;
        hit.ruleKey = rule->key;
        hit.ruleName = rule->name;
        hit.flag = rule->flag;
        hit.item = rule->item;
        hit.turn = q.value(1).isNull() ? -1 : q.value(1).toInt();
        hit.start = q.value(2).isNull() ? -1 : q.value(2).toInt();
        hit.length = q.value(3).toInt();
        hit.text = q.value(4).toString();
        if (!q.value(5).isNull())
            hit.seconds = q.value(5).toDouble();
        result.hits.append(hit);
    }
    // The rules in the set's order, as the lead wrote them.
    std::sort(result.hits.begin(), result.hits.end(), [&set](const StoredHit &a, const StoredHit &b) {
        return set.find(a.ruleKey) < set.find(b.ruleKey);
    });
    return result;
}

RuleAnswers ruleAnswers(const Form &form, const InteractionScreening &screening)
{
    RuleAnswers result;
    for (int r = 0; r < screening.rules.size(); ++r) {
        const ScreeningRule &rule = screening.rules.at(r);
        if (!rule.enabled || !rule.item || !((screening.rulesRead >> r) & 1) || result.answers.contains(rule.item->itemKey))
            continue;
        const FormItem *item = form.findItem(rule.item->itemKey);
        if (!item || !item->isScoring())
            continue;
        const auto hit = std::find_if(screening.hits.cbegin(), screening.hits.cend(), [&rule](const StoredHit &h) { return h.ruleKey == rule.key; });
        const bool matched = hit != screening.hits.cend();
        const std::optional<double> value = matched ? std::optional<double>(rule.item->whenMatched) : rule.item->whenNotMatched;
        if (!value)
            continue;
        Answer answer = Answer::number(*value);
        answer.measured = value;
        answer.measuredBy = QStringLiteral("rule:") + rule.key;
        result.answers.insert(item->key, answer);
        result.notes.insert(item->key, !matched                ? Text::tr("%1 — not found").arg(rule.name)
                                       : hit->text.isEmpty() ? Text::tr("%1 — matched").arg(rule.name)
                                                             : Text::tr("%1 — matched «%2»").arg(rule.name, hit->text.left(40)));
    }
    return result;
}

Result<Outcomes> storedOutcomes(Database &db, const RuleSet &set)
{
    QHash<QString, int> index;
    for (int r = 0; r < set.rules.size(); ++r)
        index.insert(set.rules.at(r).key, r);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT si.interaction_id, si.rules_read, h.rule_key FROM screened_interactions si "
                             "LEFT JOIN screening_hits h ON h.interaction_id = si.interaction_id AND h.rule_set_id = si.rule_set_id "
                             "WHERE si.rule_set_id = ? AND si.interaction_id IN "
                             "(SELECT interaction_id FROM evaluations WHERE status <> 'draft' AND interaction_id IS NOT NULL)"));
    q.addBindValue(set.id);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    Outcomes outcomes;
    while (q.next()) {
        Outcome &o = outcomes[q.value(0).toLongLong()];
        o.evaluated = quint64(q.value(1).toLongLong());
        const auto r = index.constFind(q.value(2).toString());
        if (!q.value(2).isNull() && r != index.constEnd())
            o.matched |= quint64(1) << *r;
    }
    return outcomes;
}

Result<QVector<RuleAgreement>> ruleAgreement(Database &db, const RuleSet &set, const Outcomes &outcomes, std::optional<qint64> from,
                                             std::optional<qint64> to)
{
    QVector<int> mapped;
    QStringList keys;
    for (int r = 0; r < set.rules.size(); ++r) {
        const ScreeningRule &rule = set.rules.at(r);
        if (rule.enabled && rule.item) {
            mapped.append(r);
            if (!keys.contains(rule.item->itemKey))
                keys.append(rule.item->itemKey);
        }
    }
    QVector<RuleAgreement> results;
    for (int r : mapped) {
        RuleAgreement a;
        a.ruleKey = set.rules.at(r).key;
        a.itemKey = set.rules.at(r).item->itemKey;
        results.append(a);
    }
    if (mapped.isEmpty())
        return results;
    const auto days = LocalDays::load(db);
    if (!days)
        return Error{days.error()};

    QString sql = QStringLiteral("SELECT e.id, e.interaction_id, e.occurred_at, fi.key, a.value, a.is_na FROM evaluations e "
                                 "JOIN evaluation_answers a ON a.evaluation_id = e.id JOIN form_items fi ON fi.id = a.item_id "
                                 "WHERE e.status <> 'draft' AND e.interaction_id IS NOT NULL AND fi.key IN (%1)")
                      .arg(QStringList(keys.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    if (from)
        sql += QStringLiteral(" AND e.occurred_at >= ?");
    if (to)
        sql += QStringLiteral(" AND e.occurred_at < ?");
    sql += QStringLiteral(" ORDER BY e.occurred_at DESC, e.id DESC");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QString &k : keys)
        q.addBindValue(k);
    if (from)
        q.addBindValue(*from);
    if (to)
        q.addBindValue(*to);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};

    QVector<Ratings> all(mapped.size());
    QVector<QMap<QString, Ratings>> monthly(mapped.size());
    const QDate epoch(1970, 1, 1);
    while (q.next()) {
        const qint64 interaction = q.value(1).toLongLong();
        const auto outcome = outcomes.constFind(interaction);
        if (outcome == outcomes.constEnd())
            continue; // not screened by this set
        const QString key = q.value(3).toString();
        const bool na = q.value(5).toInt() != 0;
        if (!na && q.value(4).isNull())
            continue; // not answered
        const QString month = epoch.addDays(days->dayOf(q.value(2).toLongLong())).toString(QStringLiteral("yyyy-MM"));
        for (int m = 0; m < mapped.size(); ++m) {
            RuleAgreement &a = results[m];
            if (a.itemKey != key)
                continue;
            if (na) {
                ++a.notApplicable;
                continue;
            }
            if (!((outcome->evaluated >> mapped.at(m)) & 1))
                continue; // the rule says nothing here (no transcript)
            const bool matched = (outcome->matched >> mapped.at(m)) & 1;
            const double answer = q.value(4).toDouble();
            const bool positive = std::fabs(answer - set.rules.at(mapped.at(m)).item->whenMatched) < 1e-9;
            (matched ? (positive ? a.truePositive : a.falsePositive) : (positive ? a.falseNegative : a.trueNegative))++;
            if (matched != positive && a.disagreements.size() < 50)
                a.disagreements.append({q.value(0).toLongLong(), interaction, matched, answer});
            const QVector<std::optional<double>> pair{matched ? 1.0 : 0.0, positive ? 1.0 : 0.0};
            all[m].append(pair);
            monthly[m][month].append(pair);
        }
    }
    const QVector<double> binary{0, 1};
    for (int m = 0; m < mapped.size(); ++m) {
        RuleAgreement &a = results[m];
        if (a.truePositive + a.falsePositive > 0)
            a.precision = double(a.truePositive) / double(a.truePositive + a.falsePositive);
        if (a.truePositive + a.falseNegative > 0)
            a.recall = double(a.truePositive) / double(a.truePositive + a.falseNegative);
        if (a.units() > 0)
            a.percent = double(a.truePositive + a.trueNegative) / double(a.units());
        const auto kappa = cohenKappa(all.at(m), Weights::None, binary);
        if (kappa)
            a.kappa = kappa->kappa;
        else
            a.kappa.undefinedBecause = kappa.error();
        const auto ac1 = gwetAC(all.at(m), Weights::None, binary);
        if (ac1)
            a.ac1 = ac1->coefficient;
        else
            a.ac1.undefinedBecause = ac1.error();
        for (auto it = monthly.at(m).begin(); it != monthly.at(m).end(); ++it) {
            RuleAgreement::Period p;
            p.month = it.key();
            p.units = it->size();
            for (const auto &pair : *it)
                p.agreed += pair.at(0) == pair.at(1) ? 1 : 0;
            const auto k = cohenKappa(*it, Weights::None, binary);
            if (k)
                p.kappa = k->kappa;
            else
                p.kappa.undefinedBecause = k.error();
            a.byMonth.append(p);
        }
    }
    return results;
}

} // namespace servqa
