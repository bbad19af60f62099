#include "calibrationpage.h"

#include "calibrationcells.h"
#include "calibrationdialogs.h"
#include "charts/calibrationdriftchart.h"
#include "evaluationeditor.h"
#include "formatting.h"
#include "formrepository.h"
#include "interactionquery.h"
#include "interactionrepository.h"
#include "listtables.h"
#include "report/auditreports.h"
#include "reportjob.h"
#include "session.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace servqa {

using namespace calibrationcells;


CalibrationPage::CalibrationPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_sessionLabel = new QLabel(this);
    m_sessionBox = new QComboBox(this);
    m_sessionBox->setMinimumContentsLength(28);
    m_sessionBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_new = new QPushButton(this);
    m_closeScoring = new QPushButton(this);
    m_exportCsv = new QPushButton(this);
    m_exportPdf = new QPushButton(this);
    top->addWidget(m_sessionLabel);
    top->addWidget(m_sessionBox, 1);
    top->addWidget(m_new);
    top->addWidget(m_closeScoring);
    top->addWidget(m_exportCsv);
    top->addWidget(m_exportPdf);
    layout->addLayout(top);
    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::PlainText);
    layout->addWidget(m_facts);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setObjectName(QStringLiteral("driftBanner"));
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    m_sessions = new QTableWidget(0, 7, this);
    prepare(m_sessions);
    m_tabs->addTab(m_sessions, QString());

    auto *score = new QWidget(this);
    auto *scoreLayout = new QVBoxLayout(score);
    scoreLayout->setContentsMargins(0, 0, 0, 0);
    m_scoreHint = new QLabel(score);
    m_scoreHint->setWordWrap(true);
    scoreLayout->addWidget(m_scoreHint);
    m_scoreSplitter = new QSplitter(Qt::Horizontal, score);
    m_units = new QTableWidget(0, 3, m_scoreSplitter);
    prepare(m_units);
    m_editor = new EvaluationEditor(session, m_scoreSplitter);
    m_scoreSplitter->addWidget(m_units);
    m_scoreSplitter->addWidget(m_editor);
    m_scoreSplitter->setStretchFactor(1, 1);
    m_scoreSplitter->setSizes({420, 900});
    scoreLayout->addWidget(m_scoreSplitter, 1);
    m_tabs->addTab(score, QString());

    auto *comparison = new QWidget(this);
    auto *comparisonLayout = new QVBoxLayout(comparison);
    comparisonLayout->setContentsMargins(0, 0, 0, 0);
    auto *comparisonTop = new QHBoxLayout;
    m_comparisonMessage = new QLabel(comparison);
    m_comparisonMessage->setWordWrap(true);
    m_comparisonMessage->setTextFormat(Qt::PlainText);
    m_consensus = new QPushButton(comparison);
    comparisonTop->addWidget(m_comparisonMessage, 1);
    comparisonTop->addWidget(m_consensus);
    comparisonLayout->addLayout(comparisonTop);
    m_comparison = new QTableWidget(0, 0, comparison);
    prepare(m_comparison);
    m_comparison->horizontalHeader()->setStretchLastSection(false);
    comparisonLayout->addWidget(m_comparison, 1);
    m_tabs->addTab(comparison, QString());

    auto *inspectors = new QSplitter(Qt::Vertical, this);
    auto *inspectorsTop = new QWidget(inspectors);
    auto *inspectorsTopLayout = new QVBoxLayout(inspectorsTop);
    inspectorsTopLayout->setContentsMargins(0, 0, 0, 0);
    m_inspectorsNote = new QLabel(inspectorsTop);
    m_inspectorsNote->setWordWrap(true);
    m_inspectorsNote->setTextFormat(Qt::PlainText);
    inspectorsTopLayout->addWidget(m_inspectorsNote);
    m_inspectors = new QTableWidget(0, 6 + DimensionCount, inspectorsTop);
    prepare(m_inspectors);
    inspectorsTopLayout->addWidget(m_inspectors, 1);
    m_statistics = new QTableWidget(0, 5, inspectors);
    prepare(m_statistics);
    inspectors->addWidget(inspectorsTop);
    inspectors->addWidget(m_statistics);
    m_tabs->addTab(inspectors, QString());

    m_trail = new QTableWidget(0, 7, this);
    prepare(m_trail);
    m_tabs->addTab(m_trail, QString());

    auto *drift = new QWidget(this);
    auto *driftLayout = new QVBoxLayout(drift);
    driftLayout->setContentsMargins(0, 0, 0, 0);
    auto *toleranceRow = new QHBoxLayout;
    m_toleranceLabel = new QLabel(drift);
    m_toleranceBox = new QDoubleSpinBox(drift);
    m_toleranceBox->setRange(0.5, 50);
    m_toleranceBox->setDecimals(1);
    m_toleranceBox->setSingleStep(0.5);
    toleranceRow->addWidget(m_toleranceLabel);
    toleranceRow->addWidget(m_toleranceBox);
    toleranceRow->addStretch();
    driftLayout->addLayout(toleranceRow);
    auto *driftSplit = new QSplitter(Qt::Vertical, drift);
    m_chart = new CalibrationDriftChart(driftSplit);
    m_driftTable = new QTableWidget(0, 5, driftSplit);
    prepare(m_driftTable);
    driftSplit->addWidget(m_chart);
    driftSplit->addWidget(m_driftTable);
    driftSplit->setStretchFactor(0, 3);
    driftSplit->setStretchFactor(1, 1);
    driftLayout->addWidget(driftSplit, 1);
    m_tabs->addTab(drift, QString());

    connect(m_sessionBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0 || index >= m_all.size())
            return;
        m_current = m_all[index].id;
        showCurrent();
    });
    connect(m_sessions, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_all.size()) {
            showSession(m_all[row].id);
            m_tabs->setCurrentIndex(ScoreTab);
        }
    });
    connect(m_sessions, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_all.size() && m_current != m_all[row].id)
            showSession(m_all[row].id);
    });
    connect(m_units, &QTableWidget::cellActivated, this, [this](int row, int) { openInteraction(row); });
    connect(m_units, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openInteraction(row); });
    connect(m_comparison, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { setConsensusOfRow(row); });
    connect(m_consensus, &QPushButton::clicked, this, [this] { setConsensusOfRow(m_comparison->currentRow()); });
    connect(m_new, &QPushButton::clicked, this, &CalibrationPage::newSession);
    connect(m_closeScoring, &QPushButton::clicked, this, [this] { closeScoring(true); });
    connect(m_exportCsv, &QPushButton::clicked, this, &CalibrationPage::exportCsv);
    connect(m_exportPdf, &QPushButton::clicked, this, &CalibrationPage::exportPdf);
    connect(m_toleranceBox, &QDoubleSpinBox::editingFinished, this, [this] {
        if (!m_session.isOpen() || std::abs(m_toleranceBox->value() - m_tolerance) < 1e-9)
            return;
        if (const Status s = setCalibrationTolerance(*m_session.database(), m_toleranceBox->value()); !s) {
            plain::warning(this, tr("Tolerance"), s.error());
            return;
        }
        m_tolerance = m_toleranceBox->value();
        fillDrift();
        fillInspectors();
    });
    connect(&m_session, &Session::opened, this, [this] { reload(); });
    connect(&m_session, &Session::userChanged, this, [this] { reload(m_current); });
    connect(&m_session, &Session::closed, this, [this] {
        m_all.clear();
        m_current.reset();
        m_editor->clear();
        reload();
    });
    retranslate();
    reload();
}

void CalibrationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(m_current);
    }
    QWidget::changeEvent(event);
}

void CalibrationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        return;
    }
    reload(m_current); // others may have handed in meanwhile (another window, servqa-cli)
}

void CalibrationPage::retranslate()
{
    m_sessionLabel->setText(tr("Session:"));
    m_new->setText(tr("New session…"));
    m_closeScoring->setText(tr("Close scoring"));
    m_exportCsv->setText(tr("Export answers (CSV)…"));
    m_exportPdf->setText(tr("Export PDF…"));
    m_consensus->setText(tr("Set consensus…"));
    m_tabs->setTabText(SessionsTab, tr("Sessions"));
    m_tabs->setTabText(ScoreTab, tr("Score"));
    m_tabs->setTabText(ComparisonTab, tr("Comparison"));
    m_tabs->setTabText(InspectorsTab, tr("Inspectors and agreement"));
    m_tabs->setTabText(TrailTab, tr("Trail"));
    m_tabs->setTabText(DriftTab, tr("Drift"));
    m_sessions->setHorizontalHeaderLabels(
        {tr("Session"), tr("Status"), tr("Form"), tr("Lead"), tr("Deadline"), tr("Interactions"), tr("Handed in")});
    m_units->setHorizontalHeaderLabels({tr("Interaction"), tr("Your scoring"), tr("Score")});
    m_statistics->setHorizontalHeaderLabels({tr("Items"), tr("Statistic"), tr("Value"), tr("Units"), tr("How to read it")});
    m_trail->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Step"), tr("Interaction"), tr("Item"), tr("Value"), tr("Note")});
    m_driftTable->setHorizontalHeaderLabels({tr("Inspector"), tr("Sessions"), tr("Latest deviation"), tr("Latest match"), tr("Tolerance")});
    m_toleranceLabel->setText(tr("Tolerance for a deviation from consensus, ± points:"));
    m_editor->setEmptyText(tr("Choose an interaction of the session and press Enter to score it."));
}

