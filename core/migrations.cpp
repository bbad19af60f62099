#include "migrations.h"

#include "standards.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

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
        // The register's rollups, up to date before any reader sees them. Schema 14 laid survey_sums
        // out anew: the steps before it leave it to 14's.
        for (Migration &m : list) {
            if (m.version == 10 || m.version == 13)
                m.after = [](Database &db) { return StandardsRepository(db).refreshRollups(StandardsRepository::ExceptSurveySums); };
            if (m.version == 14)
                m.after = [](Database &db) { return StandardsRepository(db).refreshRollups(); };
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
