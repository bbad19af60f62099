#pragma once

#include "actions.h"

#include "alerts.h"
#include "complaints.h"

#include "scorecard.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QThread;

namespace servqa {

class ParetoChart;
class ScoreTrendChart;
class Session;
struct ResultsData;

// Results: the stores (or teams) of a region side by side for a period — sortable, with a
// heat map by dimension — and the scorecard of the one chosen: overall and dimension scores
// with the change from the previous period, a twelve-month sparkline, rank, the evaluations
// and visits behind each number, failed critical items, the items failed most often
// (Pareto), open disputes, indicators, and its agents (a double-click opens an agent's
// scorecard). Every table exports as CSV; scorecards print as PDF audit reports.
class ResultsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPage(Session &session, QWidget *parent = nullptr);
    ~ResultsPage() override;

    enum RegionColumn { RRank, RCode, RName, REvaluations, RVisits, RScore, RChange, RPassRate, RFirstDimension };

    QStandardItemModel *regionModel() const { return m_regionModel; }
    QTableView *regionView() const { return m_regionView; }
    QTableWidget *dimensionTable() const { return m_dimensions; }
    QTableWidget *failedItemsTable() const { return m_failedItems; }
    QPushButton *raiseActionButton() const { return m_raiseAction; }
    // The action asked for on the failed item of the table's row (actionRequested()).
    void raiseActionOnItem(int row);
    QTableWidget *indicatorTable() const { return m_indicators; }
    QTableWidget *openAlertTable() const { return m_alerts; }
    QLabel *complaintsLabel() const { return m_complaintsLabel; }
    QTableWidget *openComplaintTable() const { return m_complaints; }
    QLabel *actionsLabel() const { return m_actionsLabel; }
    QTableWidget *openActionTable() const { return m_actions; }
    QTableWidget *criticalTable() const { return m_critical; }
    QTableWidget *agentsTable() const { return m_agents; }
    QScrollArea *cardScrollArea() const { return m_cardScroll; }
    QLabel *figureLabel(int i) const { return m_figures[i].first; }
    const std::optional<Scorecard> &scorecard() const { return m_card; }
    QComboBox *periodBox() const { return m_periodChoice; }
    QComboBox *regionBox() const { return m_region; }

    // The period shown, both days included.
    DayRange period() const;
    void setPeriod(const DayRange &period); // custom dates
    // Shows a store's, team's or agent's scorecard below the table.
    void showScorecard(SubjectKind kind, qint64 id);
    // True while a worker thread computes what the page is about to show.
    bool isComputing() const;

signals:
    // Drill-down: the evaluations behind a number (the main window switches pages).
    void evaluationsRequested(const QDate &from, const QDate &to, std::optional<qint64> siteId,
                              std::optional<qint64> staffId, std::optional<qint64> evaluationId);
    // A corrective action on the failed item chosen in the card's table: its store, the item's
    // failure rate as the measure, the card's period as the period before.
    void actionRequested(const ActionDraft &prefill);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void reloadRegions();
    void refresh();
    void request(bool withRegion); // on a worker thread; showData() applies the newest result
    void compute(const std::optional<ComparisonRequest> &region, SubjectKind kind, qint64 id, const DayRange &period);
    void showData(const ResultsData &data);
    void showCard(const Scorecard &card, const QVector<SubjectScores> &agents);
    void showIndicators(const ScorecardIndicators &indicators);
    void showComplaints(const ScorecardComplaints &complaints, const QDateTime &now);
    void showActions(const QString &siteName, const QVector<CorrectiveAction> &actions, const QDate &today);
    void drillDownRegion(const QModelIndex &index);
    void requestEvaluations(std::optional<qint64> evaluationId); // behind the card shown
    void exportReport();
    void exportBatch();

    Session &m_session;
    QLabel *m_periodLabel;
    QComboBox *m_periodChoice;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_regionLabel;
    QComboBox *m_region;
    QPushButton *m_batch;
    QStandardItemModel *m_regionModel;
    QTableView *m_regionView;

    QLabel *m_title;
    QPushButton *m_back;
    QPushButton *m_behind;
    QPushButton *m_raiseAction;
    QPushButton *m_report;
    QVector<QPair<QLabel *, QLabel *>> m_figures; // label, value
    ScoreTrendChart *m_sparkline;
    QLabel *m_sparklineLabel;
    QTableWidget *m_dimensions;
    ParetoChart *m_pareto;
    QLabel *m_failedLabel;
    QTableWidget *m_failedItems;
    QLabel *m_criticalLabel;
    QTableWidget *m_critical;
    QLabel *m_agentsLabel;
    QTableWidget *m_agents;
    QLabel *m_indicatorsLabel;
    QTableWidget *m_indicators; // the store's or agent's indicators against their targets
    QLabel *m_alertsLabel;
    QTableWidget *m_alerts;     // and the store's open alerts
    QLabel *m_complaintsLabel;  // the store's complaints in the period
    QTableWidget *m_complaints; // and those open now
    QLabel *m_actionsLabel;     // the store's corrective actions not yet verified
    QTableWidget *m_actions;
    QScrollArea *m_cardScroll = nullptr;
    std::pair<int, qint64> m_cardShown{-1, 0}; // the subject last shown: a new one starts at the top
    QWidget *m_cardPanel;

    std::optional<Scorecard> m_card;
    SubjectKind m_cardKind = SubjectKind::Site;
    qint64 m_cardId = 0;
    qint64 m_storeId = 0; // the store an agent's card was opened from
    bool m_stale = true;
    int m_generation = 0;
    int m_pending = 0;
    QVector<QPointer<QThread>> m_workers;
};

} // namespace servqa
