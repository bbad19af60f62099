// The baseline for ServQA's cold start (bench_scale): a Qt Widgets process that shows an empty
// main window, lets the event loop paint it once, prints "usable" and quits. With --text the
// window shows one line of text (English and Chinese): what drawing any text adds (fontconfig,
// the font database, glyphs), the least any real window pays.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    if (QCoreApplication::arguments().contains(QStringLiteral("--text")))
        window.setCentralWidget(new QLabel(QStringLiteral("Interactions 客户交互"), &window));
    window.resize(1280, 800);
    // Usable once drawn, as ServQA's start is (ui/startupprobe.cpp): after the paint of the
    // text, or of the window when it has none.
    struct AfterPaint : QObject
    {
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint) {
                watched->removeEventFilter(this);
                QMetaObject::invokeMethod(this, [] {
                    std::puts("usable");
                    std::fflush(stdout);
                    QCoreApplication::quit();
                }, Qt::QueuedConnection);
            }
            return false;
        }
    } afterPaint;
    (window.centralWidget() ? window.centralWidget() : static_cast<QWidget *>(&window))->installEventFilter(&afterPaint);
    window.show();
    return app.exec();
}
