#pragma once

#include <QObject>
#include <QPointer>

class QTimer;

namespace servqa {

class BackgroundJob;
class Session;

// Raises the alerts that new data causes, off the GUI thread, when the workspace opens (a second
// after: AfterOpeningMs) or its data changes (an import, a submitted evaluation), and tells how
// many are open: the navigation shows the count and the Alerts page re-reads — no refresh button,
// no pop-up.
class AlertsWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int AfterOpeningMs = 1000;

    explicit AlertsWatcher(Session &session, QObject *parent = nullptr);
    ~AlertsWatcher() override;
    int openCount() const { return m_open; }
    bool isChecking() const;

signals:
    void updated(int openAlerts);

private:
    void check();

    Session &m_session;
    QTimer *m_afterOpening;
    QPointer<BackgroundJob> m_job;
    bool m_again = false;
    int m_open = 0;
};

} // namespace servqa
