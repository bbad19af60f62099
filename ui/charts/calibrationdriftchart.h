#pragma once

#include "calibration.h"

#include <QWidget>

class QCustomPlot;

namespace servqa {

// Each inspector's deviation from consensus (points of 100) in each closed calibration session,
// oldest first, one line per inspector, against the workspace's tolerance band (± points, shaded).
// Hover shows the inspector, the session and the deviation.
class CalibrationDriftChart : public QWidget
{
    Q_OBJECT

public:
    explicit CalibrationDriftChart(QWidget *parent = nullptr);
    ~CalibrationDriftChart() override;

    void setDrift(const QVector<CalibrationDriftPoint> &points, double tolerance);
    QCustomPlot *plot() const { return m_plot; }
    int inspectorCount() const;
    // Draws the chart into a PDF report (see plotPicture).
    static void configure(QCustomPlot *plot, const QVector<CalibrationDriftPoint> &points, double tolerance);

protected:
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *m_plot;
    QVector<CalibrationDriftPoint> m_points;
    double m_tolerance = 5;
};

} // namespace servqa
