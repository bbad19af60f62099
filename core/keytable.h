#pragma once

#include <QLatin1String>
#include <QString>

#include <cstddef>
#include <optional>
#include <utility>

namespace servqa {

// Enums are stored in files and the database by stable lower-case keys ("yesno_na",
// "acknowledged"). Each enum declares one table of {value, key} pairs; these two functions
// read it both ways.
template <typename Enum, std::size_t N>
QString keyOf(Enum value, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &[v, key] : table) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const QString &key, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &[v, k] : table) {
        if (key == QLatin1String(k))
            return v;
    }
    return std::nullopt;
}

} // namespace servqa
