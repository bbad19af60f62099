#include "resultspage.h"

#include "charts/scorecardcharts.h"
#include "choicelists.h"
#include "database.h"
#include "formatting.h"
#include "plaintext.h"
#include "report/auditreports.h"
#include "reportjob.h"
#include "resultscells.h"
#include "session.h"
#include "siterepository.h"
#include "tableexport.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSqlQuery>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace servqa {

using namespace resultscells;

namespace {

enum class PeriodChoice { ThisMonth, LastMonth, ThisQuarter, LastQuarter, ThisYear, Custom };

} // namespace

ResultsPage::ResultsPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    // Made when first shown, for the workspace open: its numbers are computed from now, beside the
    // making of its widgets (a third of its first showing), with the filters as they first stand:
    // last month, every store of every region, the first store's card.
    const bool computing = m_session.isOpen();
    if (computing) {
        const QDate month(QDate::currentDate().year(), QDate::currentDate().month(), 1);
        ComparisonRequest stores;
        stores.kind = SubjectKind::Site;
        stores.siteKind = QStringLiteral("store"); // the first of the Compare choices (retranslate())
        stores.period = {month.addMonths(-1), month.addDays(-1)};
        compute(stores, m_cardKind, m_cardId, stores.period);
        m_stale = false;
    }
    m_periodLabel = new QLabel(this);
    m_periodChoice = new QComboBox(this);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setVisible(false);
    }
    m_periodLabel->setBuddy(m_periodChoice);
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kindLabel->setBuddy(m_kind);
    m_regionLabel = new QLabel(this);
    m_region = new QComboBox(this);
    m_region->setMinimumContentsLength(14);
    m_regionLabel->setBuddy(m_region);
    m_batch = new QPushButton(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_periodLabel);
    filters->addWidget(m_periodChoice);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addSpacing(8);
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind);
    filters->addSpacing(8);
    filters->addWidget(m_regionLabel);
    filters->addWidget(m_region);
    filters->addStretch(1);
    filters->addWidget(m_batch);

    m_regionModel = new QStandardItemModel(this);
    m_regionModel->setSortRole(SortRole);
    m_regionView = new QTableView(this);
    m_regionView->setModel(m_regionModel);
    m_regionView->setSortingEnabled(true);
    m_regionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_regionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_regionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_regionView->verticalHeader()->hide();
    m_regionView->setWordWrap(false);
    addCsvExport(m_regionView, QStringLiteral("region.csv"));

    // The scorecard of the chosen row.
    m_cardPanel = new QWidget(this);
    m_title = new QLabel(m_cardPanel);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText); // names are data
    m_back = new QPushButton(m_cardPanel);
    m_behind = new QPushButton(m_cardPanel);
    m_raiseAction = new QPushButton(m_cardPanel);
    m_report = new QPushButton(m_cardPanel);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_back);
    titleRow->addWidget(m_behind);
    titleRow->addWidget(m_raiseAction);
    titleRow->addWidget(m_report);

    auto *figures = new QGridLayout;
    for (int i = 0; i < 10; ++i) {
        auto *label = new QLabel(m_cardPanel);
        auto *value = new QLabel(m_cardPanel);
        value->setTextFormat(Qt::PlainText);
        QFont small = label->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        label->setFont(small);
        label->setWordWrap(true);
        // Two rows of five: a label above its value.
        figures->addWidget(label, (i / 5) * 2, i % 5, Qt::AlignBottom);
        figures->addWidget(value, (i / 5) * 2 + 1, i % 5, Qt::AlignTop);
        m_figures << qMakePair(label, value);
    }
    QFont big = m_figures[0].second->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_figures[0].second->setFont(big);
    m_sparklineLabel = new QLabel(m_cardPanel);
    m_sparkline = new ScoreTrendChart(true, m_cardPanel);
    m_sparkline->setFixedSize(220, 64);
    auto *sparkBox = new QVBoxLayout;
    sparkBox->addWidget(m_sparklineLabel);
    sparkBox->addWidget(m_sparkline);
    sparkBox->addStretch();
    auto *top = new QHBoxLayout;
    top->addLayout(figures, 1);
    top->addLayout(sparkBox);

    m_dimensions = newTable(m_cardPanel, QStringLiteral("dimensions.csv"));
    m_dimensions->setMinimumHeight(170);
    m_pareto = new ParetoChart(m_cardPanel);
    m_pareto->setMinimumSize(360, 200);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_dimensions, 1);
    middle->addWidget(m_pareto, 1);

    m_failedLabel = new QLabel(m_cardPanel);
    m_failedItems = newTable(m_cardPanel, QStringLiteral("failed-items.csv"));
    m_criticalLabel = new QLabel(m_cardPanel);
    m_critical = newTable(m_cardPanel, QStringLiteral("critical-failures.csv"));
    m_agentsLabel = new QLabel(m_cardPanel);
    m_agents = newTable(m_cardPanel, QStringLiteral("agents.csv"));
    m_agents->setSortingEnabled(true);
    auto *lists = new QGridLayout;
    lists->addWidget(m_failedLabel, 0, 0);
    lists->addWidget(m_failedItems, 1, 0);
    lists->addWidget(m_criticalLabel, 0, 1);
    lists->addWidget(m_critical, 1, 1);
    lists->addWidget(m_agentsLabel, 2, 0, 1, 2);
    lists->addWidget(m_agents, 3, 0, 1, 2);
    m_indicatorsLabel = new QLabel(m_cardPanel);
    m_indicators = newTable(m_cardPanel, QStringLiteral("indicators.csv"));
    m_alertsLabel = new QLabel(m_cardPanel);
    m_alerts = newTable(m_cardPanel, QStringLiteral("open-alerts.csv"));
    lists->addWidget(m_indicatorsLabel, 4, 0);
    lists->addWidget(m_indicators, 5, 0);
    lists->addWidget(m_alertsLabel, 4, 1);
    lists->addWidget(m_alerts, 5, 1);
    m_complaintsLabel = new QLabel(m_cardPanel);
    m_complaintsLabel->setWordWrap(true);
    m_complaintsLabel->setTextFormat(Qt::PlainText);
    m_complaints = newTable(m_cardPanel, QStringLiteral("open-complaints.csv"));
    m_complaints->setMinimumHeight(120);
    lists->addWidget(m_complaintsLabel, 6, 0, 1, 2);
    lists->addWidget(m_complaints, 7, 0, 1, 2);
    m_actionsLabel = new QLabel(m_cardPanel);
    m_actionsLabel->setWordWrap(true);
    m_actionsLabel->setTextFormat(Qt::PlainText);
    m_actions = newTable(m_cardPanel, QStringLiteral("open-actions.csv"));
    m_actions->setMinimumHeight(100);
    lists->addWidget(m_actionsLabel, 8, 0, 1, 2);
    lists->addWidget(m_actions, 9, 0, 1, 2);
    for (QTableWidget *t : {m_failedItems, m_critical, m_agents, m_indicators, m_alerts})
        t->setMinimumHeight(160);

    auto *cardLayout = new QVBoxLayout(m_cardPanel);
    cardLayout->addLayout(titleRow);
    cardLayout->addLayout(top);
    cardLayout->addLayout(middle);
    cardLayout->addLayout(lists);
    auto *scroll = m_cardScroll = new QScrollArea(this);
    scroll->setWidget(m_cardPanel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_regionView);
    splitter->addWidget(scroll);
    m_regionView->setMinimumHeight(150);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 520});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_periodChoice, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const bool custom = m_periodChoice->currentData().toInt() == int(PeriodChoice::Custom);
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ResultsPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &ResultsPage::refresh);
    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, &ResultsPage::refresh);
    connect(m_region, qOverload<int>(&QComboBox::currentIndexChanged), this, &ResultsPage::refresh);
    connect(m_regionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            showScorecard(SubjectKind::Site, m_regionModel->item(current.row(), RCode)->data(Qt::UserRole + 2).toLongLong());
    });
    connect(m_regionView, &QTableView::doubleClicked, this, &ResultsPage::drillDownRegion);
    connect(m_agents, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const qint64 agent = m_agents->item(row, 1)->data(Qt::UserRole + 2).toLongLong();
        m_storeId = m_cardId;
        showScorecard(SubjectKind::Agent, agent);
    });
    connect(m_critical, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        requestEvaluations(m_critical->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    connect(m_back, &QPushButton::clicked, this, [this] { showScorecard(SubjectKind::Site, m_storeId); });
    connect(m_behind, &QPushButton::clicked, this, [this] { requestEvaluations(std::nullopt); });
    connect(m_raiseAction, &QPushButton::clicked, this, [this] { raiseActionOnItem(m_failedItems->currentRow()); });
    connect(m_failedItems, &QTableWidget::itemSelectionChanged, this,
            [this] { m_raiseAction->setEnabled(m_card && m_failedItems->currentRow() >= 0 && !m_session.isReadOnly()); });
    connect(m_report, &QPushButton::clicked, this, &ResultsPage::exportReport);
    connect(m_batch, &QPushButton::clicked, this, &ResultsPage::exportBatch);
    connect(&m_session, &Session::opened, this, [this] {
        reloadRegions();
        m_stale = true;
        if (isVisible())
            refresh();
    });
    connect(&m_session, &Session::dataChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
    retranslate(); // also makes the region table's columns
    m_regionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_regionView->horizontalHeader()->setStretchLastSection(true);
    // Made after a workspace was opened (pages are made on first use): take it up now.
    if (m_session.isOpen())
        reloadRegions();
    {
        // Computing already (above) with this period: not asked again.
        const QSignalBlocker block(computing ? m_periodChoice : nullptr);
        m_periodChoice->setCurrentIndex(m_periodChoice->findData(int(PeriodChoice::LastMonth)));
    }
    m_cardPanel->setEnabled(false);
}

void ResultsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void ResultsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ResultsPage::retranslate()
{
    m_periodLabel->setText(tr("&Period:"));
    {
        const QSignalBlocker block(m_periodChoice);
        const int current = std::max(0, m_periodChoice->currentIndex());
        m_periodChoice->clear();
        m_periodChoice->addItem(tr("This month"), int(PeriodChoice::ThisMonth));
        m_periodChoice->addItem(tr("Last month"), int(PeriodChoice::LastMonth));
        m_periodChoice->addItem(tr("This quarter"), int(PeriodChoice::ThisQuarter));
        m_periodChoice->addItem(tr("Last quarter"), int(PeriodChoice::LastQuarter));
        m_periodChoice->addItem(tr("This year"), int(PeriodChoice::ThisYear));
        m_periodChoice->addItem(tr("Custom dates"), int(PeriodChoice::Custom));
        m_periodChoice->setCurrentIndex(current);
    }
    m_kindLabel->setText(tr("&Compare:"));
    {
        const QSignalBlocker block(m_kind);
        const int current = std::max(0, m_kind->currentIndex());
        m_kind->clear();
        m_kind->addItem(tr("Stores"), QStringLiteral("store"));
        m_kind->addItem(tr("Contact-centre teams"), QStringLiteral("team"));
        m_kind->setCurrentIndex(current);
    }
    m_regionLabel->setText(tr("&Region:"));
    if (m_region->count() > 0)
        m_region->setItemText(0, tr("All regions"));
    m_batch->setText(tr("PDF for each &store…"));
    m_batch->setToolTip(tr("One store scorecard PDF per store of the region, for the period."));
    m_back->setText(tr("&Back to the store"));
    m_behind->setText(tr("&Evaluations behind these numbers"));
    m_raiseAction->setText(tr("Raise &action on the item…"));
    m_raiseAction->setToolTip(tr("Choose a failed item in the table below: a corrective action on it, verified later on its failure rate."));
    m_report->setText(tr("P&DF report…"));
    m_sparklineLabel->setText(tr("Score, last twelve months"));
    // Say what each count counts: a store's evaluations are its mystery-shop visits, so a bare
    // "Evaluations 0" beside 23 visits read as "never evaluated".
    const QStringList figureNames{tr("Overall score"), tr("Change from the previous period"), tr("Rank"), tr("Call, chat and email evaluations"),
                                  tr("Mystery-shop visits"), tr("Pass rate"), tr("Auto-failed"), tr("Open disputes"),
                                  tr("First-contact resolution"), tr("First response within target")};
    for (int i = 0; i < m_figures.size(); ++i)
        m_figures[i].first->setText(figureNames[i]);
    m_failedLabel->setText(tr("Items failed most often"));
    m_criticalLabel->setText(tr("Failed critical items (double-click to open)"));
    m_agentsLabel->setText(tr("Agents (double-click for an agent's scorecard)"));
    for (QAbstractItemView *view : std::initializer_list<QAbstractItemView *>{m_regionView, m_dimensions, m_failedItems, m_critical, m_agents})
        retranslateCsvExport(view);
    QStringList headers{tr("Rank"), tr("Code"), tr("Name"), tr("Evaluations"), tr("Visits"), tr("Score"), tr("Change"), tr("Pass rate")};
    for (Dimension d : AllDimensions)
        headers << dimensionName(d);
    m_regionModel->setHorizontalHeaderLabels(headers);
    m_regionModel->horizontalHeaderItem(REvaluations)->setToolTip(tr("Evaluations of calls, chats and emails"));
    m_regionModel->horizontalHeaderItem(RVisits)->setToolTip(tr("Validated mystery-shop visits: the evaluations of a store"));
}

void ResultsPage::reloadRegions()
{
    fillRegionChoices(m_region, m_session.database(), tr("All regions"));
}

DayRange ResultsPage::period() const
{
    const QDate today = QDate::currentDate();
    const QDate month(today.year(), today.month(), 1);
    const QDate quarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    switch (static_cast<PeriodChoice>(m_periodChoice->currentData().toInt())) {
    case PeriodChoice::ThisMonth: return {month, today};
    case PeriodChoice::LastMonth: return {month.addMonths(-1), month.addDays(-1)};
    case PeriodChoice::ThisQuarter: return {quarter, today};
    case PeriodChoice::LastQuarter: return {quarter.addMonths(-3), quarter.addDays(-1)};
    case PeriodChoice::ThisYear: return {QDate(today.year(), 1, 1), today};
    case PeriodChoice::Custom: return {m_from->date(), std::max(m_from->date(), m_to->date())};
    }
    return {month, today};
}

void ResultsPage::setPeriod(const DayRange &period)
{
    {
        const QSignalBlocker blockFrom(m_from), blockTo(m_to);
        m_from->setDate(period.from);
        m_to->setDate(period.to);
    }
    const int custom = m_periodChoice->findData(int(PeriodChoice::Custom));
    if (m_periodChoice->currentIndex() == custom)
        refresh();
    else
        m_periodChoice->setCurrentIndex(custom);
}

// Everything the page shows for one request, computed on a worker thread with its own
// connection: on a million evaluations a store's scorecard takes over half a second.
struct ResultsData
{
    QString error;
    bool withRegion = false;
    QVector<SubjectScores> region;
    std::optional<Scorecard> card;
    QVector<SubjectScores> agents;
    ScorecardIndicators indicators; // the store's or agent's, and the store's open alerts
    ScorecardComplaints complaints; // the store's (an agent's store's)
    QVector<CorrectiveAction> actions; // the store's not yet verified
    QDateTime now;                  // the complaints' clocks read then
};

namespace {

ResultsData computeResults(const QString &path, const std::optional<ComparisonRequest> &region, SubjectKind kind, qint64 id,
                           const DayRange &period)
{
    ResultsData data;
    auto db = Database::open(path, Database::OpenMode::OpenExisting, Database::Access::ReadOnly); // reading never needs the write lock
    if (!db) {
        data.error = db.error();
        return data;
    }
    if (region) {
        data.withRegion = true;
        const auto rows = compareSubjects(**db, *region);
        if (!rows) {
            data.error = rows.error();
            return data;
        }
        data.region = *rows;
        // A store that is not in the table (another region chosen): show the first instead.
        if (kind == SubjectKind::Site
            && std::none_of(rows->cbegin(), rows->cend(), [id](const SubjectScores &s) { return s.id == id; }))
            id = rows->isEmpty() ? 0 : rows->first().id;
    }
    if (id == 0)
        return data;
    const auto card = computeScorecard(**db, {kind, id, period, std::nullopt});
    if (!card) {
        data.error = card.error();
        return data;
    }
    data.card = *card;
    if (kind == SubjectKind::Site) {
        ComparisonRequest agents;
        agents.kind = SubjectKind::Agent;
        agents.siteId = id;
        agents.period = period;
        if (const auto rows = compareSubjects(**db, agents))
            data.agents = *rows;
    }
    if (const auto indicators = scorecardIndicators(**db, kind, id, period))
        data.indicators = *indicators;
    data.now = QDateTime::currentDateTime();
    if (const auto complaints = ComplaintStore(**db).forScorecard(kind, id, period, data.now))
        data.complaints = *complaints;
    if (data.complaints.siteId != 0) {
        if (const auto actions = ActionStore(**db).forSite(data.complaints.siteId, data.now.date()))
            data.actions = *actions;
    }
    return data;
}

} // namespace

ResultsPage::~ResultsPage()
{
    // A worker still computing posts to this page: let it finish first.
    for (const QPointer<QThread> &thread : std::as_const(m_workers)) {
        if (thread)
            thread->wait();
    }
}

bool ResultsPage::isComputing() const
{
    return m_pending > 0;
}

void ResultsPage::refresh()
{
    m_stale = false;
    request(true);
}

void ResultsPage::request(bool withRegion)
{
    if (!m_session.isOpen()) {
        m_regionModel->removeRows(0, m_regionModel->rowCount());
        m_card.reset();
        m_cardPanel->setEnabled(false);
        return;
    }
    std::optional<ComparisonRequest> region;
    if (withRegion) {
        ComparisonRequest r;
        r.kind = SubjectKind::Site;
        r.siteKind = m_kind->currentData().toString();
        if (m_region->currentData().isValid())
            r.region = m_region->currentData().toString();
        r.period = period();
        region = r;
    }
    compute(region, m_cardKind, m_cardId, period());
}

void ResultsPage::compute(const std::optional<ComparisonRequest> &region, SubjectKind kind, qint64 id, const DayRange &p)
{
    const QString path = m_session.path();
    // A newer request supersedes an older one; only the newest result is shown.
    const int generation = ++m_generation;
    ++m_pending;
    QThread *thread = QThread::create([this, path, region, kind, id, p, generation] {
        ResultsData data = computeResults(path, region, kind, id, p);
        QMetaObject::invokeMethod(this, [this, data = std::move(data), generation] {
            --m_pending;
            if (generation == m_generation)
                showData(data);
        }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_workers.removeAll(nullptr);
    m_workers << thread;
    thread->start();
}

void ResultsPage::showData(const ResultsData &data)
{
    if (!data.error.isEmpty()) {
        m_card.reset();
        m_cardPanel->setEnabled(false);
        m_title->setText(data.error);
        return;
    }
    if (data.withRegion) {
        const QSignalBlocker block(m_regionView->selectionModel());
        m_regionModel->removeRows(0, m_regionModel->rowCount());
        for (const SubjectScores &s : data.region) {
            QList<QStandardItem *> items;
            auto *rank = numberItem(s.rank > 0 ? QString::number(s.rank) : QStringLiteral("–"),
                                    s.rank > 0 ? std::optional<double>(s.rank) : std::nullopt);
            rank->setData(s.rank > 0 ? double(s.rank) : 1e12, SortRole); // unranked last in ascending order
            auto *code = new QStandardItem(s.code);
            code->setData(s.code, SortRole);
            code->setData(s.id, Qt::UserRole + 2);
            auto *name = new QStandardItem(s.name);
            name->setData(s.name, SortRole);
            items << rank << code << name << numberItem(formatCount(s.evaluations), s.evaluations)
                  << numberItem(formatCount(s.visits), s.visits) << numberItem(formatPercent(s.overall.mean), s.overall.mean, true)
                  << numberItem(signedText(s.change()), s.change()) << numberItem(formatPercent(s.passRate()), s.passRate());
            for (int d = 0; d < DimensionCount; ++d) {
                auto *item = numberItem(formatPercent(s.dimensions[d].mean), s.dimensions[d].mean, true);
                item->setToolTip(tr("%1: n = %2, previous period %3").arg(dimensionName(AllDimensions[d])).arg(s.dimensions[d].n)
                                     .arg(formatPercent(s.previousDimensions[d])));
                items << item;
            }
            m_regionModel->appendRow(items);
        }
        m_regionView->sortByColumn(m_regionView->horizontalHeader()->sortIndicatorSection(),
                                   m_regionView->horizontalHeader()->sortIndicatorOrder());
    }
    m_card = data.card;
    if (!m_card) {
        m_cardPanel->setEnabled(false);
        m_title->clear();
        return;
    }
    m_cardKind = m_card->kind;
    m_cardId = m_card->scores.id;
    // Select the store whose card (or whose agent's card) is shown, without asking again.
    const qint64 store = m_cardKind == SubjectKind::Site ? m_cardId : m_storeId;
    const QSignalBlocker block(m_regionView->selectionModel());
    for (int r = 0; r < m_regionModel->rowCount(); ++r) {
        if (m_regionModel->item(r, RCode)->data(Qt::UserRole + 2).toLongLong() == store)
            m_regionView->setCurrentIndex(m_regionModel->index(r, RName));
    }
    showCard(*m_card, data.agents);
    showIndicators(data.indicators);
    showComplaints(data.complaints, data.now);
    showActions(data.complaints.siteName, data.actions, data.now.date());
}

void ResultsPage::drillDownRegion(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const DayRange p = period();
    emit evaluationsRequested(p.from, p.to, m_regionModel->item(index.row(), RCode)->data(Qt::UserRole + 2).toLongLong(),
                              std::nullopt, std::nullopt);
}

void ResultsPage::requestEvaluations(std::optional<qint64> evaluationId)
{
    Database *db = m_session.database();
    if (!db || m_cardId == 0)
        return;
    const DayRange p = period();
    if (m_cardKind == SubjectKind::Site) {
        emit evaluationsRequested(p.from, p.to, m_cardId, std::nullopt, evaluationId);
        return;
    }
    // The Evaluations page chooses an agent within a site.
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT site_id FROM staff WHERE id = ?"));
    q.addBindValue(m_cardId);
    if (execQuery(q, *db) && q.next())
        emit evaluationsRequested(p.from, p.to, q.value(0).toLongLong(), m_cardId, evaluationId);
}

void ResultsPage::showScorecard(SubjectKind kind, qint64 id)
{
    m_cardKind = kind;
    m_cardId = id;
    request(false);
}

void ResultsPage::exportReport()
{
    if (!m_card || !m_session.isOpen())
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("%1_%2_%3.pdf").arg(m_card->scores.code, m_card->period.from.toString(Qt::ISODate),
                                                                                 m_card->period.to.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the scorecard report"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const ScorecardRequest request{m_cardKind, m_cardId, period(), std::nullopt};
    const ReportOptions options = reportOptions(m_session);
    writeReportInBackground(
        this, m_session.path(), tr("Writing the scorecard report…"),
        [request, options](Database &db) { return prepareScorecardReport(db, request, options); }, path,
        [this](const Result<int> &pages) {
            if (!pages)
                plain::warning(this, tr("Report not written"), pages.error());
        });
}

void ResultsPage::exportBatch()
{
    if (!m_session.isOpen())
        return;
    if (!m_region->currentData().isValid()) {
        plain::information(this, tr("PDF for each store"), tr("Choose a region first: the batch writes one PDF per store of a region."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the store reports"),
                                                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    if (!QDir().mkpath(folder)) {
        plain::warning(this, tr("Reports not written"), tr("Cannot create the folder %1.").arg(folder));
        return;
    }
    const QString region = m_region->currentData().toString();
    const DayRange range = period();
    const ReportOptions options = reportOptions(m_session);
    writeReportsInBackground(
        this, m_session.path(), tr("Writing store reports…"),
        [region, range, folder, options](Database &db, const std::function<bool(int, int)> &progress) {
            return prepareStoreBatch(db, region, range, folder, options, progress);
        },
        [this, folder](const Result<QStringList> &files) {
            if (!files)
                plain::warning(this, tr("Reports not written"), files.error());
            else
                plain::information(this, tr("PDF for each store"),
                                   tr("%n report(s) written to %1.", nullptr, int(files->size())).arg(folder));
        });
}

void ResultsPage::raiseActionOnItem(int row)
{
    if (!m_card || row < 0 || row >= m_card->failedItems.size())
        return;
    const ItemFailures &f = m_card->failedItems[row];
    const QDate today = QDate::currentDate();
    ActionDraft d;
    d.origin = {ActionSource::Item, f.formId, f.itemKey,
                tr("%1 (%2): %3 of %4 failed at %5, %6 to %7")
                    .arg(f.itemText, f.formName)
                    .arg(f.failures)
                    .arg(f.answered)
                    .arg(m_card->scores.siteName, m_card->period.from.toString(Qt::ISODate), m_card->period.to.toString(Qt::ISODate))};
    const qint64 site = m_cardKind == SubjectKind::Site ? m_cardId : m_storeId;
    if (site != 0)
        d.siteId = site;
    d.due = today.addDays(14);
    d.measure.kind = MeasureKind::ItemFailure;
    d.measure.formId = f.formId;
    d.measure.itemKey = f.itemKey;
    d.measure.before = m_card->period;
    d.measure.after = {d.due.addDays(1), d.due.addDays(std::max(28, m_card->period.days()))};
    emit actionRequested(d);
}

} // namespace servqa
