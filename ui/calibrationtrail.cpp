#include "calibrationtrail.h"

#include "calibration.h"
#include "form.h"
#include "formatting.h"

#include <QCoreApplication>

namespace servqa {

namespace {

// An answer as core keeps it in the trail (yes, no, N/A or the number), as the item shows it.
QString storedAnswer(const FormItem *item, const QString &stored)
{
    if (stored.isEmpty() || !item)
        return stored;
    if (stored == QLatin1String("N/A"))
        return formatAnswer(*item, Answer::na());
    if (stored == QLatin1String("yes"))
        return formatAnswer(*item, Answer::yes());
    if (stored == QLatin1String("no"))
        return formatAnswer(*item, Answer::no());
    bool ok = false;
    const double value = stored.toDouble(&ok);
    return ok ? formatAnswer(*item, Answer::number(value)) : stored;
}

} // namespace

QString calibrationStepValue(const CalibrationLogEntry &step, const FormItem *item)
{
    bool number = false;
    const double value = step.newValue.toDouble(&number);
    if (step.action == QLatin1String("consensus"))
        return QCoreApplication::translate("CalibrationTrail", "%1 → %2").arg(storedAnswer(item, step.oldValue), storedAnswer(item, step.newValue));
    if (step.action == QLatin1String("handed_in"))
        return number ? QCoreApplication::translate("CalibrationTrail", "score %1").arg(formatPercent(value)) : QStringLiteral("—");
    if (step.action == QLatin1String("closed") && number)
        return QCoreApplication::translate("CalibrationTrail", "%n consensus answer(s) proposed", nullptr, int(value));
    return step.newValue;
}

QString calibrationStepNote(const CalibrationLogEntry &step, const CalibrationSession &session)
{
    if (step.action != QLatin1String("created"))
        return step.note;
    return QCoreApplication::translate("CalibrationTrail", "%1 interactions, %2 inspectors, %3")
        .arg(session.interactions.size())
        .arg(session.participants.size())
        .arg(session.blind ? QCoreApplication::translate("CalibrationTrail", "blind") : QCoreApplication::translate("CalibrationTrail", "open"));
}

} // namespace servqa
