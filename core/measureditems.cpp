#include "measureditems.h"

#include "interactionrepository.h"

namespace servqa {

namespace {

std::optional<double> seconds(const std::optional<int> &s)
{
    return s ? std::optional<double>(*s) : std::nullopt;
}

} // namespace

std::optional<double> measuredValue(const FormItem &item, const Interaction &interaction)
{
    if (!measureFitsType(item.measure, item.type))
        return std::nullopt;
    switch (item.measure) {
    case ItemMeasure::None: return std::nullopt;
    case ItemMeasure::FirstResponse: return seconds(interaction.firstResponseSeconds);
    case ItemMeasure::HandleTime: return seconds(interaction.durationSeconds);
    case ItemMeasure::HoldTime: return seconds(interaction.holdSeconds);
    case ItemMeasure::Resolved:
        return interaction.resolved ? std::optional<double>(*interaction.resolved ? 1.0 : 0.0) : std::nullopt;
    }
    return std::nullopt;
}

Answers measuredAnswers(const Form &form, const Interaction &interaction)
{
    Answers answers;
    for (const FormSection &section : form.sections) {
        for (const FormItem &item : section.items) {
            if (const auto value = measuredValue(item, interaction)) {
                Answer a = Answer::number(*value);
                a.measured = value;
                answers.insert(item.key, a);
            }
        }
    }
    return answers;
}

void stampMeasured(const Form &form, const Interaction *interaction, Answers &answers, const Answers *byRules)
{
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const FormItem *item = form.findItem(it.key());
        it->measured = item && interaction ? measuredValue(*item, *interaction) : std::nullopt;
        it->measuredBy.clear();
        if (it->measured || !item || !byRules)
            continue;
        const auto rule = byRules->constFind(it.key());
        if (rule != byRules->constEnd()) {
            it->measured = rule->measured;
            it->measuredBy = rule->measuredBy;
        }
    }
}

QStringList unexplainedOverrides(const Form &form, const Answers &answers)
{
    QStringList keys;
    for (const FormSection &section : form.sections) {
        for (const FormItem &item : section.items) {
            const auto found = answers.constFind(item.key);
            if (found != answers.constEnd() && found->overridesMeasure() && found->comment.trimmed().isEmpty())
                keys << item.key;
        }
    }
    return keys;
}

} // namespace servqa
