#pragma once

#include "database.h"

#include <QObject>

#include <memory>

namespace servqa {

// The open workspace, shared by every page of the main window (passed in, never fetched
// globally). Owns the GUI thread's connection; background jobs open their own.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    bool isOpen() const { return m_db != nullptr; }
    Database *database() const { return m_db.get(); }
    QString path() const { return m_db ? m_db->path() : QString(); }

    // Opens (or creates) a workspace, closing the current one; the error names the file.
    Status open(const QString &path, Database::OpenMode mode);
    void close();

    // Something wrote to the workspace (an import, a new form version): pages reload.
    void notifyDataChanged() { emit dataChanged(); }

    // Who is working: the user remembered for this workspace, else the one whose login is
    // the computer's user name, else the first inspector. 0 when the workspace has no users.
    qint64 userId() const { return m_userId; }
    void setUserId(qint64 id);

signals:
    void opened();
    void closed();
    void dataChanged();
    void userChanged();

private:
    void chooseUser();

    std::unique_ptr<Database> m_db;
    qint64 m_userId = 0;
};

} // namespace servqa
