#include "pdcatab.h"

#include "actiondialogs.h"
#include "formatting.h"
#include "listtables.h"
#include "plaintext.h"
#include "session.h"
#include "standards.h"
#include "userrepository.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servqa {

namespace {

constexpr PdcaStage AllStages[] = {PdcaStage::Plan, PdcaStage::Do, PdcaStage::Check, PdcaStage::Act};

QString day(const QDate &d)
{
    return formatDate(d);
}

} // namespace

PdcaTab::PdcaTab(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_plan = new QPushButton(this);
    m_add = new QPushButton(this);
    m_next = new QPushButton(this);
    auto *top = new QHBoxLayout;
    top->addStretch(1);
    for (QPushButton *b : {m_plan, m_add, m_next})
        top->addWidget(b);
    auto *board = new QHBoxLayout;
    for (PdcaStage stage : AllStages) {
        auto *column = new QVBoxLayout;
        auto *title = new QLabel(this);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto *list = new QListWidget(this);
        list->setWordWrap(true);
        list->setMinimumHeight(120);
        connect(list, &QListWidget::itemSelectionChanged, this, [this, list] {
            const QListWidgetItem *item = list->currentItem();
            if (!item || !item->isSelected())
                return;
            m_selected = item->data(Qt::UserRole).toLongLong();
            for (QListWidget *other : std::as_const(m_columns)) {
                if (other != list) {
                    const QSignalBlocker block(other);
                    other->clearSelection();
                }
            }
            showSelected();
        });
        column->addWidget(title);
        column->addWidget(list, 1);
        board->addLayout(column, 1);
        m_titles << title;
        m_columns << list;
        Q_UNUSED(stage)
    }
    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history = makeListTable(this, 4);
    m_message = makeProblemLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(board, 2);
    layout->addWidget(m_details);
    layout->addWidget(m_history, 1);
    layout->addWidget(m_message);
    connect(m_plan, &QPushButton::clicked, this, &PdcaTab::planCycle);
    connect(m_add, &QPushButton::clicked, this, &PdcaTab::chooseAction);
    connect(m_next, &QPushButton::clicked, this, &PdcaTab::nextStep);
    connect(&m_session, &Session::userChanged, this, &PdcaTab::showSelected);
    retranslate();
}

void PdcaTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PdcaTab::retranslate()
{
    m_plan->setText(tr("P&lan a cycle…"));
    m_add->setText(tr("Add a&ction…"));
    m_add->setToolTip(tr("An action not yet in a cycle, done for this one (its Do)."));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Step"), tr("Note")});
    const QStringList names = {tr("Plan (计划): goal, baseline, target"), tr("Do (执行): the actions"), tr("Check (检查): the measure now"),
                               tr("Act (处理): standardise or go again")};
    for (int k = 0; k < m_titles.size(); ++k)
        m_titles[k]->setText(names[k]);
    reload();
}

void PdcaTab::reload()
{
    m_cycles.clear();
    m_message->clear();
    if (m_session.isOpen()) {
        const auto all = PdcaStore(*m_session.database()).cycles();
        if (!all)
            m_message->setText(all.error());
        else
            m_cycles = *all;
    }
    for (QListWidget *list : std::as_const(m_columns)) {
        const QSignalBlocker block(list);
        list->clear();
    }
    for (const PdcaCycle &c : std::as_const(m_cycles)) {
        QString text = tr("%1\n%2").arg(c.reference, c.plan.goal);
        if (c.stage == PdcaStage::Act)
            text += QLatin1Char('\n') + (c.outcome == QLatin1String("standardised") ? tr("made a standard") : tr("another cycle"));
        auto *item = new QListWidgetItem(text);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(plainTip(c.plan.goal));
        QListWidget *list = m_columns[int(c.stage)];
        const QSignalBlocker block(list);
        list->addItem(item);
        if (c.id == m_selected)
            item->setSelected(true);
    }
    if (!selected() && !m_cycles.isEmpty())
        m_selected = m_cycles.last().id;
    select(m_selected);
    showSelected();
}

bool PdcaTab::select(qint64 cycleId)
{
    for (QListWidget *list : std::as_const(m_columns)) {
        for (int r = 0; r < list->count(); ++r) {
            if (list->item(r)->data(Qt::UserRole).toLongLong() == cycleId) {
                m_selected = cycleId;
                list->setCurrentRow(r);
                list->item(r)->setSelected(true);
                return true;
            }
        }
    }
    return false;
}

