#include "interactionindex.h"

#include "database.h"
#include "sqlitefile.h"
#include "textsearch.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QVariant>

#include <sqlite3.h>

namespace servqa::interactionindex {

namespace {

const QString Table = QStringLiteral("interactions");
const QString Note = QStringLiteral("interactions_search_after");

// The built table holds this much of its new entries in memory before it writes them as a
// segment (FTS5's default is 1 MB): fewer segments to merge again (docs/PERFORMANCE.md).
constexpr int PendingEntries = 64 * 1024 * 1024;

Result<std::optional<qint64>> readNote(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM servqa_meta WHERE key = ?"));
    q.addBindValue(Note);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

// Held by a live IndexBuilder (QLockFile: a lock whose process is gone is stale).
QString builderLock(const QString &workspacePath)
{
    return QFileInfo(workspacePath).absoluteFilePath() + QStringLiteral(".index-lock");
}

QString sqliteError(sqlite3 *connection, const QString &path)
{
    return QCoreApplication::translate("Database", "%1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(connection)));
}

} // namespace

const QStringList &columns()
{
    static const QStringList list{QStringLiteral("customer_ref"), QStringLiteral("external_id"), QStringLiteral("transcript")};
    return list;
}

Result<qint64> defer(Database &db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT IFNULL(MAX(id), 0) FROM interactions"));
    const auto last = execScalar(q, db);
    if (!last)
        return Error{last.error()};
    q.prepare(QStringLiteral("INSERT INTO servqa_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(Note);
    q.addBindValue(QString::number(*last));
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    q.prepare(QStringLiteral("DROP TRIGGER interactions_search_insert"));
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    return *last;
}

Status complete(Database &db, qint64 after)
{
    QSqlQuery q(db.connection());
    q.prepare(db.dialect().textSearchDeferredSql(Table, columns()));
    q.addBindValue(after);
    if (const Status s = execQuery(q, db); !s)
        return s;
    q.prepare(db.dialect().textSearchInsertTrigger(Table, columns()));
    if (const Status s = execQuery(q, db); !s)
        return s;
    q.prepare(QStringLiteral("DELETE FROM servqa_meta WHERE key = ?"));
    q.addBindValue(Note);
    return execQuery(q, db);
}

Status completeLeftover(Database &db)
{
    if (!db.dialect().hasTextSearch() || db.isReadOnly())
        return success();
    const auto note = readNote(db);
    if (!note)
        return Error{note.error()};
    if (!*note)
        return success();
    QLockFile builder(builderLock(db.path()));
    if (!builder.tryLock(0))
        return success(); // being built: the demo writing it moves the index in
    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    const auto locked = readNote(db); // another connection may have completed it meanwhile
    if (!locked)
        return Error{locked.error()};
    if (!*locked)
        return success();
    if (const Status s = complete(db, **locked); !s)
        return s;
    if (const Status s = transaction.commit(); !s)
        return s;
    removeLeftoverScratch(db.path());
    return success();
}

void removeLeftoverScratch(const QString &workspacePath)
{
    const QFileInfo workspace(workspacePath);
    QDir folder = workspace.absoluteDir();
    const QString prefix = workspace.fileName() + QStringLiteral(".index-");
    const QStringList found = folder.entryList({prefix + QStringLiteral("??????")}, QDir::Files);
    for (const QString &name : found)
        folder.remove(name);
}

Result<std::unique_ptr<IndexBuilder>> IndexBuilder::start(Database &db)
{
    if (db.dialect().kind() != SqlDialect::Kind::Sqlite || !db.dialect().hasTextSearch() || db.isReadOnly())
        return std::unique_ptr<IndexBuilder>();
    const QFileInfo workspace(db.path());
    if (db.path().isEmpty() || db.path() == QLatin1String(":memory:") || !workspace.isFile())
        return std::unique_ptr<IndexBuilder>();
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM interactions) OR EXISTS (SELECT 1 FROM servqa_meta WHERE key = ?)"));
        q.addBindValue(Note);
        const auto busy = execScalar(q, db);
        if (!busy)
            return Error{busy.error()};
        if (*busy)
            return std::unique_ptr<IndexBuilder>();
    }
    auto lock = std::make_unique<QLockFile>(builderLock(db.path()));
    lock->setStaleLockTime(0); // held for as long as the demo runs: stale only when its process is gone
    if (!lock->tryLock(0))
        return std::unique_ptr<IndexBuilder>(); // another builds it
    // Beside the workspace: the same disk, which has room for what the index takes there anyway.
    auto scratch = std::make_unique<QTemporaryFile>(workspace.absoluteFilePath() + QStringLiteral(".index-XXXXXX"));
    if (!scratch->open())
        return Error{QCoreApplication::translate("Database", "%1 could not be created: %2").arg(scratch->fileTemplate(), scratch->errorString())};
    std::unique_ptr<IndexBuilder> builder(new IndexBuilder(db, std::move(lock), std::move(scratch)));
    if (const Status s = builder->open(); !s)
        return Error{s.error()};
    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    const auto after = defer(db);
    if (!after)
        return Error{after.error()};
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    builder->m_after = *after; // 0: the workspace has no interactions
    builder->m_indexed = *after;
    builder->m_committed = *after;
    builder->m_thread = std::thread([b = builder.get()] { b->run(); });
    return builder;
}

IndexBuilder::IndexBuilder(Database &db, std::unique_ptr<QLockFile> lock, std::unique_ptr<QTemporaryFile> scratch)
    : m_db(db), m_lock(std::move(lock)), m_scratch(std::move(scratch))
{
}

IndexBuilder::~IndexBuilder()
{
    if (m_thread.joinable()) {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_interrupted = true;
        m_wake.notify_one();
        m_thread.join();
    }
    sqlite3_close(m_connection);
}

Status IndexBuilder::open()
{
    const QString path = m_scratch->fileName();
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_connection, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr) != SQLITE_OK)
        return Error{sqliteError(m_connection, path)};
    // The workspace's writer: when the index moves in, and when the demo writes through a rollback
    // journal (FreshWorkspaceWrites) for each of its commits, which holds the file as it writes.
    sqlite3_busy_timeout(m_connection, 60000);
    // The destructor stops the statement running, or the next one this thread starts:
    // sqlite3_interrupt() is forgotten when no statement runs, as between indexUpTo()'s three, and
    // its indexing statement takes seconds at a million interactions.
    sqlite3_progress_handler(
        m_connection, 1000, [](void *builder) { return int(static_cast<IndexBuilder *>(builder)->m_interrupted.load()); }, this);
    if (const Status s = textsearch::registerTokenizer(m_connection); !s)
        return s;
    // A scratch file, thrown away if anything fails: no journal, no waiting for the disk.
    QStringList setup{QStringLiteral("PRAGMA journal_mode = OFF"), QStringLiteral("PRAGMA synchronous = OFF"),
                      QStringLiteral("PRAGMA cache_size = -65536")};
    // The workspace's own definition (tokenizer, prefixes, external content), so that its rows
    // are the workspace table's rows.
    setup << m_db.dialect().textSearchTable(Table, columns()).trimmed();
    setup << QStringLiteral("INSERT INTO main.interactions_search (interactions_search, rank) VALUES ('hashsize', %1)").arg(PendingEntries);
    // A commit's rows on their way from the workspace to the index (indexUpTo()), in memory.
    setup << QStringLiteral("PRAGMA temp_store = MEMORY")
          << QStringLiteral("CREATE TEMP TABLE pending (id INTEGER PRIMARY KEY, %1)").arg(columns().join(QStringLiteral(", ")));
    for (const QString &sql : std::as_const(setup)) {
        if (sqlite3_exec(m_connection, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return Error{sqliteError(m_connection, path)};
    }
    sqlite3_stmt *attach = nullptr;
    const QByteArray workspace = QFile::encodeName(sqliteFileName(m_db.path()));
    const bool attached = sqlite3_prepare_v2(m_connection, "ATTACH DATABASE ?1 AS workspace", -1, &attach, nullptr) == SQLITE_OK
                          && sqlite3_bind_text(attach, 1, workspace.constData(), int(workspace.size()), SQLITE_TRANSIENT) == SQLITE_OK
                          && sqlite3_step(attach) == SQLITE_DONE;
    sqlite3_finalize(attach);
    if (!attached)
        return Error{sqliteError(m_connection, m_db.path())};
    return success();
}

void IndexBuilder::committed(qint64 lastId)
{
    {
        const std::lock_guard lock(m_mutex);
        m_committed = std::max(m_committed, lastId);
    }
    m_wake.notify_one();
}

void IndexBuilder::run()
{
    for (;;) {
        qint64 target = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || m_finishing || m_committed > m_indexed; });
            if (m_stopping || (m_finishing && m_committed == m_indexed))
                return;
            target = m_committed;
        }
        if (const Status s = indexUpTo(target); !s) {
            const std::lock_guard lock(m_mutex);
            m_error = s.error();
            return;
        }
    }
}

