// servqa-cli: the headless doorway. The commands live in core/clirunner.cpp; `report` draws
// PDFs with widgets (charts), so it runs a QApplication on the offscreen platform.
#include "clirunner.h"
#include "report/reportcli.h"
#include "timeutil.h"
#include "translations.h"

#include <QApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    servqa::pinSystemTimeZone(); // before any thread, and before Qt reads the local time
    const bool report = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(report ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("ServQA"));
    QCoreApplication::setApplicationName(QStringLiteral("ServQA"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SERVQA_VERSION));
    // Messages in the system's language (LANG=zh_CN.UTF-8 gives Chinese), or --lang.
    QString language = servqa::defaultLanguage();
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const qsizetype i = arguments.indexOf(QStringLiteral("--lang")); i >= 0) {
        language = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (language != QLatin1String("en") && language != QLatin1String("zh_CN")) {
            servqa::installTranslations(servqa::defaultLanguage());
            err << QCoreApplication::translate("Cli", "--lang \"%1\": ServQA speaks en (English) and zh_CN (简体中文).").arg(language) << '\n';
            return 2;
        }
    }
    servqa::installTranslations(language);
    if (report)
        return servqa::runReportCli(arguments.mid(1), out, err);
    return servqa::runCli(arguments, out, err);
}
