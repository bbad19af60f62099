#pragma once

#include "result.h"
#include "scorecard.h"
#include "surveyrepository.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace servqa {

class Database;

// Who asks for a report and how it is filed. The organisation name and logo come from the
// workspace (Settings ▸ Organisation).
struct ReportOptions
{
    QString generatedBy;
    bool pdfA = false; // PDF/A-1b, for archiving
};

class Session;
// Who is working and whether reports are archived as PDF/A (Settings), for reports made in the app.
ReportOptions reportOptions(const Session &session);

// A report read from the workspace, ready to be drawn: writes the whole PDF at `path` or nothing
// and returns the number of pages. Reading is the slow half and may run on a worker thread with
// its own connection; drawing needs the GUI thread (the charts are widgets).
using ReportPages = std::function<Result<int>(const QString &path)>;

// The PDF audit reports (docs/reports.md). Each writes the whole file or nothing, and returns
// the number of pages. They draw widgets (QCustomPlot) and need a QApplication; servqa-cli
// runs them on the offscreen platform.
Result<int> writeEvaluationReport(Database &db, qint64 evaluationId, const QString &path, const ReportOptions &options);
// A mystery-shop visit: its details, answers with the time of each, and its evidence photos.
Result<int> writeVisitReport(Database &db, qint64 visitId, const QString &path, const ReportOptions &options);
Result<int> writeScorecardReport(Database &db, const ScorecardRequest &request, const QString &path,
                                 const ReportOptions &options);
Result<ReportPages> prepareScorecardReport(Database &db, const ScorecardRequest &request, const ReportOptions &options);

struct GapReportRequest
{
    std::optional<QString> region; // all sites when empty
    std::optional<qint64> siteId;
    DayRange period;
    std::optional<qint64> waveId;
    int minRespondents = 5;
};
Result<int> writeGapReport(Database &db, const GapReportRequest &request, const QString &path, const ReportOptions &options);
Result<ReportPages> prepareGapReport(Database &db, const GapReportRequest &request, const ReportOptions &options);

// Service indicators (docs/indicators.md) of every site, a region or one site for a period: each
// against its target, the sites side by side, the weekly control charts and the open alerts.
struct IndicatorsReportRequest
{
    std::optional<QString> region;
    std::optional<qint64> siteId;
    DayRange period;
};
Result<int> writeIndicatorsReport(Database &db, const IndicatorsReportRequest &request, const QString &path, const ReportOptions &options);
Result<ReportPages> prepareIndicatorsReport(Database &db, const IndicatorsReportRequest &request, const ReportOptions &options);

// Automatic screening (docs/screening.md) of every site, a region or one site for a period: the
// flag rate by week or month, each rule's hit rate, the sites and the agents flagged most, and each
// item-answering rule's agreement with the inspectors (confusion matrix, precision, recall, κ, AC1,
// by month) with examples of where they disagree.
struct ScreeningReportRequest
{
    std::optional<QString> region;
    std::optional<qint64> siteId;
    DayRange period;
};
Result<int> writeScreeningReport(Database &db, const ScreeningReportRequest &request, const QString &path, const ReportOptions &options);
Result<ReportPages> prepareScreeningReport(Database &db, const ScreeningReportRequest &request, const ReportOptions &options);

// A calibration session (docs/calibration.md) as its lead hands it to management: the session's
// facts, the agreement statistics, each inspector's deviation from consensus against the
// workspace's tolerance, the items with most disagreement, the drift over closed sessions and the
// session's trail. Refused, like the comparison itself, while a blind session's scoring is open.
Result<int> writeCalibrationReport(Database &db, qint64 sessionId, const QString &path, const ReportOptions &options);
Result<ReportPages> prepareCalibrationReport(Database &db, qint64 sessionId, const ReportOptions &options);

// Corrective and preventive actions (docs/closed-loop.md) of one site, a region or every site: those
// raised in the period and those still open at its end or finished in it, each with its source,
// root cause and the before/after test that verified it.
struct ActionsReportRequest
{
    std::optional<QString> region;
    std::optional<qint64> siteId;
    DayRange period;
};
Result<int> writeActionsReport(Database &db, const ActionsReportRequest &request, const QString &path, const ReportOptions &options);
Result<ReportPages> prepareActionsReport(Database &db, const ActionsReportRequest &request, const ReportOptions &options);

// One complaint's file (docs/closed-loop.md): its facts, text, clocks against their time limits,
// outcome and the customer's word, and every step of its history.
Result<int> writeComplaintReport(Database &db, const QString &reference, const QString &path, const ReportOptions &options);
Result<ReportPages> prepareComplaintReport(Database &db, const QString &reference, const ReportOptions &options);

// The store scorecards of a region read for drawing later (the GUI's batch reads them on a worker
// thread, then draws them one by one). `progress` as for writeStoreBatch.
struct PreparedReport
{
    QString path;
    ReportPages pages;
};
Result<QVector<PreparedReport>> prepareStoreBatch(Database &db, const QString &region, const DayRange &period, const QString &folder,
                                                  const ReportOptions &options, const std::function<bool(int, int)> &progress);

// One store scorecard PDF per store of a region, named after the store's code, into `folder`.
// `progress(done, total)` returns false to cancel: files already written stay, none is left
// half-written. Returns the files written.
Result<QStringList> writeStoreBatch(Database &db, const QString &region, const DayRange &period, const QString &folder,
                                    const ReportOptions &options, const std::function<bool(int, int)> &progress);

} // namespace servqa
