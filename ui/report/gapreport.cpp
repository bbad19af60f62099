// The service-quality gap report: SERVQUAL by dimension, the five gaps with their standards and
// promises, the customer gap and inspection scores by month, items and sites (docs/reports.md).
#include "reportparts.h"

#include "charts/chartstyle.h"
#include "charts/dimensionprofilechart.h"
#include "charts/gaptrendchart.h"
#include "dashboardspage.h"
#include "database.h"
#include "fivegaps.h"
#include "formatting.h"
#include "gaptrends.h"
#include "servqual.h"
#include "surveysums.h"

#include <QPainter>
#include <QPicture>
#include <QSqlQuery>

#include <algorithm>

namespace servqa {

using namespace reportparts;

Result<ReportPages> prepareGapReport(Database &db, const GapReportRequest &request, const ReportOptions &options)
{
    SurveyFilter filter;
    filter.kind = SurveyKind::Customer;
    filter.region = request.region;
    filter.siteId = request.siteId;
    filter.waveId = request.waveId;
    filter.from = request.period.start();
    filter.to = request.period.end();
    // From the daily rollups: the period's customers, and the managers of the same sites.
    const auto sides = servqualSides(db, filter);
    if (!sides)
        return Error{sides.error()};
    const ServqualResult result = sides->customers.result(request.minRespondents);
    const auto knowledge = knowledgeGap(sides->managers.dimensionExpectations(), sides->customers.dimensionExpectations(),
                                        request.minRespondents);
    const auto trend = customerGapDimensionTrend(db, filter, Granularity::Month, request.minRespondents);
    if (!trend)
        return Error{trend.error()};
    ScoreTrendFilter scoreFilter;
    scoreFilter.from = filter.from;
    scoreFilter.to = filter.to;
    scoreFilter.siteId = request.siteId;
    scoreFilter.region = request.region;
    const auto scores = evaluationScoreTrend(db, scoreFilter, Granularity::Month, request.minRespondents);
    if (!scores)
        return Error{scores.error()};

    QString scope = AuditReports::tr("all sites");
    if (request.siteId) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT name FROM sites WHERE id = ?"));
        q.addBindValue(*request.siteId);
        if (execQuery(q, db) && q.next())
            scope = q.value(0).toString();
    } else if (request.region) {
        scope = *request.region;
    }
    ReportHeader h = header(db, AuditReports::tr("Service-quality gap report: %1").arg(scope), periodText(request.period), options);
    h.filters << qMakePair(AuditReports::tr("Period"), periodText(request.period));
    h.filters << qMakePair(AuditReports::tr("Scope"), scope);
    if (request.waveId) {
        if (const auto waves = SurveyRepository(db).waves()) {
            for (const SurveyWave &w : *waves) {
                if (w.id == *request.waveId)
                    h.filters << qMakePair(AuditReports::tr("Survey wave"), w.name);
            }
        }
    }
    h.filters << qMakePair(AuditReports::tr("Minimum respondents"), QString::number(request.minRespondents));
    const auto five = computeFiveGaps(db, filter, request.minRespondents);
    if (!five)
        return Error{five.error()};
    // Each site of the scope with respondents: its name and result.
    QVector<QPair<QString, ServqualResult>> siteGaps;
    if (!request.siteId) {
        QSqlQuery q(db.connection());
        if (request.region) {
            q.prepare(QStringLiteral("SELECT id, name FROM sites WHERE region = ? ORDER BY code"));
            q.addBindValue(*request.region);
        } else {
            q.prepare(QStringLiteral("SELECT id, name FROM sites ORDER BY code"));
        }
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
        while (q.next()) {
            SurveyFilter one = filter;
            one.region.reset();
            one.siteId = q.value(0).toLongLong();
            const auto siteSides = servqualSides(db, one);
            if (!siteSides)
                return Error{siteSides.error()};
            if (siteSides->customers.respondents() > 0)
                siteGaps.push_back({q.value(1).toString(), siteSides->customers.result(request.minRespondents)});
        }
    }
    const qint64 managers = sides->managers.respondents();

