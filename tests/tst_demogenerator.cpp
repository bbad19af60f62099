// The demo workspace is deterministic and shaped like a real one.

#include "demogenerator.h"
#include "localdays.h"
#include "rollups.h"
#include "standards.h"
#include "servqual.h"
#include "surveyrepository.h"
#include "testsupport.h"

#include <QCryptographicHash>

#include <algorithm>
#include <array>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace servqa;

namespace {
// A digest of everything the demo wrote, table by table.
QByteArray contentDigest(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : {"SELECT code, name, kind, region, parent_id FROM sites ORDER BY id",
                            "SELECT code, name, site_id FROM staff ORDER BY id",
                            "SELECT external_id, channel, site_id, staff_id, started_at, transcript FROM interactions ORDER BY id",
                            "SELECT interaction_id, status, score, passed, auto_failed, score_empathy FROM evaluations ORDER BY id",
                            "SELECT evaluation_id, item_id, value, is_na FROM evaluation_answers ORDER BY evaluation_id, item_id"}) {
        QSqlQuery q(db.connection());
        q.exec(QString::fromLatin1(sql));
        while (q.next()) {
            for (int c = 0; c < q.record().count(); ++c)
                hash.addData(QByteArray(q.value(c).toString().toUtf8() + '|'));
        }
    }
    return hash.result().toHex();
}

