#include "alertspage.h"

#include "alertswatcher.h"
#include "formatting.h"
#include "indicatortexts.h"
#include "listtables.h"
#include "plaintext.h"
#include "session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servqa {

namespace {

enum Column { RaisedColumn, SeverityColumn, PlaceColumn, IndicatorColumn, PeriodColumn, WhatColumn, CasesColumn, AcknowledgedColumn, ColumnCount };

QString placeOf(const Alert &a)
{
    return a.siteId ? a.siteName : a.region;
}

} // namespace

AlertsPage::AlertsPage(Session &session, AlertsWatcher &watcher, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_openOnly = new QCheckBox(this);
    m_placeLabel = new QLabel(this);
    m_place = new QComboBox(this);
    m_place->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_placeLabel->setBuddy(m_place);
    m_table = makeListTable(this, ColumnCount);
    // What happened takes the room the other columns leave (its whole text is in the tooltip).
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_casesTitle = new QLabel(this);
    m_casesTitle->setTextFormat(Qt::PlainText);
    m_cases = makeListTable(this, 4);
    connect(m_cases, &QTableWidget::cellDoubleClicked, this, [this](int row) { openCase(row); });
    m_acknowledge = new QPushButton(this);
    m_raiseAction = new QPushButton(this);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_summary, 1);
    filters->addWidget(m_placeLabel);
    filters->addWidget(m_place);
    filters->addWidget(m_openOnly);
    filters->addWidget(m_acknowledge);
    filters->addWidget(m_raiseAction);

    auto *below = new QWidget(this);
    auto *belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    belowLayout->addWidget(m_casesTitle);
    belowLayout->addWidget(m_cases);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(below);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);

    connect(&watcher, &AlertsWatcher::updated, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
    connect(m_openOnly, &QCheckBox::toggled, this, &AlertsPage::fill);
    connect(m_place, qOverload<int>(&QComboBox::currentIndexChanged), this, &AlertsPage::fill);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AlertsPage::showCases);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] { acknowledgeSelected(); });
    connect(m_raiseAction, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row < 0)
            return;
        // The alert's place, and its indicator as the measure when it can be tested: the alert's
        // period before, the four weeks after the due date after.
        const Alert &a = m_shown[row];
        ActionDraft d;
        d.origin = {ActionSource::Alert, a.id, QString(), tr("%1, %2: %3").arg(indicatorName(a.indicator), alertPeriodText(a), alertWhatText(a))};
        d.siteId = a.siteId;
        d.region = a.siteId ? QString() : a.region;
        d.due = QDate::currentDate().addDays(14);
        if (testableIndicator(a.indicator)) {
            d.measure.kind = MeasureKind::Indicator;
            d.measure.indicator = a.indicator;
            // The alert's period, to yesterday at most: the period before the action is over by now.
            d.measure.before = {a.from, std::min(a.to, QDate::currentDate().addDays(-1))};
            if (d.measure.before.from > d.measure.before.to)
                d.measure.before.from = d.measure.before.to.addDays(-27);
            d.measure.after = {d.due.addDays(1), d.due.addDays(28)};
        }
        emit actionRequested(d);
    });
    retranslate();
}

void AlertsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AlertsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void AlertsPage::retranslate()
{
    m_openOnly->setText(tr("&Open alerts only"));
    m_placeLabel->setText(tr("&Place:"));
    m_acknowledge->setText(tr("&Acknowledge…"));
    m_acknowledge->setToolTip(tr("Say what was found or done; the alert stays listed, greyed, with your note."));
    m_raiseAction->setText(tr("&Raise action…"));
    m_raiseAction->setToolTip(tr("A corrective action on this alert, verified later on its indicator, before against after."));
    m_table->setHorizontalHeaderLabels({tr("Raised"), tr("Level"), tr("Site / region"), tr("Indicator"), tr("Period"), tr("What happened"),
                                        tr("Cases"), tr("Acknowledged")});
    m_cases->setHorizontalHeaderLabels({tr("When"), tr("Reference"), tr("Site"), tr("What was measured")});
    if (m_place->count() > 0)
        m_place->setItemText(0, tr("Every site and region"));
    fill();
}

void AlertsPage::reload()
{
    m_stale = false;
    m_all.clear();
    if (m_session.isOpen()) {
        const auto alerts = loadAlerts(*m_session.database());
        if (!alerts)
            m_message->setText(alerts.error());
        else
            m_all = *alerts;
    }
    // The places that have alerts, regions first.
    const QString current = m_place->currentData().toString();
    QStringList regions, sites;
    for (const Alert &a : m_all) {
        QStringList &list = a.siteId ? sites : regions;
        if (!list.contains(placeOf(a)))
            list << placeOf(a);
    }
    regions.sort();
    sites.sort();
    const QSignalBlocker block(m_place);
    m_place->clear();
    m_place->addItem(tr("Every site and region"), QString());
    for (const QString &p : regions + sites)
        m_place->addItem(p, p);
    m_place->setCurrentIndex(std::max(0, m_place->findData(current)));
    fill();
}

bool AlertsPage::showAlert(qint64 alertId)
{
    m_openOnly->setChecked(false);
    m_place->setCurrentIndex(0);
    reload();
    for (int r = 0; r < m_shown.size(); ++r) {
        if (m_shown[r].id == alertId) {
            m_table->selectRow(r);
            return true;
        }
    }
    return false;
}

