// servqa::formFromJson of the input (the form JSON of form import and `servqa-cli score`);
// a form it accepts is written with formToJson and read again, as export then import does,
// and scored with every item answered at full marks.
// Findings besides memory errors and UB: an exported form that does not read back, or reads
// back as another form (its JSON written again differs); full marks that do not score 100 %
// (at least 100 % with an uncapped bonus) and pass.

#include "formjson.h"
#include "fuzzsupport.h"
#include "scoreengine.h"

using namespace servqa;

namespace {

// The answer that earns all of an item's points.
Answer fullMarks(const FormItem &item)
{
    switch (item.type) {
    case ItemType::YesNo:
    case ItemType::YesNoNa: return Answer::yes();
    case ItemType::Rating5: return Answer::number(5);
    case ItemType::Rating7: return Answer::number(7);
    case ItemType::Scale10: return Answer::number(10);
    case ItemType::Numeric: return Answer::number(item.targetMin ? *item.targetMin : *item.targetMax);
    case ItemType::Elapsed: return Answer::number(0);
    case ItemType::Text: return Answer{std::nullopt, false, QStringLiteral("text"), {}};
    }
    return {};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto form = formFromJson(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!form) {
        if (form.error().isEmpty())
            fuzz::finding("formFromJson: an error without a message");
        return 0;
    }
    const QByteArray exported = formToJson(*form);
    const auto again = formFromJson(exported, QStringLiteral("exported.json"));
    if (!again) {
        fprintf(stderr, "%s\n", qPrintable(again.error()));
        fuzz::finding("formFromJson: an exported form does not read back");
    }
    if (formToJson(*again) != exported)
        fuzz::finding("formToJson: an exported form reads back as another form");

    Answers answers;
    for (const FormSection &section : form->sections) {
        for (const FormItem &item : section.items)
            answers.insert(item.key, fullMarks(item));
    }
    const auto score = scoreEvaluation(*form, answers);
    if (!score) {
        fprintf(stderr, "%s\n", qPrintable(score.error()));
        fuzz::finding("scoreEvaluation: refuses full marks");
    }
    if (score->percent) {
        const double p = *score->percent;
        // 100 × earned / possible with earned == possible: 100 give or take a rounding.
        if (!(p >= 100.0 - 1e-9 && (!form->bonusCap || p <= 100.0)) || score->passed != true)
            fuzz::finding("scoreEvaluation: full marks do not score 100 % and pass");
    }
    return 0;
}
