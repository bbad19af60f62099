#pragma once

#include "demonames.h"
#include "interactionrepository.h"
#include "result.h"

#include <QDate>

#include <memory>

namespace servqa {

class Database;
class SqliteStatement;

// What the demo adds for the indicators (docs/indicators.md): resolution times, the customers'
// answers after a share of contacts (CSAT 1–5, NPS, CES on an SMS survey), its own first-response
// targets, and one contact-centre team whose first response really gets slower five weeks before
// the demo's last day, so that the control charts and alerts have something to find. Its draws
// come from a stream of their own: the evaluations of a seed stay as they were.
class DemoFeedback
{
public:
    DemoFeedback(Database &db, quint64 seed, const QDate &endDate);
    ~DemoFeedback();

    // The survey and the demo's first-response targets; `slowTeam` is the team that slows down.
    Status prepare(qint64 slowTeam);
    // Before the interaction is written: its resolution time, and the slow team's later first
    // responses (of interactions no evaluation measured, whose answers are fixed already).
    void shape(Interaction &interaction, bool evaluated);
    // After it is written: now and then the customer's answers.
    Status answer(const Interaction &interaction, qint64 interactionId);
    // After each batch: the answers written since the last one enter the indicators' sums
    // (feedback_rollup) in one statement. Answers written one by one are summed as they are.
    Status flush();
    qint64 written() const { return m_written; }

private:
    Database &m_db;
    demo::Random m_random;
    QDateTime m_slowFrom;
    qint64 m_slowTeam = 0;
    qint64 m_surveyId = 0;
    qint64 m_written = 0;
    std::unique_ptr<SqliteStatement> m_insert;
    qint64 m_summedTo = 0; // the last answer in feedback_rollup
};

} // namespace servqa
