// The calibration session report: what a QA lead hands to management after a session — its facts,
// how far the inspectors agree, who is how far from the consensus, where they disagree, the drift
// over sessions and the session's trail (docs/calibration.md, docs/reports.md).
#include "reportparts.h"

#include "calibration.h"
#include "calibrationtrail.h"
#include "charts/calibrationdriftchart.h"
#include "charts/chartstyle.h"
#include "database.h"
#include "formatting.h"
#include "interactionrepository.h"
#include "timeutil.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace servqa {

using namespace reportparts;

namespace {

// An interaction of the session as the report names it.
struct InteractionFacts
{
    QString label; // its id in the system it came from, else "#id"
    QString channel, site, agent;
    QDateTime occurredAt;
};

// Everything the report shows, read on the worker thread.
struct CalibrationReportData
{
    CalibrationComparison comparison;
    QVector<CalibrationLogEntry> log;
    QVector<CalibrationDriftPoint> drift; // the session's participants, in closed sessions up to this one
    double tolerance = 5;
    QHash<qint64, InteractionFacts> interactions;
};

Result<QHash<qint64, InteractionFacts>> readInteractions(Database &db, const QVector<qint64> &ids)
{
    QHash<qint64, InteractionFacts> facts;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT i.external_id, i.channel, i.started_at, s.name, st.name FROM interactions i "
                             "LEFT JOIN sites s ON s.id = i.site_id LEFT JOIN staff st ON st.id = i.staff_id WHERE i.id = ?"));
    for (qint64 id : ids) {
        q.bindValue(0, id);
        if (const Status s = execQuery(q, db); !s)
            return Error{s.error()};
        InteractionFacts f;
        f.label = QStringLiteral("#%1").arg(id);
        if (q.next()) {
            if (!q.value(0).toString().isEmpty())
                f.label = q.value(0).toString();
            if (const auto channel = channelFromKey(q.value(1).toString()))
                f.channel = channelName(*channel);
            f.occurredAt = fromStored(q.value(2).toLongLong());
            f.site = q.value(3).toString();
            f.agent = q.value(4).toString();
        }
        facts.insert(id, f);
    }
    return facts;
}

// The drift chart's points: this session's participants, in the closed sessions up to this one
// (the report of a session reads the same whenever it is made again).
QVector<CalibrationDriftPoint> driftUpTo(const QVector<CalibrationDriftPoint> &all, const CalibrationSession &session)
{
    QVector<CalibrationDriftPoint> points;
    int end = int(all.size());
    if (session.status == CalibrationStatus::Closed) {
        end = 0;
        for (int i = 0; i < all.size(); ++i) {
            if (all[i].sessionId == session.id)
                end = i + 1;
        }
    }
    for (int i = 0; i < end; ++i) {
        if (session.participantIndex(all[i].inspectorId) >= 0)
            points << all[i];
    }
    return points;
}

Result<CalibrationReportData> readCalibrationReport(Database &db, qint64 sessionId)
{
    // Read as the session's lead: compare() itself refuses while a blind session's scoring is open.
    const auto session = Calibration(db, 0).session(sessionId);
    if (!session)
        return Error{session.error()};
    Calibration lead(db, session->leadId);
    CalibrationReportData data;
    const auto comparison = lead.compare(sessionId);
    if (!comparison)
        return Error{comparison.error()};
    data.comparison = *comparison;
    const auto log = lead.log(sessionId);
    if (!log)
        return Error{log.error()};
    data.log = *log;
    const auto drift = lead.drift();
    if (!drift)
        return Error{drift.error()};
    data.drift = driftUpTo(*drift, *session);
    const auto tolerance = calibrationTolerance(db);
    if (!tolerance)
        return Error{tolerance.error()};
    data.tolerance = *tolerance;
    const auto interactions = readInteractions(db, session->interactions);
    if (!interactions)
        return Error{interactions.error()};
    data.interactions = *interactions;
    return data;
}

// ---- drawing --------------------------------------------------------------------------

QString answerText(const FormItem *item, const std::optional<Answer> &answer)
{
    if (!answer || !item)
        return QStringLiteral("—");
    return formatAnswer(*item, *answer);
}

// As the comparison counts a match: the same value, or both N/A.
bool sameAnswer(const Answer &a, const Answer &b)
{
    return a.notApplicable == b.notApplicable && (a.notApplicable || a.value == b.value);
}

bool outsideTolerance(const InspectorDeviation &d, double tolerance)
{
    return d.points && std::abs(*d.points) > tolerance;
}

