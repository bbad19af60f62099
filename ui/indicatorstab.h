#pragma once

#include "alerts.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QTableWidget;

namespace servqa {

class ControlChart;
class LatestResult;
class Session;

// The Dashboards' Indicators tab: every indicator of the filters' sites and period against its
// target, warning and alarm levels, and the weekly control chart of the one chosen. Computed off
// the GUI thread when the tab is shown and its scope changed. A double-click on a week lists the
// cases behind it; "Baseline…" sets the weeks that fix the chart's limits (phase I).
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
    QPushButton *baselineButton() const { return m_baseline; }
    QComboBox *chartKindBox() const { return m_chartKind; } // trend, control chart, X̄–R or X̄–S of scores
    bool isComputing() const;
    // The cases of the chart's week or month `subgroup` (what a double-click opens); the dialog is shown.
    QDialog *showWeekCases(int subgroup);
    // Sets the chosen chart's baseline to its weeks first..last, or back to the first weeks
    // (`first` < 0), and draws the chart again.
    bool setBaseline(int first, int last);

signals:
    // A case of a week's list, double-clicked: open it where it lives.
    void evaluationRequested(qint64 evaluationId, const QDate &day);
    void interactionRequested(const QString &externalId, const QDate &day);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void compute();
    void computeChart(); // of the indicator chosen in the table
    // The chart of `kind` for the scope and chart kind shown; unless `again`, not when that chart
    // was already asked for since the scope was last computed.
    void computeChartOf(IndicatorKind kind, bool again);
    void showValues();
    void editBaseline();
    std::optional<IndicatorKind> chosen() const;
    bool mayMoveLimits() const; // a QA lead or an administrator is working

    Session &m_session;
    std::unique_ptr<LatestResult> m_worker;
    std::unique_ptr<LatestResult> m_chartWorker;
    IndicatorScope m_scope;
    struct ChartAsked
    {
        IndicatorKind kind;
        int chartKind;
    };
    std::optional<ChartAsked> m_chartAsked; // since compute(): the scope is m_scope
    bool m_stale = true;
    QVector<IndicatorValue> m_values;
    QLabel *m_note;
    QTableWidget *m_table;
    QLabel *m_chartTitle;
    ControlChart *m_chart;
    QLabel *m_chartHint;
    QLabel *m_chartKindLabel;
    QComboBox *m_chartKind;
    QPushButton *m_baseline;
};

} // namespace servqa
