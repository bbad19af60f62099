#include "fmeatab.h"

#include "listtables.h"
#include "plaintext.h"
#include "session.h"
#include "standards.h"
#include "userrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servqa {

namespace {

QColor priorityFill(ActionPriority p)
{
    switch (p) {
    case ActionPriority::High: return QColor(0xf8, 0xd7, 0xd3);
    case ActionPriority::Medium: return QColor(0xfd, 0xeb, 0xc8);
    case ActionPriority::Low: return QColor(0xdc, 0xef, 0xdc);
    }
    return QColor();
}

QSpinBox *ratingBox(int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, 10);
    box->setValue(std::clamp(value, 1, 10));
    return box;
}

} // namespace

FmeaModeDialog::FmeaModeDialog(Database &db, const FmeaMode &mode, const QStringList &processes, QWidget *parent)
    : QDialog(parent), m_db(db), m_mode(mode)
{
    setWindowTitle(mode.id == 0 ? tr("Add a failure mode") : tr("Change the failure mode"));
    m_process = new QComboBox(this);
    m_process->setEditable(true);
    m_process->addItems(processes);
    m_process->setCurrentText(mode.process);
    m_step = new QLineEdit(mode.step, this);
    m_step->setPlaceholderText(tr("The step of the service: greeting, checkout…"));
    m_failure = new QLineEdit(mode.failureMode, this);
    m_failure->setPlaceholderText(tr("What goes wrong: customer not greeted within 30 s"));
    m_effect = new QLineEdit(mode.effect, this);
    m_cause = new QLineEdit(mode.cause, this);
    m_controls = new QLineEdit(mode.controls, this);
    m_controls->setPlaceholderText(tr("What prevents or detects it today"));
    m_severity = ratingBox(mode.rating.severity, this);
    m_occurrence = ratingBox(mode.rating.occurrence, this);
    m_detection = ratingBox(mode.rating.detection, this);
    m_severity->setToolTip(tr("How badly the customer is affected: 1 not at all, 10 harmed or the law broken."));
    m_occurrence->setToolTip(tr("How often it happens: 10 half the time or more, 7 one time in ten, 1 under one in a thousand."));
    m_detection->setToolTip(tr("How likely it goes unnoticed before the customer meets it: 1 always caught, 10 never."));
    m_item = new QComboBox(this);
    m_item->addItem(tr("No item measures it"));
    if (const auto items = StandardsRepository(db).linkableItems()) {
        for (const auto &i : *items)
            m_item->addItem(tr("%1 · %2").arg(i.formName, i.itemText), QStringLiteral("%1/%2").arg(i.formId).arg(i.itemKey));
    }
    if (mode.formId)
        m_item->setCurrentIndex(std::max(0, m_item->findData(QStringLiteral("%1/%2").arg(*mode.formId).arg(mode.itemKey))));
    m_propose = new QPushButton(tr("&Propose from data"), this);
    m_propose->setToolTip(tr("The occurrence rating of the item's failure rate over the last 90 days, every site."));
    m_risk = new QLabel(this);
    m_risk->setTextFormat(Qt::PlainText);
    m_proposal = new QLabel(this);
    m_proposal->setTextFormat(Qt::PlainText);
    m_proposal->setWordWrap(true);
    m_problem = makeProblemLabel(this);

    auto *ratings = new QHBoxLayout;
    for (auto [label, box] : {std::pair{tr("S"), m_severity}, std::pair{tr("O"), m_occurrence}, std::pair{tr("D"), m_detection}}) {
        ratings->addWidget(new QLabel(label, this));
        ratings->addWidget(box);
    }
    ratings->addWidget(m_risk, 1);
    auto *itemRow = new QWidget(this);
    auto *item = new QHBoxLayout(itemRow);
    item->setContentsMargins(0, 0, 0, 0);
    item->addWidget(m_item, 1);
    item->addWidget(m_propose);
    auto *form = new QFormLayout;
    form->addRow(tr("P&rocess:"), m_process);
    form->addRow(tr("S&tep:"), m_step);
    form->addRow(tr("&Failure mode:"), m_failure);
    form->addRow(tr("&Effect:"), m_effect);
    form->addRow(tr("&Cause:"), m_cause);
    form->addRow(tr("C&ontrols:"), m_controls);
    form->addRow(tr("Ratings:"), ratings);
    form->addRow(tr("&Measured by:"), itemRow);
    qobject_cast<QLabel *>(form->labelForField(itemRow))->setBuddy(m_item);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_proposal);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    for (QSpinBox *box : {m_severity, m_occurrence, m_detection})
        connect(box, qOverload<int>(&QSpinBox::valueChanged), this, &FmeaModeDialog::updateRisk);
    connect(m_propose, &QPushButton::clicked, this, &FmeaModeDialog::proposeOccurrence);
    connect(m_item, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { m_propose->setEnabled(m_item->currentData().isValid()); });
    m_propose->setEnabled(m_item->currentData().isValid());
    updateRisk();
    resize(620, sizeHint().height());
}

