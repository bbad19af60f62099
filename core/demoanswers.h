#pragma once

#include "dimension.h"
#include "form.h"
#include "scoreengine.h"

namespace servqa {

struct Interaction;

namespace demo {

class Random;

// How the demo's people answer: inspectors scoring items, customers expecting of each
// dimension, and the interactions measuring what a scorecard fills from them.

// How an inspector answers one item, given how good the service was (p = chance of "good").
Answer demoAnswer(const FormItem &item, double p, Random &random);

// Dimensions differ across the board: empathy and responsiveness lag, tangibles lead (logit).
double dimensionEffect(Dimension d);

// What customers expect of each dimension (1–7), reliability most and tangibles least.
double expectationLevel(Dimension d);

// Makes the interaction record what its evaluation's measured items answered, and marks those
// answers measured; one in fifty hold times is corrected by the inspector, with a comment.
void matchMeasured(const Form &form, Answers &answers, Interaction &i, Random &more);

} // namespace demo

} // namespace servqa
