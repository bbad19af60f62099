#include "serverdialog.h"

#include "appsettings.h"
#include "keychain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>

namespace servqa {

ServerDialog::ServerDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to Server"));
    auto *form = new QFormLayout;
    m_recent = new QComboBox(this);
    m_recent->addItem(tr("(a new server)"));
    for (const QString &address : AppSettings().recentServers())
        m_recent->addItem(QUrl(address).toDisplayString(QUrl::RemoveQuery), address);
    form->addRow(tr("Recent:"), m_recent);
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("e.g. qa.example.com"));
    form->addRow(tr("Host:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    form->addRow(tr("Port:"), m_port);
    m_database = new QLineEdit(this);
    m_database->setPlaceholderText(tr("e.g. servqa"));
    form->addRow(tr("Database:"), m_database);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    form->addRow(tr("User:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password:"), m_password);
    m_remember = new QCheckBox(tr("Remember the password in this computer's keychain"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    form->addRow(QString(), m_remember);
    m_tls = new QCheckBox(tr("Encrypted connection, checking the server's certificate (TLS, verify-full)"), this);
    form->addRow(QString(), m_tls);
    m_ca = new QLineEdit(this);
    m_ca->setPlaceholderText(tr("the system's certificate authorities"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate Authority"), QString(), tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_ca->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);
    form->addRow(tr("CA certificate:"), caRow);
    auto *note = new QLabel(tr("The server checks your password and decides what your role may see and change. "
                               "ServQA's own settings never hold the password."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(m_recent, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0)
            fillFrom(m_recent->itemData(index).toString());
    });
    for (QLineEdit *edit : {m_host, m_database, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ServerDialog::updateOk);
    connect(m_tls, &QCheckBox::toggled, this, [this, browse](bool on) {
        m_ca->setEnabled(on);
        browse->setEnabled(on);
    });
    m_ca->setEnabled(false);
    browse->setEnabled(false);
    if (m_recent->count() > 1)
        m_recent->setCurrentIndex(1);
    updateOk();
    resize(qMax(width(), 520), height());
}

void ServerDialog::fillFrom(const QString &address)
{
    const QUrl url(address);
    const QUrlQuery query(url);
    m_host->setText(query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded) : url.host());
    const int port = query.hasQueryItem(QStringLiteral("port")) ? query.queryItemValue(QStringLiteral("port")).toInt() : url.port(5432);
    m_port->setValue(port);
    m_database->setText(url.path().mid(1));
    m_user->setText(url.userName());
    m_tls->setChecked(query.queryItemValue(QStringLiteral("sslmode")) == QLatin1String("verify-full"));
    m_ca->setText(query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded));
    m_password->clear();
    m_password->setFocus();
    m_remember->setChecked(false);
    m_keptFor.clear();
    keychain::readPassword(address, this, [this, address](const Result<QString> &kept) {
        if (!kept) {
            m_remember->setToolTip(kept.error());
            return;
        }
        if (kept->isEmpty() || this->address() != address || !m_password->text().isEmpty())
            return; // none kept, or the user has gone on meanwhile
        m_password->setText(*kept);
        m_remember->setChecked(true);
        m_keptFor = address;
    });
}

void ServerDialog::keepOrForgetPassword(QObject *context, std::function<void(Status)> done) const
{
    if (m_remember->isChecked())
        keychain::keepPassword(address(), password(), context, std::move(done));
    else if (m_keptFor == address())
        keychain::forgetPassword(address(), context, std::move(done));
    else
        done(success());
}

void ServerDialog::updateOk()
{
    m_ok->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty()
                     && !m_password->text().isEmpty());
}

QString ServerDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    QUrlQuery query;
    const QString host = m_host->text().trimmed();
    if (host.startsWith(QLatin1Char('/'))) {
        // A local server's socket folder, as libpq reads it.
        url.setHost(QString());
        query.addQueryItem(QStringLiteral("host"), host);
        query.addQueryItem(QStringLiteral("port"), QString::number(m_port->value()));
    } else {
        url.setHost(host);
        url.setPort(m_port->value());
    }
    if (m_tls->isChecked()) {
        query.addQueryItem(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
        if (!m_ca->text().trimmed().isEmpty())
            query.addQueryItem(QStringLiteral("sslrootcert"), m_ca->text().trimmed());
    }
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString();
}

QString ServerDialog::password() const
{
    return m_password->text();
}

} // namespace servqa