void FmeaModeDialog::updateRisk()
{
    const FmeaRating r{m_severity->value(), m_occurrence->value(), m_detection->value()};
    m_risk->setText(tr("RPN %1 · action priority %2").arg(r.rpn()).arg(actionPriorityName(r.priority())));
}

void FmeaModeDialog::proposeOccurrence()
{
    const FmeaMode m = mode();
    if (!m.formId)
        return;
    const QDate today = QDate::currentDate();
    const auto p = FmeaStore(m_db).proposeOccurrence(*m.formId, m.itemKey, {today.addDays(-90), today.addDays(-1)});
    if (!p) {
        m_proposal->setText(p.error());
        return;
    }
    if (p->answered == 0) {
        m_proposal->setText(tr("The item was not answered in the last 90 days: no rate to go by."));
        return;
    }
    m_occurrence->setValue(p->occurrence);
    m_proposal->setText(tr("The item failed %1 of %2 times in the last 90 days (%3 %): occurrence %4.")
                            .arg(p->failures)
                            .arg(p->answered)
                            .arg(QLocale().toString(100.0 * p->failures / p->answered, 'f', 1))
                            .arg(p->occurrence));
}

FmeaMode FmeaModeDialog::mode() const
{
    FmeaMode m = m_mode;
    m.process = m_process->currentText().trimmed();
    m.step = m_step->text().trimmed();
    m.failureMode = m_failure->text().trimmed();
    m.effect = m_effect->text().trimmed();
    m.cause = m_cause->text().trimmed();
    m.controls = m_controls->text().trimmed();
    m.rating = {m_severity->value(), m_occurrence->value(), m_detection->value()};
    m.formId.reset();
    m.itemKey.clear();
    const QString item = m_item->currentData().toString();
    if (const int slash = int(item.indexOf(QLatin1Char('/'))); slash > 0) {
        m.formId = item.left(slash).toLongLong();
        m.itemKey = item.mid(slash + 1);
    }
    return m;
}

void FmeaModeDialog::accept()
{
    const FmeaMode m = mode();
    if (m.process.isEmpty() || m.step.isEmpty() || m.failureMode.isEmpty())
        m_problem->setText(tr("A failure mode needs its process, its step and what goes wrong."));
    else
        QDialog::accept();
}

FmeaTab::FmeaTab(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_processLabel = new QLabel(this);
    m_process = new QComboBox(this);
    m_process->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_processLabel->setBuddy(m_process);
    m_add = new QPushButton(this);
    m_change = new QPushButton(this);
    m_raise = new QPushButton(this);
    m_rate = new QPushButton(this);
    m_note = new QLabel(this);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_table = makeListTable(this, ColumnCount);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(FailureColumn, QHeaderView::Stretch);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_processLabel);
    top->addWidget(m_process);
    top->addStretch(1);
    for (QPushButton *b : {m_add, m_change, m_raise, m_rate})
        top->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_message);
    connect(m_process, qOverload<int>(&QComboBox::currentIndexChanged), this, &FmeaTab::fill);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FmeaTab::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_change->isEnabled())
            edit(false);
    });
    connect(m_add, &QPushButton::clicked, this, [this] { edit(true); });
    connect(m_change, &QPushButton::clicked, this, [this] { edit(false); });
    connect(m_rate, &QPushButton::clicked, this, &FmeaTab::rateAfter);
    connect(m_raise, &QPushButton::clicked, this, [this] {
        const FmeaMode *m = selected();
        if (!m)
            return;
        ActionDraft d;
        d.kind = ActionKind::Preventive;
        d.title = m->failureMode;
        d.origin = {ActionSource::Manual, std::nullopt, QString(), tr("FMEA %1 · %2 · %3").arg(m->process, m->step, m->failureMode)};
        d.due = QDate::currentDate().addDays(30);
        if (m->formId) {
            d.measure.kind = MeasureKind::ItemFailure;
            d.measure.formId = m->formId;
            d.measure.itemKey = m->itemKey;
        }
        emit actionRequested(m->id, d);
    });
    connect(&m_session, &Session::userChanged, this, &FmeaTab::updateButtons);
    retranslate();
}

void FmeaTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FmeaTab::retranslate()
{
    m_processLabel->setText(tr("P&rocess:"));
    m_add->setText(tr("&Add failure mode…"));
    m_change->setText(tr("C&hange…"));
    m_raise->setText(tr("Raise &action…"));
    m_raise->setToolTip(tr("The recommended action, as a corrective action linked to this failure mode."));
    m_rate->setText(tr("Rate a&gain…"));
    m_rate->setToolTip(tr("Severity, occurrence and detection after the action, kept beside the first rating."));
    m_note->setText(tr("RPN = S × O × D. The action priority is the AIAG & VDA FMEA Handbook's (2019): severity first, then occurrence, then "
                       "detection — a high severity is not outweighed by a good detection. Kept by a QA lead or an administrator."));
    m_table->setHorizontalHeaderLabels({tr("Step"), tr("Failure mode"), tr("Effect"), tr("Cause"), tr("S · O · D"), tr("RPN"), tr("AP"), tr("Action"),
                                        tr("After"), tr("RPN after"), tr("AP after")});
    if (m_process->count() > 0)
        m_process->setItemText(0, tr("Every process"));
    fill();
}

void FmeaTab::reload()
{
    m_all.clear();
    m_message->clear();
    if (m_session.isOpen()) {
        const auto modes = FmeaStore(*m_session.database()).modes();
        if (!modes)
            m_message->setText(modes.error());
        else
            m_all = *modes;
    }
    const QString current = m_process->currentData().toString();
    {
        const QSignalBlocker block(m_process);
        m_process->clear();
        m_process->addItem(tr("Every process"), QString());
        for (const FmeaMode &m : std::as_const(m_all)) {
            if (m_process->findData(m.process) < 0)
                m_process->addItem(m.process, m.process);
        }
        m_process->setCurrentIndex(std::max(0, m_process->findData(current)));
    }
    fill();
}

void FmeaTab::fill()
{
    const qint64 keep = selected() ? selected()->id : 0;
    const QString process = m_process->currentData().toString();
    m_shown.clear();
    for (const FmeaMode &m : std::as_const(m_all)) {
        if (process.isEmpty() || m.process == process)
            m_shown << m;
    }
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    m_table->setRowCount(m_shown.size());
    for (int r = 0; r < m_shown.size(); ++r) {
        const FmeaMode &m = m_shown[r];
        const auto sod = [](const FmeaRating &x) { return QStringLiteral("%1 · %2 · %3").arg(x.severity).arg(x.occurrence).arg(x.detection); };
        const QStringList cells = {m.step, m.failureMode, m.effect, m.cause, sod(m.rating), QString::number(m.rating.rpn()),
                                   actionPriorityName(m.rating.priority()),
                                   m.actionId ? tr("%1 (%2)").arg(m.actionReference, m.actionStatus) : QString(),
                                   m.after ? sod(*m.after) : QString(), m.after ? QString::number(m.after->rpn()) : QString(),
                                   m.after ? actionPriorityName(m.after->priority()) : QString()};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(plainTip(col == FailureColumn ? tr("%1\nControls: %2").arg(m.failureMode, m.controls) : cells[col]));
            if (col == PriorityColumn)
                item->setBackground(priorityFill(m.rating.priority()));
            if (col == PriorityAfterColumn && m.after)
                item->setBackground(priorityFill(m.after->priority()));
            m_table->setItem(r, col, item);
        }
    }
    // The words wrap: a register is read line by line, the ratings beside them.
    fitColumns(m_table, FailureColumn);
    m_table->setColumnWidth(StepColumn, std::min(m_table->columnWidth(StepColumn), 130));
    for (int col : {EffectColumn, CauseColumn})
        m_table->setColumnWidth(col, std::min(m_table->columnWidth(col), 170));
    m_table->setColumnWidth(ActionColumn, std::min(m_table->columnWidth(ActionColumn), 150));
    m_table->resizeRowsToContents();
    if (!select(keep) && !m_shown.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

const FmeaMode *FmeaTab::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    return row >= 0 && row < m_shown.size() ? &m_shown[row] : nullptr;
}

