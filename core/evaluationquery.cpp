#include "evaluationquery.h"

#include "outputfile.h"

#include "csvwriter.h"
#include "database.h"
#include "localdays.h"
#include "rollups.h"
#include "sqlwhere.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace servqa {

namespace {

// Which of the list's filters by status, result and inspector may be read through their own
// indexes (schema 43); the others are written "+e.column" and checked on each row instead.
struct FilterIndexes
{
    bool status = true;
    bool passed = true;
    bool inspector = true;
    bool score = false;
};

SqlWhere buildWhere(const EvaluationFilter &f, const FilterIndexes &through = {})
{
    const auto column = [](bool indexed, const char *name) -> QString {
        return (indexed ? QString() : QStringLiteral("+")) + QLatin1String(name) + QStringLiteral(" = ?");
    };
    SqlWhere w;
    if (f.from)
        w.add("e.occurred_at >= ?", toStored(*f.from));
    if (f.to)
        w.add("e.occurred_at < ?", toStored(*f.to));
    if (f.siteId)
        w.add("e.site_id = ?", *f.siteId);
    if (f.staffId)
        w.add("e.staff_id = ?", *f.staffId);
    if (f.formId)
        w.add("e.form_version_id IN (SELECT id FROM form_versions WHERE form_id = ?)", *f.formId);
    // Drafts are work in progress, not results: listed only when the status filter asks for them.
    if (f.status)
        w.add(column(through.status, "e.status"), {evaluationStatusKey(*f.status)});
    else
        w.add(QStringLiteral("e.status <> 'draft'"), {});
    if (f.autoFailed)
        w.add("e.auto_failed = ?", *f.autoFailed ? 1 : 0);
    if (f.passed)
        w.add(column(through.passed, "e.passed"), {*f.passed ? 1 : 0});
    if (f.inspectorId)
        w.add(column(through.inspector, "e.inspector_id"), {*f.inspectorId});
    // "+": not through the score's index (schema 42, for the list sorted by score) unless asked. A
    // range of scores holds a fifth of the evaluations or so: with another filter, each would be
    // looked up in the table (274 ms on a million) where reading the table straight through takes
    // 109; alone, the index holds all the count needs (schema 45: 16 ms).
    const QString score = through.score ? QStringLiteral("e.score") : QStringLiteral("+e.score");
    if (f.scoreMin)
        w.add(score + QStringLiteral(" >= ?"), {*f.scoreMin});
    if (f.scoreMax)
        w.add(score + QStringLiteral(" <= ?"), {*f.scoreMax});
    return w;
}

// The list's order below the column sorted by: by time where the column is a name, a status or a
// result (as the Interactions list), by id where it is a score (schema 42's and 43's indexes hold
// each column with that order, docs/architecture.md).
QString orderColumns(EvaluationColumn c, const QString &direction)
{
    const auto thenTime = [&direction](const char *column) -> QString {
        return QLatin1String(column) + direction + QStringLiteral(", e.occurred_at") + direction + QStringLiteral(", e.id") + direction;
    };
    const auto thenId = [&direction](const char *column) -> QString {
        return QLatin1String(column) + direction + QStringLiteral(", e.id") + direction;
    };
    switch (c) {
    case EvaluationColumn::OccurredAt: return thenId("e.occurred_at");
    case EvaluationColumn::Status: return thenTime("e.status");
    case EvaluationColumn::Result: return thenTime("e.passed");
    case EvaluationColumn::Score: return thenId("e.score");
    case EvaluationColumn::Tangibles: return thenId("e.score_tangibles");
    case EvaluationColumn::Reliability: return thenId("e.score_reliability");
    case EvaluationColumn::Responsiveness: return thenId("e.score_responsiveness");
    case EvaluationColumn::Assurance: return thenId("e.score_assurance");
    case EvaluationColumn::Empathy: return thenId("e.score_empathy");
    case EvaluationColumn::Site:
    case EvaluationColumn::Staff:
    case EvaluationColumn::Form:
    case EvaluationColumn::Inspector:
        break; // read through the names' own order, below
    }
    return thenId("e.occurred_at");
}

// Whether an equality filter's own index should drive the list's read: where it gives the order
// (by time, or by the column filtered), or where it holds few rows, so that reading them all and
// sorting them costs less than walking the order's index until a page of them turns up. Sorted by
// score, a filter by a status that holds 600,000 of a million evaluations read them all through
// its index and sorted them (3 s); one that holds six walked the score's index to its end.
constexpr qint64 FewRows = 10000;

Result<bool> readThroughIndex(Database &db, const QString &column, const QVariant &value, bool givesOrder)
{
    // PostgreSQL plans from its statistics (and has no unary plus for text).
    if (givesOrder || db.dialect().kind() != SqlDialect::Kind::Sqlite)
        return true;
    QSqlQuery q(db.connection());
    // Counted in the index alone, and only as far as it matters.
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM evaluations WHERE ") + column + QStringLiteral(" = ? LIMIT ?) few"));
    q.addBindValue(value);
    q.addBindValue(FewRows + 1);
    const auto rows = execScalar(q, db);
    if (!rows)
        return Error{rows.error()};
    return *rows <= FewRows;
}

