#include "auditreports.h"

#include "appsettings.h"
#include "charts/chartstyle.h"
#include "charts/scorecardcharts.h"
#include "database.h"
#include "evaluationrepository.h"
#include "evaluationworkflow.h"
#include "formatting.h"
#include "formrepository.h"
#include "interactionrepository.h"
#include "reportdocument.h"
#include "reportparts.h"
#include "scoreengine.h"
#include "session.h"
#include "timeutil.h"
#include "visits.h"
#include "workspacesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace servqa {

ReportOptions reportOptions(const Session &session)
{
    return {session.userName(), AppSettings().reportsAsPdfA()};
}

using namespace reportparts;

namespace {

// ---- one evaluation -------------------------------------------------------------------

struct EvaluationFacts
{
    QString siteName, staffName, inspectorName, channel, externalId, source;
};

Result<EvaluationFacts> evaluationFacts(Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT s.name, st.name, u.name, i.channel, i.external_id, i.source "
                             "FROM evaluations e JOIN sites s ON s.id = e.site_id LEFT JOIN staff st ON st.id = e.staff_id "
                             "LEFT JOIN users u ON u.id = e.inspector_id LEFT JOIN interactions i ON i.id = e.interaction_id "
                             "WHERE e.id = ?"));
    q.addBindValue(id);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    if (!q.next())
        return Error{AuditReports::tr("There is no evaluation #%1.").arg(id)};
    EvaluationFacts f;
    f.siteName = q.value(0).toString();
    f.staffName = q.value(1).toString();
    f.inspectorName = q.value(2).toString();
    if (const auto channel = channelFromKey(q.value(3).toString()))
        f.channel = channelName(*channel);
    f.externalId = q.value(4).toString();
    f.source = q.value(5).toString();
    return f;
}

} // namespace

