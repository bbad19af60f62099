#include "complaintsettingsbox.h"

#include "complaintdialogs.h"
#include "complaints.h"
#include "durationspinbox.h"
#include "formatting.h"
#include "listtables.h"
#include "plaintext.h"
#include "session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servqa {

namespace {

// A settings list: editable in place where a column allows it, at least a few rows high.
QTableWidget *makeTable(QWidget *parent, int columns)
{
    auto *t = makeListTable(parent, columns);
    t->setWordWrap(true);
    t->setMinimumHeight(180);
    return t;
}

QString channelText(const QString &key)
{
    const auto c = channelFromKey(key);
    return c ? channelName(*c) : ComplaintSettingsBox::tr("Every channel");
}

} // namespace

ComplaintSettingsBox::ComplaintSettingsBox(Session &session, QWidget *parent) : QGroupBox(parent), m_session(session)
{
    m_limits = makeTable(this, 4);
    m_addLimit = new QPushButton(this);
    m_editLimit = new QPushButton(this);
    m_removeLimit = new QPushButton(this);
    m_categories = makeTable(this, 4);
    m_addCategory = new QPushButton(this);
    m_editCategory = new QPushButton(this);
    connect(m_addLimit, &QPushButton::clicked, this, [this] { editLimit(true); });
    connect(m_editLimit, &QPushButton::clicked, this, [this] { editLimit(false); });
    connect(m_limits, &QTableWidget::cellDoubleClicked, this, [this] { editLimit(false); });
    connect(m_removeLimit, &QPushButton::clicked, this, &ComplaintSettingsBox::removeLimit);
    connect(m_limits, &QTableWidget::itemSelectionChanged, this, &ComplaintSettingsBox::updateButtons);
    connect(m_categories, &QTableWidget::itemSelectionChanged, this, &ComplaintSettingsBox::updateButtons);
    connect(m_addCategory, &QPushButton::clicked, this, [this] { editCategory(true); });
    connect(m_editCategory, &QPushButton::clicked, this, [this] { editCategory(false); });
    connect(m_categories, &QTableWidget::cellDoubleClicked, this, [this] { editCategory(false); });

    auto *limitButtons = new QHBoxLayout;
    for (QPushButton *b : {m_addLimit, m_editLimit, m_removeLimit})
        limitButtons->addWidget(b);
    limitButtons->addStretch(1);
    auto *categoryButtons = new QHBoxLayout;
    for (QPushButton *b : {m_addCategory, m_editCategory})
        categoryButtons->addWidget(b);
    categoryButtons->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_limits);
    left->addLayout(limitButtons);
    auto *right = new QVBoxLayout;
    right->addWidget(m_categories);
    right->addLayout(categoryButtons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
    connect(&m_session, &Session::opened, this, &ComplaintSettingsBox::reload);
    connect(&m_session, &Session::closed, this, &ComplaintSettingsBox::reload);
    connect(&m_session, &Session::userChanged, this, &ComplaintSettingsBox::reload);
    retranslate();
}

void ComplaintSettingsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ComplaintSettingsBox::retranslate()
{
    setTitle(tr("Complaints"));
    m_addLimit->setText(tr("Add a c&hannel's limit…"));
    m_editLimit->setText(tr("Edit li&mit…"));
    m_removeLimit->setText(tr("Remo&ve limit"));
    m_addCategory->setText(tr("Add ca&tegory…"));
    m_editCategory->setText(tr("Edit cate&gory…"));
    m_limits->setHorizontalHeaderLabels({tr("Channel"), tr("Severity"), tr("First response within"), tr("Resolved within")});
    m_categories->setHorizontalHeaderLabels({tr("Key"), tr("English"), tr("Chinese"), tr("Offered")});
    reload();
}

void ComplaintSettingsBox::reload()
{
    m_limits->setRowCount(0);
    m_categories->setRowCount(0);
    Database *db = m_session.database();
    updateButtons();
    if (!db)
        return;
    ComplaintStore store(*db);
    if (const auto limits = store.timeLimits()) {
        m_limits->setRowCount(limits->size());
        for (int r = 0; r < limits->size(); ++r) {
            const ComplaintTimeLimit &l = (*limits)[r];
            const QStringList cells = {channelText(l.channel), complaintSeverityName(l.severity), formatSeconds(qint64(l.firstResponseMinutes) * 60),
                                       formatSeconds(qint64(l.resolutionMinutes) * 60)};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                item->setData(Qt::UserRole, c == 0 ? QVariant(l.channel) : QVariant(int(l.severity)));
                m_limits->setItem(r, c, item);
            }
        }
        fitColumns(m_limits, m_limits->columnCount() - 1);
    }
    if (const auto categories = store.categories(true)) {
        m_categories->setRowCount(categories->size());
        for (int r = 0; r < categories->size(); ++r) {
            const ComplaintCategory &k = (*categories)[r];
            const QStringList cells = {k.key, k.nameEn, k.nameZh, k.retired ? tr("no") : tr("yes")};
            for (int c = 0; c < cells.size(); ++c)
                m_categories->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
        fitColumns(m_categories, m_categories->columnCount() - 1);
    }
}

void ComplaintSettingsBox::updateButtons()
{
    // The limits and categories are a QA lead's or an administrator's to change (as the service
    // targets are); nobody chosen in a workspace without users may too.
    bool writable = m_session.database() && !m_session.isReadOnly();
    if (writable && m_session.userId() > 0) {
        const auto user = UserRepository(*m_session.database()).find(m_session.userId());
        writable = user && (user->role == UserRole::Lead || user->role == UserRole::Admin);
    }
    const int limit = m_limits->currentRow();
    const bool limitChosen = limit >= 0 && !m_limits->selectedItems().isEmpty();
    m_addLimit->setEnabled(writable);
    m_editLimit->setEnabled(writable && limitChosen);
    // Every channel's limits stay: each complaint needs one.
    m_removeLimit->setEnabled(writable && limitChosen && m_limits->item(limit, 0) && !m_limits->item(limit, 0)->data(Qt::UserRole).toString().isEmpty());
    m_addCategory->setEnabled(writable);
    m_editCategory->setEnabled(writable && m_categories->currentRow() >= 0 && !m_categories->selectedItems().isEmpty());
}

