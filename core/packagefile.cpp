#include "packagefile.h"

#include "outputfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QSaveFile>

namespace servqa {
namespace packagefile {

namespace {

const QByteArray Magic("SERVQA-VISIT-PACKAGE 2\n");
const QByteArray SignatureTag("\nSIGNATURE ");
constexpr qint64 SignatureLength = 11 + 64 + 1; // tag, hex digits, newline
constexpr qint64 MaxManifestBytes = 16 * 1024 * 1024;
constexpr qint64 Chunk = 1024 * 1024;

// Sentences for the user, translated in the "VisitPackage" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(VisitPackage)
};

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

Error notAPackage(const QString &path)
{
    return Error{Text::tr("%1 is not a ServQA visit package.").arg(path)};
}

Error cutShort(const QString &path)
{
    return Error{Text::tr("%1 is damaged or cut short: its length does not match its contents. Ask for it to be sent again.").arg(path)};
}

} // namespace

Result<Contents> read(const QString &path, qint64 maxBytes, qint64 maxEvidenceBytes)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Error{Text::tr("%1 is not a file.").arg(path)};
    Contents c;
    c.size = info.size();
    if (c.size > maxBytes)
        return Error{Text::tr("%1 is %2, more than the %3 a visit package may be (Settings ▸ Mystery-shop evidence). Ask the shopper for "
                        "smaller photos, or raise the limit.")
                         .arg(path, size(c.size), size(maxBytes))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("Cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray magic = file.read(Magic.size());
    if (magic != Magic) {
        if (magic.startsWith('{'))
            return Error{Text::tr("%1 was made by an earlier version of ServQA; export the visit again.").arg(path)};
        if (magic.startsWith("SERVQA-VISIT-PACKAGE "))
            return Error{Text::tr("%1 was made by a newer version of ServQA.").arg(path)};
        return notAPackage(path);
    }
    const QByteArray lengthLine = file.readLine(24);
    bool ok = false;
    const qint64 manifestLength = lengthLine.trimmed().toLongLong(&ok);
    if (!ok || !lengthLine.endsWith('\n') || manifestLength <= 0 || manifestLength > MaxManifestBytes)
        return notAPackage(path);
    const QByteArray json = file.read(manifestLength);
    if (json.size() != manifestLength)
        return cutShort(path);
    c.headSha256 = QCryptographicHash::hash(QByteArray(magic + lengthLine + json), QCryptographicHash::Sha256);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return notAPackage(path);
    c.manifest = doc.object();
    c.evidenceOffset = file.pos();

    const QJsonObject filled = c.manifest.value(QLatin1String("filled")).toObject();
    qint64 evidenceBytes = 0;
    const QJsonArray evidence = filled.value(QLatin1String("evidence")).toArray();
    for (const QJsonValue &v : evidence) {
        const QJsonValue bytes = v.toObject().value(QLatin1String("size"));
        const double d = bytes.toDouble(-1);
        if (!bytes.isDouble() || d < 1 || d != double(qint64(d)))
            return notAPackage(path);
        const qint64 n = qint64(d);
        if (n > maxEvidenceBytes)
            return Error{Text::tr("%1 holds an evidence file of %2, more than the %3 one may be (Settings ▸ Mystery-shop evidence).")
                             .arg(path, size(n), size(maxEvidenceBytes))};
        c.evidenceSizes << n;
        evidenceBytes += n;
    }
    const bool signedPackage = !filled.isEmpty();
    const qint64 expected = c.evidenceOffset + evidenceBytes + (signedPackage ? SignatureLength : 0);
    if (expected != c.size)
        return cutShort(path);
    if (signedPackage) {
        if (!file.seek(c.size - SignatureLength))
            return cutShort(path);
        const QByteArray trailer = file.read(SignatureLength);
        if (!trailer.startsWith(SignatureTag) || !trailer.endsWith('\n'))
            return cutShort(path);
        c.signature = trailer.mid(SignatureTag.size(), 64);
    }
    return c;
}

Result<bool> verify(const QString &path, const Contents &contents, const QByteArray &key)
{
    if (contents.signature.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() != contents.size)
        return false; // not the file that was read
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    QCryptographicHash head(QCryptographicHash::Sha256);
    qint64 left = contents.size - SignatureLength, headLeft = contents.evidenceOffset;
    while (left > 0) {
        const QByteArray chunk = file.read(qMin(left, Chunk));
        if (chunk.isEmpty())
            return cutShort(path);
        mac.addData(chunk);
        if (headLeft > 0) {
            head.addData(QByteArrayView(chunk).first(qMin<qint64>(headLeft, chunk.size())));
            headLeft -= qMin<qint64>(headLeft, chunk.size());
        }
        left -= chunk.size();
    }
    if (head.result() != contents.headSha256)
        return false; // the manifest signed is not the one read
    // Compared in full whatever differs first, so the time taken says nothing about the key.
    const QByteArray computed = mac.result().toHex();
    int difference = computed.size() ^ contents.signature.size();
    for (int i = 0; i < qMin(computed.size(), contents.signature.size()); ++i)
        difference |= computed[i] ^ contents.signature[i];
    return difference == 0;
}

Status forEachEvidence(const QString &path, const Contents &contents, const std::function<Status(int, const QByteArray &)> &take)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(contents.evidenceOffset))
        return Error{Text::tr("Cannot read %1: %2").arg(path, file.errorString())};
    for (int i = 0; i < contents.evidenceSizes.size(); ++i) {
        const QByteArray data = file.read(contents.evidenceSizes[i]);
        if (data.size() != contents.evidenceSizes[i])
            return cutShort(path);
        if (const Status s = take(i, data); !s)
            return s;
    }
    return success();
}

Status write(const QString &path, const QJsonObject &manifest, const QVector<QByteArray> &evidence, const QByteArray &key,
             const std::function<Status()> &beforeRename)
{
    if (const Status s = checkOutputPath(path); !s)
        return s;
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Text::tr("Cannot write %1: %2").arg(path, file.errorString())};
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    bool ok = true;
    auto put = [&](const QByteArray &bytes) {
        ok = ok && file.write(bytes) == bytes.size();
        mac.addData(bytes);
    };
    const QByteArray json = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    put(Magic);
    put(QByteArray::number(json.size()) + '\n');
    put(json);
    for (const QByteArray &data : evidence)
        put(data);
    if (!key.isEmpty())
        ok = ok && file.write(SignatureTag + mac.result().toHex() + '\n') == SignatureLength;
    ok = ok && file.flush(); // a full disk is found here, before anything is recorded
    if (ok && beforeRename) {
        if (const Status s = beforeRename(); !s)
            return s; // the temporary file is removed with `file`
    }
    if (!ok || !file.commit())
        return Error{Text::tr("Cannot write %1: %2. Nothing was saved; check the disk and try again.").arg(path, file.errorString())};
    return success();
}

} // namespace packagefile
} // namespace servqa
