#include "durationspinbox.h"

#include "formatting.h"

#include <QEvent>
#include <QLineEdit>

namespace servqa {

DurationSpinBox::DurationSpinBox(QWidget *parent) : QSpinBox(parent)
{
    setKeyboardTracking(false); // "1 h" typed is not 1 s on the way
    setAccelerated(true);
}

void DurationSpinBox::setDurationRange(int minimum, int maximum)
{
    m_minimum = minimum;
    setRange(specialValueText().isEmpty() ? minimum : minimum - 1, maximum);
}

void DurationSpinBox::showValue(int seconds)
{
    setSpecialValueText(QString());
    setMinimum(m_minimum);
    setEnabled(true);
    setValue(seconds);
}

void DurationSpinBox::clearValue()
{
    // The special value text stands for the minimum, here one below the real range.
    setSpecialValueText(QStringLiteral("–"));
    setMinimum(m_minimum - 1);
    setValue(m_minimum - 1);
    setEnabled(false);
}

QString DurationSpinBox::textFromValue(int value) const
{
    return formatSeconds(value);
}

int DurationSpinBox::valueFromText(const QString &text) const
{
    return int(parseSeconds(text).value_or(value()));
}

QValidator::State DurationSpinBox::validate(QString &text, int &) const
{
    const auto seconds = parseSeconds(text);
    if (!seconds)
        return QValidator::Intermediate; // "1 h 3" on the way to "1 h 30 min"
    return *seconds >= minimum() && *seconds <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

void DurationSpinBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        lineEdit()->setText(textFromValue(value())); // the units in the new language
    QSpinBox::changeEvent(event);
}

} // namespace servqa