void AlertsPage::fill()
{
    const QString place = m_place->currentData().toString();
    m_shown.clear();
    int open = 0, alarms = 0;
    for (const Alert &a : m_all) {
        if (!a.acknowledged()) {
            ++open;
            alarms += a.severity == AlertSeverity::Alarm ? 1 : 0;
        }
        if ((m_openOnly->isChecked() && a.acknowledged()) || (!place.isEmpty() && placeOf(a) != place))
            continue;
        m_shown << a;
    }
    m_summary->setText(!m_session.isOpen() ? QString()
                       : open == 0         ? tr("No open alerts: every indicator is within its levels and no chart shows a deterioration.")
                                           : tr("%1 open alerts, %2 of them alarms.").arg(open).arg(alarms));
    m_table->setRowCount(0);
    m_table->setRowCount(m_shown.size());
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (int r = 0; r < m_shown.size(); ++r) {
        const Alert &a = m_shown[r];
        const QString acknowledged = a.acknowledged() ? tr("%1, %2: %3").arg(a.acknowledgedBy, formatDateTime(a.acknowledgedAt), a.note) : QString();
        const QStringList cells = {formatDateTime(a.raisedAt), alertSeverityName(a.severity), placeOf(a), indicatorName(a.indicator),
                                   alertPeriodText(a), alertWhatText(a), formatCount(a.n), acknowledged};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(plainTip(cells[c]));
            if (a.acknowledged())
                item->setForeground(grey);
            else if (c == SeverityColumn)
                item->setForeground(a.severity == AlertSeverity::Alarm ? QColor(0xc6, 0x28, 0x28) : QColor(0xb2, 0x6a, 0x00));
            if (c == CasesColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    fitColumns(m_table);
    // Long texts stay readable on a laptop: the full text is in the tooltip.
    for (int c : {int(PlaceColumn), int(IndicatorColumn), int(AcknowledgedColumn)})
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 170));
    if (!m_shown.isEmpty())
        m_table->selectRow(0);
    showCases();
}

int AlertsPage::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void AlertsPage::showCases()
{
    const int row = selectedRow();
    m_cases->setRowCount(0);
    m_caseList.clear();
    m_acknowledge->setEnabled(row >= 0 && !m_shown[row].acknowledged() && !m_session.isReadOnly() && m_session.userId() != 0);
    m_raiseAction->setEnabled(row >= 0 && !m_session.isReadOnly() && m_session.userId() != 0);
    if (row < 0) {
        m_casesTitle->setText(tr("Choose an alert to see the contacts, answers or evaluations behind it."));
        return;
    }
    const Alert &a = m_shown[row];
    CaseCounts counts;
    const auto cases = casesBehind(*m_session.database(), a, 1000, &counts);
    if (!cases) {
        m_casesTitle->setText(cases.error());
        return;
    }
    QString title = tr("Behind it: %1 cases in %2 at %3, %4 of them against the indicator (listed first).")
                        .arg(formatCount(counts.total), alertPeriodText(a), placeOf(a), formatCount(counts.against));
    if (counts.total > cases->size())
        title += QLatin1Char(' ') + tr("The first %1 are listed.").arg(formatCount(cases->size()));
    m_casesTitle->setText(title);
    m_caseList = *cases;
    m_cases->setRowCount(cases->size());
    for (int r = 0; r < cases->size(); ++r) {
        const AlertCase &c = (*cases)[r];
        const QStringList cells = {formatDateTime(c.at), c.reference, c.site, c.detail};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(plainTip(c.evaluationId || !c.interaction.isEmpty() ? tr("%1\nDouble-click to open it.").arg(cells[col]) : cells[col]));
            if (c.against)
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            m_cases->setItem(r, col, item);
        }
    }
    fitColumns(m_cases);
}

void AlertsPage::openCase(int row)
{
    if (row < 0 || row >= m_caseList.size())
        return;
    const AlertCase &c = m_caseList[row];
    if (c.evaluationId)
        emit evaluationRequested(c.evaluationId, c.at.date());
    else if (!c.interaction.isEmpty())
        emit interactionRequested(c.interaction, c.interactionDay);
}

bool AlertsPage::acknowledgeSelected(const QString &given)
{
    const int row = selectedRow();
    if (row < 0 || m_shown[row].acknowledged())
        return false;
    const Alert a = m_shown[row];
    QString note = given;
    if (note.isEmpty()) {
        bool ok = false;
        note = plain::getMultiLineText(this, tr("Acknowledge alert"),
                                              tr("%1 at %2, %3.\nWhat was found, or what is being done?").arg(indicatorName(a.indicator), placeOf(a), alertPeriodText(a)),
                                              QString(), &ok);
        if (!ok)
            return false;
    }
    const Status s = acknowledgeAlert(*m_session.database(), a.id, m_session.userId(), note);
    m_message->setText(s ? QString() : s.error());
    if (!s)
        return false;
    const qint64 id = a.id;
    reload();
    for (int r = 0; r < m_shown.size(); ++r) {
        if (m_shown[r].id == id)
            m_table->selectRow(r);
    }
    m_session.notifyDataChanged(); // the count in the navigation
    return true;
}

} // namespace servqa
