#include "userrepository.h"

#include "database.h"
#include "keytable.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace servqa {

namespace {
const std::pair<UserRole, const char *> Roles[] = {{UserRole::Inspector, "inspector"},
                                                    {UserRole::Shopper, "shopper"},
                                                    {UserRole::Manager, "manager"},
                                                    {UserRole::Lead, "lead"},
                                                    {UserRole::Admin, "admin"}};
}

QString userRoleKey(UserRole role)
{
    return keyOf(role, Roles);
}

std::optional<UserRole> userRoleFromKey(const QString &key)
{
    return valueOf(key, Roles);
}

QString userRoleName(UserRole role)
{
    switch (role) {
    case UserRole::Inspector: return QCoreApplication::translate("UserRole", "Inspector");
    case UserRole::Shopper: return QCoreApplication::translate("UserRole", "Mystery shopper");
    case UserRole::Manager: return QCoreApplication::translate("UserRole", "Store / team manager");
    case UserRole::Lead: return QCoreApplication::translate("UserRole", "QA lead");
    case UserRole::Admin: return QCoreApplication::translate("UserRole", "Admin");
    }
    return {};
}

QString userRoleDuties(UserRole role)
{
    switch (role) {
    case UserRole::Inspector: return QCoreApplication::translate("UserRole", "scores the interactions on their work queue");
    case UserRole::Shopper: return QCoreApplication::translate("UserRole", "fills in the store visits assigned to them");
    case UserRole::Manager: return QCoreApplication::translate("UserRole", "acknowledges or disputes the evaluations of their stores and teams");
    case UserRole::Lead: return QCoreApplication::translate("UserRole", "draws samples, decides disputes, plans and reviews visits, keeps the standards");
    case UserRole::Admin: return QCoreApplication::translate("UserRole", "everything a QA lead does");
    }
    return {};
}

Result<qint64> UserRepository::upsert(const User &user)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO users (login, name, role, site_id, active) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (login) DO UPDATE SET name = excluded.name, role = excluded.role, "
        "site_id = excluded.site_id, active = excluded.active RETURNING id"));
    q.addBindValue(user.login);
    q.addBindValue(user.name);
    q.addBindValue(userRoleKey(user.role));
    q.addBindValue(user.siteId ? QVariant(*user.siteId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(user.active ? 1 : 0);
    return execReturningId(q, m_db);
}

namespace {
const char UserColumns[] = "SELECT id, login, name, role, site_id, active FROM users ";

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.name = q.value(2).toString();
    u.role = userRoleFromKey(q.value(3).toString()).value_or(UserRole::Inspector);
    if (!q.value(4).isNull())
        u.siteId = q.value(4).toLongLong();
    u.active = q.value(5).toInt() != 0;
    return u;
}
} // namespace

Result<User> UserRepository::find(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(UserColumns) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (!q.next())
        return Error{QCoreApplication::translate("UserRepository", "User %1 does not exist.").arg(id)};
    return readUser(q);
}

Result<std::optional<User>> UserRepository::findByLogin(const QString &login)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(UserColumns) + QStringLiteral("WHERE login = ?"));
    q.addBindValue(login);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (!q.next())
        return std::optional<User>();
    return std::optional<User>(readUser(q));
}

Result<QVector<User>> UserRepository::all(std::optional<UserRole> role)
{
    QSqlQuery q(m_db.connection());
    const QString select = QString::fromLatin1(UserColumns);
    if (role) {
        q.prepare(select + QStringLiteral("WHERE role = ? ORDER BY name"));
        q.addBindValue(userRoleKey(*role));
    } else {
        q.prepare(select + QStringLiteral("ORDER BY name"));
    }
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<User> users;
    while (q.next())
        users.push_back(readUser(q));
    return users;
}

} // namespace servqa