void CalibrationPage::reload(std::optional<qint64> sessionId)
{
    m_all.clear();
    m_drift.clear();
    m_labels.clear();
    if (m_session.isOpen()) {
        Database &db = *m_session.database();
        Calibration c(db, m_session.userId());
        if (auto all = c.sessions())
            m_all = *all;
        if (auto drift = c.drift())
            m_drift = *drift;
        if (auto tolerance = calibrationTolerance(db))
            m_tolerance = *tolerance;
    }
    if (!sessionId)
        sessionId = m_current;
    m_current.reset();
    for (const CalibrationSession &s : m_all) {
        if (sessionId && s.id == *sessionId)
            m_current = s.id;
    }
    if (!m_current && !m_all.isEmpty())
        m_current = m_all.first().id;
    fillSessions();
    showCurrent();
    fillDrift();
}

std::optional<qint64> CalibrationPage::currentSession() const
{
    return m_current;
}

void CalibrationPage::showSession(qint64 sessionId)
{
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_all[i].id == sessionId) {
            m_current = sessionId;
            m_sessionBox->setCurrentIndex(i);
            showCurrent();
            return;
        }
    }
}

void CalibrationPage::fillSessions()
{
    const QSignalBlocker blockBox(m_sessionBox);
    const QSignalBlocker blockTable(m_sessions);
    m_sessionBox->clear();
    m_sessions->setRowCount(int(m_all.size()));
    for (int r = 0; r < m_all.size(); ++r) {
        const CalibrationSession &s = m_all[r];
        int handedIn = 0;
        for (const CalibrationParticipant &p : s.participants)
            handedIn += p.handedIn;
        const QString status = s.status == CalibrationStatus::Open ? (s.blind ? tr("Scoring, blind") : tr("Scoring, open"))
                                                                   : tr("Closed %1").arg(formatDateTime(s.closedAt.value_or(s.createdAt)));
        m_sessionBox->addItem(tr("%1 (%2)").arg(s.name, status), s.id);
        m_sessions->setItem(r, 0, cell(s.name, s.id));
        m_sessions->setItem(r, 1, cell(status));
        m_sessions->setItem(r, 2, cell(tr("%1, version %2").arg(s.formName).arg(s.formVersion)));
        m_sessions->setItem(r, 3, cell(s.leadName));
        m_sessions->setItem(r, 4, cell(s.deadline ? formatDate(*s.deadline) : tr("none")));
        m_sessions->setItem(r, 5, cell(QString::number(s.interactions.size())));
        m_sessions->setItem(r, 6, cell(tr("%1 of %2").arg(handedIn).arg(s.interactions.size() * s.participants.size())));
        if (m_current && s.id == *m_current) {
            m_sessionBox->setCurrentIndex(r);
            m_sessions->setCurrentCell(r, 0);
        }
    }
    fitColumns(m_sessions);
}

