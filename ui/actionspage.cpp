#include "actionspage.h"

#include "actiondialogs.h"
#include "evaluationrepository.h"
#include "fmeatab.h"
#include "pdcatab.h"
#include "formatting.h"
#include "listtables.h"
#include "plaintext.h"
#include "reportjob.h"
#include "session.h"
#include "userrepository.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servqa {

namespace {

const QColor Red(0xc6, 0x28, 0x28);
const QColor Green(0x2e, 0x7d, 0x32);

// A quoted text that ends a sentence of ours loses its own full stop (no "。." or "..").
QString withoutFullStop(QString text)
{
    while (text.endsWith(QLatin1Char('.')) || text.endsWith(QChar(0x3002)))
        text.chop(1);
    return text;
}

const QStringList Steps = {QStringLiteral("edited"), QStringLiteral("root_cause"), QStringLiteral("started"), QStringLiteral("note"),
                           QStringLiteral("done"),   QStringLiteral("verified"),   QStringLiteral("reopened")};

} // namespace

ActionsPage::ActionsPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_placeLabel = new QLabel(this);
    m_place = new QComboBox(this);
    m_place->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_placeLabel->setBuddy(m_place);
    m_showLabel = new QLabel(this);
    m_show = new QComboBox(this);
    for (int k = 0; k < 3; ++k)
        m_show->addItem(QString(), k);
    m_showLabel->setBuddy(m_show);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    m_search->setMaximumWidth(260);
    m_new = new QPushButton(this);
    m_table = makeListTable(this, ColumnCount);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);

    auto *details = new QWidget(this);
    m_title = new QLabel(details);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_details = new QLabel(details);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *buttons = new QHBoxLayout;
    for (const QString &step : Steps) {
        auto *b = new QPushButton(details);
        connect(b, &QPushButton::clicked, this, [this, step] { ask(step); });
        buttons->addWidget(b);
        m_steps << b;
    }
    m_source = new QPushButton(details);
    connect(m_source, &QPushButton::clicked, this, &ActionsPage::openSource);
    buttons->addWidget(m_source);
    buttons->addStretch(1);
    m_history = makeListTable(details, 4);
    m_history->verticalHeader()->setDefaultSectionSize(m_history->fontMetrics().height() + 8);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_details);
    detailsLayout->addLayout(buttons);
    detailsLayout->addWidget(m_history, 1);

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    m_pdf = new QPushButton(this);
    connect(m_pdf, &QPushButton::clicked, this, &ActionsPage::exportPdf);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_summary, 1);
    filters->addWidget(m_placeLabel);
    filters->addWidget(m_place);
    filters->addWidget(m_showLabel);
    filters->addWidget(m_show);
    filters->addWidget(m_search);
    filters->addWidget(m_new);
    filters->addWidget(m_pdf);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(details);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *actions = new QWidget(this);
    auto *actionsLayout = new QVBoxLayout(actions);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    actionsLayout->addLayout(filters);
    actionsLayout->addWidget(split, 1);
    m_fmea = new FmeaTab(session, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(actions, QString());
    m_tabs->addTab(m_fmea, QString());
    m_pdca = new PdcaTab(session, this);
    m_tabs->addTab(m_pdca, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    // The FMEA's recommended action is raised here and linked back to its failure mode.
    connect(m_fmea, &FmeaTab::actionRequested, this, [this](qint64 modeId, const ActionDraft &prefill) {
        const auto id = raiseAction(prefill);
        showFmea();
        if (id && m_fmea->select(modeId))
            m_fmea->linkSelected(*id);
    });

    connect(m_place, qOverload<int>(&QComboBox::currentIndexChanged), this, &ActionsPage::fill);
    connect(m_show, qOverload<int>(&QComboBox::currentIndexChanged), this, &ActionsPage::fill);
    connect(m_search, &QLineEdit::textChanged, this, &ActionsPage::fill);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ActionsPage::showSelected);
    connect(m_new, &QPushButton::clicked, this, [this] { raiseAction({}); });
    connect(&m_session, &Session::dataChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
    connect(&m_session, &Session::userChanged, this, &ActionsPage::showSelected);
    retranslate();
}

void ActionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ActionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ActionsPage::setToday(const QDate &today)
{
    m_today = today;
    fill();
}

QDate ActionsPage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

QPushButton *ActionsPage::stepButton(const QString &step) const
{
    const int k = int(Steps.indexOf(step));
    return k < 0 ? nullptr : m_steps[k];
}

void ActionsPage::retranslate()
{
    m_tabs->setTabText(0, tr("Actions"));
    m_tabs->setTabText(1, tr("Service FMEA"));
    m_tabs->setTabText(2, tr("PDCA cycles"));
    m_placeLabel->setText(tr("&Place:"));
    m_showLabel->setText(tr("S&how:"));
    m_show->setItemText(int(Show::NotVerified), tr("Not verified yet"));
    m_show->setItemText(int(Show::ToVerify), tr("Done, to verify"));
    m_show->setItemText(int(Show::All), tr("All"));
    m_search->setPlaceholderText(tr("Reference, title or text"));
    m_new->setText(tr("&New action…"));
    m_pdf->setText(tr("&PDF report…"));
    m_pdf->setToolTip(tr("The actions of the place chosen, with their root causes and verifications."));
    m_table->setHorizontalHeaderLabels({tr("Reference"), tr("Title"), tr("Raised from"), tr("Place"), tr("Owner"), tr("Due"), tr("Status"),
                                        tr("Verification")});
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Step"), tr("Note")});
    const QStringList texts = {tr("&Change…"), tr("&Root cause…"), tr("&Start"), tr("&Note…"), tr("&Done…"), tr("&Verify…"), tr("Re&open…")};
    const QStringList tips = {tr("The title, place, owner, due date, and the measure with its periods."),
                              tr("The 5 whys and the fishbone by 人机料法环测."),
                              tr("Work on it has started."),
                              tr("Anything the next person should know."),
                              tr("What was done; the measure must be chosen by then."),
                              tr("A QA lead tests the measure before against after: effective only if it improved significantly."),
                              tr("Back to work, with the reason.")};
    for (int k = 0; k < m_steps.size(); ++k) {
        m_steps[k]->setText(texts[k]);
        m_steps[k]->setToolTip(tips[k]);
    }
    m_source->setText(tr("Open so&urce"));
    if (m_place->count() > 0)
        m_place->setItemText(0, tr("Every site"));
    fill();
}

void ActionsPage::showFmea()
{
    m_tabs->setCurrentWidget(m_fmea);
}

void ActionsPage::reload()
{
    m_stale = false;
    m_fmea->reload();
    m_pdca->reload();
    m_all.clear();
    m_message->clear();
    if (m_session.isOpen()) {
        const auto list = ActionStore(*m_session.database()).list({}, today());
        if (!list)
            m_message->setText(list.error());
        else
            m_all = *list;
    }
    const QString current = m_place->currentData().toString();
    QStringList regions, sites;
    QHash<QString, qint64> siteIds;
    for (const CorrectiveAction &a : m_all) {
        if (!a.region.isEmpty() && !regions.contains(a.region))
            regions << a.region;
        if (a.siteId && !sites.contains(a.siteName))
            sites << a.siteName;
        if (a.siteId)
            siteIds.insert(a.siteName, *a.siteId);
    }
    regions.sort();
    sites.sort();
    {
        const QSignalBlocker block(m_place);
        m_place->clear();
        m_place->addItem(tr("Every site"), QString());
        for (const QString &r : regions)
            m_place->addItem(tr("Region %1").arg(r), QString(QStringLiteral("region:") + r));
        for (const QString &s : sites)
            m_place->addItem(s, QStringLiteral("site:%1").arg(siteIds.value(s)));
        m_place->setCurrentIndex(std::max(0, m_place->findData(current)));
    }
    fill();
}

void ActionsPage::fill()
{
    const qint64 keep = selected() ? selected()->id : 0;
    const QString place = m_place->currentData().toString();
    const Show show = Show(m_show->currentData().toInt());
    const QString text = m_search->text().trimmed();
    const QDate day = today();
    m_shown.clear();
    int open = 0, overdue = 0, toVerify = 0;
    for (const CorrectiveAction &a : std::as_const(m_all)) {
        open += a.open() ? 1 : 0;
        overdue += a.overdue(day) ? 1 : 0;
        toVerify += a.status == ActionStatus::Done ? 1 : 0;
        if (place.startsWith(QLatin1String("region:")) && a.region != place.mid(7))
            continue;
        if (place.startsWith(QLatin1String("site:")) && a.siteId != place.mid(5).toLongLong())
            continue;
        if ((show == Show::NotVerified && !a.open() && a.status != ActionStatus::Done) || (show == Show::ToVerify && a.status != ActionStatus::Done))
            continue;
        if (!text.isEmpty() && !a.reference.contains(text, Qt::CaseInsensitive) && !a.title.contains(text, Qt::CaseInsensitive)
            && !a.description.contains(text, Qt::CaseInsensitive))
            continue;
        m_shown << a;
    }
    m_summary->setText(!m_session.isOpen() ? QString() : tr("Open actions: %1, overdue: %2; done, to verify: %3.").arg(open).arg(overdue).arg(toVerify));
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    m_table->setRowCount(m_shown.size());
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (int r = 0; r < m_shown.size(); ++r) {
        const CorrectiveAction &a = m_shown[r];
        QString verification;
        if (a.verification)
            verification = changeText(*a.verification, a.measure.kind);
        const QStringList cells = {a.reference, a.title, actionSourceName(a.origin.kind), actionPlace(a), a.ownerName,
                                   formatDate(a.due), actionStatusName(a.status), verification};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(plainTip(col == TitleColumn && !a.description.isEmpty() ? a.description : cells[col]));
            QColor colour;
            if (col == DueColumn && a.overdue(day))
                colour = Red;
            else if (col == StatusColumn && a.status == ActionStatus::Effective)
                colour = Green;
            else if (col == StatusColumn && a.status == ActionStatus::NotEffective)
                colour = Red;
            else if (!a.open() && a.status != ActionStatus::Done)
                colour = grey;
            if (colour.isValid())
                item->setForeground(colour);
            m_table->setItem(r, col, item);
        }
    }
    fitColumns(m_table, TitleColumn);
    m_table->setColumnWidth(PlaceColumn, std::min(m_table->columnWidth(PlaceColumn), 160));
    m_table->setColumnWidth(VerificationColumn, std::min(m_table->columnWidth(VerificationColumn), 260));
    int row = 0;
    for (int r = 0; r < m_shown.size(); ++r) {
        if (m_shown[r].id == keep)
            row = r;
    }
    if (!m_shown.isEmpty())
        m_table->selectRow(row);
    showSelected();
}

