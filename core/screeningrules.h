#pragma once

#include "interactionrepository.h"
#include "result.h"
#include "transcript.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace servqa {

// Automatic screening (智能质检, docs/screening.md): rules a QA lead can read, run over every
// interaction's transcript and timings.

// Where in a conversation a phrase or pattern counts: who said it, and in which part.
struct RuleScope
{
    enum class Part { Anywhere, FirstTurns, LastTurns, FirstSeconds, LastSeconds };
    std::optional<Speaker> speaker; // none: anyone
    Part part = Part::Anywhere;
    double n = 0; // turns or seconds
};

// A condition of a rule: a test of the conversation, or AND/OR/NOT of conditions.
struct Condition
{
    enum class Kind {
        All,           // every child holds
        Any,           // one child holds
        Not,           // the one child does not hold
        Before,        // both children hold, the first's match no later than the second's
        Phrases,       // any (or all) of a list of phrases, at least `atLeast` times, in the scope
        Pattern,       // a regular expression, at least `atLeast` times, in the scope
        Silence,       // a gap between two turns longer than `overSeconds` (timed transcripts)
        FirstResponse, // the agent's first response later than `overSeconds` or the channel's target
        LongestWait,   // the longest wait for the agent after a customer's turn, the same
        Interruption,  // an agent's turn starting before the customer's ends, `atLeast` times
        Metadata,      // the interaction's own data: `field op value`
        RepeatContact, // the same customer's contacts in the `withinDays` before, `atLeast` of them
    };
    Kind kind = Kind::Phrases;
    QVector<Condition> children;
    QStringList phrases;
    bool allOf = false;
    QString pattern;
    RuleScope scope;
    int atLeast = 1;
    std::optional<double> overSeconds; // none: the channel's response target
    QString field;                     // duration, first_response, hold, resolved, channel, site
    QString op;                        // = != > >= < <=
    QString value;
    int withinDays = 7;
};

enum class RuleSeverity { Low = 1, Medium, High, Critical };
QString ruleSeverityKey(RuleSeverity severity);
std::optional<RuleSeverity> ruleSeverityFromKey(const QString &key);
QString ruleSeverityName(RuleSeverity severity); // translated

// What a rule says about a scorecard item: the answer when it matches, and (optionally) when it
// does not — a rule that only knows when an item fails leaves the other case to the inspector.
struct RuleItem
{
    QString itemKey;
    double whenMatched = 1;
    std::optional<double> whenNotMatched;
};

struct ScreeningRule
{
    QString key; // stable within the rule set
    QString name;
    QString description;
    bool enabled = true;
    Condition when;
    std::optional<RuleItem> item;      // pre-fills this item's answer, or
    std::optional<RuleSeverity> flag;  // flags the interaction as a risk of this severity
};

// A versioned set of rules for one channel (or every channel), like a form's versions.
struct RuleSet
{
    enum class Status { Draft, Active, Retired };
    qint64 id = 0; // stored version; 0 when read from a file only
    QString code;
    QString name;
    std::optional<Channel> channel; // none: every channel without a set of its own
    int version = 1;
    Status status = Status::Draft;
    QVector<ScreeningRule> rules;
    const ScreeningRule *find(const QString &key) const;
};
QString ruleSetStatusKey(RuleSet::Status status);

// The rule-set file (docs/formats.md, "Screening rules"). A problem names where in the file it is
// ("rules[2].when.any[1]: …").
Result<RuleSet> ruleSetFromJson(const QByteArray &json);
QByteArray ruleSetToJson(const RuleSet &set);
// A rule-set file a user hands us (at most 1 MB); a problem names the file and the place in it.
Result<RuleSet> readRuleSetFile(const QString &path);
Result<Condition> conditionFromJson(const QJsonObject &o, const QString &where);
QJsonObject conditionToJson(const Condition &c);

// The rules ServQA starts with, in Chinese and English in one set (each editable).
RuleSet builtInRuleSet();

// What a rule is evaluated on: one interaction, its turns, and what the workspace knows around it.
struct ScreeningSubject
{
    const Interaction *interaction = nullptr;
    QVector<Turn> turns;
    QString siteCode;
    std::optional<int> responseTarget; // the channel's first-response target, seconds
    // Per RepeatContact window (days): the same customer's earlier contacts within it.
    QHash<int, int> earlierContacts;
    // Each turn's text case-folded, made when a phrase is first looked for in it (evaluate()): the
    // phrases of every rule are then found with a plain search instead of folding the turn again
    // for each phrase. A subject belongs to the thread that screens it.
    mutable QVector<QString> foldedTexts;
    mutable QVector<bool> folded;
    mutable const Turn *foldedFor = nullptr;
};

// Whether a condition holds, and where: the first matching text (its turn, its place in the
// transcript and the text itself) when a phrase or pattern found it, or the turn a timing test
// points at.
struct RuleHit
{
    bool matched = false;
    int turn = -1;
    int start = -1; // in the transcript
    int length = 0;
    QString text;
    std::optional<double> seconds; // what a timing test measured
};
RuleHit evaluate(const Condition &c, const ScreeningSubject &subject);

// Whether a condition reads the transcript (phrases, patterns, turns' times): such a rule says
// nothing about an interaction without one — it is not evaluated there, rather than "not found".
bool readsTranscript(const Condition &c);
// Whether a rule can read this conversation: a rule that reads the transcript needs one, and a rule
// about what a speaker said needs that speaker to say something (a store visit's scenario note, an
// unlabelled email body: "no closing by the agent" is not evidence of anything there).
bool canRead(const Condition &c, const QVector<Turn> &turns);

// Every RepeatContact window (days) a rule set asks about.
QVector<int> repeatContactWindows(const RuleSet &set);

} // namespace servqa
