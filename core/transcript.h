#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace servqa {

// Who spoke a turn of a conversation. Unknown: a line with no speaker's word before it (an email's
// body, a transcript without labels) — rules about who said it never match it.
enum class Speaker { Unknown, Agent, Customer, System };
QString speakerKey(Speaker speaker); // "agent", "customer", "system", "" for Unknown
std::optional<Speaker> speakerFromKey(const QString &key);
QString speakerName(Speaker speaker); // translated

// One turn: who, when (seconds from the start, when the transcript is timed) and what. `start` and
// `length` place the text in the transcript it was read from, so that a rule's match can be shown
// and highlighted where the inspector reads it.
struct Turn
{
    Speaker speaker = Speaker::Unknown;
    std::optional<double> at;  // seconds from the start
    std::optional<double> end; // seconds from the start, when the source gave it
    QString text;
    int start = 0;  // of `text` in the transcript
    int length = 0; // of `text` in the transcript (a turn of several lines spans them)
};

// The words that name a speaker at the start of a line ("坐席：", "Agent: "), settable per workspace;
// matched without regard to case, followed by a full-width or ASCII colon.
struct SpeakerWords
{
    QStringList agent, customer, system;
    static SpeakerWords defaults();
};

// A transcript as a sequence of turns (docs/formats.md, "Transcripts"). Each line that starts with
// a speaker's word starts a turn; other lines continue the turn before (or make an Unknown turn).
// A timed line starts with its time in brackets: "[1:05] 坐席：…", "[0:01:05]", "[65.5]", or from–to
// "[1:05-1:09]". Empty lines are skipped.
QVector<Turn> parseTranscript(const QString &text, const SpeakerWords &words = SpeakerWords::defaults());

// Writes turns in the form parseTranscript() reads: "[m:ss] Agent: text" per turn (times when the
// turn has them), the speaker's word the first of the list given (its language).
QString formatTranscript(const QVector<Turn> &turns, const SpeakerWords &words = SpeakerWords::defaults());

// "1:05", "1:02:03" — a time in a timed transcript.
QString transcriptTime(double seconds);
// The other way: "1:05", "0:01:05", "65.5" (seconds, a fraction allowed in the last part) in
// seconds; nothing for anything else, a negative or an endless number, or more than 30 days (no
// conversation is that long; a larger number is a broken file).
std::optional<double> parseTranscriptTime(const QString &text);
constexpr double LongestTranscriptSeconds = 30.0 * 24 * 3600;

} // namespace servqa
