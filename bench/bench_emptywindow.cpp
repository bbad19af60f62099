// The baseline for ServQA's cold start (bench_scale): a Qt Widgets process that shows an empty
// main window, lets the event loop paint it once, prints "usable" and quits.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(0, &window, [] {
        std::puts("usable");
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return app.exec();
}
