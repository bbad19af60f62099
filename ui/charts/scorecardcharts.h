#pragma once

#include "scorecard.h"

#include <QPicture>
#include <QWidget>

class QCustomPlot;

namespace servqa {

// A subject's mean score per month (0–100 %) with its 95 % interval. Compact, it is a
// sparkline for a scorecard's header; full, a chart with axes for reports.
class ScoreTrendChart : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreTrendChart(bool compact, QWidget *parent = nullptr);
    ~ScoreTrendChart() override;

    void setTrend(const QVector<QDate> &months, const QVector<Estimate> &scores, std::optional<double> passMark = {});
    QPicture picture(QSize size);
    QCustomPlot *plot() const { return m_plot; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QCustomPlot *m_plot;
    bool m_compact;
    QVector<QDate> m_months;
    QVector<Estimate> m_scores;
    std::optional<double> m_passMark;
};

// The items failed most often: a bar per item (failures) and the cumulative share of all
// failures as a line on the right axis (the Pareto chart). Every item the table beside it lists
// has its bar, numbered as its row; past MaxItems the last bar is the rest together ("20–25").
class ParetoChart : public QWidget
{
    Q_OBJECT

public:
    explicit ParetoChart(QWidget *parent = nullptr);
    ~ParetoChart() override;

    void setItems(const QVector<ItemFailures> &items);
    QPicture picture(QSize size);
    QCustomPlot *plot() const { return m_plot; }

    static constexpr int MaxItems = 20;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QCustomPlot *m_plot;
    QVector<ItemFailures> m_items;
    int m_rest = 0; // with more than MaxItems items: how many, the last bar being items MaxItems to m_rest
};

} // namespace servqa
