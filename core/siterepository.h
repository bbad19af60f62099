#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

class QSqlQuery;

namespace servqa {

class Database;

enum class SiteKind { Store, Team };
QString siteKindKey(SiteKind kind);
std::optional<SiteKind> siteKindFromKey(const QString &key);

// A store or a contact-centre team, with its region and optional parent.
struct Site
{
    qint64 id = 0;
    QString code;
    QString name;
    SiteKind kind = SiteKind::Store;
    QString region;
    std::optional<qint64> parentId;
};

class SiteRepository
{
public:
    explicit SiteRepository(Database &db);
    ~SiteRepository();

    // Inserts, or updates the site with the same code; returns its id.
    Result<qint64> upsert(const Site &site);
    Status setParent(qint64 siteId, std::optional<qint64> parentId);
    Result<std::optional<Site>> findByCode(const QString &code);
    Result<QVector<Site>> all();
    Result<QStringList> regions();

private:
    Database &m_db;
    std::unique_ptr<QSqlQuery> m_upsert;
};

} // namespace servqa
