#pragma once

#include "result.h"

#include <QString>
#include <QVector>

#include <optional>

namespace servqa {

class Database;

enum class UserRole { Inspector, Shopper, Manager, Lead, Admin };
QString userRoleKey(UserRole role);
std::optional<UserRole> userRoleFromKey(const QString &key);
QString userRoleName(UserRole role); // translated
// What the role may do, in a sentence (translated): shown where a user chooses who they are.
QString userRoleDuties(UserRole role);

// Someone who uses ServQA: a QA inspector, mystery shopper, manager, QA lead or admin.
struct User
{
    qint64 id = 0;
    QString login;
    QString name;
    UserRole role = UserRole::Inspector;
    std::optional<qint64> siteId;
    bool active = true; // a disabled user keeps their name on their work but gets no new work
};

class UserRepository
{
public:
    explicit UserRepository(Database &db) : m_db(db) {}

    // Inserts, or updates the user with the same login; returns the id.
    Result<qint64> upsert(const User &user);
    Result<QVector<User>> all(std::optional<UserRole> role = std::nullopt);
    Result<User> find(qint64 id);
    // The user of that login; nullopt when there is none.
    Result<std::optional<User>> findByLogin(const QString &login);

private:
    Database &m_db;
};

} // namespace servqa
