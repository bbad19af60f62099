#include "migrations.h"

#include "database.h"
#include "localdays.h"
#include "rollups.h"
#include "standards.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>

namespace servqa {

const QVector<Migration> &migrations()
{
    static const QVector<Migration> all = [] {
        QVector<Migration> list;
        const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
        const QStringList files = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files);
        for (const QString &file : files) {
            const auto match = pattern.match(file);
            if (!match.hasMatch())
                continue;
            QFile f(QStringLiteral(":/migrations/") + file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            list.push_back({match.captured(1).toInt(), match.captured(2),
                            QString::fromUtf8(f.readAll()), {}});
        }
        std::sort(list.begin(), list.end(),
                  [](const Migration &a, const Migration &b) { return a.version < b.version; });
        // The register's rollups, up to date before any reader sees them. They are summed by day;
        // schema 17 gave the days their time zone, 18 and 19 gap 3's and the agents' sums their
        // weeks and months, 29 added the indicators' sums, 41 the screening's: the steps before leave them stale (a
        // reader reads the rows meanwhile) for the last step to sum, with the code of today. Each part does nothing
        // when there is nothing to do, so the last step of a later schema may run it again.
        if (!list.isEmpty()) {
            list.last().after = [](Database &db) {
                if (const Status s = rollups::fillCalendar(db); !s)
                    return s;
                // A workspace before schema 17 counted its days at one offset from UTC: it takes
                // the machine's zone, and its rollups are summed again if days move.
                QSqlQuery zone(db.connection());
                zone.prepare(QStringLiteral("SELECT value FROM servqa_meta WHERE key = 'day_zone'"));
                if (const Status s = execQuery(zone, db); !s)
                    return s;
                if (!zone.next() || zone.value(0).toString().isEmpty()) {
                    if (const Status s = setDayZone(db, QTimeZone::systemTimeZone()); !s)
                        return s;
                }
                if (const Status s = rollups::sumClusterSpans(db); !s)
                    return s;
                if (const Status s = rollups::sumStaffScoreSpans(db); !s)
                    return s;
                if (const Status s = StandardsRepository(db).refreshRollups(); !s)
                    return s;
                if (const Status s = rollups::ensureIndicatorRollups(db); !s)
                    return s;
                return rollups::ensureScreeningRollups(db);
            };
        }
        return list;
    }();
    return all;
}

int latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

} // namespace servqa
