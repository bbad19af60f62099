#include "interactionquery.h"

#include "database.h"
#include "localdays.h"
#include "rollups.h"
#include "sqlwhere.h"
#include "timeutil.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace servqa {

namespace {

// Text matched through the substring index: on SQLite any text (FTS5, schema 15; one or two
// characters since schema 38's tokenizer), on a server three characters or more (pg_trgm's least,
// schema 36); otherwise with LIKE over every row.
bool searchesIndex(const Database &db, const QString &text)
{
    return db.dialect().kind() == SqlDialect::Kind::Sqlite ? !text.isEmpty() : text.size() >= 3;
}

const QStringList SearchedColumns = {QStringLiteral("customer_ref"), QStringLiteral("external_id"), QStringLiteral("transcript")};

// The ids of the interactions whose customer reference, external id or transcript has the text.
QString indexIds(const Database &db, const QString &text)
{
    return db.dialect().textSearchIds(QStringLiteral("interactions"), SearchedColumns, text);
}

QVariantList indexBinds(const Database &db, const QString &text)
{
    return db.dialect().textSearchBinds(text, likePattern(text), int(SearchedColumns.size()));
}

// How many agents' names have the text: a search finds their interactions too.
Result<qint64> staffNamed(Database &db, const QString &text)
{
    QSqlQuery q(db.connection());
    q.prepare(db.dialect().caseless(QStringLiteral("SELECT COUNT(*) FROM staff WHERE name LIKE ? ESCAPE '\\'"), text));
    q.addBindValue(likePattern(text));
    return execScalar(q, db);
}

// How text is matched: through the substring index where it can (and staff names with LIKE), the
// index alone (no agent's name has the text) as the set of its matches or looked up row by row (a
// very common text), or with LIKE over every column even where the index could (a page of a common
// text read in time order: see InteractionQuery::page()).
enum class TextMatch { Index, IndexWithoutStaff, IndexByRow, Like };

// Whether the filters by period, site, channel and agent may be read through their own indexes;
// when not, they are written unindexed() and checked on each row the order's index reads.
enum class FilterIndexes { Own, Order };

// A column as an expression no index holds, so that neither SQLite nor PostgreSQL reads the rows
// through (or in the order of) that column's indexes: "+i.column" on SQLite (its documented way to
// keep a term from an index); on PostgreSQL, where unary plus is for numbers alone, the text
// columns joined to an empty text (the same values, in the same order).
QString unindexed(const Database &db, const QString &column)
{
    if (db.dialect().kind() == SqlDialect::Kind::Sqlite)
        return QStringLiteral("+") + column;
    static const QStringList texts = {QStringLiteral("i.channel"), QStringLiteral("i.customer_ref"), QStringLiteral("i.external_id")};
    return texts.contains(column) ? QString(QStringLiteral("(") + column + QStringLiteral(" || '')")) : QString(QStringLiteral("+") + column);
}

SqlWhere buildWhere(const Database &db, const InteractionFilter &f, TextMatch match = TextMatch::Index,
                    FilterIndexes through = FilterIndexes::Own)
{
    const auto term = [&](const QString &column) { return through == FilterIndexes::Order ? unindexed(db, column) : column; };
    SqlWhere w;
    if (f.from)
        w.add(term(QStringLiteral("i.started_at")) + QStringLiteral(" >= ?"), {toStored(*f.from)});
    if (f.to)
        w.add(term(QStringLiteral("i.started_at")) + QStringLiteral(" < ?"), {toStored(*f.to)});
    if (f.siteId)
        w.add(term(QStringLiteral("i.site_id")) + QStringLiteral(" = ?"), {*f.siteId});
    if (f.channel)
        w.add(term(QStringLiteral("i.channel")) + QStringLiteral(" = ?"), {channelKey(*f.channel)});
    if (f.staffId)
        w.add(term(QStringLiteral("i.staff_id")) + QStringLiteral(" = ?"), {*f.staffId});
    if (f.id)
        w.add("i.id = ?", *f.id);
    if (f.minRisk)
        w.add("i.id IN (SELECT si.interaction_id FROM screened_interactions si WHERE si.risk >= ? AND si.rule_set_id IN "
              "(SELECT id FROM screening_rule_sets WHERE status = 'active'))",
              *f.minRisk);
    if (!f.ruleKey.isEmpty())
        w.add("i.id IN (SELECT h.interaction_id FROM screening_hits h WHERE h.rule_key = ? AND h.rule_set_id IN "
              "(SELECT id FROM screening_rule_sets WHERE status = 'active'))",
              f.ruleKey);
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        const QString pattern = likePattern(text);
        if (match == TextMatch::IndexWithoutStaff && db.dialect().kind() == SqlDialect::Kind::Postgres) {
            // The row's own columns, one bitmap of pg_trgm's index: as ids from the table read a
            // second time, 冷链商品's matches sorted by channel took 2.9 s, so 0.4 (docs/PERFORMANCE.md).
            w.add(db.dialect().caseless(QStringLiteral("(i.customer_ref LIKE ? ESCAPE '\\' OR i.external_id LIKE ? ESCAPE '\\' "
                                                       "OR i.transcript LIKE ? ESCAPE '\\')"), text),
                  {pattern, pattern, pattern});
        } else if (match == TextMatch::IndexWithoutStaff) {
            w.add(QStringLiteral("i.id IN (") + indexIds(db, text) + QLatin1Char(')'), indexBinds(db, text));
        } else if (match == TextMatch::IndexByRow) {
            w.add(QStringLiteral("EXISTS (") + indexIds(db, text) + QStringLiteral(" AND rowid = i.id)"), indexBinds(db, text));
        } else if (match == TextMatch::Index && searchesIndex(db, text) && db.dialect().kind() == SqlDialect::Kind::Postgres) {
            // One set of ids, which PostgreSQL fetches by key: an OR of two IN lists made it read
            // every row (289 ms for a customer reference on 300,000 interactions, 4 ms so).
            w.add(QStringLiteral("i.id IN (") + indexIds(db, text)
                      + db.dialect().caseless(QStringLiteral(" UNION SELECT id FROM interactions WHERE staff_id IN (SELECT id FROM staff WHERE name LIKE ? ESCAPE '\\'))"), text),
                  indexBinds(db, text) << QVariant(pattern));
        } else if (match == TextMatch::Index && searchesIndex(db, text)) {
            // Staff names are a short table of their own. Checked on each row the order's index
            // reads, the sets are made once and not walked (unindexed()).
            w.add(db.dialect().caseless(QStringLiteral("(") + term(QStringLiteral("i.id")) + QStringLiteral(" IN (") + indexIds(db, text) + QStringLiteral(") OR ")
                                        + term(QStringLiteral("i.staff_id")) + QStringLiteral(" IN (SELECT id FROM staff WHERE name LIKE ? ESCAPE '\\'))"), text),
                  indexBinds(db, text) << QVariant(pattern));
        } else {
            w.add(db.dialect().caseless(QStringLiteral("(i.customer_ref LIKE ? ESCAPE '\\' OR i.external_id LIKE ? ESCAPE '\\' "
                                                       "OR i.staff_id IN (SELECT id FROM staff WHERE name LIKE ? ESCAPE '\\') OR i.transcript LIKE ? ESCAPE '\\')"), text),
                  {pattern, pattern, pattern, pattern});
        }
    }
    return w;
}