// One part of the list after the last row shown (keyset paging): the rows `where` keeps, read in
// the list's order, or (`inOrder` false) those with no value in the column sorted by, read by `below`
// ("e.occurred_at": then by id; "e.id").
struct KeysetPart
{
    SqlWhere where;
    bool inOrder = true;
    QString below;
};

// The column a list sorted by `c` orders by first, where it is one of the evaluation's own.
QString keyColumn(EvaluationColumn c)
{
    switch (c) {
    case EvaluationColumn::Status: return QStringLiteral("e.status");
    case EvaluationColumn::Result: return QStringLiteral("e.passed");
    case EvaluationColumn::Score: return QStringLiteral("e.score");
    case EvaluationColumn::Tangibles: return QStringLiteral("e.score_tangibles");
    case EvaluationColumn::Reliability: return QStringLiteral("e.score_reliability");
    case EvaluationColumn::Responsiveness: return QStringLiteral("e.score_responsiveness");
    case EvaluationColumn::Assurance: return QStringLiteral("e.score_assurance");
    case EvaluationColumn::Empathy: return QStringLiteral("e.score_empathy");
    default: return QStringLiteral("e.occurred_at");
    }
}

// A row's value in that column, as stored; none where it has none.
std::optional<QVariant> keyValue(const EvaluationRow &row, EvaluationColumn c)
{
    const auto real = [](const std::optional<double> &v) { return v ? std::optional<QVariant>(*v) : std::nullopt; };
    switch (c) {
    case EvaluationColumn::Status: return QVariant(evaluationStatusKey(row.status));
    case EvaluationColumn::Result: return row.passed ? std::optional<QVariant>(*row.passed ? 1 : 0) : std::nullopt;
    case EvaluationColumn::Score: return real(row.score);
    case EvaluationColumn::Tangibles: return real(row.dimensions[dimensionIndex(Dimension::Tangibles)]);
    case EvaluationColumn::Reliability: return real(row.dimensions[dimensionIndex(Dimension::Reliability)]);
    case EvaluationColumn::Responsiveness: return real(row.dimensions[dimensionIndex(Dimension::Responsiveness)]);
    case EvaluationColumn::Assurance: return real(row.dimensions[dimensionIndex(Dimension::Assurance)]);
    case EvaluationColumn::Empathy: return real(row.dimensions[dimensionIndex(Dimension::Empathy)]);
    default: return QVariant(toStored(row.occurredAt));
    }
}

