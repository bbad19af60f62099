#include "session.h"

#include "appsettings.h"
#include "integrity.h"
#include "keptdrafts.h"
#include "serveraccounts.h"
#include "userrepository.h"

#include <QSqlDriver>
#include <QTimer>

namespace servqa {

Session::Session(QObject *parent) : QObject(parent) {}
Session::~Session()
{
    if (m_db && !m_db->isReadOnly() && !m_db->isServer()) {
        const QString path = m_db->path();
        m_db.reset();
        integrity::rememberWhole(path);
    }
}

Status Session::open(const QString &path, Database::OpenMode mode, Database::Access access)
{
    auto db = Database::open(path, mode, access);
    if (!db)
        return Error{db.error()};
    if ((*db)->isServer()) {
        // The app works as an account of the server's; its owner is not one.
        if (const auto user = sessionUser(**db); !user)
            return Error{user.error()};
    }
    close();
    if (access == Database::Access::ReadOnly)
        Database::keepReadOnly(path, true);
    m_db = std::move(*db);
    chooseUser();
    if (m_db->isServer())
        listenToServer();
    emit opened();
    if (m_db->isServer())
        saveKeptDrafts(); // what a crash or a quit left while the server was away
    return success();
}

void Session::close()
{
    if (!m_db)
        return;
    const QString path = m_db->path();
    const bool wrote = !m_db->isReadOnly() && !m_db->isServer();
    m_db.reset();
    if (!wrote)
        Database::keepReadOnly(path, false);
    m_userId = 0;
    m_lost = false;
    m_listening = nullptr;
    if (m_watch)
        m_watch->stop();
    emit closed();
    // Closed cleanly: the file as ServQA leaves it is known whole, so the next open need not
    // read it all again (core/integrity.h). A read-only (damaged) one is not.
    if (wrote)
        integrity::rememberWhole(path);
}

void Session::listenToServer()
{
    // What another desk writes shows here at once: the server announces each table written when
    // the writer's transaction commits (core/server/security.sql); a burst reads again once.
    QSqlDriver *driver = m_db->connection().driver();
    if (!driver->subscribeToNotification(QStringLiteral("servqa_changed")))
        return;
    if (!m_watch) {
        // A lost server is noticed within seconds and the connection opened again when it is back;
        // meanwhile the window says so, and what the pages hold stays.
        m_watch = new QTimer(this);
        m_watch->setInterval(5000);
        connect(m_watch, &QTimer::timeout, this, [this] {
            if (m_db && m_db->isServer())
                reconnect();
        });
    }
    m_watch->start();
    if (m_listening == driver)
        return; // a connection opened again keeps its driver and the handler
    m_listening = driver;
    if (!m_announced) {
        m_announced = new QTimer(this);
        m_announced->setSingleShot(true);
        m_announced->setInterval(150);
        connect(m_announced, &QTimer::timeout, this, [this] {
            if (m_db)
                emit dataChanged();
        });
    }
    connect(driver, &QSqlDriver::notification, this, [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
        if (source == QSqlDriver::OtherSource)
            m_announced->start();
    });
}

bool Session::reconnect()
{
    if (!m_db || !m_db->isServer())
        return m_db != nullptr;
    if (m_db->answers()) {
        if (m_lost) {
            m_lost = false;
            emit connectionChanged(true);
        }
        return true;
    }
    const bool back = m_db->reconnect() && m_db->answers();
    if (back)
        listenToServer();
    if (back != !m_lost) {
        m_lost = !back;
        emit connectionChanged(back);
        if (back) {
            saveKeptDrafts();
            emit dataChanged(); // what others wrote meanwhile was never announced here
        }
    }
    return back;
}

void Session::saveKeptDrafts()
{
    KeptDrafts kept(m_db->path());
    if (kept.isEmpty() || m_userId == 0)
        return;
    const KeptDraftsSaved result = kept.saveAll(*m_db, m_userId);
    if (result.saved > 0 || !result.problems.isEmpty())
        emit keptDraftsSaved(result.saved, result.problems);
}

void Session::chooseUser()
{
    m_userId = 0;
    if (m_db->isServer()) {
        // On a server the user is whoever signed in: the server's session_user, not a choice.
        if (const auto user = sessionUser(*m_db))
            m_userId = user->id;
        return;
    }
    const auto users = UserRepository(*m_db).all();
    if (!users || users->isEmpty())
        return;
    const QString remembered = AppSettings().workspaceUser(m_db->path());
    const QString systemUser = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    for (const QString &login : {remembered, systemUser}) {
        for (const User &u : *users) {
            if (!login.isEmpty() && u.login == login) {
                m_userId = u.id;
                return;
            }
        }
    }
    m_userId = users->first().id;
    for (const User &u : *users) {
        if (u.role == UserRole::Inspector) {
            m_userId = u.id;
            return;
        }
    }
}

void Session::setUserId(qint64 id)
{
    if (!m_db || m_db->isServer())
        return;
    // Remembered even when it is the one guessed: the choice was made, and is not asked again.
    if (const auto user = UserRepository(*m_db).find(id))
        AppSettings().setWorkspaceUser(m_db->path(), user->login);
    if (id == m_userId)
        return;
    m_userId = id;
    emit userChanged();
}

bool Session::userChosen() const
{
    return m_db && (m_db->isServer() || !AppSettings().workspaceUser(m_db->path()).isEmpty());
}

QString Session::userName() const
{
    if (m_db && m_userId != 0) {
        if (const auto user = UserRepository(*m_db).find(m_userId))
            return user->name;
    }
    return qEnvironmentVariable("USER");
}

} // namespace servqa
