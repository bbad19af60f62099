#include "servercli.h"

#include "clirunner.h"
#include "database.h"
#include "serveraccounts.h"
#include "sqlitefile.h"
#include "workspacecopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace servqa {

namespace {

QString serverUsage()
{
    return QCoreApplication::translate("Cli", "Usage: servqa-cli server init --url postgresql://USER@HOST:PORT/DATABASE\n"
                                              "       servqa-cli server copy --from WORKSPACE.servqa|URL --to URL|WORKSPACE.servqa\n"
                                              "       servqa-cli server user add --url URL --login LOGIN --name NAME --role ROLE [--role ROLE…] "
                                              "[--site CODE…] --password-stdin\n"
                                              "       servqa-cli server user set --url URL --login LOGIN [--name NAME] [--role ROLE…] [--site CODE…] "
                                              "[--password-stdin] [--enable]\n"
                                              "       servqa-cli server user disable --url URL --login LOGIN\n"
                                              "       servqa-cli server user list --url URL\n");
}

bool isServer(const QString &place)
{
    return place.startsWith(QLatin1String("postgresql:")) || place.startsWith(QLatin1String("postgres:"));
}

// A file into a server, or a server into a new file: the file is written under a name of its own
// and given its name only when the copy is whole.
int copy(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"), QCoreApplication::translate("Cli", "The workspace copied: a file or a server's URL."),
                      QStringLiteral("FROM")});
    parser.addOption({QStringLiteral("to"), QCoreApplication::translate("Cli", "Where it goes: a server's URL, or a new file."), QStringLiteral("TO")});
    bool help = false;
    if (!parseCommandLine("server copy", parser, arguments, out, err, help))
        return help ? 0 : 2;
    const QString from = parser.value(QStringLiteral("from")), to = parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty() || isServer(from) == isServer(to)) {
        err << QCoreApplication::translate("Cli", "server copy needs --from and --to, one a workspace file and the other a server's URL.") << '\n'
            << serverUsage();
        return 2;
    }
    for (const QString &url : {from, to}) {
        if (isServer(url)) {
            if (const QString problem = Database::serverAddressProblem(url); !problem.isEmpty()) {
                err << problem << '\n';
                return 2;
            }
        }
    }
    if (isServer(to)) {
        auto source = openForCommand(from, Database::OpenMode::OpenExisting, err);
        if (!source) {
            err << source.error() << '\n';
            return 1;
        }
        auto target = Database::openServer(to);
        if (!target) {
            err << target.error() << '\n';
            return 1;
        }
        if (const Status s = copyWorkspace(**source, **target); !s) {
            err << s.error() << '\n';
            return 1;
        }
        out << QCoreApplication::translate("Cli", "%1 copied to %2.").arg((*source)->path(), (*target)->path()) << '\n';
        return 0;
    }
    if (QFileInfo::exists(to)) {
        err << QCoreApplication::translate("Cli", "%1 exists: a server is copied only into a new file.").arg(to) << '\n';
        return 1;
    }
    const QString partial = to + QStringLiteral(".copying");
    if (const Status s = removeUnfinishedDatabase(partial); !s) {
        err << s.error() << '\n';
        return 1;
    }
    auto source = Database::openServer(from);
    if (!source) {
        err << source.error() << '\n';
        return 1;
    }
    const auto removePartial = [&partial] { // a copy this command made
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(partial + QLatin1String(suffix));
    };
    Status copied = success();
    {
        auto target = Database::openSqlite(partial, Database::OpenMode::CreateIfMissing);
        if (!target) {
            err << target.error() << '\n';
            removePartial();
            return 1;
        }
        copied = copyWorkspace(**source, **target);
        if (copied)
            copied = (*target)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    if (!copied || !QFile::rename(partial, to)) {
        err << (copied ? QCoreApplication::translate("Cli", "Cannot name the copy %1.").arg(to) : copied.error()) << '\n';
        removePartial();
        return 1;
    }
    removePartial();
    out << QCoreApplication::translate("Cli", "%1 copied to %2.").arg((*source)->path(), to) << '\n';
    return 0;
}

