#pragma once

#include <QMetaObject>
#include <QPointer>
#include <QThread>
#include <QVector>

#include <utility>

namespace servqa {

// Runs work off the GUI thread and hands its result to the owner on the GUI thread, but only
// the newest request's: a filter changed twice in a row shows the second answer, never the first
// arriving late. The work opens its own database connection (one per thread). The destructor
// waits for workers still running, so none posts to a deleted owner.
class LatestResult
{
public:
    explicit LatestResult(QObject *owner) : m_owner(owner) {}
    ~LatestResult()
    {
        for (const QPointer<QThread> &thread : std::as_const(m_workers)) {
            if (thread)
                thread->wait();
        }
    }
    LatestResult(const LatestResult &) = delete;
    LatestResult &operator=(const LatestResult &) = delete;

    bool busy() const { return m_pending > 0; }
    // Forgets requests under way: their results will not be shown.
    void discard() { ++m_generation; }

    template<typename Work, typename Done>
    void run(Work work, Done done)
    {
        const int generation = ++m_generation;
        ++m_pending;
        QThread *thread = QThread::create([this, work = std::move(work), done = std::move(done), generation]() mutable {
            auto result = work();
            QMetaObject::invokeMethod(m_owner, [this, result = std::move(result), done = std::move(done), generation]() mutable {
                --m_pending;
                if (generation == m_generation)
                    done(result);
            }, Qt::QueuedConnection);
        });
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        m_workers.removeAll(nullptr);
        m_workers << thread;
        thread->start();
    }

private:
    QObject *m_owner;
    int m_generation = 0;
    int m_pending = 0;
    QVector<QPointer<QThread>> m_workers;
};

} // namespace servqa
