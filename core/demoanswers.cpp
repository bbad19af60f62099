// How the demo's people answer (core/demoanswers.h).
#include "demoanswers.h"

#include "demonames.h"
#include "interactionrepository.h"
#include "measureditems.h"

#include <QString>

#include <algorithm>
#include <cmath>

namespace servqa::demo {

// How an inspector answers one item, given how good the service was (p = chance of "good").
Answer demoAnswer(const FormItem &item, double p, Random &random)
{
    const bool good = random.chance(p);
    switch (item.type) {
    case ItemType::YesNoNa:
        if (random.chance(0.12))
            return Answer::na();
        [[fallthrough]];
    case ItemType::YesNo: return good ? Answer::yes() : Answer::no();
    case ItemType::Rating5: {
        const double v = 1.0 + 4.0 * p + random.normal() * 0.8;
        return Answer::number(std::clamp(std::round(v), 1.0, 5.0));
    }
    case ItemType::Rating7: {
        const double v = 1.0 + 6.0 * p + random.normal();
        return Answer::number(std::clamp(std::round(v), 1.0, 7.0));
    }
    case ItemType::Scale10: return Answer::number(std::clamp(std::round(10 * p + random.normal()), 0.0, 10.0));
    case ItemType::Numeric: {
        const double limit = item.targetMax.value_or(60.0);
        const double v = good ? limit * random.uniform() : limit * (1.0 + random.uniform());
        return Answer::number(std::round(v));
    }
    case ItemType::Elapsed: {
        const double sla = item.slaSeconds.value_or(30.0);
        const double v = good ? sla * (0.2 + 0.8 * random.uniform()) : sla * (1.0 + 2.0 * random.uniform());
        return Answer::number(std::round(v));
    }
    case ItemType::Text: {
        Answer a;
        a.text = good ? QString() : QStringLiteral("复盘：先共情再给方案。Coach: acknowledge first, then solve.");
        return a;
    }
    }
    return Answer::na();
}

// Dimensions differ across the board: empathy and responsiveness lag, tangibles lead.
double dimensionEffect(Dimension d)
{
    switch (d) {
    case Dimension::Tangibles: return 0.5;
    case Dimension::Reliability: return 0.2;
    case Dimension::Responsiveness: return -0.3;
    case Dimension::Assurance: return 0.3;
    case Dimension::Empathy: return -0.4;
    }
    return 0;
}

// What customers expect of each dimension (1–7). Customers expect most of reliability and least
// of tangibles, as every SERVQUAL study since Parasuraman, Berry & Zeithaml (1991, "Refinement
// and reassessment of the SERVQUAL scale", Journal of Retailing 67(4)) has found; the others lie
// between.
double expectationLevel(Dimension d)
{
    switch (d) {
    case Dimension::Tangibles: return 5.5;
    case Dimension::Reliability: return 6.5;
    case Dimension::Responsiveness: return 6.2;
    case Dimension::Assurance: return 6.3;
    case Dimension::Empathy: return 5.9;
    }
    return 6.0;
}

// Makes the interaction record what its evaluation's measured items answered (the demo draws the
// answers first, so that the scores keep the spread of the quality model), and marks those
// answers measured. One in fifty hold times was mistyped by the telephone system; the inspector
// corrected it with a comment.
void matchMeasured(const Form &form, Answers &answers, Interaction &i, Random &more)
{
    for (const FormSection &section : form.sections) {
        for (const FormItem &item : section.items) {
            auto found = answers.find(item.key);
            if (found == answers.end() || item.measure == ItemMeasure::None)
                continue;
            Answer &a = *found;
            switch (item.measure) {
            case ItemMeasure::None: break;
            case ItemMeasure::FirstResponse:
                if (a.value)
                    i.firstResponseSeconds = int(*a.value);
                break;
            case ItemMeasure::HandleTime:
                if (a.value)
                    i.durationSeconds = int(*a.value);
                break;
            case ItemMeasure::HoldTime:
                if (i.channel != Channel::Call || !a.value)
                    break;
                i.holdSeconds = int(*a.value);
                if (*a.value > 0 && more.chance(0.02)) {
                    i.holdSeconds = 0;
                    a.comment = QStringLiteral("录音显示转接等待%1秒，系统未记录。The recording has %1 s on hold during the transfer; "
                                               "the telephone system logged none.").arg(int(*a.value));
                }
                break;
            case ItemMeasure::Resolved:
                // N/A: nothing to resolve on this contact, and nothing recorded.
                i.resolved = a.value ? std::optional<bool>(*a.value >= 1) : std::nullopt;
                break;
            }
        }
    }
    stampMeasured(form, &i, answers);
}


} // namespace servqa::demo
