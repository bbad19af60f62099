#pragma once

#include "fivegaps.h"
#include "gaptrends.h"

#include <QWidget>

#include <optional>
#include <utility>

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

    enum class Measure { CustomerGap, EvaluationScore, Gap };

    void setTrend(const QVector<GapPoint> &points, Granularity granularity); // the customer gap
    void setScores(const QVector<TrendPoint> &points, Granularity granularity); // evaluation scores, %
    // One of the five gaps per dimension: scale points (gaps 1, 2, 5) or percentage points (3, 4).
    void setGapTrend(const QVector<TrendPoint> &points, Granularity granularity, GapKind gap);
    Measure measure() const { return m_measure; }
    const QVector<TrendPoint> &trend() const { return m_points; }

    // The text hovering over (period, dimension) shows.
    QString pointText(int point, Dimension dimension) const;
    bool savePng(const QString &path);
    bool savePdf(const QString &path);
    QCustomPlot *plot() const { return m_plot; }
    // The point drawn nearest to a pixel position (within a few pixels), as (period, dimension).
    std::optional<std::pair<int, Dimension>> pointAt(const QPointF &pixel) const;

signals:
    // A click on a point: drill down to what is behind it.
    void pointClicked(int point, Dimension dimension);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QString periodName(const QDate &period) const;

    QCustomPlot *m_plot;
    QVector<TrendPoint> m_points;
    Measure m_measure = Measure::CustomerGap;
    Granularity m_granularity = Granularity::Month;
    GapKind m_gap = GapKind::Customer;
};

} // namespace servqa
