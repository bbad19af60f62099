#include "alertswatcher.h"

#include "alerts.h"
#include "backgroundjob.h"
#include "session.h"

#include <QTimer>

namespace servqa {

AlertsWatcher::AlertsWatcher(Session &session, QObject *parent) : QObject(parent), m_session(session)
{
    // When a workspace opens, the look waits a moment: on a two-core laptop it would otherwise
    // share the processor with the first page being read and drawn (docs/PERFORMANCE.md).
    m_afterOpening = new QTimer(this);
    m_afterOpening->setSingleShot(true);
    m_afterOpening->setInterval(AfterOpeningMs);
    connect(m_afterOpening, &QTimer::timeout, this, &AlertsWatcher::check);
    connect(&m_session, &Session::opened, m_afterOpening, qOverload<>(&QTimer::start));
    connect(&m_session, &Session::dataChanged, this, &AlertsWatcher::check);
    connect(&m_session, &Session::closed, this, [this] {
        m_afterOpening->stop();
        m_open = 0;
        emit updated(0);
    });
}

AlertsWatcher::~AlertsWatcher()
{
    if (m_job) {
        m_job->cancel();
        m_job->wait(-1);
    }
}

bool AlertsWatcher::isChecking() const
{
    return m_job && m_job->isRunning();
}

void AlertsWatcher::check()
{
    m_afterOpening->stop();
    if (!m_session.isOpen())
        return;
    if (isChecking()) {
        m_again = true; // the data changed while looking: look once more after
        return;
    }
    const bool writable = !m_session.isReadOnly();
    m_job = new BackgroundJob(m_session.path(), [writable](Database &db, const BackgroundJob::ProgressFn &) -> Result<QString> {
        if (writable) {
            if (const auto raised = raiseAlerts(db); !raised)
                return Error{raised.error()};
        }
        const auto open = openAlertCount(db);
        if (!open)
            return Error{open.error()};
        return QString::number(*open);
    }, this);
    connect(m_job, &BackgroundJob::succeeded, this, [this](const QString &open) {
        m_open = open.toInt();
        emit updated(m_open);
    });
    auto next = [this] {
        m_job->deleteLater();
        m_job.clear();
        if (m_again) {
            m_again = false;
            check();
        }
    };
    connect(m_job, &BackgroundJob::succeeded, this, next);
    connect(m_job, &BackgroundJob::failed, this, next);
    m_job->start();
}

} // namespace servqa