Result<int> writeEvaluationReport(Database &db, qint64 evaluationId, const QString &path, const ReportOptions &options)
{
    const auto versionId = EvaluationRepository(db).formVersionId(evaluationId);
    if (!versionId)
        return Error{AuditReports::tr("There is no evaluation #%1.").arg(evaluationId)};
    const auto form = FormRepository(db).load(*versionId);
    if (!form)
        return Error{form.error()};
    const auto evaluation = EvaluationRepository(db).load(evaluationId, *form);
    if (!evaluation)
        return Error{evaluation.error()};
    const auto facts = evaluationFacts(db, evaluationId);
    if (!facts)
        return Error{facts.error()};
    const auto disputes = EvaluationWorkflow(db, 0).disputes(evaluationId);
    if (!disputes)
        return Error{disputes.error()};
    const Evaluation &e = *evaluation;
    const ScoreResult &score = e.score; // as stored: what the agent was told
    // Section scores are not stored; the same answers on the same form version give them.
    const auto rescored = scoreEvaluation(*form, e.answers);

    ReportDocument doc(header(db, AuditReports::tr("Evaluation #%1").arg(evaluationId),
                              AuditReports::tr("%1, version %2").arg(form->name).arg(form->version), options));
    doc.addFacts({
        {AuditReports::tr("Site"), facts->siteName},
        {AuditReports::tr("Agent"), facts->staffName},
        {AuditReports::tr("Channel"), facts->channel},
        {AuditReports::tr("Interaction"), facts->externalId.isEmpty() ? QString() : facts->source + QLatin1Char('/') + facts->externalId},
        {AuditReports::tr("Occurred"), formatDateTime(e.occurredAt)},
        {AuditReports::tr("Inspector"), facts->inspectorName},
        {AuditReports::tr("Status"), evaluationStatusName(e.status)},
        {AuditReports::tr("Submitted"), e.submittedAt ? formatDateTime(*e.submittedAt) : QString()},
    });

    doc.addHeading(AuditReports::tr("Result"));
    doc.addFacts({
        {AuditReports::tr("Score"), formatPercent(score.percent)},
        {AuditReports::tr("Result"), resultText(score)},
        {AuditReports::tr("Pass mark"), formatPercent(form->passMark)},
        {AuditReports::tr("Points"), AuditReports::tr("%1 of %2, bonus %3")
                                         .arg(QLocale().toString(score.pointsEarned, 'f', 2), QLocale().toString(score.pointsPossible, 'f', 2),
                                              QLocale().toString(score.bonusPoints, 'f', 2))},
    });

    ReportTable dims;
    dims.headers = QStringList{AuditReports::tr("Dimension"), AuditReports::tr("Score")};
    dims.widths = {3, 1};
    dims.alignments = {Qt::AlignLeft, Qt::AlignRight};
    for (Dimension d : AllDimensions) {
        const auto value = score.dimensions[dimensionIndex(d)];
        dims.rows << QStringList{dimensionName(d), formatPercent(value)};
        dims.backgrounds << QVector<QColor>{QColor(), scoreFill(value)};
    }
    ReportTable sections;
    sections.headers = QStringList{AuditReports::tr("Section"), AuditReports::tr("Kind"), AuditReports::tr("Weight"),
                                   AuditReports::tr("Score")};
    sections.widths = {3, 1.4, 1, 1};
    sections.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight};
    for (const FormSection &s : form->sections) {
        std::optional<double> percent;
        for (const SectionScore &ss : rescored ? rescored->sections : score.sections) {
            if (ss.key == s.key)
                percent = ss.percent;
        }
        sections.rows << QStringList{s.title, sectionKindName(s.kind), QLocale().toString(s.weight), formatPercent(percent)};
    }
    doc.addHeading(AuditReports::tr("By dimension and section"));
    doc.addTable(dims);
    doc.addTable(sections);

    doc.addHeading(AuditReports::tr("Answers"));
    ReportTable answers;
    answers.headers = QStringList{AuditReports::tr("Item"), AuditReports::tr("Dimension"), AuditReports::tr("Answer"),
                                  AuditReports::tr("Comment")};
    answers.widths = {4, 1.6, 1.6, 3};
    QVector<QPair<QString, QStringList>> written; // the free-text items, after the table: a remark needs the page's width
    for (const FormSection &s : form->sections) {
        for (const FormItem &item : s.items) {
            const Answer answer = e.answers.value(item.key);
            const bool critical = item.critical || s.kind == SectionKind::Critical;
            QString text = s.title + QStringLiteral(" ▸ ") + item.text;
            if (critical)
                text = formatWithNote(text, AuditReports::tr("critical"));
            if (item.type == ItemType::Text) {
                QStringList lines{answer.text.isEmpty() ? AuditReports::tr("not answered") : answer.text};
                if (!answer.comment.isEmpty())
                    lines << answer.comment;
                written.push_back({text, lines});
                continue;
            }
            answers.rows << QStringList{text, dimensionName(item.dimension),
                                        answer.isEmpty() ? AuditReports::tr("not answered") : formatAnswer(item, answer),
                                        answer.comment};
            QColor fill;
            if (answer.value && item.isScoring()) {
                const auto fraction = itemFraction(item, *answer.value);
                if (fraction && *fraction < 0.5)
                    fill = FailFill;
            }
            answers.backgrounds << QVector<QColor>{QColor(), QColor(), fill, QColor()};
        }
    }
    doc.addTable(answers);
    if (!written.isEmpty()) {
        doc.addHeading(AuditReports::tr("Written answers"));
        for (const auto &[item, lines] : written) {
            doc.addParagraph(item, true);
            for (const QString &line : lines)
                doc.addParagraph(line);
        }
    }
    if (!e.comment.isEmpty()) {
        doc.addHeading(AuditReports::tr("Inspector's comment"));
        doc.addParagraph(e.comment);
    }

    if (!disputes->isEmpty()) {
        doc.addHeading(AuditReports::tr("Disputes"));
        ReportTable t;
        t.headers = QStringList{AuditReports::tr("Item"), AuditReports::tr("Raised"), AuditReports::tr("Reason"),
                                AuditReports::tr("Decision"), AuditReports::tr("Why")};
        t.widths = {2.4, 2, 2.4, 1.6, 2.4};
        for (const Dispute &d : *disputes) {
            const FormItem *item = form->findItem(d.itemKey);
            QString decision = AuditReports::tr("open");
            if (d.outcome) {
                decision = *d.outcome == DisputeOutcome::Kept
                               ? AuditReports::tr("kept")
                               : AuditReports::tr("changed to %1").arg(item ? formatAnswer(*item, d.after) : QString());
                decision += QLatin1Char('\n') + d.resolvedByName;
            }
            t.rows << QStringList{item ? item->text : d.itemKey, d.raisedByName + QLatin1Char('\n') + formatDateTime(d.raisedAt),
                                  d.reason, decision, d.resolutionReason};
        }
        doc.addTable(t);
    }
    return doc.write(path, options.pdfA);
}

// ---- store and agent scorecards --------------------------------------------------------

