#pragma once

#include "agreement.h"
#include "form.h"
#include "result.h"
#include "scoreengine.h"
#include "screeningrules.h"

#include <QHash>
#include <QMap>
#include <QVector>

#include <functional>
#include <optional>

namespace servqa {

class Database;

// Automatic screening in a workspace (docs/screening.md): the stored rule sets, the pass that
// screens interactions with them, and how often each rule agrees with the inspectors.

// Every stored version of every rule set, by code and then newest version first.
Result<QVector<RuleSet>> ruleSets(Database &db);
Result<RuleSet> ruleSet(Database &db, qint64 id);
// The active sets: at most one for each channel and one for every channel.
Result<QVector<RuleSet>> activeRuleSets(Database &db);
// Stores `set` as the next version of its code (its `version` and `id` are set); when it is
// active, the set that was active for the same channel (any code) is retired. In the caller's
// transaction or its own.
Result<RuleSet> saveRuleSet(Database &db, RuleSet set);
// The built-in rules stored as the active set for every channel when no set is stored yet;
// returns whether it stored them.
Result<bool> ensureRuleSets(Database &db);

// Which of the sets screens an interaction of this channel: its channel's, else every channel's.
const RuleSet *ruleSetFor(const QVector<RuleSet> &sets, Channel channel);

// One screening pass.
struct ScreeningOptions
{
    std::optional<qint64> from, to;  // the interactions started in [from, to) (UTC seconds); all when unset
    QVector<qint64> ids;             // only these interactions (those an import brought), when not empty
    bool store = true;               // write the results (each set must be stored: its id), or only count them
    // Called after each few thousand (done and total in interactions, and when the pass sums the
    // screening's rollups at its end, half as many more for that part); false cancels. The
    // interactions screened until then keep their results (each interaction's whole), the rest
    // keep what they had; the sums are finished.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// What a pass found, per set (in the order given): how many interactions it screened, how many
// each rule matched, and for the interactions an inspector has evaluated a bit per rule (the rule's
// index in the set) saying whether it was evaluated (a rule that reads the transcript is not, on an
// interaction without one) and whether it matched — what ruleAgreement() compares with the inspectors.
struct Outcome
{
    quint64 evaluated = 0;
    quint64 matched = 0;
};
using Outcomes = QHash<qint64, Outcome>; // interaction id → its rules
struct ScreeningSummary
{
    qint64 screened = 0;
    qint64 flagged = 0;               // interactions with a risk flag
    QVector<qint64> screenedBy;       // per set
    QVector<QVector<qint64>> hits;      // per set, per rule: interactions it matched
    QVector<QVector<qint64>> evaluated; // per set, per rule: interactions it was evaluated on
    QVector<Outcomes> outcomes;       // per set
    bool cancelled = false;
};
// Screens the interactions chosen by `options` with `sets` (each interaction by the set for its
// channel), in transactions of a few thousand; a stored pass replaces what those sets found before,
// and keeps the screening's rollups: chunk by chunk, or, for a pass over much of the workspace,
// summed again once at its end (meanwhile readers count the outcomes themselves).
Result<ScreeningSummary> screenInteractions(Database &db, const QVector<RuleSet> &sets, const ScreeningOptions &options);

// Right after an import: the interactions it brought screened with the workspace's active sets
// (the built-in set stored first when there is none). The import is committed before: a pass that
// fails or is cancelled leaves it as it is, and the same interactions can be screened again.
Result<ScreeningSummary> screenImported(Database &db, const QVector<qint64> &ids,
                                        const std::function<bool(qint64 done, qint64 total)> &progress = {});

// What the rules found in one interaction, by the active set that screened it last: each rule
// that matched, with its name, what it does, and where (for the details panel and the editor).
struct StoredHit
{
    QString ruleKey, ruleName;
    std::optional<RuleSeverity> flag;
    std::optional<RuleItem> item;
    int turn = -1, start = -1, length = 0;
    QString text;
    std::optional<double> seconds;
};
struct InteractionScreening
{
    bool screened = false;
    int risk = 0; // 0 none, 1 low … 4 critical
    QString setCode;
    int setVersion = 0;
    QVector<ScreeningRule> rules; // the set's
    quint64 rulesRead = 0;        // a bit per rule of the set: it could read the interaction
    QVector<StoredHit> hits;
};
Result<InteractionScreening> interactionScreening(Database &db, qint64 interactionId);

// What the rules that answer items say about a form's items on this interaction: each such rule
// that could read it gives its answer when it matched (or, when it has one, when it did not), kept
// in `measured` with `measuredBy` naming the rule — the inspector confirms it or changes it with a
// reason, which is audited on submission. The first rule for an item counts. `notes`: item key →
// what to show beside it ("开场问候 Greeting at the start — matched «您好»").
struct RuleAnswers
{
    Answers answers;
    QHash<QString, QString> notes;
};
RuleAnswers ruleAnswers(const Form &form, const InteractionScreening &screening);

// Every interaction of the workspace screened with its active sets (the built-in set stored first
// when there is none): what the demo does once it has written its interactions.
Result<ScreeningSummary> screenWorkspace(Database &db, const std::function<bool(qint64 done, qint64 total)> &progress = {});

// How well a rule that answers an item agrees with the inspectors who answered that item on the
// same interactions (submitted evaluations; N/A answers and interactions the rule was not evaluated
// on left out). A "positive" is the answer the
// rule gives when it matches: the rule matched / the inspector gave that answer.
struct RuleAgreement
{
    QString ruleKey, itemKey;
    QString itemText; // the item's text in the newest scorecard version that has the key; empty when none does
    qint64 truePositive = 0, falsePositive = 0, falseNegative = 0, trueNegative = 0;
    qint64 notApplicable = 0; // answered N/A by the inspector, not counted
    qint64 units() const { return truePositive + falsePositive + falseNegative + trueNegative; }
    std::optional<double> precision, recall, percent;
    Coefficient kappa, ac1;
    struct Disagreement
    {
        qint64 evaluationId = 0, interactionId = 0;
        bool ruleMatched = false;
        double inspectorAnswer = 0;
    };
    QVector<Disagreement> disagreements; // the first 50, newest first
    struct Period
    {
        QString month; // yyyy-MM, the workspace's days
        qint64 units = 0, agreed = 0;
        Coefficient kappa;
    };
    QVector<Period> byMonth;
};
// From the outcomes of a pass (or storedOutcomes()), for the evaluations in [from, to) when given.
Result<QVector<RuleAgreement>> ruleAgreement(Database &db, const RuleSet &set, const Outcomes &outcomes,
                                             std::optional<qint64> from = {}, std::optional<qint64> to = {});
// The outcomes a stored pass of `set` left, for the interactions an inspector has evaluated.
Result<Outcomes> storedOutcomes(Database &db, const RuleSet &set);

} // namespace servqa
