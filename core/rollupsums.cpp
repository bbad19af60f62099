// Rollups summed here from one read of their rows, on SQLite (rollups.h), where SQL would sort every
// row to group it: gap 3's clusters (gap_clusters' day rows) for a rebuild (ensureGapClusters()),
// and a bulk writer's batch of evaluations, their score sums and their items' compliance
// (Writer::addEvaluations()).
#include "rollups.h"

#include "database.h"
#include "form.h"
#include "localdays.h"
#include "scoreengine.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <tuple>

namespace servqa::rollups {

namespace {

// A standard an item of a form checks.
struct Link
{
    qint64 standardId;
    int dimension; // index into the dimensions as stored
};

// An evaluation's cluster of one standard (or, under standard 0, of one dimension): how many of
// its answers the standard checks (m) and how many of those met their item (y).
struct Cluster
{
    qint64 standardId;
    int dimension;
    qint64 m = 0, y = 0;
};

struct Sums
{
    qint64 evaluations = 0, answers = 0, met = 0, answersSq = 0, metSq = 0, metAnswers = 0;
};

// (standard, dimension, day, site): the order of gap_clusters' key after its span.
using DayKey = std::tuple<qint64, int, qint64, qint64>;

// Each form version's form, and each item that can meet its target (text cannot), as the sums'
// SQL joins them.
struct ScoredItems
{
    QHash<qint64, qint64> formOfVersion;
    QHash<qint64, FormItem> items;

    static Result<ScoredItems> load(Database &db)
    {
        ScoredItems loaded;
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, form_id FROM form_versions"));
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
        while (q.next())
            loaded.formOfVersion.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        q.prepare(QStringLiteral("SELECT id, key, type, target_min, target_max, sla_seconds FROM form_items WHERE type <> 'text'"));
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
        while (q.next()) {
            FormItem item;
            item.key = q.value(1).toString();
            item.type = itemTypeFromKey(q.value(2).toString()).value_or(ItemType::Text);
            if (!q.value(3).isNull())
                item.targetMin = q.value(3).toDouble();
            if (!q.value(4).isNull())
                item.targetMax = q.value(4).toDouble();
            if (!q.value(5).isNull())
                item.slaSeconds = q.value(5).toDouble();
            loaded.items.insert(q.value(0).toLongLong(), item);
        }
        return loaded;
    }
};

// A moment's local day as localDaySql() gives it in SQL: the offset of the day_offsets row the
// moment follows (none before the first), and SQL's integer division.
std::optional<qint64> localDay(const LocalDays &days, qint64 at)
{
    const auto &spans = days.spans();
    if (spans.isEmpty() || at < spans.constFirst().start)
        return std::nullopt;
    return (at + days.offsetAt(at)) / 86400;
}

// The answers with a value of the submitted evaluations `evaluations` selects, evaluation by
// evaluation: (evaluation, form version, site, time, item, value), the evaluations in id order and
// each one's answers through their primary key (CROSS JOIN keeps that order), with no sort.
QString answersSql(const QString &evaluations)
{
    return QStringLiteral("SELECT e.id, e.form_version_id, e.site_id, e.occurred_at, a.item_id, a.value FROM evaluations e CROSS "
                          "JOIN evaluation_answers a ON a.evaluation_id = e.id WHERE %1 AND e.status <> 'draft' "
                          "AND a.is_na = 0 AND a.value IS NOT NULL ORDER BY e.id")
        .arg(evaluations);
}

// Whether an answer of this value met its item: MetSql's rule (rollups.cpp).
bool answerMet(const FormItem &item, double value)
{
    const auto fraction = itemFraction(item, value);
    return fraction && !answerFails(*fraction);
}

// An evaluation's score and its five dimensions' scores, as the score tables keep their moments.
constexpr int Scores = 6;
const char *const ScoreColumns[Scores] = {"score", "tangibles", "reliability", "responsiveness", "assurance", "empathy"};

// What score_rollup and staff_score_rollup sum for a key, as EvaluationSql and staffScoreSql() do:
// NULL scores counted in no n_, and summed as nothing.
struct ScoreSums
{
    qint64 evaluations = 0, passed = 0, autoFailed = 0;
    qint64 n[Scores] = {};
    double s[Scores] = {}, q[Scores] = {};