// The list after `after`, sorted by anything but time, as the parts it is read in. By site,
// agent, inspector or form: the rest of that one's evaluations by time, then the ones after it by
// name (or code and version), then those with no agent or inspector, by time. By a column of the
// evaluation: after its value, then its time (status, result) or id; the rows with no value come
// where the server puts them, first going up on SQLite (its NULL is the least) and last on
// PostgreSQL, and among themselves by time or id.
QVector<KeysetPart> keysetParts(EvaluationColumn sortBy, Qt::SortOrder order, const EvaluationRow &after, const SqlWhere &where, bool sqlite)
{
    const QString beyond = order == Qt::AscendingOrder ? QStringLiteral(" > ") : QStringLiteral(" < ");
    const QVariant time = toStored(after.occurredAt);
    const auto part = [&where](const QString &clause, const QVariantList &values, bool inOrder, const QString &below = QString()) {
        KeysetPart p{where, inOrder, below};
        p.where.add(clause, values);
        return p;
    };
    QVector<KeysetPart> parts;
    if (sortBy == EvaluationColumn::Site || sortBy == EvaluationColumn::Staff || sortBy == EvaluationColumn::Inspector
        || sortBy == EvaluationColumn::Form) {
        const bool form = sortBy == EvaluationColumn::Form;
        const std::optional<qint64> one = sortBy == EvaluationColumn::Site    ? std::optional<qint64>(after.siteId)
                                          : sortBy == EvaluationColumn::Staff ? after.staffId
                                          : form                              ? std::optional<qint64>(after.formVersionId)
                                                                              : after.inspectorId;
        const QString table = sortBy == EvaluationColumn::Site    ? QStringLiteral("s")
                              : sortBy == EvaluationColumn::Staff ? QStringLiteral("st")
                              : form                              ? QStringLiteral("v")
                                                                  : QStringLiteral("u");
        const QString named = sortBy == EvaluationColumn::Staff ? QStringLiteral("e.staff_id") : QStringLiteral("e.inspector_id");
        if (!one) {
            parts << part(named + QStringLiteral(" IS NULL AND (e.occurred_at, e.id)") + beyond + QStringLiteral("(?, ?)"), {time, after.id}, false,
                          QStringLiteral("e.occurred_at"));
            return parts;
        }
        parts << part(table + QStringLiteral(".id = ? AND (e.occurred_at, e.id)") + beyond + QStringLiteral("(?, ?)"), {*one, time, after.id}, true);
        if (form)
            parts << part(QStringLiteral("(f.code, v.version)") + beyond + QStringLiteral("(?, ?)"), {after.formCode, after.formVersion}, true);
        else
            parts << part(QStringLiteral("(") + table + QStringLiteral(".name, ") + table + QStringLiteral(".id)") + beyond + QStringLiteral("(?, ?)"),
                          {sortBy == EvaluationColumn::Site    ? after.siteName
                           : sortBy == EvaluationColumn::Staff ? after.staffName
                                                               : after.inspectorName,
                           *one},
                          true);
        if (sortBy == EvaluationColumn::Staff || sortBy == EvaluationColumn::Inspector)
            parts << part(named + QStringLiteral(" IS NULL"), {}, false, QStringLiteral("e.occurred_at"));
        return parts;
    }
    const QString column = keyColumn(sortBy);
    const bool thenTime = sortBy == EvaluationColumn::Status || sortBy == EvaluationColumn::Result;
    const QString below = thenTime ? QStringLiteral("e.occurred_at") : QStringLiteral("e.id");
    const QString belowKey = thenTime ? QStringLiteral("e.occurred_at, e.id") : QStringLiteral("e.id");
    QVariantList belowValues;
    if (thenTime)
        belowValues << time;
    belowValues << after.id;
    const QString marks = QStringLiteral("(?") + QStringLiteral(", ?").repeated(int(belowValues.size()) - 1);
    const bool nullsFirst = sqlite == (order == Qt::AscendingOrder);
    const bool mayBeNull = sortBy != EvaluationColumn::Status;
    if (const auto value = keyValue(after, sortBy)) {
        parts << part(QStringLiteral("(") + column + QStringLiteral(", ") + belowKey + QStringLiteral(")") + beyond + marks + QStringLiteral(", ?)"),
                      QVariantList{*value} + belowValues, true);
        if (mayBeNull && !nullsFirst)
            parts << part(column + QStringLiteral(" IS NULL"), {}, false, below);
    } else {
        parts << part(column + QStringLiteral(" IS NULL AND (") + belowKey + QStringLiteral(")") + beyond + marks + QStringLiteral(")"), belowValues,
                      false, below);
        if (nullsFirst)
            parts << part(column + QStringLiteral(" IS NOT NULL"), {}, true);
    }
    return parts;
}

std::optional<double> optionalReal(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

} // namespace

