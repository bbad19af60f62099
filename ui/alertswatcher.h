#pragma once

#include <QObject>
#include <QPointer>

namespace servqa {

class BackgroundJob;
class Session;

// Raises the alerts that new data causes, off the GUI thread, whenever the workspace opens or its
// data changes (an import, a submitted evaluation), and tells how many are open: the navigation
// shows the count and the Alerts page re-reads — no refresh button, no pop-up.
class AlertsWatcher : public QObject
{
    Q_OBJECT

public:
    explicit AlertsWatcher(Session &session, QObject *parent = nullptr);
    ~AlertsWatcher() override;
    int openCount() const { return m_open; }
    bool isChecking() const;

signals:
    void updated(int openAlerts);

private:
    void check();

    Session &m_session;
    QPointer<BackgroundJob> m_job;
    bool m_again = false;
    int m_open = 0;
};

} // namespace servqa
