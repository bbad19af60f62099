#include "indicatortexts.h"

#include "formatting.h"

#include <QCoreApplication>

namespace servqa {

namespace {

// The Alerts page's words, shared with the reports that list alerts.
struct AlertTexts
{
    Q_DECLARE_TR_FUNCTIONS(AlertsPage)
};

} // namespace


QString indicatorValueText(IndicatorKind kind, std::optional<double> v)
{
    if (!v)
        return QStringLiteral("—");
    if (isShare(kind) || kind == IndicatorKind::MysteryShop)
        return formatPercent(*v);
    return formatNumber(*v, kind == IndicatorKind::Nps ? 1 : 2);
}

QString indicatorShortName(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Csat: return QCoreApplication::translate("IndicatorShort", "CSAT");
    case IndicatorKind::CsatMean: return QCoreApplication::translate("IndicatorShort", "CSAT mean");
    case IndicatorKind::Nps: return QCoreApplication::translate("IndicatorShort", "NPS");
    case IndicatorKind::Ces: return QCoreApplication::translate("IndicatorShort", "CES");
    case IndicatorKind::Fcr: return QCoreApplication::translate("IndicatorShort", "FCR");
    case IndicatorKind::FirstResponse: return QCoreApplication::translate("IndicatorShort", "First response");
    case IndicatorKind::ResolutionTime: return QCoreApplication::translate("IndicatorShort", "Resolved on time");
    case IndicatorKind::ResolutionRate: return QCoreApplication::translate("IndicatorShort", "Resolution rate");
    case IndicatorKind::EvaluationPass: return QCoreApplication::translate("IndicatorShort", "Evaluations passed");
    case IndicatorKind::MysteryShop: return QCoreApplication::translate("IndicatorShort", "Mystery shop");
    }
    return {};
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

QString alertPeriodText(const Alert &a)
{
    if (a.kind == AlertKind::Level)
        return a.to.day() == a.to.daysInMonth() || a.from.month() == a.to.month() ? AlertTexts::tr("%1 (month)").arg(a.from.toString(QStringLiteral("yyyy-MM")))
                                                                               : a.from.toString(Qt::ISODate);
    return AlertTexts::tr("week of %1").arg(a.from.toString(Qt::ISODate));
}

QString alertWhatText(const Alert &a)
{
    const QString value = indicatorValueText(a.indicator, a.value);
    const QString threshold = indicatorValueText(a.indicator, a.threshold);
    if (a.kind == AlertKind::Level) {
        return a.severity == AlertSeverity::Alarm ? AlertTexts::tr("%1, under the alarm level %2").arg(value, threshold)
                                                  : AlertTexts::tr("%1, under the warning level %2").arg(value, threshold);
    }
    switch (a.rule) {
    case 1: return AlertTexts::tr("%1 in the week, below the lower control limit %2 (rule 1)").arg(value, threshold);
    case 2: return AlertTexts::tr("%1 in the week: 2 of 3 weeks more than 2σ below the centre %2 (rule 2)").arg(value, threshold);
    case 3: return AlertTexts::tr("%1 in the week: 4 of 5 weeks more than 1σ below the centre %2 (rule 3)").arg(value, threshold);
    case 4: return AlertTexts::tr("%1 in the week: 8 weeks in a row below the centre %2 (rule 4)").arg(value, threshold);
    case 5: return AlertTexts::tr("%1 in the week: 6 weeks in a row falling (rule 5)").arg(value);
    case 6: return AlertTexts::tr("%1 in the week: 14 weeks in a row alternating up and down (rule 6)").arg(value);
    case 7: return AlertTexts::tr("%1 in the week: 15 weeks in a row within 1σ of the centre (rule 7)").arg(value);
    default: return AlertTexts::tr("%1 in the week: 8 weeks in a row more than 1σ from the centre (rule 8)").arg(value);
    }
}

} // namespace servqa
