#include "siterepository.h"

#include "database.h"
#include "rollups.h"

#include <QSqlQuery>
#include <QVariant>

namespace servqa {

QString siteKindKey(SiteKind kind)
{
    return kind == SiteKind::Store ? QStringLiteral("store") : QStringLiteral("team");
}

std::optional<SiteKind> siteKindFromKey(const QString &key)
{
    if (key == QLatin1String("store"))
        return SiteKind::Store;
    if (key == QLatin1String("team"))
        return SiteKind::Team;
    return std::nullopt;
}

namespace {

Site siteFromRow(const QSqlQuery &q)
{
    Site s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.name = q.value(2).toString();
    s.kind = siteKindFromKey(q.value(3).toString()).value_or(SiteKind::Store);
    s.region = q.value(4).toString();
    if (!q.value(5).isNull())
        s.parentId = q.value(5).toLongLong();
    return s;
}

const QString SiteColumns = QStringLiteral("id, code, name, kind, region, parent_id");

} // namespace

SiteRepository::SiteRepository(Database &db) : m_db(db) {}
SiteRepository::~SiteRepository() = default;

Result<qint64> SiteRepository::upsert(const Site &site)
{
    if (!m_upsert) {
        m_upsert = std::make_unique<QSqlQuery>(m_db.connection());
        m_upsert->prepare(QStringLiteral(
            "INSERT INTO sites (code, name, kind, region, parent_id) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
            "region = excluded.region, parent_id = excluded.parent_id RETURNING id"));
    }
    QSqlQuery &q = *m_upsert;
    q.addBindValue(site.code);
    q.addBindValue(site.name);
    q.addBindValue(siteKindKey(site.kind));
    q.addBindValue(notNull(site.region));
    q.addBindValue(site.parentId ? QVariant(*site.parentId) : QVariant(QMetaType(QMetaType::LongLong)));
    const auto id = execReturningId(q, m_db);
    if (!id)
        return id;
    // A new site, or one in another region, may have other time limits for its contacts.
    if (const Status s = rollups::refreshContactLimits(m_db); !s)
        return Error{s.error()};
    return id;
}

Status SiteRepository::setParent(qint64 siteId, std::optional<qint64> parentId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sites SET parent_id = ? WHERE id = ?"));
    q.addBindValue(parentId ? QVariant(*parentId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(siteId);
    return execQuery(q, m_db);
}

Result<std::optional<Site>> SiteRepository::findByCode(const QString &code)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + SiteColumns + QStringLiteral(" FROM sites WHERE code = ?"));
    q.addBindValue(code);
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    if (!q.next())
        return std::optional<Site>();
    return std::optional<Site>(siteFromRow(q));
}

Result<QVector<Site>> SiteRepository::all()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + SiteColumns
              + QStringLiteral(" FROM sites ORDER BY region, code"));
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QVector<Site> sites;
    while (q.next())
        sites.push_back(siteFromRow(q));
    return sites;
}

Result<QStringList> SiteRepository::regions()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT region FROM sites WHERE region <> '' ORDER BY region"));
    if (const Status s = execQuery(q, m_db); !s)
        return Error{s.error()};
    QStringList regions;
    while (q.next())
        regions << q.value(0).toString();
    return regions;
}

} // namespace servqa
