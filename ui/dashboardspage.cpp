#include "dashboardspage.h"
#include "dashboardcompute.h"
#include "listtables.h"

#include "charts/dimensionprofilechart.h"
#include "charts/gaptrendchart.h"
#include "choicelists.h"
#include "charts/controlchart.h"
#include "indicatorstab.h"
#include "screeningtab.h"
#include "formatting.h"
#include "resultscells.h"
#include "gaptrends.h"
#include "interactionrepository.h"
#include "periodselector.h"
#include "report/auditreports.h"
#include "session.h"
#include "surveyentrydialog.h"
#include "siterepository.h"
#include "surveysums.h"
#include "tableexport.h"
#include "timeutil.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QScrollBar>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace servqa {

namespace {
enum DimensionColumn { DName, DExpectation, DPerception, DGap, DInterval, DRespondents, DAlpha, DKnowledge, DColumnCount };
enum ItemColumn { IItem, IDimension, IGap, IRespondents, IColumnCount };

} // namespace

namespace {

enum Tab { TrendTab, ProfileTab, ScoresTab, FiveGapsTab, IndicatorsTab_, ScreeningTab_ };

QString tabTitle(int tab)
{
    switch (tab) {
    case ScoresTab: return DashboardsPage::tr("Evaluation scores: the stored dimension scores of submitted evaluations and validated visits");
    case FiveGapsTab: return DashboardsPage::tr("The five gaps of the gap model, dimension by dimension");
    case IndicatorsTab_: return DashboardsPage::tr("Service indicators against their targets, and their control charts");
    case ScreeningTab_: return DashboardsPage::tr("Automatic screening: how often the active rules flag and match, by period, rule, site and agent");
    default: return DashboardsPage::tr("Customer gap (gap 5): perception − expectation, SERVQUAL surveys");
    }
}

} // namespace

