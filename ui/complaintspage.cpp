#include "complaintspage.h"

#include "complaintdialogs.h"
#include "formatting.h"
#include "listtables.h"
#include "plaintext.h"
#include "reportjob.h"
#include "session.h"
#include "userrepository.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace servqa {

namespace {

const QColor Red(0xc6, 0x28, 0x28);
const QColor Amber(0xb2, 0x6a, 0x00);
const QColor Green(0x2e, 0x7d, 0x32);

const QStringList StepActions = {QStringLiteral("dispatched"), QStringLiteral("responded"), QStringLiteral("note"),
                                 QStringLiteral("resolved"),   QStringLiteral("closed"),    QStringLiteral("reopened")};

QColor clockColour(const SlaClock &clock)
{
    switch (clock.state) {
    case SlaClock::State::Overdue:
    case SlaClock::State::Late: return Red;
    case SlaClock::State::Running: return clock.seconds < 2 * 3600 ? Amber : QColor();
    case SlaClock::State::OnTime: return Green;
    }
    return QColor();
}

} // namespace

ComplaintsPage::ComplaintsPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
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
    m_search->setMinimumWidth(200);
    m_search->setMaximumWidth(280);
    m_register = new QPushButton(this);
    m_table = makeListTable(this, ColumnCount);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // The category's words take the room the other columns leave.
    m_table->horizontalHeader()->setSectionResizeMode(CategoryColumn, QHeaderView::Stretch);

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
    for (const QString &action : StepActions) {
        auto *b = new QPushButton(details);
        connect(b, &QPushButton::clicked, this, [this, action] { ask(action); });
        buttons->addWidget(b);
        m_steps << b;
    }
    m_openInteraction = new QPushButton(details);
    connect(m_openInteraction, &QPushButton::clicked, this, [this] {
        const Complaint *c = selected();
        if (!c || !c->interactionId)
            return;
        const auto i = InteractionRepository(*m_session.database()).find(*c->interactionId);
        if (i && i->has_value())
            emit interactionRequested((*i)->externalId, (*i)->startedAt.date());
    });
    buttons->addWidget(m_openInteraction);
    m_pdf = new QPushButton(details);
    connect(m_pdf, &QPushButton::clicked, this, &ComplaintsPage::exportPdf);
    buttons->addWidget(m_pdf);
    m_raiseAction = new QPushButton(details);
    connect(m_raiseAction, &QPushButton::clicked, this, [this] {
        const Complaint *c = selected();
        if (!c)
            return;
        ActionDraft d;
        d.origin = {ActionSource::Complaint, c->id, QString(), tr("%1 · %2 · %3").arg(c->reference, c->categoryName, c->description.left(80))};
        d.siteId = c->siteId;
        d.due = QDate::currentDate().addDays(14);
        emit actionRequested(d);
    });
    buttons->addWidget(m_raiseAction);
    buttons->addStretch(1);
    m_history = makeListTable(details, 5);
    m_history->verticalHeader()->setDefaultSectionSize(m_history->fontMetrics().height() + 8); // one line a step: more steps in view
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

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_summary, 1);
    filters->addWidget(m_placeLabel);
    filters->addWidget(m_place);
    filters->addWidget(m_showLabel);
    filters->addWidget(m_show);
    filters->addWidget(m_search);
    filters->addWidget(m_register);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);

    connect(m_place, qOverload<int>(&QComboBox::currentIndexChanged), this, &ComplaintsPage::fill);
    connect(m_show, qOverload<int>(&QComboBox::currentIndexChanged), this, &ComplaintsPage::fill);
    connect(m_search, &QLineEdit::textChanged, this, &ComplaintsPage::fill);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ComplaintsPage::showSelected);
    connect(m_register, &QPushButton::clicked, this, [this] { registerComplaint(); });
    connect(&m_session, &Session::dataChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
    connect(&m_session, &Session::userChanged, this, &ComplaintsPage::showSelected);
    // The clocks move: drawn again every minute while the page is shown.
    m_tick = new QTimer(this);
    m_tick->setInterval(60 * 1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (isVisible())
            fill();
    });
    m_tick->start();
    retranslate();
}

void ComplaintsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComplaintsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ComplaintsPage::setNow(const QDateTime &now)
{
    m_now = now;
    fill();
}

