#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace servqa {

struct Answer;
struct FormItem;

// Display helpers shared by the pages: local time, durations, percentages, yes/no.
QString formatDateTime(const QDateTime &t);
QString formatDate(const QDate &d); // "2026-12-01" in either language, as everywhere else
QString formatDuration(std::optional<int> seconds); // "5:20", "1:02:03", "" when unknown
// A time limit or target in words, the same on every page: "45 s", "90 s", "2 min",
// "1 h 30 min", "2 h", "1 d"; in Chinese 秒 / 分钟 / 小时 / 天. Under ten minutes that are not
// whole minutes stay in seconds (a 90-second promise reads as one).
QString formatSeconds(qint64 seconds);
// The inverse, for typed limits: "7200", "2 h", "1h30min", "90 s", "2 小时", "1 小时 30 分钟";
// nullopt when the text is not a duration.
std::optional<qint64> parseSeconds(const QString &text);
QString formatPercent(std::optional<double> percent, int decimals = 1); // "83.3 %", "no data"
QString formatYesNo(std::optional<bool> value);
// An item's answer as an inspector reads it: 是 / 否 / 不适用, "4 / 5", "25 s (SLA 30 s)".
QString formatAnswer(const FormItem &item, const Answer &answer);
// Numbers use QLocale(), which installTranslations() sets to the UI language.
QString formatCount(qint64 n); // 1,234,567
QString formatNumber(std::optional<double> value, int decimals = 2); // "-0.25", "—" when unknown
// A name with what tells it apart, and a list of names, with the language's own marks:
// "Wang Fang (Store manager)" / "王芳（门店经理）"; "East, West" / "东区、西区".
QString formatWithNote(const QString &name, const QString &note);
QString formatList(const QStringList &items);

} // namespace servqa
