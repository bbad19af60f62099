#include "timeutil.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace servqa {

qint64 nowStored()
{
    return QDateTime::currentSecsSinceEpoch();
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
        return QDateTime(date, time, Qt::LocalTime);
    if (zone == QLatin1String("Z"))
        return QDateTime(date, time, Qt::UTC);
    QString digits = zone.mid(1);
    digits.remove(QLatin1Char(':'));
    const int offset = (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60)
                       * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

} // namespace servqa