QDateTime ComplaintsPage::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

QPushButton *ComplaintsPage::stepButton(const QString &action) const
{
    const int k = int(StepActions.indexOf(action));
    return k < 0 ? nullptr : m_steps[k];
}

void ComplaintsPage::retranslate()
{
    m_placeLabel->setText(tr("&Place:"));
    m_showLabel->setText(tr("S&how:"));
    m_show->setItemText(int(Show::NotClosed), tr("Not closed"));
    m_show->setItemText(int(Show::Overdue), tr("Overdue"));
    m_show->setItemText(int(Show::All), tr("All"));
    m_search->setPlaceholderText(tr("Reference, customer or text"));
    m_register->setText(tr("&Register complaint…"));
    m_table->setHorizontalHeaderLabels({tr("Reference"), tr("Received", "column: when the complaint came in"), tr("Site"), tr("Category"), tr("Severity"), tr("Status"), tr("Owner"),
                                        tr("First response"), tr("Resolution"), tr("Customer")});
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Step"), tr("To"), tr("Note")});
    const QStringList steps = {tr("&Dispatch…"), tr("Customer &contacted…"), tr("&Note…"), tr("Re&solve…"), tr("C&lose…"), tr("Re&open…")};
    const QStringList tips = {tr("Send it to a site and an owner (派单); sending it on keeps the history."),
                              tr("The first response: what the customer was told, and when."),
                              tr("A later contact or anything the next person should know."),
                              tr("How it was resolved; resolving at the first contact counts as the first response too."),
                              tr("The customer's word on the handling (反馈)."),
                              tr("Back to handling with a new resolution time, and why.")};
    for (int k = 0; k < m_steps.size(); ++k) {
        m_steps[k]->setText(steps[k]);
        m_steps[k]->setToolTip(tips[k]);
    }
    m_openInteraction->setText(tr("Open &interaction"));
    m_pdf->setText(tr("&PDF report…"));
    m_pdf->setToolTip(tr("The complaint's file: its facts, clocks, outcome and whole history."));
    m_raiseAction->setText(tr("Raise &action…"));
    m_raiseAction->setToolTip(tr("A corrective or preventive action on what this complaint showed; it keeps the link."));
    if (m_place->count() > 0)
        m_place->setItemText(0, tr("Every site"));
    fill();
}

void ComplaintsPage::reload()
{
    m_stale = false;
    m_all.clear();
    m_message->clear();
    if (m_session.isOpen()) {
        const auto list = ComplaintStore(*m_session.database()).list({}, now());
        if (!list)
            m_message->setText(list.error());
        else
            m_all = *list;
    }
    // The regions and sites that have complaints.
    const QString current = m_place->currentData().toString();
    QStringList regions, sites;
    for (const Complaint &c : m_all) {
        if (!c.region.isEmpty() && !regions.contains(c.region))
            regions << c.region;
        if (!sites.contains(c.siteName))
            sites << c.siteName;
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
            m_place->addItem(s, QString(QStringLiteral("site:") + s));
        m_place->setCurrentIndex(std::max(0, m_place->findData(current)));
    }
    fill();
}