QString orderColumn(InteractionColumn c)
{
    switch (c) {
    case InteractionColumn::StartedAt: return QStringLiteral("i.started_at");
    case InteractionColumn::Channel: return QStringLiteral("i.channel");
    case InteractionColumn::Risk: return QStringLiteral("i.started_at");
    case InteractionColumn::Site: return QStringLiteral("s.name");
    case InteractionColumn::Staff: return QStringLiteral("st.name");
    case InteractionColumn::Customer: return QStringLiteral("i.customer_ref");
    case InteractionColumn::Duration: return QStringLiteral("i.duration_s");
    case InteractionColumn::FirstResponse: return QStringLiteral("i.first_response_s");
    case InteractionColumn::Resolved: return QStringLiteral("i.resolved");
    case InteractionColumn::ExternalId: return QStringLiteral("i.external_id");
    }
    return QStringLiteral("i.started_at");
}

// The columns read in the order of an index of their own (schemas 15 and 44) with no name to join:
// by channel or resolved, then by time (as by site or agent); by customer, a duration or the
// external id, then by id.
bool hasOwnIndex(InteractionColumn c)
{
    switch (c) {
    case InteractionColumn::Channel:
    case InteractionColumn::Customer:
    case InteractionColumn::Duration:
    case InteractionColumn::FirstResponse:
    case InteractionColumn::Resolved:
    case InteractionColumn::ExternalId: return true;
    default: return false;
    }
}

// The columns the list's narrow index of keys holds after the id (schema 45), besides the filters'
// period, site, agent and channel.
bool inListKeys(InteractionColumn c)
{
    switch (c) {
    case InteractionColumn::Channel:
    case InteractionColumn::Duration:
    case InteractionColumn::FirstResponse:
    case InteractionColumn::Resolved: return true;
    default: return false;
    }
}

bool thenByTime(InteractionColumn c)
{
    return c == InteractionColumn::Channel || c == InteractionColumn::Resolved;
}

// Unknown values (a visit still in progress has no duration) come last in either direction.
bool mayBeUnknown(InteractionColumn c)
{
    return c == InteractionColumn::Duration || c == InteractionColumn::FirstResponse || c == InteractionColumn::Resolved;
}

// A row's value in the column the list is sorted by, as stored; none where it has none.
std::optional<QVariant> keyValue(const InteractionRow &row, InteractionColumn c)
{
    switch (c) {
    case InteractionColumn::Channel: return QVariant(channelKey(row.channel));
    case InteractionColumn::Customer: return QVariant(row.customerRef);
    case InteractionColumn::ExternalId: return QVariant(row.externalId);
    case InteractionColumn::Duration: return row.durationSeconds ? std::optional<QVariant>(*row.durationSeconds) : std::nullopt;
    case InteractionColumn::FirstResponse:
        return row.firstResponseSeconds ? std::optional<QVariant>(*row.firstResponseSeconds) : std::nullopt;
    case InteractionColumn::Resolved: return row.resolved ? std::optional<QVariant>(*row.resolved ? 1 : 0) : std::nullopt;
    default: return QVariant(toStored(row.startedAt));
    }
}