    void add(const ScoreSums &other)
    {
        evaluations += other.evaluations;
        passed += other.passed;
        autoFailed += other.autoFailed;
        for (int k = 0; k < Scores; ++k) {
            n[k] += other.n[k];
            s[k] += other.s[k];
            q[k] += other.q[k];
        }
    }
};

// The upsert adding ScoreSums to `table` under its key columns (in the table's key order).
QString scoreUpsertSql(const QString &table, const QStringList &keys)
{
    QStringList columns{QStringLiteral("evaluations")};
    for (int k = 0; k < Scores; ++k) {
        const QString name = QLatin1String(ScoreColumns[k]);
        columns << QStringLiteral("n_") + name << QStringLiteral("s_") + name << QStringLiteral("q_") + name;
        if (k == 0)
            columns << QStringLiteral("passed") << QStringLiteral("auto_failed");
    }
    QStringList updates;
    for (const QString &c : std::as_const(columns))
        updates << QStringLiteral("%1 = %2.%1 + excluded.%1").arg(c, table);
    QStringList marks;
    for (qsizetype k = 0; k < keys.size() + columns.size(); ++k)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (%4) ON CONFLICT (%2) DO UPDATE SET %5")
        .arg(table, keys.join(QStringLiteral(", ")), columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
             updates.join(QStringLiteral(", ")));
}

// Binds the sums after the key's `keys` parameters, in scoreUpsertSql()'s order, and runs it.
Status writeScoreSums(SqliteStatement &upsert, int keys, const ScoreSums &sums)
{
    int p = keys;
    upsert.bind(++p, sums.evaluations);
    for (int k = 0; k < Scores; ++k) {
        upsert.bind(++p, sums.n[k]);
        upsert.bindReal(++p, sums.s[k]);
        upsert.bindReal(++p, sums.q[k]);
        if (k == 0) {
            upsert.bind(++p, sums.passed);
            upsert.bind(++p, sums.autoFailed);
        }
    }
    if (const auto changed = upsert.run(); !changed)
        return Error{changed.error()};
    return success();
}

} // namespace

Status sumClusterDays(Database &db, const LocalDays &days)
{
    // The register: which standards each item of each form is linked to, and the dimensions as
    // stored (their text is written back as it was read).
    QStringList dimensions;
    QHash<QPair<qint64, QString>, QVector<Link>> links; // (form, item key) → standards
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT l.form_id, l.item_key, l.standard_id, s.dimension FROM standard_form_items l "
                                 "JOIN service_standards s ON s.id = l.standard_id"));
        if (const Status s = execQuery(q, db); !s)
            return s;
        while (q.next()) {
            const QString dimension = q.value(3).toString();
            int d = int(dimensions.indexOf(dimension));
            if (d < 0) {
                d = int(dimensions.size());
                dimensions << dimension;
            }
            links[{q.value(0).toLongLong(), q.value(1).toString()}].append({q.value(2).toLongLong(), d});
        }
    }
    if (links.isEmpty())
        return success();
    const auto scored = ScoredItems::load(db);
    if (!scored)
        return Error{scored.error()};
    const QHash<qint64, qint64> &formOfVersion = scored->formOfVersion;
    const QHash<qint64, FormItem> &items = scored->items;
    // The standards an answer to an item counts for in an evaluation of a form, found once per
    // (form, item).
    QHash<QPair<qint64, qint64>, const QVector<Link> *> linksOfItem;
    const QVector<Link> none;
    const auto linksOf = [&](qint64 formId, qint64 itemId) -> const QVector<Link> & {
        const QPair<qint64, qint64> key{formId, itemId};
        auto found = linksOfItem.constFind(key);
        if (found == linksOfItem.constEnd()) {
            const auto item = items.constFind(itemId);
            const auto linked = item == items.constEnd() ? links.constEnd() : links.constFind({formId, item->key});
            found = linksOfItem.insert(key, linked == links.constEnd() ? &none : &*linked);
        }
        return **found;
    };

    // Only the days the calendar holds count, as clusterSql()'s join to it does.
    const qint64 lastDay = dayNumber(QDate(2100, 12, 31));
    std::map<DayKey, Sums> sums;
    QVector<Cluster> clusters; // the current evaluation's
    qint64 evaluation = -1, siteId = 0;
    std::optional<qint64> day;
    const auto addEvaluation = [&] {
        if (!day)
            return;
        for (const Cluster &c : std::as_const(clusters)) {
            Sums &s = sums[{c.standardId, c.dimension, *day, siteId}];
            ++s.evaluations;
            s.answers += c.m;
            s.met += c.y;
            s.answersSq += c.m * c.m;
            s.metSq += c.y * c.y;
            s.metAnswers += c.y * c.m;
        }
    };
    const auto clusterOf = [&clusters](qint64 standardId, int dimension) -> Cluster & {
        for (Cluster &c : clusters) {
            if (c.standardId == standardId && c.dimension == dimension)
                return c;
        }
        clusters.append({standardId, dimension});
        return clusters.last();
    };

    const QString sql = answersSql(QStringLiteral("true"));
    const auto read = SqliteStatement::prepare(db, sql);
    if (!read) {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        return Error{db.describeError(q)};
    }
    qint64 formId = 0;
    while (true) {
        const auto row = read->next();
        if (!row)
            return Error{row.error()};
        if (!*row)
            break;
        const qint64 id = read->int64(0);
        if (id != evaluation) {
            addEvaluation();
            clusters.clear();
            evaluation = id;
            formId = formOfVersion.value(read->int64(1));
            siteId = read->int64(2);
            day = localDay(days, read->int64(3));
            if (day && (*day < 0 || *day > lastDay))
                day.reset();
        }
        if (!day)
            continue;
        const qint64 itemId = read->int64(4);
        const QVector<Link> &standards = linksOf(formId, itemId);
        if (standards.isEmpty())
            continue;
        const int met = answerMet(items.value(itemId), read->real(5)) ? 1 : 0;
        // The answer once for each standard it checks, and as often in its dimensions' clusters.
        for (const Link &link : standards) {
            for (qint64 standardId : {link.standardId, qint64(0)}) {
                Cluster &c = clusterOf(standardId, link.dimension);
                ++c.m;
                c.y += met;
            }
        }
    }
    addEvaluation();

    // Written in the table's key order.
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO gap_clusters (span, standard_id, site_id, day, dimension, evaluations, answers, met, "
                                  "answers_sq, met_sq, met_answers) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const auto &[key, s] : sums) {
        const auto &[standardId, dimension, d, site] = key;
        int k = 0;
        for (const QVariant &v : {QVariant(standardId), QVariant(site), QVariant(d), QVariant(dimensions.at(dimension)),
                                  QVariant(s.evaluations), QVariant(s.answers), QVariant(s.met), QVariant(s.answersSq), QVariant(s.metSq),
                                  QVariant(s.metAnswers)})
            insert.bindValue(k++, v);
        if (const Status st = execQuery(insert, db); !st)
            return st;
    }
    return success();
}

