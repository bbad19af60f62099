#include "csvimporter.h"

#include "database.h"
#include "alerts.h"
#include "complaintimport.h"
#include "feedbackimport.h"
#include "importrow.h"
#include "interactionrepository.h"
#include "siterepository.h"
#include "staffrepository.h"
#include "timeutil.h"
#include "listindexes.h"
#include "transactionguard.h"
#include "transcriptimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

#include <cmath>
#include <numeric>

namespace servqa {

namespace {

// A large import's index pages stay in memory: 64 MB of page cache for the import instead of
// SQLite's 2 MB, and statement journals in memory (inside the import's transaction every
// statement keeps one; spilled to a temporary file they were most of the import's time). Not
// for every connection: a big cache makes a cold start's first scan slower, and temporary
// storage in memory makes large sorts and GROUP BYs hold everything in RAM. Set back afterwards.
class BulkCache
{
public:
    explicit BulkCache(Database &db) : m_db(db)
    {
        if (m_db.dialect().kind() != SqlDialect::Kind::Sqlite)
            return;
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previous = q.value(0).toLongLong();
        q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
    ~BulkCache()
    {
        if (!m_previous)
            return;
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous));
        q.exec(QStringLiteral("PRAGMA temp_store = DEFAULT"));
    }

private:
    Database &m_db;
    std::optional<qint64> m_previous;
};

std::optional<SiteKind> parseSiteKind(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("store") || t == QStringLiteral("门店"))
        return SiteKind::Store;
    if (t == QLatin1String("team") || t == QStringLiteral("团队") || t == QStringLiteral("班组"))
        return SiteKind::Team;
    return std::nullopt;
}


Result<QHash<QString, qint64>> codeIndex(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT code, id FROM ") + table))
        return Error{db.describeError(q)};
    QHash<QString, qint64> index;
    while (q.next())
        index.insert(q.value(0).toString(), q.value(1).toLongLong());
    return index;
}

Result<qint64> rowCount(Database &db, ImportKind kind)
{
    QSqlQuery q(db.connection());
    const QString table = kind == ImportKind::Sites          ? QStringLiteral("sites")
                          : kind == ImportKind::Staff        ? QStringLiteral("staff")
                          : kind == ImportKind::Interactions ? QStringLiteral("interactions")
                          : kind == ImportKind::Transcripts  ? QStringLiteral("interactions")
                          : kind == ImportKind::Feedback     ? QStringLiteral("feedback")
                          : kind == ImportKind::Complaints   ? QStringLiteral("complaints")
                                                             : QStringLiteral("survey_responses");
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return Error{db.describeError(q)};
    return q.value(0).toLongLong();
}

// Field indexes, matching importFields() order.
enum SiteField { SiteCode, SiteName, SiteKindField, SiteRegion, SiteParent };
enum StaffField { StaffCode, StaffName, StaffSite, StaffRole, StaffActive };
enum InteractionField {
    ISource, IExternalId, IChannel, ISite, IStaff, ICustomer, IStarted, IDuration, IFirstResponse,
    IResolved, IRecording, ITranscript, IHold, IResolution
};
enum SurveyField { SRespondent, SSite, SAnswered, SFirstExpectation, SFirstPerception = SFirstExpectation + 22,
                   SFirstImportance = SFirstPerception + 22 };

} // namespace

Result<CsvPreview> previewCsv(const QString &path, CsvEncoding encoding, int maxRows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Import", "Cannot read %1: %2").arg(path, file.errorString())};
    CsvReader reader(&file, encoding);
    CsvPreview preview;
    CsvRecord record;
    if (!reader.next(record))
        return Error{reader.hasError() ? QFileInfo(path).fileName() + QStringLiteral(", ") + reader.errorString()
                                       : QCoreApplication::translate("Import", "%1 is empty.").arg(QFileInfo(path).fileName())};
    preview.header = record.fields;
    while (preview.rows.size() < maxRows && reader.next(record))
        preview.rows << record.fields;
    preview.encoding = reader.encoding();
    return preview;
}

