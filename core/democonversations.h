#pragma once

#include "demonames.h"
#include "interactionrepository.h"
#include "scoreengine.h"

#include <QString>

#include <optional>

namespace servqa::demo {

// The demo's conversations (docs/screening.md, "The demo"): calls as timed transcripts, chats as
// timed logs, emails as labelled text, in Chinese or English, showing what the evaluation's
// answers say happened — so the built-in screening rules and the inspectors can be compared.
struct ConversationTraits
{
    enum class Verify { Verified, Unverified, NoAccount };
    bool greeting = true;
    bool greetingOutsideRule = false;  // a greeting the rule's phrases do not know
    bool greetingWithoutName = false;  // 您好 alone: the rule hears a greeting, the item wants name and company
    bool disclosure = true;            // calls: the recording is announced
    bool disclosureOutsideRule = false; // announced in words the rule does not know
    Verify verify = Verify::Verified;
    bool rude = false;
    bool rudeOutsideRule = false;      // rude in words the rule does not know
    bool innocentForbiddenWord = false; // 不知道 said kindly: the rule flags it, the inspector does not
    bool escalation = false;
    bool closing = true;
    int interruptions = 0;
};

// The traits an evaluation's answers describe (greeting, verify, no_rudeness, disclosure, summary,
// listening of the demo's call scorecard). Each of the four items a built-in rule answers is, on 6 %
// of conversations, worded so that the rule reads it the other way (the disagreements that the
// agreement figures are there to find).
ConversationTraits traitsFromAnswers(const Answers &answers, Channel channel, Random &random);
// An interaction nobody evaluated: the behaviours at the demo's base rates.
ConversationTraits randomTraits(Channel channel, Random &random);

// The conversation. Calls: the agent speaks first; each turn timed by its length, with the hold
// (when over 30 s) as a silence before the answer. Chats: the customer writes first and the agent
// answers after the first-response time.
QString conversation(Channel channel, const ConversationTraits &traits, std::optional<int> firstResponseSeconds,
                     std::optional<int> holdSeconds, Random &random);

} // namespace servqa::demo
