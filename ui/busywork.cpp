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
    text->setWordWrap(true);
    text->setMinimumWidth(text->fontMetrics().averageCharWidth() * 60);
    progress.setLabel(text);
    progress.setWindowModality(Qt::WindowModal);
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
