#include "calibrationdialogs.h"

#include "calibrationcells.h"

#include "database.h"
#include "formatting.h"
#include "formrepository.h"
#include "siterepository.h"
#include "userrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace servqa {

namespace {

constexpr const char *ErrorStyle = "color: #b00020;";
constexpr int KindRole = Qt::UserRole + 1; // of a form: scorecard or checklist

} // namespace

NewCalibrationDialog::NewCalibrationDialog(Database &db, qint64 userId, QWidget *parent) : QDialog(parent), m_db(db), m_userId(userId)
{
    setWindowTitle(tr("New calibration session"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. 十二月热线校准会"));
    form->addRow(tr("Name:"), m_name);
    m_form = new QComboBox(this);
    if (const auto versions = FormRepository(db).versions()) {
        for (const FormVersionSummary &v : *versions) {
            if (v.status != FormStatus::Active)
                continue;
            m_form->addItem(tr("%1 — %2, version %3").arg(v.code, v.name).arg(v.version), v.versionId);
            m_form->setItemData(m_form->count() - 1, formKindKey(v.kind), KindRole);
        }
    }
    form->addRow(tr("Form:"), m_form);
    auto *when = new QHBoxLayout;
    m_blind = new QCheckBox(tr("Blind: no one sees another's answers until scoring closes"), this);
    m_blind->setChecked(true);
    m_hasDeadline = new QCheckBox(tr("Deadline:"), this);
    m_hasDeadline->setChecked(true);
    m_deadline = new QDateEdit(QDate::currentDate().addDays(7), this);
    m_deadline->setCalendarPopup(true);
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    when->addWidget(m_hasDeadline);
    when->addWidget(m_deadline);
    when->addStretch();
    form->addRow(QString(), m_blind);
    form->addRow(QString(), when);
    layout->addLayout(form);

    auto *columns = new QHBoxLayout;
    auto *people = new QGroupBox(tr("Inspectors taking part"), this);
    auto *peopleLayout = new QVBoxLayout(people);
    m_participants = new QListWidget(people);
    if (const auto users = UserRepository(db).all()) {
        for (const User &u : *users) {
            if (u.role != UserRole::Inspector && u.role != UserRole::Lead)
                continue;
            auto *item = new QListWidgetItem(tr("%1 · %2").arg(u.name, userRoleName(u.role)), m_participants);
            item->setData(Qt::UserRole, u.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(u.role == UserRole::Inspector ? Qt::Checked : Qt::Unchecked);
        }
    }
    peopleLayout->addWidget(m_participants);
    columns->addWidget(people, 1);

    auto *units = new QGroupBox(tr("Interactions (1–50)"), this);
    auto *unitsLayout = new QVBoxLayout(units);
    auto *drawGrid = new QGridLayout;
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), units);
    m_to = new QDateEdit(QDate::currentDate(), units);
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_site = new QComboBox(units);
    m_site->addItem(tr("All sites"));
    if (const auto sites = SiteRepository(db).all()) {
        for (const Site &s : *sites)
            m_site->addItem(tr("%1 %2").arg(s.code, s.name), s.id);
    }
    m_channel = new QComboBox(units);
    fillChannels();
    connect(m_form, &QComboBox::currentIndexChanged, this, &NewCalibrationDialog::fillChannels);
    m_count = new QSpinBox(units);
    m_count->setRange(1, CalibrationMaxInteractions);
    m_count->setValue(10);
    m_seed = new QSpinBox(units);
    m_seed->setRange(1, 999999);
    m_seed->setValue(int(QDate::currentDate().toJulianDay() % 999999) + 1);
    m_seed->setToolTip(tr("The same seed on the same data draws the same interactions."));
    auto *drawButton = new QPushButton(tr("Draw at random"), units);
    connect(drawButton, &QPushButton::clicked, this, &NewCalibrationDialog::draw);
    drawGrid->addWidget(new QLabel(tr("From:"), units), 0, 0);
    drawGrid->addWidget(m_from, 0, 1);
    drawGrid->addWidget(new QLabel(tr("To:"), units), 0, 2);
    drawGrid->addWidget(m_to, 0, 3);
    drawGrid->addWidget(m_site, 1, 0, 1, 2);
    drawGrid->addWidget(m_channel, 1, 2, 1, 2);
    drawGrid->addWidget(new QLabel(tr("How many:"), units), 2, 0);
    drawGrid->addWidget(m_count, 2, 1);
    drawGrid->addWidget(new QLabel(tr("Seed:"), units), 2, 2);
    drawGrid->addWidget(m_seed, 2, 3);
    drawGrid->addWidget(drawButton, 3, 0, 1, 4);
    unitsLayout->addLayout(drawGrid);
    auto *addRow = new QHBoxLayout;
    m_addEdit = new QLineEdit(units);
    m_addEdit->setPlaceholderText(tr("Add by ID: #12, CALL-20251101-0042 …"));
    auto *addButton = new QPushButton(tr("Add"), units);
    connect(addButton, &QPushButton::clicked, this, &NewCalibrationDialog::addByIds);
    connect(m_addEdit, &QLineEdit::returnPressed, this, &NewCalibrationDialog::addByIds);
    addRow->addWidget(m_addEdit, 1);
    addRow->addWidget(addButton);
    unitsLayout->addLayout(addRow);
    m_interactions = new QListWidget(units);
    unitsLayout->addWidget(m_interactions, 1);
    auto *remove = new QPushButton(tr("Remove the selected"), units);
    connect(remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_interactions->selectedItems()); });
    m_interactions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    unitsLayout->addWidget(remove);
    columns->addWidget(units, 2);
    layout->addLayout(columns, 1);

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QString::fromLatin1(ErrorStyle));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create session"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCalibrationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewCalibrationDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
}