// What the list orders by below the column: the time (then the id), or the id.
QString orderBelow(InteractionColumn c, const QString &direction)
{
    if (thenByTime(c))
        return QStringLiteral("i.started_at") + direction + QStringLiteral(", i.id") + direction;
    return QStringLiteral("i.id") + direction;
}

// Which index reads a page sorted by a column of its own index: the one SQLite's planner picks, the
// order's (the filters checked on each row it reads) or the filters' (their rows then sorted).
// Drives::Window: the page read among the order's first TriedRows entries, the filters checked on
// each, and where that does not fill it, the filters' rows sorted.
enum class Drives { Planner, Order, Filters, Window };

// Where the filters hold few rows, reading them all and sorting them costs less than walking the
// order's index until a page of them turns up (as the Evaluations list decides).
constexpr qint64 FewRows = 10000;
// How far the order's index is tried for a page of filtered rows. The rows a filter selects may
// all lie far along the order: the 449,000 visits are the longest interactions, so one contact
// centre team's calls by duration, longest first, come after all of them (414 ms walked, against
// 220 ms read by the site and sorted; docs/PERFORMANCE.md).
constexpr qint64 TriedRows = 5000;

// SQLite keeps no statistics for its planner here: filtered by period, site, channel or agent, the
// list reads through the order's index where the filters hold many rows and a page of them lies
// among its first TriedRows, and through the filters' indexes otherwise (a risk, a rule, an id, or
// a text sorted by a key of the list's index of them: always the filters'). A text in many rows
// sorted by customer or external id: its page among the order's first TriedRows, else its rows
// sorted (Drives::Window; 142 ms reading the 129,000 matches of 冷链商品 to sort them, 86 so).
// On PostgreSQL the same without a text (its planner and pg_trgm decide a text's reads): its
// statistics cannot tell where a site's rows lie along the order, and it walked the duration index
// past 360,543 rows of other sites to find one site's 200 longest (765-779 ms; docs/PERFORMANCE.md).
Result<Drives> chooseIndex(Database &db, const InteractionFilter &f, InteractionColumn sortBy, const QString &direction,
                           qint64 rowsWanted)
{
    if (!hasOwnIndex(sortBy))
        return Drives::Planner;
    const bool text = !f.text.trimmed().isEmpty();
    // A text on a server: by time, or too short for pg_trgm, the planner's choice (page() finds a
    // rare short one's rows first). By a key of the list's, its matches sorted: that key's index
    // walked found 冷链商品's matches, all chats, after 450,844 other rows (2.4 s; 0.45 so). By
    // customer or external id, as on a file, the page among the order's first entries if it fills.
    if (text && db.dialect().kind() != SqlDialect::Kind::Sqlite) {
        if (sortBy == InteractionColumn::StartedAt || !searchesIndex(db, f.text.trimmed()))
            return Drives::Planner;
        return inListKeys(sortBy) ? Drives::Filters : Drives::Window;
    }
    if (f.id || f.minRisk || !f.ruleKey.isEmpty() || (text && inListKeys(sortBy)))
        return Drives::Filters; // a set of ids, its keys read from their own index (schema 45)
    if (!text && (!(f.from || f.to || f.siteId || f.channel || f.staffId) || (sortBy == InteractionColumn::Channel && f.channel)))
        return Drives::Planner; // the order's index alone, or the channel's, which gives the order too
    QSqlQuery q(db.connection());
    // Counted only as far as it matters.
    const SqlWhere filtered = buildWhere(db, f);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM interactions i") + filtered.sql() + QStringLiteral(" LIMIT ?) few"));
    filtered.bindTo(q);
    q.addBindValue(FewRows + 1);
    const auto rows = execScalar(q, db);
    if (!rows)
        return Error{rows.error()};
    if (*rows <= FewRows)
        return Drives::Filters;
    if (text)
        return Drives::Window; // its set of matches made once, by the page itself (page())
    // The order's first rows, in its index alone, then checked against the filters.
    const SqlWhere checked = buildWhere(db, f, TextMatch::Index, FilterIndexes::Order);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT i.id FROM interactions i")
              + (mayBeUnknown(sortBy) ? QStringLiteral(" WHERE ") + orderColumn(sortBy) + QStringLiteral(" IS NOT NULL") : QString())
              + QStringLiteral(" ORDER BY ") + orderColumn(sortBy) + direction + QStringLiteral(", ") + orderBelow(sortBy, direction)
              + QStringLiteral(" LIMIT ?) tried JOIN interactions i ON i.id = tried.id") + checked.sql());
    q.addBindValue(TriedRows);
    checked.bindTo(q);
    const auto found = execScalar(q, db);
    if (!found)
        return Error{found.error()};
    return *found >= rowsWanted ? Drives::Order : Drives::Filters;
}

