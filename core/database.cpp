#include "database.h"

#include "migrations.h"
#include "transactionguard.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace servqa {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("servqa-%1").arg(counter.fetchAndAddRelaxed(1));
}

// An SQLite file starts with this 16-byte header; anything else is not a workspace.
bool hasSqliteHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic("SQLite format 3\0", 16);
    return f.read(16) == magic;
}

constexpr auto MetaAppKey = "application";
constexpr auto MetaAppValue = "servqa";
constexpr auto MetaVersionKey = "schema_version";

} // namespace

Database::Database(QSqlDatabase db, SqlDialect dialect, QString path)
    : m_db(std::move(db)), m_dialect(dialect), m_path(std::move(path)),
      m_connectionName(m_db.connectionName())
{
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode == OpenMode::OpenExisting)
        return Error{QCoreApplication::translate("Database", "The workspace %1 does not exist.").arg(path)};
    if (exists && info.isDir())
        return Error{QCoreApplication::translate("Database", "%1 is a folder, not a ServQA workspace file.").arg(path)};
    // A zero-length file is a fresh SQLite database; any other file must carry the header.
    if (exists && info.size() > 0 && !hasSqliteHeader(path))
        return Error{QCoreApplication::translate("Database", "%1 is not a ServQA workspace (it is not an SQLite database file).")
                         .arg(path)};

    const SqlDialect dialect(SqlDialect::Kind::Sqlite);
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), uniqueConnectionName());
    db.setDatabaseName(path);
    // Wait up to 5 s for another writer (a worker thread or a second window) instead of
    // failing at once with "database is locked".
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    std::unique_ptr<Database> database(new Database(db, dialect, path));
    if (!database->m_db.open())
        return Error{QCoreApplication::translate("Database", "Could not open %1: %2").arg(path, database->m_db.lastError().text())};

    if (const Status s = database->setUpConnection(); !s)
        return Error{s.error()};
    if (const Status s = database->migrate(); !s)
        return Error{s.error()};
    return database;
}

Status Database::setUpConnection()
{
    for (const QString &statement : m_dialect.connectionSetup()) {
        if (const Status s = exec(statement); !s)
            return s;
    }
    return success();
}

Status Database::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return Error{describeError(query)};
    return success();
}

QString Database::describeError(const QSqlQuery &query) const
{
    const QString why = query.lastError().text();
    // SQLite reports a damaged or foreign file only when it first reads a page.
    if (why.contains(QLatin1String("file is not a database"))
        || why.contains(QLatin1String("malformed")))
        return QCoreApplication::translate("Database", "%1 is damaged or is not a ServQA workspace (%2).").arg(m_path, why);
    return QCoreApplication::translate("Database", "Database error in %1: %2").arg(m_path, why);
}

Status execQuery(QSqlQuery &query, const Database &db)
{
    if (!query.exec())
        return Error{db.describeError(query)};
    return success();
}

Result<qint64> execReturningId(QSqlQuery &query, const Database &db)
{
    if (!query.exec() || !query.next())
        return Error{db.describeError(query)};
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

int storedSchemaVersion(const QString &path)
{
    static std::atomic<int> serial{0};
    const QString name = QStringLiteral("servqa-version-%1").arg(++serial);
    int version = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT value FROM servqa_meta WHERE key = 'schema_version'")) && q.next())
                version = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

Result<qint64> execScalar(QSqlQuery &query, const Database &db)
{
    return execReturningId(query, db);
}

Status Database::migrate()
{
    // Is this an empty file, a ServQA workspace, or somebody else's database?
    QSqlQuery tables(m_db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return Error{describeError(tables)};
    bool hasMeta = false;
    bool hasOtherTables = false;
    while (tables.next()) {
        if (tables.value(0).toString() == QLatin1String("servqa_meta"))
            hasMeta = true;
        else
            hasOtherTables = true;
    }
    if (!hasMeta && hasOtherTables)
        return Error{QCoreApplication::translate("Database", "%1 is an SQLite database but not a ServQA workspace.").arg(m_path)};

    int version = 0;
    if (hasMeta) {
        QSqlQuery meta(m_db);
        meta.prepare(QStringLiteral("SELECT key, value FROM servqa_meta WHERE key IN (?, ?)"));
        meta.addBindValue(QLatin1String(MetaAppKey));
        meta.addBindValue(QLatin1String(MetaVersionKey));
        if (!meta.exec())
            return Error{describeError(meta)};
        QString app;
        while (meta.next()) {
            if (meta.value(0).toString() == QLatin1String(MetaAppKey))
                app = meta.value(1).toString();
            else
                version = meta.value(1).toInt();
        }
        if (app != QLatin1String(MetaAppValue))
            return Error{QCoreApplication::translate("Database", "%1 is an SQLite database but not a ServQA workspace.").arg(m_path)};
    }

    const int latest = latestSchemaVersion();
    if (version > latest)
        return Error{QCoreApplication::translate("Database", "%1 was saved by a newer version of ServQA (workspace format %2; this "
                        "version reads up to %3). Update ServQA to open it.")
                         .arg(m_path)
                         .arg(version)
                         .arg(latest)};

    // Each migration runs in its own transaction together with the version bump, so a crash
    // mid-upgrade leaves the workspace at the previous version, never in between.
    for (const Migration &migration : migrations()) {
        if (migration.version <= version)
            continue;
        TransactionGuard transaction(m_db);
        for (const QString &statement : splitSqlStatements(m_dialect.expandTypes(migration.sql))) {
            if (const Status s = exec(statement); !s)
                return Error{QCoreApplication::translate("Database", "Upgrading %1 to format %2 failed: %3")
                                 .arg(m_path)
                                 .arg(migration.version)
                                 .arg(s.error())};
        }
        QSqlQuery bump(m_db);
        bump.prepare(QStringLiteral(
            "INSERT INTO servqa_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        for (const auto &[key, value] :
             {std::pair{QString::fromLatin1(MetaAppKey), QString::fromLatin1(MetaAppValue)},
              std::pair{QString::fromLatin1(MetaVersionKey), QString::number(migration.version)}}) {
            bump.addBindValue(key);
            bump.addBindValue(value);
            if (const Status s = execQuery(bump, *this); !s)
                return s;
        }
        if (const Status s = transaction.commit(); !s)
            return s;
        version = migration.version;
    }
    m_schemaVersion = version;
    return success();
}

} // namespace servqa
