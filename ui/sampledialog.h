#pragma once

#include "workqueue.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QRadioButton;
class QSpinBox;

namespace servqa {

class BackgroundJob;
class Session;

// "Draw sample": a random, reproducible sample of interactions per agent for a period,
// dealt to the chosen inspectors. The seed is shown, so the same draw can be repeated. A targeted
// draw takes the interactions screening flagged first, or a share of them (docs/screening.md).
class SampleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SampleDialog(Session &session, QWidget *parent = nullptr);

    SampleRequest request() const;
    // Draws and assigns on a worker thread (a month of a large centre's interactions takes a
    // second), the dialog busy meanwhile; on success it closes and sampleResult() tells what was
    // drawn, on failure it stays open with the reason.
    void accept() override;
    void reject() override; // not while drawing: the draw is one transaction, it ends soon
    bool isDrawing() const { return m_job != nullptr; }
    const SampleResult &sampleResult() const { return m_result; }

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QSpinBox *perAgentSpin() const { return m_perAgent; }
    QDoubleSpinBox *percentSpin() const { return m_percent; }
    QRadioButton *percentChoice() const { return m_byPercent; }
    QSpinBox *seedSpin() const { return m_seed; }
    QComboBox *targetingCombo() const { return m_targeting; }
    QDoubleSpinBox *flaggedShareSpin() const { return m_flaggedShare; }
    QComboBox *minRiskCombo() const { return m_minRisk; }
    QListWidget *inspectorList() const { return m_inspectors; }
    QLabel *errorLabel() const { return m_error; }

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
    QComboBox *m_targeting;       // random / the flagged first / a share flagged
    QDoubleSpinBox *m_flaggedShare;
    QComboBox *m_minRisk;
    QSpinBox *m_seed;
    QListWidget *m_inspectors;
    QLabel *m_error;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    BackgroundJob *m_job = nullptr;
    SampleResult m_result;
};

} // namespace servqa
