#pragma once

#include "interactionquery.h"
#include "screeningstats.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace servqa {

class BackgroundJob;
class ScreeningTrendChart;
class Session;

// The Dashboards' Screening tab (docs/screening.md): over the filters' sites, channel and period,
// how often the active rules flag interactions and how often each rule matches, as a trend by the
// dashboard's periods and as a table by rule, site or agent. Counted off the GUI thread when the
// tab is shown and its scope changed. A double-click on a row, or a click on a period, lists the
// interactions behind the figure on the Interactions page.
class ScreeningTab : public QWidget
{
    Q_OBJECT

public:
    // What the table lists, in the order of byBox()'s items (each item's data).
    enum By { ByRule, BySite, ByAgent };

    explicit ScreeningTab(Session &session, QWidget *parent = nullptr);
    ~ScreeningTab() override;

    // The dashboard's filters: counted now if shown, else when shown.
    void setScope(const IndicatorScope &scope, Granularity granularity);
    bool isComputing() const { return m_job != nullptr; }
    const ScreeningStats &stats() const { return m_stats; }
    ScreeningTrendChart *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    QComboBox *ruleBox() const { return m_rule; }
    QComboBox *byBox() const { return m_by; }
    QLabel *summaryLabel() const { return m_summary; }
    // What a double-click on a row of the table (as shown, sorted or not), or a click on a period, lists.
    InteractionFilter rowFilter(int shownRow) const;
    InteractionFilter periodFilter(int period) const;

signals:
    void interactionsRequested(const InteractionFilter &filter);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void compute();
    void showStats();
    void showTable();
    InteractionFilter baseFilter() const;

    Session &m_session;
    IndicatorScope m_scope;
    Granularity m_granularity = Granularity::Month;
    bool m_stale = true;
    BackgroundJob *m_job = nullptr;
    ScreeningStats m_stats;
    QString m_error;
    QComboBox *m_rule;
    QComboBox *m_by;
    QLabel *m_ruleLabel;
    QLabel *m_byLabel;
    QLabel *m_summary;
    ScreeningTrendChart *m_chart;
    QTableWidget *m_table;
};

} // namespace servqa