bool NewCalibrationDialog::addInteraction(qint64 id)
{
    for (int i = 0; i < m_interactions->count(); ++i) {
        if (m_interactions->item(i)->data(Qt::UserRole).toLongLong() == id)
            return true;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT i.external_id, i.started_at, i.channel, COALESCE(s.name, ''), COALESCE(st.name, '') FROM interactions i "
                             "JOIN sites s ON s.id = i.site_id LEFT JOIN staff st ON st.id = i.staff_id WHERE i.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    const auto channel = channelFromKey(q.value(2).toString());
    auto *item = new QListWidgetItem(tr("#%1 · %2 · %3 · %4 · %5")
                                         .arg(id)
                                         .arg(formatDateTime(QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong())),
                                              channel ? channelName(*channel) : q.value(2).toString(), q.value(3).toString(),
                                              q.value(4).toString().isEmpty() ? q.value(0).toString() : q.value(4).toString()),
                                     m_interactions);
    item->setData(Qt::UserRole, id);
    item->setToolTip(plainTip(q.value(0).toString()));
    return true;
}

// A store checklist scores store visits, a scorecard every other contact: the draw offers those.
void NewCalibrationDialog::fillChannels()
{
    const QVector<Channel> channels = channelsScoredBy(formKindFromKey(m_form->currentData(KindRole).toString()).value_or(FormKind::Scorecard));
    QStringList keys;
    for (Channel c : channels)
        keys << channelKey(c);
    m_channel->clear();
    if (channels.size() > 1)
        m_channel->addItem(tr("Every channel the form scores"), keys);
    for (Channel c : channels)
        m_channel->addItem(channelName(c), QStringList{channelKey(c)});
}

void NewCalibrationDialog::draw()
{
    CalibrationDraw d;
    d.from = m_from->date();
    d.to = m_to->date();
    if (m_site->currentIndex() > 0)
        d.siteId = m_site->currentData().toLongLong();
    for (const QString &key : m_channel->currentData().toStringList())
        d.channels << *channelFromKey(key);
    d.count = m_count->value();
    d.seed = quint32(m_seed->value());
    const auto drawn = drawCalibrationInteractions(m_db, d);
    if (!drawn) {
        m_message->setText(drawn.error());
        return;
    }
    m_message->clear();
    for (qint64 id : *drawn)
        addInteraction(id);
}

void NewCalibrationDialog::addByIds()
{
    QStringList unknown;
    const QStringList tokens = m_addEdit->text().split(QRegularExpression(QStringLiteral("[\\s,，;；]+")), Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        std::optional<qint64> id;
        if (token.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const qint64 n = token.mid(1).toLongLong(&ok);
            if (ok)
                id = n;
        }
        if (!id) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT id FROM interactions WHERE external_id = ? ORDER BY id LIMIT 1"));
            q.addBindValue(token);
            if (q.exec() && q.next())
                id = q.value(0).toLongLong();
        }
        if (!id || !addInteraction(*id))
            unknown << token;
    }
    if (unknown.isEmpty()) {
        m_addEdit->clear();
        m_message->clear();
    } else {
        m_addEdit->setText(unknown.join(QLatin1Char(' ')));
        m_message->setText(tr("No interaction has the ID %1.").arg(unknown.join(QStringLiteral(", "))));
    }
}

