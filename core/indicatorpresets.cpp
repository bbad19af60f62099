#include "indicatorpresets.h"

#include "database.h"

#include <QCoreApplication>

namespace servqa {

namespace {

IndicatorTarget target(IndicatorKind kind, std::optional<Channel> channel, std::optional<int> seconds, double level, double warning, double alarm)
{
    IndicatorTarget t;
    t.kind = kind;
    t.channel = channel;
    t.thresholdSeconds = seconds;
    t.target = level;
    t.warning = warning;
    t.alarm = alarm;
    return t;
}

} // namespace

const QVector<IndicatorPreset> &indicatorPresets()
{
    // The names are translated when shown (name()), in the language of the moment.
    static const QVector<IndicatorPreset> presets = [] {
        return QVector<IndicatorPreset>{
            {QStringLiteral("online"), QT_TRANSLATE_NOOP("IndicatorPresets", "Online customer service: first reply within 30 s"),
             {target(IndicatorKind::FirstResponse, Channel::Chat, 30, 90, 85, 80)}},
            {QStringLiteral("logistics"), QT_TRANSLATE_NOOP("IndicatorPresets", "Parcel enquiries answered within 2 h; cold-chain exceptions handled within 30 min"),
             {target(IndicatorKind::FirstResponse, Channel::Email, 7200, 90, 85, 80), target(IndicatorKind::FirstResponse, Channel::Call, 1800, 95, 90, 85)}},
            {QStringLiteral("repair"), QT_TRANSLATE_NOOP("IndicatorPresets", "After-sales repair on site within 24 h"),
             {target(IndicatorKind::ResolutionTime, Channel::Visit, 24 * 3600, 90, 85, 80)}},
            {QStringLiteral("complaints"), QT_TRANSLATE_NOOP("IndicatorPresets", "Retail complaints: responded within 24 h, resolved within 48 h"),
             {target(IndicatorKind::FirstResponse, Channel::Email, 24 * 3600, 95, 90, 85), target(IndicatorKind::FirstResponse, Channel::Social, 24 * 3600, 95, 90, 85),
              target(IndicatorKind::ResolutionTime, std::nullopt, 48 * 3600, 95, 90, 85)}},
            {QStringLiteral("outcomes"), QT_TRANSLATE_NOOP("IndicatorPresets", "Resolution rate at least 95 %, customer satisfaction at least 90 %"),
             {target(IndicatorKind::ResolutionRate, std::nullopt, std::nullopt, 95, 92, 90), target(IndicatorKind::Csat, std::nullopt, std::nullopt, 90, 85, 80)}},
        };
    }();
    return presets;
}

QString IndicatorPreset::name() const
{
    return QCoreApplication::translate("IndicatorPresets", text);
}

Status applyIndicatorPreset(Database &db, const IndicatorPreset &preset)
{
    return saveIndicatorTargets(db, preset.targets);
}

} // namespace servqa
