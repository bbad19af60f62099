#include "reportparts.h"

#include "database.h"
#include "formatting.h"
#include "visits.h"

#include <QImage>

namespace servqa {

using namespace reportparts;

Result<int> writeVisitReport(Database &db, qint64 visitId, const QString &path, const ReportOptions &options)
{
    VisitService visits(db, 0);
    const auto v = visits.visit(visitId);
    if (!v)
        return Error{v.error()};
    if (!v->evaluationId)
        return Error{AuditReports::tr("Visit %1 has not started: there is nothing to report yet.").arg(visitId)};
    const auto loaded = visits.checklist(visitId);
    if (!loaded)
        return Error{loaded.error()};
    const Form *form = &loaded->form;
    const Evaluation *evaluation = &loaded->evaluation;
    const auto times = visits.answerTimes(visitId);
    const auto evidence = visits.evidence(visitId, true);
    if (!times || !evidence)
        return Error{times ? evidence.error() : times.error()};
    const auto scored = scoreEvaluation(*form, evaluation->answers);
    if (!scored)
        return Error{scored.error()};

    ReportHeader h = header(db, AuditReports::tr("Mystery-shop visit %1: %2").arg(visitId).arg(v->siteName),
                            AuditReports::tr("%1, version %2").arg(form->name).arg(form->version), options);
    h.filters << qMakePair(AuditReports::tr("Window"), AuditReports::tr("%1 to %2").arg(v->windowFrom.toString(Qt::ISODate),
                                                                                       v->windowTo.toString(Qt::ISODate)));
    ReportDocument doc(h);
    QVector<QPair<QString, QString>> facts{
        {AuditReports::tr("Store"), formatWithNote(v->siteName, v->siteCode)},
        {AuditReports::tr("Region"), v->region},
        {AuditReports::tr("Shopper"), v->shopperName},
        {AuditReports::tr("Status"), visitStatusName(v->status)},
        {AuditReports::tr("Started"), v->startedAt ? formatDateTime(*v->startedAt) : QString()},
        {AuditReports::tr("Ended"), v->endedAt ? formatDateTime(*v->endedAt) : QString()},
    };
    if (!v->scenario.isEmpty())
        facts << qMakePair(AuditReports::tr("Scenario"), v->scenario);
    if (v->reviewedAt)
        facts << qMakePair(AuditReports::tr("Reviewed"), AuditReports::tr("%1, %2", "who, and when").arg(v->reviewedByName, formatDateTime(*v->reviewedAt)))
              << qMakePair(AuditReports::tr("Review note"), v->reviewReason);
    doc.addFacts(facts);

    doc.addHeading(AuditReports::tr("Result"));
    doc.addFacts({{AuditReports::tr("Score"), formatPercent(scored->percent)},
                  {AuditReports::tr("Result"), resultText(*scored)},
                  {AuditReports::tr("Counts in scorecards"), v->status == VisitStatus::Validated ? AuditReports::tr("yes (validated)")
                                                                                                 : AuditReports::tr("no (not validated)")}});
    ReportTable sections;
    sections.headers = QStringList{AuditReports::tr("Section"), AuditReports::tr("Score")};
    sections.widths = {4, 1};
    sections.alignments = {Qt::AlignLeft, Qt::AlignRight};
    for (const SectionScore &ss : scored->sections) {
        for (const FormSection &fs : form->sections) {
            if (fs.key == ss.key)
                sections.rows << QStringList{fs.title, formatPercent(ss.percent)};
        }
    }
    doc.addTable(sections);

    doc.addHeading(AuditReports::tr("Answers"));
    ReportTable answers;
    answers.headers = QStringList{AuditReports::tr("Item"), AuditReports::tr("Answer"), AuditReports::tr("Answered at"),
                                  AuditReports::tr("Evidence"), AuditReports::tr("Comment")};
    answers.widths = {4, 1.6, 1.3, 1.3, 2.6};
    for (const FormSection &s : form->sections) {
        for (const FormItem &item : s.items) {
            const Answer answer = evaluation->answers.value(item.key);
            int files = 0;
            for (const EvidenceFile &f : *evidence)
                files += f.itemKey == item.key ? 1 : 0;
            answers.rows << QStringList{s.title + QStringLiteral(" ▸ ") + item.text,
                                        answer.isEmpty() ? AuditReports::tr("not answered") : formatAnswer(item, answer),
                                        times->contains(item.key) ? times->value(item.key).toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QString(),
                                        files > 0 ? QString::number(files) : QString(), answer.comment};
            QColor fill;
            if (answer.value && item.isScoring()) {
                const auto fraction = itemFraction(item, *answer.value);
                if (fraction && *fraction < 0.5)
                    fill = FailFill;
            }
            answers.backgrounds << QVector<QColor>{QColor(), fill};
        }
    }
    doc.addTable(answers);
    if (!evaluation->comment.isEmpty()) {
        doc.addHeading(AuditReports::tr("Shopper's comment"));
        doc.addParagraph(evaluation->comment);
    }

    doc.addHeading(AuditReports::tr("Evidence"));
    if (evidence->isEmpty())
        doc.addParagraph(AuditReports::tr("No evidence was attached."), true);
    ReportTable files;
    files.headers = QStringList{AuditReports::tr("File"), AuditReports::tr("Kind"), AuditReports::tr("Taken"), AuditReports::tr("Size (bytes)"),
                                AuditReports::tr("Added")};
    files.widths = {2.4, 1, 1.6, 1, 1.6};
    files.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft};
    // The hash on a line of its own, whole, so it can be checked against the file.
    ReportTable hashes;
    hashes.headers = QStringList{AuditReports::tr("File"), AuditReports::tr("SHA-256")};
    hashes.widths = {1.2, 5};
    for (const EvidenceFile &f : *evidence) {
        files.rows << QStringList{f.originalName, evidenceKindName(f.kind), f.capturedAt ? formatDateTime(*f.capturedAt) : AuditReports::tr("not in the file"),
                                  formatCount(f.size), formatDateTime(f.addedAt)};
        hashes.rows << QStringList{f.originalName, f.sha256};
    }
    if (!files.rows.isEmpty()) {
        doc.addTable(files);
        doc.addTable(hashes);
    }
    for (const EvidenceFile &f : *evidence) {
        const QImage image = QImage::fromData(f.data);
        if (image.isNull())
            continue;
        QString caption = f.originalName;
        if (f.capturedAt)
            caption += QStringLiteral(" · ") + AuditReports::tr("taken %1").arg(formatDateTime(*f.capturedAt));
        caption += QStringLiteral(" · SHA-256 ") + f.sha256.left(16) + QChar(0x2026);
        doc.addImage(image, caption, 90);
    }
    return doc.write(path, options.pdfA);
}

} // namespace servqa
