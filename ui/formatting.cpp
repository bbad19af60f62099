#include "formatting.h"

#include "form.h"
#include "scoreengine.h"

#include <QCoreApplication>
#include <QLocale>

namespace servqa {

QString formatDateTime(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
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
        return QCoreApplication::translate("Formatting", "%1 s (SLA %2 s)").arg(v).arg(item.slaSeconds.value_or(0));
    case ItemType::Numeric: return QLocale().toString(v);
    case ItemType::Text: break;
    }
    return {};
}

QString formatCount(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace servqa
