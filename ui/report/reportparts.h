#pragma once

// Helpers shared by the PDF audit reports' source files (ui/report/*.cpp): the translation
// context, colours, number formats and the page header every report starts from.

#include "alerts.h"
#include "actions.h"
#include "complaints.h"
#include "auditreports.h"
#include "reportdocument.h"
#include "scoreengine.h"
#include "servqual.h"

#include <QColor>
#include <QCoreApplication>
#include <QSize>

namespace servqa::reportparts {

class AuditReports
{
    Q_DECLARE_TR_FUNCTIONS(AuditReports)
};

inline const QColor FailFill(0xf8, 0xd7, 0xd3);
inline const QColor PassFill(0xdc, 0xef, 0xdc);
// Chart sizes in 96-dpi units: the text column's width.
inline const QSize WideChart(int(ReportDocument::textWidth()), 250);

ReportHeader header(Database &db, const QString &title, const QString &subtitle, const ReportOptions &options);
QString number(std::optional<double> value, int decimals = 1);
QString signedNumber(std::optional<double> value, int decimals = 1);
QString interval(const Estimate &e, int decimals = 1);
// A score's interval within the scale (a t interval from two evaluations can reach past 0–100 %).
QString scoreInterval(const Estimate &e);
QString periodText(const DayRange &period);
// Sentences one after another: a space between them in English, none in Chinese.
QString sentences(const QStringList &lines);
// A heat-map colour for a score (0–100 %): red below 60, amber to 80, green above.
QColor scoreFill(std::optional<double> score);
QString resultText(const ScoreResult &score);

// Indicators against their targets (value, levels, status coloured, cases), and a list of alerts:
// the indicators report and the scorecards share them.
void addIndicatorTable(ReportDocument &doc, const QVector<IndicatorValue> &values);
void addAlertTable(ReportDocument &doc, const QVector<Alert> &alerts);
// A store's complaints on its scorecard: the period's figures and the complaints open at `now`.
void addComplaintSection(ReportDocument &doc, const ScorecardComplaints &complaints, const QDateTime &now);
// A store's corrective actions not yet verified, on its scorecard.
void addActionSection(ReportDocument &doc, const QVector<CorrectiveAction> &actions, const QDate &today);

} // namespace servqa::reportparts
