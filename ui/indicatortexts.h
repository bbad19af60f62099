#pragma once

#include "alerts.h"
#include "indicators.h"

#include <QColor>
#include <QString>

#include <optional>

namespace servqa {

// An indicator's value or level as its kind reads: percent for shares and mystery-shop
// compliance, points for NPS (one decimal), a mean to two places; "—" when unknown.
QString indicatorValueText(IndicatorKind kind, std::optional<double> value);
// "met", "below target", "warning", "alarm", "no data", and the colour each is drawn in.
QString indicatorStatusText(IndicatorStatus status);
QColor indicatorStatusColour(IndicatorStatus status);

// A short name for a narrow column header ("CSAT", "First response", "暗访达标率").
QString indicatorShortName(IndicatorKind kind);

// An alert's period ("2026-10 (month)", "week of 2026-10-19") and what happened, in words.
QString alertPeriodText(const Alert &alert);
QString alertWhatText(const Alert &alert);

} // namespace servqa