bool FmeaTab::select(qint64 modeId)
{
    for (int r = 0; r < m_shown.size(); ++r) {
        if (m_shown[r].id == modeId) {
            m_table->selectRow(r);
            return true;
        }
    }
    return false;
}

void FmeaTab::updateButtons()
{
    bool keeper = false;
    if (m_session.isOpen() && !m_session.isReadOnly() && m_session.userId() != 0) {
        if (const auto user = UserRepository(*m_session.database()).find(m_session.userId()))
            keeper = user->role == UserRole::Lead || user->role == UserRole::Admin;
    }
    const FmeaMode *m = selected();
    m_add->setEnabled(keeper);
    m_change->setEnabled(keeper && m);
    m_raise->setEnabled(keeper && m && !m->actionId);
    m_rate->setEnabled(keeper && m && m->actionId);
}

bool FmeaTab::finish(const Status &status, qint64 id)
{
    reload();
    select(id);
    m_message->setText(status ? QString() : status.error());
    if (status)
        m_session.notifyDataChanged();
    return bool(status);
}

void FmeaTab::edit(bool adding)
{
    FmeaMode m;
    if (!adding) {
        if (!selected())
            return;
        m = *selected();
    } else {
        m.process = m_process->currentData().toString();
        m.rating = {5, 5, 5};
        m.position = int(m_all.size()) + 1;
    }
    QStringList processes;
    for (int k = 1; k < m_process->count(); ++k)
        processes << m_process->itemData(k).toString();
    FmeaModeDialog dialog(*m_session.database(), m, processes, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto id = FmeaStore(*m_session.database()).save(dialog.mode(), m_session.userId(), QDateTime::currentDateTime());
    finish(id ? success() : Status(Error{id.error()}), id ? *id : m.id);
}

void FmeaTab::rateAfter()
{
    const FmeaMode *chosen = selected();
    if (!chosen)
        return;
    const FmeaMode m = *chosen;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Rate again: %1").arg(m.failureMode));
    const FmeaRating start = m.after.value_or(m.rating);
    auto *s = ratingBox(start.severity, &dialog);
    auto *o = ratingBox(start.occurrence, &dialog);
    auto *d = ratingBox(start.detection, &dialog);
    auto *form = new QFormLayout;
    form->addRow(tr("Before: %1").arg(QStringLiteral("S %1 · O %2 · D %3").arg(m.rating.severity).arg(m.rating.occurrence).arg(m.rating.detection)),
                 new QLabel(tr("RPN %1 · action priority %2").arg(m.rating.rpn()).arg(actionPriorityName(m.rating.priority())), &dialog));
    form->addRow(tr("&Severity after:"), s);
    form->addRow(tr("&Occurrence after:"), o);
    form->addRow(tr("&Detection after:"), d);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        rateSelectedAfter({s->value(), o->value(), d->value()});
}

bool FmeaTab::rateSelectedAfter(const FmeaRating &after)
{
    const FmeaMode *m = selected();
    if (!m)
        return false;
    const qint64 id = m->id;
    return finish(FmeaStore(*m_session.database()).rateAfter(id, m->version, after, m_session.userId(), QDateTime::currentDateTime()), id);
}

bool FmeaTab::linkSelected(qint64 actionId)
{
    const FmeaMode *m = selected();
    if (!m)
        return false;
    const qint64 id = m->id;
    return finish(FmeaStore(*m_session.database()).linkAction(id, m->version, actionId, m_session.userId(), QDateTime::currentDateTime()), id);
}

} // namespace servqa
