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
// brings the filled checklist back (docs/mystery-shopping.md): one JSON file with the visit's
// details, the checklist version, and a key. The shopper's copy of ServQA fills it in and
// signs the answers and evidence with the key (HMAC-SHA256); the workspace takes it back only
// if it is its own package for that visit, unchanged since it was signed, and not applied yet.

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
// The shopper's side: writes the filled, signed package to `outPath`.
Status fillVisitPackage(const QString &packagePath, const FilledVisit &filled, const QString &outPath);
// A QA lead imports a filled package: the visit is started, answered, given its evidence and
// submitted in one transaction, or nothing changes. Returns the visit's id.
Result<qint64> importVisitPackage(Database &db, qint64 userId, const QString &path);

// The shopper's side, in the app: a small private workspace made from the package, holding
// just this visit (its store, checklist and a shopper user), so the shopper fills it with the
// same editor, crash-safe, offline. Opening the same package again resumes the same workspace.
// Returns the local visit's id.
Result<qint64> openPackageWorkspace(Database &workspace, const QString &packagePath);
// The package a workspace was made from, or empty for an ordinary workspace.
QString packageSource(Database &workspace);
// Writes the filled, signed package from the package workspace once its visit is submitted.
Status writeFilledPackage(Database &workspace, const QString &outPath);

// The workspace's identity (a UUID made on first use), so packages are not taken by another.
Result<QString> workspaceId(Database &db);

} // namespace servqa
