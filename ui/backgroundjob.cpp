#include "backgroundjob.h"

#include "database.h"

#include <QThread>

namespace servqa {

BackgroundJob::BackgroundJob(QString workspacePath, Work work, QObject *parent)
    : BackgroundJob(std::move(workspacePath), Database::OpenMode::OpenExisting, std::move(work), parent)
{
}

BackgroundJob::BackgroundJob(QString workspacePath, Database::OpenMode mode, Work work, QObject *parent)
    : QObject(parent), m_path(std::move(workspacePath)), m_mode(mode), m_work(std::move(work))
{
}

BackgroundJob::~BackgroundJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundJob::start()
{
    m_thread = QThread::create([this] {
        // A connection belongs to the thread that opened it: this one is the job's own.
        auto db = Database::open(m_path, m_mode);
        if (!db) {
            emit failed(db.error());
            return;
        }
        const auto result = m_work(**db, [this](qint64 done, qint64 total) {
            emit progress(done, total);
            return !m_cancelled.load();
        });
        if (result)
            emit succeeded(*result);
        else
            emit failed(result.error());
    });
    m_thread->start();
}

bool BackgroundJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool BackgroundJob::wait(int milliseconds)
{
    return !m_thread || m_thread->wait(QDeadlineTimer(milliseconds));
}

} // namespace servqa