DashboardsPage::DashboardsPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_period = new PeriodSelector(this);
    m_region = new QComboBox(this);
    m_region->setMinimumContentsLength(8);
    m_site = new QComboBox(this);
    m_site->setMinimumContentsLength(12);
    m_wave = new QComboBox(this);
    m_wave->setMinimumContentsLength(10);
    // As narrow as those lengths, not the longest name (the row must fit 1366 pixels).
    for (QComboBox *box : {m_region, m_site, m_wave})
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_regionLabel = new QLabel(this);
    m_waveLabel = new QLabel(this);
    m_regionLabel->setBuddy(m_region);
    m_waveLabel->setBuddy(m_wave);
    m_granularity = new QComboBox(this);
    for (Granularity g : {Granularity::Week, Granularity::Month, Granularity::Quarter})
        m_granularity->addItem(QString(), int(g));
    m_granularity->setCurrentIndex(1);
    m_minimum = new QSpinBox(this);
    m_minimum->setRange(1, 1000);
    m_minimum->setValue(5);
    m_periodLabel = new QLabel(this);
    m_siteLabel = new QLabel(this);
    m_granularityLabel = new QLabel(this);
    m_minimumLabel = new QLabel(this);
    m_periodLabel->setBuddy(m_period);
    m_siteLabel->setBuddy(m_site);
    m_granularityLabel->setBuddy(m_granularity);
    m_minimumLabel->setBuddy(m_minimum);
    m_save = new QPushButton(this);
    m_report = new QPushButton(this);
    m_copy = new QPushButton(this);
    m_help = new QPushButton(this);
    m_enter = new QPushButton(this);
    m_filters = new QHBoxLayout;
    for (auto [label, widget] : {std::pair<QLabel *, QWidget *>{m_periodLabel, m_period}, {m_regionLabel, m_region},
                                 {m_siteLabel, m_site}, {m_waveLabel, m_wave}, {m_granularityLabel, m_granularity},
                                 {m_minimumLabel, m_minimum}}) {
        m_filters->addWidget(label);
        m_filters->addWidget(widget, widget == m_site ? 1 : 0);
    }
    m_filters->addStretch();
    (m_moreFilters = new QHBoxLayout)->addStretch();

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    // Room for the two lines the numbers' note takes at a laptop's width, kept while "Computing…"
    // shows: the charts below are not laid out (and drawn) again when the numbers come.
    m_note->setMinimumHeight(2 * m_note->fontMetrics().lineSpacing());
    m_note->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_chart = new GapTrendChart(this);
    m_chart->setMinimumHeight(260);
    m_profile = new DimensionProfileChart(this);
    m_charts = new QTabWidget(this);
    m_charts->addTab(m_chart, QString());
    m_charts->addTab(m_profile, QString());
    // The evaluation scores have filters of their own: surveys have no channel, agent or form.
    auto *scoresTab = new QWidget(this);
    m_channelLabel = new QLabel(scoresTab);
    m_channel = new QComboBox(scoresTab);
    m_channelLabel->setBuddy(m_channel);
    m_staffLabel = new QLabel(scoresTab);
    m_staff = new QComboBox(scoresTab);
    m_staff->setMinimumContentsLength(12);
    m_staffLabel->setBuddy(m_staff);
    m_formLabel = new QLabel(scoresTab);
    m_form = new QComboBox(scoresTab);
    m_form->setMinimumContentsLength(16);
    m_form->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_formLabel->setBuddy(m_form);
    m_scoresNote = new QLabel(scoresTab);
    auto *scoreFilters = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_channelLabel, m_channel, m_staffLabel, m_staff, m_formLabel, m_form})
        scoreFilters->addWidget(w);
    scoreFilters->addWidget(m_scoresNote, 1);
    m_scores = new GapTrendChart(scoresTab);
    auto *scoresLayout = new QVBoxLayout(scoresTab);
    scoresLayout->setContentsMargins(0, 4, 0, 0);
    scoresLayout->addLayout(scoreFilters);
    scoresLayout->addWidget(m_scores, 1);
    m_charts->addTab(scoresTab, QString());
    // The five gaps: one gap's trend by dimension, and every gap of the whole period.
    auto *fiveTab = new QWidget(this);
    m_gapLabel = new QLabel(fiveTab);
    m_gapBox = new QComboBox(fiveTab);
    for (GapKind g : AllGaps)
        m_gapBox->addItem(QString(), int(g));
    m_gapBox->setCurrentIndex(gapIndex(GapKind::Delivery));
    m_gapLabel->setBuddy(m_gapBox);
    m_fiveNote = new QLabel(fiveTab);
    m_fiveNote->setWordWrap(true);
    m_fiveChart = new GapTrendChart(fiveTab);
    m_fiveTable = new QTableWidget(DimensionCount, FColumnCount, fiveTab);
    m_fiveTable->verticalHeader()->hide();
    m_fiveTable->setAlternatingRowColors(true);
    m_fiveTable->setWordWrap(false);
    m_fiveTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    addCsvExport(m_fiveTable, QStringLiteral("five-gaps.csv"));
    setUpFiveGapActions();
    auto *gapRow = new QHBoxLayout;
    gapRow->addWidget(m_gapLabel);
    gapRow->addWidget(m_gapBox);
    gapRow->addWidget(m_fiveNote, 1);
    auto *fiveSplitter = new QSplitter(fiveTab);
    fiveSplitter->addWidget(m_fiveChart);
    fiveSplitter->addWidget(m_fiveTable);
    fiveSplitter->setStretchFactor(0, 3);
    fiveSplitter->setStretchFactor(1, 2);
    auto *fiveLayout = new QVBoxLayout(fiveTab);
    fiveLayout->setContentsMargins(0, 4, 0, 0);
    fiveLayout->addLayout(gapRow);
    fiveLayout->addWidget(fiveSplitter, 1);
    m_charts->addTab(fiveTab, QString());
    m_indicators = new IndicatorsTab(m_session, this);
    m_charts->addTab(m_indicators, QString());
    connect(m_indicators, &IndicatorsTab::evaluationRequested, this, &DashboardsPage::evaluationRequested);
    connect(m_indicators, &IndicatorsTab::interactionRequested, this, &DashboardsPage::interactionRequested);
    m_screening = new ScreeningTab(m_session, this);
    m_charts->addTab(m_screening, QString());
    connect(m_screening, &ScreeningTab::interactionsRequested, this, &DashboardsPage::interactionsRequested);
    connect(m_gapBox, qOverload<int>(&QComboBox::currentIndexChanged), this, &DashboardsPage::showFiveGapTrend);
    // Clicking a point drills down to what is behind it.
    connect(m_chart, &GapTrendChart::pointClicked, this,
            [this](int point, Dimension d) { drillDown(GapKind::Customer, m_chart->trend().value(point).period, d); });
    connect(m_fiveChart, &GapTrendChart::pointClicked, this, [this](int point, Dimension d) {
        drillDown(static_cast<GapKind>(m_gapBox->currentData().toInt()), m_fiveChart->trend().value(point).period, d);
    });
    connect(m_scores, &GapTrendChart::pointClicked, this, [this](int point, Dimension) {
        const QDate from = m_scores->trend().value(point).period;
        const ScoreTrendFilter f = currentScoreFilter();
        emit evaluationsRequested(std::max(from, f.from ? f.from->date() : from), periodEnd(from), f.siteId, f.staffId, f.formId);
    });
    m_dimensions = new QTableWidget(0, DColumnCount, this);
    m_items = new QTableWidget(0, IColumnCount, this);
    for (QTableWidget *t : {m_dimensions, m_items}) {
        t->verticalHeader()->hide();
        t->setAlternatingRowColors(true);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setWordWrap(false);
    }
    m_items->horizontalHeader()->setSectionResizeMode(IItem, QHeaderView::Stretch);
    connect(m_items, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (QTableWidgetItem *item = m_items->item(row, IItem))
            showItemAnswers(item->data(Qt::UserRole).toInt());
    });
    auto *tables = new QSplitter(this);
    tables->addWidget(m_dimensions);
    tables->addWidget(m_items);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_charts);
    splitter->addWidget(tables);
    // Each tab's title, summary and tables belong to it: the SERVQUAL tables, the survey summary
    // and "Enter survey…" to the two survey tabs; the wave to the tabs that read surveys.
    connect(m_charts, &QTabWidget::currentChanged, this, [this, tables](int tab) {
        const bool survey = tab == TrendTab || tab == ProfileTab;
        m_title->setText(tabTitle(tab));
        tables->setVisible(survey);
        m_note->setVisible(survey);
        m_enter->setVisible(survey);
        m_wave->setEnabled(tab != ScoresTab && tab != IndicatorsTab_ && tab != ScreeningTab_);
        m_help->setVisible(tab != IndicatorsTab_ && tab != ScreeningTab_); // the gap model's formulas
        m_report->setToolTip(reportToolTip());
        m_wave->setToolTip(tab == ScoresTab ? tr("Evaluation scores do not come from a survey wave.") : QString());
        if (isVisible() && (m_requested & partsShown()) != partsShown())
            m_refreshSoon->start(); // the tab's numbers for the filters shown, unless a change comes with it
    });
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    // The chart actions sit with the title, so the filter row fits a 1280-pixel screen.
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_enter);
    titleRow->addWidget(m_help);
    titleRow->addWidget(m_copy);
    titleRow->addWidget(m_save);
    titleRow->addWidget(m_report);
    layout->addLayout(m_filters);
    layout->addLayout(m_moreFilters);
    layout->addLayout(titleRow);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);

    // A change recomputes once the event loop is back: a tab and a filter changed together (or a
    // workspace's lists refilled) make one request.
    m_refreshSoon = new QTimer(this);
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(0);
    connect(m_refreshSoon, &QTimer::timeout, this, [this] {
        if (m_stale)
            refresh();
        else
            request(partsShown());
    });
    // The other tabs once the user has looked at this one for a moment (not while they change filters).
    m_prefetch = new QTimer(this);
    m_prefetch->setSingleShot(true);
    m_prefetch->setInterval(250);
    connect(m_prefetch, &QTimer::timeout, this, [this] {
        if (isVisible())
            request(AllParts);
    });
    auto changed = [this] {
        m_stale = true;
        m_prefetch->stop();
        if (isVisible())
            m_refreshSoon->start();
    };
    connect(m_period, &PeriodSelector::changed, this, changed);
    connect(m_period, &PeriodSelector::datesShown, this, &DashboardsPage::arrangeFilters);
    // An agent is chosen within a site (a chain has thousands of people).
    connect(m_site, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { fillStaffChoices(m_staff, m_session.database(), m_site->currentData(), tr("All agents")); });
    for (QComboBox *combo : {m_region, m_site, m_wave, m_granularity, m_channel, m_staff, m_form})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
    connect(m_minimum, qOverload<int>(&QSpinBox::valueChanged), this, changed);
    connect(m_save, &QPushButton::clicked, this, &DashboardsPage::saveChart);
    connect(m_enter, &QPushButton::clicked, this, &DashboardsPage::enterResponse);
    connect(m_report, &QPushButton::clicked, this, &DashboardsPage::saveReport);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QWidget *shown = m_charts->currentWidget() == m_indicators ? static_cast<QWidget *>(m_indicators->chart()) : m_charts->currentWidget();
        QGuiApplication::clipboard()->setPixmap(shown->grab());
    });
    connect(m_help, &QPushButton::clicked, this, [this] {
        QMessageBox box(QMessageBox::Information, tr("How the gaps are computed"), formulaText(), QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    });
    auto onWorkspace = [this, changed] {
        fillSiteChoices(m_site, m_session.database(), tr("All sites"));
        fillRegionChoices(m_region, m_session.database(), tr("All regions"));
        fillStaffChoices(m_staff, m_session.database(), m_site->currentData(), tr("All agents"));
        {
            const QSignalBlocker blockForm(m_form);
            const QVariant form = m_form->currentData();
            m_form->clear();
            m_form->addItem(tr("All forms"));
            if (Database *db = m_session.database()) {
                QSqlQuery q(db->connection());
                if (q.exec(QStringLiteral("SELECT id, name FROM forms ORDER BY kind DESC, name"))) {
                    while (q.next())
                        m_form->addItem(q.value(1).toString(), q.value(0).toLongLong());
                }
            }
            m_form->setCurrentIndex(qMax(0, m_form->findData(form)));
        }
        const QSignalBlocker blockWave(m_wave);
        const QVariant wave = m_wave->currentData();
        m_wave->clear();
        m_wave->addItem(tr("All waves"));
        if (Database *db = m_session.database()) {
            if (const auto waves = SurveyRepository(*db).waves()) {
                for (const SurveyWave &w : *waves) {
                    if (w.kind == SurveyKind::Customer) // the managers' waves feed gap 1, not this filter
                        m_wave->addItem(w.name, w.id);
                }
            }
        }
        m_wave->setCurrentIndex(qMax(0, m_wave->findData(wave)));
        changed();
    };
    connect(&m_session, &Session::opened, this, onWorkspace);
    connect(&m_session, &Session::closed, this, onWorkspace);
    connect(&m_session, &Session::dataChanged, this, changed); // a new import shows at once
    retranslate();
    onWorkspace();
}

void DashboardsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
    else if (m_requested != AllParts && m_waiting == 0)
        m_prefetch->start();
}

void DashboardsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_prefetch->stop(); // another page is waited for now
}

// Custom dates widen the filters past 1366 pixels: the last three take a second row meanwhile.
void DashboardsPage::arrangeFilters(bool twoRows)
{
    QHBoxLayout *from = twoRows ? m_filters : m_moreFilters, *to = twoRows ? m_moreFilters : m_filters;
    for (QWidget *w : std::initializer_list<QWidget *>{m_waveLabel, m_wave, m_granularityLabel, m_granularity, m_minimumLabel, m_minimum}) {
        if (from->indexOf(w) < 0)
            continue;
        from->removeWidget(w);
        to->insertWidget(to->count() - 1, w); // before the row's closing stretch
    }
}

void DashboardsPage::retranslate()
{
    m_periodLabel->setText(tr("&Period:"));
    m_siteLabel->setText(tr("S&ite:"));
    m_regionLabel->setText(tr("&Region:"));
    m_waveLabel->setText(tr("&Wave:"));
    if (m_region->count() > 0)
        m_region->setItemText(0, tr("All regions"));
    if (m_wave->count() > 0)
        m_wave->setItemText(0, tr("All waves"));
    m_granularityLabel->setText(tr("&By:"));
    m_minimumLabel->setText(tr("&Minimum n:"));
    m_minimum->setToolTip(tr("A period with fewer respondents (or evaluations) is shown as too few, not as a number."));
    m_granularity->setItemText(0, tr("Week"));
    m_granularity->setItemText(1, tr("Month"));
    m_granularity->setItemText(2, tr("Quarter"));
    if (m_site->count() > 0)
        m_site->setItemText(0, tr("All sites"));
    m_save->setText(tr("&Save chart…"));
    m_report->setText(tr("&Audit report (PDF)…"));
    m_channelLabel->setText(tr("Cha&nnel:"));
    m_staffLabel->setText(tr("A&gent:"));
    m_formLabel->setText(tr("&Form:"));
    m_scoresNote->setText(tr("(these three filter the evaluation scores only)"));
    {
        const QSignalBlocker block(m_channel);
        const int current = qMax(0, m_channel->currentIndex());
        m_channel->clear();
        m_channel->addItem(tr("All channels"));
        for (Channel c : AllChannels)
            m_channel->addItem(channelName(c), channelKey(c));
        m_channel->setCurrentIndex(current);
    }
    if (m_staff->count() > 0)
        m_staff->setItemText(0, tr("All agents"));
    if (m_form->count() > 0)
        m_form->setItemText(0, tr("All forms"));
    m_report->setToolTip(reportToolTip());
    m_copy->setText(tr("&Copy chart"));
    m_help->setText(tr("F&ormulas…"));
    m_charts->setTabText(0, tr("&Trend"));
    m_charts->setTabText(1, tr("By &dimension"));
    m_charts->setTabText(2, tr("&Evaluation scores"));
    m_charts->setTabText(3, tr("Fi&ve gaps"));
    m_charts->setTabText(4, tr("&Indicators"));
    m_charts->setTabText(5, tr("&Screening"));
    m_gapLabel->setText(tr("&Gap:"));
    for (GapKind g : AllGaps)
        m_gapBox->setItemText(gapIndex(g), gapName(g));
    m_gapBox->setToolTip(tr("Click a point for what is behind it: the responses (gaps 1, 2 and 5) or the evaluations (gap 3)."));
    m_fiveNote->setText(tr("Gaps 1, 2 and 5 in points of the 1–7 scale, gaps 3 and 4 in percentage points; negative: falls short. "
                           "Standards and promises: Standards page."));
    m_fiveTable->setHorizontalHeaderLabels({tr("Dimension"), tr("1 Knowledge"), tr("2 Standards"), tr("3 Delivery"), tr("4 Communication"),
                                            tr("5 Customer")});
    for (GapKind g : AllGaps) {
        m_fiveTable->horizontalHeaderItem(FGap1 + gapIndex(g))
            ->setToolTip(gapName(g) + QLatin1String(": ")
                         + (gapInPercentagePoints(g) ? tr("percentage points") : tr("points on the 1–7 scale")));
    }
    m_enter->setText(tr("Enter s&urvey…"));
    m_enter->setToolTip(tr("Type in one customer's or manager's SERVQUAL questionnaire."));
    m_title->setText(tabTitle(m_charts->currentIndex()));
    if (m_charts->currentIndex() == ScoresTab)
        m_wave->setToolTip(tr("Evaluation scores do not come from a survey wave."));
    m_dimensions->setHorizontalHeaderLabels(
        {tr("Dimension"), tr("Expectation"), tr("Perception"), tr("Gap P − E"), tr("95 % interval"), tr("Respondents"), tr("Alpha (P)"),
         tr("Knowledge gap")});
    m_dimensions->horizontalHeaderItem(DKnowledge)->setToolTip(
        tr("Gap 1: managers' estimate of customers' expectation minus the customers' own (negative: managers expect less). "
           "Managers' answers of the site, whatever their date."));
    m_items->setHorizontalHeaderLabels({tr("Item (largest shortfall first)"), tr("Dimension"), tr("Gap P − E"), tr("Respondents")});
    m_stale = true;
    if (isVisible())
        refresh();
}


