#include "usersbox.h"

#include "formatting.h"
#include "listtables.h"
#include "plaintext.h"
#include "serveraccounts.h"
#include "session.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace servqa {

namespace {

// The order roles are offered in, and the one shown first (the app's checks read it): the most a
// person may do comes first.
const QVector<UserRole> RoleOrder{UserRole::Admin, UserRole::Lead, UserRole::Manager, UserRole::Inspector, UserRole::Shopper};

QString rolesText(const QVector<UserRole> &roles)
{
    QStringList names;
    for (UserRole role : roles)
        names << userRoleName(role);
    return names.join(UsersBox::tr(", "));
}

// One account's name, roles, sites and password.
class AccountDialog : public QDialog
{
public:
    AccountDialog(Database &db, const ServerAccount &account, bool add, QWidget *parent) : QDialog(parent), m_account(account), m_add(add)
    {
        setWindowTitle(add ? UsersBox::tr("Add User") : UsersBox::tr("Edit User %1").arg(account.login));
        auto *form = new QFormLayout;
        m_login = new QLineEdit(account.login, this);
        m_login->setReadOnly(!add);
        m_login->setPlaceholderText(UsersBox::tr("e.g. wang.yan (lower-case letters, digits, . _ -)"));
        form->addRow(UsersBox::tr("Login:"), m_login);
        m_name = new QLineEdit(account.name, this);
        form->addRow(UsersBox::tr("Name:"), m_name);
        auto *roles = new QVBoxLayout;
        for (UserRole role : RoleOrder) {
            auto *box = new QCheckBox(QStringLiteral("%1 — %2").arg(userRoleName(role), userRoleDuties(role)), this);
            box->setChecked(account.roles.contains(role));
            roles->addWidget(box);
            m_roles << box;
        }
        form->addRow(UsersBox::tr("Roles:"), roles);
        m_sites = new QListWidget(this);
        m_sites->setMinimumHeight(120);
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT code, name FROM sites ORDER BY code"))) {
            while (q.next()) {
                auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(q.value(0).toString(), q.value(1).toString()), m_sites);
                item->setData(Qt::UserRole, q.value(0).toString());
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(account.siteCodes.contains(q.value(0).toString()) ? Qt::Checked : Qt::Unchecked);
            }
        }
        form->addRow(UsersBox::tr("Sites (a manager's stores and teams):"), m_sites);
        // A regional manager: every site of the region, one opened there later included.
        m_regions = new QListWidget(this);
        m_regions->setMinimumHeight(80);
        QSqlQuery regions(db.connection());
        if (regions.exec(QStringLiteral("SELECT DISTINCT region FROM sites WHERE region <> '' ORDER BY region"))) {
            while (regions.next()) {
                auto *item = new QListWidgetItem(regions.value(0).toString(), m_regions);
                item->setData(Qt::UserRole, regions.value(0).toString());
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(account.regions.contains(regions.value(0).toString()) ? Qt::Checked : Qt::Unchecked);
            }
        }
        form->addRow(UsersBox::tr("Regions (every site in them):"), m_regions);
        m_password = new QLineEdit(this);
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(add ? QString() : UsersBox::tr("leave empty to keep the password"));
        form->addRow(add ? UsersBox::tr("Password:") : UsersBox::tr("New password:"), m_password);
        m_repeat = new QLineEdit(this);
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(UsersBox::tr("Repeat it:"), m_repeat);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(buttons);
    }

    ServerAccount account() const
    {
        ServerAccount a = m_account;
        a.login = m_login->text().trimmed();
        a.name = m_name->text().trimmed();
        a.roles.clear();
        for (int i = 0; i < RoleOrder.size(); ++i) {
            if (m_roles.at(i)->isChecked())
                a.roles << RoleOrder.at(i);
        }
        a.siteCodes.clear();
        for (int i = 0; i < m_sites->count(); ++i) {
            if (m_sites->item(i)->checkState() == Qt::Checked)
                a.siteCodes << m_sites->item(i)->data(Qt::UserRole).toString();
        }
        a.regions.clear();
        for (int i = 0; i < m_regions->count(); ++i) {
            if (m_regions->item(i)->checkState() == Qt::Checked)
                a.regions << m_regions->item(i)->data(Qt::UserRole).toString();
        }
        return a;
    }
    std::optional<QString> password() const
    {
        return m_password->text().isEmpty() ? std::nullopt : std::optional<QString>(m_password->text());
    }

    void accept() override
    {
        QString problem = serverLoginProblem(m_login->text().trimmed());
        if (problem.isEmpty() && m_name->text().trimmed().isEmpty())
            problem = UsersBox::tr("Give the person's name.");
        if (problem.isEmpty() && account().roles.isEmpty())
            problem = UsersBox::tr("Choose at least one role.");
        if (problem.isEmpty() && m_add && m_password->text().isEmpty())
            problem = UsersBox::tr("Give a password: the new user signs in with it.");
        if (problem.isEmpty() && m_password->text() != m_repeat->text())
            problem = UsersBox::tr("The two passwords differ.");
        if (!problem.isEmpty()) {
            plain::warning(this, windowTitle(), problem);
            return;
        }
        QDialog::accept();
    }