// Sorted by site, agent or inspector name, the rows come in the order of the names' index (schemas
// 15 and 43), as the Interactions list reads them: the sites (or staff, or users) by name as the
// outer loop (CROSS JOIN keeps it outer), each one's evaluations by time from its own index — not
// every evaluation joined and sorted (0.5-0.8 s on a million). Evaluations without an agent (or
// inspector) come after every named one's, by time: a second read when the rows reach them. By
// form, the same through the forms' codes and versions. Every other column has an index in the
// list's order (orderColumns()).
Status EvaluationQuery::forEachRow(const EvaluationFilter &filter, EvaluationColumn sortBy, Qt::SortOrder order,
                                   int offset, int limit, const EvaluationRow *after,
                                   const std::function<bool(const EvaluationRow &)> &visit)
{
    FilterIndexes through;
    // Each filter with an index of its own: through it, or checked on the rows the order reads.
    const auto choose = [&](bool filtered, const char *column, const QVariant &value, EvaluationColumn own, bool &indexed) -> Status {
        if (!filtered)
            return success();
        const auto r = readThroughIndex(m_db, QLatin1String(column), value, sortBy == EvaluationColumn::OccurredAt || sortBy == own);
        if (!r)
            return Error{r.error()};
        indexed = *r;
        return success();
    };
    for (const Status &s : {choose(bool(filter.status), "status", filter.status ? evaluationStatusKey(*filter.status) : QString(),
                                   EvaluationColumn::Status, through.status),
                            choose(bool(filter.passed), "passed", filter.passed.value_or(false) ? 1 : 0, EvaluationColumn::Result, through.passed),
                            choose(bool(filter.inspectorId), "inspector_id", filter.inspectorId.value_or(0), EvaluationColumn::Inspector,
                                   through.inspector)}) {
        if (!s)
            return s;
    }
    SqlWhere where = buildWhere(filter, through);
    const QString beyond = order == Qt::AscendingOrder ? QStringLiteral(" > ") : QStringLiteral(" < ");
    if (after && sortBy == EvaluationColumn::OccurredAt) {
        // Keyset paging: the rows after the last one shown, by the key the time index holds.
        where.add(QStringLiteral("(e.occurred_at, e.id)") + beyond + QStringLiteral("(?, ?)"), {toStored(after->occurredAt), after->id});
        offset = 0;
    }
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString byTime = QStringLiteral("e.occurred_at") + direction + QStringLiteral(", e.id") + direction;
    const QString columns = QStringLiteral(
        "SELECT e.id, e.occurred_at, s.name, st.name, f.code, v.version, u.name, e.status, "
        "e.score, e.passed, e.auto_failed, e.score_tangibles, e.score_reliability, "
        "e.score_responsiveness, e.score_assurance, e.score_empathy, e.form_version_id, e.site_id, e.staff_id, e.inspector_id ");
    const QString formsAndInspector =
        QStringLiteral(" JOIN form_versions v ON v.id = e.form_version_id JOIN forms f ON f.id = v.form_id "
                       "LEFT JOIN users u ON u.id = e.inspector_id");
    const QString joins = QStringLiteral("FROM evaluations e JOIN sites s ON s.id = e.site_id LEFT JOIN staff st ON st.id = e.staff_id")
                          + formsAndInspector;
    // On a server the page's evaluations are chosen first, in the list's order, and only then joined
    // to their names: by site, agent, form or inspector, each one's first `reach` by time from its
    // own index (LATERAL), the names as the outer loop; by a column of the evaluation, the first
    // `reach` through that column's index. PostgreSQL otherwise joined first and sorted what the
    // joins gave: every evaluation of the first name (700,000 of the demo's call form: 529-537 ms by
    // form, 304-326 by inspector on the 1 M demo), or, misjudging a keyset's row comparison as one
    // row, the 97,085 evaluations after the row shown (529 ms scrolled by status; docs/PERFORMANCE.md).
    const bool server = m_db.dialect().kind() != SqlDialect::Kind::Sqlite;
    const auto chosen = [&](const QString &where, const QString &orderBy, qint64 reach) -> QString {
        return QStringLiteral("(SELECT * FROM evaluations e") + where + QStringLiteral(" ORDER BY ") + orderBy
               + (reach >= 0 ? QStringLiteral(" LIMIT ") + QString::number(reach) : QString()) + QStringLiteral(") e");
    };
    // The list's order over the rows `w` keeps, `reach` of them at most (all where negative).
    const auto ordered = [&](const SqlWhere &w, qint64 reach) -> QString {
        const QString conditions = w.sql().isEmpty() ? QStringLiteral(" WHERE ") : w.sql() + QStringLiteral(" AND ");
        if (server) {
            const auto byName = [&](const QString &names, const QString &joined, const QString &rest, const QString &keys) -> QString {
                return columns + QStringLiteral("FROM ") + names + QStringLiteral(" CROSS JOIN LATERAL ") + chosen(conditions + joined, byTime, reach) + rest
                       + QStringLiteral(" ORDER BY ") + keys + QStringLiteral(", ") + byTime;
            };
            const QString site = QStringLiteral(" JOIN sites s ON s.id = e.site_id");
            const QString agent = QStringLiteral(" LEFT JOIN staff st ON st.id = e.staff_id");
            const QString form = QStringLiteral(" JOIN form_versions v ON v.id = e.form_version_id JOIN forms f ON f.id = v.form_id");
            const QString inspector = QStringLiteral(" LEFT JOIN users u ON u.id = e.inspector_id");
            switch (sortBy) {
            case EvaluationColumn::Site:
                return byName(QStringLiteral("sites s"), QStringLiteral("e.site_id = s.id"), agent + form + inspector,
                              QStringLiteral("s.name") + direction + QStringLiteral(", s.id") + direction);
            case EvaluationColumn::Staff:
                return byName(QStringLiteral("staff st"), QStringLiteral("e.staff_id = st.id"), site + form + inspector,
                              QStringLiteral("st.name") + direction + QStringLiteral(", st.id") + direction);
            case EvaluationColumn::Inspector:
                return byName(QStringLiteral("users u"), QStringLiteral("e.inspector_id = u.id"), site + agent + form,
                              QStringLiteral("u.name") + direction + QStringLiteral(", u.id") + direction);
            case EvaluationColumn::Form:
                return byName(QStringLiteral("forms f CROSS JOIN form_versions v"), QStringLiteral("e.form_version_id = v.id"),
                              site + agent + inspector + QStringLiteral(" WHERE v.form_id = f.id"),
                              QStringLiteral("f.code") + direction + QStringLiteral(", v.version") + direction);
            default:
                return columns + QStringLiteral("FROM ") + chosen(w.sql(), orderColumns(sortBy, direction), reach) + site + agent + form + inspector
                       + QStringLiteral(" ORDER BY ") + orderColumns(sortBy, direction);
            }
        }
        // The sites (agents, inspectors: `table`) by name as the outer loop, each one's by time.
        const auto byName = [&](const QString &from, const QString &joined, const QString &table) -> QString {
            return columns + from + conditions + joined + QStringLiteral(" ORDER BY ") + table + QStringLiteral(".name") + direction
                   + QStringLiteral(", ") + table + QStringLiteral(".id") + direction + QStringLiteral(", ") + byTime;
        };
        switch (sortBy) {
        case EvaluationColumn::Site:
            return byName(QStringLiteral("FROM sites s CROSS JOIN evaluations e LEFT JOIN staff st ON st.id = e.staff_id") + formsAndInspector,
                          QStringLiteral("e.site_id = s.id"), QStringLiteral("s"));
        case EvaluationColumn::Form:
            // Forms by code, each one's versions in order, each version's evaluations by time: the
            // forms' and versions' unique keys and the evaluations' index by version and time.
            return columns
                   + QStringLiteral("FROM forms f CROSS JOIN form_versions v CROSS JOIN evaluations e JOIN sites s ON s.id = e.site_id "
                                    "LEFT JOIN staff st ON st.id = e.staff_id LEFT JOIN users u ON u.id = e.inspector_id")
                   + conditions + QStringLiteral("v.form_id = f.id AND e.form_version_id = v.id ORDER BY f.code") + direction
                   + QStringLiteral(", v.version") + direction + QStringLiteral(", ") + byTime;
        case EvaluationColumn::Staff:
            return byName(QStringLiteral("FROM staff st CROSS JOIN evaluations e JOIN sites s ON s.id = e.site_id") + formsAndInspector,
                          QStringLiteral("e.staff_id = st.id"), QStringLiteral("st"));
        case EvaluationColumn::Inspector:
            // The users by name (schema 43), each one's evaluations by time from its own index.
            return byName(QStringLiteral("FROM users u CROSS JOIN evaluations e JOIN sites s ON s.id = e.site_id LEFT JOIN staff st ON st.id = e.staff_id "
                                         "JOIN form_versions v ON v.id = e.form_version_id JOIN forms f ON f.id = v.form_id"),
                          QStringLiteral("e.inspector_id = u.id"), QStringLiteral("u"));
        default:
            return columns + joins + w.sql() + QStringLiteral(" ORDER BY ") + orderColumns(sortBy, direction);
        }
    };
    // By agent or inspector, the evaluations without one follow every named one's, by time.
    const QString named = sortBy == EvaluationColumn::Staff       ? QStringLiteral("e.staff_id")
                          : sortBy == EvaluationColumn::Inspector ? QStringLiteral("e.inspector_id")
                                                                  : QString();
    // Reads `statement` over the rows `w` keeps from `skip` on (at most `rows` of them, all when
    // negative), handing each to `visit`; how many it handed, or that `visit` asked to stop.
    bool stopped = false;
    const auto read = [&](const QString &statement, const SqlWhere &w, qint64 skip, int rows) -> Result<int> {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(statement + (rows >= 0 ? QStringLiteral(" LIMIT ? OFFSET ?") : QString()));
        w.bindTo(q);
        if (rows >= 0) {
            q.addBindValue(rows);
            q.addBindValue(skip);
        }
        if (const Status s = execQuery(q, m_db); !s)
            return Error{s.error()};
        int handed = 0;
        while (q.next()) {
            EvaluationRow r;
            r.id = q.value(0).toLongLong();
            r.occurredAt = fromStored(q.value(1).toLongLong());
            r.siteName = q.value(2).toString();
            r.staffName = q.value(3).toString();
            r.formCode = q.value(4).toString();
            r.formVersion = q.value(5).toInt();
            r.inspectorName = q.value(6).toString();
            r.status = evaluationStatusFromKey(q.value(7).toString()).value_or(EvaluationStatus::Draft);
            r.score = optionalReal(q.value(8));
            if (!q.value(9).isNull())
                r.passed = q.value(9).toBool();
            r.autoFailed = q.value(10).toBool();
            for (Dimension d : AllDimensions)
                r.dimensions[dimensionIndex(d)] = optionalReal(q.value(11 + dimensionIndex(d)));
            r.formVersionId = q.value(16).toLongLong();
            r.siteId = q.value(17).toLongLong();
            if (!q.value(18).isNull())
                r.staffId = q.value(18).toLongLong();
            if (!q.value(19).isNull())
                r.inspectorId = q.value(19).toLongLong();
            ++handed;
            if (!visit(r)) {
                stopped = true;
                break;
            }
        }
        return handed;
    };
    if (after && sortBy != EvaluationColumn::OccurredAt) {
        // Keyset paging in any other order: the parts of the list after the last row shown, each
        // read from its start through its indexes, in turn until the page has its rows (1.4-2.4 ms at
        // any depth where skipping rows grew with it: docs/PERFORMANCE.md, "Keyset paging in every
        // order").
        const auto parts = keysetParts(sortBy, order, *after, where, m_db.dialect().kind() == SqlDialect::Kind::Sqlite);
        int handed = 0;
        for (const KeysetPart &part : parts) {
            const QString statement = part.inOrder ? ordered(part.where, limit < 0 ? -1 : limit - handed)
                                                 : columns + joins + part.where.sql() + QStringLiteral(" ORDER BY ") + part.below + direction
                                                       + (part.below == QLatin1String("e.id") ? QString() : QStringLiteral(", e.id") + direction);
            const auto got = read(statement, part.where, 0, limit < 0 ? -1 : limit - handed);
            if (!got)
                return Error{got.error()};
            handed += *got;
            if (stopped || (limit >= 0 && handed == limit))
                break;
        }
        return success();
    }
    const auto handed = read(ordered(where, limit < 0 ? -1 : offset + qint64(limit)), where, offset, limit);
    if (!handed)
        return Error{handed.error()};
    if (stopped || named.isEmpty() || (limit >= 0 && *handed == limit))
        return success();
    // The rows reach past the last named evaluation: those without a name follow.
    qint64 skip = 0;
    if (*handed == 0 && offset > 0) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM evaluations e") + (where.sql().isEmpty() ? QStringLiteral(" WHERE ") : where.sql() + QStringLiteral(" AND ")) + named
                  + QStringLiteral(" IS NOT NULL"));
        where.bindTo(q);
        const auto withName = execScalar(q, m_db);
        if (!withName)
            return Error{withName.error()};
        skip = std::max<qint64>(0, offset - *withName);
    }
    SqlWhere unnamed = where;
    unnamed.add(named + QStringLiteral(" IS NULL"), {});
    const auto rest = read(columns + joins + unnamed.sql() + QStringLiteral(" ORDER BY ") + byTime, unnamed, skip, limit < 0 ? -1 : limit - *handed);
    if (!rest)
        return Error{rest.error()};
    return success();
}

