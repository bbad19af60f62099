#pragma once

#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace servqa {

class Database;
struct Form;

namespace demo {

class Random;

// A demo photo, made unique per visit (a JPEG comment naming the visit), so that the same
// picture in two visits is not flagged as reused.
QByteArray demoPhoto(const QString &name, qint64 visitId);

// Mystery-shop visits: last month's all done (validated, one rejected, one awaiting review)
// and this month's planned across every region, one of them being filled in right now.
Status addVisits(Database &db, Random &random, const Form &checklist, const QDate &end);

} // namespace demo

} // namespace servqa
