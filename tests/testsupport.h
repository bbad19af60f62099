#pragma once

// Helpers shared by the tests: a fresh workspace per test and file access to tests/data.

#include "csvimporter.h"
#include "database.h"
#include "interactionindex.h"
#include "interactionrepository.h"
#include "pgcluster.h"
#include "siterepository.h"
#include "transactionguard.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace servqa::test {

// A file named `name` in `dir` holding these bytes; its path.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write the test file %s", qPrintable(path));
    return path;
}

// Imports these bytes as a file named `name` (the name messages give) with these options.
inline Result<ImportSummary> importBytes(Database &db, const QString &name, const QByteArray &bytes, const ImportOptions &options)
{
    QTemporaryDir dir;
    return importCsv(db, writeFile(dir, name, bytes), options);
}

// Imports CSV text as a file of that kind would be (feedback: into `survey`).
inline Status importText(Database &db, ImportKind kind, const QByteArray &csv, const QString &survey = {}, bool raiseAlerts = true)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("file.csv"), csv);
    ImportOptions options;
    options.kind = kind;
    options.feedbackSurvey = survey;
    options.raiseAlerts = raiseAlerts;
    const auto r = importCsv(db, path, options);
    return r ? success() : Status(Error{r.error()});
}

// SQLite's plan for a statement (EXPLAIN QUERY PLAN), its steps joined by '|': "SEARCH e USING
// INDEX evaluations_score|…"; a sort shows as "USE TEMP B-TREE FOR ORDER BY". Empty if it fails.
inline QString queryPlan(Database &db, const QString &statement)
{
    QSqlQuery plan(db.connection());
    if (!plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + statement))
        return QString();
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    return steps.join(QLatin1Char('|'));
}

// Every index of the workspace as "name: definition", by name (SQLite's schema, or PostgreSQL's
// pg_indexes of the workspace's schema).
inline QStringList indexDefinitions(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(db.dialect().kind() == SqlDialect::Kind::Sqlite
               ? QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
               : QStringLiteral("SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname"));
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(SERVQA_TEST_DATA "/") + relative;
}

inline QByteArray readData(const QString &relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(relative));
    return f.readAll();
}

// What takes a workspace back from schema 41 to 40: no screening rollups.
inline QStringList undoSchema41()
{
    return {QStringLiteral("DELETE FROM servqa_meta WHERE key = 'screening_rollup'"), QStringLiteral("DROP TABLE screening_staff_rollup"),
            QStringLiteral("DROP TABLE screening_rollup")};
}

