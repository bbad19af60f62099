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

SqlWhere buildWhere(const EvaluationFilter &f)
{
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
        w.add("e.status = ?", evaluationStatusKey(*f.status));
    else
        w.add(QStringLiteral("e.status <> 'draft'"), {});
    if (f.autoFailed)
        w.add("e.auto_failed = ?", *f.autoFailed ? 1 : 0);
    if (f.passed)
        w.add("e.passed = ?", *f.passed ? 1 : 0);
    if (f.inspectorId)
        w.add("e.inspector_id = ?", *f.inspectorId);
    // "+": not through the score's index (schema 42, for the list sorted by score). A range of
    // scores holds a fifth of the evaluations or so, and its count then looked each one up in the
    // table (274 ms on a million) where reading the table straight through takes 109.
    if (f.scoreMin)
        w.add("+e.score >= ?", *f.scoreMin);
    if (f.scoreMax)
        w.add("+e.score <= ?", *f.scoreMax);
    return w;
}

QString orderColumn(EvaluationColumn c)
{
    switch (c) {
    case EvaluationColumn::OccurredAt: return QStringLiteral("e.occurred_at");
    case EvaluationColumn::Site: return QStringLiteral("s.name");
    case EvaluationColumn::Staff: return QStringLiteral("st.name");
    case EvaluationColumn::Form: return QStringLiteral("f.code");
    case EvaluationColumn::Inspector: return QStringLiteral("u.name");
    case EvaluationColumn::Status: return QStringLiteral("e.status");
    case EvaluationColumn::Score: return QStringLiteral("e.score");
    case EvaluationColumn::Result: return QStringLiteral("e.passed");
    case EvaluationColumn::Tangibles: return QStringLiteral("e.score_tangibles");
    case EvaluationColumn::Reliability: return QStringLiteral("e.score_reliability");
    case EvaluationColumn::Responsiveness: return QStringLiteral("e.score_responsiveness");
    case EvaluationColumn::Assurance: return QStringLiteral("e.score_assurance");
    case EvaluationColumn::Empathy: return QStringLiteral("e.score_empathy");
    }
    return QStringLiteral("e.occurred_at");
}

std::optional<double> optionalReal(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

} // namespace

