// servqa: the desktop application's doorway. Everything of substance is in servqa_ui.
#include "appsettings.h"
#include "bakedicon.h"
#include "database.h"
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
    servqa::installAppStyle(); // before any widget asks the style for an icon

    // The language first, so that --help speaks it too: --lang, else the one chosen in Settings.
    const QStringList arguments = QApplication::arguments();
    const qsizetype langAt = arguments.indexOf(QStringLiteral("--lang"));
    const QString language = langAt >= 0 && langAt + 1 < arguments.size() ? arguments.at(langAt + 1) : servqa::AppSettings().language();
    servqa::installTranslations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Main", "ServQA — service-quality inspection"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("Main", "Open the demo workspace, building it on first use."));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("Main", "Interface language for this run: en or zh_CN."),
                                  QCoreApplication::translate("Main", "language"));
    parser.addOption(demo);
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("workspace"), QCoreApplication::translate("Main", "Workspace file to open."));
    parser.process(app);

    // The workspace this start opens: the one named, else the last one (the welcome page
    // otherwise). The demo's may still have to be built.
    QString starting;
    if (!parser.isSet(demo)) {
        const QStringList recent = servqa::AppSettings().recentWorkspaces();
        if (!parser.positionalArguments().isEmpty())
            starting = parser.positionalArguments().constFirst();
        else if (!recent.isEmpty() && QFileInfo::exists(recent.constFirst()))
            starting = recent.constFirst(); // carry on where the user left off
    }
    // Its format looked at on another core while the window is built: opening it then finds the
    // answer (docs/PERFORMANCE.md, the cold start).
    if (!starting.isEmpty())
        servqa::lookAheadAt(starting);
    servqa::MainWindow window(starting);
    window.show();
    if (parser.isSet(demo))
        window.openDemoWorkspace();
    else if (!starting.isEmpty())
        window.openFromUi(starting);
    if (qEnvironmentVariableIsSet("SERVQA_PROBE"))
        servqa::startProbe(window); // bench/bench_scale: startup time and memory
    return app.exec();
}
