#include "indicatortexts.h"

#include "formatting.h"

#include <QCoreApplication>

namespace servqa {

QString indicatorValueText(IndicatorKind kind, std::optional<double> v)
{
    if (!v)
        return QStringLiteral("—");
    if (isShare(kind) || kind == IndicatorKind::MysteryShop)
        return formatPercent(*v);
    return formatNumber(*v, kind == IndicatorKind::Nps ? 1 : 2);
}

QString indicatorStatusText(IndicatorStatus s)
{
    switch (s) {
    case IndicatorStatus::NoData: return QCoreApplication::translate("IndicatorsTab", "no data");
    case IndicatorStatus::Met: return QCoreApplication::translate("IndicatorsTab", "met");
    case IndicatorStatus::BelowTarget: return QCoreApplication::translate("IndicatorsTab", "below target");
    case IndicatorStatus::Warning: return QCoreApplication::translate("IndicatorsTab", "warning");
    case IndicatorStatus::Alarm: return QCoreApplication::translate("IndicatorsTab", "alarm");
    }
    return {};
}

QColor indicatorStatusColour(IndicatorStatus s)
{
    switch (s) {
    case IndicatorStatus::Met: return QColor(0x2e, 0x7d, 0x32);
    case IndicatorStatus::BelowTarget: return QColor(0x55, 0x55, 0x55);
    case IndicatorStatus::Warning: return QColor(0xb2, 0x6a, 0x00);
    case IndicatorStatus::Alarm: return QColor(0xc6, 0x28, 0x28);
    default: return QColor(0x88, 0x88, 0x88);
    }
}

} // namespace servqa
