// servqa: the desktop application's doorway. Everything of substance is in servqa_ui.
#include "appsettings.h"
#include "mainwindow.h"
#include "startupprobe.h"
#include "timeutil.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

int main(int argc, char *argv[])
{
    servqa::pinSystemTimeZone(); // before any thread, and before Qt reads the local time
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ServQA"));
    QApplication::setApplicationVersion(QStringLiteral(SERVQA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("servqa"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ServQA — service-quality inspection"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the demo workspace, building it on first use."));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language for this run: en or zh_CN."),
                                  QStringLiteral("language"));
    parser.addOption(demo);
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("workspace"), QStringLiteral("Workspace file to open."));
    parser.process(app);

    const QString language = parser.isSet(lang) ? parser.value(lang) : servqa::AppSettings().language();
    servqa::installTranslations(language);

    servqa::MainWindow window;
    window.show();
    if (parser.isSet(demo)) {
        window.openDemoWorkspace();
    } else if (!parser.positionalArguments().isEmpty()) {
        window.openFromUi(parser.positionalArguments().constFirst());
    } else if (const QStringList recent = servqa::AppSettings().recentWorkspaces(); !recent.isEmpty() && QFileInfo::exists(recent.constFirst())) {
        window.openFromUi(recent.constFirst()); // carry on where the user left off; the welcome page otherwise
    }
    if (qEnvironmentVariableIsSet("SERVQA_PROBE"))
        servqa::startProbe(window); // bench/bench_scale: startup time and memory
    return app.exec();
}
