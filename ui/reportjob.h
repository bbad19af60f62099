#pragma once

#include "report/auditreports.h"

#include <QString>

#include <functional>

class QWidget;

namespace servqa {

// Writes PDF reports without freezing the window: the slow half (reading the workspace) runs on a
// worker thread with its own connection under a progress dialog, then the pages are drawn on the
// GUI thread (the charts are widgets), one report per turn of the event loop.

// One report to `path`; `done` gets the number of pages or the error (not called when cancelled).
void writeReportInBackground(QWidget *parent, const QString &workspacePath, const QString &label,
                             std::function<Result<ReportPages>(Database &db)> prepare, const QString &path,
                             std::function<void(const Result<int> &pages)> done);

// Several reports (a region's store scorecards): `done` gets the files written, all of them
// unless cancelled (those written stay), or the error.
void writeReportsInBackground(QWidget *parent, const QString &workspacePath, const QString &label,
                              std::function<Result<QVector<PreparedReport>>(Database &db, const std::function<bool(int, int)> &progress)> prepare,
                              std::function<void(const Result<QStringList> &files)> done);

} // namespace servqa
