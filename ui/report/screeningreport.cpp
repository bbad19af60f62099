// The screening report (docs/screening.md, docs/reports.md): what the active rule sets found over a
// region's, a site's or every site's interactions in a period — the flag rate and each rule's hit
// rate by period, the rules, the sites, the agents flagged most — and, for every rule that answers
// a scorecard item, how well it agrees with the inspectors who answered that item, with the
// evaluations where they disagree.
#include "reportparts.h"

#include "charts/screeningtrendchart.h"
#include "database.h"
#include "formatting.h"
#include "screening.h"
#include "screeningstats.h"
#include "timeutil.h"

#include <QSqlQuery>

#include <algorithm>

namespace servqa {

using namespace reportparts;

namespace {

QString rate(std::optional<double> share)
{
    return share ? formatPercent(*share * 100) : QStringLiteral("—");
}

QString coefficient(const Coefficient &c)
{
    return c.value ? formatNumber(*c.value, 2) : QStringLiteral("—");
}

struct Disagreement
{
    QString rule, day, interaction, agent, says, inspector;
};

} // namespace

Result<ReportPages> prepareScreeningReport(Database &db, const ScreeningReportRequest &request, const ReportOptions &options)
{
    IndicatorScope scope;
    scope.siteId = request.siteId;
    scope.region = request.region;
    scope.period = request.period;
    const Granularity granularity = request.period.days() <= 92 ? Granularity::Week : Granularity::Month;
    const auto stats = screeningStats(db, scope, granularity);
    if (!stats)
        return Error{stats.error()};
    const auto sets = activeRuleSets(db);
    if (!sets)
        return Error{sets.error()};

    // Each item-answering rule against the inspectors, from the stored pass of its set.
    const qint64 from = request.period.start().toSecsSinceEpoch(), to = request.period.end().toSecsSinceEpoch();
    QVector<QPair<QString, RuleAgreement>> agreement; // rule name, figures
    QVector<Disagreement> examples;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT i.external_id, i.started_at, s.name FROM interactions i LEFT JOIN staff s ON s.id = i.staff_id WHERE i.id = ?"));
    for (const RuleSet &set : *sets) {
        const auto outcomes = storedOutcomes(db, set);
        if (!outcomes)
            return Error{outcomes.error()};
        const auto figures = ruleAgreement(db, set, *outcomes, from, to);
        if (!figures)
            return Error{figures.error()};
        for (const RuleAgreement &a : *figures) {
            const ScreeningRule *rule = set.find(a.ruleKey);
            if (!rule || a.units() == 0)
                continue;
            agreement.push_back({rule->name, a});
            for (const RuleAgreement::Disagreement &d : a.disagreements.mid(0, 5)) {
                q.addBindValue(d.interactionId);
                if (const Status s = execQuery(q, db); !s)
                    return Error{s.error()};
                if (!q.next())
                    continue;
                // What the rule answered, when it answers in this case.
                const bool answered = rule->item && (d.ruleMatched || rule->item->whenNotMatched);
                const double says = !answered ? 0 : d.ruleMatched ? rule->item->whenMatched : *rule->item->whenNotMatched;
                examples.push_back({rule->name, fromStored(q.value(1).toLongLong()).date().toString(Qt::ISODate), q.value(0).toString(),
                                    q.value(2).toString(),
                                    (d.ruleMatched ? AuditReports::tr("matched") : AuditReports::tr("no match"))
                                        + (answered ? QStringLiteral(" → %1").arg(formatNumber(says, 0)) : QString()),
                                    AuditReports::tr("%1 (evaluation %2)").arg(formatNumber(d.inspectorAnswer, 0)).arg(d.evaluationId)});
            }
        }
    }

    QString place = AuditReports::tr("all sites");
    if (request.siteId) {
        QSqlQuery site(db.connection());
        site.prepare(QStringLiteral("SELECT name FROM sites WHERE id = ?"));
        site.addBindValue(*request.siteId);
        if (execQuery(site, db) && site.next())
            place = site.value(0).toString();
    } else if (request.region) {
        place = *request.region;
    }
    QStringList setNames;
    for (const RuleSet &set : *sets)
        setNames << AuditReports::tr("%1 version %2 (%3)").arg(set.name.isEmpty() ? set.code : set.name).arg(set.version).arg(set.channel ? channelName(*set.channel)
                                                                                                         : AuditReports::tr("every channel"));
    ReportHeader h = header(db, AuditReports::tr("Screening report: %1").arg(place), periodText(request.period), options);
    h.filters << qMakePair(AuditReports::tr("Period"), periodText(request.period));
    h.filters << qMakePair(AuditReports::tr("Scope"), place);
    h.filters << qMakePair(AuditReports::tr("Rule sets"), setNames.isEmpty() ? AuditReports::tr("none active") : setNames.join(QStringLiteral("; ")));

    return ReportPages([h, stats = *stats, granularity, agreement, examples, pdfA = options.pdfA](const QString &path) -> Result<int> {
        ReportDocument doc(h);
        const ScreeningCount &t = stats.total;
        doc.addFacts({
            {AuditReports::tr("Interactions screened"), formatCount(t.screened)},
            {AuditReports::tr("Flagged as a risk"), formatCount(t.flagged)},
            {AuditReports::tr("Flag rate"), t.screened > 0 ? formatPercent(100 * t.flagRate()) : QStringLiteral("—")},
            {AuditReports::tr("Rules compared with inspectors"), formatCount(agreement.size())},
        });
        if (t.screened == 0) {
            doc.addParagraph(AuditReports::tr("No interaction of this scope and period has been screened by the active rule sets."));
            return doc.write(path, pdfA);
        }

        doc.addHeading(granularity == Granularity::Week ? AuditReports::tr("Flag rate by week") : AuditReports::tr("Flag rate by month"));
        // Taller when its labels are slanted (more than eight periods), so that the axis still
        // holds its title ("Share of interactions (%)" was cut at the top).
        const QSize chart(WideChart.width(), stats.periods.size() > 8 ? 280 : 220);
        doc.addPicture(ScreeningTrendChart::picture(stats, granularity, QString(), chart), chart);
        if (std::any_of(stats.periods.cbegin(), stats.periods.cend(), [](const ScreeningStats::Period &p) { return !p.whole; }))
            doc.addParagraph(granularity == Granularity::Week ? AuditReports::tr("A hollow point is a week cut short by the period: it counts "
                                                                                 "only the period's days of that week.")
                                                              : AuditReports::tr("A hollow point is a month cut short by the period: it counts "
                                                                                 "only the period's days of that month."),
                             true);

        doc.addHeading(AuditReports::tr("Rules"));
        ReportTable rules;
        rules.headers = QStringList{AuditReports::tr("Rule"), AuditReports::tr("Does"), AuditReports::tr("Read"), AuditReports::tr("Matched"),
                                    AuditReports::tr("Hit rate")};
        rules.widths = {4.6, 1.6, 1.0, 1.0, 1.0};
        rules.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
        for (const ScreeningStats::Rule &r : stats.rules)
            rules.rows << QStringList{r.name, r.flags ? AuditReports::tr("flags a risk") : AuditReports::tr("answers an item"),
                                      formatCount(t.read.value(r.key)), formatCount(t.hits.value(r.key)), rate(t.hitRate(r.key))};
        doc.addTable(rules);

        const auto groupTable = [&doc](const QString &heading, const QString &first, QVector<ScreeningStats::Group> groups, int most) {
            // The most flagged first (then the highest rate: one flag in one contact is not the
            // pattern a manager looks for); a long list stops at `most`.
            std::stable_sort(groups.begin(), groups.end(), [](const ScreeningStats::Group &a, const ScreeningStats::Group &b) {
                return a.count.flagged != b.count.flagged ? a.count.flagged > b.count.flagged : a.count.flagRate() > b.count.flagRate();
            });
            doc.addHeading(heading);
            ReportTable table;
            table.headers = QStringList{first, AuditReports::tr("Screened"), AuditReports::tr("Flagged"), AuditReports::tr("Flag rate")};
            table.widths = {5.0, 1.2, 1.2, 1.2};
            table.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
            for (const ScreeningStats::Group &g : groups.mid(0, most)) {
                table.rows << QStringList{g.name, formatCount(g.count.screened), formatCount(g.count.flagged),
                                          formatPercent(100 * g.count.flagRate())};
                table.backgrounds << QVector<QColor>{QColor(), QColor(), QColor(), g.count.flagRate() >= 0.5 ? FailFill : QColor()};
            }
            doc.addTable(table);
            if (groups.size() > most)
                doc.addParagraph(AuditReports::tr("%1 more not listed.").arg(groups.size() - most), true);
        };
        if (stats.sites.size() > 1)
            groupTable(AuditReports::tr("By site, the most flagged first"), AuditReports::tr("Site"), stats.sites, 40);
        groupTable(AuditReports::tr("Agents flagged most"), AuditReports::tr("Agent"), stats.agents, 20);

        doc.addHeading(AuditReports::tr("Agreement with the inspectors"));
        if (agreement.isEmpty()) {
            doc.addParagraph(AuditReports::tr("No inspector answered, in this period, an item that a rule answers on the interactions the "
                                              "rule could read."));
        } else {
            ReportTable a;
            a.headers = QStringList{AuditReports::tr("Rule"), AuditReports::tr("Item"), AuditReports::tr("Compared"), QStringLiteral("TP"),
                                    QStringLiteral("FP"), QStringLiteral("FN"), QStringLiteral("TN"), AuditReports::tr("Precision"),
                                    AuditReports::tr("Recall"), AuditReports::tr("Agreement"), QStringLiteral("κ"), QStringLiteral("AC1")};
            a.widths = {2.0, 2.2, 0.9, 0.6, 0.6, 0.6, 0.6, 0.9, 0.9, 0.9, 0.6, 0.6};
            a.alignments = {Qt::AlignLeft, Qt::AlignLeft};
            for (int c = 2; c < 12; ++c)
                a.alignments << Qt::AlignRight;
            ReportTable months;
            months.headers = QStringList{AuditReports::tr("Rule"), AuditReports::tr("Month"), AuditReports::tr("Compared"), AuditReports::tr("Agreed"),
                                         AuditReports::tr("Agreement"), QStringLiteral("κ")};
            months.widths = {3.6, 1.2, 1.1, 1.1, 1.1, 0.9};
            months.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
            for (const auto &[name, x] : agreement) {
                a.rows << QStringList{name, x.itemText.isEmpty() ? x.itemKey : x.itemText, formatCount(x.units()), formatCount(x.truePositive), formatCount(x.falsePositive),
                                      formatCount(x.falseNegative), formatCount(x.trueNegative), rate(x.precision), rate(x.recall),
                                      rate(x.percent), coefficient(x.kappa), coefficient(x.ac1)};
                for (const RuleAgreement::Period &p : x.byMonth)
                    months.rows << QStringList{name, p.month, formatCount(p.units), formatCount(p.agreed),
                                               rate(p.units > 0 ? std::optional(double(p.agreed) / double(p.units)) : std::nullopt),
                                               coefficient(p.kappa)};
            }
            doc.addTable(a);
            doc.addParagraph(AuditReports::tr("A positive is the answer the rule gives when it matches. TP: the rule matched and the "
                                              "inspector gave that answer; FP: the rule matched, the inspector did not; FN: the inspector gave "
                                              "it, the rule did not match; TN: neither. Precision TP/(TP+FP), recall TP/(TP+FN), agreement "
                                              "(TP+TN)/all; Cohen's κ and Gwet's AC1 take out the agreement expected by chance (AC1 stays "
                                              "meaningful when one answer is rare). Submitted evaluations only; N/A answers and "
                                              "interactions the rule could not read are left out."),
                             true);
            doc.addHeading(AuditReports::tr("Agreement by month"));
            doc.addTable(months);
            if (!examples.isEmpty()) {
                doc.addHeading(AuditReports::tr("Where rule and inspector disagree (newest, up to five per rule)"));
                ReportTable e;
                e.headers = QStringList{AuditReports::tr("Rule"), AuditReports::tr("Day"), AuditReports::tr("Interaction"), AuditReports::tr("Agent"),
                                        AuditReports::tr("Rule says"), AuditReports::tr("Inspector answered")};
                e.widths = {2.8, 1.2, 1.4, 1.4, 1.4, 1.9};
                e.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft};
                for (const Disagreement &d : examples)
                    e.rows << QStringList{d.rule, d.day, d.interaction, d.agent, d.says, d.inspector};
                doc.addTable(e);
            }
        }
        doc.addParagraph(AuditReports::tr("Counted from what the active rule sets stored for each interaction, by the day it started. "
                                          "Flag rate: interactions with a risk flag of any severity among those screened; hit rate: "
                                          "interactions a rule matched among those it could read (a rule about what is said needs a "
                                          "transcript in which that speaker speaks)."),
                         true);
        return doc.write(path, pdfA);
    });
}

Result<int> writeScreeningReport(Database &db, const ScreeningReportRequest &request, const QString &path, const ReportOptions &options)
{
    const auto pages = prepareScreeningReport(db, request, options);
    if (!pages)
        return Error{pages.error()};
    return (*pages)(path);
}

} // namespace servqa