void ComplaintSettingsBox::saved(const QString &error)
{
    if (!error.isEmpty())
        plain::warning(this, tr("Complaints"), error);
    reload();
    if (error.isEmpty())
        m_session.notifyDataChanged();
}

void ComplaintSettingsBox::editLimit(bool add)
{
    Database *db = m_session.database();
    const int row = m_limits->currentRow();
    if (!db || (!add && row < 0))
        return;
    ComplaintTimeLimit limit;
    limit.firstResponseMinutes = 24 * 60;
    limit.resolutionMinutes = 48 * 60;
    if (!add) {
        limit.channel = m_limits->item(row, 0)->data(Qt::UserRole).toString();
        limit.severity = ComplaintSeverity(m_limits->item(row, 1)->data(Qt::UserRole).toInt());
        if (const auto found = ComplaintStore(*db).timeLimits()) {
            for (const ComplaintTimeLimit &l : *found) {
                if (l.channel == limit.channel && l.severity == limit.severity)
                    limit = l;
            }
        }
    }
    QDialog dialog(this);
    dialog.setWindowTitle(add ? tr("Add a channel's limit") : tr("Edit limit"));
    auto *channel = new QComboBox(&dialog);
    if (!add && limit.channel.isEmpty())
        channel->addItem(tr("Every channel"), QString());
    for (Channel c : AllChannels)
        channel->addItem(channelName(c), channelKey(c));
    channel->setCurrentIndex(std::max(0, channel->findData(limit.channel)));
    channel->setEnabled(add);
    auto *severity = new QComboBox(&dialog);
    for (ComplaintSeverity s : complaintSeverities())
        severity->addItem(complaintSeverityName(s), int(s));
    severity->setCurrentIndex(std::max(0, severity->findData(int(limit.severity))));
    severity->setEnabled(add);
    auto *response = new DurationSpinBox(&dialog);
    response->setDurationRange(60, 30 * 24 * 3600);
    response->setSingleStep(60 * 60);
    response->showValue(limit.firstResponseMinutes * 60);
    auto *resolution = new DurationSpinBox(&dialog);
    resolution->setDurationRange(60, 90 * 24 * 3600);
    resolution->setSingleStep(3600);
    resolution->showValue(limit.resolutionMinutes * 60);
    auto *form = new QFormLayout;
    form->addRow(tr("&Channel:"), channel);
    form->addRow(tr("&Severity:"), severity);
    form->addRow(tr("&First response within:"), response);
    form->addRow(tr("&Resolved within:"), resolution);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    limit.channel = channel->currentData().toString();
    limit.severity = ComplaintSeverity(severity->currentData().toInt());
    limit.firstResponseMinutes = std::max(1, response->value() / 60);
    limit.resolutionMinutes = std::max(1, resolution->value() / 60);
    const Status s = ComplaintStore(*db).setTimeLimit(limit, m_session.userId() ? std::optional<qint64>(m_session.userId()) : std::nullopt);
    saved(s ? QString() : s.error());
}

void ComplaintSettingsBox::removeLimit()
{
    Database *db = m_session.database();
    const int row = m_limits->currentRow();
    if (!db || row < 0)
        return;
    const Status s = ComplaintStore(*db).removeTimeLimit(m_limits->item(row, 0)->data(Qt::UserRole).toString(),
                                                         ComplaintSeverity(m_limits->item(row, 1)->data(Qt::UserRole).toInt()),
                                                         m_session.userId() ? std::optional<qint64>(m_session.userId()) : std::nullopt);
    saved(s ? QString() : s.error());
}

void ComplaintSettingsBox::editCategory(bool add)
{
    Database *db = m_session.database();
    const int row = m_categories->currentRow();
    if (!db || (!add && row < 0))
        return;
    ComplaintCategory category;
    if (!add) {
        const auto all = ComplaintStore(*db).categories(true);
        if (!all || row >= all->size())
            return;
        category = (*all)[row];
    } else {
        category.position = m_categories->rowCount() + 1;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(add ? tr("Add category") : tr("Edit category"));
    auto *key = new QLineEdit(category.key, &dialog);
    key->setEnabled(add);
    key->setPlaceholderText(tr("A short key for files, e.g. parking"));
    key->setMinimumWidth(key->fontMetrics().horizontalAdvance(key->placeholderText()) + 24); // the hint read whole
    auto *english = new QLineEdit(category.nameEn, &dialog);
    auto *chinese = new QLineEdit(category.nameZh, &dialog);
    auto *offered = new QCheckBox(tr("Offered for new complaints"), &dialog);
    offered->setChecked(!category.retired);
    auto *form = new QFormLayout;
    form->addRow(tr("&Key:"), key);
    form->addRow(tr("&English name:"), english);
    form->addRow(tr("&Chinese name:"), chinese);
    form->addRow(nullptr, offered);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    category.key = key->text().trimmed();
    category.nameEn = english->text().trimmed();
    category.nameZh = chinese->text().trimmed();
    category.retired = !offered->isChecked();
    const Status s = ComplaintStore(*db).saveCategory(category, m_session.userId() ? std::optional<qint64>(m_session.userId()) : std::nullopt);
    saved(s ? QString() : s.error());
}

} // namespace servqa