// What takes a workspace back from schema 41 to 19 (36 adds nothing on SQLite; 38's and 40's text
// index is made again by their upgrades, whatever its tokenizer and prefixes) (the indexes of a store's failed evaluations and of open disputes, the transcribed interactions' time index, the narrower site-and-time index; no targeted samples, screening, regions, form row versions, accounts columns, indicator rollups, settings log,
// PDCA, FMEA, actions, complaints, alerts, feedback, indicator targets or calibration tables), for the tests that make
// an older workspace to upgrade.
inline QStringList undoSchemasSince20()
{
    return undoSchema41() + QStringList{QStringLiteral("DROP INDEX disputes_open"), QStringLiteral("DROP INDEX evaluations_site_auto_failed"), QStringLiteral("DROP INDEX interactions_time_transcribed"), QStringLiteral("ALTER TABLE samples DROP COLUMN flagged_percent"), QStringLiteral("ALTER TABLE samples DROP COLUMN min_risk"),
            QStringLiteral("ALTER TABLE evaluation_answers DROP COLUMN measured_by"), QStringLiteral("DROP TABLE screening_hits"), QStringLiteral("DROP TABLE screened_interactions"), QStringLiteral("DROP TABLE screening_rule_sets"),
            QStringLiteral("DROP TABLE user_regions"), QStringLiteral("ALTER TABLE evaluations DROP COLUMN row_version"), QStringLiteral("ALTER TABLE form_versions DROP COLUMN row_version"), QStringLiteral("DROP TABLE user_sites"), QStringLiteral("ALTER TABLE users DROP COLUMN active"), QStringLiteral("DROP TABLE contact_limits"), QStringLiteral("DROP TABLE contact_rollup"), QStringLiteral("DROP TABLE feedback_rollup"),
            QStringLiteral("DELETE FROM servqa_meta WHERE key = 'indicator_rollups'"), QStringLiteral("DROP TABLE settings_log"), QStringLiteral("DROP TABLE fmea_log"), QStringLiteral("DROP TABLE fmea_modes"), QStringLiteral("DROP TABLE pdca_log"), QStringLiteral("DROP TABLE action_log"), QStringLiteral("DROP TABLE action_causes"), QStringLiteral("DROP TABLE action_whys"),
            QStringLiteral("DROP TABLE actions"), QStringLiteral("DROP TABLE pdca_cycles"), QStringLiteral("DROP TABLE complaint_log"), QStringLiteral("DROP TABLE complaints"), QStringLiteral("DROP TABLE complaint_time_limits"),
            QStringLiteral("DROP TABLE complaint_categories"),
            QStringLiteral("DROP INDEX interactions_site_time"), QStringLiteral("CREATE INDEX interactions_site_time ON interactions (site_id, started_at)"),
            QStringLiteral("DROP TABLE spc_baselines"), QStringLiteral("DROP TABLE alerts"), QStringLiteral("DROP TABLE indicator_targets"), QStringLiteral("DROP TABLE feedback"),
            QStringLiteral("DROP TABLE feedback_surveys"), QStringLiteral("ALTER TABLE interactions DROP COLUMN resolution_s"),
            QStringLiteral("DROP TABLE calibration_log"), QStringLiteral("DROP TABLE calibration_consensus"),
            QStringLiteral("DROP TABLE calibration_answers"), QStringLiteral("DROP TABLE calibration_scores"),
            QStringLiteral("DROP TABLE calibration_participants"), QStringLiteral("DROP TABLE calibration_interactions"),
            QStringLiteral("DROP TABLE calibration_sessions"), QStringLiteral("DELETE FROM servqa_meta WHERE key = 'calibration_tolerance'")};
}

// A new, empty workspace file in its own temporary folder.
// Imports a CSV file as a user's import does (a feedback file into `survey`, on its CSAT scale
// when one is given).
inline Status importFile(Database &db, ImportKind kind, const QString &path, const QString &survey = {}, std::optional<int> scale = {})
{
    ImportOptions options;
    options.kind = kind;
    options.feedbackSurvey = survey;
    options.csatScale = scale;
    const auto r = importCsv(db, path, options);
    return r ? success() : Status(Error{r.error()});
}

// A file of the indicators' worked example (tests/data/indicators).
inline Status importIndicators(Database &db, ImportKind kind, const char *file, const QString &survey = {}, std::optional<int> scale = {})
{
    return importFile(db, kind, dataPath(QStringLiteral("indicators/") + QLatin1String(file)), survey, scale);
}

// With SERVQA_TEST_SERVER=1 in its environment (the *_postgres tests in tests/CMakeLists.txt),
// a test's workspaces are databases of one throwaway PostgreSQL 15 cluster of its own, so the same
// test runs on the server's SQL. The cluster stops when the test's application ends.
inline bool onServer()
{
    return qEnvironmentVariableIntValue("SERVQA_TEST_SERVER") == 1;
}

inline std::unique_ptr<PgCluster> &serverCluster()
{
    static std::unique_ptr<PgCluster> cluster;
    return cluster;
}

inline void stopServerCluster()
{
    serverCluster().reset();
}

// A new empty database of the test's cluster, as an address openServer() takes.
inline QString newServerWorkspace()
{
    static int made = 0;
    if (!serverCluster()) {
        serverCluster() = std::make_unique<PgCluster>();
        qAddPostRoutine(stopServerCluster);
    }
    if (!serverCluster()->started())
        qFatal("cannot start PostgreSQL: %s", qPrintable(serverCluster()->error()));
    const QString name = QStringLiteral("w%1").arg(++made);
    if (!serverCluster()->createDatabase(name))
        qFatal("cannot create database %s: %s", qPrintable(name), qPrintable(serverCluster()->error()));
    return serverCluster()->url(name);
}

