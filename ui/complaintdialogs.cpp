#include "complaintdialogs.h"

#include "choicelists.h"
#include "formatting.h"
#include "listtables.h"
#include "userrepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servqa {

namespace {

// A span rounded as a clock is read: "2 d 3 h", "5 h 20 min", "40 min", "1 min".
QString clockSpan(qint64 seconds)
{
    auto unit = [](const char *text, qint64 n) { return QCoreApplication::translate("Formatting", text).arg(n); };
    const qint64 minutes = std::max<qint64>(1, seconds / 60);
    QStringList parts;
    if (minutes >= 24 * 60) {
        parts << unit("%1 d", minutes / (24 * 60));
        if (minutes % (24 * 60) / 60 > 0)
            parts << unit("%1 h", minutes % (24 * 60) / 60);
    } else if (minutes >= 60) {
        parts << unit("%1 h", minutes / 60);
        if (minutes % 60 > 0)
            parts << unit("%1 min", minutes % 60);
    } else {
        parts << unit("%1 min", minutes);
    }
    return parts.join(QLatin1Char(' '));
}

// A time or a duration kept on one line when a label wraps.
QString unbroken(const QString &text)
{
    return QString(text).replace(QLatin1Char(' '), QChar(0x00a0));
}

QPlainTextEdit *noteEdit(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(70);
    return edit;
}

} // namespace

void fillOwnerChoices(QComboBox *combo, Database &db, const QString &noneText)
{
    const QVariant selected = combo->currentData();
    combo->clear();
    if (!noneText.isEmpty())
        combo->addItem(noneText);
    if (const auto users = UserRepository(db).all()) {
        for (const User &u : *users) {
            if (mayOwnComplaints(u.role))
                combo->addItem(formatWithNote(u.name, userRoleName(u.role)), u.id);
        }
    }
    combo->setCurrentIndex(std::max(0, combo->findData(selected)));
}

QString slaClockText(const SlaClock &clock)
{
    switch (clock.state) {
    case SlaClock::State::Running: return ComplaintIntakeDialog::tr("%1 left").arg(clockSpan(clock.seconds));
    case SlaClock::State::Overdue: return ComplaintIntakeDialog::tr("overdue by %1").arg(clockSpan(clock.seconds));
    case SlaClock::State::OnTime: return ComplaintIntakeDialog::tr("on time");
    case SlaClock::State::Late: return ComplaintIntakeDialog::tr("late by %1").arg(clockSpan(clock.seconds));
    }
    return QString();
}

