#pragma once

#include "result.h"
#include "transcript.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace servqa {

class Database;

// Settings that belong to the workspace rather than to one computer, so that every report
// made from it (in the app or with servqa-cli) carries the same organisation name and logo,
// and they travel with the file.
class WorkspaceSettings
{
public:
    explicit WorkspaceSettings(Database &db) : m_db(db) {}

    QString organisationName() const;
    Status setOrganisationName(const QString &name);
    QByteArray logo() const; // image file bytes (PNG, JPEG, SVG), empty for none
    Status setLogo(const QByteArray &image);

    // The first-response target of each channel in seconds (response_targets; see
    // docs/reports.md), by channel key ("call", "chat", …).
    Result<QMap<QString, int>> responseTargets() const;
    Status setResponseTarget(const QString &channel, int seconds);

    // Mystery-shop evidence: the largest file a shopper may attach, and the largest visit package
    // taken back (docs/mystery-shopping.md); both refused with a sentence before being read.
    qint64 evidenceLimit() const;
    qint64 packageLimit() const;
    Status setEvidenceLimits(qint64 evidenceBytes, qint64 packageBytes);

    // The run rules of the control charts and their alerts (a bit per rule, spc::ruleBit): the
    // Western Electric rules 1–4 unless changed; at least one.
    unsigned runRules() const;
    Status setRunRules(unsigned rules);

    // The words that name a speaker at the start of a transcript's line (docs/formats.md,
    // "Transcripts"): the defaults (坐席/客服/Agent …) until changed. Each role needs a word; a word
    // has no colon and names one role only.
    SpeakerWords speakerWords() const;
    Status setSpeakerWords(const SpeakerWords &words);

    static constexpr int MaxLogoBytes = 512 * 1024;
    static constexpr qint64 DefaultEvidenceLimit = 25LL * 1024 * 1024;
    static constexpr qint64 DefaultPackageLimit = 200LL * 1024 * 1024;

private:
    QString value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);

    Database &m_db;
};

} // namespace servqa
