#pragma once

#include "alerts.h"

#include <QWidget>

class QCustomPlot;

namespace servqa {

// A control chart of an indicator by week: the values (a p chart's shares as percent), the centre
// line and the control limits of each week, zones A/B/C shaded, the weeks that set the limits
// marked, and the points of a signal in red (beyond the limits) or orange (a run). Hover shows the
// week, its value, cases and limits; the wheel zooms and dragging moves along the weeks.
class ControlChart : public QWidget
{
    Q_OBJECT

public:
    explicit ControlChart(QWidget *parent = nullptr);
    ~ControlChart() override;

    void setChart(const IndicatorChart &chart);
    QCustomPlot *plot() const { return m_plot; }
    static void configure(QCustomPlot *plot, const IndicatorChart &chart);

protected:
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *m_plot;
    IndicatorChart m_chart;
};

} // namespace servqa
