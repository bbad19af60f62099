#include "indicatorstab.h"

#include "charts/controlchart.h"
#include "database.h"
#include "formatting.h"
#include "indicatortexts.h"
#include "latestresult.h"
#include "session.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servqa {

namespace {

enum Column { IndicatorColumn, ValueColumn, LevelsColumn, StatusColumn, CasesColumn, ColumnCount };

} // namespace

IndicatorsTab::IndicatorsTab(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_worker(std::make_unique<LatestResult>(this)), m_chartWorker(std::make_unique<LatestResult>(this))
{
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_chartTitle = new QLabel(this);
    m_chartTitle->setTextFormat(Qt::PlainText);
    m_chart = new ControlChart(this);
    m_chart->setMinimumHeight(220);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_chartTitle);
    rightLayout->addWidget(m_chart, 1);
    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 560});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(split, 1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &IndicatorsTab::computeChart);
    retranslate();
}

IndicatorsTab::~IndicatorsTab() = default;

bool IndicatorsTab::isComputing() const
{
    return m_worker->busy() || m_chartWorker->busy();
}

void IndicatorsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IndicatorsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        compute();
}

void IndicatorsTab::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Indicator"), tr("Value"), tr("Target / warning / alarm"), tr("Status"), tr("Cases")});
    showValues();
}

void IndicatorsTab::setScope(const IndicatorScope &scope)
{
    m_scope = scope;
    m_stale = true;
    if (isVisible())
        compute();
}

void IndicatorsTab::compute()
{
    m_stale = false;
    const QString path = m_session.path();
    if (path.isEmpty())
        return;
    m_note->setText(tr("Computing…"));
    const IndicatorScope scope = m_scope;
    m_worker->run(
        [path, scope]() -> Result<QVector<IndicatorValue>> {
            auto db = Database::openSqlite(path, Database::OpenMode::OpenExisting, Database::Access::ReadOnly);
            if (!db)
                return Error{db.error()};
            return computeIndicators(**db, scope);
        },
        [this](const Result<QVector<IndicatorValue>> &values) {
            if (!values) {
                m_note->setText(values.error());
                return;
            }
            m_values = *values;
            showValues();
            computeChart();
        });
}

void IndicatorsTab::showValues()
{
    const int selected = m_table->currentRow();
    m_table->setRowCount(m_values.size());
    for (int r = 0; r < m_values.size(); ++r) {
        const IndicatorValue &v = m_values[r];
        const auto t = v.target;
        QString name = indicatorName(v.kind);
        if (t && t->thresholdSeconds)
            name = tr("%1 (within %2)").arg(name, formatSeconds(*t->thresholdSeconds));
        QString value = indicatorValueText(v.kind, v.value);
        if (v.kind == IndicatorKind::Nps && v.lower && v.upper)
            value = tr("%1 (95 %: %2 to %3)").arg(value, formatNumber(*v.lower, 1), formatNumber(*v.upper, 1));
        const QString levels = t ? QStringLiteral("%1 / %2 / %3").arg(indicatorValueText(v.kind, t->target), indicatorValueText(v.kind, t->warning), indicatorValueText(v.kind, t->alarm))
                                 : tr("no target");
        const QStringList cells = {name, value, levels, indicatorStatusText(v.status), formatCount(v.n)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (c == StatusColumn)
                item->setForeground(indicatorStatusColour(v.status));
            if (c != IndicatorColumn && c != StatusColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    // On a laptop the chart keeps half the width; the full texts are in the tooltips.
    m_table->setColumnWidth(IndicatorColumn, std::min(m_table->columnWidth(IndicatorColumn), 190));
    m_table->setColumnWidth(ValueColumn, std::min(m_table->columnWidth(ValueColumn), 110));
    if (!m_values.isEmpty())
        m_table->selectRow(selected >= 0 && selected < m_values.size() ? selected : int(IndicatorKind::FirstResponse));
    int alarms = 0, warnings = 0;
    for (const IndicatorValue &v : m_values) {
        alarms += v.status == IndicatorStatus::Alarm ? 1 : 0;
        warnings += v.status == IndicatorStatus::Warning ? 1 : 0;
    }
    m_note->setText(m_values.isEmpty() ? QString()
                                       : tr("%1 to %2: %3 indicators under their alarm level, %4 under their warning level. Choose one for its "
                                            "weekly control chart (26 weeks to the period's end).")
                                             .arg(m_scope.period.from.toString(Qt::ISODate), m_scope.period.to.toString(Qt::ISODate))
                                             .arg(alarms)
                                             .arg(warnings));
}

void IndicatorsTab::computeChart()
{
    const int row = m_table->currentRow();
    const QString path = m_session.path();
    if (row < 0 || row >= m_values.size() || path.isEmpty())
        return;
    const IndicatorKind kind = m_values[row].kind;
    IndicatorScope scope = m_scope;
    AlertCheck check;
    check.now = QDateTime(m_scope.period.to, QTime(23, 59));
    check.rules = spc::allRules;
    m_chartTitle->setText(tr("%1 by week: %2").arg(indicatorName(kind), isShare(kind) ? tr("p chart") : tr("individuals chart")));
    m_chartWorker->run(
        [path, kind, scope, check]() -> Result<IndicatorChart> {
            auto db = Database::openSqlite(path, Database::OpenMode::OpenExisting, Database::Access::ReadOnly);
            if (!db)
                return Error{db.error()};
            return indicatorChart(**db, kind, scope, check);
        },
        [this](const Result<IndicatorChart> &chart) {
            if (!chart) {
                m_chartTitle->setText(chart.error());
                return;
            }
            m_chart->setChart(*chart);
        });
}

} // namespace servqa