ComplaintIntakeDialog::ComplaintIntakeDialog(Database &db, const ComplaintIntake &prefill, bool mayDispatch, QWidget *parent)
    : EditorDialog(parent), m_db(db), m_interactionId(prefill.interactionId)
{
    setWindowTitle(tr("Register complaint"));
    m_reference = new QLineEdit(prefill.reference, this);
    m_reference->setPlaceholderText(tr("Numbered when saved (TS-date-number)"));
    m_received = new QDateTimeEdit(prefill.receivedAt.isValid() ? prefill.receivedAt : QDateTime::currentDateTime(), this);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_received->setCalendarPopup(true);
    m_received->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
    m_channel = new QComboBox(this);
    for (Channel c : AllChannels)
        m_channel->addItem(channelName(c), int(c));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(int(prefill.channel))));
    m_site = new QComboBox(this);
    fillSiteChoices(m_site, &db, tr("Choose the site…"));
    m_site->setCurrentIndex(std::max(0, m_site->findData(prefill.siteId)));
    m_customer = new QLineEdit(prefill.customerRef, this);
    m_customer->setPlaceholderText(tr("Member number, phone or order number"));
    m_category = new QComboBox(this);
    if (const auto categories = ComplaintStore(db).categories()) {
        for (const ComplaintCategory &c : *categories)
            m_category->addItem(c.name(), c.key);
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(prefill.category)));
    m_severity = new QComboBox(this);
    for (ComplaintSeverity s : complaintSeverities())
        m_severity->addItem(complaintSeverityName(s), int(s));
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(int(prefill.severity))));
    m_description = noteEdit(this);
    m_description->setPlainText(prefill.description);
    m_description->setPlaceholderText(tr("What the customer says happened, in their words"));
    m_owner = new QComboBox(this);
    fillOwnerChoices(m_owner, db, tr("Dispatch later"));
    // Dispatching is a manager's, a lead's or an administrator's: others leave it for them.
    m_owner->setEnabled(mayDispatch);
    if (!mayDispatch)
        m_owner->setToolTip(tr("A store manager, a QA lead or an administrator dispatches it."));
    m_due = new QLabel(this);
    m_due->setTextFormat(Qt::PlainText);
    m_due->setWordWrap(true);
    m_problem = makeProblemLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("Refere&nce:"), m_reference);
    form->addRow(tr("Received &at:"), m_received);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("C&ustomer:"), m_customer);
    form->addRow(tr("Ca&tegory:"), m_category);
    form->addRow(tr("Se&verity:"), m_severity);
    form->addRow(tr("&Complaint:"), m_description);
    form->addRow(tr("Dispatch &to:"), m_owner);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_due);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_received, &QDateTimeEdit::dateTimeChanged, this, &ComplaintIntakeDialog::updateDue);
    // A problem shown once stays only until the user changes something.
    connect(m_site, qOverload<int>(&QComboBox::currentIndexChanged), m_problem, &QLabel::clear);
    connect(m_category, qOverload<int>(&QComboBox::currentIndexChanged), m_problem, &QLabel::clear);
    connect(m_description, &QPlainTextEdit::textChanged, m_problem, &QLabel::clear);
    connect(m_channel, qOverload<int>(&QComboBox::currentIndexChanged), this, &ComplaintIntakeDialog::updateDue);
    connect(m_severity, qOverload<int>(&QComboBox::currentIndexChanged), this, &ComplaintIntakeDialog::updateDue);
    updateDue();
    resize(520, sizeHint().height());
}

ComplaintIntake ComplaintIntakeDialog::intake() const
{
    ComplaintIntake c;
    c.reference = m_reference->text().trimmed();
    c.receivedAt = m_received->dateTime();
    c.channel = Channel(m_channel->currentData().toInt());
    c.siteId = m_site->currentData().toLongLong();
    c.interactionId = m_interactionId;
    c.customerRef = m_customer->text().trimmed();
    c.category = m_category->currentData().toString();
    c.severity = ComplaintSeverity(m_severity->currentData().toInt());
    c.description = m_description->toPlainText().trimmed();
    return c;
}

std::optional<qint64> ComplaintIntakeDialog::owner() const
{
    const QVariant id = m_owner->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

void ComplaintIntakeDialog::updateDue()
{
    const ComplaintIntake c = intake();
    const auto limit = ComplaintStore(m_db).timeLimitFor(c.channel, c.severity);
    if (!limit) {
        m_due->setText(limit.error());
        return;
    }
    m_due->setText(tr("First response due by %1 (%2), resolution by %3 (%4).")
                       .arg(unbroken(formatDateTime(c.receivedAt.addSecs(qint64(limit->firstResponseMinutes) * 60))),
                            unbroken(formatSeconds(qint64(limit->firstResponseMinutes) * 60)),
                            unbroken(formatDateTime(c.receivedAt.addSecs(qint64(limit->resolutionMinutes) * 60))),
                            unbroken(formatSeconds(qint64(limit->resolutionMinutes) * 60))));
}

void ComplaintIntakeDialog::accept()
{
    const ComplaintIntake c = intake();
    if (c.siteId == 0)
        m_problem->setText(tr("Choose the site the complaint is about."));
    else if (c.category.isEmpty())
        m_problem->setText(tr("Choose a category."));
    else if (c.description.isEmpty())
        m_problem->setText(tr("Say what the customer complains about."));
    else
        QDialog::accept();
}

ComplaintDispatchDialog::ComplaintDispatchDialog(Database &db, const Complaint &complaint, QWidget *parent) : EditorDialog(parent)
{
    setWindowTitle(tr("Dispatch complaint %1").arg(complaint.reference));
    m_site = new QComboBox(this);
    fillSiteChoices(m_site, &db, tr("Choose the site…"));
    m_site->setCurrentIndex(std::max(0, m_site->findData(complaint.siteId)));
    m_owner = new QComboBox(this);
    fillOwnerChoices(m_owner, db, tr("Choose who handles it…"));
    if (complaint.ownerId)
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(*complaint.ownerId)));
    m_note = noteEdit(this);
    m_note->setPlaceholderText(tr("What the owner should know or do (optional)"));
    m_problem = makeProblemLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Note:"), m_note);
    auto *due = new QLabel(tr("First response due by %1, resolution by %2: the clocks run from the time received.")
                               .arg(unbroken(formatDateTime(complaint.firstResponseDue)), unbroken(formatDateTime(complaint.resolutionDue))),
                           this);
    due->setTextFormat(Qt::PlainText);
    due->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Dispatch"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(due);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