const QString FromJoins = QStringLiteral(
    " FROM interactions i JOIN sites s ON s.id = i.site_id LEFT JOIN staff st ON st.id = i.staff_id");

const QString Columns = QStringLiteral(
    "SELECT i.id, i.started_at, i.channel, s.name, st.name, i.customer_ref, i.duration_s, i.first_response_s, i.resolved, "
    "i.external_id, (SELECT COUNT(*) FROM evaluations e WHERE e.interaction_id = i.id), "
    "(SELECT MAX(si.risk) FROM screened_interactions si WHERE si.interaction_id = i.id AND si.rule_set_id IN "
    "(SELECT id FROM screening_rule_sets WHERE status = 'active')), i.site_id, i.staff_id");

} // namespace

// Sorted by site or agent name, the rows come in the order of the names' index (schema 15): the
// sites (or staff) by name as the outer loop (CROSS JOIN keeps it outer), each one's interactions
// by time from its own index; no sort of the whole table. Interactions without an agent come after
// every agent's, by time: a second read when a page reaches them.
Result<QVector<InteractionRow>> InteractionQuery::page(const InteractionFilter &filter,
                                                       InteractionColumn sortBy,
                                                       Qt::SortOrder order, int offset, int limit, const InteractionRow *after)
{
    // A common text (one interaction in a hundred or more, like a frequent word in transcripts),
    // by time: reading the rows in time order finds a page after a few thousand rows, where
    // fetching every match the index lists and sorting them reads tens of thousands (84,268 for
    // 冷链商品 on 1.5 M: 180 ms against a few). When no agent's name has the text, the time index
    // alone is walked and each entry's id looked up in the index's matches (a set SQLite makes
    // once): no row is read that does not match, so matches that are all old cost 30-60 ms, not the
    // 390 ms of reading 730,000 rows newest first (docs/PERFORMANCE.md). A very common text (in one
    // interaction in four or more where the page starts: 您 in half of them) is looked up in the
    // index row by row instead, a few hundred lookups, where the set would hold every match
    // (787,296: 108 ms against 2-8). Otherwise each row is read and matched with LIKE.
    bool inTimeOrder = false;
    TextMatch match = TextMatch::Index;
    const QString text = filter.text.trimmed();
    if (sortBy == InteractionColumn::Risk)
        sortBy = InteractionColumn::StartedAt;
    if (m_db.dialect().kind() == SqlDialect::Kind::Postgres && searchesIndex(m_db, text)) {
        // On a server the planner chooses between the index's matches and the time index once the
        // text is one condition: the row's own columns alone when no agent's name has the text.
        QSqlQuery q(m_db.connection());
        q.prepare(m_db.dialect().caseless(QStringLiteral("SELECT COUNT(*) FROM staff WHERE name LIKE ? ESCAPE '\\'"), text));
        q.addBindValue(likePattern(text));
        const auto staff = execScalar(q, m_db);
        if (!staff)
            return Error{staff.error()};
        if (*staff == 0)
            match = TextMatch::IndexWithoutStaff;
    } else if (sortBy == InteractionColumn::StartedAt && searchesIndex(m_db, text) && !filter.siteId && !filter.staffId && !filter.id
        && !filter.minRisk && filter.ruleKey.isEmpty() && (offset < 10000 || after)) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM interactions"));
        const auto rows = execScalar(q, m_db);
        if (!rows)
            return Error{rows.error()};
        // Whether the matches reach one in a hundred, counted only that far (the index stops there,
        // where the whole count read all of a common text's matches once more), from the end the
        // page starts at; and how densely they lie among the interactions they span.
        const qint64 common = std::max<qint64>(1, (*rows + 99) / 100);
        q.prepare(QStringLiteral("SELECT COUNT(*), MIN(rowid), MAX(rowid) FROM (") + indexIds(m_db, text) + QStringLiteral(" ORDER BY rowid")
                  + (order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC")) + QStringLiteral(" LIMIT ?) m"));
        for (const QVariant &v : indexBinds(m_db, text))
            q.addBindValue(v);
        q.addBindValue(common);
        if (!q.exec() || !q.next())
            return Error{m_db.describeError(q)};
        const qint64 matches = q.value(0).toLongLong();
        const double density = matches > 0 ? double(matches) / double(q.value(2).toLongLong() - q.value(1).toLongLong() + 1) : 0.0;
        q.finish();
        const auto staff = staffNamed(m_db, text);
        if (!staff)
            return Error{staff.error()};
        inTimeOrder = matches >= common;
        if (inTimeOrder)
            match = *staff != 0 || filter.channel ? TextMatch::Like : density >= 0.25 ? TextMatch::IndexByRow : TextMatch::IndexWithoutStaff;
    }
    // A common text in no customer reference or external id is in transcripts alone: the page walks
    // the interactions that have one (schema 37), never those without (imported without a
    // transcript, store visits) — 730,000 of them before the first match on a workspace grown by a
    // year of imports (docs/PERFORMANCE.md).
    bool transcriptsOnly = false;
    if (inTimeOrder && (match == TextMatch::IndexWithoutStaff || match == TextMatch::IndexByRow)) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM interactions_search WHERE interactions_search MATCH ? LIMIT 1)"));
        q.addBindValue(QString(QStringLiteral("{customer_ref external_id} : ") + indexBinds(m_db, text).constFirst().toString()));
        const auto elsewhere = execScalar(q, m_db);
        if (!elsewhere)
            return Error{elsewhere.error()};
        transcriptsOnly = *elsewhere == 0;
    }
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString byTime = QStringLiteral("i.started_at") + direction + QStringLiteral(", i.id") + direction;
    // Sorted by a column of its own index: which index reads the page (on a server, without a text).
    const auto chosen = chooseIndex(m_db, filter, sortBy, direction, offset + qint64(limit));
    if (!chosen)
        return Error{chosen.error()};
    // A common text by customer or external id: the page among the order's first entries, each
    // checked against the text, where it fills; else the text's rows sorted (Drives::Filters).
    // Counting the matches among those entries first, then reading the page there, made the set of
    // the text's 129,000 matches twice, 35 ms each (117.5 ms with the total; now 86).
    if (*chosen == Drives::Window) {
        SqlWhere windowed = buildWhere(m_db, filter, match, FilterIndexes::Order);
        const QString column = orderColumn(sortBy).mid(2); // the column of the window's own alias
        QString key;
        QVariantList keyValues;
        qint64 skipped = offset;
        if (after) {
            key = QStringLiteral(" WHERE (w.") + column + QStringLiteral(", w.id)") + (order == Qt::AscendingOrder ? QStringLiteral(" > ") : QStringLiteral(" < "))
                  + QStringLiteral("(?, ?)");
            keyValues << *keyValue(*after, sortBy) << after->id;
            skipped = 0;
        }
        windowed.add(QStringLiteral("i.id IN (SELECT w.id FROM interactions w") + key + QStringLiteral(" ORDER BY w.") + column + direction
                         + QStringLiteral(", w.id") + direction + QStringLiteral(" LIMIT ?)"),
                     keyValues << skipped + TriedRows);
        auto rows = readPage(Columns + FromJoins + windowed.sql() + QStringLiteral(" ORDER BY ") + orderColumn(sortBy) + direction
                                 + QStringLiteral(", ") + orderBelow(sortBy, direction) + QStringLiteral(" LIMIT ? OFFSET ?"),
                             windowed, skipped, limit);
        if (!rows || rows->size() == limit)
            return rows;
    }
    const Drives drive = *chosen == Drives::Window ? Drives::Filters : *chosen;
    const FilterIndexes through = drive == Drives::Order ? FilterIndexes::Order : FilterIndexes::Own;
    // The filters' rows sorted: when they come as a set of ids (a text in no agent's name, a risk,
    // a rule, an id), their keys are read from the list's narrow index of them (schema 45), not
    // from the rows: 129,000 matches of 冷链商品 sorted by duration in 71 ms, not 120-200
    // (docs/PERFORMANCE.md, "Sorted by any other column").
    bool byKeys = false;
    if (drive == Drives::Filters && inListKeys(sortBy) && filter.from == std::nullopt && filter.to == std::nullopt
        && !filter.staffId) {
        bool idSet = filter.id || filter.minRisk || !filter.ruleKey.isEmpty();
        if (!text.isEmpty()) {
            const auto staff = staffNamed(m_db, text);
            if (!staff)
                return Error{staff.error()};
            idSet = *staff == 0;
            if (idSet)
                match = TextMatch::IndexWithoutStaff;
        }
        byKeys = idSet;
    }
    SqlWhere where = buildWhere(m_db, filter, match, through);
    if (transcriptsOnly)
        where.add(QStringLiteral("i.transcript IS NOT NULL AND i.transcript <> ''"), {});
    // A text too short for pg_trgm: PostgreSQL guesses it is in half the rows and walks the order's
    // index, all of it for a text in none (退款: 4.4 s on 1.5 M). Its matches are looked for first,
    // as far as the first pages reach: a rare text's are read by id (0.9 s, the table read once), a
    // common one's page is found along the order as before (docs/PERFORMANCE.md).
    if (m_db.dialect().kind() == SqlDialect::Kind::Postgres && !text.isEmpty() && !searchesIndex(m_db, text) && !after
        && offset + limit <= 1000) {
        const SqlWhere matching = buildWhere(m_db, filter);
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT i.id FROM interactions i") + matching.sql() + QStringLiteral(" LIMIT ?"));
        matching.bindTo(q);
        q.addBindValue(offset + limit + 1);
        if (const Status s = execQuery(q, m_db); !s)
            return Error{s.error()};
        QVariantList ids;
        while (q.next())
            ids << q.value(0);
        if (ids.size() <= offset + limit) {
            if (ids.isEmpty())
                return QVector<InteractionRow>();
            where.add(QStringLiteral("i.id IN (") + QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')'), ids);
        }
    }
    // Keyset paging: the rows after the last one shown, by the order's own key (start, then id),
    // which the time indexes hold — not `offset` rows read and thrown away (23 ms at row 10,000 on
    // 1.5 M interactions, and growing with the depth: docs/PERFORMANCE.md).
    qint64 skip = offset;
    const QString beyond = order == Qt::AscendingOrder ? QStringLiteral(" > ") : QStringLiteral(" < ");
    if (after && sortBy == InteractionColumn::StartedAt) {
        where.add(QStringLiteral("(i.started_at, i.id)") + beyond + QStringLiteral("(?, ?)"), {toStored(after->startedAt), after->id});
        skip = 0;
    }
    // By any other column of its own index the same: after the last row's value, then its time
    // (channel, resolved) and id, which that index holds in this order; where that row had no
    // value, among those without one, after its time and id. At row 100,000 by duration: 1.5 ms,
    // where skipping the rows before took 240 (docs/PERFORMANCE.md, "Keyset paging").
    SqlWhere withoutValue = where; // the rows with no value, read after those with one
    bool pastValues = false;       // the last row shown had none: only those without one are left
    SqlWhere afterKey;             // after the last row shown, among those with a value
    if (after && hasOwnIndex(sortBy)) {
        const auto value = keyValue(*after, sortBy);
        const QString below = thenByTime(sortBy) ? QStringLiteral("i.started_at, i.id") : QStringLiteral("i.id");
        QVariantList belowValues;
        if (thenByTime(sortBy))
            belowValues << toStored(after->startedAt);
        belowValues << after->id;
        if (value) {
            const QString column = drive == Drives::Filters ? unindexed(m_db, orderColumn(sortBy)) : orderColumn(sortBy);
            afterKey.add(QStringLiteral("(") + column + QStringLiteral(", ") + below + QStringLiteral(")") + beyond + QStringLiteral("(?")
                             + QStringLiteral(", ?").repeated(int(belowValues.size())) + QStringLiteral(")"),
                         QVariantList{*value} + belowValues);
            where.add(afterKey);
        } else {
            pastValues = true;
            withoutValue.add(QStringLiteral("(") + below + QStringLiteral(")") + beyond + QStringLiteral("(?")
                                 + QStringLiteral(", ?").repeated(int(belowValues.size()) - 1) + QStringLiteral(")"),
                             belowValues);
        }
        skip = 0;
    }
    // By site or agent: the rest of the last row's site (or agent) by time, then the sites after
    // it by name, in two reads, each through its indexes; past the agents, those without one.
    SqlWhere sameGroup = where;
    std::optional<SqlWhere> laterGroups;
    if (after && (sortBy == InteractionColumn::Site || sortBy == InteractionColumn::Staff)) {
        const bool bySite = sortBy == InteractionColumn::Site;
        const std::optional<qint64> group = bySite ? std::optional<qint64>(after->siteId) : after->staffId;
        const QString table = bySite ? QStringLiteral("s") : QStringLiteral("st");
        if (group) {
            sameGroup.add(table + QStringLiteral(".id = ? AND (i.started_at, i.id)") + beyond + QStringLiteral("(?, ?)"),
                          {*group, toStored(after->startedAt), after->id});
            laterGroups = where;
            laterGroups->add(QStringLiteral("(") + table + QStringLiteral(".name, ") + table + QStringLiteral(".id)") + beyond + QStringLiteral("(?, ?)"),
                             {bySite ? after->siteName : after->staffName, *group});
        } else {
            pastValues = true;
            withoutValue.add(QStringLiteral("(i.started_at, i.id)") + beyond + QStringLiteral("(?, ?)"), {toStored(after->startedAt), after->id});
        }
        skip = 0;
    }
    const auto and_ = [&where](const QString &clause) -> QString {
        return (where.sql().isEmpty() ? QStringLiteral(" WHERE ") : where.sql() + QStringLiteral(" AND ")) + clause;
    };
    QString sql;
    std::optional<SqlWhere> pageWhere; // bound before the limit and offset the statement ends with
    // The sites (or agents) by name as the outer loop (CROSS JOIN keeps it outer), each one's
    // interactions by time from its own index. On a server each one's first `reach` (LATERAL):
    // PostgreSQL otherwise sorted every interaction of the first site it read (90 ms by site on the
    // 1 M demo; docs/PERFORMANCE.md).
    const auto byGroup = [&](const SqlWhere &w, qint64 reach) -> QString {
        const QString conditions = (w.sql().isEmpty() ? QStringLiteral(" WHERE ") : w.sql() + QStringLiteral(" AND "));
        if (m_db.dialect().kind() != SqlDialect::Kind::Sqlite) {
            const bool bySite = sortBy == InteractionColumn::Site;
            const QString chosen = QStringLiteral(" CROSS JOIN LATERAL (SELECT * FROM interactions i") + conditions
                                   + (bySite ? QStringLiteral("i.site_id = s.id") : QStringLiteral("i.staff_id = st.id")) + QStringLiteral(" ORDER BY ")
                                   + byTime + QStringLiteral(" LIMIT ") + QString::number(reach) + QStringLiteral(") i ");
            return Columns + (bySite ? QStringLiteral(" FROM sites s") + chosen + QStringLiteral("LEFT JOIN staff st ON st.id = i.staff_id ORDER BY s.name")
                                              + direction + QStringLiteral(", s.id")
                                     : QStringLiteral(" FROM staff st") + chosen + QStringLiteral("JOIN sites s ON s.id = i.site_id ORDER BY st.name")
                                              + direction + QStringLiteral(", st.id"))
                   + direction + QStringLiteral(", ") + byTime + QStringLiteral(" LIMIT ? OFFSET ?");
        }
        if (sortBy == InteractionColumn::Site)
            return Columns + QStringLiteral(" FROM sites s CROSS JOIN interactions i LEFT JOIN staff st ON st.id = i.staff_id") + conditions
                   + QStringLiteral("i.site_id = s.id ORDER BY s.name") + direction + QStringLiteral(", s.id") + direction + QStringLiteral(", ")
                   + byTime + QStringLiteral(" LIMIT ? OFFSET ?");
        return Columns + QStringLiteral(" FROM staff st CROSS JOIN interactions i CROSS JOIN sites s") + conditions
               + QStringLiteral("i.staff_id = st.id AND s.id = i.site_id ORDER BY st.name") + direction + QStringLiteral(", st.id") + direction
               + QStringLiteral(", ") + byTime + QStringLiteral(" LIMIT ? OFFSET ?");
    };
    if (sortBy == InteractionColumn::Site || sortBy == InteractionColumn::Staff) {
        sql = byGroup(sameGroup, skip + limit);
        pageWhere = sameGroup;
    } else if (inTimeOrder) {
        // SQLite is told to walk the time index; PostgreSQL's planner chooses for itself.
        const QString timeIndex = m_db.dialect().kind() != SqlDialect::Kind::Sqlite ? QString()
                                  : transcriptsOnly                                  ? QStringLiteral(" INDEXED BY interactions_time_transcribed")
                                                                                     : QStringLiteral(" INDEXED BY interactions_time");
        sql = Columns + QStringLiteral(" FROM interactions i") + timeIndex
              + QStringLiteral(" JOIN sites s ON s.id = i.site_id LEFT JOIN staff st ON st.id = i.staff_id")
              + where.sql() + QStringLiteral(" ORDER BY ") + byTime;
    } else if (drive == Drives::Filters) {
        // The filters' rows sorted by their keys alone, in an index that holds them where one does
        // (a site's: schema 45), then the page's columns read for its rows only. Sorting whole rows
        // read every one of them from the table (176,306 of one site by duration, with their count:
        // 221 ms, now 31).
        const QString column = orderColumn(sortBy);
        SqlWhere keyed;
        QString from = QStringLiteral(" FROM interactions i");
        if (byKeys && !text.isEmpty() && m_db.dialect().kind() == SqlDialect::Kind::Sqlite) {
            // A text's matches joined to the keys: as a set of ids (IN) SQLite first copies them
            // all into one (83 ms against 71 for the 129,000 matches of 冷链商品).
            from = QStringLiteral(" FROM interactions_search m CROSS JOIN interactions i");
            keyed.add(QStringLiteral("interactions_search MATCH ? AND i.id = m.rowid"), indexBinds(m_db, text));
            InteractionFilter rest = filter;
            rest.text.clear();
            keyed.add(buildWhere(m_db, rest));
            keyed.add(afterKey);
        } else {
            keyed = where;
        }
        if (byKeys && m_db.dialect().kind() == SqlDialect::Kind::Sqlite)
            from += QStringLiteral(" INDEXED BY interactions_list_keys");
        if (mayBeUnknown(sortBy))
            keyed.add(unindexed(m_db, column) + QStringLiteral(" IS NOT NULL"), {});
        const QString inner = QStringLiteral("SELECT i.id") + from + keyed.sql() + QStringLiteral(" ORDER BY ") + unindexed(m_db, column) + direction
                              + QStringLiteral(", ") + orderBelow(sortBy, direction) + QStringLiteral(" LIMIT ? OFFSET ?");
        sql = Columns + QStringLiteral(" FROM (") + inner
              + QStringLiteral(") page CROSS JOIN interactions i JOIN sites s ON s.id = i.site_id LEFT JOIN staff st ON st.id = i.staff_id"
                               " WHERE i.id = page.id ORDER BY ")
              + column + direction + QStringLiteral(", ") + orderBelow(sortBy, direction);
        pageWhere = keyed;
    } else {
        // The column's own index (schema 44), its known values first.
        const QString column = orderColumn(sortBy);
        sql = Columns + FromJoins + (mayBeUnknown(sortBy) ? and_(column + QStringLiteral(" IS NOT NULL")) : where.sql())
              + QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", ") + orderBelow(sortBy, direction);
    }
    auto rows = pastValues ? Result<QVector<InteractionRow>>(QVector<InteractionRow>())
                : pageWhere    ? readPage(sql, *pageWhere, skip, limit)
                               : readPage(sql + QStringLiteral(" LIMIT ? OFFSET ?"), where, skip, limit);
    // By agent, the interactions without one follow every agent's, by time; by a duration, first
    // response or resolution, those without one follow the rest, in the order below the column.
    const QString known = sortBy == InteractionColumn::Staff ? QStringLiteral("i.staff_id")
                          : mayBeUnknown(sortBy)               ? (drive == Drives::Filters ? unindexed(m_db, orderColumn(sortBy)) : orderColumn(sortBy))
                                                               : QString();
    if (rows && laterGroups && rows->size() < limit) {
        const auto later = readPage(byGroup(*laterGroups, limit - int(rows->size())), *laterGroups, 0, limit - int(rows->size()));
        if (!later)
            return later;
        *rows += *later;
    }
    if (!rows || known.isEmpty() || rows->size() == limit)
        return rows;
    // The page reaches past the last interaction with a value: those without one follow.
    skip = 0;
    if (rows->isEmpty() && !(after && (hasOwnIndex(sortBy) || sortBy == InteractionColumn::Staff))) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM interactions i") + and_(known + QStringLiteral(" IS NOT NULL")));
        where.bindTo(q);
        const auto withValue = execScalar(q, m_db);
        if (!withValue)
            return Error{withValue.error()};
        skip = std::max<qint64>(0, offset - *withValue);
    }
    const QString unknownOrder = sortBy == InteractionColumn::Staff ? byTime : orderBelow(sortBy, direction);
    const QString unknown = (withoutValue.sql().isEmpty() ? QStringLiteral(" WHERE ") : withoutValue.sql() + QStringLiteral(" AND "))
                            + known + QStringLiteral(" IS NULL");
    const auto rest = readPage(Columns + FromJoins + unknown + QStringLiteral(" ORDER BY ") + unknownOrder + QStringLiteral(" LIMIT ? OFFSET ?"),
                               withoutValue, skip, limit - int(rows->size()));
    if (!rest)
        return rest;
    *rows += *rest;
    return rows;
}