struct Workspace
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QString path;

    Workspace()
    {
        if (onServer()) {
            path = newServerWorkspace();
            auto opened = Database::openServer(path);
            if (!opened)
                qFatal("cannot create workspace: %s", qPrintable(opened.error()));
            db = std::move(*opened);
            return;
        }
        path = dir.filePath(QStringLiteral("test.servqa"));
        auto opened = Database::openSqlite(path, Database::OpenMode::CreateIfMissing);
        if (!opened)
            qFatal("cannot create workspace: %s", qPrintable(opened.error()));
        db = std::move(*opened);
    }
};

// What a demo killed while it built its search index beside the workspace leaves
// (interactionindex::IndexBuilder): an interaction per transcript written at store S1 and committed,
// the builder stopped without finish(). Empty when that went wrong (the test then says why).
inline QString writeWhileIndexBuiltThenStop(Database &db, const QStringList &transcripts)
{
    auto builder = interactionindex::IndexBuilder::start(db);
    if (!builder || !*builder)
        return builder ? QStringLiteral("no builder") : builder.error();
    Site site;
    site.code = QStringLiteral("S1");
    site.name = QStringLiteral("Store");
    const auto siteId = SiteRepository(db).upsert(site);
    if (!siteId)
        return siteId.error();
    InteractionRepository repo(db);
    repo.setIndexedElsewhere(true);
    TransactionGuard transaction(db.connection());
    qint64 last = 0;
    for (int k = 0; k < transcripts.size(); ++k) {
        Interaction i;
        i.externalId = QStringLiteral("C-%1").arg(k);
        i.transcript = transcripts[k];
        i.channel = Channel::Chat;
        i.siteId = *siteId;
        i.startedAt = QDateTime(QDate(2025, 1, 1 + k), QTime(9, 0));
        const auto id = repo.upsert(i);
        if (!id)
            return id.error();
        last = *id;
    }
    if (const Status s = repo.flush(); !s)
        return s.error();
    if (const Status s = transaction.commit(); !s)
        return s.error();
    (*builder)->committed(last);
    return QString();
}

#ifdef SERVQA_CLI
// servqa-cli as a user runs it: the real executable, its output and exit code.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The CLI remembers the workspaces it knows whole in the user's data folder: a folder of the
// test's own, never the real user's.
// Every row the statements select, each value as text (a rollup's rows but those that sum to
// nothing, in key order).
inline QList<QVariantList> rowsOf(Database &db, std::initializer_list<const char *> statements)
{
    QList<QVariantList> rows;
    for (const char *sql : statements) {
        QSqlQuery q(db.connection());
        if (!q.exec(QLatin1String(sql)))
            qFatal("%s", qPrintable(db.describeError(q)));
        while (q.next()) {
            QVariantList row;
            for (int c = 0; c < q.record().count(); ++c)
                row << q.value(c).toString();
            rows << row;
        }
    }
    return rows;
}

// The rollups the statements select, as the writers left them, equal what `rebuild` sums from the
// rows again (in a transaction rolled back after).
inline void sameAsRebuilt(Database &db, std::initializer_list<const char *> statements, const std::function<Status()> &rebuild)
{
    const QList<QVariantList> kept = rowsOf(db, statements);
    QVERIFY(!kept.isEmpty());
    TransactionGuard transaction(db.connection());
    QVERIFY(transaction.active());
    const Status rebuilt = rebuild();
    QVERIFY2(rebuilt, qPrintable(rebuilt ? QString() : rebuilt.error()));
    const QList<QVariantList> again = rowsOf(db, statements);
    transaction.rollback();
    QCOMPARE(kept, again);
}

// The first column of the first row of a query, or null when it fails or has no row.
inline QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

inline QProcessEnvironment cliEnvironment()
{
    static QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    const QString runtime = home.filePath(QStringLiteral("runtime")); // Qt wants it private (0700)
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    return env;
}

// Runs servqa-cli; `setUp` (optional) runs in the child before it starts (e.g. a file-size limit).
inline CliRun cli(const QStringList &arguments, const std::function<void()> &setUp = {}, const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    if (setUp)
        p.setChildProcessModifier(setUp);
    p.start(QStringLiteral(SERVQA_CLI), arguments);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    // Waits for the child to finish, however slow the machine (under ASan and load a demo took
    // over two minutes, and a fixed limit read a running child as "exit 0"); a child that hangs
    // is ended by ctest's time limit for the test.
    const bool finished = p.waitForFinished(-1);
    return {finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
#endif

} // namespace servqa::test
