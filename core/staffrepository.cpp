#include "staffrepository.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace servqa {

StaffRepository::StaffRepository(Database &db) : m_db(db) {}
StaffRepository::~StaffRepository() = default;

Result<qint64> StaffRepository::upsert(const StaffMember &member)
{
    if (!m_upsert) {
        m_upsert = std::make_unique<QSqlQuery>(m_db.connection());
        m_upsert->prepare(QStringLiteral(
            "INSERT INTO staff (code, name, site_id, role, active) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name, site_id = excluded.site_id, "
            "role = excluded.role, active = excluded.active RETURNING id"));
    }
    QSqlQuery &q = *m_upsert;
    q.addBindValue(member.code);
    q.addBindValue(member.name);
    q.addBindValue(member.siteId);
    q.addBindValue(member.role);
    q.addBindValue(member.active ? 1 : 0);
    return execReturningId(q, m_db);
}

Result<QVector<StaffMember>> StaffRepository::all(std::optional<qint64> siteId)
{
    QSqlQuery q(m_db.connection());
    const QString select = QStringLiteral("SELECT id, code, name, site_id, role, active FROM staff ");
    if (siteId) {
        q.prepare(select + QStringLiteral("WHERE site_id = ? ORDER BY name"));
        q.addBindValue(*siteId);
    } else {
        q.prepare(select + QStringLiteral("ORDER BY name"));
    }
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<StaffMember> staff;
    while (q.next()) {
        staff.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toBool()});
    }
    return staff;
}

} // namespace servqa
