#pragma once

#include "gaptrends.h"

#include <QWidget>

class QCustomPlot;

namespace servqa {

// The customer gap (P − E) of each SERVQUAL dimension as a trend, with its 95 % confidence
// band. Hover shows the value, interval and n; the wheel zooms and dragging pans the time
// axis; periods with too few respondents are left out of the lines. Saves as PNG or PDF.
class GapTrendChart : public QWidget
{
    Q_OBJECT

public:
    explicit GapTrendChart(QWidget *parent = nullptr);
    ~GapTrendChart() override;

    void setTrend(const QVector<GapPoint> &points, Granularity granularity);
    const QVector<GapPoint> &trend() const { return m_points; }

    // The text hovering over (period, dimension) shows.
    QString pointText(int point, Dimension dimension) const;
    bool savePng(const QString &path);
    bool savePdf(const QString &path);
    QCustomPlot *plot() const { return m_plot; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QString periodName(const QDate &period) const;

    QCustomPlot *m_plot;
    QVector<GapPoint> m_points;
    Granularity m_granularity = Granularity::Month;
};

} // namespace servqa
