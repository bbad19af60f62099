#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace servqa {

// Times are stored as UTC seconds since the epoch (portable, indexable) and shown in the
// user's local time.
inline qint64 toStored(const QDateTime &t) { return t.toSecsSinceEpoch(); }
inline QDateTime fromStored(qint64 secs) { return QDateTime::fromSecsSinceEpoch(secs); }
qint64 nowStored();
// When something was changed, as the person reading sees their clock: "2026-12-03 18:20" (the
// messages that say who changed a thing last, and when).
QString changedAtText(qint64 stored);

// Parses the date/time forms found in real exports: ISO 8601 ("2024-03-05T14:30:00",
// with or without seconds, 'T' or space, optional Z / ±hh:mm), a bare ISO date, and
// Excel's Chinese-locale "yyyy/M/d H:mm[:ss]" or "yyyy/M/d". Without an offset the time is
// local time.
std::optional<QDateTime> parseDateTime(const QString &text);

} // namespace servqa
