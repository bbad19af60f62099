// The baseline for ServQA's cold start (bench_scale): a Qt Widgets process that shows an empty
// main window, lets the event loop paint it once, prints "usable" and quits. With --text the
// window shows one line of text (English and Chinese): what drawing any text adds (fontconfig,
// the font database, glyphs), the least any real window pays.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    if (QCoreApplication::arguments().contains(QStringLiteral("--text")))
        window.setCentralWidget(new QLabel(QStringLiteral("Interactions 客户交互"), &window));
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(0, &window, [] {
        std::puts("usable");
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return app.exec();
}
