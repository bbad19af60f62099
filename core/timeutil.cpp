#include "timeutil.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace servqa {

namespace {

// Local time on a day whose offset from UTC is the same all day (no change of clocks), as a
// fixed offset: turning local time into UTC through the C library stats /etc/localtime on
// every call, which was a sixth of a million-row import. Days with a change of clocks go
// through Qt's local-time rules.
QDateTime localDateTime(QDate date, QTime time)
{
    thread_local QHash<qint64, std::optional<int>> steadyOffsets; // Julian day → offset, if steady
    auto offset = steadyOffsets.constFind(date.toJulianDay());
    if (offset == steadyOffsets.constEnd()) {
        if (steadyOffsets.size() > 100000)
            steadyOffsets.clear();
        const int atStart = QDateTime(date, QTime(0, 0), Qt::LocalTime).offsetFromUtc();
        const int atEnd = QDateTime(date, QTime(23, 59, 59), Qt::LocalTime).offsetFromUtc();
        offset = steadyOffsets.insert(date.toJulianDay(), atStart == atEnd ? std::optional<int>(atStart) : std::nullopt);
    }
    if (!*offset)
        return QDateTime(date, time, Qt::LocalTime);
    return QDateTime(date, time, Qt::OffsetFromUTC, **offset);
}

} // namespace

qint64 nowStored()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString changedAtText(qint64 stored)
{
    return fromStored(stored).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

std::optional<QDateTime> parseDateTime(const QString &text)
{
    // year, month, day, [hour, minute, [second]], [Z | ±hh:mm]
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})"
        "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?"
        "\\s*(Z|[+-]\\d{2}:?\\d{2})?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    if (!date.isValid())
        return std::nullopt;
    QTime time(0, 0);
    if (m.capturedLength(5) > 0) {
        time = QTime(m.captured(5).toInt(), m.captured(6).toInt(),
                     m.capturedLength(7) > 0 ? m.captured(7).toInt() : 0);
        if (!time.isValid())
            return std::nullopt;
    }
    const QString zone = m.captured(8);
    if (zone.isEmpty())
        return localDateTime(date, time);
    if (zone == QLatin1String("Z"))
        return QDateTime(date, time, Qt::UTC);
    QString digits = zone.mid(1);
    digits.remove(QLatin1Char(':'));
    // Offsets in use run from −12:00 to +14:00, in whole minutes below 60: "+99:99" is a typo.
    const int hours = digits.left(2).toInt();
    const int minutes = digits.mid(2).toInt();
    if (minutes > 59 || hours > 14)
        return std::nullopt;
    const int offset = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    if (offset < -12 * 3600)
        return std::nullopt;
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

void pinSystemTimeZone()
{
    if (qEnvironmentVariableIsSet("TZ"))
        return;
    const QByteArray id = QTimeZone::systemTimeZoneId();
    // Only a zone the C library reads from the same database as Qt.
    if (id.isEmpty() || id.contains("..") || !QFileInfo(QStringLiteral("/usr/share/zoneinfo/") + QString::fromLatin1(id)).isFile())
        return;
    qputenv("TZ", id);
}

} // namespace servqa