Result<bool> addComplianceRange(Database &db, const LocalDays &days, qint64 first, qint64 last)
{
    const auto scored = ScoredItems::load(db);
    if (!scored)
        return Error{scored.error()};
    // The items' keys in order, so that the counts are written in the table's key order.
    QStringList keys;
    for (const FormItem &item : scored->items)
        keys << item.key;
    keys.sort();
    keys.removeDuplicates();
    QHash<qint64, int> keyOfItem;
    for (auto it = scored->items.cbegin(); it != scored->items.cend(); ++it)
        keyOfItem.insert(it.key(), int(std::lower_bound(keys.cbegin(), keys.cend(), it->key) - keys.cbegin()));

    // (site, day, form, item key): compliance_rollup's key.
    using Key = std::tuple<qint64, qint64, qint64, int>;
    std::map<Key, std::pair<qint64, qint64>> counts; // answers, met
    const auto read = SqliteStatement::prepare(db, answersSql(QStringLiteral("e.id BETWEEN ? AND ?")));
    if (!read)
        return false;
    read->bind(1, first);
    read->bind(2, last);
    qint64 evaluation = -1, formId = 0, siteId = 0, day = 0;
    bool known = false;
    while (true) {
        const auto row = read->next();
        if (!row)
            return Error{row.error()};
        if (!*row)
            break;
        if (const qint64 id = read->int64(0); id != evaluation) {
            evaluation = id;
            const auto form = scored->formOfVersion.constFind(read->int64(1));
            known = form != scored->formOfVersion.cend();
            formId = known ? *form : 0;
            siteId = read->int64(2);
            const auto d = localDay(days, read->int64(3));
            if (!d)
                return false; // a day SQL gives as NULL, which the table refuses: left to the statement
            day = *d;
        }
        const auto item = scored->items.constFind(read->int64(4));
        if (!known || item == scored->items.cend())
            continue;
        auto &[answers, met] = counts[{siteId, day, formId, keyOfItem.value(item.key())}];
        ++answers;
        met += answerMet(*item, read->real(5)) ? 1 : 0;
    }

    const auto upsert = SqliteStatement::prepare(db, QStringLiteral(
        "INSERT INTO compliance_rollup (site_id, day, form_id, item_key, answers, met) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (form_id, item_key, day, site_id) DO UPDATE SET answers = compliance_rollup.answers + "
        "excluded.answers, met = compliance_rollup.met + excluded.met"));
    if (!upsert)
        return false;
    for (const auto &[key, count] : counts) {
        const auto &[site, d, form, k] = key;
        upsert->bind(1, site);
        upsert->bind(2, d);
        upsert->bind(3, form);
        upsert->bind(4, keys.at(k));
        upsert->bind(5, count.first);
        upsert->bind(6, count.second);
        if (const auto changed = upsert->run(); !changed)
            return Error{changed.error()};
    }
    return true;
}

