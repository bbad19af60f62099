#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace servqa {

// File ▸ Connect to Server…: a team's workspace on a PostgreSQL server (docs/team-mode.md). The
// user signs in as their own account; the server checks the password and decides what they may
// do. Recent servers are remembered without their password.
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerDialog(QWidget *parent = nullptr);

    // postgresql://USER@HOST:PORT/DATABASE[?sslmode=verify-full&sslrootcert=CA], without the password.
    QString address() const;
    QString password() const;

private:
    void fillFrom(const QString &address);
    void updateOk();

    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_tls;
    QLineEdit *m_ca;
    QPushButton *m_ok = nullptr;
};

} // namespace servqa
