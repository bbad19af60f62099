#pragma once

#include "actions.h"

#include "fivegaps.h"
#include "gaptrends.h"
#include "indicators.h"
#include "interactionquery.h"

#include <QPointer>
#include <QVector>
#include <QWidget>


class QComboBox;
class QHBoxLayout;
class QDialog;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QThread;
class QTimer;
class QTableWidget;

namespace servqa {

struct DashboardData;
class DimensionProfileChart;
class GapTrendChart;
class IndicatorsTab;
class ScreeningTab;
class PeriodSelector;
class Session;

// The gap model's customer gap (P − E) from SERVQUAL surveys: its trend by dimension with
// confidence bands, the gaps of the whole period per dimension with E, P, n and Cronbach's
// alpha, and the items that fall shortest. Filtered by period and site, by week, month or
// quarter, with a minimum number of respondents below which a period is shown as too few.
class DashboardsPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardsPage(Session &session, QWidget *parent = nullptr);
    ~DashboardsPage() override;

    GapTrendChart *chart() const { return m_chart; }
    DimensionProfileChart *profile() const { return m_profile; }
    GapTrendChart *scoreChart() const { return m_scores; }
    QTableWidget *dimensionTable() const { return m_dimensions; }
    QTableWidget *itemTable() const { return m_items; }
    QComboBox *granularityBox() const { return m_granularity; }
    PeriodSelector *periodSelector() const { return m_period; }
    QSpinBox *minimumBox() const { return m_minimum; }
    QComboBox *siteBox() const { return m_site; }
    QComboBox *regionBox() const { return m_region; }
    QComboBox *waveBox() const { return m_wave; }
    QComboBox *formBox() const { return m_form; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *staffBox() const { return m_staff; }
    GapTrendChart *fiveChart() const { return m_fiveChart; }
    QTableWidget *fiveTable() const { return m_fiveTable; }
    // Asks for a corrective action on the gap of the five gaps' table's cell (actionRequested()).
    void raiseActionOnGap(int row, int column);
    QComboBox *gapBox() const { return m_gapBox; }
    QTabWidget *tabs() const { return m_charts; }
    ScreeningTab *screeningTab() const { return m_screening; }
    // What a tab shows, computed apart: the customer gap's trend with the whole period's SERVQUAL
    // tables (the first two tabs), the evaluation scores, the five gaps.
    enum Part { SurveyPart = 1, ScoresPart = 2, FivePart = 4, AllParts = 7 };
    // Recomputes the tab shown on worker threads; the other tabs follow a moment later, or at
    // once when the user turns to them. The page updates when the newest request is done.
    void refresh();
    // Anything still to compute or to show, the other tabs' included.
    bool isComputing() const;
    // What the user waits for: the numbers of the tab shown.
    bool isComputingShownTab() const;
    // Drill-down: the answers behind one item's gap (0-based) for the filters shown, in a
    // window of its own.
    QDialog *showItemAnswers(int item);
    // Drill-down: the respondents of one period (its first day, at the granularity shown) for
    // the filters shown, with their expectation, perception and gap in a dimension.
    QDialog *showPeriodResponses(const QDate &period, Dimension dimension);
    // What a click on a point of the five-gap chart opens: the responses behind gaps 1, 2 and 5,
    // the evaluations behind gap 3 (gap 4's cases are interactions: the Standards page lists
    // each promise).
    void drillDown(GapKind gap, const QDate &period, Dimension dimension);
    // Hand entry of one survey response (a paper questionnaire); the page refreshes when saved.
    void enterResponse();
    // The formulas behind every number on the page, as the help shows them (translated).
    static QString formulaText();

signals:
    // The evaluations behind a point of the score trend or the delivery gap: the days from
    // `from` to `to`, a site, an agent, a form.
    void evaluationRequested(qint64 evaluationId, const QDate &day); // a case of the Indicators tab
    void interactionsRequested(const InteractionFilter &filter);    // behind a figure of the Screening tab
    void interactionRequested(const QString &externalId, const QDate &day);
    void evaluationsRequested(const QDate &from, const QDate &to, std::optional<qint64> siteId, std::optional<qint64> staffId,
                              std::optional<qint64> formId);
    // A corrective action on the gap and dimension of the five gaps' cell chosen: the filters'
    // place, the dimension's evaluation score as the measure, the period shown as the period before.
    void actionRequested(const ActionDraft &prefill);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    enum FiveColumn { FDimension, FGap1, FColumnCount = FGap1 + 5 }; // the five gaps' table: a column per gap
    void retranslate();
    void arrangeFilters(bool twoRows);
    void saveChart();
    void saveReport();
    void saveIndicatorsReport();
    void saveScreeningReport();
    SurveyFilter currentFilter() const;
    IndicatorScope indicatorScope() const;
    QString reportToolTip() const; // the Audit report button's, for the tab shown
    ScoreTrendFilter currentScoreFilter() const;
    void showData(const DashboardData &data, Granularity granularity, int minimum);
    void request(int parts);
    int partsShown() const;
    void showFiveGaps(const FiveGaps &five, const QVector<FiveGapsPoint> &trend, Granularity granularity);
    void setUpFiveGapActions(); // the five gaps' table's "Raise action on this gap…"
    void showFiveGapTrend();
    QDate periodEnd(const QDate &period) const; // the period's last day, inside the filter's dates

    Session &m_session;
    QPushButton *m_report;
    QLabel *m_channelLabel;
    QComboBox *m_channel;
    QLabel *m_staffLabel;
    QComboBox *m_staff;
    QLabel *m_formLabel;
    QComboBox *m_form;
    QLabel *m_scoresNote;
    PeriodSelector *m_period;
    QComboBox *m_site;
    QHBoxLayout *m_filters;     // the period, region and site; the rest too unless custom dates are shown
    QHBoxLayout *m_moreFilters; // with custom dates: the wave, the grouping and the minimum
    QComboBox *m_region;
    QComboBox *m_wave;
    QLabel *m_regionLabel;
    QLabel *m_waveLabel;
    QComboBox *m_granularity;
    QSpinBox *m_minimum;
    QLabel *m_periodLabel;
    QLabel *m_siteLabel;
    QLabel *m_granularityLabel;
    QLabel *m_minimumLabel;
    QPushButton *m_save;
    QPushButton *m_copy;
    QPushButton *m_help;
    QPushButton *m_enter;
    QLabel *m_gapLabel;
    QComboBox *m_gapBox;
    QLabel *m_fiveNote;
    GapTrendChart *m_fiveChart;
    QTableWidget *m_fiveTable;
    QVector<FiveGapsPoint> m_fiveTrend;
    Granularity m_shownGranularity = Granularity::Month;
    QLabel *m_title;
    QLabel *m_note;
    QTabWidget *m_charts;
    GapTrendChart *m_chart;
    IndicatorsTab *m_indicators;
    ScreeningTab *m_screening;
    DimensionProfileChart *m_profile;
    GapTrendChart *m_scores;
    QTableWidget *m_dimensions;
    QTableWidget *m_items;
    bool m_stale = true; // refreshed when shown, not while hidden
    int m_generation = 0;
    int m_pending = 0;  // workers running, superseded ones included
    int m_requested = 0; // the parts asked for the filters shown (Part flags)
    int m_waiting = 0;   // those not yet shown
    QTimer *m_refreshSoon;
    QTimer *m_prefetch;
    QVector<QPointer<QThread>> m_workers;
};

} // namespace servqa