namespace {

// A store's agents side by side (empty for an agent's own scorecard).
Result<QVector<SubjectScores>> scorecardAgents(Database &db, const Scorecard &card)
{
    if (card.kind != SubjectKind::Site)
        return QVector<SubjectScores>();
    ComparisonRequest agents;
    agents.kind = SubjectKind::Agent;
    agents.siteId = card.scores.id;
    agents.period = card.period;
    return compareSubjects(db, agents);
}

void addScorecard(ReportDocument &doc, const Scorecard &card, const QVector<SubjectScores> &agents, const ScorecardIndicators &indicators,
                  const ScorecardComplaints &complaints, const QVector<CorrectiveAction> &actions, const QDateTime &now)
{
    const SubjectScores &s = card.scores;
    const QLocale locale;
    doc.addFacts({
        {AuditReports::tr("Overall score"), formatPercent(s.overall.mean)},
        {AuditReports::tr("Change"), s.change() ? AuditReports::tr("%1 points against %2").arg(signedNumber(s.change()), periodText(card.period.previous()))
                                                : AuditReports::tr("no score in %1 to compare with").arg(periodText(card.period.previous()))},
        {AuditReports::tr("95 % interval"), scoreInterval(s.overall)},
        {AuditReports::tr("Rank"), s.rank > 0 ? AuditReports::tr("%1 of %2 in %3").arg(s.rank).arg(card.rankedIn).arg(card.groupName)
                                              : AuditReports::tr("not ranked (no evaluations)")},
        {AuditReports::tr("Evaluations"), formatCount(s.evaluations)},
        {AuditReports::tr("Store visits"), formatCount(s.visits)},
        {AuditReports::tr("Pass rate"), formatPercent(s.passRate())},
        {AuditReports::tr("Auto-failed"), formatCount(s.autoFailed)},
        {AuditReports::tr("Open disputes"), formatCount(card.openDisputes)},
    });

    doc.addHeading(AuditReports::tr("Scores by dimension"));
    ReportTable dims;
    dims.headers = QStringList{AuditReports::tr("Dimension"), AuditReports::tr("Score"), AuditReports::tr("95 % interval"),
                               AuditReports::tr("n"), AuditReports::tr("Previous"), AuditReports::tr("Change")};
    dims.widths = {2.4, 1, 1.6, 0.8, 1, 1};
    dims.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
    for (int d = 0; d < DimensionCount; ++d) {
        const Estimate &e = s.dimensions[d];
        dims.rows << QStringList{dimensionName(AllDimensions[d]), formatPercent(e.mean), scoreInterval(e), formatCount(e.n),
                                 formatPercent(s.previousDimensions[d]), signedNumber(s.change(d))};
        dims.backgrounds << QVector<QColor>{QColor(), scoreFill(e.mean)};
    }
    dims.rows << QStringList{AuditReports::tr("Overall"), formatPercent(s.overall.mean), scoreInterval(s.overall), formatCount(s.overall.n),
                             formatPercent(s.previousOverall), signedNumber(s.change())};
    dims.boldRows << DimensionCount;
    doc.addTable(dims);

    doc.addHeading(AuditReports::tr("Trend over twelve months"));
    {
        ScoreTrendChart chart(false);
        chart.resize(WideChart);
        chart.setTrend(card.trendMonths, card.trend);
        doc.addPicture(chart.picture(WideChart), WideChart);
    }

    doc.addHeading(card.kind == SubjectKind::Site ? AuditReports::tr("Service indicators against their targets")
                                                  : AuditReports::tr("Service indicators of the agent's contacts, against their team's targets"));
    addIndicatorTable(doc, indicators.values);
    doc.addHeading(card.kind == SubjectKind::Site ? AuditReports::tr("Open alerts") : AuditReports::tr("Open alerts at %1").arg(indicators.siteName));
    addAlertTable(doc, indicators.openAlerts);
    doc.addHeading(card.kind == SubjectKind::Site ? AuditReports::tr("Complaints") : AuditReports::tr("Complaints at %1").arg(complaints.siteName));
    addComplaintSection(doc, complaints, now);
    doc.addHeading(card.kind == SubjectKind::Site ? AuditReports::tr("Corrective actions not yet verified")
                                                  : AuditReports::tr("Corrective actions at %1 not yet verified").arg(complaints.siteName));
    addActionSection(doc, actions, now.date());

    doc.addHeading(AuditReports::tr("Items failed most often"));
    if (card.failedItems.isEmpty()) {
        doc.addParagraph(AuditReports::tr("No item failed in this period."), true);
    } else {
        ParetoChart chart;
        chart.resize(WideChart);
        chart.setItems(card.failedItems);
        doc.addPicture(chart.picture(WideChart), WideChart);
        ReportTable t;
        t.headers = QStringList{AuditReports::tr("#"), AuditReports::tr("Item"), AuditReports::tr("Form"), AuditReports::tr("Dimension"),
                                AuditReports::tr("Failures"), AuditReports::tr("Answered"), AuditReports::tr("Cumulative")};
        t.widths = {0.5, 3.4, 2.2, 1.4, 0.9, 0.9, 1};
        t.alignments = {Qt::AlignRight, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
        for (const ItemFailures &f : card.failedItems) {
            t.rows << QStringList{QString::number(t.rows.size() + 1), f.critical ? formatWithNote(f.itemText, AuditReports::tr("critical")) : f.itemText,
                                  f.formName, dimensionName(f.dimension), formatCount(f.failures), formatCount(f.answered),
                                  formatPercent(100.0 * f.cumulativeShare)};
        }
        doc.addTable(t);
    }

    doc.addHeading(AuditReports::tr("Failed critical items"));
    if (card.criticalFailures.isEmpty()) {
        doc.addParagraph(AuditReports::tr("No critical item failed in this period."), true);
    } else {
        ReportTable t;
        t.headers = QStringList{AuditReports::tr("Evaluation"), AuditReports::tr("Occurred"), AuditReports::tr("Agent"),
                                AuditReports::tr("Item")};
        t.widths = {1, 1.6, 2, 4};
        for (const CriticalFailure &c : card.criticalFailures)
            t.rows << QStringList{QStringLiteral("#%1").arg(c.evaluationId), formatDateTime(c.occurredAt), c.staffName, c.itemText};
        doc.addTable(t);
    }

    // A store's agents side by side.
    if (!agents.isEmpty()) {
        doc.addHeading(AuditReports::tr("Agents"));
        ReportTable t;
        t.headers = QStringList{AuditReports::tr("Rank"), AuditReports::tr("Agent"), AuditReports::tr("n"),
                                AuditReports::tr("Score"), AuditReports::tr("Change")};
        for (Dimension d : AllDimensions)
            t.headers << dimensionName(d);
        t.widths = {0.6, 2.0, 0.6, 1, 1, 1.2, 1.2, 1.2, 1.2, 1.2}; // "Responsiveness" whole at 7 pt
        t.alignments = {Qt::AlignRight, Qt::AlignLeft};
        for (int c = 2; c < t.headers.size(); ++c)
            t.alignments << Qt::AlignRight;
        // One way to write each thing in every row: scores with one decimal as in the tables above,
        // "no data" in the score of an agent nobody scored, and "—" for any other figure not given.
        const QString none = QStringLiteral("—");
        for (const SubjectScores &a : agents) {
            QStringList row{a.rank > 0 ? QString::number(a.rank) : none, a.name, formatCount(a.total()), formatPercent(a.overall.mean),
                            a.change() ? signedNumber(a.change()) : none};
            QVector<QColor> fills{QColor(), QColor(), QColor(), scoreFill(a.overall.mean), QColor()};
            for (int d = 0; d < DimensionCount; ++d) {
                const auto &mean = a.dimensions[d].mean;
                row << (mean ? formatPercent(mean) : none); // a heat-map cell says what it measures
                fills << scoreFill(mean);
            }
            t.rows << row;
            t.backgrounds << fills;
        }
        doc.addTable(t);
    }
    doc.addParagraph(AuditReports::tr("Scores are the stored scores of submitted evaluations and store visits (drafts never count), "
                                      "by the date of the evaluated interaction. An item fails when its answer earns less than half "
                                      "of its points. Intervals are 95 % t intervals."),
                     true);
}

} // namespace

Result<ReportPages> prepareScorecardReport(Database &db, const ScorecardRequest &request, const ReportOptions &options)
{
    const auto card = computeScorecard(db, request);
    if (!card)
        return Error{card.error()};
    const bool site = request.kind == SubjectKind::Site;
    const QString title = site ? AuditReports::tr("Store scorecard: %1").arg(card->scores.name)
                               : AuditReports::tr("Agent scorecard: %1").arg(card->scores.name);
    ReportHeader h = header(db, title, periodText(request.period), options);
    h.filters << qMakePair(AuditReports::tr("Period"), periodText(request.period));
    h.filters << qMakePair(site ? AuditReports::tr("Region") : AuditReports::tr("Team / store"), card->groupName);
    h.filters << qMakePair(AuditReports::tr("Code"), card->scores.code);
    if (request.formId) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT name FROM forms WHERE id = ?"));
        q.addBindValue(*request.formId);
        if (execQuery(q, db) && q.next())
            h.filters << qMakePair(AuditReports::tr("Form"), q.value(0).toString());
    }
    const auto agents = scorecardAgents(db, *card);
    if (!agents)
        return Error{agents.error()};
    const auto indicators = scorecardIndicators(db, request.kind, request.id, request.period);
    if (!indicators)
        return Error{indicators.error()};
    const QDateTime now = QDateTime::currentDateTime();
    const auto complaints = ComplaintStore(db).forScorecard(request.kind, request.id, request.period, now);
    if (!complaints)
        return Error{complaints.error()};
    QVector<CorrectiveAction> actions;
    if (complaints->siteId != 0) {
        const auto found = ActionStore(db).forSite(complaints->siteId, now.date());
        if (!found)
            return Error{found.error()};
        actions = *found;
    }
    // Drawn on the GUI thread (the charts are widgets), from what was read above.
    return ReportPages([h, card = *card, agents = *agents, indicators = *indicators, complaints = *complaints, actions, now,
                        pdfA = options.pdfA](const QString &path) -> Result<int> {
        ReportDocument doc(h);
        addScorecard(doc, card, agents, indicators, complaints, actions, now);
        return doc.write(path, pdfA);
    });
}

