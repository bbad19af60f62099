#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace servqa {

// Display helpers shared by the pages: local time, durations, percentages, yes/no.
QString formatDateTime(const QDateTime &t);
QString formatDuration(std::optional<int> seconds); // "5:20", "1:02:03", "" when unknown
QString formatPercent(std::optional<double> percent); // "83.3 %", "no data"
QString formatYesNo(std::optional<bool> value);
// Numbers use QLocale(), which installTranslations() sets to the UI language.
QString formatCount(qint64 n); // 1,234,567

} // namespace servqa
