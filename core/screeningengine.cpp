// Whether a screening rule's condition holds for one interaction, and where (docs/screening.md).
#include "screeningrules.h"

#include <QHash>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>

namespace servqa {

namespace {

// The turns a phrase or pattern is looked for in: the speaker's (or everyone's), in the part named.
QVector<int> scopedTurns(const RuleScope &scope, const ScreeningSubject &subject)
{
    const QVector<Turn> &turns = subject.turns;
    QVector<int> own;
    for (int i = 0; i < turns.size(); ++i) {
        if (!scope.speaker || turns.at(i).speaker == *scope.speaker)
            own.append(i);
    }
    const int n = int(scope.n);
    switch (scope.part) {
    case RuleScope::Part::Anywhere: return own;
    case RuleScope::Part::FirstTurns: return own.mid(0, n);
    case RuleScope::Part::LastTurns: return own.mid(std::max(0, int(own.size()) - n));
    case RuleScope::Part::FirstSeconds: {
        QVector<int> in;
        for (int i : own) {
            if (turns.at(i).at && *turns.at(i).at <= scope.n)
                in.append(i);
        }
        return in;
    }
    case RuleScope::Part::LastSeconds: {
        double last = subject.interaction && subject.interaction->durationSeconds ? *subject.interaction->durationSeconds : 0;
        for (const Turn &t : turns)
            last = std::max({last, t.at.value_or(0), t.end.value_or(0)});
        QVector<int> in;
        for (int i : own) {
            if (turns.at(i).at && *turns.at(i).at >= last - scope.n)
                in.append(i);
        }
        return in;
    }
    }
    return own;
}

const QRegularExpression &compiled(const QString &pattern)
{
    static thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        it = cache.insert(pattern, QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                                                   | QRegularExpression::UseUnicodePropertiesOption));
        it->optimize();
    }
    return *it;
}

RuleHit textHit(const ScreeningSubject &subject, int turn, int offset, int length)
{
    const Turn &t = subject.turns.at(turn);
    RuleHit hit;
    hit.matched = true;
    hit.turn = turn;
    hit.start = t.start + offset;
    hit.length = length;
    hit.text = t.text.mid(offset, length);
    return hit;
}

// A text case-folded one UTF-16 unit (or surrogate pair) at a time, as Qt::CaseInsensitive
// compares: the same length, so a place in it is the same place in the text. (QString's
// toCaseFolded() may lengthen a text: "ß" folds to "ss".) A text that folds to itself — most
// Chinese turns — is shared, not copied.
QString foldedCopy(const QString &text)
{
    const auto *in = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    const auto fold = [](char16_t c) -> char16_t {
        if (c < 0x80)
            return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        if (c >= 0x3000 && c < 0xA000) // CJK punctuation, kana, ideographs: no case
            return c;
        if (QChar::isSurrogate(c))
            return c; // pairs below
        const char32_t f = QChar::toCaseFolded(char32_t(c));
        return QChar::requiresSurrogates(f) ? c : char16_t(f);
    };
    qsizetype i = 0;
    while (i < n && !QChar::isSurrogate(in[i]) && fold(in[i]) == in[i])
        ++i;
    if (i == n)
        return text;
    QString folded(text);
    auto *out = reinterpret_cast<char16_t *>(folded.data());
    for (; i < n; ++i) {
        const char16_t c = in[i];
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(in[i + 1])) {
            const char32_t f = QChar::toCaseFolded(QChar::surrogateToUcs4(c, in[i + 1]));
            if (QChar::requiresSurrogates(f)) {
                out[i] = QChar::highSurrogate(f);
                out[i + 1] = QChar::lowSurrogate(f);
            }
            ++i;
        } else {
            out[i] = fold(c);
        }
    }
    return folded;
}