const PdcaCycle *PdcaTab::selected() const
{
    for (const PdcaCycle &c : m_cycles) {
        if (c.id == m_selected)
            return &c;
    }
    return nullptr;
}

void PdcaTab::showSelected()
{
    bool lead = false;
    if (m_session.isOpen() && !m_session.isReadOnly() && m_session.userId() != 0) {
        if (const auto user = UserRepository(*m_session.database()).find(m_session.userId()))
            lead = user->role == UserRole::Lead || user->role == UserRole::Admin;
    }
    const PdcaCycle *c = selected();
    m_plan->setEnabled(lead);
    m_add->setEnabled(lead && c && (c->stage == PdcaStage::Plan || c->stage == PdcaStage::Do));
    m_next->setEnabled(lead && c && c->stage != PdcaStage::Act);
    m_next->setText(!c || c->stage == PdcaStage::Plan ? tr("Start &doing")
                    : c->stage == PdcaStage::Do       ? tr("C&heck…")
                                                      : tr("&Act…"));
    m_history->setRowCount(0);
    if (!c) {
        m_details->setText(m_session.isOpen() ? tr("No improvement cycle yet. A QA lead plans one: a goal on a measure, its baseline and target.")
                                              : QString());
        return;
    }
    Database &db = *m_session.database();
    QStringList lines;
    lines << tr("%1 · %2 · %3").arg(c->reference, pdcaStageName(c->stage), c->plan.goal);
    lines << tr("%1 · owner %2").arg(c->plan.siteId ? c->siteName : c->plan.region.isEmpty() ? tr("Every site") : tr("Region %1").arg(c->plan.region),
                                     c->ownerName);
    lines << tr("Measure: %1; baseline %2 – %3.").arg(measureName(db, c->plan.measure), day(c->plan.measure.before.from), day(c->plan.measure.before.to));
    lines << tr("Target: %1 (%2).").arg(QLocale().toString(c->plan.target, 'f', 1),
                                        c->plan.measure.lowerIsBetter() ? tr("at most") : tr("at least"));
    if (const auto actions = PdcaStore(db).actionsOf(c->id, QDate::currentDate()); actions && !actions->isEmpty()) {
        QStringList list;
        for (const CorrectiveAction &a : *actions)
            list << tr("%1 %2 (%3)").arg(a.reference, a.title, actionStatusName(a.status));
        lines << tr("Actions: %1").arg(list.join(QStringLiteral("; ")));
    }
    if (c->check && c->check->test) {
        const ChangeTest &t = *c->check->test;
        const QString p = t.pValue < 0.001 ? QStringLiteral("< ") + QLocale().toString(0.001, 'f', 3)
                                           : QStringLiteral("= ") + QLocale().toString(t.pValue, 'f', 3);
        lines << tr("Check, %1 – %2: %3 against the baseline's %4, p %5; the target is %6.")
                     .arg(day(c->checkPeriod.from), day(c->checkPeriod.to), QLocale().toString(t.after, 'f', 1), QLocale().toString(t.before, 'f', 1), p,
                          c->targetMet && *c->targetMet ? tr("reached") : tr("not reached"));
    }
    if (c->stage == PdcaStage::Act)
        lines << (c->outcome == QLatin1String("standardised") ? tr("Act: made a standard — %1.").arg(c->standardText) : tr("Act: another cycle started."));
    m_details->setText(lines.join(QLatin1Char('\n')));
    const auto log = PdcaStore(db).log(c->id);
    if (!log)
        return;
    m_history->setRowCount(log->size());
    for (int r = 0; r < log->size(); ++r) {
        const PdcaLogEntry &e = (*log)[r];
        const QStringList cells = {formatDateTime(e.at), e.userName, pdcaStepName(e.step), e.note};
        for (int col = 0; col < cells.size(); ++col)
            m_history->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
    fitColumns(m_history, 3);
}

bool PdcaTab::finish(const Status &status, qint64 id)
{
    m_selected = id;
    reload();
    m_message->setText(status ? QString() : status.error());
    if (status)
        m_session.notifyDataChanged();
    return bool(status);
}

void PdcaTab::planCycle()
{
    Database &db = *m_session.database();
    ActionDraft prefill;
    prefill.measure.kind = MeasureKind::ItemFailure;
    const QDate today = QDate::currentDate();
    prefill.measure.before = {today.addDays(-28), today.addDays(-1)};
    ActionDialog dialog(db, prefill, true, this);
    dialog.planCycle(0);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ActionDraft d = dialog.draft();
    PdcaPlan p;
    p.goal = d.title;
    p.siteId = d.siteId;
    p.region = d.region;
    p.ownerId = d.ownerId;
    p.measure = d.measure;
    p.target = dialog.target();
    const auto id = PdcaStore(db).plan(p, m_session.userId(), QDateTime::currentDateTime());
    finish(id ? success() : Status(Error{id.error()}), id ? *id : 0);
}

void PdcaTab::chooseAction()
{
    const PdcaCycle *c = selected();
    if (!c)
        return;
    const auto free = PdcaStore(*m_session.database()).freeActions();
    if (!free || free->isEmpty()) {
        m_message->setText(free ? tr("Every action is in a cycle or verified: raise one first (Actions ▸ New action…).") : free.error());
        return;
    }
    QStringList names;
    for (const auto &a : *free)
        names << a.second;
    bool ok = false;
    const QString chosen = plain::getItem(this, tr("Add an action to %1").arg(c->reference), tr("The action done for this cycle:"), names, 0, false, &ok);
    if (ok)
        addActionToSelected(free->at(int(names.indexOf(chosen))).first);
}

bool PdcaTab::addActionToSelected(qint64 actionId)
{
    const PdcaCycle *c = selected();
    if (!c)
        return false;
    const qint64 id = c->id;
    return finish(PdcaStore(*m_session.database()).addAction(id, c->version, actionId, m_session.userId(), QDateTime::currentDateTime()), id);
}

bool PdcaTab::startSelected()
{
    const PdcaCycle *c = selected();
    if (!c)
        return false;
    const qint64 id = c->id;
    return finish(PdcaStore(*m_session.database()).startDoing(id, c->version, m_session.userId(), QDateTime::currentDateTime()), id);
}

bool PdcaTab::checkSelected(const DayRange &period)
{
    const PdcaCycle *c = selected();
    if (!c)
        return false;
    const qint64 id = c->id;
    return finish(PdcaStore(*m_session.database()).check(id, c->version, period, m_session.userId(), QDateTime::currentDateTime()), id);
}

bool PdcaTab::actOnSelected(std::optional<qint64> standardId, bool anotherCycle, const QString &note)
{
    const PdcaCycle *c = selected();
    if (!c)
        return false;
    const qint64 id = c->id;
    const auto next = PdcaStore(*m_session.database()).act(id, c->version, standardId, anotherCycle, note, m_session.userId(), QDateTime::currentDateTime());
    return finish(next ? success() : Status(Error{next.error()}), id);
}

void PdcaTab::nextStep()
{
    const PdcaCycle *chosen = selected();
    if (!chosen)
        return;
    const PdcaCycle c = *chosen;
    if (c.stage == PdcaStage::Plan) {
        startSelected();
    } else if (c.stage == PdcaStage::Do) {
        // The check period: from the day after the baseline to yesterday unless chosen.
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Check %1").arg(c.reference));
        auto *from = new QDateEdit(c.plan.measure.before.to.addDays(1), &dialog);
        auto *to = new QDateEdit(QDate::currentDate().addDays(-1), &dialog);
        for (QDateEdit *e : {from, to}) {
            e->setCalendarPopup(true);
            e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        }
        auto *form = new QFormLayout;
        form->addRow(tr("The measure now, &from:"), from);
        form->addRow(tr("&to:"), to);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addLayout(form);
        layout->addWidget(buttons);
        if (dialog.exec() == QDialog::Accepted)
            checkSelected({from->date(), to->date()});
    } else if (c.stage == PdcaStage::Check) {
        // Act: a standard of the register, or another cycle.
        QStringList choices = {tr("Start another cycle from here")};
        QVector<qint64> ids = {0};
        if (const auto standards = StandardsRepository(*m_session.database()).standards()) {
            for (const ServiceStandard &s : *standards) {
                choices << tr("Make it standard %1: %2").arg(s.code, s.title);
                ids << s.id;
            }
        }
        bool ok = false;
        const QString chosenText = plain::getItem(this, tr("Act on %1").arg(c.reference), tr("What the check leads to:"), choices, 0, false, &ok);
        if (!ok)
            return;
        const qint64 standard = ids.value(int(choices.indexOf(chosenText)));
        actOnSelected(standard ? std::optional<qint64>(standard) : std::nullopt, standard == 0, chosenText);
    }
}

} // namespace servqa
