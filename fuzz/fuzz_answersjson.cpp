// servqa::answersFromJson of the input against a fixed form (every form of
// tests/data/scoring, compiled in), then servqa::scoreEvaluation of what it accepts, as
// `servqa-cli score` does.
//
// Input: byte 0 = which form (index of its folder in tests/data/scoring, modulo their
// number), then the answers JSON. Findings besides memory errors and UB: accepted answers
// that the engine refuses, and a score outside what the rules allow (docs/scoring.md).

#include "formjson.h"
#include "fuzzsupport.h"
#include "scoreengine.h"

#include <QVector>

#include <cmath>

using namespace servqa;

extern const fuzz::Blob scoringForms[];

namespace {

const QVector<Form> &forms()
{
    static const QVector<Form> list = [] {
        QVector<Form> l;
        for (int i = 0; scoringForms[i].data; ++i) {
            const auto form = formFromJson(scoringForms[i].bytes(), QStringLiteral("form.json"));
            if (!form)
                qFatal("fuzz_answersjson: %s", qPrintable(form.error()));
            l << *form;
        }
        if (l.isEmpty())
            qFatal("fuzz_answersjson: no form in tests/data/scoring");
        return l;
    }();
    return list;
}

bool inRange(const std::optional<double> &p, double hi)
{
    return !p || (std::isfinite(*p) && *p >= 0 && *p <= hi + 1e-9);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    forms();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const Form &form = forms()[data[0] % forms().size()];
    const auto answers = answersFromJson(fuzz::bytes(data + 1, size - 1), form, QStringLiteral("answers.json"));
    if (!answers) {
        if (answers.error().isEmpty())
            fuzz::finding("answersFromJson: an error without a message");
        return 0;
    }
    const auto score = scoreEvaluation(form, *answers);
    if (!score)
        fuzz::finding("scoreEvaluation: refuses answers that answersFromJson accepted");
    // 0–100 %, above 100 only with an uncapped bonus; sections and dimensions 0–100.
    if (!inRange(score->percent, form.bonusCap ? 100.0 : HUGE_VAL))
        fuzz::finding("scoreEvaluation: a percentage out of range");
    for (const SectionScore &s : score->sections) {
        if (!inRange(s.percent, 100.0))
            fuzz::finding("scoreEvaluation: a section percentage out of range");
    }
    for (const auto &d : score->dimensions) {
        if (!inRange(d, 100.0))
            fuzz::finding("scoreEvaluation: a dimension percentage out of range");
    }
    if (score->autoFailed != !score->failedCriticalItems.isEmpty()
        || (score->autoFailed && (score->percent != 0.0 || score->passed != false)))
        fuzz::finding("scoreEvaluation: a failed critical item that does not fail the evaluation");
    // A verdict needs a score; a score has one unless a required item is still open (the score so
    // far is provisional, docs/scoring.md) and no critical item failed.
    if (score->passed.has_value() && !score->percent.has_value())
        fuzz::finding("scoreEvaluation: a result without a score");
    if (score->percent.has_value() && !score->passed.has_value() && (score->unansweredRequired.isEmpty() || score->autoFailed))
        fuzz::finding("scoreEvaluation: a complete score without a result");
    return 0;
}