Result<QVector<EvaluationRow>> EvaluationQuery::page(const EvaluationFilter &filter, EvaluationColumn sortBy,
                                                     Qt::SortOrder order, int offset, int limit, const EvaluationRow *after)
{
    QVector<EvaluationRow> rows;
    rows.reserve(limit);
    const Status s = forEachRow(filter, sortBy, order, offset, limit, after, [&rows](const EvaluationRow &r) {
        rows.push_back(r);
        return true;
    });
    if (!s)
        return Error{s.error()};
    return rows;
}

namespace {

// Whether the daily sums count exactly the evaluations this connection may see. In a file, yes.
// On a server each role reads both as core/server/security.sql lets it: a lead, an admin or an
// inspector every evaluation and every sum, a manager their own sites' of both; a mystery shopper
// only their own evaluations but every site's sums (submitting writes them), so a shopper's totals
// are counted in the rows. A server without ServQA's roles counts rows too.
bool sumsMatchWhatIsSeen(Database &db)
{
    if (db.dialect().kind() == SqlDialect::Kind::Sqlite)
        return true;
    // By the roles' ids from pg_roles: pg_has_role of a role name that does not exist is an error,
    // which would abort a transaction the count is part of.
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT COALESCE(bool_or(r.rolname IN ('servqa_lead', 'servqa_admin', 'servqa_inspector')), false) "
                                 "OR (COALESCE(bool_or(r.rolname = 'servqa_manager'), false) "
                                 "AND NOT COALESCE(bool_or(r.rolname = 'servqa_shopper'), false)) "
                                 "FROM pg_roles r WHERE r.rolname IN ('servqa_lead', 'servqa_admin', 'servqa_inspector', 'servqa_manager', "
                                 "'servqa_shopper') AND pg_has_role(r.oid, 'MEMBER')"))
           && q.next() && q.value(0).toBool();
}

} // namespace