Result<QVector<InteractionRow>> InteractionQuery::readPage(const QString &sql, const SqlWhere &where, qint64 offset, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    where.bindTo(q);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<InteractionRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        InteractionRow r;
        r.id = q.value(0).toLongLong();
        r.startedAt = fromStored(q.value(1).toLongLong());
        r.channel = channelFromKey(q.value(2).toString()).value_or(Channel::Call);
        r.siteName = q.value(3).toString();
        r.staffName = q.value(4).toString();
        r.customerRef = q.value(5).toString();
        if (!q.value(6).isNull())
            r.durationSeconds = q.value(6).toInt();
        if (!q.value(7).isNull())
            r.firstResponseSeconds = q.value(7).toInt();
        if (!q.value(8).isNull())
            r.resolved = q.value(8).toBool();
        r.externalId = q.value(9).toString();
        r.evaluationCount = q.value(10).toInt();
        if (!q.value(11).isNull())
            r.risk = q.value(11).toInt();
        r.siteId = q.value(12).toLongLong();
        if (!q.value(13).isNull())
            r.staffId = q.value(13).toLongLong();
        rows.push_back(r);
    }
    return rows;
}

Result<qint64> InteractionQuery::count(const InteractionFilter &filter)
{
    QSqlQuery q(m_db.connection());
    // Period, site and channel: from the daily counts (interaction_rollup), not the rows.
    const auto days = LocalDays::load(m_db);
    if (days && filter.text.trimmed().isEmpty() && !filter.staffId && !filter.id && !filter.minRisk && filter.ruleKey.isEmpty()
        && rollups::onDayBounds(filter.from, filter.to, *days)) {
        SqlWhere rolled;
        rollups::addDayRange(rolled, filter.from, filter.to, *days);
        if (filter.siteId)
            rolled.add("site_id = ?", *filter.siteId);
        if (filter.channel)
            rolled.add("channel = ?", channelKey(*filter.channel));
        q.prepare(QStringLiteral("SELECT COALESCE(SUM(interactions), 0) FROM interaction_rollup") + rolled.sql());
        rolled.bindTo(q);
        return execScalar(q, m_db);
    }
    // Text alone: the index's matches and the agents' by name, counted without reading the rows.
    const QString text = filter.text.trimmed();
    if (searchesIndex(m_db, text) && !filter.from && !filter.to && !filter.siteId && !filter.channel && !filter.staffId && !filter.id
        && !filter.minRisk && filter.ruleKey.isEmpty()) {
        // When no agent's name has the text (the usual case), the index's matches are counted as
        // they come; the UNION with the agents' interactions sorts them all to drop duplicates.
        const auto staff = staffNamed(m_db, text);
        if (!staff)
            return staff;
        q.prepare(m_db.dialect().caseless(QStringLiteral("SELECT COUNT(*) FROM (") + indexIds(m_db, text)
                                          + (*staff == 0 ? QString()
                                                         : QStringLiteral(" UNION SELECT id FROM interactions WHERE staff_id IN "
                                                                          "(SELECT id FROM staff WHERE name LIKE ? ESCAPE '\\')"))
                                          + QStringLiteral(") m"), text));
        for (const QVariant &v : indexBinds(m_db, text))
            q.addBindValue(v);
        if (*staff != 0)
            q.addBindValue(likePattern(text));
        return execScalar(q, m_db);
    }
    const SqlWhere where = buildWhere(m_db, filter);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM interactions i") + where.sql());
    where.bindTo(q);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    q.next();
    return q.value(0).toLongLong();
}

} // namespace servqa
