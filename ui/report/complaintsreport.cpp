// Complaints in the PDF audit reports: a store's (or an agent's store's) complaints on its
// scorecard, and one complaint's file with its whole history (docs/closed-loop.md).
#include "complaintdialogs.h"
#include "complaints.h"
#include "database.h"
#include "formatting.h"
#include "reportparts.h"

namespace servqa {

using namespace reportparts;

namespace {

constexpr int MostListed = 30; // open complaints listed on a scorecard

QColor clockFill(const SlaClock &clock)
{
    return clock.missed() ? FailFill : clock.state == SlaClock::State::OnTime ? PassFill : QColor();
}

} // namespace

namespace reportparts {

void addComplaintSection(ReportDocument &doc, const ScorecardComplaints &c, const QDateTime &now)
{
    const ComplaintFigures &f = c.figures;
    QStringList lines;
    lines << (f.perThousand ? AuditReports::tr("Complaints received in the period: %1, %2 per 1,000 interactions (of %3).")
                                  .arg(formatCount(f.received), number(f.perThousand), formatCount(f.interactions))
                            : AuditReports::tr("Complaints received in the period: %1; no interactions to compare them with.").arg(formatCount(f.received)));
    lines << AuditReports::tr("First responses on time: %1 (%2 of %3). Resolutions on time: %4 (%5 of %6).")
                 .arg(formatPercent(f.responseOnTimePercent()), formatCount(f.respondedOnTime), formatCount(f.responseDue),
                      formatPercent(f.resolutionOnTimePercent()), formatCount(f.resolvedOnTime), formatCount(f.resolutionDue));
    lines << AuditReports::tr("Open now: %1, of them overdue: %2.").arg(formatCount(f.open), formatCount(f.overdue));
    doc.addParagraph(sentences(lines));
    if (c.open.isEmpty())
        return;
    ReportTable t;
    t.headers = QStringList{AuditReports::tr("Complaint"), AuditReports::tr("Received", "a complaint: when it came in"), AuditReports::tr("Category"),
                            AuditReports::tr("Severity"), AuditReports::tr("Status"), AuditReports::tr("Owner"), AuditReports::tr("First response"),
                            AuditReports::tr("Resolution")};
    t.widths = {1.9, 1.5, 1.5, 0.9, 1.2, 1.0, 2.0, 2.0};
    for (int k = 0; k < std::min<int>(c.open.size(), MostListed); ++k) {
        const Complaint &x = c.open[k];
        const SlaClock response = x.firstResponseClock(now);
        const SlaClock resolution = x.resolutionClock(now);
        t.rows << QStringList{x.reference, formatDateTime(x.receivedAt), x.categoryName, complaintSeverityName(x.severity), complaintStatusName(x.status),
                              x.ownerName, slaClockText(response), slaClockText(resolution)};
        t.backgrounds << QVector<QColor>{QColor(), QColor(), QColor(), QColor(), QColor(), QColor(), clockFill(response), clockFill(resolution)};
    }
    doc.addTable(t);
    if (c.open.size() > MostListed)
        doc.addParagraph(AuditReports::tr("And %1 more open complaints (the Complaints page lists them all).").arg(c.open.size() - MostListed), true);
}

} // namespace reportparts

Result<int> writeComplaintReport(Database &db, const QString &reference, const QString &path, const ReportOptions &options)
{
    const auto pages = prepareComplaintReport(db, reference, options);
    if (!pages)
        return Error{pages.error()};
    return (*pages)(path);
}

Result<ReportPages> prepareComplaintReport(Database &db, const QString &reference, const ReportOptions &options)
{
    ComplaintStore store(db);
    const auto id = store.findReference(reference);
    if (!id)
        return Error{id.error()};
    if (!id->has_value())
        return Error{AuditReports::tr("There is no complaint %1.").arg(reference)};
    const auto c = store.find(**id);
    if (!c)
        return Error{c.error()};
    const auto log = store.log(c->id);
    if (!log)
        return Error{log.error()};
    QString interaction;
    if (c->interactionId) {
        if (const auto i = InteractionRepository(db).find(*c->interactionId); i && i->has_value())
            interaction = (*i)->source + QLatin1Char('/') + (*i)->externalId;
    }
    const QDateTime now = QDateTime::currentDateTime();
    // Drawn where the caller draws (the GUI thread in the app), from what was read above.
    return ReportPages([h = header(db, AuditReports::tr("Complaint %1").arg(c->reference), c->siteName, options), c = *c, log = *log, interaction,
                        now, pdfA = options.pdfA](const QString &path) -> Result<int> {
        ReportDocument doc(h);
        doc.addFacts({
            {AuditReports::tr("Status"), complaintStatusName(c.status)},
            {AuditReports::tr("Severity"), complaintSeverityName(c.severity)},
            {AuditReports::tr("Site"), c.siteName},
            {AuditReports::tr("Category"), c.categoryName},
            {AuditReports::tr("Channel"), channelName(c.channel)},
            {AuditReports::tr("Customer"), c.customerRef},
            {AuditReports::tr("Received", "a complaint: when it came in"), formatDateTime(c.receivedAt)},
            {AuditReports::tr("Interaction"), interaction},
            {AuditReports::tr("Owner"), c.ownerName},
            {AuditReports::tr("Times reopened"), formatCount(c.reopened)},
        });
        doc.addHeading(AuditReports::tr("The complaint"));
        doc.addParagraph(c.description);
        doc.addHeading(AuditReports::tr("Time limits"));
        ReportTable clocks;
        clocks.headers = QStringList{AuditReports::tr("Clock"), AuditReports::tr("Due"), AuditReports::tr("Done"), AuditReports::tr("Stands")};
        clocks.widths = {2, 2, 2, 3};
        const SlaClock response = c.firstResponseClock(now);
        const SlaClock resolution = c.resolutionClock(now);
        clocks.rows << QStringList{AuditReports::tr("First response"), formatDateTime(c.firstResponseDue),
                                   c.firstResponseAt.isValid() ? formatDateTime(c.firstResponseAt) : QString(), slaClockText(response)};
        clocks.rows << QStringList{AuditReports::tr("Resolution"), formatDateTime(c.resolutionDue),
                                   c.resolvedAt.isValid() ? formatDateTime(c.resolvedAt) : QString(), slaClockText(resolution)};
        clocks.backgrounds << QVector<QColor>{QColor(), QColor(), QColor(), clockFill(response)}
                           << QVector<QColor>{QColor(), QColor(), QColor(), clockFill(resolution)};
        doc.addTable(clocks);
        if (!c.outcome.isEmpty() || c.status == ComplaintStatus::Closed) {
            doc.addHeading(AuditReports::tr("Outcome"));
            if (!c.outcome.isEmpty())
                doc.addParagraph(c.outcome);
            if (c.status == ComplaintStatus::Closed)
                doc.addParagraph(c.satisfaction ? AuditReports::tr("The customer's satisfaction with the handling: %1 of 5.").arg(*c.satisfaction)
                                                 : AuditReports::tr("The customer could not be reached."));
        }
        doc.addHeading(AuditReports::tr("History"));
        ReportTable steps;
        steps.headers = QStringList{AuditReports::tr("When"), AuditReports::tr("Who"), AuditReports::tr("Step"), AuditReports::tr("To"), AuditReports::tr("Note")};
        steps.widths = {1.5, 1.0, 1.7, 2.7, 3.1}; // a site's name on one line in "To"
        for (const ComplaintLogEntry &e : log) {
            QString note = e.note;
            if (e.satisfaction)
                note = AuditReports::tr("Satisfaction %1 of 5.").arg(*e.satisfaction) + (note.isEmpty() ? QString() : QLatin1Char(' ') + note);
            else if (e.action == QLatin1String("closed"))
                note = AuditReports::tr("The customer could not be reached.") + (note.isEmpty() ? QString() : QLatin1Char(' ') + note);
            steps.rows << QStringList{formatDateTime(e.at), e.userName.isEmpty() ? AuditReports::tr("import") : e.userName, complaintActionName(e.action),
                                      e.ownerName.isEmpty() ? QString() : e.siteName + QLatin1Char('\n') + e.ownerName, note};
        }
        doc.addTable(steps);
        doc.addParagraph(AuditReports::tr("Clocks as of %1. The history is kept as it happened: no step can be changed or removed.").arg(formatDateTime(now)), true);
        return doc.write(path, pdfA);
    });
}

} // namespace servqa