Result<qint64> EvaluationQuery::count(const EvaluationFilter &filter)
{
    QSqlQuery q(m_db.connection());
    // Results (every status but draft) by period, site, form, passed or failed automatically: from
    // the daily sums (score_rollup), not the rows — the whole list's total read a million rows
    // (0.3-0.7 s in a file, 90 ms on a server) each time the Evaluations page was first shown.
    const auto days = LocalDays::load(m_db);
    if (days && !filter.status && !filter.staffId && !filter.inspectorId && !filter.scoreMin && !filter.scoreMax
        && filter.passed.value_or(true) && filter.autoFailed.value_or(true) && !(filter.passed && filter.autoFailed)
        && rollups::onDayBounds(filter.from, filter.to, *days) && sumsMatchWhatIsSeen(m_db)) {
        SqlWhere rolled;
        rollups::addDayRange(rolled, filter.from, filter.to, *days);
        if (filter.siteId)
            rolled.add("site_id = ?", *filter.siteId);
        if (filter.formId)
            rolled.add("form_id = ?", *filter.formId);
        const QString counted = filter.passed ? QStringLiteral("passed") : filter.autoFailed ? QStringLiteral("auto_failed") : QStringLiteral("evaluations");
        q.prepare(QStringLiteral("SELECT COALESCE(SUM(") + counted + QStringLiteral("), 0) FROM score_rollup") + rolled.sql());
        rolled.bindTo(q);
        return execScalar(q, m_db);
    }
    // A range of scores alone (and a status): counted in the score's index.
    FilterIndexes through;
    through.score = (filter.scoreMin || filter.scoreMax) && !filter.from && !filter.to && !filter.siteId && !filter.staffId && !filter.formId
                    && !filter.autoFailed && !filter.passed && !filter.inspectorId;
    const SqlWhere where = buildWhere(filter, through);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM evaluations e") + where.sql());
    where.bindTo(q);
    // On a server, counted by one process. PostgreSQL plans a count of one index's entries with
    // two more workers, each started for it: on the 1 M demo one inspector's 166,732 took 125 ms
    // so and 26 ms without them, the failed evaluations 143 against 70 (docs/PERFORMANCE.md, "The
    // lists on the server"). Only here: a text's count on the Interactions list gains from them.
    const bool server = m_db.dialect().kind() != SqlDialect::Kind::Sqlite;
    if (server) {
        if (const Status s = m_db.exec(QStringLiteral("SET max_parallel_workers_per_gather = 0")); !s)
            return Error{s.error()};
    }
    auto counted = execScalar(q, m_db);
    if (server && counted) {
        if (const Status s = m_db.exec(QStringLiteral("RESET max_parallel_workers_per_gather")); !s)
            return Error{s.error()};
    }
    return counted;
}

} // namespace servqa