qint64 ComplaintDispatchDialog::siteId() const { return m_site->currentData().toLongLong(); }
qint64 ComplaintDispatchDialog::ownerId() const { return m_owner->currentData().toLongLong(); }
QString ComplaintDispatchDialog::note() const { return m_note->toPlainText().trimmed(); }

void ComplaintDispatchDialog::accept()
{
    if (siteId() == 0)
        m_problem->setText(tr("Choose the site the complaint goes to."));
    else if (ownerId() == 0)
        m_problem->setText(tr("Choose who handles the complaint."));
    else
        QDialog::accept();
}

ComplaintCloseDialog::ComplaintCloseDialog(const Complaint &complaint, QWidget *parent) : EditorDialog(parent)
{
    setWindowTitle(tr("Close complaint %1").arg(complaint.reference));
    m_satisfaction = new QComboBox(this);
    m_satisfaction->addItem(tr("Choose what the customer said…"), 0);
    m_satisfaction->addItem(tr("5 — very satisfied"), 5);
    m_satisfaction->addItem(tr("4 — satisfied"), 4);
    m_satisfaction->addItem(tr("3 — neither"), 3);
    m_satisfaction->addItem(tr("2 — dissatisfied"), 2);
    m_satisfaction->addItem(tr("1 — very dissatisfied"), 1);
    m_satisfaction->addItem(tr("The customer could not be reached"), -1);
    m_note = noteEdit(this);
    m_note->setPlaceholderText(tr("What the customer said about the handling, or why they could not be reached"));
    m_problem = makeProblemLabel(this);
    connect(m_satisfaction, qOverload<int>(&QComboBox::currentIndexChanged), m_problem, &QLabel::clear);
    connect(m_note, &QPlainTextEdit::textChanged, m_problem, &QLabel::clear);
    auto *outcome = new QLabel(tr("Outcome: %1").arg(complaint.outcome), this);
    outcome->setTextFormat(Qt::PlainText);
    outcome->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Customer's &satisfaction with the handling:"), m_satisfaction);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Close complaint"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(outcome);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

std::optional<int> ComplaintCloseDialog::satisfaction() const
{
    const int v = m_satisfaction->currentData().toInt();
    return v > 0 ? std::optional<int>(v) : std::nullopt;
}

QString ComplaintCloseDialog::note() const { return m_note->toPlainText().trimmed(); }

void ComplaintCloseDialog::accept()
{
    if (m_satisfaction->currentData().toInt() == 0)
        m_problem->setText(tr("Choose what the customer said, or that they could not be reached."));
    else if (!satisfaction() && note().isEmpty())
        m_problem->setText(tr("Say why the customer's word could not be had."));
    else
        QDialog::accept();
}

} // namespace servqa
