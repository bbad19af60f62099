// The evidence a mystery shopper hands in with a visit (photos, receipts, recordings): kept in the
// workspace, hashed, its capture time read from EXIF, and a file seen in another visit named.
#include "visits.h"

#include "database.h"
#include "exif.h"
#include "timeutil.h"
#include "workspacesettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace servqa {

namespace {

constexpr const char *EvidenceKeys[] = {"photo", "receipt", "audio", "other"};

} // namespace

QString evidenceKindKey(EvidenceKind kind)
{
    return QString::fromLatin1(EvidenceKeys[int(kind)]);
}

std::optional<EvidenceKind> evidenceKindFromKey(const QString &key)
{
    for (int i = 0; i < 4; ++i) {
        if (key == QLatin1String(EvidenceKeys[i]))
            return EvidenceKind(i);
    }
    return std::nullopt;
}

QString evidenceKindName(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Photo: return QCoreApplication::translate("Visits", "Photo");
    case EvidenceKind::Receipt: return QCoreApplication::translate("Visits", "Receipt");
    case EvidenceKind::Audio: return QCoreApplication::translate("Visits", "Audio");
    case EvidenceKind::Other: return QCoreApplication::translate("Visits", "Other");
    }
    return {};
}

namespace {

QString tooLarge(const QString &name, qint64 bytes, qint64 limit)
{
    return QCoreApplication::translate("Visits", "%1 is %2; an evidence file may be at most %3 (Settings ▸ Mystery-shop evidence). "
                                                 "Attach a smaller photo (most phones can send a reduced size).")
        .arg(name, QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat), QLocale().formattedDataSize(limit, 1, QLocale::DataSizeTraditionalFormat));
}

} // namespace

Result<EvidenceAdded> VisitService::addEvidence(qint64 visitId, const QString &itemKey, const QString &path, EvidenceKind kind)
{
    // Refused before it is read: a 300 MB photo once took gigabytes of memory on its way in.
    const qint64 limit = WorkspaceSettings(m_db).evidenceLimit();
    if (QFileInfo(path).size() > limit)
        return Error{tooLarge(QFileInfo(path).fileName(), QFileInfo(path).size(), limit)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Visits", "Cannot read %1: %2").arg(path, file.errorString())};
    return addEvidenceData(visitId, itemKey, file.readAll(), QFileInfo(path).fileName(), kind);
}

Result<EvidenceAdded> VisitService::addEvidenceData(qint64 visitId, const QString &itemKey, const QByteArray &data,
                                                    const QString &originalName, EvidenceKind kind)
{
    const auto v = requireStatus(visitId, {VisitStatus::InProgress, VisitStatus::Submitted});
    if (!v)
        return Error{v.error()};
    if (data.isEmpty())
        return Error{QCoreApplication::translate("Visits", "%1 is empty.").arg(originalName)};
    if (const qint64 limit = WorkspaceSettings(m_db).evidenceLimit(); data.size() > limit)
        return Error{tooLarge(originalName, data.size(), limit)};
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT original_name FROM visit_evidence WHERE visit_id = ? AND sha256 = ?"));
    q.addBindValue(visitId);
    q.addBindValue(sha);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (q.next())
        return Error{QCoreApplication::translate("Visits", "%1 is already attached to this visit (as %2).").arg(originalName, q.value(0).toString())};
    EvidenceAdded added;
    q.prepare(QStringLiteral("SELECT DISTINCT visit_id FROM visit_evidence WHERE sha256 = ? AND visit_id <> ? ORDER BY visit_id"));
    q.addBindValue(sha);
    q.addBindValue(visitId);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    while (q.next())
        added.alsoInVisits << q.value(0).toLongLong();
    const auto captured = exifCaptureTime(data);
    q.prepare(QStringLiteral("INSERT INTO visit_evidence (visit_id, item_key, sha256, size, original_name, kind, captured_at, "
                             "added_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(visitId);
    q.addBindValue(notNull(itemKey));
    q.addBindValue(sha);
    q.addBindValue(qint64(data.size()));
    q.addBindValue(notNull(originalName));
    q.addBindValue(evidenceKindKey(kind));
    q.addBindValue(captured ? QVariant(toStored(*captured)) : QVariant());
    q.addBindValue(nowStored());
    q.addBindValue(data);
    const auto id = execReturningId(q, m_db);
    if (!id)
        return Error{id.error()};
    added.id = *id;
    return added;
}

Result<QVector<EvidenceFile>> VisitService::evidence(qint64 visitId, bool withData)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, item_key, sha256, size, original_name, kind, captured_at, added_at")
              + (withData ? QStringLiteral(", data") : QString())
              + QStringLiteral(" FROM visit_evidence WHERE visit_id = ? ORDER BY id"));
    q.addBindValue(visitId);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<EvidenceFile> files;
    while (q.next()) {
        EvidenceFile f;
        f.id = q.value(0).toLongLong();
        f.visitId = visitId;
        f.itemKey = q.value(1).toString();
        f.sha256 = q.value(2).toString();
        f.size = q.value(3).toLongLong();
        f.originalName = q.value(4).toString();
        f.kind = evidenceKindFromKey(q.value(5).toString()).value_or(EvidenceKind::Other);
        if (!q.value(6).isNull())
            f.capturedAt = fromStored(q.value(6).toLongLong());
        f.addedAt = fromStored(q.value(7).toLongLong());
        if (withData)
            f.data = q.value(8).toByteArray();
        files << f;
    }
    return files;
}

Status VisitService::removeEvidence(qint64 evidenceId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT visit_id FROM visit_evidence WHERE id = ?"));
    q.addBindValue(evidenceId);
    if (const Status s = execQuery(q, m_db); !s)
        return s;
    if (!q.next())
        return Error{QCoreApplication::translate("Visits", "There is no evidence file %1.").arg(evidenceId)};
    const qint64 visitId = q.value(0).toLongLong();
    if (const auto v = requireStatus(visitId, {VisitStatus::InProgress}); !v)
        return Error{v.error()};
    q.prepare(QStringLiteral("DELETE FROM visit_evidence WHERE id = ?"));
    q.addBindValue(evidenceId);
    return execQuery(q, m_db);
}

} // namespace servqa
