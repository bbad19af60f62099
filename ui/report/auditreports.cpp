#include "auditreports.h"

#include "fivegaps.h"

#include "appsettings.h"
#include "charts/chartstyle.h"
#include "charts/dimensionprofilechart.h"
#include "charts/gaptrendchart.h"
#include "charts/scorecardcharts.h"
#include "database.h"
#include "evaluationrepository.h"
#include "evaluationworkflow.h"
#include "formatting.h"
#include "formrepository.h"
#include "gaptrends.h"
#include "interactionrepository.h"
#include "reportdocument.h"
#include "reportparts.h"
#include "scoreengine.h"
#include "servqual.h"
#include "surveysums.h"
#include "session.h"
#include "timeutil.h"
#include "visits.h"
#include "workspacesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
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
    for (const FormSection &s : form->sections) {
        for (const FormItem &item : s.items) {
            const Answer answer = e.answers.value(item.key);
            const bool critical = item.critical || s.kind == SectionKind::Critical;
            QString text = s.title + QStringLiteral(" ▸ ") + item.text;
            if (critical)
                text += QLatin1Char(' ') + AuditReports::tr("(critical)");
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

void addScorecard(ReportDocument &doc, const Scorecard &card, const QVector<SubjectScores> &agents)
{
    const SubjectScores &s = card.scores;
    const QLocale locale;
    doc.addFacts({
        {AuditReports::tr("Overall score"), formatPercent(s.overall.mean)},
        {AuditReports::tr("Change"), AuditReports::tr("%1 points against %2").arg(signedNumber(s.change()), periodText(card.period.previous()))},
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

    doc.addHeading(AuditReports::tr("Indicators"));
    ReportTable indicators;
    indicators.headers = QStringList{AuditReports::tr("Indicator"), AuditReports::tr("Value"), AuditReports::tr("Out of")};
    indicators.widths = {3, 1, 1};
    indicators.alignments = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight};
    indicators.rows << QStringList{AuditReports::tr("First-contact resolution"), formatPercent(card.firstContactResolution.percent),
                                   formatCount(card.firstContactResolution.n)}
                    << QStringList{AuditReports::tr("First response within the channel's target"),
                                   formatPercent(card.responseCompliance.percent), formatCount(card.responseCompliance.n)};
    doc.addTable(indicators);

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
            t.rows << QStringList{QString::number(t.rows.size() + 1), f.critical ? f.itemText + QLatin1Char(' ') + AuditReports::tr("(critical)") : f.itemText,
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
        t.widths = {0.7, 2.6, 0.7, 1, 1, 1, 1, 1, 1, 1};
        t.alignments = {Qt::AlignRight, Qt::AlignLeft};
        for (int c = 2; c < t.headers.size(); ++c)
            t.alignments << Qt::AlignRight;
        for (const SubjectScores &a : agents) {
            QStringList row{a.rank > 0 ? QString::number(a.rank) : QStringLiteral("–"), a.name, formatCount(a.total()),
                            formatPercent(a.overall.mean), signedNumber(a.change())};
            QVector<QColor> fills{QColor(), QColor(), QColor(), scoreFill(a.overall.mean), QColor()};
            for (int d = 0; d < DimensionCount; ++d) {
                row << number(a.dimensions[d].mean, 0);
                fills << scoreFill(a.dimensions[d].mean);
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
    // Drawn on the GUI thread (the charts are widgets), from what was read above.
    return ReportPages([h, card = *card, agents = *agents, pdfA = options.pdfA](const QString &path) -> Result<int> {
        ReportDocument doc(h);
        addScorecard(doc, card, agents);
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
    for (const SubjectScores &store : std::as_const(*rows)) {
        // The code names the file; characters a file system refuses become '_'.
        QString name = store.code;
        name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]")), QStringLiteral("_"));
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

// ---- the gap model ----------------------------------------------------------------------

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
            {AuditReports::tr("Customer gap, unweighted"), number(r.unweighted.mean, 2)},
            {AuditReports::tr("Customer gap, weighted"), number(r.weighted.mean, 2)},
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
                                     g.gap.tooFew ? AuditReports::tr("too few") : number(g.gap.mean, 2), interval(g.gap, 2),
                                     formatCount(g.gap.n),
                                     QStringLiteral("%1 / %2").arg(number(g.alphaExpectation, 2), number(g.alphaPerception, 2)),
                                     knowledge[d].tooFew ? AuditReports::tr("too few") : number(knowledge[d].mean, 2)};
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
                const QString text = number(e.mean, percent ? 1 : 2);
                return *e.mean > 0 ? QStringLiteral("+") + text : text;
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
        items.headers = QStringList{AuditReports::tr("#"), AuditReports::tr("Item"), AuditReports::tr("Dimension"), AuditReports::tr("Gap"),
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
                                      g.tooFew ? AuditReports::tr("too few") : number(g.mean, 2), interval(g, 2), formatCount(g.n)};
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
                    row << (g.tooFew ? AuditReports::tr("too few") : number(g.mean, 2));
                    fills << (g.mean ? (*g.mean < -1 ? FailFill : (*g.mean < 0 ? QColor(0xfb, 0xee, 0xcf) : PassFill)) : QColor());
                }
                row << (siteResult.unweighted.tooFew ? AuditReports::tr("too few") : number(siteResult.unweighted.mean, 2));
                sites.rows << row;
                sites.backgrounds << fills;
            }
            doc.addHeading(AuditReports::tr("Customer gap by site"));
            doc.addTable(sites);
        }
        doc.addParagraph(AuditReports::tr("Gaps are perception minus expectation on the 7-point scale (negative: service falls short). "
                                          "Gap 1 is the managers' estimate of customers' expectation minus the customers' expectation. "
                                          "A figure from fewer respondents than the minimum is shown as too few. Formulas: docs/gap-model.md."),
                         true);
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