void ComplaintsPage::fill()
{
    const qint64 keep = selected() ? selected()->id : 0;
    const QDateTime at = now();
    const QString place = m_place->currentData().toString();
    const Show show = Show(m_show->currentData().toInt());
    const QString text = m_search->text().trimmed();
    // The list is kept in the store's order (overdue first) as of when it was read; the clocks
    // move, so it is sorted again by the same rule.
    QVector<Complaint> all = m_all;
    // Overdue, then running, then resolved ones waiting for the customer's word, then closed.
    const auto rank = [&at](const Complaint &c) {
        return c.status == ComplaintStatus::Closed ? 3 : c.status == ComplaintStatus::Resolved ? 2 : c.overdue(at) ? 0 : 1;
    };
    std::stable_sort(all.begin(), all.end(), [&](const Complaint &a, const Complaint &b) { return rank(a) < rank(b); });
    m_shown.clear();
    int open = 0, overdue = 0;
    for (const Complaint &c : all) {
        open += c.open() ? 1 : 0;
        overdue += c.open() && c.overdue(at) ? 1 : 0;
        if (place.startsWith(QLatin1String("region:")) && c.region != place.mid(7))
            continue;
        if (place.startsWith(QLatin1String("site:")) && c.siteName != place.mid(5))
            continue;
        if ((show == Show::NotClosed && c.status == ComplaintStatus::Closed) || (show == Show::Overdue && !(c.open() && c.overdue(at))))
            continue;
        if (!text.isEmpty() && !c.reference.contains(text, Qt::CaseInsensitive) && !c.customerRef.contains(text, Qt::CaseInsensitive)
            && !c.description.contains(text, Qt::CaseInsensitive))
            continue;
        m_shown << c;
    }
    m_summary->setText(!m_session.isOpen() ? QString()
                       : open == 0         ? tr("No open complaints.")
                                           : tr("Open complaints: %1, overdue: %2.").arg(open).arg(overdue));
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    m_table->setRowCount(m_shown.size());
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (int r = 0; r < m_shown.size(); ++r) {
        const Complaint &c = m_shown[r];
        const SlaClock response = c.firstResponseClock(at);
        const SlaClock resolution = c.resolutionClock(at);
        const QStringList cells = {c.reference, formatDateTime(c.receivedAt), c.siteName, c.categoryName, complaintSeverityName(c.severity),
                                   complaintStatusName(c.status), c.ownerName.isEmpty() ? tr("not dispatched") : c.ownerName,
                                   slaClockText(response), slaClockText(resolution), c.customerRef};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(plainTip(col == ReferenceColumn ? c.description : cells[col]));
            QColor colour;
            if (col == FirstResponseColumn)
                colour = clockColour(response);
            else if (col == ResolutionColumn)
                colour = clockColour(resolution);
            else if (col == SeverityColumn && (c.severity == ComplaintSeverity::High || c.severity == ComplaintSeverity::Critical))
                colour = Red;
            if (!c.open() && !(col == FirstResponseColumn || col == ResolutionColumn))
                colour = grey;
            if (colour.isValid())
                item->setForeground(colour);
            m_table->setItem(r, col, item);
        }
    }
    fitColumns(m_table, CategoryColumn);
    m_table->setColumnWidth(SiteColumn, std::min(m_table->columnWidth(SiteColumn), 170));
    int row = 0;
    for (int r = 0; r < m_shown.size(); ++r) {
        if (m_shown[r].id == keep)
            row = r;
    }
    if (!m_shown.isEmpty())
        m_table->selectRow(row);
    showSelected();
}

const Complaint *ComplaintsPage::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    return row >= 0 && row < m_shown.size() ? &m_shown[row] : nullptr;
}

bool ComplaintsPage::select(qint64 complaintId)
{
    for (int r = 0; r < m_shown.size(); ++r) {
        if (m_shown[r].id == complaintId) {
            m_table->selectRow(r);
            return true;
        }
    }
    return false;
}

void ComplaintsPage::showComplaint(qint64 complaintId)
{
    m_search->clear();
    m_place->setCurrentIndex(0);
    m_show->setCurrentIndex(int(Show::All));
    reload();
    select(complaintId);
}

