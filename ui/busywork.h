#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace servqa {

// Runs `work` on a worker thread while a busy dialog saying `label` keeps the window answering
// (shown only when the work takes more than half a second); returns when the work is done. The
// work opens its own connection: a connection belongs to the thread that made it.
void runWhileBusy(QWidget *parent, const QString &label, const std::function<void()> &work);

} // namespace servqa