namespace {

// A site whose parent comes from the file, linked once every site is in.
struct PendingParent
{
    qint64 siteId;
    QString parentCode;
    CsvRecord record;
};

// After the file's parents are set: the first of them whose chain of parents comes back to
// it (with the workspace's own sites, which may close the loop), as its index and the codes
// of the loop ("A → B → A").
Result<std::optional<QPair<int, QString>>> findParentLoop(Database &db, const QVector<PendingParent> &pending)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, parent_id, code FROM sites")))
        return Error{db.describeError(q)};
    QHash<qint64, qint64> parentOf;
    QHash<qint64, QString> codeOf;
    while (q.next()) {
        if (!q.value(1).isNull())
            parentOf.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        codeOf.insert(q.value(0).toLongLong(), q.value(2).toString());
    }
    for (int i = 0; i < pending.size(); ++i) {
        const qint64 start = pending[i].siteId;
        QStringList chain{codeOf.value(start)};
        qint64 at = start;
        for (qsizetype steps = 0; steps <= parentOf.size(); ++steps) {
            const auto up = parentOf.constFind(at);
            if (up == parentOf.constEnd())
                break;
            at = *up;
            chain << codeOf.value(at);
            if (at == start)
            {
                QStringList shown;
                for (const QString &code : chain.mid(0, 12))
                    shown << clip(code, 30);
                if (chain.size() > 12)
                    shown << QStringLiteral("…");
                return std::optional<QPair<int, QString>>({i, shown.join(QStringLiteral(" → "))});
            }
        }
    }
    return std::optional<QPair<int, QString>>();
}

} // namespace