// Sorted by site or agent name, the rows come in the order of the names' index (schema 15), as the
// Interactions list reads them: the sites (or staff) by name as the outer loop (CROSS JOIN keeps it
// outer), each one's evaluations by time from its own index — not every evaluation joined and
// sorted (0.5-0.8 s on a million). Evaluations without an agent come after every agent's, by time:
// a second read when the rows reach them. By form, the same through the forms' codes and versions.
Status EvaluationQuery::forEachRow(const EvaluationFilter &filter, EvaluationColumn sortBy, Qt::SortOrder order,
                                   int offset, int limit, const EvaluationRow *after,
                                   const std::function<bool(const EvaluationRow &)> &visit)
{
    SqlWhere where = buildWhere(filter);
    if (after && sortBy == EvaluationColumn::OccurredAt) {
        // Keyset paging: the rows after the last one shown, by the key the time index holds.
        where.add(QStringLiteral("(e.occurred_at, e.id) ") + (order == Qt::AscendingOrder ? QStringLiteral(">") : QStringLiteral("<"))
                      + QStringLiteral(" (?, ?)"),
                  {toStored(after->occurredAt), after->id});
        offset = 0;
    }
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString byTime = QStringLiteral("e.occurred_at") + direction + QStringLiteral(", e.id") + direction;
    const auto and_ = [&where](const QString &clause) -> QString {
        return (where.sql().isEmpty() ? QStringLiteral(" WHERE ") : where.sql() + QStringLiteral(" AND ")) + clause;
    };
    const QString columns = QStringLiteral(
        "SELECT e.id, e.occurred_at, s.name, st.name, f.code, v.version, u.name, e.status, "
        "e.score, e.passed, e.auto_failed, e.score_tangibles, e.score_reliability, "
        "e.score_responsiveness, e.score_assurance, e.score_empathy, e.form_version_id ");
    const QString formsAndInspector =
        QStringLiteral(" JOIN form_versions v ON v.id = e.form_version_id JOIN forms f ON f.id = v.form_id "
                       "LEFT JOIN users u ON u.id = e.inspector_id");
    const QString joins = QStringLiteral("FROM evaluations e JOIN sites s ON s.id = e.site_id LEFT JOIN staff st ON st.id = e.staff_id")
                          + formsAndInspector;
    QString sql;
    if (sortBy == EvaluationColumn::Site) {
        sql = columns + QStringLiteral("FROM sites s CROSS JOIN evaluations e LEFT JOIN staff st ON st.id = e.staff_id") + formsAndInspector
              + and_(QStringLiteral("e.site_id = s.id")) + QStringLiteral(" ORDER BY s.name") + direction + QStringLiteral(", s.id")
              + direction + QStringLiteral(", ") + byTime;
    } else if (sortBy == EvaluationColumn::Form) {
        // Forms by code, each one's versions in order, each version's evaluations by time: the
        // forms' and versions' unique keys and the evaluations' index by version and time.
        sql = columns
              + QStringLiteral("FROM forms f CROSS JOIN form_versions v CROSS JOIN evaluations e JOIN sites s ON s.id = e.site_id "
                               "LEFT JOIN staff st ON st.id = e.staff_id LEFT JOIN users u ON u.id = e.inspector_id")
              + and_(QStringLiteral("v.form_id = f.id AND e.form_version_id = v.id")) + QStringLiteral(" ORDER BY f.code") + direction
              + QStringLiteral(", v.version") + direction + QStringLiteral(", ") + byTime;
    } else if (sortBy == EvaluationColumn::Staff) {
        sql = columns + QStringLiteral("FROM staff st CROSS JOIN evaluations e JOIN sites s ON s.id = e.site_id") + formsAndInspector
              + and_(QStringLiteral("e.staff_id = st.id")) + QStringLiteral(" ORDER BY st.name") + direction + QStringLiteral(", st.id")
              + direction + QStringLiteral(", ") + byTime;
    } else {
        sql = columns + joins + where.sql() + QStringLiteral(" ORDER BY ") + orderColumn(sortBy) + direction + QStringLiteral(", e.id")
              + direction;
    }
    // Reads `sql` from `skip` on (at most `rows` of them, all when negative), handing each to
    // `visit`; how many it handed, or that `visit` asked to stop.
    bool stopped = false;
    const auto read = [&](const QString &statement, qint64 skip, int rows) -> Result<int> {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(statement + (rows >= 0 ? QStringLiteral(" LIMIT ? OFFSET ?") : QString()));
        where.bindTo(q);
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
            ++handed;
            if (!visit(r)) {
                stopped = true;
                break;
            }
        }
        return handed;
    };
    const auto handed = read(sql, offset, limit);
    if (!handed)
        return Error{handed.error()};
    if (stopped || sortBy != EvaluationColumn::Staff || (limit >= 0 && *handed == limit))
        return success();
    // The rows reach past the last evaluation with an agent: those without one follow.
    qint64 skip = 0;
    if (*handed == 0 && offset > 0) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM evaluations e") + and_(QStringLiteral("e.staff_id IS NOT NULL")));
        where.bindTo(q);
        const auto staffed = execScalar(q, m_db);
        if (!staffed)
            return Error{staffed.error()};
        skip = std::max<qint64>(0, offset - *staffed);
    }
    const auto rest = read(columns + joins + and_(QStringLiteral("e.staff_id IS NULL")) + QStringLiteral(" ORDER BY ") + byTime, skip,
                           limit < 0 ? -1 : limit - *handed);
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

Result<qint64> EvaluationQuery::count(const EvaluationFilter &filter)
{
    QSqlQuery q(m_db.connection());
    // Results (every status but draft) by period, site, form, passed or failed automatically: from
    // the daily sums (score_rollup), not the rows — the whole list's total read a million rows
    // (0.3-0.7 s) each time the Evaluations page was first shown. In a file only: on a server a
    // mystery shopper reads only their own evaluations but the sums of every site (submitting writes
    // them; core/server/security.sql), so there the rows are counted, as the server lets each role.
    const auto days = LocalDays::load(m_db);
    if (days && m_db.dialect().kind() == SqlDialect::Kind::Sqlite && !filter.status && !filter.staffId && !filter.inspectorId && !filter.scoreMin && !filter.scoreMax
        && filter.passed.value_or(true) && filter.autoFailed.value_or(true) && !(filter.passed && filter.autoFailed)
        && rollups::onDayBounds(filter.from, filter.to, *days)) {
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
    const SqlWhere where = buildWhere(filter);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM evaluations e") + where.sql());
    where.bindTo(q);
    return execScalar(q, m_db);
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