using test::scalar;
} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameWorkspace()
    {
        DemoOptions options;
        options.evaluations = 600;
        options.seed = 42;
        options.endDate = QDate(2026, 6, 30);
        test::Workspace a;
        test::Workspace b;
        QVERIFY(generateDemo(*a.db, options));
        QVERIFY(generateDemo(*b.db, options));
        QCOMPARE(contentDigest(*a.db), contentDigest(*b.db));

        test::Workspace c;
        options.seed = 43;
        QVERIFY(generateDemo(*c.db, options));
        QVERIFY(contentDigest(*c.db) != contentDigest(*a.db));
    }

    void shapeOfTheDemo()
    {
        DemoOptions options;
        options.evaluations = 3000;
        options.seed = 7;
        options.endDate = QDate(2026, 6, 30);
        test::Workspace ws;
        const auto summary = generateDemo(*ws.db, options);
        QVERIFY2(summary, qPrintable(summary.ok() ? QString() : summary.error()));
        QCOMPARE(summary->evaluations, 3000);
        QCOMPARE(summary->sites, 23); // 16 stores, a contact centre and its 6 teams
        // Plus the checklists of last month's and this month's mystery-shop visits.
        const int visitEvaluations = scalar(*ws.db, QStringLiteral("SELECT COUNT(evaluation_id) FROM visits")).toInt();
        QCOMPARE(visitEvaluations, 17); // 16 stores last month, one being filled in now
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM evaluations")).toInt(), 3000 + visitEvaluations);
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM visits WHERE status = 'validated'")).toInt(), 14);
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(DISTINCT region) FROM sites")).toInt(), 4);
        // Two years up to the end date, nothing after it.
        const qint64 end = QDateTime(QDate(2026, 7, 1), QTime(0, 0)).toSecsSinceEpoch();
        QVERIFY(scalar(*ws.db, QStringLiteral("SELECT MAX(occurred_at) FROM evaluations")).toLongLong() < end);
        QVERIFY(scalar(*ws.db, QStringLiteral("SELECT MIN(occurred_at) FROM evaluations")).toLongLong() >= end - 731LL * 86400);
        // Sites differ: the best site's mean is well above the worst one's.
        const double spread = scalar(*ws.db, QStringLiteral(
            "SELECT MAX(m) - MIN(m) FROM (SELECT AVG(score) AS m FROM evaluations GROUP BY site_id)")).toDouble();
        QVERIFY2(spread > 15, qPrintable(QString::number(spread)));
        // Auto-fails happen but are rare; Chinese and English names both appear.
        const double autoFailShare = scalar(*ws.db, QStringLiteral("SELECT AVG(auto_failed) FROM evaluations")).toDouble();
        QVERIFY2(autoFailShare > 0.005 && autoFailShare < 0.1, qPrintable(QString::number(autoFailShare)));
        QVERIFY(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM sites WHERE name LIKE '%旗舰店'")).toInt() > 0);
        QVERIFY(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM sites WHERE name LIKE '%Team%'")).toInt() > 0);
        // Stored dimension scores are there for dashboards.
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE score_reliability IS NULL AND status <> 'draft'")).toInt(), 0);

        // The life cycle, written by the real workflow: twelve recent disputes, half decided
        // (and so resolved), half still open; a disputed evaluation always has an open dispute.
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM disputes")).toInt(), 12);
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM disputes WHERE outcome IS NULL")).toInt(), 6);
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE status = 'resolved'")).toInt(), 6);
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM evaluations e WHERE status = 'disputed' AND NOT EXISTS "
                                               "(SELECT 1 FROM disputes d WHERE d.evaluation_id = e.id AND d.outcome IS NULL)")).toInt(), 0);
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE status = 'disputed'")).toInt(), 6);
        // SERVQUAL surveys: ten customers per store or team (22; the contact centre itself serves
        // nobody) and month for two years, two managers per store or team.
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM survey_responses r JOIN survey_waves w ON w.id = r.wave_id "
                                               "WHERE w.kind = 'customer'")).toInt(), 22 * 24 * 10);
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM survey_responses r JOIN survey_waves w ON w.id = r.wave_id "
                                               "WHERE w.kind = 'management'")).toInt(), 22 * 2);
        QVERIFY(scalar(*ws.db, QStringLiteral("SELECT MAX(responded_at) FROM survey_responses")).toLongLong() < end);
        SurveyFilter customers;
        customers.kind = SurveyKind::Customer;
        const auto servqual = computeServqual(*SurveyRepository(*ws.db).responses(customers), 5);
        QVERIFY(servqual);
        // Service falls short overall, and empathy (the weakest dimension in the demo) more than reliability.
        QVERIFY(*servqual->unweighted.mean < 0);
        QVERIFY(*servqual->dimensions[dimensionIndex(Dimension::Empathy)].gap.mean
                < *servqual->dimensions[dimensionIndex(Dimension::Reliability)].gap.mean);
        QVERIFY(*servqual->dimensions[dimensionIndex(Dimension::Reliability)].alphaPerception > 0.6);
        // Every inspector has work waiting.
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(DISTINCT inspector_id) FROM assignments")).toInt(), 6);

        // Issue 16 (7): customers expect most of reliability and least of tangibles.
        std::array<double, DimensionCount> expected{};
        for (Dimension d : AllDimensions)
            expected[dimensionIndex(d)] = *servqual->dimensions[dimensionIndex(d)].expectation.mean;
        QVERIFY(*std::max_element(expected.cbegin(), expected.cend()) == expected[dimensionIndex(Dimension::Reliability)]);
        QVERIFY(*std::min_element(expected.cbegin(), expected.cend()) == expected[dimensionIndex(Dimension::Tangibles)]);
        QVERIFY2(expected[dimensionIndex(Dimension::Reliability)] - expected[dimensionIndex(Dimension::Tangibles)] > 0.7,
                 qPrintable(QString::number(expected[1] - expected[0])));
        // Every call has a transcript to read beside the recording.
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM interactions WHERE channel = 'call' AND transcript IS NULL")).toInt(), 0);
        // Issue 16 (3): measured answers are what the call recorded, except the few an inspector
        // corrected, and each correction says why.
        const QString measured = QStringLiteral(
            "FROM evaluation_answers a JOIN form_items fi ON fi.id = a.item_id JOIN evaluations e ON e.id = a.evaluation_id "
            "JOIN interactions i ON i.id = e.interaction_id WHERE fi.measure = 'first_response'");
        QVERIFY(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) ") + measured).toInt() > 1500);
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) ") + measured
                                    + QStringLiteral(" AND (a.measured IS NOT i.first_response_s OR a.value <> a.measured)")).toInt(), 0);
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM evaluation_answers WHERE measured IS NOT NULL "
                                               "AND (is_na = 1 OR value <> measured) AND comment = ''")).toInt(), 0);
        QVERIFY(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM evaluation_answers WHERE measured IS NOT NULL "
                                              "AND value <> measured")).toInt() > 0);
        // Its interactions are written in batches like an import's: each day's count and the
        // search index hold every one of them.
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM (SELECT %1 AS day, site_id, channel, COUNT(*) AS n "
                                               "FROM interactions GROUP BY 1, 2, 3) r LEFT JOIN interaction_rollup u "
                                               "ON u.day = r.day AND u.site_id = r.site_id AND u.channel = r.channel "
                                               "WHERE u.interactions IS NOT r.n")
                                    .arg(localDaySql(QStringLiteral("started_at"))))
                     .toInt(),
                 0);
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM interactions_search WHERE interactions_search MATCH '\"冷链商品\"'")),
                 scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM interactions WHERE transcript LIKE '%冷链商品%'")));
        QVERIFY(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM interactions WHERE transcript LIKE '%冷链商品%'")).toInt() > 0);
        QVERIFY(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'interactions_search_insert'")).toInt() == 1);

        // Issue 17 (8): the demo writes its score sums a batch at a time and the register's rollups
        // once at the end; every rollup holds what summing the rows again gives.
        const QStringList tables{QStringLiteral("score_rollup"), QStringLiteral("staff_score_rollup"), QStringLiteral("compliance_rollup"),
                                 QStringLiteral("gap_clusters"), QStringLiteral("promise_rollup"), QStringLiteral("interaction_rollup"),
                                 QStringLiteral("survey_rollup")};
        const auto contents = [&] {
            QHash<QString, QList<QVariantList>> all;
            for (const QString &table : tables) {
                QSqlQuery q(ws.db->connection());
                if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3, 4").arg(table)))
                    all[table] << QVariantList{QStringLiteral("unreadable")};
                while (q.next()) {
                    QVariantList row;
                    for (int c = 0; c < q.record().count(); ++c)
                        row << (q.value(c).typeId() == QMetaType::Double ? QVariant(std::round(q.value(c).toDouble() * 1e6) / 1e6) : q.value(c));
                    all[table] << row;
                }
            }
            return all;
        };
        const QHash<QString, QList<QVariantList>> written = contents();
        QVERIFY(written.value(QStringLiteral("gap_clusters")).size() > 100);
        const Status rebuilt = rollups::rebuildAll(*ws.db);
        QVERIFY2(rebuilt, qPrintable(rebuilt ? QString() : rebuilt.error()));
        for (const QString &table : tables)
            QVERIFY2(written.value(table) == contents().value(table), qPrintable(table));
        QCOMPARE(*rollups::storedStamp(*ws.db, "gap_clusters"), rollups::gapClustersStamp(*StandardsRepository(*ws.db).standards()));
    }

    void refusesAWorkspaceWithData()
    {
        DemoOptions options;
        options.evaluations = 10;
        test::Workspace ws;
        QVERIFY(generateDemo(*ws.db, options));
        const auto again = generateDemo(*ws.db, options);
        QVERIFY(!again);
        QCOMPARE(again.error(), QStringLiteral("%1 already holds data; the demo needs an empty workspace.").arg(ws.path));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
