#pragma once

#include <QtCore/qnamespace.h>

#include <functional>

class QWidget;

namespace servqa {

// Runs `then` on the event loop once, after `widget` is next painted while `ready()` holds (the
// rest of that paint of the window included), before the events posted meanwhile of a lower
// `priority`. Dropped with the widget. What must be drawn first is drawn before what can follow
// it: the rows of a list before the details of one of them (docs/PERFORMANCE.md, the cold start),
// and the start's probe times that paint (at a high priority: before what follows it).
void afterNextPaint(QWidget *widget, std::function<void()> then, std::function<bool()> ready = [] { return true; },
                    Qt::EventPriority priority = Qt::NormalEventPriority);

} // namespace servqa
