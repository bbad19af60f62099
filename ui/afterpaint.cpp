#include "afterpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace servqa {

namespace {

class AfterPaint : public QObject
{
public:
    AfterPaint(QWidget *widget, std::function<void()> then, std::function<bool()> ready, Qt::EventPriority priority)
        : QObject(widget), m_then(std::move(then)), m_ready(std::move(ready)), m_priority(priority)
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted && m_ready()) {
            m_painted = true;
            watched->removeEventFilter(this);
            // Posted: after this paint and the rest of the window's.
            QCoreApplication::postEvent(this, new QEvent(QEvent::User), m_priority);
        }
        return false;
    }

    bool event(QEvent *event) override
    {
        if (event->type() != QEvent::User)
            return QObject::event(event);
        m_then();
        deleteLater();
        return true;
    }

private:
    std::function<void()> m_then;
    std::function<bool()> m_ready;
    Qt::EventPriority m_priority;
    bool m_painted = false;
};

} // namespace

void afterNextPaint(QWidget *widget, std::function<void()> then, std::function<bool()> ready, Qt::EventPriority priority)
{
    new AfterPaint(widget, std::move(then), std::move(ready), priority);
}

} // namespace servqa
