#include "evaluationspage.h"

#include "auditlog.h"
#include "backgroundjob.h"
#include "choicelists.h"
#include "disputedialogs.h"
#include "evaluationlistmodel.h"
#include "evaluationworkflow.h"
#include "formatting.h"
#include "formrepository.h"
#include "listtables.h"
#include "periodselector.h"
#include "plaintext.h"
#include "report/auditreports.h"
#include "session.h"
#include "userrepository.h"
#include "workasdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace servqa {

namespace {
enum class ResultChoice { Any, Passed, Failed, AutoFailed };
enum AnswerColumn { ItemColumn, AnswerValueColumn, CommentColumn, DisputeColumn, AnswerColumnCount };
enum HistoryColumn { WhenColumn, WhoColumn, WhatColumn, FieldColumn, BeforeColumn, AfterColumn, NoteColumn, HistoryColumnCount };
} // namespace

EvaluationsPage::EvaluationsPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new EvaluationListModel(this))
{
    m_period = new PeriodSelector(this);
    m_site = new QComboBox(this);
    m_form = new QComboBox(this);
    m_form->setMinimumContentsLength(12);
    m_status = new QComboBox(this);
    m_result = new QComboBox(this);
    // Long site and form names must not push the page wider than a 1280-pixel screen.
    m_site->setMinimumContentsLength(12);
    m_status->setMinimumContentsLength(6);
    m_result->setMinimumContentsLength(8);
    for (QComboBox *combo : {m_site, m_form, m_status, m_result})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reset = new QPushButton(this);
    m_periodLabel = new QLabel(this);
    m_siteLabel = new QLabel(this);
    m_formLabel = new QLabel(this);
    m_statusLabel = new QLabel(this);
    m_resultLabel = new QLabel(this);
    m_periodLabel->setBuddy(m_period);
    m_siteLabel->setBuddy(m_site);
    m_formLabel->setBuddy(m_form);
    m_statusLabel->setBuddy(m_status);
    m_resultLabel->setBuddy(m_result);
    for (EvaluationStatus s : {EvaluationStatus::Draft, EvaluationStatus::Submitted, EvaluationStatus::Acknowledged,
                               EvaluationStatus::Disputed, EvaluationStatus::Resolved})
        m_status->addItem(QString(), evaluationStatusKey(s));
    m_status->insertItem(0, QString());
    m_status->setCurrentIndex(0);
    for (ResultChoice r : {ResultChoice::Any, ResultChoice::Passed, ResultChoice::Failed, ResultChoice::AutoFailed})
        m_result->addItem(QString(), int(r));

    auto *filters = new QHBoxLayout;
    for (auto [label, widget, stretch] : {std::tuple<QLabel *, QWidget *, int>{m_periodLabel, m_period, 0},
                                          {m_siteLabel, m_site, 1}, {m_formLabel, m_form, 1},
                                          {m_statusLabel, m_status, 1}}) { // room to spare goes to the status too ("All but drafts")
        filters->addWidget(label);
        filters->addWidget(widget, stretch);
        filters->addSpacing(6);
    }

    // Second row: who was evaluated, by whom, and the score range; then the export.
    m_staff = new QComboBox(this);
    m_staff->setMinimumContentsLength(12);
    m_inspector = new QComboBox(this);
    m_inspector->setMinimumContentsLength(10);
    for (QComboBox *combo : {m_staff, m_inspector})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scoreMin = new QSpinBox(this);
    m_scoreMax = new QSpinBox(this);
    for (QSpinBox *spin : {m_scoreMin, m_scoreMax}) {
        spin->setRange(0, 100);
        spin->setSuffix(QStringLiteral(" %"));
    }
    m_scoreMax->setValue(100);
    m_staffLabel = new QLabel(this);
    m_inspectorLabel = new QLabel(this);
    m_scoreLabel = new QLabel(this);
    m_staffLabel->setBuddy(m_staff);
    m_inspectorLabel->setBuddy(m_inspector);
    m_scoreLabel->setBuddy(m_scoreMin);
    m_export = new QPushButton(this);
    auto *filters2 = new QHBoxLayout;
    filters2->addWidget(m_staffLabel);
    filters2->addWidget(m_staff, 1);
    filters2->addSpacing(6);
    filters2->addWidget(m_inspectorLabel);
    filters2->addWidget(m_inspector, 1);
    filters2->addSpacing(6);
    filters2->addWidget(m_scoreLabel);
    filters2->addWidget(m_scoreMin);
    filters2->addWidget(new QLabel(QStringLiteral("–"), this));
    filters2->addWidget(m_scoreMax);
    filters2->addSpacing(6);
    // The result sits on this row so the first fits a 1280-pixel screen in Chinese too.
    filters2->addWidget(m_resultLabel);
    filters2->addWidget(m_result);
    filters2->addStretch(1);
    filters2->addWidget(m_reset);
    filters2->addWidget(m_export);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_columnsSized = rememberColumnWidths(m_view, QStringLiteral("evaluations"));
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);

    auto *details = new QWidget(this);
    m_detailsTitle = new QLabel(details);
    QFont titleFont = m_detailsTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_detailsTitle->setFont(titleFont);
    m_summary = new QLabel(details);
    m_summary->setTextFormat(Qt::PlainText); // names and comments are never rich text
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answers = new QTreeWidget(details);
    m_answers->setColumnCount(AnswerColumnCount);
    m_answers->header()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    m_answers->header()->setStretchLastSection(false);
    m_answers->setWordWrap(true);
    m_comment = new QPlainTextEdit(details);
    m_comment->setReadOnly(true);
    m_comment->setMaximumHeight(80);
    m_history = new QTreeWidget(details);
    m_history->setColumnCount(HistoryColumnCount);
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    auto *answersTab = new QWidget(details);
    auto *answersLayout = new QVBoxLayout(answersTab);
    answersLayout->setContentsMargins(0, 0, 0, 0);
    answersLayout->addWidget(m_answers, 1);
    answersLayout->addWidget(m_comment);
    m_tabs = new QTabWidget(details);
    m_tabs->addTab(answersTab, QString());
    m_tabs->addTab(m_history, QString());

    m_acknowledge = new QPushButton(details);
    m_dispute = new QPushButton(details);
    m_resolve = new QPushButton(details);
    m_report = new QPushButton(details);
    m_raiseAction = new QPushButton(details);
    connect(m_report, &QPushButton::clicked, this, &EvaluationsPage::exportReport);
    connect(m_raiseAction, &QPushButton::clicked, this, &EvaluationsPage::raiseActionOnSelected);
    connect(m_acknowledge, &QPushButton::clicked, this, &EvaluationsPage::acknowledgeSelected);
    connect(m_dispute, &QPushButton::clicked, this, &EvaluationsPage::disputeSelected);
    connect(m_resolve, &QPushButton::clicked, this, &EvaluationsPage::resolveSelected);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_acknowledge);
    actions->addWidget(m_dispute);
    actions->addWidget(m_resolve);
    actions->addStretch();
    actions->addWidget(m_raiseAction);
    actions->addWidget(m_report);

    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addWidget(m_summary);
    detailsLayout->addLayout(actions);
    detailsLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText); // names the export's file
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(filters2);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);

    connect(m_period, &PeriodSelector::changed, this, &EvaluationsPage::applyFilter);
    connect(m_site, qOverload<int>(&QComboBox::currentIndexChanged), this, &EvaluationsPage::reloadStaff);
    for (QComboBox *combo : {m_site, m_form, m_status, m_result, m_staff, m_inspector})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &EvaluationsPage::applyFilter);
    for (QSpinBox *spin : {m_scoreMin, m_scoreMax})
        connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, &EvaluationsPage::applyFilter);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_period->reset();
        for (QComboBox *combo : {m_site, m_form, m_status, m_result, m_inspector})
            combo->setCurrentIndex(0);
        m_scoreMin->setValue(0);
        m_scoreMax->setValue(100);
    });
    connect(m_export, &QPushButton::clicked, this, &EvaluationsPage::exportShown);
    connect(m_model, &PagedTableModel::totalCountChanged, this, &EvaluationsPage::updateCount);
    connect(m_model, &PagedTableModel::errorOccurred, m_count, &QLabel::setText);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EvaluationsPage::showDetails);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first != 0)
            return;
        if (!m_columnsSized) {
            fitColumns(m_view);
            // The first rows need not hold the widest score: every percentage fits ("100.0 %").
            const int percent = m_view->fontMetrics().horizontalAdvance(formatPercent(100.0)) + 16;
            for (EvaluationColumn c : {EvaluationColumn::Score, EvaluationColumn::Tangibles, EvaluationColumn::Reliability,
                                       EvaluationColumn::Responsiveness, EvaluationColumn::Assurance, EvaluationColumn::Empathy})
                m_view->setColumnWidth(int(c), std::max(m_view->columnWidth(int(c)), percent));
            m_columnsSized = true;
        }
        // Keep the evaluation just acted on, or looked at, selected when it is still in the list.
        m_view->setCurrentIndex(m_model->index(rowHolding(*m_model, std::exchange(m_keepSelected, 0)), 0));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EvaluationsPage::showDetails);

    auto onWorkspace = [this] {
        reloadChoices();
        m_model->setWorkspace(m_session.path());
    };
    connect(&m_session, &Session::opened, this, onWorkspace);
    connect(&m_session, &Session::closed, this, onWorkspace);
    connect(&m_session, &Session::dataChanged, this, [this] {
        // A change here or at another desk re-reads the list: the evaluation being looked at
        // stays selected while it is still in it.
        if (const EvaluationRow *row = m_model->rowAt(m_view->currentIndex().row()); row && m_keepSelected == 0)
            m_keepSelected = row->id;
        reloadChoices();
        m_model->reload();
    });
    retranslate();
    onWorkspace();
}

void EvaluationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EvaluationsPage::retranslate()
{
    m_periodLabel->setText(tr("&Period:"));
    m_siteLabel->setText(tr("S&ite:"));
    m_formLabel->setText(tr("&Form:"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_resultLabel->setText(tr("&Result:"));
    m_reset->setText(tr("Reset filters"));
    m_staffLabel->setText(tr("A&gent:"));
    m_inspectorLabel->setText(tr("I&nspector:"));
    m_scoreLabel->setText(tr("Sc&ore:"));
    m_export->setText(tr("E&xport CSV…"));
    m_export->setToolTip(tr("Every evaluation the filters select, in the list's order."));
    if (m_staff->count() > 0)
        m_staff->setItemText(0, tr("All staff"));
    if (m_inspector->count() > 0)
        m_inspector->setItemText(0, tr("All inspectors"));
    m_status->setItemText(0, tr("All but drafts"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(i, evaluationStatusName(*evaluationStatusFromKey(m_status->itemData(i).toString())));
    m_result->setItemText(int(ResultChoice::Any), tr("Any result"));
    m_result->setItemText(int(ResultChoice::Passed), tr("Passed"));
    m_result->setItemText(int(ResultChoice::Failed), tr("Failed (incl. auto-failed)"));
    m_result->setItemText(int(ResultChoice::AutoFailed), tr("Auto-failed"));
    if (m_site->count() > 0)
        m_site->setItemText(0, tr("All sites"));
    if (m_form->count() > 0)
        m_form->setItemText(0, tr("All forms"));
    m_detailsTitle->setText(tr("Evaluation details"));
    m_answers->setHeaderLabels({tr("Section / item"), tr("Answer"), tr("Comment"), tr("Dispute")});
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Item / field"), tr("Before"), tr("After"), tr("Reason / note")});
    m_tabs->setTabText(0, tr("&Answers"));
    m_tabs->setTabText(1, tr("&History"));
    m_acknowledge->setText(tr("Ac&knowledge"));
    m_acknowledge->setToolTip(tr("Accept this evaluation as it stands."));
    m_dispute->setText(tr("&Dispute items…"));
    m_resolve->setText(tr("Resol&ve disputes…"));
    m_report->setText(tr("PDF r&eport…"));
    m_report->setToolTip(tr("The selected evaluation as a PDF audit report."));
    m_raiseAction->setText(tr("Raise ac&tion…"));
    m_raiseAction->setToolTip(tr("A corrective action on what this evaluation showed, verified later on its form's scores at the store."));
    m_comment->setPlaceholderText(tr("No overall comment."));
    m_model->retranslate();
    updateCount(m_model->totalCount());
    showDetails();
}

void EvaluationsPage::reloadChoices()
{
    fillSiteChoices(m_site, m_session.database(), tr("All sites"));
    const QSignalBlocker blockForm(m_form);
    const QVariant form = m_form->currentData();
    m_form->clear();
    m_form->addItem(tr("All forms"));
    if (Database *db = m_session.database()) {
        if (const auto versions = FormRepository(*db).versions()) {
            QSet<QString> seen;
            for (const FormVersionSummary &v : *versions) {
                if (seen.contains(v.code))
                    continue;
                seen.insert(v.code);
                m_form->addItem(QStringLiteral("%1 — %2").arg(v.code, v.name), v.formId);
            }
        }
    }
    m_form->setCurrentIndex(qMax(0, m_form->findData(form)));

    const QSignalBlocker blockInspector(m_inspector);
    const QVariant inspector = m_inspector->currentData();
    m_inspector->clear();
    m_inspector->addItem(tr("All inspectors"));
    if (Database *db = m_session.database()) {
        if (const auto users = UserRepository(*db).all(UserRole::Inspector)) {
            for (const User &u : *users)
                m_inspector->addItem(u.name, u.id);
        }
    }
    m_inspector->setCurrentIndex(qMax(0, m_inspector->findData(inspector)));
    reloadStaff();
}

void EvaluationsPage::reloadStaff()
{
    fillStaffChoices(m_staff, m_session.database(), m_site->currentData(), tr("All staff"));
}

EvaluationFilter EvaluationsPage::currentFilter() const
{
    EvaluationFilter f;
    f.from = m_period->from();
    f.to = m_period->to();
    if (m_site->currentData().isValid())
        f.siteId = m_site->currentData().toLongLong();
    if (m_form->currentData().isValid())
        f.formId = m_form->currentData().toLongLong();
    if (m_status->currentData().isValid())
        f.status = evaluationStatusFromKey(m_status->currentData().toString());
    if (m_staff->currentData().isValid())
        f.staffId = m_staff->currentData().toLongLong();
    if (m_inspector->currentData().isValid())
        f.inspectorId = m_inspector->currentData().toLongLong();
    if (m_scoreMin->value() > 0)
        f.scoreMin = m_scoreMin->value();
    if (m_scoreMax->value() < 100)
        f.scoreMax = m_scoreMax->value();
    switch (static_cast<ResultChoice>(m_result->currentData().toInt())) {
    case ResultChoice::Any: break;
    case ResultChoice::Passed: f.passed = true; break;
    case ResultChoice::Failed: f.passed = false; break;
    case ResultChoice::AutoFailed: f.autoFailed = true; break;
    }
    return f;
}

void EvaluationsPage::applyFilter()
{
    m_model->setFilter(currentFilter());
}

void EvaluationsPage::updateCount(qint64 total)
{
    if (!m_session.isOpen())
        m_count->clear();
    else if (total < 0)
        m_count->setText(tr("Searching…"));
    else
        m_count->setText(tr("%Ln evaluation(s)", nullptr, int(qMin<qint64>(total, INT_MAX))));
}

void EvaluationsPage::showDetails()
{
    m_answers->clear();
    m_history->clear();
    m_summary->clear();
    m_comment->clear();
    for (QPushButton *b : {m_acknowledge, m_dispute, m_resolve, m_report, m_raiseAction})
        setEnabledWithReason(b, false, tr("Select an evaluation in the list first."));
    const EvaluationRow *row = m_model->rowAt(m_view->currentIndex().row());
    if (!row || !m_session.isOpen())
        return;
    m_report->setEnabled(true);
    // An action on a failed, auto-failed or disputed evaluation, by anyone but a shopper.
    setEnabledWithReason(m_raiseAction,
                         !m_session.isReadOnly() && m_session.userId() != 0 && row->status != EvaluationStatus::Draft
                             && (row->passed == false || row->autoFailed || row->status == EvaluationStatus::Disputed),
                         tr("An action is raised on a failed or disputed evaluation, by someone working."));
    Database &db = *m_session.database();
    // The form version the evaluation was scored with, not the newest one.
    const auto form = FormRepository(db).load(row->formVersionId);
    if (!form)
        return;
    const auto evaluation = EvaluationRepository(db).load(row->id, *form);
    if (!evaluation)
        return;
    const Evaluation &e = *evaluation;
    EvaluationWorkflow workflow(db, m_session.userId());
    const QString status = evaluationStatusName(e.status);
    const bool acknowledgeable = e.status == EvaluationStatus::Submitted || e.status == EvaluationStatus::Resolved;
    const QString notReviewer = roleReason(m_session, tr("Only a store or team manager, or a QA lead, acknowledges and disputes evaluations."));
    setEnabledWithReason(m_acknowledge, workflow.canReview() && acknowledgeable,
                         !workflow.canReview() ? notReviewer : tr("This evaluation is %1: only a submitted or resolved one is acknowledged.").arg(status));
    setEnabledWithReason(m_dispute, workflow.canReview() && e.status == EvaluationStatus::Submitted,
                         !workflow.canReview() ? notReviewer : tr("This evaluation is %1: only a submitted one can be disputed.").arg(status));
    setEnabledWithReason(m_resolve, workflow.canResolve() && e.status == EvaluationStatus::Disputed,
                         !workflow.canResolve() ? roleReason(m_session, tr("Only a QA lead decides disputes."))
                                                : tr("This evaluation has no open dispute."));
    // The latest dispute of each item, shown beside its answer.
    QHash<QString, Dispute> disputeOf;
    if (const auto disputes = workflow.disputes(e.id)) {
        for (const Dispute &d : *disputes)
            disputeOf.insert(d.itemKey, d);
    }

    QStringList dimensions;
    for (Dimension d : AllDimensions)
        dimensions << tr("%1 %2").arg(dimensionName(d), formatPercent(e.score.dimensions[dimensionIndex(d)]));
    const QString result = e.score.autoFailed ? tr("auto-failed") : !e.score.passed ? QString()
                                              : *e.score.passed ? tr("passed") : tr("failed");
    m_summary->setText(tr("%1, version %2 · inspector %3 · %4\nScore %5 (pass mark %6) %7\n%8")
                           .arg(form->name)
                           .arg(form->version)
                           .arg(row->inspectorName, evaluationStatusName(e.status), formatPercent(e.score.percent),
                                formatPercent(form->passMark), result, dimensions.join(QStringLiteral(" · "))));

    // Section scores as computed when the evaluation was scored: recomputed here from the
    // stored answers with the same version, which by the versioning rule gives the same numbers.
    const auto scored = scoreEvaluation(*form, e.answers);
    for (int s = 0; s < form->sections.size(); ++s) {
        const FormSection &section = form->sections[s];
        auto *sectionItem = new QTreeWidgetItem(m_answers);
        sectionItem->setText(ItemColumn, section.title);
        const bool scoring = std::any_of(section.items.cbegin(), section.items.cend(),
                                         [](const FormItem &item) { return item.type != ItemType::Text; });
        if (scored && scoring) // a notes-only section has no score to show
            sectionItem->setText(AnswerValueColumn, formatPercent(scored->sections[s].percent));
        QFont bold = sectionItem->font(ItemColumn);
        bold.setBold(true);
        sectionItem->setFont(ItemColumn, bold);
        sectionItem->setFont(AnswerValueColumn, bold);
        for (const FormItem &item : section.items) {
            auto *i = new QTreeWidgetItem(sectionItem);
            i->setText(ItemColumn, item.text);
            i->setToolTip(ItemColumn, item.help.isEmpty() ? item.text : item.text + QLatin1Char('\n') + item.help);
            const auto found = e.answers.constFind(item.key);
            i->setText(AnswerValueColumn, found == e.answers.constEnd() ? tr("(not answered)") : formatAnswer(item, *found));
            i->setToolTip(AnswerValueColumn, plainTip(i->text(AnswerValueColumn)));
            if (found != e.answers.constEnd()) {
                i->setText(CommentColumn, found->comment);
                i->setToolTip(CommentColumn, plainTip(found->comment));
                if (scored && scored->failedCriticalItems.contains(item.key))
                    i->setForeground(AnswerValueColumn, QBrush(QColor(0xb0, 0x00, 0x20)));
            }
            if (const auto d = disputeOf.constFind(item.key); d != disputeOf.constEnd()) {
                QString text;
                if (d->isOpen())
                    text = tr("Open: %1 (%2)").arg(d->reason, d->raisedByName);
                else if (*d->outcome == DisputeOutcome::Kept)
                    text = tr("Kept by %1: %2").arg(d->resolvedByName, d->resolutionReason);
                else
                    text = tr("Changed from %1 by %2: %3").arg(formatAnswer(item, d->before), d->resolvedByName, d->resolutionReason);
                i->setText(DisputeColumn, text);
                i->setToolTip(DisputeColumn, plainTip(tr("Disputed by %1: %2").arg(d->raisedByName, d->reason) + QLatin1Char('\n') + text));
                const QColor tint = d->isOpen() ? QColor(0xff, 0xf3, 0xc4) : QColor(0xe8, 0xf0, 0xfe);
                for (int c = 0; c < AnswerColumnCount; ++c)
                    i->setBackground(c, tint);
            }
        }
    }
    m_answers->expandAll();
    // The question keeps at least half the width: a long text answer or comment sized to its
    // contents left it 25 pixels, answers with no question (the full text is in each tooltip).
    const int width = std::max(400, m_answers->viewport()->width());
    m_answers->resizeColumnToContents(AnswerValueColumn);
    m_answers->setColumnWidth(AnswerValueColumn, std::min(m_answers->columnWidth(AnswerValueColumn), width / 4));
    m_answers->setColumnWidth(CommentColumn, width / 6);
    m_answers->setColumnWidth(DisputeColumn, width / 10);
    m_comment->setPlainText(e.comment);

    // Every step of its life, from the append-only audit trail.
    if (const auto entries = AuditLog(db).entries(AuditEntity::Evaluation, e.id)) {
        for (const AuditEntry &a : *entries) {
            auto *line = new QTreeWidgetItem(m_history);
            line->setText(WhenColumn, formatDateTime(a.at));
            line->setText(WhoColumn, a.userName);
            line->setText(WhatColumn, auditActionName(a.action));
            // Stored values are keys and plain numbers; show them as everywhere else.
            const FormItem *item = form->findItem(a.field);
            auto shown = [&](const std::optional<QString> &v) -> QString {
                if (!v)
                    return {};
                if (item) {
                    Answer answer;
                    if (*v == QLatin1String("N/A"))
                        answer.notApplicable = true;
                    else if (item->type == ItemType::Text)
                        answer.text = *v;
                    else
                        answer.value = v->toDouble();
                    return formatAnswer(*item, answer);
                }
                if (a.field == QLatin1String("status"))
                    return evaluationStatusFromKey(*v) ? evaluationStatusName(*evaluationStatusFromKey(*v)) : *v;
                if (a.field == QLatin1String("score") && !v->isEmpty())
                    return formatPercent(v->toDouble());
                return *v;
            };
            QString field = item ? item->text : a.field;
            if (a.field == QLatin1String("status"))
                field = tr("Status");
            else if (a.field == QLatin1String("score"))
                field = tr("Score");
            line->setText(FieldColumn, field);
            line->setText(BeforeColumn, shown(a.oldValue));
            line->setText(AfterColumn, shown(a.newValue));
            line->setText(NoteColumn, a.note);
            line->setToolTip(NoteColumn, plainTip(a.note));
            line->setToolTip(FieldColumn, plainTip(line->text(FieldColumn)));
        }
    }
    for (int c = 0; c < HistoryColumnCount - 1; ++c)
        m_history->resizeColumnToContents(c);
    m_history->setColumnWidth(FieldColumn, qMin(m_history->columnWidth(FieldColumn), 180)); // full text in the tooltip
}

const Form *EvaluationsPage::selectedForm(Evaluation *evaluation)
{
    const EvaluationRow *row = m_model->rowAt(m_view->currentIndex().row());
    if (!row || !m_session.isOpen())
        return nullptr;
    auto form = FormRepository(*m_session.database()).load(row->formVersionId);
    if (!form)
        return nullptr;
    m_selectedForm = *form;
    auto loaded = EvaluationRepository(*m_session.database()).load(row->id, m_selectedForm);
    if (!loaded)
        return nullptr;
    *evaluation = *loaded;
    return &m_selectedForm;
}

void EvaluationsPage::showEvaluations(const QDate &from, const QDate &to, std::optional<qint64> siteId,
                                      std::optional<qint64> staffId, std::optional<qint64> formId, std::optional<qint64> select)
{
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_period), QSignalBlocker(m_site), QSignalBlocker(m_form),
                                           QSignalBlocker(m_status), QSignalBlocker(m_result), QSignalBlocker(m_staff),
                                           QSignalBlocker(m_inspector), QSignalBlocker(m_scoreMin), QSignalBlocker(m_scoreMax)};
        m_period->setCustom(from, to);
        m_site->setCurrentIndex(siteId ? std::max(0, m_site->findData(*siteId)) : 0);
        reloadStaff();
        m_staff->setCurrentIndex(staffId ? std::max(0, m_staff->findData(*staffId)) : 0);
        m_form->setCurrentIndex(formId ? std::max(0, m_form->findData(*formId)) : 0);
        for (QComboBox *combo : {m_status, m_result, m_inspector})
            combo->setCurrentIndex(0);
        m_scoreMin->setValue(0);
        m_scoreMax->setValue(100);
    }
    m_keepSelected = select.value_or(0);
    applyFilter();
}

void EvaluationsPage::exportShown()
{
    if (!m_session.isOpen() || m_exportJob)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export evaluations"), tr("evaluations.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const EvaluationFilter filter = currentFilter();
    const auto column = static_cast<EvaluationColumn>(m_view->horizontalHeader()->sortIndicatorSection());
    const Qt::SortOrder order = m_view->horizontalHeader()->sortIndicatorOrder();
    // Off the GUI thread with its own connection: a million rows take a while.
    m_exportJob = new BackgroundJob(
        m_session.path(),
        [=](Database &db, const BackgroundJob::ProgressFn &progress) -> Result<QString> {
            const auto written = EvaluationQuery(db).exportCsv(filter, column, order, path, progress);
            if (!written)
                return Error{written.error()};
            return EvaluationsPage::tr("%1 evaluations written to %2.")
                .arg(*written)
                .arg(path);
        },
        this);
    auto *dialog = new QProgressDialog(tr("Exporting evaluations…"), tr("Cancel"), 0, 100, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    connect(dialog, &QProgressDialog::canceled, m_exportJob, &BackgroundJob::cancel);
    connect(m_exportJob, &BackgroundJob::progress, dialog, [dialog](qint64 done, qint64 total) {
        dialog->setValue(total > 0 ? int(100 * done / total) : 0);
    });
    auto finish = [this, dialog](const QString &message, bool ok) {
        dialog->deleteLater();
        m_exportJob->deleteLater();
        m_exportJob = nullptr;
        m_count->setText(message);
        if (!ok)
            plain::warning(this, tr("Export evaluations"), message);
    };
    connect(m_exportJob, &BackgroundJob::succeeded, this, [finish](const QString &m) { finish(m, true); });
    connect(m_exportJob, &BackgroundJob::failed, this, [finish](const QString &m) { finish(m, false); });
    m_exportJob->start();
}

} // namespace servqa
