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

signals:
    void opened();
    void closed();
    void dataChanged();

private:
    std::unique_ptr<Database> m_db;
};

} // namespace servqa