// A phrase case-folded once per thread, not once per interaction.
const QString &foldedPhrase(const QString &phrase)
{
    static thread_local QHash<QString, QString> cache;
    auto it = cache.constFind(phrase);
    if (it == cache.constEnd())
        it = cache.insert(phrase, foldedCopy(phrase));
    return *it;
}

const QString &foldedText(const ScreeningSubject &subject, int turn)
{
    // Made for these turns: a subject given new turns folds them anew.
    if (subject.foldedFor != subject.turns.constData() || subject.folded.size() != subject.turns.size()) {
        subject.foldedFor = subject.turns.constData();
        subject.folded.fill(false, subject.turns.size());
        subject.foldedTexts.resize(subject.turns.size());
    }
    if (!subject.folded.at(turn)) {
        subject.foldedTexts[turn] = foldedCopy(subject.turns.at(turn).text);
        subject.folded[turn] = true;
    }
    return subject.foldedTexts.at(turn);
}

RuleHit phrases(const Condition &c, const ScreeningSubject &subject)
{
    const QVector<int> turns = scopedTurns(c.scope, subject);
    if (turns.isEmpty())
        return {};
    // Copies (shared, not deep): a reference into the cache would not survive its next insertion.
    QVarLengthArray<QString, 32> folded;
    for (const QString &phrase : c.phrases)
        folded.append(foldedPhrase(phrase));
    RuleHit first;
    int count = 0;
    QVector<bool> found(c.phrases.size(), false);
    for (int i : turns) {
        const QString &text = foldedText(subject, i);
        // The earliest match in this turn, of any phrase.
        int bestOffset = -1, bestLength = 0;
        for (int p = 0; p < folded.size(); ++p) {
            const QString &phrase = folded[p];
            if (phrase.isEmpty())
                continue;
            for (int at = int(text.indexOf(phrase)); at >= 0; at = int(text.indexOf(phrase, at + int(phrase.size())))) {
                ++count;
                found[p] = true;
                if (bestOffset < 0 || at < bestOffset) {
                    bestOffset = at;
                    bestLength = int(phrase.size());
                }
            }
        }
        if (!first.matched && bestOffset >= 0)
            first = textHit(subject, i, bestOffset, bestLength);
    }
    const bool all = !c.allOf || std::all_of(found.begin(), found.end(), [](bool f) { return f; });
    if (!all || count < c.atLeast)
        return {};
    return first;
}

RuleHit pattern(const Condition &c, const ScreeningSubject &subject)
{
    const QRegularExpression &re = compiled(c.pattern);
    RuleHit first;
    int count = 0;
    for (int i : scopedTurns(c.scope, subject)) {
        auto it = re.globalMatch(subject.turns.at(i).text);
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.capturedLength(0) == 0)
                continue;
            if (!first.matched)
                first = textHit(subject, i, int(m.capturedStart(0)), int(m.capturedLength(0)));
            ++count;
        }
    }
    return count >= c.atLeast ? first : RuleHit{};
}

RuleHit timed(int turn, const ScreeningSubject &subject, double seconds)
{
    RuleHit hit;
    hit.matched = true;
    hit.seconds = seconds;
    if (turn >= 0) {
        const Turn &t = subject.turns.at(turn);
        hit.turn = turn;
        hit.start = t.start;
        hit.length = t.length;
        hit.text = t.text;
    }
    return hit;
}

double endOf(const Turn &t)
{
    return t.end.value_or(*t.at);
}

RuleHit silence(const Condition &c, const ScreeningSubject &subject)
{
    const QVector<Turn> &turns = subject.turns;
    for (int i = 1; i < turns.size(); ++i) {
        if (!turns.at(i - 1).at || !turns.at(i).at)
            continue;
        const double gap = *turns.at(i).at - endOf(turns.at(i - 1));
        if (gap > *c.overSeconds)
            return timed(i, subject, gap);
    }
    return {};
}

std::optional<double> threshold(const Condition &c, const ScreeningSubject &subject)
{
    if (c.overSeconds)
        return c.overSeconds;
    if (subject.responseTarget)
        return double(*subject.responseTarget);
    return std::nullopt;
}

