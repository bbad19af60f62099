#pragma once

#include <QSpinBox>

namespace servqa {

// Seconds shown and typed as a person says them: "2 h", "1 h 30 min", "90 s" (formatSeconds;
// in Chinese 小时 / 分钟 / 秒). A plain number typed is seconds. With no value to show (no
// workspace open) it shows a dash rather than its minimum.
class DurationSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit DurationSpinBox(QWidget *parent = nullptr);

    // The limits of a value; showValue(v) shows one, clearValue() none (a dash, disabled).
    void setDurationRange(int minimum, int maximum);
    void showValue(int seconds);
    void clearValue();

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &pos) const override;
    void changeEvent(QEvent *event) override;

private:
    int m_minimum = 0;
};

} // namespace servqa
