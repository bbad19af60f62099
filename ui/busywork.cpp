#include "busywork.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

namespace servqa {

void runWhileBusy(QWidget *parent, const QString &label, const std::function<void()> &work)
{
    QProgressDialog progress(label, QString(), 0, 0, parent);
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
