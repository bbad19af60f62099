#pragma once

#include "result.h"
#include "userrepository.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace servqa {

class Database;

// Team mode's rules, enforced by the PostgreSQL server (core/server/security.sql,
// docs/team-mode.md): group roles per ServQA role, grants, row-level security, the evaluation's
// life and the audit trails' `who` as the server's session_user. Applied by the database's owner
// in one transaction; applying it again replaces what it made before.
Status applyServerSecurity(Database &db);

// A ServQA user on a server: a PostgreSQL login role named `login` and its users row.
struct ServerAccount
{
    QString login;
    QString name;
    QVector<UserRole> roles;  // the first is the role the app shows (users.role)
    QStringList siteCodes;    // a manager's stores and teams; the first is users.site_id
    QStringList regions;      // a regional manager's regions (sites.region): every site in them
    bool active = true;       // a disabled account may not sign in
    bool hasLogin = true;     // false: a user of the workspace (e.g. copied from a file) without a login role yet
};

// Why `login` cannot name an account, as a sentence; empty when it can.
QString serverLoginProblem(const QString &login);

// Creates the account, or changes the one of that login: name, roles, sites and regions, whether it may sign
// in, and (when given) its password, which only the server sees and hashes. One transaction; run by
// an admin account or the owner. An unknown site code or region, or a role of another application's,
// is refused.
Status saveServerAccount(Database &db, const ServerAccount &account, const std::optional<QString> &password);

// The account of that login, or an error naming the login when there is none.
Result<ServerAccount> serverAccount(Database &db, const QString &login);
Result<QVector<ServerAccount>> serverAccounts(Database &db);

// The user this connection is signed in as (the users row of the server's session_user), or an
// error saying the login is not a ServQA account of this workspace.
Result<User> sessionUser(Database &db);

} // namespace servqa