RuleHit firstResponse(const Condition &c, const ScreeningSubject &subject)
{
    const auto limit = threshold(c, subject);
    if (!limit)
        return {};
    const QVector<Turn> &turns = subject.turns;
    int agent = -1;
    std::optional<double> customerAt;
    for (int i = 0; i < turns.size() && agent < 0; ++i) {
        if (turns.at(i).speaker == Speaker::Agent)
            agent = i;
        else if (turns.at(i).speaker == Speaker::Customer && !customerAt)
            customerAt = turns.at(i).at;
    }
    std::optional<double> seconds;
    if (subject.interaction && subject.interaction->firstResponseSeconds)
        seconds = *subject.interaction->firstResponseSeconds;
    else if (agent >= 0 && turns.at(agent).at)
        seconds = *turns.at(agent).at - customerAt.value_or(0);
    if (!seconds || *seconds <= *limit)
        return {};
    return timed(agent, subject, *seconds);
}

RuleHit longestWait(const Condition &c, const ScreeningSubject &subject)
{
    const auto limit = threshold(c, subject);
    if (!limit)
        return {};
    bool waiting = false;
    double waitingSince = 0;
    double longest = -1;
    int longestTurn = -1;
    const QVector<Turn> &turns = subject.turns;
    for (int i = 0; i < turns.size(); ++i) {
        const Turn &t = turns.at(i);
        if (!t.at)
            continue;
        if (t.speaker == Speaker::Customer && !waiting) {
            waiting = true;
            waitingSince = endOf(t);
        } else if (t.speaker == Speaker::Agent && waiting) {
            const double wait = *t.at - waitingSince;
            if (wait > longest) {
                longest = wait;
                longestTurn = i;
            }
            waiting = false;
        }
    }
    if (longestTurn < 0 || longest <= *limit)
        return {};
    return timed(longestTurn, subject, longest);
}

RuleHit interruption(const Condition &c, const ScreeningSubject &subject)
{
    const QVector<Turn> &turns = subject.turns;
    int count = 0;
    RuleHit first;
    int customer = -1;
    for (int i = 0; i < turns.size(); ++i) {
        const Turn &t = turns.at(i);
        if (t.speaker == Speaker::Customer) {
            customer = i;
        } else if (t.speaker == Speaker::Agent && customer >= 0 && t.at && turns.at(customer).end) {
            const double overlap = *turns.at(customer).end - *t.at;
            if (overlap > 0) {
                if (!first.matched)
                    first = timed(i, subject, overlap);
                ++count;
            }
            customer = -1;
        }
    }
    return count >= c.atLeast ? first : RuleHit{};
}

bool compare(double a, const QString &op, double b)
{
    if (op == QLatin1String("="))
        return a == b;
    if (op == QLatin1String("!="))
        return a != b;
    if (op == QLatin1String(">"))
        return a > b;
    if (op == QLatin1String(">="))
        return a >= b;
    if (op == QLatin1String("<"))
        return a < b;
    return a <= b;
}

RuleHit metadata(const Condition &c, const ScreeningSubject &subject)
{
    const Interaction *i = subject.interaction;
    if (!i)
        return {};
    bool holds = false;
    std::optional<int> number;
    if (c.field == QLatin1String("duration"))
        number = i->durationSeconds;
    else if (c.field == QLatin1String("first_response"))
        number = i->firstResponseSeconds;
    else if (c.field == QLatin1String("hold"))
        number = i->holdSeconds;
    if (number) {
        holds = compare(*number, c.op, c.value.toDouble());
    } else {
        QString actual;
        if (c.field == QLatin1String("resolved") && i->resolved)
            actual = *i->resolved ? QStringLiteral("yes") : QStringLiteral("no");
        else if (c.field == QLatin1String("channel"))
            actual = channelKey(i->channel);
        else if (c.field == QLatin1String("site"))
            actual = subject.siteCode;
        if (!actual.isEmpty())
            holds = (actual.compare(c.value, Qt::CaseInsensitive) == 0) == (c.op == QLatin1String("="));
    }
    RuleHit hit;
    hit.matched = holds;
    if (holds && number)
        hit.seconds = *number;
    return hit;
}