void addSessionFacts(ReportDocument &doc, const CalibrationReportData &data)
{
    const CalibrationSession &s = data.comparison.session;
    QStringList participants;
    for (const CalibrationParticipant &p : s.participants)
        participants << AuditReports::tr("%1 (%2 of %3 handed in)").arg(p.name).arg(p.handedIn).arg(s.interactions.size());
    doc.addFacts({
        {AuditReports::tr("Session"), s.name},
        {AuditReports::tr("Form"), AuditReports::tr("%1, version %2").arg(s.formName).arg(s.formVersion)},
        {AuditReports::tr("Lead"), s.leadName},
        {AuditReports::tr("Blind"), formatYesNo(s.blind)},
        {AuditReports::tr("Deadline"), s.deadline ? QLocale().toString(*s.deadline, QStringLiteral("yyyy-MM-dd")) : AuditReports::tr("none")},
        {AuditReports::tr("Status"), s.status == CalibrationStatus::Closed ? AuditReports::tr("Scoring closed") : AuditReports::tr("Scoring open")},
        {AuditReports::tr("Created"), formatDateTime(s.createdAt)},
        {AuditReports::tr("Closed"), s.closedAt ? formatDateTime(*s.closedAt) : QStringLiteral("–")},
        {AuditReports::tr("Interactions"), formatCount(s.interactions.size())},
        {AuditReports::tr("Tolerance"), AuditReports::tr("± %1 points").arg(QLocale().toString(data.tolerance, 'f', 1))},
        {AuditReports::tr("Participants"), formatList(participants)},
    });
    if (s.status == CalibrationStatus::Open) {
        doc.addParagraph(AuditReports::tr("Scoring is still open: the consensus is proposed from the answers handed in so far, "
                                          "and every figure below may change."),
                         true);
    }

    ReportTable t;
    t.headers = QStringList{AuditReports::tr("Interaction"), AuditReports::tr("Channel"), AuditReports::tr("Site"), AuditReports::tr("Agent"),
                            AuditReports::tr("Occurred"), AuditReports::tr("Consensus score")};
    t.widths = {1.2, 1, 2.4, 1.8, 1.6, 1.1};
    t.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight};
    for (qint64 id : s.interactions) {
        const InteractionFacts f = data.interactions.value(id);
        t.rows << QStringList{f.label, f.channel, f.site, f.agent, f.occurredAt.isValid() ? formatDateTime(f.occurredAt) : QString(),
                              formatPercent(data.comparison.consensusScores.value(id))};
    }
    doc.addTable(t);
}

void addStatistics(ReportDocument &doc, const CalibrationComparison &c)
{
    doc.addHeading(AuditReports::tr("Agreement between the inspectors"));
    if (c.statistics.isEmpty()) {
        doc.addParagraph(AuditReports::tr("No item was answered by two inspectors yet."), true);
        return;
    }
    ReportTable t;
    t.headers = QStringList{AuditReports::tr("Items"), AuditReports::tr("Statistic"), AuditReports::tr("Value"), AuditReports::tr("Units rated"),
                            AuditReports::tr("Reading")};
    t.widths = {1.6, 2.6, 1, 0.8, 3.2};
    t.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft};
    for (const CalibrationStatistic &s : c.statistics) {
        // An undefined statistic says why in its reading (readingOf gives the reason).
        const QString value = s.value.value ? QLocale().toString(*s.value.value, 'f', 3) : AuditReports::tr("undefined");
        const QString reading = s.reading.isEmpty() ? s.value.undefinedBecause : s.reading;
        t.rows << QStringList{s.group, s.name, value, formatCount(s.units), reading};
    }
    doc.addTable(t);
}

void addDeviations(ReportDocument &doc, const CalibrationReportData &data)
{
    const CalibrationComparison &c = data.comparison;
    const QString tolerance = QLocale().toString(data.tolerance, 'f', 1);
    doc.addHeading(AuditReports::tr("Each inspector against the consensus"));
    ReportTable t;
    t.headers = QStringList{AuditReports::tr("Inspector"), AuditReports::tr("Interactions compared"), AuditReports::tr("Deviation (points)"),
                            AuditReports::tr("Absolute deviation (points)"), AuditReports::tr("Items as the consensus"),
                            AuditReports::tr("Within ± %1 points").arg(tolerance)};
    t.widths = {2.2, 1.2, 1.2, 1.3, 1.3, 1.4};
    t.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft};
    ReportTable dims;
    dims.headers = QStringList{AuditReports::tr("Inspector")};
    for (Dimension d : AllDimensions)
        dims.headers << dimensionName(d);
    dims.widths = {2.2, 1.2, 1.2, 1.2, 1.2, 1.2};
    dims.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
    for (const InspectorDeviation &d : c.inspectors) {
        const bool outside = outsideTolerance(d, data.tolerance);
        QString within;
        if (d.points)
            within = outside ? AuditReports::tr("outside") : AuditReports::tr("within");
        // Nothing handed in: a dash in every column, as signedNumber() gives for the deviation.
        const QString none = QStringLiteral("–");
        t.rows << QStringList{d.name, formatCount(d.interactions), signedNumber(d.points), d.absolutePoints ? number(d.absolutePoints) : none,
                              d.matching ? formatPercent(100 * *d.matching) : none, within};
        const QColor fill = d.points ? (outside ? FailFill : PassFill) : QColor();
        t.backgrounds << QVector<QColor>{QColor(), QColor(), fill, QColor(), QColor(), fill};
        QStringList row{d.name};
        for (int i = 0; i < DimensionCount; ++i)
            row << signedNumber(d.dimensions[i]);
        dims.rows << row;
    }
    doc.addTable(t);
    doc.addCaption(AuditReports::tr("Deviation by dimension (points)"));
    doc.addTable(dims);
}

