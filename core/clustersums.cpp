// Gap 3's clusters (gap_clusters' day rows) summed from one ordered read of the answers, for a
// rebuild on SQLite (rollups.h, ensureGapClusters()).
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
    // Each form version's form, and each item that can meet its target (text cannot).
    QHash<qint64, qint64> formOfVersion;
    QHash<qint64, FormItem> items;
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, form_id FROM form_versions"));
        if (const Status s = execQuery(q, db); !s)
            return s;
        while (q.next())
            formOfVersion.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        q.prepare(QStringLiteral("SELECT id, key, type, target_min, target_max, sla_seconds FROM form_items WHERE type <> 'text'"));
        if (const Status s = execQuery(q, db); !s)
            return s;
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
            items.insert(q.value(0).toLongLong(), item);
        }
    }
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

    // Every submitted evaluation's answers, evaluation by evaluation: the evaluations in id order
    // and each one's answers through their primary key (CROSS JOIN keeps that order), with no sort.
    const QString sql = QStringLiteral("SELECT e.id, e.form_version_id, e.site_id, e.occurred_at, a.item_id, a.value FROM evaluations e CROSS "
                                       "JOIN evaluation_answers a ON a.evaluation_id = e.id "
                                       "WHERE e.status <> 'draft' AND a.is_na = 0 AND a.value IS NOT NULL ORDER BY e.id");
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
            // As localDaySql() in SQL: the offset from the day_offsets row the moment follows
            // (none before the first), and SQL's integer division.
            const qint64 at = read->int64(3);
            const auto &spans = days.spans();
            day.reset();
            if (!spans.isEmpty() && at >= spans.constFirst().start) {
                const qint64 d = (at + days.offsetAt(at)) / 86400;
                if (d >= 0 && d <= lastDay)
                    day = d;
            }
        }
        if (!day)
            continue;
        const qint64 itemId = read->int64(4);
        const QVector<Link> &standards = linksOf(formId, itemId);
        if (standards.isEmpty())
            continue;
        const auto fraction = itemFraction(items.value(itemId), read->real(5));
        const int met = fraction && !answerFails(*fraction) ? 1 : 0;
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

} // namespace servqa::rollups
