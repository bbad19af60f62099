#include "migrations.h"

#include "localdays.h"
#include "standards.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

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
        // The register's rollups, up to date before any reader sees them. They are summed by day,
        // and schema 17 gave the days their time zone: the steps before it leave them stale (a
        // reader reads the rows meanwhile) for 17's to rebuild in the new days.
        for (Migration &m : list) {
            if (m.version == 17) {
                m.after = [](Database &db) {
                    if (const Status s = setDayZone(db, QTimeZone::systemTimeZone()); !s)
                        return s;
                    return StandardsRepository(db).refreshRollups();
                };
            }
        }
        std::sort(list.begin(), list.end(),
                  [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return list;
    }();
    return all;
}

int latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

} // namespace servqa
