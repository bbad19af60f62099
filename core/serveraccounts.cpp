#include "serveraccounts.h"

#include "database.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace servqa {

namespace {

// The security script's statements: each ends with ';' at the end of a line outside a $$ body.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inBody = false;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (!inBody && line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inBody = !inBody;
        if (!inBody && line.trimmed().endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Status requireServer(const Database &db)
{
    if (db.dialect().kind() != SqlDialect::Kind::Postgres)
        return Error{QCoreApplication::translate("ServerAccounts", "Accounts and permissions are kept by a server; %1 is a workspace file.").arg(db.path())};
    return success();
}

} // namespace

Status applyServerSecurity(Database &db)
{
    if (const Status s = requireServer(db); !s)
        return s;
    QFile file(QStringLiteral(":/server/security.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("ServerAccounts", "The server's rules are missing from this build of ServQA.")};
    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QSqlQuery quiet(db.connection()); // no notices for the objects it replaces
    if (!quiet.exec(QStringLiteral("SET LOCAL client_min_messages = warning")))
        return Error{db.describeError(quiet)};
    for (const QString &statement : splitStatements(QString::fromUtf8(file.readAll()))) {
        QSqlQuery q(db.connection());
        if (!q.exec(statement))
            return Error{QCoreApplication::translate("ServerAccounts", "Cannot set the server's permissions on %1: %2").arg(db.path(), db.describeError(q))};
    }
    return transaction.commit();
}

QString serverLoginProblem(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_.-]{0,62}$"));
    if (!pattern.match(login).hasMatch())
        return QCoreApplication::translate("ServerAccounts", "\"%1\" cannot be a login: use 1 to 63 lower-case letters, digits, '_', '.' or '-', starting with a letter.").arg(login);
    if (login.startsWith(QLatin1String("pg_")) || login.startsWith(QLatin1String("servqa_")) || login == QLatin1String("postgres")
        || login == QLatin1String("public"))
        return QCoreApplication::translate("ServerAccounts", "\"%1\" is a name the server keeps for itself; choose another login.").arg(login);
    return {};
}

Status saveServerAccount(Database &db, const ServerAccount &account, const std::optional<QString> &password)
{
    if (const Status s = requireServer(db); !s)
        return s;
    if (const QString problem = serverLoginProblem(account.login); !problem.isEmpty())
        return Error{problem};
    if (account.name.trimmed().isEmpty())
        return Error{QCoreApplication::translate("ServerAccounts", "Give %1's name.").arg(account.login)};
    if (account.roles.isEmpty())
        return Error{QCoreApplication::translate("ServerAccounts", "Give %1 at least one role.").arg(account.login)};
    if (password && password->isEmpty())
        return Error{QCoreApplication::translate("ServerAccounts", "The password for %1 is empty.").arg(account.login)};

    TransactionGuard transaction(db.connection());
    if (!transaction.active())
        return Error{transaction.error()};
    QVector<qint64> siteIds;
    for (const QString &code : account.siteCodes) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id FROM sites WHERE code = ?"));
        q.addBindValue(code);
        if (const Status s = execQuery(q, db); !s)
            return s;
        if (!q.next())
            return Error{QCoreApplication::translate("ServerAccounts", "%1 has no site with the code \"%2\".").arg(db.path(), code)};
        siteIds << q.value(0).toLongLong();
    }
    for (const QString &region : account.regions) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM sites WHERE region = ?"));
        q.addBindValue(region);
        if (const Status s = execQuery(q, db); !s)
            return s;
        if (!q.next())
            return Error{QCoreApplication::translate("ServerAccounts", "%1 has no site in the region \"%2\".").arg(db.path(), region)};
    }
    QStringList roleKeys;
    for (UserRole role : account.roles)
        roleKeys << userRoleKey(role);

    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT servqa_save_login(?, ?, ?, string_to_array(?, ','))"));
    q.addBindValue(account.login);
    q.addBindValue(password ? QVariant(*password) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(account.active);
    q.addBindValue(roleKeys.join(QLatin1Char(',')));
    if (!q.exec())
        return Error{QCoreApplication::translate("ServerAccounts", "Cannot save the account %1: %2").arg(account.login, db.describeError(q))};
    q.finish();

    User user;
    user.login = account.login;
    user.name = account.name.trimmed();
    user.role = account.roles.first();
    if (!siteIds.isEmpty())
        user.siteId = siteIds.first();
    user.active = account.active;
    const auto id = UserRepository(db).upsert(user);
    if (!id)
        return Error{id.error()};
    q.prepare(QStringLiteral("DELETE FROM user_sites WHERE user_id = ?"));
    q.addBindValue(*id);
    if (const Status s = execQuery(q, db); !s)
        return s;
    q.prepare(QStringLiteral("INSERT INTO user_sites (user_id, site_id) VALUES (?, ?)"));
    for (qint64 siteId : siteIds) {
        q.addBindValue(*id);
        q.addBindValue(siteId);
        if (const Status s = execQuery(q, db); !s)
            return s;
    }
    q.prepare(QStringLiteral("DELETE FROM user_regions WHERE user_id = ?"));
    q.addBindValue(*id);
    if (const Status s = execQuery(q, db); !s)
        return s;
    q.prepare(QStringLiteral("INSERT INTO user_regions (user_id, region) VALUES (?, ?)"));
    for (const QString &region : account.regions) {
        q.addBindValue(*id);
        q.addBindValue(region);
        if (const Status s = execQuery(q, db); !s)
            return s;
    }
    return transaction.commit();
}

Result<QVector<ServerAccount>> serverAccounts(Database &db)
{
    if (const Status s = requireServer(db); !s)
        return Error{s.error()};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT u.login, u.name, u.role, u.active, "
        "(SELECT string_agg(x, ',') FROM servqa_roles_of(u.login) x), "
        "(SELECT string_agg(s.code, ',' ORDER BY s.code) FROM user_sites us JOIN sites s ON s.id = us.site_id WHERE us.user_id = u.id), "
        "(SELECT code FROM sites WHERE id = u.site_id), "
        "EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = u.login AND r.rolcanlogin), "
        "EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = u.login), "
        "(SELECT string_agg(r.region, E'\\n' ORDER BY r.region) FROM user_regions r WHERE r.user_id = u.id) "
        "FROM users u ORDER BY u.login"));
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    QVector<ServerAccount> accounts;
    while (q.next()) {
        ServerAccount a;
        a.login = q.value(0).toString();
        a.name = q.value(1).toString();
        // The primary role first, then the others the server grants.
        const auto primary = userRoleFromKey(q.value(2).toString());
        const QStringList granted = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (primary && granted.contains(userRoleKey(*primary)))
            a.roles << *primary;
        for (const QString &key : granted) {
            if (const auto role = userRoleFromKey(key); role && !a.roles.contains(*role))
                a.roles << *role;
        }
        const QString home = q.value(6).toString();
        if (!home.isEmpty())
            a.siteCodes << home;
        for (const QString &code : q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!a.siteCodes.contains(code))
                a.siteCodes << code;
        }
        a.active = q.value(3).toInt() != 0 && q.value(7).toBool();
        a.hasLogin = q.value(8).toBool();
        a.regions = q.value(9).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        accounts << a;
    }
    return accounts;
}

Result<ServerAccount> serverAccount(Database &db, const QString &login)
{
    const auto all = serverAccounts(db);
    if (!all)
        return Error{all.error()};
    for (const ServerAccount &a : *all) {
        if (a.login == login)
            return a;
    }
    return Error{QCoreApplication::translate("ServerAccounts", "%1 has no account \"%2\".").arg(db.path(), login)};
}

Result<User> sessionUser(Database &db)
{
    if (const Status s = requireServer(db); !s)
        return Error{s.error()};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT servqa_me(), session_user"));
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    if (!q.next() || q.value(0).isNull())
        return Error{QCoreApplication::translate("ServerAccounts", "%1 signs in to %2 but is not one of its ServQA accounts; an administrator adds accounts with "
                        "servqa-cli server user add.")
                         .arg(q.value(1).toString(), db.path())};
    return UserRepository(db).find(q.value(0).toLongLong());
}

} // namespace servqa
