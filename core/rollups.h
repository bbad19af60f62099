#pragma once

#include "result.h"

#include <array>
#include <memory>
#include <optional>

class QSqlQuery;

namespace servqa {

class Database;

// The rollups of schema 8 (docs/PERFORMANCE.md): sums per local day that make trends instant.
// Every write of an evaluation or a survey response goes through these, in the writer's
// transaction, so a rollup never lags behind the rows it sums.
namespace rollups {

// The workspace's local-day offset from UTC in seconds (servqa_meta day_offset_s).
Result<qint64> dayOffset(Database &db);

// Keeps its statements prepared: a repository writing many rows owns one.
class Writer
{
public:
    explicit Writer(Database &db);
    ~Writer();
    // Adds (sign +1) or removes (−1) an evaluation's stored scores; drafts count for nothing.
    // Call with −1 before changing a stored evaluation and with +1 after.
    Status addEvaluation(qint64 evaluationId, int sign);
    // The same for one survey respondent's dimension gaps, E and P.
    Status addSurveyResponse(qint64 responseId, int sign);

private:
    Status run(int statement, qint64 id, int bindOffsetTimes);

    Database &m_db;
    std::optional<qint64> m_offset;
    std::array<std::unique_ptr<QSqlQuery>, 4> m_queries; // evaluation +, −, survey +, −
};

} // namespace rollups
} // namespace servqa
