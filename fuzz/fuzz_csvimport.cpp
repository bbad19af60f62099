// servqa::importCsv of the input, as File ▸ Import CSV… runs it, into one workspace per
// process that holds the sites and staff of tests/data/import (sites.csv, staff.csv), so
// that rows can refer to them.
//
// Every input is imported inside an outer transaction that is rolled back afterwards (the
// import's own transaction becomes a savepoint, as when an import runs inside a larger unit
// of work), so each input meets the same workspace and a crash reproduces alone.
//
// Input: byte 0 = mode (bits 0–1 kind: sites, staff, interactions, survey; bits 2–3
// encoding: Auto, UTF-8, GB18030, Auto; bit 4 survey kind: customer / management), then the
// file's bytes. Findings besides memory errors and UB: an import that succeeds with
// impossible counts or importance points that are not all five adding up to 100, and a
// rolled-back import that changed the workspace.

#include "csvimporter.h"
#include "database.h"
#include "fuzzsupport.h"
#include "transactionguard.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace servqa;

extern const fuzz::Blob organisationFiles[]; // tests/data/import/sites.csv, staff.csv

namespace {

struct Workspace
{
    QTemporaryDir dir; // under $TMPDIR (scripts/fuzz.sh: build-fuzz/tmp)
    std::unique_ptr<Database> db;
    QString csvPath;
    qint64 rowsBefore = 0;
};

Workspace *workspace = nullptr;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("fuzz_csvimport: cannot write %s", qPrintable(path));
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("fuzz_csvimport: %s failed: %s", qPrintable(sql), qPrintable(db.describeError(q)));
    return q.value(0).toLongLong();
}

qint64 totalRows(Database &db)
{
    return scalar(db, QStringLiteral("SELECT (SELECT COUNT(*) FROM sites) + (SELECT COUNT(*) FROM staff) "
                                     "+ (SELECT COUNT(*) FROM interactions) + (SELECT COUNT(*) FROM survey_responses) "
                                     "+ (SELECT COUNT(*) FROM survey_waves)"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    workspace = new Workspace; // never freed: the process ends with the fuzzer
    if (!workspace->dir.isValid())
        qFatal("fuzz_csvimport: no temporary folder");
    auto opened = Database::openSqlite(workspace->dir.filePath(QStringLiteral("fuzz.servqa")),
                                       Database::OpenMode::CreateIfMissing);
    if (!opened)
        qFatal("fuzz_csvimport: %s", qPrintable(opened.error()));
    workspace->db = std::move(*opened);
    workspace->csvPath = workspace->dir.filePath(QStringLiteral("input.csv"));
    const ImportKind kinds[] = {ImportKind::Sites, ImportKind::Staff};
    for (int i = 0; organisationFiles[i].data; ++i) {
        writeFile(workspace->csvPath, organisationFiles[i].bytes());
        ImportOptions options;
        options.kind = kinds[i];
        const auto imported = importCsv(*workspace->db, workspace->csvPath, options);
        if (!imported)
            qFatal("fuzz_csvimport: seeding the workspace: %s", qPrintable(imported.error()));
    }
    workspace->rowsBefore = totalRows(*workspace->db);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const ImportKind kinds[] = {ImportKind::Sites, ImportKind::Staff, ImportKind::Interactions, ImportKind::Survey};
    static const CsvEncoding encodings[] = {CsvEncoding::Auto, CsvEncoding::Utf8, CsvEncoding::Gb18030, CsvEncoding::Auto};
    ImportOptions options;
    options.kind = kinds[data[0] & 3];
    options.encoding = encodings[(data[0] >> 2) & 3];
    options.surveyWave = QStringLiteral("fuzz wave");
    options.surveyKind = (data[0] & 0x10) ? SurveyKind::Management : SurveyKind::Customer;
    writeFile(workspace->csvPath, fuzz::bytes(data + 1, size - 1));

    Database &db = *workspace->db;
    {
        TransactionGuard outer(db.connection());
        if (!outer.active())
            qFatal("fuzz_csvimport: cannot begin a transaction");
        const auto imported = importCsv(db, workspace->csvPath, options);
        if (imported) {
            if (imported->rows <= 0 || imported->inserted < 0 || imported->inserted > imported->rows
                || imported->updated != imported->rows - imported->inserted)
                fuzz::finding("importCsv: impossible row counts");
            if (options.kind == ImportKind::Survey) {
                // Importance points: all five dimensions or none, adding up to 100 (docs/formats.md).
                const qint64 bad = scalar(db, QStringLiteral(
                    "SELECT COUNT(*) FROM survey_responses WHERE "
                    "((imp_tangibles IS NULL) + (imp_reliability IS NULL) + (imp_responsiveness IS NULL) "
                    "  + (imp_assurance IS NULL) + (imp_empathy IS NULL)) NOT IN (0, 5) "
                    "OR abs(imp_tangibles + imp_reliability + imp_responsiveness + imp_assurance + imp_empathy - 100) > 0.5"));
                if (bad != 0)
                    fuzz::finding("importCsv: a survey response with importance points that are not five adding up to 100");
            }
        } else if (imported.error().isEmpty()) {
            fuzz::finding("importCsv: an error without a message");
        }
    } // rolled back
    if (totalRows(db) != workspace->rowsBefore)
        fuzz::finding("importCsv: the workspace changed after the rollback");
    return 0;
}
