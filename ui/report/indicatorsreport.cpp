// The service indicators report (docs/reports.md): a region's, a site's or every site's indicators
// for a period against their targets, each site's side by side, the weekly control charts of the
// shares with their signals, and the open alerts. The tables it shares with the scorecards: below.
#include "reportparts.h"

#include "charts/chartstyle.h"
#include "charts/controlchart.h"
#include "database.h"
#include "formatting.h"
#include "indicatortexts.h"

#include <QPainter>
#include <QPicture>
#include <QSqlQuery>

namespace servqa {

using namespace reportparts;

namespace reportparts {

namespace {

QColor statusFill(IndicatorStatus s)
{
    switch (s) {
    case IndicatorStatus::Met: return PassFill;
    case IndicatorStatus::BelowTarget: return QColor(0xfb, 0xee, 0xcf);
    case IndicatorStatus::Warning: return QColor(0xfb, 0xdf, 0xb0);
    case IndicatorStatus::Alarm: return FailFill;
    case IndicatorStatus::NoData: break;
    }
    return QColor();
}

} // namespace

void addIndicatorTable(ReportDocument &doc, const QVector<IndicatorValue> &values)
{
    ReportTable t;
    t.headers = QStringList{AuditReports::tr("Indicator"), AuditReports::tr("Value"), AuditReports::tr("Target"), AuditReports::tr("Warning"),
                            AuditReports::tr("Alarm"), AuditReports::tr("Status"), AuditReports::tr("Cases")};
    t.widths = {3.4, 1.6, 0.9, 0.9, 0.9, 1.2, 0.9};
    t.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight};
    for (const IndicatorValue &v : values) {
        QString name = indicatorName(v.kind);
        if (v.target && v.target->thresholdSeconds)
            name = AuditReports::tr("%1 (within %2)").arg(name, formatSeconds(*v.target->thresholdSeconds));
        QString value = indicatorValueText(v.kind, v.value);
        if (v.kind == IndicatorKind::Nps && v.lower && v.upper)
            value = AuditReports::tr("%1 (%2 … %3)").arg(value, formatNumber(*v.lower, 1), formatNumber(*v.upper, 1));
        const auto level = [&](double IndicatorTarget::*field) {
            return v.target ? indicatorValueText(v.kind, (*v.target).*field) : QStringLiteral("—");
        };
        t.rows << QStringList{name, value, level(&IndicatorTarget::target), level(&IndicatorTarget::warning), level(&IndicatorTarget::alarm),
                              indicatorStatusText(v.status), formatCount(v.n)};
        t.backgrounds << QVector<QColor>{QColor(), QColor(), QColor(), QColor(), QColor(), statusFill(v.status)};
    }
    doc.addTable(t);
}

void addAlertTable(ReportDocument &doc, const QVector<Alert> &alerts)
{
    if (alerts.isEmpty()) {
        doc.addParagraph(AuditReports::tr("No open alerts."), true);
        return;
    }
    ReportTable t;
    t.headers = QStringList{AuditReports::tr("Raised"), AuditReports::tr("Level", "an alert's: warning or alarm"), AuditReports::tr("Site or region"), AuditReports::tr("Indicator"),
                            AuditReports::tr("Period"), AuditReports::tr("What happened"), AuditReports::tr("Cases")};
    t.widths = {1.3, 1.2, 1.7, 1.8, 1.4, 3.9, 0.7};
    t.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight};
    for (const Alert &a : alerts) {
        t.rows << QStringList{a.raisedAt.date().toString(Qt::ISODate), alertSeverityName(a.severity), a.siteId ? a.siteName : a.region,
                              indicatorName(a.indicator), alertPeriodText(a), alertWhatText(a), formatCount(a.n)};
        t.backgrounds << QVector<QColor>{QColor(), a.severity == AlertSeverity::Alarm ? FailFill : QColor(0xfb, 0xdf, 0xb0)};
    }
    doc.addTable(t);
}

} // namespace reportparts

namespace {

// The signals of a chart as a sentence: "rule 1: weeks of 2026-10-19, 2026-10-26; rule 2: …".
QString signalsText(const IndicatorChart &c)
{
    QStringList parts;
    for (const spc::Signal &s : c.chart->found) {
        if (s.onSpread)
            continue;
        QStringList weeks;
        for (int i : s.subgroups)
            weeks << c.weeks.value(i).from.toString(Qt::ISODate);
        parts << AuditReports::tr("rule %1 in the weeks of %2").arg(s.rule).arg(formatList(weeks));
    }
    return parts.isEmpty() ? AuditReports::tr("No signal: the weeks vary as the baseline did.")
                           : AuditReports::tr("Signals: %1.").arg(parts.join(QStringLiteral("; ")));
}

} // namespace