DashboardsPage::~DashboardsPage()
{
    // A worker still computing posts to this page: let it finish first.
    for (const QPointer<QThread> &thread : std::as_const(m_workers)) {
        if (thread)
            thread->wait();
    }
}

bool DashboardsPage::isComputing() const
{
    return m_pending > 0 || m_refreshSoon->isActive() || m_prefetch->isActive() || m_indicators->isComputing()
           || m_screening->isComputing();
}

bool DashboardsPage::isComputingShownTab() const
{
    if (m_refreshSoon->isActive())
        return true;
    // The indicators and the screening compute their own numbers (partsShown()).
    switch (m_charts->currentIndex()) {
    case IndicatorsTab_: return m_indicators->isComputing();
    case ScreeningTab_: return m_screening->isComputing();
    default: return (m_waiting & partsShown()) != 0;
    }
}

int DashboardsPage::partsShown() const
{
    switch (m_charts->currentIndex()) {
    case ScoresTab: return ScoresPart;
    case FiveGapsTab: return FivePart;
    case IndicatorsTab_:
    case ScreeningTab_: return 0; // the tab computes its own
    default: return SurveyPart;
    }
}

void DashboardsPage::refresh()
{
    m_stale = false;
    m_refreshSoon->stop();
    m_prefetch->stop();
    // A newer request supersedes an older one; only the newest results are shown.
    ++m_generation;
    m_requested = 0;
    m_waiting = 0;
    if (m_session.path().isEmpty()) {
        m_dimensions->setRowCount(0);
        m_items->setRowCount(0);
        m_chart->setTrend({}, Granularity::Month);
        m_scores->setScores({}, Granularity::Month);
        m_profile->setResult({});
        m_fiveTrend.clear();
        m_fiveChart->setGapTrend({}, Granularity::Month, GapKind::Delivery);
        m_note->clear();
        return;
    }
    // The tab shown first; the others when the user stays (m_prefetch) or turns to them.
    request(partsShown());
    m_indicators->setScope(indicatorScope());
    m_screening->setScope(indicatorScope(), static_cast<Granularity>(m_granularity->currentData().toInt()));
}

