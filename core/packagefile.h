#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <functional>

namespace servqa {

// The container of a visit package (format 2, docs/formats.md), read as a stream so that a
// package never sits in memory whole:
//
//   SERVQA-VISIT-PACKAGE 2\n
//   <length of the manifest in bytes, decimal>\n
//   <the manifest: UTF-8 JSON>
//   <each evidence file's bytes, in the order and sizes the manifest lists>
//   \nSIGNATURE <HMAC-SHA256 of everything before this line, 64 hex digits>\n   (filled packages)
//
// What the manifest says is visitpackage.cpp's business; this file knows only the sizes.
namespace packagefile {

struct Contents
{
    QJsonObject manifest;
    QVector<qint64> evidenceSizes; // from manifest.filled.evidence[].size
    qint64 evidenceOffset = 0;     // where the first evidence file starts
    qint64 size = 0;               // of the whole file
    QByteArray signature;          // hex; empty for a package not filled yet
    QByteArray headSha256;         // of the bytes read up to evidenceOffset: the header and manifest
};

// Reads the header and manifest and checks that the file is exactly as long as they say,
// refusing a file larger than `maxBytes` before reading it and any evidence file larger than
// `maxEvidenceBytes`. Errors name the file.
Result<Contents> read(const QString &path, qint64 maxBytes, qint64 maxEvidenceBytes);

// Whether the signature is the HMAC of the file under `key`, read in chunks, and the file signed
// is the one `contents` was read from: its header and manifest the same bytes, its size the same
// (a file replaced between the two reads is not taken on another file's signature).
Result<bool> verify(const QString &path, const Contents &contents, const QByteArray &key);

// Hands each evidence file to `take` in turn, one in memory at a time.
Status forEachEvidence(const QString &path, const Contents &contents,
                       const std::function<Status(int index, const QByteArray &data)> &take);

// Writes a package whole or not at all: the manifest, the evidence files, and, when `key` is
// given, the signature. When `beforeRename` is given, it runs once every byte is written and
// before the file takes the path; if it fails, the file that was at the path stays as it was
// (a package the workspace has not yet recorded never replaces one).
Status write(const QString &path, const QJsonObject &manifest, const QVector<QByteArray> &evidence, const QByteArray &key,
             const std::function<Status()> &beforeRename = {});

} // namespace packagefile
} // namespace servqa
