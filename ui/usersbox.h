#pragma once

#include <QGroupBox>

class QPushButton;
class QTableWidget;

namespace servqa {

class Session;
struct ServerAccount;

// Settings ▸ Users, on a team's server: every account with its roles, sites and whether it may
// sign in. An administrator adds accounts, resets passwords, sets roles and sites, and disables
// or enables them — the same as `servqa-cli server user`; the server refuses anyone else.
// Hidden for a workspace file, whose users are chosen with File ▸ Work As.
class UsersBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit UsersBox(Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void reload();
    // Add (no login) or edit the selected account in a dialog; saved when the dialog is accepted.
    void edit(bool add);
    void toggleEnabled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    bool signedInAsAdmin() const;
    QString selectedLogin() const;

    Session &m_session;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_toggle;
};

} // namespace servqa