void DashboardsPage::request(int parts)
{
    const QString path = m_session.path();
    if (path.isEmpty())
        return;
    const SurveyFilter filter = currentFilter();
    const ScoreTrendFilter scoreFilter = currentScoreFilter();
    const auto granularity = static_cast<Granularity>(m_granularity->currentData().toInt());
    const int minimum = m_minimum->value();
    const int generation = m_generation;
    m_workers.removeAll(nullptr);
    // Off the GUI thread, a worker per part: milliseconds to a tenth of a second each from the
    // rollups, on a million evaluations.
    for (Part part : {SurveyPart, ScoresPart, FivePart}) {
        if (!(parts & part) || (m_requested & part))
            continue;
        m_requested |= part;
        m_waiting |= part;
        if (part == SurveyPart)
            m_note->setText(tr("Computing…"));
        ++m_pending;
        QThread *thread = QThread::create([this, path, filter, scoreFilter, granularity, minimum, generation, part] {
            DashboardData computed = computeDashboardPart(path, filter, scoreFilter, granularity, minimum, part);
            QMetaObject::invokeMethod(this, [this, computed = std::move(computed), granularity, minimum, generation] {
                --m_pending;
                if (generation != m_generation)
                    return;
                m_waiting &= ~computed.part;
                showData(computed, granularity, minimum);
                if (m_waiting == 0 && m_requested != AllParts)
                    m_prefetch->start();
            }, Qt::QueuedConnection);
        });
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        m_workers << thread;
        thread->start();
    }
}