QString CalibrationPage::interactionLabel(qint64 interactionId) const
{
    if (const auto found = m_labels.constFind(interactionId); found != m_labels.constEnd())
        return *found;
    QString label = QStringLiteral("#%1").arg(interactionId);
    if (m_session.isOpen()) {
        InteractionFilter f;
        f.id = interactionId;
        const auto rows = InteractionQuery(*m_session.database()).page(f, InteractionColumn::StartedAt, Qt::AscendingOrder, 0, 1);
        if (rows && !rows->isEmpty()) {
            const InteractionRow &r = rows->first();
            label = tr("#%1 · %2 · %3 · %4").arg(interactionId).arg(formatDateTime(r.startedAt), channelName(r.channel),
                                                                      r.staffName.isEmpty() ? r.siteName : r.staffName);
        }
    }
    const_cast<CalibrationPage *>(this)->m_labels.insert(interactionId, label);
    return label;
}

void CalibrationPage::showCurrent()
{
    m_compared.reset();
    m_refusal.clear();
    const CalibrationSession *s = nullptr;
    for (const CalibrationSession &one : m_all) {
        if (m_current && one.id == *m_current)
            s = &one;
    }
    if (!s) {
        m_facts->setText(m_session.isOpen() ? tr("No calibration session yet. A QA lead starts one with New session….") : QString());
    } else {
        QStringList people;
        for (const CalibrationParticipant &p : s->participants)
            people << tr("%1 %2/%3").arg(p.name).arg(p.handedIn).arg(s->interactions.size());
        m_facts->setText(tr("%1, version %2 · lead %3 · %4 · deadline %5 · handed in: %6")
                             .arg(s->formName)
                             .arg(s->formVersion)
                             .arg(s->leadName, s->blind ? tr("blind") : tr("open"),
                                  s->deadline ? formatDate(*s->deadline) : tr("none"), formatList(people)));
        const auto compared = Calibration(*m_session.database(), m_session.userId()).compare(s->id);
        if (compared)
            m_compared = *compared;
        else
            m_refusal = compared.error();
    }
    fillUnits();
    fillComparison();
    fillInspectors();
    fillTrail(s);
    updateActions();
}

void CalibrationPage::fillUnits()
{
    m_editor->clear();
    m_units->setRowCount(0);
    const CalibrationSession *s = nullptr;
    for (const CalibrationSession &one : m_all) {
        if (m_current && one.id == *m_current)
            s = &one;
    }
    if (!s) {
        m_scoreHint->clear();
        return;
    }
    const bool participant = s->participantIndex(m_session.userId()) >= 0;
    if (!participant)
        m_scoreHint->setText(tr("You do not take part in this session: choose who you are with File ▸ Work As… to score it."));
    else if (s->status == CalibrationStatus::Closed)
        m_scoreHint->setText(tr("Scoring is closed: your answers are shown as you handed them in."));
    else
        m_scoreHint->setText(tr("Score each interaction as you would for real — it never counts in scorecards — then hand it in with Ctrl+Return."));
    m_units->setRowCount(int(s->interactions.size()));
    Calibration c(*m_session.database(), m_session.userId());
    for (int r = 0; r < s->interactions.size(); ++r) {
        const qint64 id = s->interactions[r];
        m_units->setItem(r, 0, cell(interactionLabel(id), id));
        QString state = QStringLiteral("—");
        QString scoreText;
        if (participant) {
            const auto mine = c.scoring(s->id, id, m_session.userId());
            if (mine) {
                state = mine->handedInAt ? tr("Handed in") : mine->exists ? tr("Draft") : tr("To do");
                if (mine->exists)
                    scoreText = formatPercent(mine->score.percent);
            }
        }
        m_units->setItem(r, 1, cell(state));
        m_units->setItem(r, 2, cell(scoreText));
    }
    fitColumns(m_units);
}

