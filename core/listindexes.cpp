#include "listindexes.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace servqa {

namespace {

const QStringList EvaluationIndexes = {QStringLiteral("evaluations_score"),          QStringLiteral("evaluations_status_time"),
                                       QStringLiteral("evaluations_passed_time"),    QStringLiteral("evaluations_tangibles"),
                                       QStringLiteral("evaluations_reliability"),    QStringLiteral("evaluations_responsiveness"),
                                       QStringLiteral("evaluations_assurance"),      QStringLiteral("evaluations_empathy")};
const QStringList InteractionIndexes = {QStringLiteral("interactions_channel_time"), QStringLiteral("interactions_resolved_time"),
                                        QStringLiteral("interactions_duration"),     QStringLiteral("interactions_first_response"),
                                        QStringLiteral("interactions_external_id")};

} // namespace

Result<ListIndexes> ListIndexes::putAside(Database &db, Of of)
{
    ListIndexes aside(db);
    if (db.dialect().kind() != SqlDialect::Kind::Sqlite)
        return aside;
    QStringList names;
    if (of != Of::Interactions)
        names += EvaluationIndexes;
    if (of != Of::Evaluations)
        names += InteractionIndexes;
    QSqlQuery q(db.connection());
    QStringList dropped;
    for (const QString &name : std::as_const(names)) {
        // As their migrations made them.
        q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"));
        q.addBindValue(name);
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
        if (!q.next())
            continue; // not there (a workspace a demo left without it): made by no one here
        aside.m_statements << q.value(0).toString();
        dropped << name;
        q.finish();
    }
    for (const QString &name : std::as_const(dropped)) {
        if (const Status s = db.exec(QStringLiteral("DROP INDEX IF EXISTS ") + name); !s) {
            (void)aside.make(); // those dropped before, back as they were
            return Error{s.error()};
        }
    }
    return aside;
}

Status ListIndexes::make()
{
    while (!m_statements.isEmpty()) {
        QString sql = m_statements.constFirst();
        sql.replace(QStringLiteral("CREATE INDEX "), QStringLiteral("CREATE INDEX IF NOT EXISTS "));
        if (const Status s = m_db->exec(sql); !s)
            return s;
        m_statements.removeFirst();
    }
    return success();
}

} // namespace servqa
