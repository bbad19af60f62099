#include "scoreengine.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace servqa {

namespace {

bool isWhole(double v)
{
    return std::floor(v) == v;
}

struct Tally
{
    double earned = 0;
    double possible = 0;

    void add(double points, double fraction)
    {
        earned += points * fraction;
        possible += points;
    }
    std::optional<double> percent() const
    {
        if (possible <= 0)
            return std::nullopt;
        return 100.0 * earned / possible;
    }
};

} // namespace

std::optional<double> itemFraction(const FormItem &item, double value)
{
    switch (item.type) {
    case ItemType::YesNo:
    case ItemType::YesNoNa: return value >= 1.0 ? 1.0 : 0.0;
    case ItemType::Rating5: return (value - 1.0) / 4.0;
    case ItemType::Rating7: return (value - 1.0) / 6.0;
    case ItemType::Scale10: return value / 10.0;
    case ItemType::Numeric: {
        const bool aboveMin = !item.targetMin || value >= *item.targetMin;
        const bool belowMax = !item.targetMax || value <= *item.targetMax;
        return aboveMin && belowMax ? 1.0 : 0.0;
    }
    case ItemType::Elapsed: return !item.slaSeconds || value <= *item.slaSeconds ? 1.0 : 0.0;
    case ItemType::Text: return std::nullopt;
    }
    return std::nullopt;
}

QString checkAnswer(const FormItem &item, const Answer &answer)
{
    if (answer.notApplicable) {
        return item.acceptsNa() ? QString()
                                : QCoreApplication::translate("ScoreEngine", "item \"%1\" cannot be answered N/A").arg(item.key);
    }
    if (item.type == ItemType::Text)
        return {};
    if (!answer.value)
        return QCoreApplication::translate("ScoreEngine", "item \"%1\" has no value").arg(item.key);
    const double v = *answer.value;
    if (!std::isfinite(v))
        return QCoreApplication::translate("ScoreEngine", "item \"%1\": the value is not a number").arg(item.key);
    auto outOfRange = [&](int lo, int hi) {
        return QCoreApplication::translate("ScoreEngine", "item \"%1\": %2 is not a whole number from %3 to %4")
            .arg(item.key)
            .arg(v)
            .arg(lo)
            .arg(hi);
    };
    switch (item.type) {
    case ItemType::YesNo:
    case ItemType::YesNoNa:
        if (v != 0.0 && v != 1.0)
            return QCoreApplication::translate("ScoreEngine", "item \"%1\" takes yes or no").arg(item.key);
        break;
    case ItemType::Rating5:
        if (!isWhole(v) || v < 1 || v > 5)
            return outOfRange(1, 5);
        break;
    case ItemType::Rating7:
        if (!isWhole(v) || v < 1 || v > 7)
            return outOfRange(1, 7);
        break;
    case ItemType::Scale10:
        if (!isWhole(v) || v < 0 || v > 10)
            return outOfRange(0, 10);
        break;
    case ItemType::Elapsed:
        if (v < 0)
            return QCoreApplication::translate("ScoreEngine", "item \"%1\": an elapsed time cannot be negative").arg(item.key);
        break;
    case ItemType::Numeric:
    case ItemType::Text: break;
    }
    return {};
}

Result<ScoreResult> scoreEvaluation(const Form &form, const Answers &answers)
{
    ScoreResult result;
    std::array<Tally, DimensionCount> dimensionTally{};

    for (const FormSection &section : form.sections) {
        Tally sectionTally;
        for (const FormItem &item : section.items) {
            if (!item.isScoring())
                continue;
            const auto found = answers.constFind(item.key);
            // An entry with only a comment (the inspector noted something before answering)
            // is not an answer yet.
            if (found == answers.constEnd() || found->isEmpty()) {
                // Unanswered items are left out (the live score during drafting shows what
                // has been scored so far); submitting requires every required item.
                if (item.required)
                    result.unansweredRequired << item.key;
                continue;
            }
            const Answer &answer = *found;
            if (const QString problem = checkAnswer(item, answer); !problem.isEmpty())
                return Error{problem};
            // N/A removes the item from the possible points: the score is re-based on the
            // items that applied. It never counts as zero.
            if (answer.notApplicable)
                continue;

            const double fraction = *itemFraction(item, *answer.value);
            const bool critical = item.critical || section.kind == SectionKind::Critical;
            if (critical && answerFails(fraction))
                result.failedCriticalItems << item.key;

            // Section weight × item weight: a section of weight 2 counts twice as much.
            const double points = section.weight * item.weight;
            switch (section.kind) {
            case SectionKind::Standard:
                sectionTally.add(item.weight, fraction);
                result.pointsEarned += points * fraction;
                result.pointsPossible += points;
                dimensionTally[dimensionIndex(item.dimension)].add(points, fraction);
                break;
            case SectionKind::Bonus:
                // Bonus points are earned on top: they never enlarge the possible points.
                sectionTally.add(item.weight, fraction);
                result.bonusPoints += points * fraction;
                break;
            case SectionKind::Critical:
                // Compliance gates: reported as the share passed, worth no points.
                sectionTally.add(1.0, answerFails(fraction) ? 0.0 : 1.0);
                break;
            }
        }
        result.sections.push_back({section.key, sectionTally.earned, sectionTally.possible,
                                   sectionTally.percent()});
    }

    for (Dimension d : AllDimensions)
        result.dimensions[dimensionIndex(d)] = dimensionTally[dimensionIndex(d)].percent();

    result.autoFailed = !result.failedCriticalItems.isEmpty();
    if (result.autoFailed) {
        // A failed critical item sets the whole evaluation to 0 and fails it. Section and
        // dimension percentages still describe what was observed.
        result.percent = 0.0;
        result.passed = false;
        return result;
    }
    if (result.pointsPossible > 0) {
        double percent = 100.0 * (result.pointsEarned + result.bonusPoints) / result.pointsPossible;
        if (form.bonusCap)
            percent = std::min(percent, 100.0);
        result.percent = percent;
        // The score so far is provisional while a required item is unanswered: no pass or
        // fail until it is (an auto-fail above is decided whatever else is answered).
        if (result.unansweredRequired.isEmpty()) {
            // A hair of tolerance so 79.99999999 from floating-point sums passes an 80 % mark.
            result.passed = percent + 1e-9 >= form.passMark;
        }
    }
    return result;
}

} // namespace servqa