bool CalibrationPage::openInteraction(int row)
{
    if (!m_current || row < 0 || row >= m_units->rowCount() || !m_session.isOpen())
        return false;
    const CalibrationSession *s = nullptr;
    for (const CalibrationSession &one : m_all) {
        if (one.id == *m_current)
            s = &one;
    }
    if (!s || s->participantIndex(m_session.userId()) < 0)
        return false;
    Database &db = *m_session.database();
    const qint64 sessionId = s->id;
    const qint64 interactionId = s->interactions[row];
    Calibration c(db, m_session.userId());
    const auto form = c.form(sessionId);
    const auto scoring = c.scoring(sessionId, interactionId, m_session.userId());
    const auto interaction = InteractionRepository(db).find(interactionId);
    if (!form || !scoring || !interaction || !*interaction) {
        m_editor->showMessage(!form ? form.error() : !scoring ? scoring.error() : tr("Interaction %1 does not exist.").arg(interactionId), true);
        return false;
    }
    const bool editable = s->status == CalibrationStatus::Open && !scoring->handedInAt;
    Evaluation e;
    e.id = interactionId; // the hooks below know it as the interaction: a scoring is never an evaluation
    e.formVersionId = s->formVersionId;
    e.interactionId = interactionId;
    e.inspectorId = m_session.userId();
    e.siteId = (*interaction)->siteId;
    e.staffId = (*interaction)->staffId;
    e.occurredAt = (*interaction)->startedAt;
    e.status = editable ? EvaluationStatus::Draft : EvaluationStatus::Submitted;
    e.comment = scoring->comment;
    e.answers = scoring->answers;
    e.score = scoring->score;
    EvaluationEditor::Hooks hooks;
    hooks.editable = [editable] { return editable; };
    hooks.save = [this, sessionId](qint64 interaction, const Answers &answers, const QString &comment) {
        return Calibration(*m_session.database(), m_session.userId()).save(sessionId, interaction, answers, comment);
    };
    hooks.submit = [this, sessionId](qint64 interaction) {
        return Calibration(*m_session.database(), m_session.userId()).handIn(sessionId, interaction);
    };
    hooks.afterSubmit = [this, row](qint64) {
        reload(m_current);
        m_tabs->setCurrentIndex(ScoreTab);
        // The next interaction not yet handed in, ready for Enter.
        int next = -1;
        for (int r = 0; r < m_units->rowCount() && next < 0; ++r) {
            const int candidate = (row + 1 + r) % m_units->rowCount();
            if (m_units->item(candidate, 1)->text() != tr("Handed in"))
                next = candidate;
        }
        openInteraction(row);
        m_editor->showMessage(next >= 0 ? tr("Handed in. Next: %1 (Enter).").arg(m_units->item(next, 0)->text())
                                        : tr("Handed in. You have scored every interaction of this session."),
                              false);
        if (next >= 0) {
            m_units->setCurrentCell(next, 0);
            m_units->setFocus();
        }
        emit statusMessage(tr("Calibration scoring handed in."), 4000);
    };
    m_editor->setHooks(hooks);
    m_units->setCurrentCell(row, 0);
    return m_editor->openAnswers(*form, e, m_session.userId());
}

