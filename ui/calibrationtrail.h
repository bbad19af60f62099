#pragma once

// How a step of a calibration session's trail reads, on the Calibration page and in its report.
// Core keeps values (an answer as yes/no/N/A or a number, a score, a count); these word them in
// the reader's language.

#include <QString>

namespace servqa {

struct CalibrationLogEntry;
struct CalibrationSession;
struct FormItem;

// The step's value: the session's name, the score handed in ("—" while a blind session keeps
// it from the reader), how many consensus answers were proposed, or the consensus before → after.
QString calibrationStepValue(const CalibrationLogEntry &step, const FormItem *item);
// The step's note: what a session was created with, or the lead's reason for a consensus.
QString calibrationStepNote(const CalibrationLogEntry &step, const CalibrationSession &session);

} // namespace servqa
