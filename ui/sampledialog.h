#pragma once

#include "workqueue.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace servqa {

class Session;

// "Draw sample": a random, reproducible sample of interactions per agent for a period,
// dealt to the chosen inspectors. The seed is shown, so the same draw can be repeated.
class SampleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SampleDialog(Session &session, QWidget *parent = nullptr);

    SampleRequest request() const;
    // Draws and assigns; on success the dialog closes and result() tells what was drawn.
    void accept() override;
    const SampleResult &sampleResult() const { return m_result; }

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QSpinBox *perAgentSpin() const { return m_perAgent; }
    QDoubleSpinBox *percentSpin() const { return m_percent; }
    QRadioButton *percentChoice() const { return m_byPercent; }
    QSpinBox *seedSpin() const { return m_seed; }
    QListWidget *inspectorList() const { return m_inspectors; }

private:
    Session &m_session;
    QComboBox *m_form;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_site;
    QComboBox *m_channel;
    QRadioButton *m_byCount;
    QRadioButton *m_byPercent;
    QSpinBox *m_perAgent;
    QDoubleSpinBox *m_percent;
    QSpinBox *m_seed;
    QListWidget *m_inspectors;
    QLabel *m_error;
    SampleResult m_result;
};

} // namespace servqa
