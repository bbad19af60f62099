#include "transcript.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace servqa {

QString speakerKey(Speaker speaker)
{
    switch (speaker) {
    case Speaker::Agent: return QStringLiteral("agent");
    case Speaker::Customer: return QStringLiteral("customer");
    case Speaker::System: return QStringLiteral("system");
    case Speaker::Unknown: break;
    }
    return {};
}

std::optional<Speaker> speakerFromKey(const QString &key)
{
    for (Speaker s : {Speaker::Agent, Speaker::Customer, Speaker::System}) {
        if (key == speakerKey(s))
            return s;
    }
    return std::nullopt;
}

QString speakerName(Speaker speaker)
{
    switch (speaker) {
    case Speaker::Agent: return QCoreApplication::translate("Transcript", "Agent");
    case Speaker::Customer: return QCoreApplication::translate("Transcript", "Customer");
    case Speaker::System: return QCoreApplication::translate("Transcript", "System or bot");
    case Speaker::Unknown: break;
    }
    return QCoreApplication::translate("Transcript", "Unknown speaker");
}

SpeakerWords SpeakerWords::defaults()
{
    return {{QStringLiteral("坐席"), QStringLiteral("客服"), QStringLiteral("Agent")},
            {QStringLiteral("客户"), QStringLiteral("顾客"), QStringLiteral("Customer")},
            {QStringLiteral("系统"), QStringLiteral("机器人"), QStringLiteral("System"), QStringLiteral("Bot")}};
}

std::optional<double> parseTranscriptTime(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() > 3)
        return std::nullopt;
    double seconds = 0;
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const double v = parts.at(i).toDouble(&ok);
        // toDouble() also takes "inf" and "nan"; only the last part may have a fraction.
        if (!ok || !std::isfinite(v) || v < 0 || (i > 0 && v >= 60) || (i + 1 < parts.size() && v != std::floor(v)))
            return std::nullopt;
        seconds = seconds * 60 + v;
    }
    if (seconds > LongestTranscriptSeconds)
        return std::nullopt;
    return seconds;
}

namespace {

struct Word
{
    QString word;
    Speaker speaker;
};

} // namespace

QVector<Turn> parseTranscript(const QString &text, const SpeakerWords &words)
{
    static const QRegularExpression timePrefix(
        QStringLiteral("^\\[\\s*([0-9:.]+)\\s*(?:[-–]\\s*([0-9:.]+)\\s*)?\\]\\s*"));
    QVector<Word> all;
    for (const QString &w : words.agent)
        all.append({w, Speaker::Agent});
    for (const QString &w : words.customer)
        all.append({w, Speaker::Customer});
    for (const QString &w : words.system)
        all.append({w, Speaker::System});
    // The longest word first, so that "客服中心" would win over "客服".
    std::stable_sort(all.begin(), all.end(), [](const Word &a, const Word &b) { return a.word.size() > b.word.size(); });

    QVector<Turn> turns;
    int lineStart = 0;
    while (lineStart <= text.size()) {
        int lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        int contentEnd = lineEnd;
        if (contentEnd > lineStart && text.at(contentEnd - 1) == QLatin1Char('\r'))
            --contentEnd;
        int pos = lineStart;
        while (pos < contentEnd && text.at(pos).isSpace())
            ++pos;
        if (pos < contentEnd) {
            std::optional<double> at, end;
            const auto m = timePrefix.match(QStringView(text).mid(pos, contentEnd - pos));
            if (m.hasMatch()) {
                at = parseTranscriptTime(m.captured(1));
                if (!m.captured(2).isEmpty())
                    end = parseTranscriptTime(m.captured(2));
                if (at)
                    pos += m.capturedLength(0);
                else
                    end.reset();
            }
            Speaker speaker = Speaker::Unknown;
            for (const Word &w : all) {
                if (w.word.isEmpty() || QStringView(text).mid(pos, w.word.size()).compare(w.word, Qt::CaseInsensitive) != 0)
                    continue;
                int p = pos + int(w.word.size());
                while (p < contentEnd && text.at(p) == QLatin1Char(' '))
                    ++p;
                if (p < contentEnd && (text.at(p) == QLatin1Char(':') || text.at(p) == QChar(0xFF1A))) {
                    speaker = w.speaker;
                    pos = p + 1;
                    while (pos < contentEnd && text.at(pos).isSpace())
                        ++pos;
                    break;
                }
            }
            if (speaker == Speaker::Unknown && !at && !turns.isEmpty()) {
                // A line of its own continues the turn before it.
                // Its text is the transcript's own from the turn's start, so that places in it
                // are places in the transcript.
                Turn &last = turns.last();
                last.length = contentEnd - last.start;
                last.text = text.mid(last.start, last.length);
            } else {
                Turn t;
                t.speaker = speaker;
                t.at = at;
                t.end = end;
                t.start = pos;
                t.length = contentEnd - pos;
                t.text = text.mid(pos, contentEnd - pos);
                turns.append(t);
            }
        }
        lineStart = lineEnd + 1;
    }
    return turns;
}

QString transcriptTime(double seconds)
{
    const qint64 tenths = qRound64(seconds * 10);
    const qint64 whole = tenths / 10;
    QString text = whole >= 3600 ? QStringLiteral("%1:%2:%3")
                                       .arg(whole / 3600)
                                       .arg(whole / 60 % 60, 2, 10, QLatin1Char('0'))
                                       .arg(whole % 60, 2, 10, QLatin1Char('0'))
                                 : QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
    if (tenths % 10 != 0)
        text += QLatin1Char('.') + QString::number(tenths % 10);
    return text;
}

QString formatTranscript(const QVector<Turn> &turns, const SpeakerWords &words)
{
    QStringList lines;
    for (const Turn &t : turns) {
        QString line;
        if (t.at) {
            line += QLatin1Char('[') + transcriptTime(*t.at);
            if (t.end)
                line += QLatin1Char('-') + transcriptTime(*t.end);
            line += QStringLiteral("] ");
        }
        const QStringList *list = t.speaker == Speaker::Agent      ? &words.agent
                                  : t.speaker == Speaker::Customer ? &words.customer
                                  : t.speaker == Speaker::System   ? &words.system
                                                                   : nullptr;
        if (list && !list->isEmpty()) {
            const QString &w = list->first();
            const bool cjk = !w.isEmpty() && w.at(0).unicode() >= 0x2E80;
            line += w + (cjk ? QStringLiteral("：") : QStringLiteral(": "));
        }
        line += t.text;
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace servqa