void ComplaintsPage::showSelected()
{
    const Complaint *c = selected();
    const bool canWrite = c && m_session.isOpen() && !m_session.isReadOnly() && m_session.userId() != 0;
    std::optional<UserRole> role;
    if (canWrite) {
        if (const auto user = UserRepository(*m_session.database()).find(m_session.userId()))
            role = user->role;
    }
    // A note by anyone but a mystery shopper; the other steps by those who own complaints.
    const bool canNote = role && *role != UserRole::Shopper;
    const bool canAct = role && mayOwnComplaints(*role);
    m_history->setRowCount(0);
    m_register->setEnabled(m_session.isOpen() && !m_session.isReadOnly());
    m_openInteraction->setEnabled(c && c->interactionId);
    m_pdf->setEnabled(c != nullptr);
    m_raiseAction->setEnabled(c && role && *role != UserRole::Shopper);
    if (!c) {
        m_title->setText(m_shown.isEmpty() ? QString() : tr("Choose a complaint to see its steps."));
        m_details->clear();
        for (QPushButton *b : m_steps)
            b->setEnabled(false);
        return;
    }
    const bool received = c->status == ComplaintStatus::Received;
    const bool dispatched = c->status == ComplaintStatus::Dispatched;
    const QVector<bool> allowed = {c->open(), dispatched, true, c->open() && !received, c->status == ComplaintStatus::Resolved, !c->open()};
    for (int k = 0; k < m_steps.size(); ++k)
        m_steps[k]->setEnabled((StepActions[k] == QLatin1String("note") ? canNote : canAct) && allowed[k]);
    m_title->setText(tr("%1 · %2 · %3").arg(c->reference, complaintStatusName(c->status), complaintSeverityName(c->severity)));
    QStringList lines;
    lines << c->description;
    lines << tr("Came in by %1 at %2 from %3.").arg(channelName(c->channel), formatDateTime(c->receivedAt),
                                                    c->customerRef.isEmpty() ? tr("an unnamed customer") : c->customerRef);
    lines << tr("First response due by %1 (%2); resolution by %3 (%4).")
                 .arg(formatDateTime(c->firstResponseDue), slaClockText(c->firstResponseClock(now())), formatDateTime(c->resolutionDue),
                      slaClockText(c->resolutionClock(now())));
    if (!c->outcome.isEmpty())
        lines << tr("Outcome: %1").arg(c->outcome);
    if (c->status == ComplaintStatus::Closed)
        lines << (c->satisfaction ? tr("The customer's satisfaction with the handling: %1 of 5.").arg(*c->satisfaction)
                                  : tr("The customer could not be reached."));
    if (c->reopened > 0)
        lines << tr("Times reopened: %1.").arg(c->reopened);
    m_details->setText(lines.join(QLatin1Char('\n')));
    const auto log = ComplaintStore(*m_session.database()).log(c->id);
    if (!log) {
        m_message->setText(log.error());
        return;
    }
    m_history->setRowCount(log->size());
    for (int r = 0; r < log->size(); ++r) {
        const ComplaintLogEntry &e = (*log)[r];
        QString to;
        if (!e.ownerName.isEmpty())
            to = tr("%1, %2").arg(e.siteName, e.ownerName);
        QString note = e.note;
        if (e.satisfaction)
            note = tr("Satisfaction %1 of 5.").arg(*e.satisfaction) + (note.isEmpty() ? QString() : QLatin1Char(' ') + note);
        else if (e.action == QLatin1String("closed"))
            note = tr("The customer could not be reached.") + (note.isEmpty() ? QString() : QLatin1Char(' ') + note);
        const QStringList cells = {formatDateTime(e.at), e.userName.isEmpty() ? tr("import") : e.userName, complaintActionName(e.action), to, note};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(plainTip(cells[col]));
            m_history->setItem(r, col, item);
        }
    }
    fitColumns(m_history, m_history->columnCount() - 1);
}

bool ComplaintsPage::finish(const Status &status, qint64 id)
{
    reload();
    select(id);
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    m_message->setText(status ? QString() : status.error());
    if (status)
        m_session.notifyDataChanged();
    return bool(status);
}

