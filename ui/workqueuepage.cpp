#include "workqueuepage.h"

#include "evaluationdraft.h"
#include "evaluationeditor.h"
#include "evaluationworkflow.h"
#include "formatting.h"
#include "formrepository.h"
#include "listtables.h"
#include "plaintext.h"
#include "sampledialog.h"
#include "session.h"
#include "userrepository.h"
#include "workasdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace servqa {

void WorkQueueModel::setItems(const QVector<QueueItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

const QueueItem *WorkQueueModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int WorkQueueModel::rowOf(qint64 assignmentId) const
{
    for (int r = 0; r < m_items.size(); ++r) {
        if (m_items[r].assignmentId == assignmentId)
            return r;
    }
    return -1;
}

int WorkQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int WorkQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const QueueItem &item = m_items[index.row()];
    switch (index.column()) {
    case StartedAt: return formatDateTime(item.startedAt);
    case ChannelColumn: return channelName(item.channel);
    case Site: return item.siteName;
    case Staff: return item.staffName;
    case Form: return item.formCode;
    case Status: return item.evaluationStatus ? evaluationStatusName(*item.evaluationStatus) : tr("To do");
    }
    return {};
}

QVariant WorkQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedAt: return tr("Interaction time");
    case ChannelColumn: return tr("Channel");
    case Site: return tr("Site");
    case Staff: return tr("Agent / employee");
    case Form: return tr("Form");
    case Status: return tr("Status");
    }
    return {};
}

void WorkQueueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

WorkQueuePage::WorkQueuePage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new WorkQueueModel(this))
{
    m_userLabel = new QLabel(this);
    m_userLabel->setTextFormat(Qt::PlainText);
    m_changeUser = new QPushButton(this);
    m_showFinished = new QCheckBox(this);
    m_sample = new QPushButton(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_userLabel);
    top->addWidget(m_changeUser);
    top->addSpacing(12);
    top->addWidget(m_showFinished);
    top->addStretch();
    top->addWidget(m_sample);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // The editor shows the site; the queue keeps what tells assignments apart.
    m_view->setColumnHidden(WorkQueueModel::Site, true);
    m_view->setColumnHidden(WorkQueueModel::Form, true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->installEventFilter(this);
    m_count = new QLabel(this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_count);

    m_editor = new EvaluationEditor(session, this);
    auto *splitter = m_splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    left->setMinimumWidth(250);
    splitter->setChildrenCollapsible(false);
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_queueSized = true; });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_showFinished, &QCheckBox::toggled, this, &WorkQueuePage::reloadQueue);
    connect(m_sample, &QPushButton::clicked, this, &WorkQueuePage::drawSample);
    connect(m_changeUser, &QPushButton::clicked, this, [this] { showWorkAsDialog(window(), m_session); });
    // The first answer made the draft: the queue shows it started (the selection is kept).
    connect(m_editor, &EvaluationEditor::draftCreated, this, &WorkQueuePage::reloadQueue);
    connect(m_editor, &EvaluationEditor::submitted, this, [this] {
        const QueueItem *done = m_model->itemAt(m_view->currentIndex().row());
        const QString who = done ? done->staffName : QString();
        QString result;
        if (const EvaluationDraft *draft = m_editor->draft()) {
            const ScoreResult &score = draft->score();
            result = score.passed ? (*score.passed ? tr("%1, pass") : tr("%1, fail")).arg(formatPercent(score.percent))
                                  : formatPercent(score.percent);
        }
        m_session.notifyDataChanged(); // lists and dashboards show it at once
        // On to the next assignment that is not finished: selected, in view and focused, so
        // that Enter opens it; the submitted result stays in the editor until then.
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QueueItem *item = m_model->itemAt(r);
            if (!item->evaluationStatus || *item->evaluationStatus == EvaluationStatus::Draft) {
                m_view->selectRow(r);
                m_view->scrollTo(m_view->currentIndex());
                m_view->setFocus(Qt::OtherFocusReason);
                emit statusMessage(tr("Submitted: %1 (%2). Next: %3, %4 — press Enter to open it.")
                                       .arg(who, result, item->staffName, formatDateTime(item->startedAt)),
                                   15000);
                return;
            }
        }
        m_view->setFocus(Qt::OtherFocusReason);
        emit statusMessage(tr("Submitted: %1 (%2). Every assignment in your queue is done.").arg(who, result), 15000);
    });
    connect(&m_session, &Session::opened, this, [this] {
        reloadUsers();
        reloadQueue();
    });
    connect(&m_session, &Session::closed, this, [this] {
        m_editor->clear();
        reloadUsers();
        reloadQueue();
    });
    connect(&m_session, &Session::userChanged, this, [this] {
        m_editor->clear(); // the next person's queue: an open draft was saved as it went
        reloadUsers();
        reloadQueue();
    });
    connect(&m_session, &Session::dataChanged, this, &WorkQueuePage::reloadQueue);
    retranslate();
    reloadUsers();
    reloadQueue();
}

void WorkQueuePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool WorkQueuePage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on the queue opens the assignment (QTableView's "activated" needs a platform
    // that sends it on Return; this makes it certain).
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
            openRow(m_view->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WorkQueuePage::retranslate()
{
    m_changeUser->setText(tr("C&hange…"));
    m_changeUser->setToolTip(tr("Work as someone else (File ▸ Work As…)."));
    reloadUsers();
    m_showFinished->setText(tr("Show &finished"));
    m_sample->setText(tr("Draw &sample…"));
    m_model->retranslate();
    reloadQueue();
}

void WorkQueuePage::reloadUsers()
{
    const QString who = workingAsText(m_session);
    m_userLabel->setText(who.isEmpty() ? tr("Nobody to work as: add users in Settings.") : tr("Working as: %1").arg(who));
    // On a server you are who you signed in as.
    m_changeUser->setVisible(!who.isEmpty() && !(m_session.isOpen() && m_session.database()->isServer()));
    m_sample->setEnabled(m_session.isOpen());
}

// The queue as wide as its columns (up to 40 % of the page) until the user drags the divider:
// "Agent / employee" and the agents' names are what tell assignments apart.
void WorkQueuePage::fitQueueWidth()
{
    if (m_queueSized || m_splitter->width() <= 0)
        return;
    int wanted = 2 * m_view->frameWidth() + m_view->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (!m_view->isColumnHidden(c)) // what the column needs, not what the stretched last one has
            wanted += std::max(static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(c), m_view->horizontalHeader()->sectionSizeHint(c));
    }
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int left = std::clamp(wanted, 250, std::max(250, total * 40 / 100));
    m_splitter->setSizes({left, total - left});
}

void WorkQueuePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitQueueWidth();
}

void WorkQueuePage::reloadQueue()
{
    const QueueItem *current = m_model->itemAt(m_view->currentIndex().row());
    const qint64 keep = current ? current->assignmentId : 0;
    QVector<QueueItem> items;
    if (Database *db = m_session.database(); db && m_session.userId() != 0) {
        if (auto queue = workQueue(*db, m_session.userId(), m_showFinished->isChecked()))
            items = *queue;
    }
    m_model->setItems(items);
    fitColumns(m_view);
    fitQueueWidth();
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_view->selectRow(row);
    int open = 0;
    for (const QueueItem &item : items)
        open += !item.evaluationStatus || *item.evaluationStatus == EvaluationStatus::Draft ? 1 : 0;
    m_count->setText(m_session.isOpen() ? tr("%n assignment(s) to do", nullptr, open) : QString());
}

bool WorkQueuePage::openRow(int row)
{
    const QueueItem *item = m_model->itemAt(row);
    if (!item || !m_session.isOpen())
        return false;
    Database &db = *m_session.database();
    qint64 evaluationId = item->evaluationId.value_or(0);
    if (evaluationId == 0) {
        // A new evaluation uses the form's active version.
        const auto versions = FormRepository(db).versions();
        std::optional<qint64> active;
        if (versions) {
            for (const FormVersionSummary &v : *versions) {
                if (v.formId == item->formId && v.status == FormStatus::Active)
                    active = v.versionId;
            }
        }
        if (!active) {
            plain::warning(this, tr("Cannot start the evaluation"),
                           tr("The form %1 has no active version.").arg(item->formCode));
            return false;
        }
        // Made in the workspace with the first answer (EvaluationEditor::draftCreated).
        m_view->selectRow(row);
        return m_editor->openNew(item->interactionId, *active, m_session.userId());
    }
    m_view->selectRow(row);
    return m_editor->open(evaluationId, m_session.userId());
}

bool WorkQueuePage::evaluateInteraction(qint64 interactionId, qint64 formId)
{
    if (!m_session.isOpen())
        return false;
    const auto assignment = assignInteraction(*m_session.database(), interactionId, m_session.userId(), formId);
    if (!assignment) {
        plain::warning(this, tr("Cannot start the evaluation"), assignment.error());
        return false;
    }
    reloadQueue();
    return openRow(m_model->rowOf(*assignment));
}

void WorkQueuePage::drawSample()
{
    SampleDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SampleResult &r = dialog.sampleResult();
    QString text = tr("%1 interactions drawn for %2 agents from %3 not yet evaluated.").arg(r.drawn).arg(r.agents).arg(r.candidates);
    if (dialog.request().flaggedPercent > 0)
        text += QLatin1Char(' ') + tr("%1 of them flagged by screening, of %2 flagged.").arg(r.flaggedDrawn).arg(r.flaggedCandidates);
    plain::information(this, tr("Sample drawn"), text);
}

} // namespace servqa
