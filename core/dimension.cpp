#include "dimension.h"

#include <QCoreApplication>

namespace servqa {

QString dimensionKey(Dimension d)
{
    switch (d) {
    case Dimension::Tangibles: return QStringLiteral("tangibles");
    case Dimension::Reliability: return QStringLiteral("reliability");
    case Dimension::Responsiveness: return QStringLiteral("responsiveness");
    case Dimension::Assurance: return QStringLiteral("assurance");
    case Dimension::Empathy: return QStringLiteral("empathy");
    }
    return {};
}

std::optional<Dimension> dimensionFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (Dimension d : AllDimensions) {
        if (dimensionKey(d) == k)
            return d;
    }
    return std::nullopt;
}

QString dimensionName(Dimension d)
{
    switch (d) {
    case Dimension::Tangibles: return QCoreApplication::translate("Dimension", "Tangibles");
    case Dimension::Reliability: return QCoreApplication::translate("Dimension", "Reliability");
    case Dimension::Responsiveness: return QCoreApplication::translate("Dimension", "Responsiveness");
    case Dimension::Assurance: return QCoreApplication::translate("Dimension", "Assurance");
    case Dimension::Empathy: return QCoreApplication::translate("Dimension", "Empathy");
    }
    return {};
}

} // namespace servqa