namespace servqa {

Result<qint64> EvaluationQuery::exportCsv(const EvaluationFilter &filter, EvaluationColumn sortBy, Qt::SortOrder order,
                                          const QString &path, const std::function<bool(qint64, qint64)> &progress)
{
    const auto total = count(filter);
    if (!total)
        return Error{total.error()};
    if (const Status s = checkOutputPath(path, {m_db.path()}); !s)
        return Error{s.error()};
    QSaveFile file(path);
    file.setDirectWriteFallback(false); // never write into the target itself: whole or not at all
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("EvaluationExport", "Cannot write %1: %2").arg(path, file.errorString())};
    QStringList header{QCoreApplication::translate("EvaluationExport", "Evaluation ID"), QCoreApplication::translate("EvaluationExport", "Interaction time"), QCoreApplication::translate("EvaluationExport", "Site"), QCoreApplication::translate("EvaluationExport", "Agent / employee"), QCoreApplication::translate("EvaluationExport", "Form"),
                       QCoreApplication::translate("EvaluationExport", "Version"), QCoreApplication::translate("EvaluationExport", "Inspector"), QCoreApplication::translate("EvaluationExport", "Status"), QCoreApplication::translate("EvaluationExport", "Score (%)"), QCoreApplication::translate("EvaluationExport", "Result")};
    for (Dimension d : AllDimensions)
        header << QCoreApplication::translate("EvaluationExport", "%1 (%)").arg(dimensionName(d));
    QByteArray chunk = "\xEF\xBB\xBF" + csvRecord(header);
    auto number = [](const std::optional<double> &v) { return v ? QString::number(*v, 'f', 1) : QString(); };
    // One forward-only pass: paging with OFFSET would rescan the skipped rows every time.
    qint64 written = 0;
    bool cancelled = false;
    QString writeError;
    const Status s = forEachRow(filter, sortBy, order, 0, -1, nullptr, [&](const EvaluationRow &r) {
        const QString result = r.autoFailed ? QCoreApplication::translate("EvaluationExport", "Auto-failed") : !r.passed ? QString() : *r.passed ? QCoreApplication::translate("EvaluationExport", "Passed") : QCoreApplication::translate("EvaluationExport", "Failed");
        QStringList fields{QString::number(r.id), r.occurredAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.siteName,
                           r.staffName, r.formCode, QString::number(r.formVersion), r.inspectorName,
                           evaluationStatusName(r.status), number(r.score), result};
        for (const auto &d : r.dimensions)
            fields << number(d);
        chunk += csvRecord(fields);
        if (++written % 5000 != 0)
            return true;
        if (file.write(chunk) < 0) {
            writeError = file.errorString();
            return false;
        }
        chunk.clear();
        cancelled = progress && !progress(written, *total);
        return !cancelled;
    });
    if (!s)
        return Error{s.error()};
    if (!writeError.isEmpty() || file.write(chunk) < 0)
        return Error{QCoreApplication::translate("EvaluationExport", "Cannot write %1: %2").arg(path, writeError.isEmpty() ? file.errorString() : writeError)};
    if (cancelled || (progress && !progress(written, *total)))
        return Error{QCoreApplication::translate("EvaluationExport", "Export cancelled; %1 was not written.").arg(path)}; // QSaveFile discards it
    if (!file.commit())
        return Error{QCoreApplication::translate("EvaluationExport", "Cannot write %1: %2").arg(path, file.errorString())};
    return written;
}

} // namespace servqa
