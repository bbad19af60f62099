#pragma once

#include "csvimporter.h"
#include "result.h"
#include "transcript.h"

#include <QHash>
#include <QPair>
#include <QSqlQuery>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

// Timed transcripts (docs/formats.md, "Timed transcripts"): the turns of interactions already in
// the workspace — a call's speech-to-text, a chat log — from a CSV file with a row per turn or a
// JSON file, each interaction's transcript replaced by them in the form parseTranscript() reads.
namespace servqa {

class Database;

// Field indexes of a CSV file of turns, matching importFields(ImportKind::Transcripts).
enum TranscriptField { TInteraction, TSource, TSpeaker, TStart, TEnd, TText };

// Whether a file is JSON rather than CSV: the first byte that is not blank (after a byte-order
// mark) is '{'. A CSV header never starts so.
bool looksLikeJson(const QString &path);

// Gathers the turns of a file, interaction by interaction, checking each as it comes: the
// interaction is in the workspace, the speaker is a speaker, the times are times and go forward.
// write() then replaces each interaction's transcript, in the caller's transaction.
class TranscriptCollector
{
public:
    // The message for a problem with one field of the turn being added, naming its place.
    using FieldError = std::function<Error(int field, const QString &problem)>;

    TranscriptCollector(Database &db, QString defaultSource);
    ~TranscriptCollector();

    // Texts as the file gives them; an empty source is the default one.
    Status add(const QString &source, const QString &externalId, const QString &speaker, const QString &start,
               const QString &end, const QString &text, const FieldError &error);
    // Replaces the transcripts; returns the interactions in the order the file first named them.
    Result<QVector<qint64>> write();
    qint64 turns() const { return m_turns; }

private:
    struct Pending
    {
        qint64 interactionId = 0;
        QVector<Turn> turns;
    };
    Result<qint64> interactionId(const QString &source, const QString &externalId);

    Database &m_db;
    QString m_defaultSource;
    SpeakerWords m_words; // the workspace's: what the stored transcripts are written and read with
    QHash<QPair<QString, QString>, int> m_index; // (source, external id) → m_pending
    QVector<Pending> m_pending;
    std::unique_ptr<QSqlQuery> m_find;
    qint64 m_turns = 0;
};

// The JSON form: reads the whole file (up to a limit), then adds its turns in one transaction.
Result<ImportSummary> importTranscriptJson(Database &db, const QString &path, const ImportOptions &options,
                                           const ImportProgress &progress = {});

} // namespace servqa