bool earlier(const RuleHit &a, const RuleHit &b)
{
    if (a.turn < 0 || b.turn < 0)
        return a.turn >= 0 || b.turn < 0;
    return a.turn < b.turn || (a.turn == b.turn && a.start <= b.start);
}

} // namespace

bool readsTranscript(const Condition &c)
{
    switch (c.kind) {
    case Condition::Kind::Phrases:
    case Condition::Kind::Pattern:
    case Condition::Kind::Silence:
    case Condition::Kind::LongestWait:
    case Condition::Kind::Interruption: return true;
    default: break;
    }
    return std::any_of(c.children.cbegin(), c.children.cend(), [](const Condition &child) { return readsTranscript(child); });
}

namespace {

void speakersRead(const Condition &c, QVector<Speaker> &speakers)
{
    if ((c.kind == Condition::Kind::Phrases || c.kind == Condition::Kind::Pattern) && c.scope.speaker
        && !speakers.contains(*c.scope.speaker))
        speakers.append(*c.scope.speaker);
    for (const Condition &child : c.children)
        speakersRead(child, speakers);
}

} // namespace

bool canRead(const Condition &c, const QVector<Turn> &turns)
{
    if (!readsTranscript(c))
        return true;
    if (turns.isEmpty())
        return false;
    QVector<Speaker> speakers;
    speakersRead(c, speakers);
    return std::all_of(speakers.cbegin(), speakers.cend(), [&turns](Speaker s) {
        return std::any_of(turns.cbegin(), turns.cend(), [s](const Turn &t) { return t.speaker == s; });
    });
}

RuleHit evaluate(const Condition &c, const ScreeningSubject &subject)
{
    switch (c.kind) {
    case Condition::Kind::All: {
        RuleHit where;
        for (const Condition &child : c.children) {
            const RuleHit hit = evaluate(child, subject);
            if (!hit.matched)
                return {};
            if (where.turn < 0 && (hit.turn >= 0 || !where.matched))
                where = hit;
        }
        return where;
    }
    case Condition::Kind::Any: {
        RuleHit where;
        for (const Condition &child : c.children) {
            const RuleHit hit = evaluate(child, subject);
            if (hit.matched && (!where.matched || earlier(hit, where)))
                where = hit;
        }
        return where;
    }
    case Condition::Kind::Not: {
        RuleHit hit;
        hit.matched = !c.children.isEmpty() && !evaluate(c.children.first(), subject).matched;
        return hit;
    }
    case Condition::Kind::Before: {
        const RuleHit a = evaluate(c.children.value(0), subject);
        const RuleHit b = a.matched ? evaluate(c.children.value(1), subject) : RuleHit{};
        return a.matched && b.matched && a.turn >= 0 && b.turn >= 0 && earlier(a, b) ? a : RuleHit{};
    }
    case Condition::Kind::Phrases: return phrases(c, subject);
    case Condition::Kind::Pattern: return pattern(c, subject);
    case Condition::Kind::Silence: return silence(c, subject);
    case Condition::Kind::FirstResponse: return firstResponse(c, subject);
    case Condition::Kind::LongestWait: return longestWait(c, subject);
    case Condition::Kind::Interruption: return interruption(c, subject);
    case Condition::Kind::Metadata: return metadata(c, subject);
    case Condition::Kind::RepeatContact: {
        RuleHit hit;
        hit.matched = subject.earlierContacts.value(c.withinDays) >= c.atLeast;
        return hit;
    }
    }
    return {};
}

} // namespace servqa