void DashboardsPage::showData(const DashboardData &data, Granularity granularity, int minimum)
{
    if (!data.error.isEmpty()) {
        m_note->setText(data.error);
        return;
    }
    if (data.part == ScoresPart) {
        m_scores->setScores(data.scores, granularity);
        return;
    }
    if (data.part == FivePart) {
        showFiveGaps(data.five, data.fiveTrend, granularity);
        return;
    }
    m_chart->setTrend(data.trend, granularity);
    m_dimensions->setRowCount(0);
    m_items->setRowCount(0);
    const QVector<GapPoint> *trend = &data.trend;
    const ServqualResult *result = &data.all;
    const auto &knowledge = data.knowledge;
    m_profile->setResult(data.all);
    int tooFew = 0;
    for (const GapPoint &p : *trend)
        tooFew += p.result.respondents < minimum ? 1 : 0;
    m_note->setText(tr("%1 respondents in %2 periods; unweighted SERVQUAL gap %3, weighted %4. "
                       "Periods with fewer than %5 respondents are left out of the lines (%6 here). "
                       "Negative: service falls short of what customers expect.")
                        .arg(formatCount(result->respondents))
                        .arg(trend->size())
                        .arg(formatNumber(result->unweighted.mean), formatNumber(result->weighted.mean))
                        .arg(minimum)
                        .arg(tooFew));

    m_dimensions->setRowCount(DimensionCount);
    for (Dimension d : AllDimensions) {
        const int r = dimensionIndex(d);
        const DimensionGaps &g = result->dimensions[r];
        m_dimensions->setItem(r, DName, resultscells::cell(dimensionName(d)));
        m_dimensions->setItem(r, DExpectation, resultscells::cell(formatNumber(g.expectation.mean), {}, true));
        m_dimensions->setItem(r, DPerception, resultscells::cell(formatNumber(g.perception.mean), {}, true));
        m_dimensions->setItem(r, DGap, resultscells::cell(formatNumber(g.gap.mean), {}, true));
        m_dimensions->setItem(r, DInterval, resultscells::cell(g.gap.low ? tr("%1 to %2").arg(formatNumber(g.gap.low), formatNumber(g.gap.high)) : QStringLiteral("—"), {}, true));
        m_dimensions->setItem(r, DRespondents, resultscells::cell(formatCount(g.gap.n), {}, true));
        m_dimensions->setItem(r, DAlpha, resultscells::cell(formatNumber(g.alphaPerception), {}, true));
        const Estimate &k = knowledge[r];
        QTableWidgetItem *knowledgeCell = resultscells::cell(formatNumber(k.mean), {}, true);
        if (k.low)
            knowledgeCell->setToolTip(tr("95 % interval %1 to %2 (Welch)").arg(formatNumber(k.low), formatNumber(k.high)));
        m_dimensions->setItem(r, DKnowledge, knowledgeCell);
    }
    fitColumns(m_dimensions);
    // Counts grow with the period chosen: room for six digits, never "5,28" for 5,280.
    m_dimensions->setColumnWidth(DRespondents, std::max(m_dimensions->columnWidth(DRespondents),
                                                        m_dimensions->fontMetrics().horizontalAdvance(formatCount(888888)) + 16));
    m_dimensions->horizontalHeader()->setStretchLastSection(true);

    // The items that fall shortest first: where to act.
    QVector<int> order;
    for (int i = 0; i < ServqualItemCount; ++i) {
        if (result->itemGaps[i].mean)
            order << i;
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) { return *result->itemGaps[a].mean < *result->itemGaps[b].mean; });
    m_items->setRowCount(int(order.size()));
    for (int row = 0; row < order.size(); ++row) {
        const int i = order[row];
        m_items->setItem(row, IItem, resultscells::cell(tr("%1. %2").arg(i + 1).arg(servqualItemText(i))));
        m_items->item(row, IItem)->setData(Qt::UserRole, i);
        m_items->item(row, IItem)->setToolTip(tr("Double-click for the answers behind this gap."));
        m_items->setItem(row, IDimension, resultscells::cell(dimensionName(servqualItemDimension(i))));
        m_items->setItem(row, IGap, resultscells::cell(formatNumber(result->itemGaps[i].mean), {}, true));
        m_items->setItem(row, IRespondents, resultscells::cell(formatCount(result->itemGaps[i].n), {}, true));
    }
    m_items->resizeColumnToContents(IDimension);
    m_items->resizeColumnToContents(IGap);
    m_items->resizeColumnToContents(IRespondents);
}