Status IndexBuilder::indexUpTo(qint64 last)
{
    // The committed rows copied first, in a statement of their own: the workspace's writer checks
    // its log back into the file only up to the oldest snapshot a reader holds, so a read that
    // lasted as long as the indexing would let its log grow, and its reads slow, for that long.
    // Then one statement of the index: FTS5 writes what it holds at the end of each, so the rows
    // of a commit make a few large segments, not many small ones.
    const QString list = columns().join(QStringLiteral(", "));
    const QStringList steps{
        QStringLiteral("INSERT INTO temp.pending (id, %1) SELECT id, %1 FROM workspace.interactions WHERE id > ?1 AND id <= ?2").arg(list),
        QStringLiteral("INSERT INTO main.interactions_search (rowid, %1) SELECT id, %1 FROM temp.pending").arg(list),
        QStringLiteral("DELETE FROM temp.pending"),
    };
    for (const QString &sql : steps) {
        sqlite3_stmt *statement = nullptr;
        const bool done = sqlite3_prepare_v2(m_connection, sql.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK
                          && (sqlite3_bind_parameter_count(statement) == 0
                              || (sqlite3_bind_int64(statement, 1, m_indexed) == SQLITE_OK && sqlite3_bind_int64(statement, 2, last) == SQLITE_OK))
                          && sqlite3_step(statement) == SQLITE_DONE;
        sqlite3_finalize(statement);
        if (!done)
            return Error{sqliteError(m_connection, m_scratch->fileName())};
    }
    m_indexed = last;
    return success();
}

Status IndexBuilder::finish()
{
    if (!m_thread.joinable())
        return Error{QCoreApplication::translate("Database", "The interactions' text index was already moved into %1.").arg(m_db.path())};
    {
        const std::lock_guard lock(m_mutex);
        m_finishing = true;
    }
    m_wake.notify_one();
    m_thread.join();
    if (!m_error.isEmpty())
        return Error{m_error};
    if (m_indexed != m_committed) // the thread stopped early
        return Error{QCoreApplication::translate("Database", "The interactions' text index of %1 was not built.").arg(m_db.path())};
    const auto moved = move();
    if (!moved)
        return Error{moved.error()};
    sqlite3_close(m_connection);
    m_connection = nullptr;
    if (!*moved)
        return success(); // the workspace indexed its rows itself meanwhile
    TransactionGuard transaction(m_db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    if (const Status s = complete(m_db, m_indexed); !s)
        return s;
    return transaction.commit();
}

Result<bool> IndexBuilder::move()
{
    // In one transaction of the scratch file's connection: the workspace's connection sees
    // another connection's commit, so its FTS5 table reads the index again (its structure, which
    // FTS5 keeps between statements, is checked against PRAGMA data_version) instead of trusting
    // what it last read. The note still being the one start() wrote says nothing else indexed the
    // rows meanwhile; it then says the rows are all in. Gone, it says another process opened the
    // workspace meanwhile (completeLeftover()): every row is then indexed, those since by the
    // trigger it put back, and the index built here is not needed.
    // Two gigabytes at a million evaluations, through the workspace's log: not waited for on the
    // disk, as the demo's own writes are not (FreshWorkspaceWrites).
    const QStringList steps{
        QStringLiteral("PRAGMA workspace.synchronous = OFF"),
        QStringLiteral("BEGIN IMMEDIATE"),
        QStringLiteral("DELETE FROM workspace.interactions_search_data"),
        QStringLiteral("DELETE FROM workspace.interactions_search_idx"),
        QStringLiteral("DELETE FROM workspace.interactions_search_docsize"),
        QStringLiteral("INSERT INTO workspace.interactions_search_data SELECT * FROM main.interactions_search_data"),
        QStringLiteral("INSERT INTO workspace.interactions_search_idx SELECT * FROM main.interactions_search_idx"),
        QStringLiteral("INSERT INTO workspace.interactions_search_docsize SELECT * FROM main.interactions_search_docsize"),
    };
    auto fail = [this](const QString &message) -> Result<bool> {
        sqlite3_exec(m_connection, "ROLLBACK", nullptr, nullptr, nullptr);
        return Error{message};
    };
    for (const QString &sql : steps) {
        if (sqlite3_exec(m_connection, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(sqliteError(m_connection, m_db.path()));
        if (sql.startsWith(QLatin1String("BEGIN"))) {
            sqlite3_stmt *note = nullptr;
            const bool read = sqlite3_prepare_v2(m_connection, "SELECT value FROM workspace.servqa_meta WHERE key = 'interactions_search_after'", -1,
                                                 &note, nullptr) == SQLITE_OK;
            const int step = read ? sqlite3_step(note) : SQLITE_ERROR;
            const bool ours = step == SQLITE_ROW && sqlite3_column_int64(note, 0) == m_after;
            sqlite3_finalize(note);
            if (step == SQLITE_DONE) {
                sqlite3_exec(m_connection, "ROLLBACK", nullptr, nullptr, nullptr);
                return false;
            }
            if (!ours)
                return fail(QCoreApplication::translate("Database", "The interactions' text index of %1 was changed while it was being built.")
                                .arg(m_db.path()));
        }
    }
    sqlite3_stmt *update = nullptr;
    const bool noted = sqlite3_prepare_v2(m_connection, "UPDATE workspace.servqa_meta SET value = ?1 WHERE key = 'interactions_search_after'", -1,
                                          &update, nullptr) == SQLITE_OK
                       && sqlite3_bind_text(update, 1, QByteArray::number(m_indexed).constData(), -1, SQLITE_TRANSIENT) == SQLITE_OK
                       && sqlite3_step(update) == SQLITE_DONE;
    sqlite3_finalize(update);
    if (!noted)
        return fail(sqliteError(m_connection, m_db.path()));
    if (sqlite3_exec(m_connection, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(sqliteError(m_connection, m_db.path()));
    return true;
}

} // namespace servqa::interactionindex
