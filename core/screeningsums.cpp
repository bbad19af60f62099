// The screening's rollups (screening_rollup and screening_staff_rollup, every span) summed from
// one read of the outcomes and one of their hits, both in the order of their keys, for a rebuild
// on SQLite (rebuildScreeningRollups()). The SQL that sums them (screeningRollupSql()) sorts every
// outcome and every hit to group them: 22-28 s on the 1 M workspace (docs/PERFORMANCE.md).
#include "rollups.h"

#include "database.h"
#include "localdays.h"
#include "sqlitestatement.h"

#include <QDate>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>
#include <vector>

namespace servqa::rollups {

namespace {

// A row's key before its span: the local day, the agent (NoStaff in screening_rollup), the site,
// the channel, the rule set, the rules that could read it and the rule ('' for the outcome's own
// row); texts as numbers given in the order they were met.
struct Key
{
    qint64 day, staff, site;
    int channel;
    qint64 ruleSet, rulesRead;
    int rule;
    bool operator==(const Key &o) const
    {
        return std::tie(day, staff, site, channel, ruleSet, rulesRead, rule)
               == std::tie(o.day, o.staff, o.site, o.channel, o.ruleSet, o.rulesRead, o.rule);
    }
};

size_t qHash(const Key &k, size_t seed = 0)
{
    return qHashMulti(seed, k.day, k.staff, k.site, k.channel, k.ruleSet, k.rulesRead, k.rule);
}

struct Counts
{
    qint64 screened = 0, flagged = 0, hits = 0;
};

constexpr qint64 NoStaff = -1;

// The channels' and rules' texts, each kept once.
class Texts
{
public:
    int id(QByteArrayView text)
    {
        const QByteArray key = text.toByteArray();
        const auto found = m_ids.constFind(key);
        if (found != m_ids.constEnd())
            return *found;
        m_texts.append(key);
        return *m_ids.insert(key, int(m_texts.size()) - 1);
    }
    const QByteArray &text(int id) const { return m_texts.at(id); }
    // Each id's place in the texts' order (SQLite's BINARY collation: their bytes).
    QVector<int> ranks() const
    {
        QVector<int> byText(m_texts.size());
        for (int i = 0; i < byText.size(); ++i)
            byText[i] = i;
        std::sort(byText.begin(), byText.end(), [this](int a, int b) { return m_texts.at(a) < m_texts.at(b); });
        QVector<int> rank(m_texts.size());
        for (int r = 0; r < byText.size(); ++r)
            rank[byText[r]] = r;
        return rank;
    }

private:
    QHash<QByteArray, int> m_ids;
    QVector<QByteArray> m_texts;
};

Status writeRows(Database &db, const QString &table, bool byStaff, const QHash<Key, Counts> &days,
                 const QHash<qint64, std::pair<qint64, qint64>> &calendar, const Texts &texts)
{
    // Each day's sums in its day, its week and its month (span 1, 7, 31).
    QHash<std::pair<int, Key>, Counts> spans;
    spans.reserve(days.size() * 3 / 2);
    for (auto it = days.constBegin(); it != days.constEnd(); ++it) {
        const auto &[week, month] = calendar.value(it.key().day);
        for (const auto &[span, day] : {std::pair{1, it.key().day}, std::pair{7, week}, std::pair{31, month}}) {
            Key k = it.key();
            k.day = day;
            Counts &c = spans[{span, k}];
            c.screened += it->screened;
            c.flagged += it->flagged;
            c.hits += it->hits;
        }
    }
    // Written in the table's key order.
    const QVector<int> rank = texts.ranks();
    using Row = std::pair<std::pair<int, Key>, Counts>;
    std::vector<Row> rows(spans.constKeyValueBegin(), spans.constKeyValueEnd());
    const auto order = [&rank](const Row &r) {
        const auto &[span, k] = r.first;
        return std::make_tuple(span, k.day, k.staff, k.site, rank.at(k.channel), k.ruleSet, k.rulesRead, rank.at(k.rule));
    };
    std::sort(rows.begin(), rows.end(), [&order](const Row &a, const Row &b) { return order(a) < order(b); });
    const QString sql = QStringLiteral("INSERT INTO ") + table
                        + (byStaff ? QStringLiteral(" (span, day, staff_id, site_id, channel, rule_set_id, rules_read, rule_key, screened, "
                                                    "flagged, hits) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                   : QStringLiteral(" (span, day, site_id, channel, rule_set_id, rules_read, rule_key, screened, flagged, "
                                                    "hits) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto insert = SqliteStatement::prepare(db, sql);
    if (!insert) {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        return Error{db.describeError(q)};
    }
    for (const Row &row : rows) {
        const auto &[span, k] = row.first;
        int p = 1;
        insert->bind(p++, qint64(span));
        insert->bind(p++, k.day);
        if (byStaff)
            insert->bind(p++, k.staff);
        insert->bind(p++, k.site);
        insert->bind(p++, QString::fromUtf8(texts.text(k.channel)));
        insert->bind(p++, k.ruleSet);
        insert->bind(p++, k.rulesRead);
        insert->bind(p++, QString::fromUtf8(texts.text(k.rule)));
        insert->bind(p++, row.second.screened);
        insert->bind(p++, row.second.flagged);
        insert->bind(p++, row.second.hits);
        if (const auto ran = insert->run(); !ran)
            return Error{ran.error()};
    }
    return success();
}

Result<std::unique_ptr<SqliteStatement>> prepared(Database &db, const QString &sql)
{
    auto statement = SqliteStatement::prepare(db, sql);
    if (statement)
        return statement;
    QSqlQuery q(db.connection());
    q.prepare(sql);
    return Error{db.describeError(q)};
}

} // namespace

Status sumScreeningRollups(Database &db, const LocalDays &days, const std::function<void(qint64 done, qint64 total)> &progress)
{
    // The days the calendar holds, with their week and month: only those count, as the SQL's join
    // to it does.
    QHash<qint64, std::pair<qint64, qint64>> calendar;
    {
        const auto read = prepared(db, QStringLiteral("SELECT day, week, month FROM calendar"));
        if (!read)
            return Error{read.error()};
        while (true) {
            const auto row = (*read)->next();
            if (!row)
                return Error{row.error()};
            if (!*row)
                break;
            calendar.insert((*read)->int64(0), {(*read)->int64(1), (*read)->int64(2)});
        }
    }
    // Every outcome with its interaction, and every hit, both by (interaction, rule set): the
    // outcomes through their key's index, each interaction through its id; the hits from their
    // key's index alone. No sort.
    const auto outcomes = prepared(db, QStringLiteral("SELECT si.interaction_id, si.rule_set_id, si.risk, si.rules_read, i.started_at, "
                                                      "IFNULL(i.staff_id, -1), i.site_id, i.channel FROM screened_interactions si "
                                                      "CROSS JOIN interactions i ON i.id = si.interaction_id "
                                                      "ORDER BY si.interaction_id, si.rule_set_id"));
    if (!outcomes)
        return Error{outcomes.error()};
    const auto hits = prepared(db, QStringLiteral("SELECT interaction_id, rule_set_id, rule_key FROM screening_hits "
                                                  "ORDER BY interaction_id, rule_set_id"));
    if (!hits)
        return Error{hits.error()};
    SqliteStatement &o = **outcomes;
    SqliteStatement &h = **hits;
    const auto nextHit = [&h]() -> Result<std::optional<std::pair<qint64, qint64>>> {
        const auto row = h.next();
        if (!row)
            return Error{row.error()};
        if (!*row)
            return std::optional<std::pair<qint64, qint64>>();
        return std::optional<std::pair<qint64, qint64>>({h.int64(0), h.int64(1)});
    };
    auto hit = nextHit();
    if (!hit)
        return Error{hit.error()};

    Texts texts;
    const int outcomeRule = texts.id(QByteArrayView("")); // the outcome's own row
    QHash<Key, Counts> bySite, byStaff;
    const auto &spans = days.spans();
    while (true) {
        const auto row = o.next();
        if (!row)
            return Error{row.error()};
        if (!*row)
            break;
        const std::pair<qint64, qint64> outcome{o.int64(0), o.int64(1)};
        // As localDaySql() in SQL: the offset from the day_offsets row the moment follows (none
        // before the first), and SQL's integer division; then only the calendar's days.
        const qint64 at = o.int64(4);
        std::optional<qint64> day;
        if (!spans.isEmpty() && at >= spans.constFirst().start) {
            const qint64 d = (at + days.offsetAt(at)) / 86400;
            if (calendar.contains(d))
                day = d;
        }
        const qint64 staff = o.int64(5);
        Key k{day.value_or(0), NoStaff, o.int64(6), day ? texts.id(o.text(7)) : 0, outcome.second, o.int64(3), outcomeRule};
        if (day) {
            Counts &c = bySite[k];
            ++c.screened;
            c.flagged += o.int64(2) > 0 ? 1 : 0;
            if (staff != NoStaff) {
                Key ks = k;
                ks.staff = staff;
                Counts &cs = byStaff[ks];
                ++cs.screened;
                cs.flagged += o.int64(2) > 0 ? 1 : 0;
            }
        }
        // The outcome's hits (a hit without its outcome counts nowhere, as in the SQL's join).
        while (*hit && **hit <= outcome) {
            if (**hit == outcome && day) {
                Key kh = k;
                kh.rulesRead = 0;
                kh.rule = texts.id(h.text(2));
                ++bySite[kh].hits;
                if (staff != NoStaff) {
                    kh.staff = staff;
                    ++byStaff[kh].hits;
                }
            }
            hit = nextHit();
            if (!hit)
                return Error{hit.error()};
        }
    }
    if (const Status s = writeRows(db, QStringLiteral("screening_rollup"), false, bySite, calendar, texts); !s)
        return s;
    if (progress)
        progress(1, 2);
    if (const Status s = writeRows(db, QStringLiteral("screening_staff_rollup"), true, byStaff, calendar, texts); !s)
        return s;
    if (progress)
        progress(2, 2);
    return success();
}

} // namespace servqa::rollups
