#pragma once

#include "result.h"

#include <QString>
#include <QVector>

#include <memory>
#include <optional>

class QSqlQuery;

namespace servqa {

class Database;

// An agent or store employee whose service is evaluated.
struct StaffMember
{
    qint64 id = 0;
    QString code;
    QString name;
    qint64 siteId = 0;
    QString role = QStringLiteral("agent");
    bool active = true;
};

class StaffRepository
{
public:
    explicit StaffRepository(Database &db);
    ~StaffRepository();

    // Inserts, or updates the staff member with the same code; returns the id.
    Result<qint64> upsert(const StaffMember &member);
    // Everyone, or the staff of one site; ordered by name.
    Result<QVector<StaffMember>> all(std::optional<qint64> siteId = std::nullopt);

private:
    Database &m_db;
    std::unique_ptr<QSqlQuery> m_upsert;
};

} // namespace servqa
