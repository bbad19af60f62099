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

// With TZ unset, the C library looks at /etc/localtime again (a stat) each time Qt asks for the
// local time of a moment: about 23 times per evaluation the demo writes. Naming the machine's own
// zone in TZ reads the same rules once. Called first thing in main(), before any thread; a TZ that
// is set, or a zone the system cannot name, is left as it is.
void pinSystemTimeZone();

} // namespace servqa
