#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace servqa {

// The one place that knows ServQA's settings keys and defaults. Tests run with
// QStandardPaths::setTestModeEnabled(true) so they never touch a user's settings.
class AppSettings
{
public:
    AppSettings();

    QString language() const; // "en" or "zh_CN"; the system's language until chosen
    void setLanguage(const QString &language);

    QStringList recentWorkspaces() const; // newest first, at most MaxRecent
    void addRecentWorkspace(const QString &path);
    void removeRecentWorkspace(const QString &path);
    // Servers connected to (File ▸ Connect to Server…), newest first, as addresses without a password.
    QStringList recentServers() const;
    void addRecentServer(const QString &address);

    // Reports written from the app as PDF/A-1b, for archiving (default: plain PDF).
    bool reportsAsPdfA() const;
    void setReportsAsPdfA(bool on);

    // How many daily backups of each workspace are kept (core/backups.h); 0 turns them off.
    int backupsKept() const;
    void setBackupsKept(int count);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    // The login of the user who works in a workspace on this computer, or empty.
    QString workspaceUser(const QString &workspacePath) const;
    void setWorkspaceUser(const QString &workspacePath, const QString &login);

    static constexpr int MaxRecent = 8;

    // Where `servqa --demo` keeps its workspace.
    static QString demoWorkspacePath();

private:
    // Renames keys written by earlier versions; runs on every construction (cheap).
    void migrate();

    QSettings m_settings;
};

} // namespace servqa