    // Drawn on the GUI thread (the charts are widgets), from what was read above.
    return ReportPages([=, trend = *trend, scores = *scores, five = *five](const QString &path) -> Result<int> {
        ReportDocument doc(h);

        const ServqualResult &r = result;
        doc.addFacts({
            {AuditReports::tr("Respondents"), formatCount(r.respondents)},
            {AuditReports::tr("Managers (gap 1)"), formatCount(managers)},
            {AuditReports::tr("Customer gap, unweighted"), signedNumber(r.unweighted.mean, 2)},
            {AuditReports::tr("Customer gap, weighted"), signedNumber(r.weighted.mean, 2)},
        });

        doc.addHeading(AuditReports::tr("SERVQUAL by dimension (gap 5: perception − expectation)"));
        ReportTable dims;
        dims.headers = QStringList{AuditReports::tr("Dimension"), AuditReports::tr("E"), AuditReports::tr("P"), AuditReports::tr("Gap"),
                                   AuditReports::tr("95 % interval"), AuditReports::tr("n"), AuditReports::tr("α (E / P)"),
                                   AuditReports::tr("Gap 1")};
        dims.widths = {2.2, 0.8, 0.8, 0.9, 1.7, 0.7, 1.3, 0.9};
        dims.alignments = {Qt::AlignLeft};
        for (int c = 1; c < dims.headers.size(); ++c)
            dims.alignments << Qt::AlignRight;
        for (int d = 0; d < DimensionCount; ++d) {
            const DimensionGaps &g = r.dimensions[d];
            dims.rows << QStringList{dimensionName(AllDimensions[d]),
                                     g.expectation.tooFew ? AuditReports::tr("too few") : number(g.expectation.mean, 2),
                                     g.perception.tooFew ? AuditReports::tr("too few") : number(g.perception.mean, 2),
                                     g.gap.tooFew ? AuditReports::tr("too few") : signedNumber(g.gap.mean, 2), interval(g.gap, 2),
                                     formatCount(g.gap.n),
                                     QStringLiteral("%1 / %2").arg(number(g.alphaExpectation, 2), number(g.alphaPerception, 2)),
                                     knowledge[d].tooFew ? AuditReports::tr("too few") : signedNumber(knowledge[d].mean, 2)};
            QColor fill;
            if (g.gap.mean)
                fill = *g.gap.mean < -1 ? FailFill : (*g.gap.mean < 0 ? QColor(0xfb, 0xee, 0xcf) : PassFill);
            dims.backgrounds << QVector<QColor>{QColor(), QColor(), QColor(), fill};
        }
        doc.addTable(dims);

        {
            DimensionProfileChart chart;
            chart.resize(WideChart.width(), 300);
            chart.setResult(r);
            const QSize half(WideChart.width() / 2, 300);
            QPicture both;
            {
                QPainter p(&both);
                p.drawPicture(0, 0, plotPicture(chart.radar(), half));
                p.drawPicture(half.width(), 0, plotPicture(chart.bars(), half));
            }
            doc.addPicture(both, QSizeF(WideChart.width(), 300));
        }

        // The five gaps: each gap per dimension, then each standard and promise.
        {
            auto gapText = [](const Estimate &e, bool percent) {
                if (!e.mean)
                    return e.n > 0 ? AuditReports::tr("too few") : QStringLiteral("—");
                return signedNumber(e.mean, percent ? 1 : 2);
            };
            doc.addHeading(AuditReports::tr("The five gaps (gaps 1, 2, 5 in scale points; 3, 4 in percentage points)"));
            ReportTable gaps;
            gaps.headers = QStringList{AuditReports::tr("Dimension")};
            for (GapKind g : AllGaps)
                gaps.headers << gapName(g);
            gaps.widths = {2.0, 1.6, 1.6, 1.6, 1.6, 1.6};
            gaps.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
            for (Dimension d : AllDimensions) {
                QStringList row{dimensionName(d)};
                for (GapKind g : AllGaps)
                    row << gapText(five.at(g, d), gapInPercentagePoints(g));
                gaps.rows << row;
            }
            doc.addTable(gaps);
            if (!five.standards.isEmpty()) {
                doc.addHeading(AuditReports::tr("Service standards (gaps 2 and 3)"));
                ReportTable t;
                t.headers = QStringList{AuditReports::tr("Standard"), AuditReports::tr("Dimension"), AuditReports::tr("Level"),
                                        AuditReports::tr("Gap 2"), AuditReports::tr("Required"), AuditReports::tr("Observed"),
                                        AuditReports::tr("Gap 3"), AuditReports::tr("n")};
                t.widths = {3.6, 1.2, 0.7, 0.9, 1.0, 1.0, 0.9, 0.8};
                t.alignments = {Qt::AlignLeft, Qt::AlignLeft};
                for (int c = 2; c < t.headers.size(); ++c)
                    t.alignments << Qt::AlignRight;
                for (const StandardGaps &g : five.standards) {
                    t.rows << QStringList{g.standard.code + QStringLiteral(" ") + g.standard.title, dimensionName(g.standard.dimension),
                                          QString::number(g.standard.level), gapText(g.standardsGap, false),
                                          formatPercent(g.standard.complianceTarget),
                                          g.compliance.mean ? formatPercent(*g.compliance.mean) : gapText(g.compliance, true),
                                          gapText(g.deliveryGap, true), formatCount(g.compliance.n)};
                }
                doc.addTable(t);
            }
            if (!five.promises.isEmpty()) {
                doc.addHeading(AuditReports::tr("Promises to customers (gap 4)"));
                ReportTable t;
                t.headers = QStringList{AuditReports::tr("Promise"), AuditReports::tr("Dimension"), AuditReports::tr("Promised"),
                                        AuditReports::tr("Kept"), AuditReports::tr("Gap 4"), AuditReports::tr("n")};
                t.widths = {4.6, 1.2, 1.0, 1.0, 0.9, 0.9};
                t.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
                for (const PromiseGaps &g : five.promises) {
                    t.rows << QStringList{g.promise.code + QStringLiteral(" ") + g.promise.text, dimensionName(g.promise.dimension),
                                          formatPercent(g.promise.promisedRate), g.kept.mean ? formatPercent(*g.kept.mean) : gapText(g.kept, true),
                                          gapText(g.communicationGap, true), formatCount(g.kept.n)};
                }
                doc.addTable(t);
            }
        }

        doc.addHeading(AuditReports::tr("Customer gap by month"));
        if (trend.isEmpty()) {
            doc.addParagraph(AuditReports::tr("No customer survey in this period."), true);
        } else {
            GapTrendChart chart;
            chart.resize(WideChart.width(), 280);
            chart.setTrend(trend, Granularity::Month);
            doc.addPicture(plotPicture(chart.plot(), QSize(WideChart.width(), 280)), QSizeF(WideChart.width(), 280));
        }

        doc.addHeading(AuditReports::tr("What inspections observed (dimension scores by month)"));
        if (scores.isEmpty()) {
            doc.addParagraph(AuditReports::tr("No evaluation in this period."), true);
        } else {
            GapTrendChart chart;
            chart.resize(WideChart.width(), 280);
            chart.setScores(scores, Granularity::Month);
            doc.addPicture(plotPicture(chart.plot(), QSize(WideChart.width(), 280)), QSizeF(WideChart.width(), 280));
        }

        doc.addHeading(AuditReports::tr("Items with the largest gaps"));
        ReportTable items;
        items.headers = QStringList{AuditReports::tr("#"), AuditReports::tr("Item", "a SERVQUAL survey question"), AuditReports::tr("Dimension"), AuditReports::tr("Gap"),
                                    AuditReports::tr("95 % interval"), AuditReports::tr("n")};
        items.widths = {0.5, 4.5, 1.6, 0.9, 1.7, 0.7};
        items.alignments = {Qt::AlignRight, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
        QVector<int> order;
        for (int i = 0; i < ServqualItemCount; ++i)
            order << i;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const auto &ga = r.itemGaps[a].mean, &gb = r.itemGaps[b].mean;
            if (ga.has_value() != gb.has_value())
                return ga.has_value();
            return ga && *ga < *gb;
        });
        for (int i : std::as_const(order)) {
            const Estimate &g = r.itemGaps[i];
            items.rows << QStringList{QString::number(i + 1), servqualItemText(i), dimensionName(servqualItemDimension(i)),
                                      g.tooFew ? AuditReports::tr("too few") : signedNumber(g.mean, 2), interval(g, 2), formatCount(g.n)};
        }
        doc.addTable(items);

        // Each site of the scope side by side.
        if (!siteGaps.isEmpty()) {
            ReportTable sites;
            sites.headers = QStringList{AuditReports::tr("Site"), AuditReports::tr("n")};
            for (Dimension d : AllDimensions)
                sites.headers << dimensionName(d);
            sites.headers << AuditReports::tr("Overall");
            sites.widths = {3, 0.7, 1, 1, 1, 1, 1, 1};
            sites.alignments = {Qt::AlignLeft};
            for (int c = 1; c < sites.headers.size(); ++c)
                sites.alignments << Qt::AlignRight;
            for (const auto &[name, siteResult] : siteGaps) {
                QStringList row{name, formatCount(siteResult.respondents)};
                QVector<QColor> fills{QColor(), QColor()};
                for (int d = 0; d < DimensionCount; ++d) {
                    const Estimate &g = siteResult.dimensions[d].gap;
                    row << (g.tooFew ? AuditReports::tr("too few") : signedNumber(g.mean, 2));
                    fills << (g.mean ? (*g.mean < -1 ? FailFill : (*g.mean < 0 ? QColor(0xfb, 0xee, 0xcf) : PassFill)) : QColor());
                }
                row << (siteResult.unweighted.tooFew ? AuditReports::tr("too few") : signedNumber(siteResult.unweighted.mean, 2));
                sites.rows << row;
                sites.backgrounds << fills;
            }
            doc.addHeading(AuditReports::tr("Customer gap by site"));
            doc.addTable(sites);
        }
        doc.addParagraph(AuditReports::tr("Gaps are perception minus expectation on the 7-point scale (negative: service falls short). "
                                          "Gap 1 is the managers' estimate of customers' expectation minus the customers' expectation. "
                                          "A figure from fewer respondents than the minimum is shown as too few. How every figure is computed: "
                                          "the last section of this report."),
                         true);
        // The formulas as the Dashboards page shows them (Formulas…): a manager reading the PDF
        // has them on paper, not as a path into the source.
        doc.addHeading(DashboardsPage::tr("How the gaps are computed"));
        for (const QString &line : DashboardsPage::formulaText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            doc.addParagraph(line.trimmed());
        return doc.write(path, options.pdfA);
    });
}

Result<int> writeGapReport(Database &db, const GapReportRequest &request, const QString &path, const ReportOptions &options)
{
    const auto pages = prepareGapReport(db, request, options);
    if (!pages)
        return Error{pages.error()};
    return (*pages)(path);
}

} // namespace servqa