Result<ReportPages> prepareIndicatorsReport(Database &db, const IndicatorsReportRequest &request, const ReportOptions &options)
{
    IndicatorScope scope;
    scope.siteId = request.siteId;
    scope.region = request.region;
    scope.period = request.period;
    const auto values = computeIndicators(db, scope);
    if (!values)
        return Error{values.error()};

    // Each site of the scope side by side (a site's own report has one row: left out).
    QVector<QPair<QString, QVector<IndicatorValue>>> sites;
    if (!request.siteId) {
        const auto grid = computeIndicatorGrid(db, scope, {request.period}, true);
        if (!grid)
            return Error{grid.error()};
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT name FROM sites WHERE id = ?"));
        for (int row = 0; row < grid->siteIds.size(); ++row) {
            const QVector<IndicatorValue> &v = grid->values[row].first();
            if (std::all_of(v.cbegin(), v.cend(), [](const IndicatorValue &x) { return x.n == 0; }))
                continue;
            q.addBindValue(grid->siteIds[row]);
            if (const Status s = execQuery(q, db); !s)
                return Error{s.error()};
            sites.push_back({q.next() ? q.value(0).toString() : QString(), v});
        }
    }

    // Each indicator by month (by week in a period of 13 weeks or less) against its levels.
    QVector<IndicatorChart> trends;
    for (IndicatorKind kind : allIndicators()) {
        const auto trend = indicatorTrend(db, kind, scope);
        if (!trend)
            return Error{trend.error()};
        if (std::any_of(trend->values.cbegin(), trend->values.cend(), [](const IndicatorValue &v) { return v.n > 0; }))
            trends << *trend;
    }

    // The weekly charts of the shares, 26 weeks to the period's last day.
    AlertCheck check;
    check.now = QDateTime(request.period.to, QTime(23, 59));
    QVector<IndicatorChart> charts;
    for (IndicatorKind kind : chartedIndicators()) {
        const auto chart = indicatorChart(db, kind, scope, check);
        if (!chart)
            return Error{chart.error()};
        charts << *chart;
    }

    const auto all = loadAlerts(db, true);
    if (!all)
        return Error{all.error()};
    QVector<Alert> alerts;
    for (const Alert &a : *all) {
        if ((request.siteId && a.siteId != request.siteId) || (request.region && a.region != *request.region))
            continue;
        alerts << a;
    }

    QString place = AuditReports::tr("all sites");
    if (request.siteId) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT name FROM sites WHERE id = ?"));
        q.addBindValue(*request.siteId);
        if (execQuery(q, db) && q.next())
            place = q.value(0).toString();
    } else if (request.region) {
        place = *request.region;
    }
    ReportHeader h = header(db, AuditReports::tr("Service indicators report: %1").arg(place), periodText(request.period), options);
    h.filters << qMakePair(AuditReports::tr("Period"), periodText(request.period));
    h.filters << qMakePair(AuditReports::tr("Scope"), place);

    return ReportPages([h, values = *values, sites, trends, charts, alerts, pdfA = options.pdfA](const QString &path) -> Result<int> {
        ReportDocument doc(h);
        int counts[5] = {};
        for (const IndicatorValue &v : values)
            ++counts[int(v.status)];
        doc.addFacts({
            {AuditReports::tr("Met"), formatCount(counts[int(IndicatorStatus::Met)])},
            {AuditReports::tr("Below target"), formatCount(counts[int(IndicatorStatus::BelowTarget)])},
            {AuditReports::tr("Under the warning level"), formatCount(counts[int(IndicatorStatus::Warning)])},
            {AuditReports::tr("Under the alarm level"), formatCount(counts[int(IndicatorStatus::Alarm)])},
            {AuditReports::tr("Open alerts"), formatCount(alerts.size())},
        });

        doc.addHeading(AuditReports::tr("Indicators against their targets"));
        addIndicatorTable(doc, values);

        if (!sites.isEmpty()) {
            doc.addHeading(AuditReports::tr("By site"));
            const QVector<IndicatorKind> shown{IndicatorKind::Csat, IndicatorKind::Nps, IndicatorKind::Fcr, IndicatorKind::FirstResponse,
                                               IndicatorKind::ResolutionRate, IndicatorKind::EvaluationPass, IndicatorKind::MysteryShop};
            ReportTable t;
            t.headers = QStringList{AuditReports::tr("Site")};
            t.widths = {2.6};
            t.alignments = {Qt::AlignLeft};
            for (IndicatorKind k : shown) {
                t.headers << indicatorShortName(k); // seven columns: the full names are in the table above
                t.widths << 1.1;
                t.alignments << Qt::AlignRight;
            }
            for (const auto &[name, v] : sites) {
                QStringList row{name};
                QVector<QColor> fills{QColor()};
                for (IndicatorKind k : shown) {
                    const IndicatorValue &x = v[int(k)];
                    row << indicatorValueText(k, x.value);
                    fills << statusFill(x.status);
                }
                t.rows << row;
                t.backgrounds << fills;
            }
            doc.addTable(t);
        }

        if (!trends.isEmpty()) {
            doc.addHeading(trends.first().monthly ? AuditReports::tr("By month against the targets")
                                                  : AuditReports::tr("By week against the targets"));
            // Two to a row; the heading stays with the first row, the legend follows the charts.
            const QSize half(WideChart.width() / 2, 190);
            for (int i = 0; i < trends.size(); i += 2) {
                QPicture row;
                {
                    QPainter p(&row);
                    for (int k = i; k < std::min(i + 2, int(trends.size())); ++k) {
                        ControlChart chart;
                        chart.resize(half);
                        chart.setTitle(indicatorName(trends[k].indicator));
                        chart.setChart(trends[k]);
                        p.drawPicture((k - i) * half.width(), 0, plotPicture(chart.plot(), half));
                    }
                }
                doc.addPicture(row, QSizeF(WideChart.width(), half.height()));
            }
            QString legend = AuditReports::tr("The levels are lines across: the target green, the warning level orange, the alarm "
                                              "level red; a point under a level takes its colour.");
            const IndicatorChart &first = trends.first();
            if (!isWholePeriod(first, 0) || !isWholePeriod(first, int(first.weeks.size()) - 1))
                legend = sentences({legend, first.monthly ? AuditReports::tr("A hollow point is a month cut short by the period: it counts only "
                                                                             "the period's days of that month.")
                                                          : AuditReports::tr("A hollow point is a week cut short by the period: it counts only "
                                                                             "the period's days of that week.")});
            doc.addParagraph(legend, true);
        }

        doc.addHeading(AuditReports::tr("Control charts by week (26 weeks to the period's end)"));
        doc.addParagraph(AuditReports::tr("p charts of each week's share: the centre line and 3σ limits (a limit per week, as the weeks' "
                                          "cases differ) come from the baseline weeks marked green; zones A, B and C shaded; points of a "
                                          "signal in red (beyond a limit) or orange (a run). Rules 1–4: Western Electric; 5–8: Nelson."),
                         true);
        for (const IndicatorChart &c : charts) {
            if (!c.chart) {
                doc.addParagraph(AuditReports::tr("%1: too few weeks with cases for a control chart.").arg(indicatorName(c.indicator)), true);
                continue;
            }
            ControlChart chart;
            const QSize size(WideChart.width(), 220);
            chart.resize(size);
            chart.setTitle(indicatorName(c.indicator));
            chart.setChart(c);
            doc.addPicture(plotPicture(chart.plot(), size), size);
            doc.addParagraph(signalsText(c), true);
        }

        doc.addHeading(AuditReports::tr("Open alerts"));
        addAlertTable(doc, alerts);
        doc.addParagraph(AuditReports::tr("CSAT: the share of answers in the top two boxes of the survey's scale. NPS: % promoters (9–10) "
                                          "− % detractors (0–6), with its 95 % interval. First response and resolution on time: each "
                                          "contact against the threshold of its channel and site. A level alert: a month under the "
                                          "warning or alarm level with at least 30 cases; a signal alert: a run rule met by one of the "
                                          "last two weeks, towards worse."),
                         true);
        return doc.write(path, pdfA);
    });
}

Result<int> writeIndicatorsReport(Database &db, const IndicatorsReportRequest &request, const QString &path, const ReportOptions &options)
{
    const auto pages = prepareIndicatorsReport(db, request, options);
    if (!pages)
        return Error{pages.error()};
    return (*pages)(path);
}

} // namespace servqa
