#pragma once

#include "csvreader.h"
#include "importfields.h"
#include "result.h"
#include "surveyrepository.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace servqa {

class Database;

struct ImportOptions
{
    ImportKind kind = ImportKind::Interactions;
    CsvEncoding encoding = CsvEncoding::Auto;
    // Column index in the file for each of importFields(kind), -1 for none. Empty: match the
    // header automatically.
    QVector<int> mapping;
    // Source system of interactions when the file has no "source" column. Together with the
    // external id it identifies an interaction, so re-importing a file updates, never duplicates.
    QString defaultSource = QStringLiteral("csv");
    // Survey responses: the wave they belong to (created if new) and whose answers they are.
    QString surveyWave;
    SurveyKind surveyKind = SurveyKind::Customer;
    // Feedback: the post-contact survey (created if new) and its CSAT scale (5, 7 or 10; an
    // existing survey keeps its own).
    QString feedbackSurvey;
    std::optional<int> csatScale;
    // Raise the alerts the import causes once it is committed (the command line). The app leaves
    // it to its alerts watcher, which looks after every change anyway, so it is done once.
    bool raiseAlerts = true;
    // Who brings the file in (their name goes into a complaint's log); none from the command line.
    std::optional<qint64> userId;
};

struct ImportSummary
{
    qint64 rows = 0;     // data rows read
    qint64 inserted = 0; // new rows in the workspace
    qint64 updated = 0;  // rows that were already there (same code or external id)
    CsvEncoding encoding = CsvEncoding::Utf8;
    int newAlerts = 0; // raised by what the import brought (contacts and feedback)
    QVector<qint64> interactionIds; // the interactions imported, new or updated (for screening them)
};

// Called now and then with bytes read so far and the file size; return false to cancel.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// Imports a CSV file in one transaction: every row is validated, and the first bad row
// rejects the whole file with file, line and column in the message and nothing written.
// Cancelling also leaves nothing written.
Result<ImportSummary> importCsv(Database &db, const QString &path, const ImportOptions &options,
                                const ImportProgress &progress = {});

// The first rows of a file, for the import dialog's preview and column mapping.
struct CsvPreview
{
    QStringList header;
    QVector<QStringList> rows;
    CsvEncoding encoding = CsvEncoding::Utf8;
};
Result<CsvPreview> previewCsv(const QString &path, CsvEncoding encoding, int maxRows = 20);

} // namespace servqa
