#pragma once

#include "calibration.h"

// The calibration tables read and written (core/calibration.cpp and calibrationcompare.cpp share
// them); no rules here: the callers check who may do what, and own the transaction.
namespace servqa::calibration {

constexpr int MaxInteractions = CalibrationMaxInteractions;

Result<CalibrationSession> loadSession(Database &db, qint64 sessionId);
// An inspector's scoring of an interaction (exists = false when never saved).
Result<CalibrationScoring> loadScoring(Database &db, const Form &form, qint64 sessionId, qint64 interactionId, qint64 inspectorId);
Status storeScoring(Database &db, const Form &form, qint64 sessionId, qint64 interactionId, qint64 inspectorId, const Answers &answers,
                    const QString &comment, const ScoreResult &score, const QDateTime &at);
// The consensus proposed from the answers handed in: the most frequent choice of a yes/no item
// (N/A one of them; a tie goes to the lower answer), else the lower median of the values (N/A
// when more than half answered it). None when nobody answered.
std::optional<Answer> proposeConsensus(const FormItem &item, const QVector<Answer> &answers);
Result<std::optional<Answer>> loadConsensus(Database &db, qint64 sessionId, qint64 interactionId, qint64 itemId);
Status storeConsensus(Database &db, qint64 sessionId, qint64 interactionId, qint64 itemId, const Answer &answer, bool proposed,
                      const QString &reason, qint64 userId, const QDateTime &at);
// An answer as the log and the CSV matrix keep it, the same in every language: yes, no, N/A or
// the number.
QString answerText(const FormItem &item, const Answer &answer);

} // namespace servqa::calibration
