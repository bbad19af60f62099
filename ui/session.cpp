#include "session.h"

namespace servqa {

Session::Session(QObject *parent) : QObject(parent) {}
Session::~Session() = default;

Status Session::open(const QString &path, Database::OpenMode mode)
{
    auto db = Database::openSqlite(path, mode);
    if (!db)
        return Error{db.error()};
    close();
    m_db = std::move(*db);
    emit opened();
    return success();
}

void Session::close()
{
    if (!m_db)
        return;
    m_db.reset();
    emit closed();
}

} // namespace servqa