void DashboardsPage::enterResponse()
{
    Database *db = m_session.database();
    if (!db)
        return;
    SurveyEntryDialog dialog(*db, this);
    if (m_site->currentData().isValid())
        dialog.setSite(m_site->currentData().toLongLong());
    if (dialog.exec() == QDialog::Accepted)
        m_session.notifyDataChanged(); // the dashboards refresh with it at once
}

QString DashboardsPage::formulaText()
{
    return tr("Customer gap (gap 5), per SERVQUAL dimension:\n"
              "  item gap = P − E for each respondent who answered both (1–7 scale); missing answers are left out, never 0;\n"
              "  a respondent's dimension gap = the mean of their item gaps in the dimension;\n"
              "  the dimension gap = the mean over respondents, with a 95 % interval mean ± t(0.975, n − 1) · s / √n.\n"
              "Unweighted SERVQUAL = the mean of the five dimension gaps. Weighted = per respondent Σ (points / total) × "
              "dimension gap over the dimensions they have, then the mean over respondents.\n"
              "Cronbach's alpha = k / (k − 1) · (1 − Σ item variances / variance of the total), per dimension.\n\n"
              "Knowledge gap (gap 1) = managers' mean estimate of customers' expectation − customers' mean expectation, "
              "with Welch's interval.\n"
              "Standards gap (gap 2) = a standard's commitment level (1–7) − each customer's mean expectation of its items; "
              "per dimension the mean over the customer's standards, then over customers.\n"
              "Delivery gap (gap 3) = the share of observed answers of the items linked to a standard that earn at least half "
              "their points − the required share, in percentage points (submitted evaluations and validated visits).\n"
              "Communication gap (gap 4) = the share of cases that kept a promise (first response in time, resolved at first "
              "contact, or a standard met) − the share promised, in percentage points. Per dimension, gaps 3 and 4 pool the "
              "observations of its standards or promises. Their 95 % intervals are Wilson score intervals of the share, less the "
              "target; the answers of one evaluation count as one cluster (a design effect), so items that fail together "
              "widen the interval.\n\n"
              "A period with fewer respondents than the minimum n is shown as too few, not as a number. "
              "Evaluation scores are the stored dimension scores of submitted evaluations (mean, interval, n).");
}

ScoreTrendFilter DashboardsPage::currentScoreFilter() const
{
    const SurveyFilter survey = currentFilter();
    ScoreTrendFilter filter;
    filter.from = survey.from;
    filter.to = survey.to;
    filter.siteId = survey.siteId;
    filter.region = survey.region;
    if (m_form->currentData().isValid())
        filter.formId = m_form->currentData().toLongLong();
    if (m_staff->currentData().isValid())
        filter.staffId = m_staff->currentData().toLongLong();
    if (m_channel->currentData().isValid())
        filter.channel = m_channel->currentData().toString();
    return filter;
}

// The indicators of the filters' sites over the period's whole days (all time: the last two years).
} // namespace servqa
