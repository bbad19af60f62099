#pragma once

#include "result.h"

#include <QDateTime>
#include <QVector>

namespace servqa {

class Database;
struct Form;

namespace demo {

class Random;

// A little of the evaluation life cycle, made with the real workflow so that disputes, the
// audit trail and work queues are what ServQA itself would write: a manager disputes an item
// of some recent evaluations, the QA lead decides half of them, and every inspector has two of
// last fortnight's contacts per agent to score.
Status addWorkflowHistory(Database &db, Random &random, const QVector<qint64> &inspectors, const Form &callForm,
                          const QDateTime &end);

} // namespace demo

} // namespace servqa