const CorrectiveAction *ActionsPage::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    return row >= 0 && row < m_shown.size() ? &m_shown[row] : nullptr;
}

bool ActionsPage::select(qint64 actionId)
{
    for (int r = 0; r < m_shown.size(); ++r) {
        if (m_shown[r].id == actionId) {
            m_table->selectRow(r);
            return true;
        }
    }
    return false;
}

void ActionsPage::showSelected()
{
    const CorrectiveAction *listed = selected();
    const bool canWrite = m_session.isOpen() && !m_session.isReadOnly() && m_session.userId() != 0;
    std::optional<UserRole> role;
    if (canWrite) {
        if (const auto user = UserRepository(*m_session.database()).find(m_session.userId()))
            role = user->role;
    }
    m_new->setEnabled(role && mayOwnActions(*role));
    m_pdf->setEnabled(m_session.isOpen());
    m_history->setRowCount(0);
    // The whole action (root cause included) as stored now.
    std::optional<CorrectiveAction> chosen;
    if (listed) {
        if (const auto found = ActionStore(*m_session.database()).find(listed->id))
            chosen = *found;
    }
    m_source->setEnabled(chosen && chosen->origin.id
                         && (chosen->origin.kind == ActionSource::Complaint || chosen->origin.kind == ActionSource::Evaluation
                             || chosen->origin.kind == ActionSource::Alert || (chosen->origin.kind == ActionSource::Item && chosen->siteId)));
    if (!chosen) {
        m_title->setText(m_shown.isEmpty() ? QString() : tr("Choose an action to see it."));
        m_details->setText(m_shown.isEmpty() && m_session.isOpen()
                               ? tr("No actions here. Raise one by hand (New action…), or from a complaint, an alert or a failing item.")
                               : QString());
        for (QPushButton *b : m_steps)
            b->setEnabled(false);
        return;
    }
    const CorrectiveAction &a = *chosen;
    const bool owner = m_session.userId() == a.ownerId;
    const bool lead = role && mayVerifyActions(*role);
    const bool changer = role && (owner || lead);
    const QVector<bool> allowed = {changer && (a.open() || a.status == ActionStatus::Done),
                                   changer && a.open(),
                                   changer && a.status == ActionStatus::Open,
                                   role && mayOwnActions(*role),
                                   changer && a.open(),
                                   lead && a.status == ActionStatus::Done,
                                   changer && !a.open()};
    for (int k = 0; k < m_steps.size(); ++k)
        m_steps[k]->setEnabled(allowed[k]);
    m_title->setText(tr("%1 · %2 · %3").arg(a.reference, actionKindName(a.kind), actionStatusName(a.status)));
    QStringList lines;
    lines << a.title + (a.description.isEmpty() ? QString() : QStringLiteral(" — ") + a.description);
    lines << tr("Raised by %1 on %2 from: %3%4.")
                 .arg(a.createdBy, formatDate(a.createdAt.date()), actionSourceName(a.origin.kind),
                      a.origin.text.isEmpty() ? QString() : QStringLiteral(" — ") + withoutFullStop(a.origin.text));
    lines << tr("%1 · owner %2 · due %3%4")
                 .arg(actionPlace(a), a.ownerName, formatDate(a.due), a.overdue(today()) ? tr(" (overdue)") : QString());
    if (!a.whys.isEmpty()) {
        QStringList whys;
        for (int k = 0; k < a.whys.size(); ++k)
            whys << tr("%1. %2").arg(k + 1).arg(a.whys[k]);
        lines << tr("5 whys: %1").arg(whys.join(QStringLiteral(" → ")));
    }
    if (!a.causes.isEmpty()) {
        QStringList causes;
        for (const RootCause &c : a.causes)
            causes << (c.root ? tr("%1: %2 (root cause)") : tr("%1: %2")).arg(causeCategoryName(c.category), c.cause);
        lines << tr("Causes: %1").arg(causes.join(QStringLiteral("; ")));
    }
    lines << tr("Measure: %1").arg(measureText(*m_session.database(), a.measure));
    if (a.verification)
        lines << tr("Verified by %1 on %2: %3 — %4.")
                     .arg(a.verifiedBy, formatDate(a.verifiedAt.date()), changeText(*a.verification, a.measure.kind),
                          actionStatusName(a.status));
    m_details->setText(lines.join(QLatin1Char('\n')));
    const auto log = ActionStore(*m_session.database()).log(a.id);
    if (!log) {
        m_message->setText(log.error());
        return;
    }
    m_history->setRowCount(log->size());
    for (int r = 0; r < log->size(); ++r) {
        const ActionLogEntry &e = (*log)[r];
        const QString note = QString(e.note).replace(QLatin1Char('\n'), QStringLiteral("; "));
        const QStringList cells = {formatDateTime(e.at), e.userName, actionStepName(e.step), note};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(plainTip(col == 3 ? e.note : cells[col]));
            m_history->setItem(r, col, item);
        }
    }
    fitColumns(m_history, m_history->columnCount() - 1);
}

