#pragma once

#include "database.h"
#include "result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace servqa {

// Runs long work (an import, the demo) off the GUI thread on its own connection to the
// workspace, reporting progress(done, total) and then succeeded(message) or failed(message).
// cancel() asks the work to stop; the work's own transaction guarantees nothing half-written.
// Only the UI owns a progress dialog; this class knows nothing of widgets.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    using ProgressFn = std::function<bool(qint64 done, qint64 total)>;
    using Work = std::function<Result<QString>(Database &db, const ProgressFn &progress)>;

    // `mode`: the workspace open in the window must exist (a file gone meanwhile is not made
    // anew); only the demo's job creates the file it builds.
    BackgroundJob(QString workspacePath, Work work, QObject *parent = nullptr);
    BackgroundJob(QString workspacePath, Database::OpenMode mode, Work work, QObject *parent = nullptr);
    ~BackgroundJob() override;

    void start();
    void cancel() { m_cancelled = true; }
    bool isRunning() const;
    bool wait(int milliseconds);

signals:
    void progress(qint64 done, qint64 total);
    void succeeded(const QString &message);
    void failed(const QString &message);

private:
    QString m_path;
    Database::OpenMode m_mode = Database::OpenMode::OpenExisting;
    Work m_work;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
};

} // namespace servqa