// `server user add|set|disable|list`: accounts as PostgreSQL login roles (core/serveraccounts.h).
int user(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString action = arguments.value(1);
    const QStringList actions{QStringLiteral("add"), QStringLiteral("set"), QStringLiteral("disable"), QStringLiteral("list")};
    if (!actions.contains(action)) {
        err << serverUsage();
        return 2;
    }
    QStringList rest = arguments;
    rest.removeAt(1);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("url"), QCoreApplication::translate("Cli", "The server's database, signed in as an administrator."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("login"), QCoreApplication::translate("Cli", "The account's login (its PostgreSQL role)."), QStringLiteral("LOGIN")});
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("Cli", "The person's name as the app shows it."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("role"),
                      QCoreApplication::translate("Cli", "inspector, shopper, manager, lead or admin; repeat for several (the first is shown)."),
                      QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("site"), QCoreApplication::translate("Cli", "A store or team the account answers for (its code); repeat for several."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("region"),
                      QCoreApplication::translate("Cli", "A region the account answers for, as the sites name it: every store and team in it, "
                                                         "those opened later too; repeat for several."),
                      QStringLiteral("REGION")});
    parser.addOption({QStringLiteral("password-stdin"), QCoreApplication::translate("Cli", "Read the new password from the first line of standard input.")});
    parser.addOption({QStringLiteral("enable"), QCoreApplication::translate("Cli", "Let a disabled account sign in again.")});
    bool help = false;
    if (!parseCommandLine(qPrintable(QStringLiteral("server user ") + action), parser, rest, out, err, help))
        return help ? 0 : 2;
    const QString url = parser.value(QStringLiteral("url"));
    const QString login = parser.value(QStringLiteral("login"));
    if (url.isEmpty() || (action != QLatin1String("list") && login.isEmpty())) {
        err << QCoreApplication::translate("Cli", "server user %1 needs --url and --login.").arg(action) << '\n' << serverUsage();
        return 2;
    }
    if (const QString problem = Database::serverAddressProblem(url); !problem.isEmpty()) {
        err << problem << '\n';
        return 2;
    }
    if (action != QLatin1String("list")) {
        if (const QString problem = serverLoginProblem(login); !problem.isEmpty()) {
            err << problem << '\n';
            return 2;
        }
    }
    QVector<UserRole> roles;
    for (const QString &key : parser.values(QStringLiteral("role"))) {
        const auto role = userRoleFromKey(key.trimmed());
        if (!role) {
            err << QCoreApplication::translate("Cli", "--role: \"%1\" is not a role; use inspector, shopper, manager, lead or admin.").arg(key) << '\n';
            return 2;
        }
        if (!roles.contains(*role))
            roles << *role;
    }
    if (action == QLatin1String("add") && (roles.isEmpty() || !parser.isSet(QStringLiteral("name")) || !parser.isSet(QStringLiteral("password-stdin")))) {
        err << QCoreApplication::translate("Cli", "server user add needs --name, at least one --role and --password-stdin.") << '\n';
        return 2;
    }
    std::optional<QString> password;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        password = in.readLine();
        if (password->isEmpty()) {
            err << QCoreApplication::translate("Cli", "No password on standard input.") << '\n';
            return 2;
        }
    }
    auto db = Database::openServer(url);
    if (!db) {
        err << db.error() << '\n';
        return 1;
    }
    if (action == QLatin1String("list")) {
        const auto accounts = serverAccounts(**db);
        if (!accounts) {
            err << accounts.error() << '\n';
            return 1;
        }
        for (const ServerAccount &a : *accounts) {
            QStringList roleKeys;
            for (UserRole role : a.roles)
                roleKeys << userRoleKey(role);
            out << a.login << '\t' << a.name << '\t' << roleKeys.join(QLatin1Char(',')) << '\t' << a.siteCodes.join(QLatin1Char(',')) << '\t'
                << (!a.hasLogin ? QCoreApplication::translate("Cli", "no login")
                    : a.active  ? QCoreApplication::translate("Cli", "active")
                                : QCoreApplication::translate("Cli", "disabled"))
                << '\t' << a.regions.join(QLatin1Char(',')) << '\n';
        }
        return 0;
    }
    ServerAccount account;
    if (action != QLatin1String("add")) {
        const auto found = serverAccount(**db, login);
        if (!found) {
            err << found.error() << '\n';
            return 1;
        }
        account = *found;
    }
    account.login = login;
    if (parser.isSet(QStringLiteral("name")))
        account.name = parser.value(QStringLiteral("name"));
    if (!roles.isEmpty())
        account.roles = roles;
    if (parser.isSet(QStringLiteral("site")))
        account.siteCodes = parser.values(QStringLiteral("site"));
    if (parser.isSet(QStringLiteral("region")))
        account.regions = parser.values(QStringLiteral("region"));
    if (action == QLatin1String("disable"))
        account.active = false;
    else if (action == QLatin1String("add") || parser.isSet(QStringLiteral("enable")))
        account.active = true;
    if (const Status s = saveServerAccount(**db, account, password); !s) {
        err << s.error() << '\n';
        return 1;
    }
    if (action == QLatin1String("add"))
        out << QCoreApplication::translate("Cli", "Account %1 added.").arg(login) << '\n';
    else if (action == QLatin1String("disable"))
        out << QCoreApplication::translate("Cli", "Account %1 disabled: it can no longer sign in.").arg(login) << '\n';
    else
        out << QCoreApplication::translate("Cli", "Account %1 saved.").arg(login) << '\n';
    return 0;
}

} // namespace

int runServerCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // arguments: program, "init", "copy" or "user", options…
    const QStringList commands{QStringLiteral("init"), QStringLiteral("copy"), QStringLiteral("user")};
    if (arguments.size() < 2 || !commands.contains(arguments.at(1))) {
        err << serverUsage();
        return 2;
    }
    QStringList rest = arguments;
    rest.removeAt(1);
    if (arguments.at(1) == QLatin1String("copy"))
        return copy(rest, out, err);
    if (arguments.at(1) == QLatin1String("user"))
        return user(rest, out, err);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("url"), QCoreApplication::translate("Cli", "The server's database, postgresql://USER@HOST:PORT/DATABASE."),
                      QStringLiteral("URL")});
    bool help = false;
    if (!parseCommandLine("server init", parser, rest, out, err, help))
        return help ? 0 : 2;
    if (!parser.isSet(QStringLiteral("url"))) {
        err << QCoreApplication::translate("Cli", "server init needs --url.") << '\n' << serverUsage();
        return 2;
    }
    if (const QString problem = Database::serverAddressProblem(parser.value(QStringLiteral("url"))); !problem.isEmpty()) {
        err << problem << '\n';
        return 2;
    }
    auto db = Database::openServer(parser.value(QStringLiteral("url")));
    if (!db) {
        err << db.error() << '\n';
        return 1;
    }
    if (const Status s = applyServerSecurity(**db); !s) {
        err << s.error() << '\n';
        return 1;
    }
    out << QCoreApplication::translate("Cli", "%1 holds a ServQA workspace of format %2.").arg((*db)->path()).arg((*db)->schemaVersion())
        << '\n';
    return 0;
}

} // namespace servqa