private:
    ServerAccount m_account;
    bool m_add;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QVector<QCheckBox *> m_roles;
    QListWidget *m_sites;
    QListWidget *m_regions;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
};

} // namespace

UsersBox::UsersBox(Session &session, QWidget *parent) : QGroupBox(parent), m_session(session)
{
    m_table = makeListTable(this, 5);
    m_table->setMinimumHeight(180);
    m_add = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_toggle = new QPushButton(this);
    connect(m_add, &QPushButton::clicked, this, [this] { edit(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(false); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_edit->isEnabled())
            edit(false);
    });
    connect(m_toggle, &QPushButton::clicked, this, &UsersBox::toggleEnabled);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersBox::updateButtons);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_toggle})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(&m_session, &Session::opened, this, &UsersBox::reload);
    connect(&m_session, &Session::closed, this, &UsersBox::reload);
    connect(&m_session, &Session::dataChanged, this, &UsersBox::reload);
    retranslate();
    reload();
}

void UsersBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QGroupBox::changeEvent(event);
}

void UsersBox::retranslate()
{
    setTitle(tr("Users on this server"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Roles"), tr("Sites and regions"), tr("Status")});
    m_add->setText(tr("Add…"));
    m_edit->setText(tr("Edit…"));
    updateButtons();
}

bool UsersBox::signedInAsAdmin() const
{
    Database *db = m_session.database();
    if (!db || !db->isServer())
        return false;
    const auto me = sessionUser(*db);
    if (!me)
        return false;
    const auto account = serverAccount(*db, me->login);
    return account && account->roles.contains(UserRole::Admin);
}

QString UsersBox::selectedLogin() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->text();
}

void UsersBox::reload()
{
    Database *db = m_session.database();
    setVisible(db && db->isServer());
    const QString selected = selectedLogin();
    m_table->setRowCount(0);
    if (!db || !db->isServer())
        return;
    const auto accounts = serverAccounts(*db);
    if (!accounts)
        return;
    m_table->setRowCount(accounts->size());
    for (int r = 0; r < accounts->size(); ++r) {
        const ServerAccount &a = accounts->at(r);
        const QString status = !a.hasLogin ? tr("No login (not yet an account)") : a.active ? tr("Active") : tr("Disabled");
        const QStringList cells{a.login, a.name, rolesText(a.roles), formatList(a.siteCodes + a.regions), status};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            item->setData(Qt::UserRole, a.active && a.hasLogin);
            m_table->setItem(r, c, item);
        }
        if (a.login == selected)
            m_table->selectRow(r);
    }
    fitColumns(m_table, m_table->columnCount() - 1);
    updateButtons();
}

void UsersBox::updateButtons()
{
    const bool admin = signedInAsAdmin();
    const bool selected = !selectedLogin().isEmpty();
    const QString onlyAdmins = admin ? QString() : tr("Only an administrator manages accounts; the server refuses anyone else.");
    for (QPushButton *b : {m_add, m_edit, m_toggle})
        b->setToolTip(onlyAdmins);
    m_add->setEnabled(admin);
    m_edit->setEnabled(admin && selected);
    const auto rows = m_table->selectionModel()->selectedRows();
    const bool active = !rows.isEmpty() && m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toBool();
    m_toggle->setText(selected && !active ? tr("Enable") : tr("Disable"));
    m_toggle->setEnabled(admin && selected);
}

void UsersBox::edit(bool add)
{
    Database *db = m_session.database();
    if (!db)
        return;
    ServerAccount account;
    if (!add) {
        const auto found = serverAccount(*db, selectedLogin());
        if (!found)
            return;
        account = *found;
    }
    AccountDialog dialog(*db, account, add || !account.hasLogin, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ServerAccount changed = dialog.account();
    if (add || !account.hasLogin)
        changed.active = true;
    if (const Status s = saveServerAccount(*db, changed, dialog.password()); !s) {
        plain::warning(this, title(), s.error());
        return;
    }
    reload();
}

void UsersBox::toggleEnabled()
{
    Database *db = m_session.database();
    if (!db)
        return;
    auto account = serverAccount(*db, selectedLogin());
    if (!account || !account->hasLogin)
        return;
    if (account->active
        && plain::question(this, title(), tr("Disable %1 (%2)? They can no longer sign in; their work keeps their name.").arg(account->name, account->login))
               != QMessageBox::Yes)
        return;
    account->active = !account->active;
    if (const Status s = saveServerAccount(*db, *account, std::nullopt); !s) {
        plain::warning(this, title(), s.error());
        return;
    }
    reload();
}

} // namespace servqa