Result<bool> addScoreRange(Database &db, const LocalDays &days, qint64 first, qint64 last)
{
    const auto read = SqliteStatement::prepare(db, QStringLiteral(
        "SELECT e.occurred_at, e.site_id, v.form_id, COALESCE(i.channel, ''), e.staff_id, e.passed, e.auto_failed, e.score, "
        "e.score_tangibles, e.score_reliability, e.score_responsiveness, e.score_assurance, e.score_empathy "
        "FROM evaluations e JOIN form_versions v ON v.id = e.form_version_id LEFT JOIN interactions i ON i.id = e.interaction_id "
        "WHERE e.id BETWEEN ? AND ? AND e.status <> 'draft'"));
    const auto week = SqliteStatement::prepare(db, QStringLiteral("SELECT week, month FROM calendar WHERE day = ?"));
    const auto upsert = SqliteStatement::prepare(
        db, scoreUpsertSql(QStringLiteral("score_rollup"),
                           {QStringLiteral("day"), QStringLiteral("site_id"), QStringLiteral("form_id"), QStringLiteral("channel")}));
    const auto staffUpsert = SqliteStatement::prepare(
        db, scoreUpsertSql(QStringLiteral("staff_score_rollup"),
                           {QStringLiteral("span"), QStringLiteral("staff_id"), QStringLiteral("day"), QStringLiteral("site_id"),
                            QStringLiteral("form_id"), QStringLiteral("channel")}));
    if (!read || !week || !upsert || !staffUpsert)
        return false; // nothing written yet
    read->bind(1, first);
    read->bind(2, last);
    QStringList channels; // the keys' channels, by their index
    // score_rollup's key (day, site, form, channel) and staff_score_rollup's after its span (staff,
    // day, site, form, channel), summed per day first.
    std::map<std::tuple<qint64, qint64, qint64, int>, ScoreSums> byDay;
    std::map<std::tuple<qint64, qint64, qint64, qint64, int>, ScoreSums> byStaff;
    while (true) {
        const auto row = read->next();
        if (!row)
            return Error{row.error()};
        if (!*row)
            break;
        const auto day = localDay(days, read->int64(0));
        if (!day)
            return false; // a day SQL gives as NULL, which the tables refuse: left to the statements
        const QString channel = QString::fromUtf8(read->text(3));
        int c = int(channels.indexOf(channel));
        if (c < 0) {
            c = int(channels.size());
            channels << channel;
        }
        ScoreSums one;
        one.evaluations = 1;
        one.passed = read->int64(5);
        one.autoFailed = read->int64(6);
        for (int k = 0; k < Scores; ++k) {
            if (read->isNull(7 + k))
                continue;
            const double v = read->real(7 + k);
            one.n[k] = 1;
            one.s[k] = v;
            one.q[k] = v * v;
        }
        const qint64 site = read->int64(1), form = read->int64(2);
        byDay[{*day, site, form, c}].add(one);
        if (!read->isNull(4))
            byStaff[{read->int64(4), *day, site, form, c}].add(one);
    }

    for (const auto &[key, sums] : byDay) {
        const auto &[day, site, form, c] = key;
        upsert->bind(1, day);
        upsert->bind(2, site);
        upsert->bind(3, form);
        upsert->bind(4, channels.at(c));
        if (const Status s = writeScoreSums(*upsert, 4, sums); !s)
            return Error{s.error()};
    }

    // The agents' days, and their weeks and months through the calendar (a day it does not hold
    // counts in none, as the statement's join to it).
    std::map<std::tuple<int, qint64, qint64, qint64, qint64, int>, ScoreSums> spans;
    QHash<qint64, std::optional<std::pair<qint64, qint64>>> calendar;
    for (const auto &[key, sums] : byStaff) {
        const auto &[staff, day, site, form, c] = key;
        auto found = calendar.constFind(day);
        if (found == calendar.cend()) {
            week->bind(1, day);
            const auto row = week->next();
            if (!row)
                return Error{row.error()};
            std::optional<std::pair<qint64, qint64>> weekAndMonth;
            if (*row) {
                weekAndMonth = std::pair{week->int64(0), week->int64(1)};
                if (const auto rest = week->run(); !rest)
                    return Error{rest.error()};
            }
            found = calendar.insert(day, weekAndMonth);
        }
        if (!*found)
            continue;
        spans[{1, staff, day, site, form, c}].add(sums);
        spans[{7, staff, (*found)->first, site, form, c}].add(sums);
        spans[{31, staff, (*found)->second, site, form, c}].add(sums);
    }
    for (const auto &[key, sums] : spans) {
        const auto &[span, staff, day, site, form, c] = key;
        staffUpsert->bind(1, qint64(span));
        staffUpsert->bind(2, staff);
        staffUpsert->bind(3, day);
        staffUpsert->bind(4, site);
        staffUpsert->bind(5, form);
        staffUpsert->bind(6, channels.at(c));
        if (const Status s = writeScoreSums(*staffUpsert, 6, sums); !s)
            return Error{s.error()};
    }
    return true;
}

} // namespace servqa::rollups
