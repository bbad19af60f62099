#pragma once

#include "alerts.h"

#include <QWidget>

class QCustomPlot;
class QCPTextElement;

namespace servqa {

// A control chart of an indicator by week: the values (a p chart's shares as percent), the centre
// line and the control limits of each week, zones A/B/C shaded, the weeks that set the limits
// marked, and the points of a signal in red (beyond the limits) or orange (a run). Hover shows the
// week, its value, cases and limits; the wheel zooms and dragging moves along the weeks; a
// double-click on a point asks for the cases of its week.
class ControlChart : public QWidget
{
    Q_OBJECT

public:
    explicit ControlChart(QWidget *parent = nullptr);
    ~ControlChart() override;

    void setChart(const IndicatorChart &chart);
    // A title over the plot (a report's chart; the Dashboards tab has a label of its own).
    void setTitle(const QString &title);
    bool savePng(const QString &path);
    bool savePdf(const QString &path); // vector
    QCustomPlot *plot() const { return m_plot; }
    static void configure(QCustomPlot *plot, const IndicatorChart &chart);
    const IndicatorChart &chart() const { return m_chart; }
    int pointAt(const QPointF &position) const; // the subgroup drawn there, or −1

signals:
    void pointActivated(int subgroup);

protected:
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *m_plot;
    IndicatorChart m_chart;
    QCPTextElement *m_title = nullptr;
};

} // namespace servqa
