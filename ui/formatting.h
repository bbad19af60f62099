#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace servqa {

struct Answer;
struct FormItem;

// Display helpers shared by the pages: local time, durations, percentages, yes/no.
QString formatDateTime(const QDateTime &t);
QString formatDuration(std::optional<int> seconds); // "5:20", "1:02:03", "" when unknown
QString formatPercent(std::optional<double> percent, int decimals = 1); // "83.3 %", "no data"
QString formatYesNo(std::optional<bool> value);
// An item's answer as an inspector reads it: 是 / 否 / 不适用, "4 / 5", "25 s (SLA 30 s)".
QString formatAnswer(const FormItem &item, const Answer &answer);
// Numbers use QLocale(), which installTranslations() sets to the UI language.
QString formatCount(qint64 n); // 1,234,567

} // namespace servqa
