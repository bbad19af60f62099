#include "evaluationquery.h"

#include "database.h"
#include "sqlwhere.h"
#include "timeutil.h"

#include <QSqlQuery>
#include <QVariant>

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
    if (f.status)
        w.add("e.status = ?", evaluationStatusKey(*f.status));
    if (f.autoFailed)
        w.add("e.auto_failed = ?", *f.autoFailed ? 1 : 0);
    if (f.passed)
        w.add("e.passed = ?", *f.passed ? 1 : 0);
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

Result<QVector<EvaluationRow>> EvaluationQuery::page(const EvaluationFilter &filter, EvaluationColumn sortBy,
                                                     Qt::SortOrder order, int offset, int limit)
{
    const SqlWhere where = buildWhere(filter);
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT e.id, e.occurred_at, s.name, st.name, f.code, v.version, u.name, e.status, "
                  "e.score, e.passed, e.auto_failed, e.score_tangibles, e.score_reliability, "
                  "e.score_responsiveness, e.score_assurance, e.score_empathy, e.form_version_id "
                  "FROM evaluations e JOIN sites s ON s.id = e.site_id "
                  "LEFT JOIN staff st ON st.id = e.staff_id "
                  "JOIN form_versions v ON v.id = e.form_version_id JOIN forms f ON f.id = v.form_id "
                  "LEFT JOIN users u ON u.id = e.inspector_id")
              + where.sql() + QStringLiteral(" ORDER BY ") + orderColumn(sortBy) + direction
              + QStringLiteral(", e.id") + direction + QStringLiteral(" LIMIT ? OFFSET ?"));
    where.bindTo(q);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<EvaluationRow> rows;
    rows.reserve(limit);
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
        rows.push_back(r);
    }
    return rows;
}

Result<qint64> EvaluationQuery::count(const EvaluationFilter &filter)
{
    const SqlWhere where = buildWhere(filter);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM evaluations e") + where.sql());
    where.bindTo(q);
    return execScalar(q, m_db);
}

} // namespace servqa
