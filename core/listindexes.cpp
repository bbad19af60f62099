#include "listindexes.h"

#include "database.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
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
// Which::SortingAndKeys. Left in place: those whose keys grow with the rows' ids (the evaluation's
// interaction, the list's keys) and the rare automatic failures, which cost nothing to insert into.
const QStringList EvaluationKeyIndexes = {QStringLiteral("evaluations_time"),      QStringLiteral("evaluations_site_time"),
                                          QStringLiteral("evaluations_staff_time"), QStringLiteral("evaluations_form_version"),
                                          QStringLiteral("evaluations_inspector_time")};
const QStringList InteractionKeyIndexes = {QStringLiteral("interactions_time"),       QStringLiteral("interactions_site_time"),
                                           QStringLiteral("interactions_staff_time"), QStringLiteral("interactions_customer"),
                                           QStringLiteral("interactions_time_transcribed"), QStringLiteral("feedback_time"),
                                           QStringLiteral("feedback_site_time")};

// The statements put aside, one per line, while a noted writer has them (servqa_meta).
const QString Note = QStringLiteral("list_indexes_aside");
const QString Separator = QStringLiteral(";\n");

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// Whether a statement makes one of the indexes above, on its own table, over plain columns, as the
// migrations make them (a partial one with a WHERE of columns and literals). Only such statements
// are put aside and run again: the note is text in the file, and a file is hostile until known to
// be ours, so a note no ServQA wrote (ATTACH, PRAGMA, another table's DDL) is never run. Qt runs one
// statement a call, and the shape admits no ';', no parenthesis in the WHERE (no function, no
// subquery) and no other schema.
bool makesAListIndex(const QString &sql)
{
    static const QRegularExpression shape(QStringLiteral(R"(^CREATE INDEX (\w+) ON (\w+) \(\w+(, \w+)*\)( WHERE [\w <>'=]+)?$)"));
    const QRegularExpressionMatch m = shape.match(sql);
    if (!m.hasMatch())
        return false;
    const QString name = m.captured(1);
    if (!name.startsWith(m.captured(2) + QLatin1Char('_')))
        return false;
    for (const QStringList *names : {&EvaluationIndexes, &InteractionIndexes, &EvaluationKeyIndexes, &InteractionKeyIndexes}) {
        if (names->contains(name))
            return true;
    }
    return false;
}

// Held by the writer that put them aside (QLockFile: a lock whose process is gone is stale).
QString lockPath(const Database &db)
{
    return QFileInfo(db.path()).absoluteFilePath() + QStringLiteral(".list-indexes-lock");
}

Result<QStringList> readNote(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM servqa_meta WHERE key = ?"));
    q.addBindValue(Note);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    if (!q.next())
        return QStringList();
    return q.value(0).toString().split(Separator, Qt::SkipEmptyParts);
}

Status writeNote(Database &db, const QStringList &statements)
{
    QSqlQuery q(db.connection());
    if (statements.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM servqa_meta WHERE key = ?"));
        q.addBindValue(Note);
    } else {
        q.prepare(QStringLiteral("INSERT INTO servqa_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(Note);
        q.addBindValue(statements.join(Separator));
    }
    return execQuery(q, db);
}

Status makeEach(Database &db, const QStringList &statements)
{
    for (QString sql : statements) {
        sql.replace(QStringLiteral("CREATE INDEX "), QStringLiteral("CREATE INDEX IF NOT EXISTS "));
        if (const Status s = db.exec(sql); !s)
            return s;
    }
    return success();
}

} // namespace

ListIndexes::ListIndexes(Database &db) : m_db(&db) {}
ListIndexes::ListIndexes(ListIndexes &&) noexcept = default;
ListIndexes &ListIndexes::operator=(ListIndexes &&) noexcept = default;
ListIndexes::~ListIndexes() = default;

Result<ListIndexes> ListIndexes::putAside(Database &db, Of of, Leftover leftover, Which which)
{
    ListIndexes aside(db);
    if (db.dialect().kind() != SqlDialect::Kind::Sqlite)
        return aside;
    if (leftover == Leftover::Noted) {
        aside.m_lock = std::make_unique<QLockFile>(lockPath(db));
        if (!aside.m_lock->tryLock(0))
            return aside; // another writer has them aside: left as they are
    }
    QStringList names;
    if (of != Of::Interactions)
        names += EvaluationIndexes;
    if (of != Of::Evaluations)
        names += InteractionIndexes;
    if (which == Which::SortingAndKeys) {
        if (of != Of::Interactions)
            names += EvaluationKeyIndexes;
        if (of != Of::Evaluations)
            names += InteractionKeyIndexes;
    }
    QSqlQuery q(db.connection());
    QStringList dropped;
    QStringList statements;
    for (const QString &name : std::as_const(names)) {
        // As their migrations made them.
        q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"));
        q.addBindValue(name);
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
        if (!q.next())
            continue; // not there: made by no one here
        const QString sql = q.value(0).toString();
        q.finish();
        if (!makesAListIndex(sql))
            continue; // not as ServQA makes it: left in place
        statements << sql;
        dropped << name;
    }
    if (statements.isEmpty())
        return aside;
    // Noted, the drops and the note commit together; otherwise they join the caller's transaction.
    std::optional<TransactionGuard> transaction;
    if (leftover == Leftover::Noted) {
        transaction.emplace(db.connection());
        if (!transaction->active())
            return Error{transaction->error()};
        if (const Status s = writeNote(db, statements); !s)
            return Error{s.error()};
    }
    for (const QString &name : std::as_const(dropped)) {
        if (const Status s = db.exec(QStringLiteral("DROP INDEX IF EXISTS ") + name); !s)
            return Error{s.error()}; // noted: rolled back; otherwise the caller's transaction is
    }
    if (transaction) {
        if (const Status s = transaction->commit(); !s)
            return Error{s.error()};
    }
    aside.m_statements = statements;
    return aside;
}

Status ListIndexes::make()
{
    if (m_statements.isEmpty())
        return success();
    if (!m_lock) {
        if (const Status s = makeEach(*m_db, m_statements); !s)
            return s;
        m_statements.clear();
        return success();
    }
    TransactionGuard transaction(m_db->connection());
    if (!transaction.active())
        return Error{transaction.error()};
    if (const Status s = makeEach(*m_db, m_statements); !s)
        return s;
    if (const Status s = writeNote(*m_db, {}); !s)
        return s;
    if (const Status s = transaction.commit(); !s)
        return s;
    m_statements.clear();
    m_lock.reset(); // unlocked
    return success();
}

Status ListIndexes::makeLeftover(Database &db)
{
    if (db.dialect().kind() != SqlDialect::Kind::Sqlite || db.isReadOnly())
        return success();
    const auto noted = readNote(db);
    if (!noted)
        return Error{noted.error()};
    if (noted->isEmpty())
        return success();
    QLockFile writer(lockPath(db));
    if (!writer.tryLock(0))
        return success(); // a live writer makes them itself
    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    const auto locked = readNote(db); // another connection may have made them meanwhile
    if (!locked)
        return Error{locked.error()};
    for (const QString &sql : *locked) {
        if (!makesAListIndex(sql))
            return Error{Text::tr("%1 holds a statement among the indexes to make again (servqa_meta, %2) that ServQA did not "
                                  "write; nothing of it was run: %3")
                             .arg(db.path(), Note, sql.left(200))};
    }
    if (const Status s = makeEach(db, *locked); !s)
        return s;
    if (const Status s = writeNote(db, {}); !s)
        return s;
    return transaction.commit();
}

} // namespace servqa
