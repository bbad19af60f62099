#include "servercli.h"

#include "clirunner.h"
#include "database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace servqa {

namespace {

QString serverUsage()
{
    return QCoreApplication::translate("Cli", "Usage: servqa-cli server init --url postgresql://USER@HOST:PORT/DATABASE\n");
}

} // namespace

int runServerCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // arguments: program, "init", options…
    if (arguments.size() < 2 || arguments.at(1) != QLatin1String("init")) {
        err << serverUsage();
        return 2;
    }
    QStringList rest = arguments;
    rest.removeAt(1);
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
