#pragma once

#include "result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace servqa {

// File ▸ Connect to Server…: a team's workspace on a PostgreSQL server (docs/team-mode.md). The
// user signs in as their own account; the server checks the password and decides what they may
// do. Recent servers are remembered without their password; the password is kept only in the
// system keychain, and only when the user ticks "Remember" (ui/keychain.h).
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerDialog(QWidget *parent = nullptr);

    // postgresql://USER@HOST:PORT/DATABASE[?sslmode=verify-full&sslrootcert=CA], without the password.
    QString address() const;
    QString password() const;

    // Once connected: keeps the password in the keychain when "Remember" is ticked, and forgets the
    // one kept for this address when it is not. `done` hears the keychain's answer.
    void keepOrForgetPassword(QObject *context, std::function<void(Status)> done) const;

private:
    void fillFrom(const QString &address);
    void updateOk();

    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QString m_keptFor; // the address whose kept password fills the field
    QCheckBox *m_tls;
    QLineEdit *m_ca;
    QPushButton *m_ok = nullptr;
};

} // namespace servqa
