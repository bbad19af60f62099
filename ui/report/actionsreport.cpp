// The actions report (docs/closed-loop.md): a site's, a region's or every site's corrective and
// preventive actions of a period — each with its source, owner, due date, status, root cause and
// the before/after test that verified it — as a QA lead hands them to management.
#include "actiondialogs.h"
#include "actions.h"
#include "database.h"
#include "fmea.h"
#include "formatting.h"
#include "reportparts.h"
#include "siterepository.h"

#include <QLocale>

namespace servqa {

using namespace reportparts;

namespace {

QString day(const QDate &d)
{
    return formatDate(d);
}

// A quoted text that ends a sentence of ours loses its own full stop (no "。." or "..").
QString withoutFullStop(QString text)
{
    while (text.endsWith(QLatin1Char('.')) || text.endsWith(QChar(0x3002)))
        text.chop(1);
    return text;
}

QColor statusFill(const CorrectiveAction &a, const QDate &today)
{
    if (a.status == ActionStatus::Effective)
        return PassFill;
    if (a.status == ActionStatus::NotEffective || a.overdue(today))
        return FailFill;
    return QColor();
}

} // namespace

namespace reportparts {

void addActionSection(ReportDocument &doc, const QVector<CorrectiveAction> &actions, const QDate &today)
{
    if (actions.isEmpty()) {
        doc.addParagraph(AuditReports::tr("None: every action here is verified, or none was raised."), true);
        return;
    }
    ReportTable t;
    t.headers = QStringList{AuditReports::tr("Action", "a corrective action"), AuditReports::tr("Title"), AuditReports::tr("Owner"), AuditReports::tr("Due"), AuditReports::tr("Status")};
    t.widths = {1.9, 4.0, 1.2, 1.1, 1.5};
    for (const CorrectiveAction &a : actions) {
        t.rows << QStringList{a.reference, a.title, a.ownerName, day(a.due), actionStatusName(a.status)};
        t.backgrounds << QVector<QColor>{QColor(), QColor(), QColor(), a.overdue(today) ? FailFill : QColor(), QColor()};
    }
    doc.addTable(t);
}

} // namespace reportparts

Result<int> writeActionsReport(Database &db, const ActionsReportRequest &request, const QString &path, const ReportOptions &options)
{
    const auto pages = prepareActionsReport(db, request, options);
    if (!pages)
        return Error{pages.error()};
    return (*pages)(path);
}

Result<ReportPages> prepareActionsReport(Database &db, const ActionsReportRequest &request, const ReportOptions &options)
{
    QString place = AuditReports::tr("Every site");
    if (request.siteId) {
        const auto sites = SiteRepository(db).all();
        if (!sites)
            return Error{sites.error()};
        place.clear();
        for (const Site &s : *sites) {
            if (s.id == *request.siteId)
                place = s.name;
        }
        if (place.isEmpty())
            return Error{AuditReports::tr("There is no site %1.").arg(*request.siteId)};
    } else if (request.region) {
        place = AuditReports::tr("Region %1").arg(*request.region);
    }
    const QDate today = QDate::currentDate();
    ActionStore store(db);
    const auto all = store.list({}, today);
    if (!all)
        return Error{all.error()};
    // The scope's actions raised in the period, and those raised before it still open at its end
    // or finished in it.
    const QDateTime start = request.period.start(), end = request.period.end();
    QVector<CorrectiveAction> actions;
    for (const CorrectiveAction &a : *all) {
        if (request.siteId && a.siteId != request.siteId)
            continue;
        if (!request.siteId && request.region && a.region != *request.region)
            continue;
        if (a.createdAt >= end)
            continue;
        const bool raisedIn = a.createdAt >= start;
        const bool openAtEnd = !a.doneAt.isValid() || a.doneAt >= end;
        const bool finishedIn = a.doneAt.isValid() && a.doneAt >= start && a.doneAt < end;
        if (!raisedIn && !openAtEnd && !finishedIn)
            continue;
        const auto whole = store.find(a.id); // with its root cause
        if (!whole)
            return Error{whole.error()};
        actions << *whole;
    }
    QVector<QString> measures;
    for (const CorrectiveAction &a : std::as_const(actions))
        measures << measureText(db, a.measure);
    // The FMEA register is the processes', not a site's: all of it.
    const auto modes = FmeaStore(db).modes();
    if (!modes)
        return Error{modes.error()};
    return ReportPages([h = header(db, AuditReports::tr("Corrective and preventive actions"), place + QStringLiteral(" · ") + periodText(request.period), options),
                        actions, measures, modes = *modes, today, pdfA = options.pdfA](const QString &path) -> Result<int> {
        ReportDocument doc(h);
        int open = 0, overdue = 0, toVerify = 0, effective = 0, notEffective = 0;
        for (const CorrectiveAction &a : actions) {
            open += a.open() ? 1 : 0;
            overdue += a.overdue(today) ? 1 : 0;
            toVerify += a.status == ActionStatus::Done ? 1 : 0;
            effective += a.status == ActionStatus::Effective ? 1 : 0;
            notEffective += a.status == ActionStatus::NotEffective ? 1 : 0;
        }
        doc.addFacts({{AuditReports::tr("Actions"), formatCount(actions.size())},
                      {AuditReports::tr("Open"), AuditReports::tr("%1, of them overdue: %2").arg(formatCount(open), formatCount(overdue))},
                      {AuditReports::tr("Done, to verify"), formatCount(toVerify)},
                      {AuditReports::tr("Verified effective / not effective"), AuditReports::tr("%1 / %2").arg(formatCount(effective), formatCount(notEffective))}});
        const auto addFmea = [&doc, &modes] {
            if (modes.isEmpty())
                return;
            doc.addHeading(AuditReports::tr("Service FMEA"));
            // The register is the processes', not the period's: its actions need not be among those counted above.
            doc.addCaption(AuditReports::tr("The processes' whole register, for every site; the action on a failure mode is shown whatever "
                                            "its period, so it may not be one of the actions counted above."));
            ReportTable t;
            t.headers = QStringList{AuditReports::tr("Process · step"), AuditReports::tr("Failure mode"), AuditReports::tr("S · O · D"), AuditReports::tr("RPN"),
                                    AuditReports::tr("AP"), AuditReports::tr("Action", "a corrective action"), AuditReports::tr("After"), AuditReports::tr("AP after")};
            t.widths = {2.1, 2.6, 0.9, 0.6, 0.9, 1.7, 0.9, 0.9};
            const auto sod = [](const FmeaRating &r) { return QStringLiteral("%1 · %2 · %3").arg(r.severity).arg(r.occurrence).arg(r.detection); };
            const auto fill = [](ActionPriority p) { return p == ActionPriority::High ? FailFill : p == ActionPriority::Low ? PassFill : QColor(0xfd, 0xeb, 0xc8); };
            for (const FmeaMode &m : modes) {
                t.rows << QStringList{m.process + QStringLiteral(" · ") + m.step, m.failureMode, sod(m.rating), QString::number(m.rating.rpn()),
                                      actionPriorityName(m.rating.priority()), m.actionId ? AuditReports::tr("%1 (%2)").arg(m.actionReference, m.actionStatus) : QString(),
                                      m.after ? AuditReports::tr("%1, RPN %2").arg(sod(*m.after)).arg(m.after->rpn()) : QString(),
                                      m.after ? actionPriorityName(m.after->priority()) : QString()};
                t.backgrounds << QVector<QColor>{QColor(), QColor(), QColor(), QColor(), fill(m.rating.priority()), QColor(), QColor(),
                                                 m.after ? fill(m.after->priority()) : QColor()};
            }
            doc.addTable(t);
            doc.addParagraph(AuditReports::tr("RPN = S × O × D; AP, the action priority of the AIAG & VDA FMEA Handbook (2019), ranks severity first."), true);
        };
        if (actions.isEmpty()) {
            doc.addParagraph(AuditReports::tr("No action was raised, open or finished here in the period."));
            addFmea();
            return doc.write(path, pdfA);
        }
        ReportTable list;
        list.headers = QStringList{AuditReports::tr("Action", "a corrective action"), AuditReports::tr("Title"), AuditReports::tr("Raised from"), AuditReports::tr("Owner"),
                                   AuditReports::tr("Due"), AuditReports::tr("Status")};
        list.widths = {1.9, 3.2, 1.3, 1.2, 1.1, 1.5};
        for (const CorrectiveAction &a : actions) {
            list.rows << QStringList{a.reference, a.title, actionSourceName(a.origin.kind), a.ownerName, day(a.due), actionStatusName(a.status)};
            list.backgrounds << QVector<QColor>{QColor(), QColor(), QColor(), QColor(), a.overdue(today) ? FailFill : QColor(), statusFill(a, today)};
        }
        doc.addTable(list);
        for (int k = 0; k < actions.size(); ++k) {
            const CorrectiveAction &a = actions[k];
            doc.addHeading(AuditReports::tr("%1 · %2").arg(a.reference, a.title));
            QStringList lines;
            if (!a.description.isEmpty())
                lines << a.description;
            lines << AuditReports::tr("%1 action raised by %2 on %3 from: %4%5.")
                         .arg(actionKindName(a.kind), a.createdBy, day(a.createdAt.date()), actionSourceName(a.origin.kind),
                              a.origin.text.isEmpty() ? QString() : QStringLiteral(" — ") + withoutFullStop(a.origin.text));
            lines << AuditReports::tr("%1 · owner %2 · due %3 · %4").arg(actionPlace(a), a.ownerName, day(a.due), actionStatusName(a.status));
            doc.addParagraph(lines.join(QLatin1Char('\n')));
            if (!a.whys.isEmpty()) {
                QStringList whys;
                for (int w = 0; w < a.whys.size(); ++w)
                    whys << AuditReports::tr("Why %1: %2").arg(w + 1).arg(a.whys[w]);
                doc.addParagraph(whys.join(QLatin1Char('\n')));
            }
            if (!a.causes.isEmpty()) {
                ReportTable causes;
                causes.headers = QStringList{AuditReports::tr("Category"), AuditReports::tr("Cause")};
                causes.widths = {2, 8};
                for (const RootCause &c : a.causes) {
                    causes.rows << QStringList{causeCategoryName(c.category), c.root ? AuditReports::tr("%1 (root cause)").arg(c.cause) : c.cause};
                    causes.backgrounds << QVector<QColor>{QColor(), c.root ? FailFill : QColor()};
                }
                doc.addTable(causes);
            }
            QString verification = AuditReports::tr("Measure: %1").arg(measures[k]);
            if (a.verification)
                verification += QLatin1Char('\n') + AuditReports::tr("Verified by %1 on %2: %3.")
                                                        .arg(a.verifiedBy, day(a.verifiedAt.date()), changeText(*a.verification, a.measure.kind));
            doc.addParagraph(verification, !a.verification);
        }
        addFmea();
        doc.addParagraph(AuditReports::tr("An action is verified effective only when its measure improved from the period before to the period "
                                          "after beyond chance: p < 0.05, two-sided, by the two-proportion z test for a share (Fisher's exact "
                                          "test when a period has few cases) and by Welch's t test for a mean. As of %1.")
                             .arg(formatDateTime(QDateTime::currentDateTime())),
                         true);
        return doc.write(path, pdfA);
    });
}

} // namespace servqa
