#pragma once

#include "result.h"

#include <QDate>
#include <QVector>

namespace servqa {

class Database;
struct Form;

namespace demo {

// The demo's calibration sessions (docs/calibration.md), run through the real Calibration API by
// the QA lead and the inspectors: two closed blind sessions on the call scorecard, on the calls of
// the two months before the end date's, in which one inspector drifts lenient (within ± 5 points
// of the consensus in the first, beyond in the second), and a blind session on the store
// checklist, on the last 30 days' visits, still open: one inspector done, one half-way, one not
// started. Deterministic from the seed. The API stamps creating, handing in and closing with the
// moment the demo is made; the names, deadlines and interactions place the sessions in their
// months. A demo too small to have interactions to calibrate on gets no sessions.
Status addCalibrationSessions(Database &db, quint64 seed, const QVector<qint64> &inspectors, const Form &callForm,
                              const Form &storeForm, const QDate &endDate);

} // namespace demo

} // namespace servqa