void CalibrationPage::updateActions()
{
    const bool open = m_session.isOpen();
    const bool lead = open && Calibration(*m_session.database(), m_session.userId()).canLead();
    const CalibrationSession *s = nullptr;
    for (const CalibrationSession &one : m_all) {
        if (m_current && one.id == *m_current)
            s = &one;
    }
    m_new->setEnabled(lead && !m_session.isReadOnly());
    m_new->setToolTip(lead ? QString() : tr("Only a QA lead starts calibration sessions."));
    m_closeScoring->setEnabled(lead && s && s->status == CalibrationStatus::Open && !m_session.isReadOnly());
    m_consensus->setEnabled(lead && s && s->status == CalibrationStatus::Closed && m_compared && !m_session.isReadOnly());
    m_exportCsv->setEnabled(m_compared.has_value());
    m_exportPdf->setEnabled(m_compared.has_value());
    m_toleranceBox->setEnabled(lead && !m_session.isReadOnly());
    m_sessionBox->setEnabled(!m_all.isEmpty());
}

void CalibrationPage::newSession()
{
    if (!m_session.isOpen())
        return;
    NewCalibrationDialog dialog(*m_session.database(), m_session.userId(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload(dialog.createdId());
    m_tabs->setCurrentIndex(SessionsTab);
    emit statusMessage(tr("Calibration session created: the inspectors find it on this page."), 5000);
}

void CalibrationPage::closeScoring(bool ask)
{
    if (!m_current || !m_session.isOpen())
        return;
    const CalibrationSession *s = nullptr;
    for (const CalibrationSession &one : m_all) {
        if (one.id == *m_current)
            s = &one;
    }
    if (!s)
        return;
    int handedIn = 0;
    for (const CalibrationParticipant &p : s->participants)
        handedIn += p.handedIn;
    const int expected = int(s->interactions.size() * s->participants.size());
    if (ask && plain::question(this, tr("Close scoring"),
                              tr("Close scoring of “%1”? %2 of %3 scorings are handed in; drafts are left out. Everyone then sees "
                                 "everyone's answers, and you set the consensus.")
                                  .arg(s->name)
                                  .arg(handedIn)
                                  .arg(expected),
                              QMessageBox::Yes | QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const qint64 id = s->id;
    if (const Status st = Calibration(*m_session.database(), m_session.userId()).close(id); !st) {
        plain::warning(this, tr("Close scoring"), st.error());
        return;
    }
    reload(id);
    m_tabs->setCurrentIndex(ComparisonTab);
}

void CalibrationPage::setConsensusOfRow(int row)
{
    if (!m_compared || row < 0 || row >= m_compared->rows.size() || !m_consensus->isEnabled())
        return;
    const CalibrationItemRow r = m_compared->rows[m_comparison->item(row, 0)->data(Qt::UserRole).toInt()];
    const FormItem *item = m_compared->form.findItem(r.itemKey);
    if (!item)
        return;
    ConsensusDialog dialog(*item, r.consensus, interactionLabel(r.interactionId), this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status s = Calibration(*m_session.database(), m_session.userId())
                             .setConsensus(m_current.value_or(0), r.interactionId, r.itemKey, dialog.answer(), dialog.reason());
        if (s) {
            reload(m_current);
            m_tabs->setCurrentIndex(ComparisonTab);
            return;
        }
        dialog.showError(s.error());
    }
}

void CalibrationPage::exportCsv()
{
    if (!m_compared)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the answers"), m_compared->session.name + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status s = Calibration(*m_session.database(), m_session.userId()).exportAnswerMatrix(m_compared->session.id, path); !s) {
        plain::warning(this, tr("Export the answers"), s.error());
        return;
    }
    emit statusMessage(tr("Answers written to %1").arg(path), 5000);
}

void CalibrationPage::exportPdf()
{
    if (!m_compared)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the session report"), m_compared->session.name + QStringLiteral(".pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const ReportOptions options = reportOptions(m_session);
    const qint64 id = m_compared->session.id;
    writeReportInBackground(
        this, m_session.path(), tr("Writing the session report…"),
        [id, options](Database &db) { return prepareCalibrationReport(db, id, options); }, path,
        [this, path](const Result<int> &pages) {
            if (!pages) {
                plain::warning(this, tr("Export the session report"), pages.error());
                return;
            }
            emit statusMessage(tr("Report written to %1 (%n page(s))", nullptr, *pages).arg(path), 5000);
        });
}

} // namespace servqa
