#pragma once

#include "indicators.h"

#include <QDialog>
#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace servqa {

class DurationSpinBox;
class Session;

// Settings ▸ Indicator targets: every target with its channel, place, time limit and levels;
// added, edited and removed here, or set from an industry preset and edited after.
class IndicatorTargetsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit IndicatorTargetsBox(Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The run rules of the charts and alerts, rule 1 to 8.
    QCheckBox *ruleBox(int rule) const { return m_rules.value(rule - 1); }
    QComboBox *presetBox() const { return m_preset; }
    QPushButton *addButton() const { return m_add; }
    void reload();
    // The buttons' actions (a dialog each; tests drive the dialog).
    void addTarget();
    void editTarget();
    void removeTarget();
    void applyPreset();

signals:
    void changed(); // a target was saved, removed or set by a preset

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    bool edit(IndicatorTarget target);
    void saveRules(QCheckBox *toggled);

    Session &m_session;
    QVector<IndicatorTarget> m_targets;
    QTableWidget *m_table;
    QLabel *m_rulesLabel;
    QVector<QCheckBox *> m_rules;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QComboBox *m_preset;
    QPushButton *m_apply;
    QLabel *m_note;
    QLabel *m_who;
};

// One target: the indicator, its channel and place, the time limit (time indicators) and levels.
class IndicatorTargetDialog : public QDialog
{
    Q_OBJECT

public:
    IndicatorTargetDialog(Session &session, const IndicatorTarget &target, QWidget *parent = nullptr);
    IndicatorTarget target() const;
    QComboBox *indicatorBox() const { return m_indicator; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *placeBox() const { return m_place; }
    DurationSpinBox *limitBox() const { return m_limit; }
    QDoubleSpinBox *targetBox() const { return m_levels[0]; }
    QDoubleSpinBox *warningBox() const { return m_levels[1]; }
    QDoubleSpinBox *alarmBox() const { return m_levels[2]; }

private:
    void updateFields();

    qint64 m_id = 0;
    QComboBox *m_indicator;
    QComboBox *m_channel;
    QComboBox *m_place;
    QLabel *m_limitLabel;
    DurationSpinBox *m_limit;
    QDoubleSpinBox *m_levels[3];
};

} // namespace servqa
