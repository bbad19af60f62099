// Screening in a workspace: stored rule sets, what the rules found in an interaction, and agreement
// with the inspectors (docs/screening.md); the pass itself is in screeningpass.cpp.
#include "screening.h"

#include "database.h"
#include "localdays.h"
#include "timeutil.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace servqa {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Screening)
};

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
    {
        // The items' texts, for readers who know the item by what it asks rather than by its key.
        QSqlQuery t(db.connection());
        t.setForwardOnly(true);
        t.prepare(QStringLiteral("SELECT fi.key, fi.text FROM form_items fi JOIN form_sections s ON s.id = fi.section_id "
                                 "JOIN form_versions v ON v.id = s.form_version_id WHERE fi.key IN (%1) ORDER BY v.created_at, v.id")
                      .arg(QStringList(keys.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        for (const QString &k : keys)
            t.addBindValue(k);
        if (const Status s = execQuery(t, db); !s)
            return Error{s.error()};
        QHash<QString, QString> texts;
        while (t.next())
            texts.insert(t.value(0).toString(), t.value(1).toString()); // the newest version's text wins
        for (RuleAgreement &a : results)
            a.itemText = texts.value(a.itemKey);
    }
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