Result<int> writeScorecardReport(Database &db, const ScorecardRequest &request, const QString &path, const ReportOptions &options)
{
    const auto pages = prepareScorecardReport(db, request, options);
    if (!pages)
        return Error{pages.error()};
    return (*pages)(path);
}

namespace {

// The stores of a batch in code order, each with the file its report goes to.
Result<QVector<QPair<qint64, QString>>> batchStores(Database &db, const QString &region, const DayRange &period,
                                                    const QString &folder)
{
    ComparisonRequest stores;
    stores.kind = SubjectKind::Site;
    stores.region = region;
    stores.siteKind = QStringLiteral("store");
    stores.period = period;
    auto rows = compareSubjects(db, stores);
    if (!rows)
        return Error{rows.error()};
    std::sort(rows->begin(), rows->end(), [](const SubjectScores &a, const SubjectScores &b) { return a.code < b.code; });
    QVector<QPair<qint64, QString>> files;
    QSet<QString> taken;
    for (const SubjectScores &store : std::as_const(*rows)) {
        // The code names the file; characters a file system refuses become '_'. Two codes that
        // become one name ("A B", "A_B") are told apart by the store's id, so that neither report
        // is written over the other.
        QString name = store.code;
        name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]")), QStringLiteral("_"));
        if (taken.contains(name.toLower()))
            name += QStringLiteral("_%1").arg(store.id);
        taken.insert(name.toLower());
        files.push_back({store.id, QDir(folder).filePath(QStringLiteral("%1_%2_%3.pdf")
                                                             .arg(name, period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)))});
    }
    return files;
}

} // namespace

