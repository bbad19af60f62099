// The Dashboards' exports: the chart shown as a vector PDF or PNG, and the gap model as a PDF
// audit report for the filters shown.
#include "dashboardspage.h"
#include "plaintext.h"

#include "outputfile.h"

#include "charts/controlchart.h"
#include "charts/dimensionprofilechart.h"
#include "charts/gaptrendchart.h"
#include "charts/screeningtrendchart.h"
#include "indicatorstab.h"
#include "screeningtab.h"
#include "periodselector.h"
#include "report/auditreports.h"
#include "reportjob.h"
#include "session.h"
#include "timeutil.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

namespace servqa {

void DashboardsPage::saveChart()
{
    const bool control = m_charts->currentWidget() == m_indicators;
    const bool screening = m_charts->currentWidget() == m_screening;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"),
                                                      control ? tr("control-chart.pdf") : screening ? tr("screening.pdf") : tr("customer-gap.pdf"),
                                                      tr("PDF (vector) (*.pdf);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    const QStringList workspace{m_session.database() ? m_session.database()->path() : QString()};
    if (const Status s = checkOutputPath(path, workspace); !s) {
        plain::warning(this, tr("Save chart"), s.error());
        return;
    }
    // The chart is drawn into a private file first, then written in the chosen place whole or
    // not at all (a full disk leaves what was there).
    const bool png = QFileInfo(path).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0;
    QTemporaryDir scratch;
    const QString drawn = scratch.filePath(png ? QStringLiteral("chart.png") : QStringLiteral("chart.pdf"));
    bool ok = scratch.isValid();
    if (ok && control) {
        ok = png ? m_indicators->chart()->savePng(drawn) : m_indicators->chart()->savePdf(drawn);
    } else if (ok && screening) {
        ok = png ? m_screening->chart()->savePng(drawn) : m_screening->chart()->savePdf(drawn);
    } else if (ok && m_charts->currentWidget() == m_profile) {
        ok = png ? m_profile->grab().save(drawn) : m_profile->savePdf(drawn);
    } else if (ok) {
        GapTrendChart *chart = m_charts->currentIndex() == 2 ? m_scores : m_charts->currentIndex() == 3 ? m_fiveChart : m_chart;
        ok = png ? chart->savePng(drawn) : chart->savePdf(drawn);
    }
    QFile result(drawn);
    const QByteArray bytes = ok && result.open(QIODevice::ReadOnly) ? result.readAll() : QByteArray();
    // QCustomPlot's PDF says it was written whatever its painter's end says: a PDF drawn into a
    // full disk is cut short before its end-of-file mark, and is not taken for the chart.
    if (!ok || result.error() != QFileDevice::NoError || bytes.isEmpty() || (!png && !bytes.trimmed().endsWith("%%EOF"))) {
        plain::warning(this, tr("Save chart"), tr("Cannot write %1.").arg(path));
        return;
    }
    if (const Status s = writeWholeFile(path, bytes, workspace); !s)
        plain::warning(this, tr("Save chart"), s.error());
}

void DashboardsPage::saveReport()
{
    Database *db = m_session.database();
    if (!db)
        return;
    if (m_charts->currentWidget() == m_indicators) {
        saveIndicatorsReport();
        return;
    }
    if (m_charts->currentWidget() == m_screening) {
        saveScreeningReport();
        return;
    }
    GapReportRequest request;
    if (m_site->currentData().isValid())
        request.siteId = m_site->currentData().toLongLong();
    if (m_region->currentData().isValid())
        request.region = m_region->currentData().toString();
    if (m_wave->currentData().isValid())
        request.waveId = m_wave->currentData().toLongLong();
    request.minRespondents = m_minimum->value();
    // "All time" reports from the first survey to today.
    QDate first = QDate::currentDate();
    QSqlQuery q(db->connection());
    if (q.exec(QStringLiteral("SELECT MIN(responded_at) FROM survey_responses")) && q.next() && !q.value(0).isNull())
        first = fromStored(q.value(0).toLongLong()).date();
    request.period.from = m_period->from() ? m_period->from()->date() : first;
    request.period.to = m_period->to() ? m_period->to()->date().addDays(-1) : QDate::currentDate();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("gap-report_%1_%2.pdf").arg(request.period.from.toString(Qt::ISODate),
                                                                          request.period.to.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the gap report"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const ReportOptions options = reportOptions(m_session);
    writeReportInBackground(
        this, m_session.path(), tr("Writing the gap report…"),
        [request, options](Database &db) { return prepareGapReport(db, request, options); }, path,
        [this](const Result<int> &pages) {
            if (!pages)
                plain::warning(this, tr("Report not written"), pages.error());
        });
}

void DashboardsPage::saveIndicatorsReport()
{
    const IndicatorScope scope = indicatorScope();
    IndicatorsReportRequest request;
    request.siteId = scope.siteId;
    request.region = scope.region;
    request.period = scope.period;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("indicators-report_%1_%2.pdf").arg(request.period.from.toString(Qt::ISODate),
                                                                                 request.period.to.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the indicators report"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const ReportOptions options = reportOptions(m_session);
    writeReportInBackground(
        this, m_session.path(), tr("Writing the indicators report…"),
        [request, options](Database &db) { return prepareIndicatorsReport(db, request, options); }, path,
        [this](const Result<int> &pages) {
            if (!pages)
                plain::warning(this, tr("Report not written"), pages.error());
        });
}

void DashboardsPage::saveScreeningReport()
{
    const IndicatorScope scope = indicatorScope();
    const ScreeningReportRequest request{scope.region, scope.siteId, scope.period};
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("screening-report_%1_%2.pdf").arg(request.period.from.toString(Qt::ISODate),
                                                                                request.period.to.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the screening report"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const ReportOptions options = reportOptions(m_session);
    writeReportInBackground(
        this, m_session.path(), tr("Writing the screening report…"),
        [request, options](Database &db) { return prepareScreeningReport(db, request, options); }, path,
        [this](const Result<int> &pages) {
            if (!pages)
                plain::warning(this, tr("Report not written"), pages.error());
        });
}

} // namespace servqa
