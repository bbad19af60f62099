#pragma once

#include "indicators.h"

#include <QString>
#include <QVector>

namespace servqa {

// Starting targets from service standards common in Chinese industry, which a QA lead applies and
// then edits (docs/indicators.md): each sets the targets it names and leaves the others.
struct IndicatorPreset
{
    QString key;
    const char *text = ""; // English; name() translates
    QVector<IndicatorTarget> targets;
    QString name() const;
};
const QVector<IndicatorPreset> &indicatorPresets();
// Saves the preset's targets (each replacing the target of the same indicator, channel and place).
Status applyIndicatorPreset(Database &db, const IndicatorPreset &preset);

} // namespace servqa
