// servqa-cli: the headless doorway. All commands live in core/clirunner.cpp.
#include "clirunner.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ServQA"));
    QCoreApplication::setApplicationName(QStringLiteral("ServQA"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SERVQA_VERSION));
    // Messages in the system's language (LANG=zh_CN.UTF-8 gives Chinese).
    servqa::installTranslations(servqa::defaultLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return servqa::runCli(QCoreApplication::arguments(), out, err);
}
