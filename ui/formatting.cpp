#include "formatting.h"

#include "form.h"
#include "scoreengine.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace servqa {

QString formatDateTime(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString formatDate(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

QString formatSeconds(qint64 seconds)
{
    auto unit = [](const char *text, qint64 n) { return QCoreApplication::translate("Formatting", text).arg(n); };
    if (seconds < 60 || (seconds < 600 && seconds % 60 != 0))
        return unit(QT_TRANSLATE_NOOP("Formatting", "%1 s"), seconds);
    QStringList parts;
    const qint64 days = seconds % 86400 == 0 ? seconds / 86400 : 0;
    if (days > 0)
        return unit(QT_TRANSLATE_NOOP("Formatting", "%1 d"), days);
    if (seconds / 3600 > 0)
        parts << unit(QT_TRANSLATE_NOOP("Formatting", "%1 h"), seconds / 3600);
    if (seconds % 3600 / 60 > 0)
        parts << unit(QT_TRANSLATE_NOOP("Formatting", "%1 min"), seconds % 3600 / 60);
    if (seconds % 60 > 0)
        parts << unit(QT_TRANSLATE_NOOP("Formatting", "%1 s"), seconds % 60);
    return parts.join(QLatin1Char(' '));
}

std::optional<qint64> parseSeconds(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool plain = false;
    if (const qint64 n = t.toLongLong(&plain); plain)
        return n >= 0 ? std::optional<qint64>(n) : std::nullopt;
    // Number and unit pairs, in either language (the untranslated English units work in both).
    static const QRegularExpression pair(QStringLiteral("\\s*(\\d+)\\s*(d|h|min|m|s|天|小时|分钟|分|秒)"));
    qint64 total = 0;
    int at = 0;
    while (at < t.size()) {
        const QRegularExpressionMatch m = pair.match(t, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return std::nullopt;
        const qint64 n = m.captured(1).toLongLong();
        const QString u = m.captured(2);
        const qint64 factor = u == QLatin1String("d") || u == QStringLiteral("天")                                  ? 86400
                              : u == QLatin1String("h") || u == QStringLiteral("小时")                               ? 3600
                              : u == QLatin1String("min") || u == QLatin1String("m") || u.startsWith(QStringLiteral("分")) ? 60
                                                                                                                      : 1;
        total += n * factor;
        at = m.capturedEnd();
        while (at < t.size() && t.at(at).isSpace())
            ++at;
    }
    return total;
}

QString formatDuration(std::optional<int> seconds)
{
    if (!seconds)
        return {};
    const int s = *seconds;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString formatPercent(std::optional<double> percent, int decimals)
{
    if (!percent)
        return QCoreApplication::translate("Formatting", "no data");
    return QCoreApplication::translate("Formatting", "%1 %").arg(QLocale().toString(*percent, 'f', decimals));
}

QString formatWithNote(const QString &name, const QString &note)
{
    return QCoreApplication::translate("Formatting", "%1 (%2)", "a name and what tells it apart").arg(name, note);
}

QString formatList(const QStringList &items)
{
    return items.join(QCoreApplication::translate("Formatting", ", ", "between the items of a list"));
}

QString formatYesNo(std::optional<bool> value)
{
    if (!value)
        return {};
    return *value ? QCoreApplication::translate("Formatting", "Yes") : QCoreApplication::translate("Formatting", "No");
}

QString formatAnswer(const FormItem &item, const Answer &answer)
{
    if (answer.notApplicable)
        return QCoreApplication::translate("Formatting", "N/A");
    if (item.type == ItemType::Text)
        return answer.text;
    if (!answer.value)
        return {};
    const double v = *answer.value;
    switch (item.type) {
    case ItemType::YesNo:
    case ItemType::YesNoNa: return formatYesNo(v >= 1.0);
    case ItemType::Rating5: return QStringLiteral("%1 / 5").arg(v);
    case ItemType::Rating7: return QStringLiteral("%1 / 7").arg(v);
    case ItemType::Scale10: return QStringLiteral("%1 / 10").arg(v);
    case ItemType::Elapsed:
        if (!item.slaSeconds)
            return formatSeconds(std::llround(v));
        return QCoreApplication::translate("Formatting", "%1 (SLA %2)").arg(formatSeconds(std::llround(v)), formatSeconds(std::llround(*item.slaSeconds)));
    case ItemType::Numeric: return QLocale().toString(v);
    case ItemType::Text: break;
    }
    return {};
}

QString formatCount(qint64 n)
{
    return QLocale().toString(n);
}

QString formatNumber(std::optional<double> value, int decimals)
{
    return value ? QLocale().toString(*value, 'f', decimals) : QStringLiteral("—");
}

} // namespace servqa
