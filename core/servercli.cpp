#include "servercli.h"

#include "clirunner.h"
#include "database.h"
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
                                              "       servqa-cli server copy --from WORKSPACE.servqa|URL --to URL|WORKSPACE.servqa\n");
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
        auto source = openForCommand(from, Database::OpenMode::OpenExisting);
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
    auto source = Database::openServer(from);
    if (!source) {
        err << source.error() << '\n';
        return 1;
    }
    const QString partial = to + QStringLiteral(".copying");
    const auto removePartial = [&partial] {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(partial + QLatin1String(suffix));
    };
    removePartial();
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

} // namespace

int runServerCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // arguments: program, "init" or "copy", options…
    if (arguments.size() < 2 || (arguments.at(1) != QLatin1String("init") && arguments.at(1) != QLatin1String("copy"))) {
        err << serverUsage();
        return 2;
    }
    QStringList rest = arguments;
    rest.removeAt(1);
    if (arguments.at(1) == QLatin1String("copy"))
        return copy(rest, out, err);
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
    out << QCoreApplication::translate("Cli", "%1 holds a ServQA workspace of format %2.").arg((*db)->path()).arg((*db)->schemaVersion())
        << '\n';
    return 0;
}

} // namespace servqa
