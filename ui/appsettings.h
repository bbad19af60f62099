#pragma once

#include <QByteArray>
#include <QList>
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

    // The widths of a list's columns as the user last left them, in one interface language (a
    // column's header is wider in one than in the other); empty until kept.
    QList<int> columnWidths(const QString &list, const QString &language) const;
    void setColumnWidths(const QString &list, const QString &language, const QList<int> &widths);

    // The login of the user who works in a workspace on this computer, or empty.
    QString workspaceUser(const QString &workspacePath) const;
    void setWorkspaceUser(const QString &workspacePath, const QString &login);

    // Where a workspace's recordings with a relative path are on this computer (Settings ▸
    // Workspace): a chosen folder, else a file workspace's own folder, so the two move together.
    // A server has no folder of its own: empty until one is chosen (e.g. a shared drive).
    QString recordingsFolder(const QString &workspacePath, bool onServer) const;
    bool hasChosenRecordingsFolder(const QString &workspacePath) const;
    void setRecordingsFolder(const QString &workspacePath, const QString &folder); // empty: the default
    // The file a stored recording path names: an absolute path as it is, a relative one in the
    // recordings folder; empty when there is no folder to look in.
    QString recordingFile(const QString &workspacePath, bool onServer, const QString &recording) const;

    static constexpr int MaxRecent = 8;

    // Where `servqa --demo` keeps its workspace.
    static QString demoWorkspacePath();

private:
    // Renames keys written by earlier versions; runs on every construction (cheap).
    void migrate();

    QSettings m_settings;
};

} // namespace servqa