Result<ImportSummary> importCsv(Database &db, const QString &path, const ImportOptions &options,
                                const ImportProgress &progress)
{
    if (options.kind == ImportKind::Transcripts && looksLikeJson(path))
        return importTranscriptJson(db, path, options, progress);
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Import", "Cannot read %1: %2").arg(path, file.errorString())};
    const qint64 totalBytes = file.size();
    CsvReader reader(&file, options.encoding);
    auto readerError = [&] { return Error{fileName + QStringLiteral(", ") + reader.errorString()}; };

    CsvRecord header;
    if (!reader.next(header)) {
        if (reader.hasError())
            return readerError();
        return Error{QCoreApplication::translate("Import", "%1 is empty: expected a header line and data rows.").arg(fileName)};
    }
    const QVector<ImportField> &fields = importFields(options.kind);
    QVector<int> mapping = options.mapping.isEmpty() ? autoMapColumns(options.kind, header.fields)
                                                     : options.mapping;
    // A mapping made before a field was added (fields are only ever added at the end) leaves it
    // unmapped.
    if (mapping.size() < fields.size())
        mapping.resize(fields.size(), -1);
    if (mapping.size() != fields.size())
        return Error{QCoreApplication::translate("Import", "%1: the column mapping does not fit this kind of import.").arg(fileName)};
    for (int f = 0; f < fields.size(); ++f) {
        if (mapping[f] >= header.fields.size())
            return Error{QCoreApplication::translate("Import", "%1: column %2 mapped to \"%3\" is not in the file.")
                             .arg(fileName).arg(mapping[f] + 1).arg(fields[f].key)};
        if (fields[f].required && mapping[f] < 0)
            return Error{QCoreApplication::translate("Import", "%1, line %2: the required column \"%3\" is missing (the header has: %4).")
                             .arg(fileName)
                             .arg(header.line)
                             .arg(fields[f].key, clipList(header.fields))};
    }

    const auto before = rowCount(db, options.kind);
    if (!before)
        return Error{before.error()};

    const BulkCache cache(db); // before the transaction: SQLite changes temp_store only outside one
    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    // Interactions that add two fifths or more to those there are (the file's size at 100 bytes a
    // row, fewer than it holds): the indexes only the list sorts by are made again once they are
    // in, in this transaction, rather than written row by row (1 M rows into an empty workspace:
    // 40 s with them, 22 s without, plus about 5 s to make them; docs/PERFORMANCE.md).
    std::optional<ListIndexes> listIndexes;
    if (options.kind == ImportKind::Interactions && totalBytes / 100 * 5 >= *before * 2) {
        auto aside = ListIndexes::putAside(db, ListIndexes::Of::Interactions);
        if (!aside)
            return Error{aside.error()};
        listIndexes.emplace(std::move(*aside));
    }
    SurveyRepository surveys(db);
    qint64 waveId = 0;
    if (options.kind == ImportKind::Survey) {
        if (options.surveyWave.trimmed().isEmpty())
            return Error{QCoreApplication::translate("Import", "%1: name the survey wave these responses belong to.").arg(fileName)};
        const auto wave = surveys.wave(options.surveyWave.trimmed(), options.surveyKind);
        if (!wave)
            return Error{wave.error()};
        waveId = *wave;
    }
    FeedbackRepository feedback(db);
    FeedbackSurvey feedbackSurvey;
    if (options.kind == ImportKind::Feedback) {
        if (options.feedbackSurvey.trimmed().isEmpty())
            return Error{QCoreApplication::translate("Import", "%1: name the survey these answers belong to.").arg(fileName)};
        const auto survey = feedback.survey(options.feedbackSurvey.trimmed(), options.csatScale);
        if (!survey)
            return Error{QStringLiteral("%1: %2").arg(fileName, survey.error())};
        feedbackSurvey = *survey;
    }
    ComplaintStore complaints(db);
    QVector<ComplaintCategory> complaintCategories;
    QHash<QString, qint64> complaintLines; // reference → the line it is on
    const QDateTime importedAt = QDateTime::currentDateTime();
    if (options.kind == ImportKind::Complaints) {
        const auto list = complaints.categories(true);
        if (!list)
            return Error{list.error()};
        complaintCategories = *list;
    }
    SiteRepository sites(db);
    StaffRepository staff(db);
    InteractionRepository interactions(db);
    interactions.setBatchCounts(true);
    auto siteIds = codeIndex(db, QStringLiteral("sites"));
    if (!siteIds)
        return Error{siteIds.error()};
    QHash<QString, qint64> staffIds;
    if (options.kind == ImportKind::Interactions) {
        auto index = codeIndex(db, QStringLiteral("staff"));
        if (!index)
            return Error{index.error()};
        staffIds = *index;
    }
    QVector<PendingParent> pendingParents;
    TranscriptCollector transcripts(db, options.defaultSource);

    RowReader row(fileName, header.fields, mapping, fields);
    ImportSummary summary;
    CsvRecord record;
    while (reader.next(record)) {
        row.setRecord(&record);
        if (record.fields.size() != header.fields.size())
            return Error{QCoreApplication::translate("Import", "%1, line %2: %3 fields, but the header has %4. Check for a missing "
                            "or extra comma, or an unclosed quote.")
                             .arg(fileName)
                             .arg(record.line)
                             .arg(record.fields.size())
                             .arg(header.fields.size())};
        if (const auto missing = row.checkRequired())
            return *missing;

        switch (options.kind) {
        case ImportKind::Sites: {
            Site site;
            site.code = row.text(SiteCode);
            site.name = row.text(SiteName);
            const auto kind = parseSiteKind(row.text(SiteKindField));
            if (!kind)
                return row.error(SiteKindField, QCoreApplication::translate("Import", "\"%1\" is not store or team").arg(clip(row.text(SiteKindField))));
            site.kind = *kind;
            site.region = row.text(SiteRegion);
            const auto id = sites.upsert(site);
            if (!id)
                return Error{id.error()};
            siteIds->insert(site.code, *id);
            if (!row.text(SiteParent).isEmpty())
                pendingParents.push_back({*id, row.text(SiteParent), record});
            break;
        }
        case ImportKind::Staff: {
            StaffMember member;
            member.code = row.text(StaffCode);
            member.name = row.text(StaffName);
            const QString siteCode = row.text(StaffSite);
            const auto site = siteIds->constFind(siteCode);
            if (site == siteIds->constEnd())
                return row.error(StaffSite, QCoreApplication::translate("Import", "there is no site with code \"%1\"; import the "
                                               "sites first").arg(clip(siteCode)));
            member.siteId = *site;
            if (!row.text(StaffRole).isEmpty())
                member.role = row.text(StaffRole);
            if (!row.text(StaffActive).isEmpty()) {
                const auto active = parseBool(row.text(StaffActive));
                if (!active)
                    return row.error(StaffActive, QCoreApplication::translate("Import", "\"%1\" is not yes or no").arg(clip(row.text(StaffActive))));
                member.active = *active;
            }
            if (const auto id = staff.upsert(member); !id)
                return Error{id.error()};
            break;
        }
        case ImportKind::Interactions: {
            Interaction i;
            i.source = row.text(ISource).isEmpty() ? options.defaultSource : row.text(ISource);
            i.externalId = row.text(IExternalId);
            const QString channel = row.text(IChannel).toLower();
            const auto c = channelWords().constFind(channel);
            if (c == channelWords().constEnd())
                return row.error(IChannel, QCoreApplication::translate("Import", "\"%1\" is not a channel (call, chat, email, visit, "
                                              "social)").arg(clip(row.text(IChannel))));
            i.channel = *c;
            const auto site = siteIds->constFind(row.text(ISite));
            if (site == siteIds->constEnd())
                return row.error(ISite, QCoreApplication::translate("Import", "there is no site with code \"%1\"").arg(clip(row.text(ISite))));
            i.siteId = *site;
            if (!row.text(IStaff).isEmpty()) {
                const auto member = staffIds.constFind(row.text(IStaff));
                if (member == staffIds.constEnd())
                    return row.error(IStaff, QCoreApplication::translate("Import", "there is no staff member with code \"%1\"")
                                                 .arg(clip(row.text(IStaff))));
                i.staffId = *member;
            }
            i.customerRef = row.text(ICustomer);
            const auto started = parseDateTime(row.text(IStarted));
            if (!started)
                return row.error(IStarted, QCoreApplication::translate("Import", "\"%1\" is not a date and time (use 2024-03-05 14:30 "
                                              "or 2024/3/5 14:30)").arg(clip(row.text(IStarted))));
            i.startedAt = *started;
            const auto duration = row.seconds(IDuration);
            if (!duration)
                return Error{duration.error()};
            i.durationSeconds = *duration;
            const auto firstResponse = row.seconds(IFirstResponse);
            if (!firstResponse)
                return Error{firstResponse.error()};
            i.firstResponseSeconds = *firstResponse;
            const auto hold = row.seconds(IHold);
            if (!hold)
                return Error{hold.error()};
            i.holdSeconds = *hold;
            const auto resolution = row.seconds(IResolution);
            if (!resolution)
                return Error{resolution.error()};
            i.resolutionSeconds = *resolution;
            if (!row.text(IResolved).isEmpty()) {
                i.resolved = parseBool(row.text(IResolved));
                if (!i.resolved)
                    return row.error(IResolved, QCoreApplication::translate("Import", "\"%1\" is not yes or no").arg(clip(row.text(IResolved))));
            }
            i.recordingPath = row.text(IRecording);
            i.transcript = row.text(ITranscript);
            const auto id = interactions.upsert(i);
            if (!id)
                return Error{id.error()};
            summary.interactionIds.append(*id);
            break;
        }
        case ImportKind::Complaints: {
            const auto intake = readComplaintRow(row, feedback, *siteIds, options.defaultSource, complaintCategories);
            if (!intake)
                return Error{intake.error()};
            if (intake->receivedAt > importedAt.addSecs(60))
                return row.error(CReceived, QCoreApplication::translate("Import", "a complaint cannot be received later than now"));
            if (const auto line = complaintLines.constFind(intake->reference); line != complaintLines.constEnd())
                return row.error(CReference, QCoreApplication::translate("Import", "complaint \"%1\" is on line %2 already").arg(clip(intake->reference)).arg(*line));
            complaintLines.insert(intake->reference, record.line);
            // A complaint already taken in keeps the steps it has had: a file brought in again adds
            // only its new complaints.
            const auto existing = complaints.findReference(intake->reference);
            if (!existing)
                return Error{existing.error()};
            if (existing->has_value())
                break;
            if (const auto id = complaints.take(*intake, options.userId, importedAt, true); !id)
                return row.error(CReference, id.error());
            break;
        }
        case ImportKind::Transcripts: {
            const Status added = transcripts.add(row.text(TSource), row.text(TInteraction), row.text(TSpeaker), row.text(TStart),
                                                 row.text(TEnd), row.text(TText),
                                                 [&row](int field, const QString &problem) { return row.error(field, problem); });
            if (!added)
                return Error{added.error()};
            break;
        }
        case ImportKind::Feedback: {
            const auto r = readFeedbackRow(row, feedback, *siteIds, options.defaultSource, feedbackSurvey);
            if (!r)
                return Error{r.error()};
            if (const auto stored = feedback.upsert(feedbackSurvey.id, *r); !stored)
                return Error{stored.error()};
            break;
        }
        case ImportKind::Survey: {
            SurveyRecord r;
            r.respondentRef = row.text(SRespondent);
            const auto site = siteIds->constFind(row.text(SSite));
            if (site == siteIds->constEnd())
                return row.error(SSite, QCoreApplication::translate("Import", "there is no site with code \"%1\"").arg(clip(row.text(SSite))));
            r.siteId = *site;
            const auto answered = parseDateTime(row.text(SAnswered));
            if (!answered)
                return row.error(SAnswered, QCoreApplication::translate("Import", "\"%1\" is not a date and time (use 2024-03-05 14:30 "
                                                "or 2024/3/5 14:30)").arg(clip(row.text(SAnswered))));
            r.respondedAt = *answered;
            // 1–7 or empty: a missing answer stays missing.
            for (int f = SFirstExpectation; f < SFirstImportance; ++f) {
                const QString t = row.text(f);
                if (t.isEmpty())
                    continue;
                bool ok = false;
                const int v = t.toInt(&ok);
                if (!ok || v < 1 || v > 7)
                    return row.error(f, QCoreApplication::translate("Import", "\"%1\" is not an answer from 1 to 7").arg(clip(t)));
                auto &slot = f < SFirstPerception ? r.answers.expectation[f - SFirstExpectation]
                                                  : r.answers.perception[f - SFirstPerception];
                slot = v;
            }
            // Importance: all five dimensions or none, adding up to 100.
            int given = 0;
            std::array<double, DimensionCount> points{};
            for (int d = 0; d < DimensionCount; ++d) {
                const QString t = row.text(SFirstImportance + d);
                if (t.isEmpty())
                    continue;
                bool ok = false;
                points[d] = t.toDouble(&ok);
                if (!ok || !(points[d] >= 0 && points[d] <= 100)) // also "nan" and "inf", which toDouble() takes
                    return row.error(SFirstImportance + d, QCoreApplication::translate("Import", "\"%1\" is not a number of points").arg(clip(t)));
                ++given;
            }
            if (given > 0) {
                const double total = std::accumulate(points.cbegin(), points.cend(), 0.0);
                if (given < DimensionCount || std::abs(total - 100.0) > 0.5)
                    return row.error(SFirstImportance, QCoreApplication::translate("Import", "the importance points must be given for all "
                                                           "five dimensions and add up to 100 (they add up to %1)").arg(total));
                r.answers.importance = points;
            }
            if (const auto id = surveys.upsert(waveId, r); !id)
                return Error{id.error()};
            break;
        }
        }
        ++summary.rows;
        if (progress && summary.rows % 2000 == 0 && !progress(reader.bytesRead(), totalBytes))
            return Error{QCoreApplication::translate("Import", "Import of %1 cancelled; nothing was written.").arg(fileName)};
    }
    if (reader.hasError())
        return readerError();
    if (summary.rows == 0)
        return Error{QCoreApplication::translate("Import", "%1 has a header but no data rows.").arg(fileName)};

    // Parents may come later in the file than their children, so they are linked last.
    for (const PendingParent &p : pendingParents) {
        const auto parent = siteIds->constFind(p.parentCode);
        row.setRecord(&p.record);
        if (parent == siteIds->constEnd())
            return row.error(SiteParent, QCoreApplication::translate("Import", "there is no site with code \"%1\"").arg(clip(p.parentCode)));
        if (*parent == p.siteId)
            return row.error(SiteParent, QCoreApplication::translate("Import", "a site cannot be its own parent"));
        if (const Status s = sites.setParent(p.siteId, *parent); !s)
            return Error{s.error()};
    }
    if (!pendingParents.isEmpty()) {
        if (const auto loop = findParentLoop(db, pendingParents); !loop)
            return Error{loop.error()};
        else if (loop->has_value()) {
            row.setRecord(&pendingParents[loop->value().first].record);
            return row.error(SiteParent, QCoreApplication::translate("Import", "the parents go round in a loop (%1)").arg(loop->value().second));
        }
    }

    if (const Status s = interactions.flush(); !s)
        return Error{s.error()};
    if (listIndexes) {
        if (const Status s = listIndexes->make(); !s)
            return Error{s.error()};
    }
    if (options.kind == ImportKind::Transcripts) {
        const auto ids = transcripts.write();
        if (!ids)
            return Error{ids.error()};
        summary.interactionIds = *ids;
    }
    const auto after = rowCount(db, options.kind);
    if (!after)
        return Error{after.error()};
    if (progress && !progress(totalBytes, totalBytes))
        return Error{QCoreApplication::translate("Import", "Import of %1 cancelled; nothing was written.").arg(fileName)};
    if (const Status s = transaction.commit(); !s)
        return Error{s.error()};
    summary.inserted = *after - *before;
    // A file of turns counts the interactions whose transcripts it replaced.
    summary.updated = options.kind == ImportKind::Transcripts ? summary.interactionIds.size() : summary.rows - summary.inserted;
    summary.encoding = reader.encoding();
    // The alerts the new contacts or answers cause appear now, not at the next look. The import
    // itself is committed: an alert that cannot be raised now is raised by the next writer.
    if (options.raiseAlerts && (options.kind == ImportKind::Interactions || options.kind == ImportKind::Feedback)) {
        if (const auto raised = raiseAlerts(db); raised)
            summary.newAlerts = *raised;
    }
    return summary;
}

} // namespace servqa
