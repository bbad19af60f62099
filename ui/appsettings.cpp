#include "appsettings.h"

#include "translations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace servqa {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString RecentKey = QStringLiteral("workspaces/recent");
const QString GeometryKey = QStringLiteral("ui/windowGeometry");
// Per workspace: who works in it on this computer. Keyed by a hash of the path (paths hold
// characters QSettings treats as separators).
const QString UserKey = QStringLiteral("workspaceUsers/%1");
const QString RecordingsKey = QStringLiteral("recordingsFolders/%1");
const QString FormatKey = QStringLiteral("settingsFormat");
constexpr int CurrentFormat = 1;
} // namespace

AppSettings::AppSettings()
{
    migrate();
}

void AppSettings::migrate()
{
    const int format = m_settings.value(FormatKey, 0).toInt();
    if (format >= CurrentFormat)
        return;
    // Format 0 (pre-release builds) kept the language under "language".
    if (m_settings.contains(QStringLiteral("language"))) {
        m_settings.setValue(LanguageKey, m_settings.value(QStringLiteral("language")));
        m_settings.remove(QStringLiteral("language"));
    }
    m_settings.setValue(FormatKey, CurrentFormat);
}

QString AppSettings::language() const
{
    const QString lang = m_settings.value(LanguageKey).toString();
    return lang == QLatin1String("zh_CN") || lang == QLatin1String("en") ? lang : defaultLanguage();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(LanguageKey, language);
}

QStringList AppSettings::recentWorkspaces() const
{
    return m_settings.value(RecentKey).toStringList();
}

void AppSettings::addRecentWorkspace(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentWorkspaces();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    m_settings.setValue(RecentKey, recent);
}

void AppSettings::removeRecentWorkspace(const QString &path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(RecentKey, recent);
}

QStringList AppSettings::recentServers() const
{
    return m_settings.value(QStringLiteral("recentServers")).toStringList();
}

void AppSettings::addRecentServer(const QString &address)
{
    QStringList recent = recentServers();
    recent.removeAll(address);
    recent.prepend(address);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    m_settings.setValue(QStringLiteral("recentServers"), recent);
}

int AppSettings::backupsKept() const
{
    return qBound(0, m_settings.value(QStringLiteral("backups/kept"), 3).toInt(), 30);
}

void AppSettings::setBackupsKept(int count)
{
    m_settings.setValue(QStringLiteral("backups/kept"), qBound(0, count, 30));
}

bool AppSettings::reportsAsPdfA() const
{
    return m_settings.value(QStringLiteral("reports/pdfA"), false).toBool();
}

void AppSettings::setReportsAsPdfA(bool on)
{
    m_settings.setValue(QStringLiteral("reports/pdfA"), on);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(GeometryKey, geometry);
}

namespace {
QString columnsKey(const QString &list, const QString &language)
{
    return QStringLiteral("ui/columns/%1/%2").arg(list, language);
}
} // namespace

QList<int> AppSettings::columnWidths(const QString &list, const QString &language) const
{
    QList<int> widths;
    const QStringList stored = m_settings.value(columnsKey(list, language)).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &w : stored) {
        bool ok = false;
        const int width = w.toInt(&ok);
        if (!ok || width < 0 || width > 10000)
            return {}; // not ours: the list is fitted again
        widths << width;
    }
    return widths;
}

void AppSettings::setColumnWidths(const QString &list, const QString &language, const QList<int> &widths)
{
    QStringList stored;
    for (int w : widths)
        stored << QString::number(w);
    m_settings.setValue(columnsKey(list, language), stored.join(QLatin1Char(',')));
}

namespace {
// qHash is seeded per process; the key must be the same in every run.
QString workspaceKey(const QString &workspacePath, const QString &key = UserKey)
{
    return key.arg(QString::fromLatin1(
        QCryptographicHash::hash(workspacePath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16)));
}
} // namespace

QString AppSettings::recordingsFolder(const QString &workspacePath, bool onServer) const
{
    const QString chosen = m_settings.value(workspaceKey(workspacePath, RecordingsKey)).toString();
    if (!chosen.isEmpty() || onServer)
        return chosen;
    return QFileInfo(workspacePath).absolutePath();
}

bool AppSettings::hasChosenRecordingsFolder(const QString &workspacePath) const
{
    return !m_settings.value(workspaceKey(workspacePath, RecordingsKey)).toString().isEmpty();
}

void AppSettings::setRecordingsFolder(const QString &workspacePath, const QString &folder)
{
    if (folder.isEmpty())
        m_settings.remove(workspaceKey(workspacePath, RecordingsKey));
    else
        m_settings.setValue(workspaceKey(workspacePath, RecordingsKey), folder);
}

QString AppSettings::recordingFile(const QString &workspacePath, bool onServer, const QString &recording) const
{
    if (QDir::isAbsolutePath(recording))
        return recording;
    const QString folder = recordingsFolder(workspacePath, onServer);
    return folder.isEmpty() ? QString() : QDir(folder).filePath(recording);
}

QString AppSettings::workspaceUser(const QString &workspacePath) const
{
    return m_settings.value(workspaceKey(workspacePath)).toString();
}

void AppSettings::setWorkspaceUser(const QString &workspacePath, const QString &login)
{
    m_settings.setValue(workspaceKey(workspacePath), login);
}

QString AppSettings::demoWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("demo.servqa"));
}

} // namespace servqa
