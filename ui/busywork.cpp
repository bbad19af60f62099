#include "busywork.h"

#include <QEventLoop>
#include <QLabel>
#include <QProgressDialog>
#include <QThread>

namespace servqa {

void runWhileBusy(QWidget *parent, const QString &label, const std::function<void()> &work)
{
    QProgressDialog progress(label, QString(), 0, 0, parent);
    // A sentence or two, wrapped: on one line the longer ones made the dialog wider than the window.
    auto *text = new QLabel(label, &progress);
    text->setTextFormat(Qt::PlainText); // names files
    text->setWordWrap(true);
    text->setMinimumWidth(text->fontMetrics().averageCharWidth() * 60);
    progress.setLabel(text);
    progress.setWindowModality(Qt::WindowModal);
    // A busy bar (range 0-0) starts "reset", below its minimum, and QProgressDialog then keeps
    // the timer of its constructor: shown after Qt's default four seconds, not half a second.
    // At its minimum, the duration below starts the timer again.
    progress.setValue(0);
    progress.setMinimumDuration(500);
    QEventLoop loop;
    QThread *thread = QThread::create(work);
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
}

} // namespace servqa
