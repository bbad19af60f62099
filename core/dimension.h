#pragma once

#include <QString>

#include <array>
#include <optional>

namespace servqa {

// The five SERVQUAL dimensions (Parasuraman, Zeithaml & Berry 1988); every scorecard and
// checklist item is tagged with one, so everything rolls up into the same five numbers.
enum class Dimension { Tangibles, Reliability, Responsiveness, Assurance, Empathy };

constexpr int DimensionCount = 5;
constexpr std::array<Dimension, DimensionCount> AllDimensions = {
    Dimension::Tangibles, Dimension::Reliability, Dimension::Responsiveness,
    Dimension::Assurance, Dimension::Empathy};

// Stable key used in files and the database ("tangibles", …).
QString dimensionKey(Dimension d);
std::optional<Dimension> dimensionFromKey(const QString &key);
// Translated display name (有形性 …).
QString dimensionName(Dimension d);

inline int dimensionIndex(Dimension d) { return static_cast<int>(d); }

} // namespace servqa
