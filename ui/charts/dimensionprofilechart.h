#pragma once

#include "servqual.h"

#include <QWidget>

class QCPPolarAxisAngular;
class QCPPolarGraph;
class QCPItemText;
class QCustomPlot;

namespace servqa {

// The five dimensions side by side for one period: a radar of customers' expectation and
// perception (1–7), and the gap of each dimension as bars with its 95 % interval.
class DimensionProfileChart : public QWidget
{
    Q_OBJECT

public:
    explicit DimensionProfileChart(QWidget *parent = nullptr);
    ~DimensionProfileChart() override;

    void setResult(const ServqualResult &result);
    QCustomPlot *radar() const { return m_radar; }
    QCustomPlot *bars() const { return m_bars; }
    bool savePdf(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QCustomPlot *m_radar;
    QCPPolarAxisAngular *m_angular;
    QCPPolarGraph *m_expectation;
    QCPPolarGraph *m_perception;
    QVector<QCPItemText *> m_scale; // the radar's 1–7, one label each
    QCustomPlot *m_bars;
    ServqualResult m_result;
};

} // namespace servqa