void addDisagreements(ReportDocument &doc, const CalibrationReportData &data)
{
    const CalibrationComparison &c = data.comparison;
    const QVector<CalibrationParticipant> &people = c.session.participants;
    doc.addHeading(AuditReports::tr("Where the inspectors disagree"));
    // Up to six inspectors a column each; more would leave columns too narrow to read.
    const bool columns = people.size() <= 6;
    ReportTable t;
    t.headers = QStringList{AuditReports::tr("Interaction"), AuditReports::tr("Item")};
    t.widths = {1.6, 3.4}; // an interaction code such as D00003218 on one line
    if (columns) {
        for (const CalibrationParticipant &p : people) {
            t.headers << p.name;
            t.widths << 1.0;
        }
    } else {
        t.headers << AuditReports::tr("Answers");
        t.widths << 3.0;
    }
    t.headers << AuditReports::tr("Spread") << AuditReports::tr("Agreement") << AuditReports::tr("Consensus") << AuditReports::tr("Lead's reason");
    t.widths << 0.9 << 1.3 << 1.2 << 2.0;
    const int first = int(t.headers.size()) - 4;
    for (int col = 0; col < t.headers.size(); ++col)
        t.alignments << (col == first || col == first + 1 ? Qt::AlignRight : Qt::AlignLeft);
    int alike = 0;
    for (const CalibrationItemRow &r : c.rows) {
        // Every row the inspectors split on, and every consensus the lead changed.
        const bool split = r.agreement && *r.agreement < 1;
        if (!split && r.consensusProposed) {
            ++alike;
            continue;
        }
        const FormItem *item = c.form.findItem(r.itemKey);
        QStringList row{data.interactions.value(r.interactionId).label, r.itemText};
        QVector<QColor> fills{QColor(), QColor()};
        QStringList listed;
        for (int p = 0; p < people.size(); ++p) {
            const std::optional<Answer> a = r.answers.value(p);
            const bool differs = a && r.consensus && !sameAnswer(*a, *r.consensus);
            if (columns) {
                row << answerText(item, a);
                fills << (differs ? FailFill : QColor());
            } else {
                listed << AuditReports::tr("%1: %2").arg(people[p].name, answerText(item, a));
            }
        }
        if (!columns) {
            row << listed.join(QLatin1Char('\n'));
            fills << QColor();
        }
        QString spread = QStringLiteral("–");
        if (r.spread)
            spread = r.type == ItemType::Elapsed ? formatSeconds(std::llround(*r.spread)) : QLocale().toString(*r.spread);
        row << spread << formatPercent(r.agreement ? std::optional<double>(100 * *r.agreement) : std::nullopt) << answerText(item, r.consensus)
            << (r.consensusProposed ? QString() : r.consensusReason);
        t.rows << row;
        t.backgrounds << fills;
    }
    if (t.rows.isEmpty())
        doc.addParagraph(AuditReports::tr("Every inspector answered every item alike."), true);
    else
        doc.addTable(t);
    if (alike > 0 && !t.rows.isEmpty())
        doc.addParagraph(AuditReports::tr("%n other item(s) were answered alike by everyone who answered them.", nullptr, alike), true);
}

void addDrift(ReportDocument &doc, const CalibrationReportData &data)
{
    doc.addHeading(AuditReports::tr("Drift over sessions"));
    if (data.drift.isEmpty()) {
        doc.addParagraph(AuditReports::tr("No closed session yet: there is no drift to show."), true);
        return;
    }
    const QSize size(WideChart.width(), 300);
    CalibrationDriftChart chart;
    chart.resize(size);
    chart.setDrift(data.drift, data.tolerance);
    doc.addPicture(plotPicture(chart.plot(), size), size);
    doc.addParagraph(AuditReports::tr("Each participant's mean deviation from consensus in every closed session up to this one; "
                                      "the shaded band is the workspace's tolerance of ± %1 points.")
                         .arg(QLocale().toString(data.tolerance, 'f', 1)),
                     true);
}