bool ActionsPage::finish(const Status &status, qint64 id)
{
    reload();
    // A step that takes the action out of the list shown (verified, say) shows every action: the
    // user sees what the step did.
    if (!select(id)) {
        m_show->setCurrentIndex(int(Show::All));
        select(id);
    }
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    m_message->setText(status ? QString() : status.error());
    if (status)
        m_session.notifyDataChanged();
    return bool(status);
}

std::optional<qint64> ActionsPage::raiseAction(const ActionDraft &prefill)
{
    if (!m_session.isOpen() || m_session.isReadOnly())
        return std::nullopt;
    if (m_session.userId() == 0) {
        m_message->setText(tr("Choose who is working (File ▸ Work as…) before you raise an action: its history names who raised it."));
        return std::nullopt;
    }
    Database &db = *m_session.database();
    ActionDialog dialog(db, prefill, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const auto id = ActionStore(db).raise(dialog.draft(), m_session.userId(), QDateTime::currentDateTime());
    if (!id) {
        m_message->setText(id.error());
        return std::nullopt;
    }
    m_tabs->setCurrentIndex(0);
    m_show->setCurrentIndex(int(Show::NotVerified));
    m_search->clear();
    m_place->setCurrentIndex(0);
    finish(success(), *id);
    return *id;
}

bool ActionsPage::stepSelected(const QString &step, const QString &text)
{
    const CorrectiveAction *a = selected();
    if (!a)
        return false;
    const qint64 id = a->id;
    const int version = a->version;
    const qint64 user = m_session.userId();
    const QDateTime at = QDateTime::currentDateTime();
    ActionStore store(*m_session.database());
    Status s = Error{QString()};
    if (step == QLatin1String("started"))
        s = store.start(id, version, text, user, at);
    else if (step == QLatin1String("note"))
        s = store.addNote(id, version, text, user, at);
    else if (step == QLatin1String("done"))
        s = store.complete(id, version, text, user, at);
    else if (step == QLatin1String("reopened"))
        s = store.reopen(id, version, text, user, at);
    return finish(s, id);
}

bool ActionsPage::verifySelected()
{
    const CorrectiveAction *a = selected();
    if (!a)
        return false;
    const qint64 id = a->id;
    const auto change = ActionStore(*m_session.database()).verify(id, a->version, m_session.userId(), QDateTime::currentDateTime());
    return finish(change ? success() : Status(Error{change.error()}), id);
}

void ActionsPage::ask(const QString &step)
{
    const CorrectiveAction *chosen = selected();
    if (!chosen)
        return;
    Database &db = *m_session.database();
    const auto found = ActionStore(db).find(chosen->id);
    if (!found) {
        m_message->setText(found.error());
        return;
    }
    const CorrectiveAction a = *found;
    if (step == QLatin1String("edited")) {
        ActionDraft d;
        d.kind = a.kind;
        d.title = a.title;
        d.description = a.description;
        d.origin = a.origin;
        d.siteId = a.siteId;
        d.region = a.siteId ? QString() : a.region;
        d.ownerId = a.ownerId;
        d.due = a.due;
        d.measure = a.measure;
        ActionDialog dialog(db, d, false, this);
        if (dialog.exec() == QDialog::Accepted)
            finish(ActionStore(db).edit(a.id, a.version, dialog.draft(), m_session.userId(), QDateTime::currentDateTime()), a.id);
        return;
    }
    if (step == QLatin1String("root_cause")) {
        RootCauseDialog dialog(a, this);
        if (dialog.exec() == QDialog::Accepted)
            finish(ActionStore(db).setRootCause(a.id, a.version, dialog.whys(), dialog.causes(), m_session.userId(), QDateTime::currentDateTime()), a.id);
        return;
    }
    if (step == QLatin1String("started")) {
        stepSelected(step, QString());
        return;
    }
    if (step == QLatin1String("verified")) {
        if (a.measure.after.to >= today()) {
            m_message->setText(tr("The period after %1 runs to %2: verify it when that day is over.")
                                   .arg(a.reference, formatDate(a.measure.after.to)));
            return;
        }
        // The figures first: the lead sees what will be recorded, and the verdict follows from them.
        const auto change = ActionStore(db).measureChange(a.measure, a.siteId, a.region);
        if (!change) {
            m_message->setText(change.error());
            return;
        }
        const QString verdict = change->improved ? tr("It moved the way the action meant, beyond chance: the action will be verified effective.")
                                                 : tr("It did not improve beyond chance: the action will be recorded as not effective.");
        if (plain::question(this, tr("Verify %1").arg(a.reference),
                            tr("%1\n\n%2\n\n%3\n\nRecord this verification?").arg(measureText(db, a.measure), changeText(*change, a.measure.kind), verdict))
            == QMessageBox::Yes)
            verifySelected();
        return;
    }
    QString title, prompt;
    if (step == QLatin1String("note")) {
        title = tr("Note");
        prompt = tr("%1: the note for the history.").arg(a.reference);
    } else if (step == QLatin1String("done")) {
        title = tr("Action done");
        prompt = tr("%1: what was done?").arg(a.reference);
    } else {
        title = tr("Reopen action");
        prompt = tr("%1: why is it reopened?").arg(a.reference);
    }
    QString text;
    QString question = prompt;
    for (;;) {
        bool ok = false;
        text = plain::getMultiLineText(this, title, question, text, &ok);
        if (!ok)
            return;
        if (!text.trimmed().isEmpty())
            break;
        question = prompt + QLatin1Char('\n') + tr("Write something first: the history keeps it.");
    }
    stepSelected(step, text);
}

void ActionsPage::openSource()
{
    const CorrectiveAction *a = selected();
    if (!a || !a->origin.id)
        return;
    if (a->origin.kind == ActionSource::Complaint) {
        emit complaintRequested(*a->origin.id);
    } else if (a->origin.kind == ActionSource::Alert) {
        emit alertRequested(*a->origin.id);
    } else if (a->origin.kind == ActionSource::Item && a->siteId) {
        emit scorecardRequested(*a->siteId);
    } else if (a->origin.kind == ActionSource::Evaluation) {
        const auto at = EvaluationRepository(*m_session.database()).occurredAt(*a->origin.id);
        if (!at) {
            m_message->setText(at.error());
            return;
        }
        emit evaluationRequested(*a->origin.id, at->date());
    }
}

void ActionsPage::exportPdf()
{
    const QString place = m_place->currentData().toString();
    // The last 90 days of the place chosen.
    ActionsReportRequest scope;
    if (place.startsWith(QLatin1String("region:")))
        scope.region = place.mid(7);
    else if (place.startsWith(QLatin1String("site:")))
        scope.siteId = place.mid(5).toLongLong();
    scope.period = {today().addDays(-89), today()};
    const QString path = QFileDialog::getSaveFileName(this, tr("Actions report"), tr("actions.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const ReportOptions options = reportOptions(m_session);
    writeReportInBackground(
        this, m_session.path(), tr("Writing the actions report…"),
        [scope, options](Database &db) { return prepareActionsReport(db, scope, options); }, path,
        [this, path](const Result<int> &pages) {
            m_message->setStyleSheet(pages ? QString() : QStringLiteral("color: #c62828"));
            m_message->setText(pages ? tr("Report written to %1.").arg(path) : pages.error());
        });
}

} // namespace servqa
