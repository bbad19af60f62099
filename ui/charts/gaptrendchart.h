#pragma once

#include "gaptrends.h"

#include <QWidget>

class QCustomPlot;

namespace servqa {

// A value of each SERVQUAL dimension as a trend, with its 95 % confidence band: the customer
// gap (P − E), or the dimension scores of evaluations. Hover shows the value, interval and n;
// the wheel zooms and dragging pans the time axis; periods with too few data are left out of
// the lines. Saves as PNG or PDF.
class GapTrendChart : public QWidget
{
    Q_OBJECT

public:
    explicit GapTrendChart(QWidget *parent = nullptr);
    ~GapTrendChart() override;

    enum class Measure { CustomerGap, EvaluationScore };

    void setTrend(const QVector<GapPoint> &points, Granularity granularity); // the customer gap
    void setScores(const QVector<TrendPoint> &points, Granularity granularity); // evaluation scores, %
    const QVector<TrendPoint> &trend() const { return m_points; }

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
    QVector<TrendPoint> m_points;
    Measure m_measure = Measure::CustomerGap;
    Granularity m_granularity = Granularity::Month;
};

} // namespace servqa
