#pragma once

#include "result.h"
#include "scoreengine.h"
#include "visits.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

namespace servqa {

class Database;

// A visit package carries one visit to a mystery shopper who does not have the workspace, and
// brings the filled checklist back (docs/mystery-shopping.md, "Packages"). Format 2 is a small
// container read as a stream: a header line, a JSON manifest (the visit, the checklist version,
// and once filled the answers, times and a list of evidence files with their size and SHA-256),
// then each evidence file's bytes, then an HMAC-SHA256 over everything before it.
//
// The HMAC key is the shopper's own (shopper_keys): made in the workspace when a visit is first
// assigned to them, given to them once by the QA lead by hand (Visits ▸ Shopper key…), typed
// into their ServQA when they open their first package, and never written into a package. So a
// package taken back proves it was filled by someone holding that shopper's key and not changed
// since. The workspace also takes it only if it is its own package for that visit, the one last
// sent, not applied yet, within the size limits (WorkspaceSettings), with answers the checklist
// has, of the right kind, at times inside the visit's window and not in the future.
// What the shopper recorded.
struct FilledVisit
{
    QDateTime startedAt;
    QDateTime endedAt;
    Answers answers;
    QString comment;
    QHash<QString, QDateTime> answerTimes;
    struct File
    {
        QString itemKey;
        QString name;
        EvidenceKind kind = EvidenceKind::Photo;
        QByteArray data;
    };
    QVector<File> evidence;
};

// A QA lead exports an assigned visit. Exporting again makes the earlier package invalid.
Status exportVisitPackage(Database &db, qint64 userId, qint64 visitId, const QString &path);
// The shopper's side: writes the filled package, signed with the shopper's key, to `outPath`.
Status fillVisitPackage(const QString &packagePath, const FilledVisit &filled, const QString &shopperKey, const QString &outPath);
// A QA lead imports a filled package: the visit is started, answered, given its evidence and
// submitted in one transaction, or nothing changes. Returns the visit's id.
Result<qint64> importVisitPackage(Database &db, qint64 userId, const QString &path);

// The shopper's side, in the app: a small private workspace made from the package, holding
// just this visit (its store, checklist and a shopper user), so the shopper fills it with the
// same editor, crash-safe, offline. Opening the same package again resumes the same workspace.
// The shopper's key is asked for the first time (it is kept in the private workspace) and refused
// when it is not the key the package was made for. Returns the local visit's id.
Result<qint64> openPackageWorkspace(Database &workspace, const QString &packagePath, const QString &shopperKey = QString());
// Whether a package workspace already holds the shopper's key (else openPackageWorkspace needs it).
bool packageWorkspaceHasKey(Database &workspace);
// The package a workspace was made from, or empty for an ordinary workspace.
QString packageSource(Database &workspace);
// Writes the filled, signed package from the package workspace once its visit is submitted.
Status writeFilledPackage(Database &workspace, const QString &outPath);

// The workspace's identity (a UUID made on first use), so packages are not taken by another.
Result<QString> workspaceId(Database &db);

// A shopper's key as the QA lead reads it out ("ABCD-EFGH-…", 120 random bits), made on first
// use. Only a QA lead or an admin may see it.
Result<QString> shopperKey(Database &db, qint64 leadId, qint64 shopperId);
// Makes the shopper's key if there is none yet (when a visit is assigned to them).
Status ensureShopperKey(Database &db, qint64 shopperId);
// The key's 15 bytes from what a shopper typed (dashes, spaces and case do not matter); empty
// when it is not a key.
QByteArray decodeShopperKey(const QString &typed);

} // namespace servqa
