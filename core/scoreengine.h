#pragma once

#include "dimension.h"
#include "form.h"
#include "result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <optional>

namespace servqa {

// What the inspector entered for one item. An item with no Answer is unanswered.
struct Answer
{
    std::optional<double> value; // yes = 1, no = 0, a rating, a number, seconds
    bool notApplicable = false;
    QString text;                // free-text items
    QString comment;
    // A measured item (FormItem::measure): the value the interaction's data gave, kept beside
    // the answer so that an inspector's change of it shows and is audited.
    std::optional<double> measured;
    // Who measured it: empty for the interaction's own data (FormItem::measure), "rule:KEY" for a
    // screening rule that answers the item (docs/screening.md).
    QString measuredBy;
    bool byRule() const { return measuredBy.startsWith(QLatin1String("rule:")); }

    // Whether the inspector changed a measured value (a change needs a comment saying why).
    bool overridesMeasure() const { return measured && (notApplicable || value != measured); }

    // No value, not N/A and no text: at most a comment, which does not answer the item.
    bool isEmpty() const { return !value && !notApplicable && text.isEmpty(); }

    static Answer yes() { return Answer{1.0, false, {}, {}, {}, {}}; }
    static Answer no() { return Answer{0.0, false, {}, {}, {}, {}}; }
    static Answer na() { return Answer{std::nullopt, true, {}, {}, {}, {}}; }
    static Answer number(double v) { return Answer{v, false, {}, {}, {}, {}}; }
};

using Answers = QHash<QString, Answer>; // by item key

struct SectionScore
{
    QString key;
    double earned = 0;
    double possible = 0;
    std::optional<double> percent; // nullopt: nothing applicable ("no data")
};

struct ScoreResult
{
    double pointsEarned = 0;   // standard sections, after section and item weights
    double pointsPossible = 0; // applicable standard items only: N/A re-bases the score
    double bonusPoints = 0;    // added on top of pointsEarned
    std::optional<double> percent; // 0–100 (above 100 only with an uncapped bonus); nullopt = no data
    // nullopt when there is no score to judge, or while a required item is unanswered (the
    // score so far is provisional); false at once for an auto-fail.
    std::optional<bool> passed;
    bool autoFailed = false;
    QStringList failedCriticalItems; // keys, in form order
    QVector<SectionScore> sections;  // in form order
    std::array<std::optional<double>, DimensionCount> dimensions{}; // percent per dimension
    QStringList unansweredRequired;  // keys of required items with no answer yet
};

// Scores one evaluation: a pure function of the form version and the answers, used for
// the live score in the editor, for stored scores, and by `servqa-cli score`. The rules are
// in docs/scoring.md. Fails only on answers the form cannot accept (naming the item).
Result<ScoreResult> scoreEvaluation(const Form &form, const Answers &answers);

// The share of an item's points an answer earns (0–1); nullopt for text items.
std::optional<double> itemFraction(const FormItem &item, double value);

// The one meaning of a failed answer (docs/scoring.md): it earns less than half its item's
// points — a "no", 1 or 2 on a 1–5 rating, 1–3 on 1–7, 0–4 of 10, outside the target, over the
// SLA. A failed critical item auto-fails; the Pareto of failed items and gap 3 count the same.
inline bool answerFails(double fraction)
{
    return fraction < 0.5;
}

// Checks one answer against its item; an empty string means it is acceptable.
QString checkAnswer(const FormItem &item, const Answer &answer);

} // namespace servqa