bool NewCalibrationDialog::create()
{
    NewCalibrationSession s;
    s.name = m_name->text();
    s.formVersionId = m_form->currentData().toLongLong();
    s.blind = m_blind->isChecked();
    if (m_hasDeadline->isChecked())
        s.deadline = m_deadline->date();
    for (int i = 0; i < m_participants->count(); ++i) {
        if (m_participants->item(i)->checkState() == Qt::Checked)
            s.participants << m_participants->item(i)->data(Qt::UserRole).toLongLong();
    }
    for (int i = 0; i < m_interactions->count(); ++i)
        s.interactions << m_interactions->item(i)->data(Qt::UserRole).toLongLong();
    if (m_form->count() == 0) {
        m_message->setText(tr("There is no published form to calibrate on."));
        return false;
    }
    const auto id = Calibration(m_db, m_userId).create(s);
    if (!id) {
        m_message->setText(id.error());
        return false;
    }
    m_created = *id;
    return true;
}

void NewCalibrationDialog::accept()
{
    if (create())
        QDialog::accept();
}

ConsensusDialog::ConsensusDialog(const FormItem &item, const std::optional<Answer> &current, const QString &interaction, QWidget *parent)
    : QDialog(parent), m_item(item)
{
    setWindowTitle(tr("Consensus answer"));
    auto *layout = new QFormLayout(this);
    auto *what = new QLabel(tr("%1\n%2").arg(interaction, item.text), this);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    layout->addRow(what);
    const bool numeric = item.type == ItemType::Numeric || item.type == ItemType::Elapsed;
    if (numeric) {
        auto *row = new QHBoxLayout;
        m_number = new QDoubleSpinBox(this);
        m_number->setRange(-1e9, 1e9);
        m_number->setDecimals(item.type == ItemType::Elapsed ? 0 : 2);
        if (current && current->value)
            m_number->setValue(*current->value);
        row->addWidget(m_number, 1);
        if (item.acceptsNa()) {
            m_na = new QCheckBox(tr("N/A"), this);
            m_na->setChecked(current && current->notApplicable);
            row->addWidget(m_na);
        }
        layout->addRow(tr("Consensus:"), row);
    } else {
        m_choice = new QComboBox(this);
        const auto add = [&](const Answer &a) { m_choice->addItem(formatAnswer(item, a), QVariant::fromValue(a.notApplicable ? -1.0 : *a.value)); };
        switch (item.type) {
        case ItemType::YesNo:
        case ItemType::YesNoNa:
            add(Answer::yes());
            add(Answer::no());
            break;
        case ItemType::Rating5:
            for (int v = 1; v <= 5; ++v)
                add(Answer::number(v));
            break;
        case ItemType::Rating7:
            for (int v = 1; v <= 7; ++v)
                add(Answer::number(v));
            break;
        case ItemType::Scale10:
            for (int v = 0; v <= 10; ++v)
                add(Answer::number(v));
            break;
        default: break;
        }
        if (item.acceptsNa())
            add(Answer::na());
        if (current)
            m_choice->setCurrentIndex(m_choice->findData(current->notApplicable ? -1.0 : current->value.value_or(0)));
        layout->addRow(tr("Consensus:"), m_choice);
    }
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why (needed when the consensus changes)"));
    layout->addRow(tr("Reason:"), m_reason);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QString::fromLatin1(ErrorStyle));
    layout->addRow(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
    resize(460, sizeHint().height());
}

Answer ConsensusDialog::answer() const
{
    if (m_number)
        return m_na && m_na->isChecked() ? Answer::na() : Answer::number(m_number->value());
    const double v = m_choice->currentData().toDouble();
    return v < 0 ? Answer::na() : Answer::number(v);
}

QString ConsensusDialog::reason() const
{
    return m_reason->text();
}

void ConsensusDialog::showError(const QString &text)
{
    m_message->setText(text);
}

} // namespace servqa