void ComplaintsPage::exportPdf()
{
    const Complaint *c = selected();
    if (!c)
        return;
    const QString reference = c->reference;
    const QString path = QFileDialog::getSaveFileName(this, tr("Complaint report"), reference + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const ReportOptions options = reportOptions(m_session);
    writeReportInBackground(
        this, m_session.path(), tr("Writing the complaint report…"),
        [reference, options](Database &db) { return prepareComplaintReport(db, reference, options); }, path,
        [this, path](const Result<int> &pages) {
            m_message->setStyleSheet(pages ? QString() : QStringLiteral("color: #c62828"));
            m_message->setText(pages ? tr("Report written to %1.").arg(path) : pages.error());
        });
}

void ComplaintsPage::registerComplaint(std::optional<qint64> interactionId)
{
    if (!m_session.isOpen() || m_session.isReadOnly())
        return;
    if (m_session.userId() == 0) {
        m_message->setText(tr("Choose who is working (File ▸ Work as…) before you register a complaint: its history names who took it in."));
        return;
    }
    Database &db = *m_session.database();
    ComplaintIntake prefill;
    prefill.receivedAt = now();
    prefill.category = QStringLiteral("other");
    if (interactionId) {
        const auto found = InteractionRepository(db).find(*interactionId);
        if (found && found->has_value()) {
            const Interaction &i = **found;
            prefill.interactionId = i.id;
            prefill.siteId = i.siteId;
            prefill.channel = i.channel;
            prefill.customerRef = i.customerRef;
        }
    }
    const auto user = UserRepository(db).find(m_session.userId());
    ComplaintIntakeDialog dialog(db, prefill, user && mayOwnComplaints(user->role), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ComplaintStore store(db);
    const auto id = store.take(dialog.intake(), m_session.userId(), QDateTime::currentDateTime());
    if (!id) {
        m_message->setText(id.error());
        return;
    }
    Status status = success();
    if (const auto owner = dialog.owner()) {
        const auto c = store.find(*id);
        status = c ? store.dispatch(*id, c->version, c->siteId, *owner, QString(), m_session.userId(), QDateTime::currentDateTime())
                   : Status(Error{c.error()});
    }
    if (m_show->currentData().toInt() == int(Show::Overdue))
        m_show->setCurrentIndex(int(Show::NotClosed));
    m_search->clear();
    m_place->setCurrentIndex(0);
    finish(status, *id);
}

bool ComplaintsPage::dispatchSelected(qint64 siteId, qint64 ownerId, const QString &note)
{
    const Complaint *c = selected();
    if (!c)
        return false;
    const qint64 id = c->id;
    return finish(ComplaintStore(*m_session.database()).dispatch(id, c->version, siteId, ownerId, note, m_session.userId(), QDateTime::currentDateTime()), id);
}

bool ComplaintsPage::stepSelected(const QString &action, const QString &text, std::optional<int> satisfaction)
{
    const Complaint *c = selected();
    if (!c)
        return false;
    const qint64 id = c->id;
    const int version = c->version;
    const qint64 user = m_session.userId();
    const QDateTime at = QDateTime::currentDateTime();
    ComplaintStore store(*m_session.database());
    Status s = Error{QString()};
    if (action == QLatin1String("responded"))
        s = store.respond(id, version, text, user, at);
    else if (action == QLatin1String("note"))
        s = store.addNote(id, version, text, user, at);
    else if (action == QLatin1String("resolved"))
        s = store.resolve(id, version, text, user, at);
    else if (action == QLatin1String("closed"))
        s = store.close(id, version, satisfaction, text, user, at);
    else if (action == QLatin1String("reopened"))
        s = store.reopen(id, version, text, user, at);
    return finish(s, id);
}

void ComplaintsPage::ask(const QString &action)
{
    const Complaint *chosen = selected();
    if (!chosen)
        return;
    const Complaint c = *chosen;
    if (action == QLatin1String("dispatched")) {
        ComplaintDispatchDialog dialog(*m_session.database(), c, this);
        if (dialog.exec() == QDialog::Accepted)
            dispatchSelected(dialog.siteId(), dialog.ownerId(), dialog.note());
        return;
    }
    if (action == QLatin1String("closed")) {
        ComplaintCloseDialog dialog(c, this);
        if (dialog.exec() == QDialog::Accepted)
            stepSelected(action, dialog.note(), dialog.satisfaction());
        return;
    }
    QString title, prompt;
    if (action == QLatin1String("responded")) {
        title = tr("Customer contacted");
        prompt = tr("%1: what was the customer told?").arg(c.reference);
    } else if (action == QLatin1String("note")) {
        title = tr("Note");
        prompt = tr("%1: the note for the history.").arg(c.reference);
    } else if (action == QLatin1String("resolved")) {
        title = tr("Resolve complaint");
        prompt = tr("%1: how was it resolved?").arg(c.reference);
    } else {
        title = tr("Reopen complaint");
        prompt = tr("%1: why is it reopened? It gets a new resolution time.").arg(c.reference);
    }
    // Asked again, with what was typed, until there is something to save or the user cancels.
    QString text;
    QString ask = prompt;
    for (;;) {
        bool ok = false;
        text = plain::getMultiLineText(this, title, ask, text, &ok);
        if (!ok)
            return;
        if (!text.trimmed().isEmpty())
            break;
        ask = prompt + QLatin1Char('\n') + tr("Write something first: the history keeps it.");
    }
    stepSelected(action, text);
}

} // namespace servqa