Result<QVector<PreparedReport>> prepareStoreBatch(Database &db, const QString &region, const DayRange &period, const QString &folder,
                                                  const ReportOptions &options, const std::function<bool(int, int)> &progress)
{
    const auto stores = batchStores(db, region, period, folder);
    if (!stores)
        return Error{stores.error()};
    QVector<PreparedReport> reports;
    const int total = int(stores->size());
    for (const auto &[siteId, path] : *stores) {
        if (progress && !progress(int(reports.size()), total))
            return reports;
        const auto pages = prepareScorecardReport(db, {SubjectKind::Site, siteId, period, std::nullopt}, options);
        if (!pages)
            return Error{pages.error()};
        reports.push_back({path, *pages});
    }
    if (progress)
        progress(total, total);
    return reports;
}

Result<QStringList> writeStoreBatch(Database &db, const QString &region, const DayRange &period, const QString &folder,
                                    const ReportOptions &options, const std::function<bool(int, int)> &progress)
{
    const auto stores = batchStores(db, region, period, folder);
    if (!stores)
        return Error{stores.error()};
    if (!QDir().mkpath(folder))
        return Error{AuditReports::tr("Cannot create the folder %1.").arg(folder)};
    QStringList written;
    const int total = int(stores->size());
    for (const auto &[siteId, path] : *stores) {
        if (progress && !progress(int(written.size()), total))
            return written;
        const auto pages = writeScorecardReport(db, {SubjectKind::Site, siteId, period, std::nullopt}, path, options);
        if (!pages)
            return Error{pages.error()};
        written << path;
    }
    if (progress)
        progress(total, total);
    return written;
}

} // namespace servqa