void addTrail(ReportDocument &doc, const CalibrationReportData &data)
{
    doc.addHeading(AuditReports::tr("The session's trail"));
    ReportTable t;
    t.headers = QStringList{AuditReports::tr("When"), AuditReports::tr("Who"), AuditReports::tr("Action"), AuditReports::tr("Interaction"),
                            AuditReports::tr("Item"), AuditReports::tr("Value"), AuditReports::tr("Note")};
    t.widths = {1.8, 1.4, 1.9, 1.2, 1.5, 1.7, 2.2}; // a time, a name and "3 / 5 → 2 / 5" each on one line
    for (const CalibrationLogEntry &e : data.log) {
        const FormItem *item = e.itemKey.isEmpty() ? nullptr : data.comparison.form.findItem(e.itemKey);
        t.rows << QStringList{formatDateTime(e.at), e.userName, calibrationActionName(e.action),
                              e.interactionId ? data.interactions.value(*e.interactionId).label : QString(), item ? item->text : e.itemKey,
                              calibrationStepValue(e, item), calibrationStepNote(e, data.comparison.session)};
    }
    doc.addTable(t);
}

void addMethods(ReportDocument &doc, double tolerance)
{
    doc.addHeading(AuditReports::tr("How the figures are computed"));
    doc.addParagraph(AuditReports::tr("Consensus: when the lead closes scoring, each item's consensus is proposed from the answers handed in — "
                                      "for yes/no items the most frequent answer (a tie goes to the lower answer), for ratings, numbers "
                                      "and times the lower median (N/A when more than half answered it). The lead may change it, giving a "
                                      "reason. An answer that differs from the consensus is tinted; — is an item not answered."));
    doc.addParagraph(AuditReports::tr("Deviation: over the interactions an inspector handed in, the mean of the inspector's score minus the "
                                      "score of the consensus answers, both scored by the form's rules in points of 100 (positive: more "
                                      "generous than the consensus); absolute deviation is the mean of its size. Items as the consensus: "
                                      "the share of the inspector's answers equal to the consensus. By dimension: the same difference of "
                                      "the dimension scores. An inspector whose deviation lies outside ± %1 points, the workspace's "
                                      "tolerance, is marked.")
                         .arg(QLocale().toString(tolerance, 'f', 1)));
    doc.addParagraph(AuditReports::tr("Agreement of an item: the share of the pairs of answers that are equal (N/A equals N/A); spread: the "
                                      "highest minus the lowest value answered. Items appear with the least agreement first, then the "
                                      "widest spread."));
    doc.addParagraph(AuditReports::tr("Statistics, by the kind of item: yes/no items as nominal data — percent agreement, Gwet's AC1, "
                                      "Cohen's κ for two inspectors or Fleiss' κ for more, Krippendorff's α; each rating scale as ordinal "
                                      "data — Krippendorff's α, Cohen's κ or Gwet's AC2 with quadratic weights, ICC(2,1); the "
                                      "interactions' scores as interval data — ICC(2,1) and Krippendorff's α. Units are the items "
                                      "(interaction × item) or the interactions rated. κ and AC read by Landis & Koch (1977), α by "
                                      "Krippendorff (2004), ICC by Koo & Li (2016). Percent agreement does not take chance out: read it "
                                      "beside κ or AC1."));
    doc.addParagraph(AuditReports::tr("Calibration scores are kept apart from evaluations: they never count in scorecards, dashboards, "
                                      "rankings or work queues."),
                     true);
}

} // namespace

Result<ReportPages> prepareCalibrationReport(Database &db, qint64 sessionId, const ReportOptions &options)
{
    const auto read = readCalibrationReport(db, sessionId);
    if (!read)
        return Error{read.error()};
    const CalibrationSession &s = read->comparison.session;
    ReportHeader h = header(db, AuditReports::tr("Calibration session: %1").arg(s.name),
                            AuditReports::tr("%1, version %2").arg(s.formName).arg(s.formVersion), options);
    h.filters << qMakePair(AuditReports::tr("Session number"), QStringLiteral("#%1").arg(s.id));
    // Drawn on the GUI thread (the chart is a widget), from what was read above.
    return ReportPages([h, data = *read, pdfA = options.pdfA](const QString &path) -> Result<int> {
        ReportDocument doc(h);
        addSessionFacts(doc, data);
        addStatistics(doc, data.comparison);
        addDeviations(doc, data);
        addDrift(doc, data);
        addDisagreements(doc, data);
        addTrail(doc, data);
        addMethods(doc, data.tolerance);
        return doc.write(path, pdfA);
    });
}

Result<int> writeCalibrationReport(Database &db, qint64 sessionId, const QString &path, const ReportOptions &options)
{
    const auto pages = prepareCalibrationReport(db, sessionId, options);
    if (!pages)
        return Error{pages.error()};
    return (*pages)(path);
}

} // namespace servqa
