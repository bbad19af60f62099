#pragma once

#include "alerts.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;

namespace servqa {

class ControlChart;
class LatestResult;
class Session;

// The Dashboards' Indicators tab: every indicator of the filters' sites and period against its
// target, warning and alarm levels, and the weekly control chart of the one chosen. Computed off
// the GUI thread when the tab is shown and its scope changed.
class IndicatorsTab : public QWidget
{
    Q_OBJECT

public:
    IndicatorsTab(Session &session, QWidget *parent = nullptr);
    ~IndicatorsTab() override;

    // The dashboard's filters: computed now if shown, else when shown.
    void setScope(const IndicatorScope &scope);
    QTableWidget *table() const { return m_table; }
    ControlChart *chart() const { return m_chart; }
    bool isComputing() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void compute();
    void computeChart();
    void showValues();

    Session &m_session;
    std::unique_ptr<LatestResult> m_worker;
    std::unique_ptr<LatestResult> m_chartWorker;
    IndicatorScope m_scope;
    bool m_stale = true;
    QVector<IndicatorValue> m_values;
    QLabel *m_note;
    QTableWidget *m_table;
    QLabel *m_chartTitle;
    ControlChart *m_chart;
};

} // namespace servqa
