#pragma once

#include "form.h"
#include "scoreengine.h"

#include <QStringList>

#include <optional>

namespace servqa {

struct Interaction;

// Items a scorecard fills from the interaction's own data (FormItem::measure): the value the
// data gives, or nullopt when the interaction did not record it (the inspector answers then).
// Times are seconds; "resolved" is yes = 1 / no = 0.
std::optional<double> measuredValue(const FormItem &item, const Interaction &interaction);

// The answers the interaction's data gives to the form's measured items, each marked measured.
Answers measuredAnswers(const Form &form, const Interaction &interaction);

// Sets Answer::measured on every answer from the interaction's data, whatever it held before: a
// client cannot claim a value was measured. Without an interaction nothing is measured. An item
// the interaction does not measure takes the value a screening rule gives it (`byRules`, from
// ruleAnswers(): `measured` and `measuredBy`), when one does.
void stampMeasured(const Form &form, const Interaction *interaction, Answers &answers, const Answers *byRules = nullptr);

// Keys of the measured items whose value the inspector changed without a comment saying why,
// in form order: such an evaluation cannot be submitted.
QStringList unexplainedOverrides(const Form &form, const Answers &answers);

} // namespace servqa
