// The indicators' rollups (schema 29, core/indicatorrollups.cpp) after every kind of write: an
// import of new contacts (summed in C++ by the bulk writer), a re-import that changes contacts
// and feedback, a survey on another CSAT scale, a changed or removed time limit, a site moved to
// another region and a change of the workspace's time zone. After each, every row of
// feedback_rollup, contact_rollup and contact_limits equals a rebuild from the rows, and the
// indicators a store manager reads have the values worked by hand in the comments.

#include "csvimporter.h"
#include "indicators.h"
#include "localdays.h"
#include "rollups.h"
#include "siterepository.h"
#include "testsupport.h"
#include "transactionguard.h"

#include <QSqlQuery>
#include <QSqlError>
#include <QSqlRecord>
#include <QTimeZone>

#include <cmath>

using namespace servqa;

namespace {

const DayRange november{QDate(2026, 11, 1), QDate(2026, 11, 30)};



QString written(const QTemporaryDir &dir, const char *name, const QByteArray &text)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", name);
    return path;
}

// The indicators' rollups as the writers left them equal a rebuild from the rows.
void sameAsRebuilt(Database &db)
{
    test::sameAsRebuilt(db,
                        {"SELECT 'f', * FROM feedback_rollup WHERE csat_n + nps_n + ces_n <> 0 ORDER BY 2, 3, 4",
                         "SELECT 'c', * FROM contact_rollup WHERE resolved_n + response_n + resolution_n + outcome_n <> 0 ORDER BY 2, 3, 4",
                         "SELECT 'l', * FROM contact_limits ORDER BY 2, 3"},
                        [&db] { return rollups::rebuildIndicatorRollups(db); });
}

IndicatorValue valueOf(Database &db, IndicatorKind kind, std::optional<qint64> siteId = {})
{
    IndicatorScope scope;
    scope.siteId = siteId;
    scope.period = november;
    const auto values = computeIndicators(db, scope);
    if (!values)
        qFatal("%s", qPrintable(values.error()));
    for (const IndicatorValue &v : *values) {
        if (v.kind == kind)
            return v;
    }
    return {};
}

qint64 siteId(Database &db, const char *code)
{
    return test::scalar(db, QStringLiteral("SELECT id FROM sites WHERE code = '%1'").arg(QLatin1String(code))).toLongLong();
}

} // namespace

class TestIndicatorRollups : public QObject
{
    Q_OBJECT

    test::Workspace m_ws;
    QTemporaryDir m_files;

private slots:
    void initTestCase()
    {
        Database &db = *m_ws.db;
        QVERIFY(test::importIndicators(db, ImportKind::Sites, "sites.csv"));
        QVERIFY(test::importIndicators(db, ImportKind::Interactions, "interactions.csv"));
        QVERIFY(test::importIndicators(db, ImportKind::Feedback, "feedback.csv", QStringLiteral("After the call")));
        QVERIFY(test::importIndicators(db, ImportKind::Feedback, "feedback-ten.csv", QStringLiteral("App survey"), 10));
    }

    // The bulk writer's sums of new contacts, and the feedback answers one by one.
    void anImportKeepsThemInStep()
    {
        Database &db = *m_ws.db;
        sameAsRebuilt(db);
        // Both sites' limits, every channel: call 20 s, chat 30 s, email 7200 s, visit 30 s,
        // social 3600 s (the seeded targets); resolution 48 h for all.
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM contact_limits WHERE resolution_s = 172800")).toInt(), 10);
        // November's first responses: I1 15 ≤ 20, I3 30 ≤ 30, I5 3600 ≤ 7200, I6 10 ≤ 20 on
        // time; I2 25 > 20 and I4 45 > 30 late: 4 of 6.
        const IndicatorValue response = valueOf(db, IndicatorKind::FirstResponse);
        QCOMPARE(response.n, 6);
        QCOMPARE(response.hits, 4.0);
        // CSAT top two boxes: F1 5, F2 4 of 5 and T1 9 of 10; F3 3 and F4 1 not: 3 of 5.
        const IndicatorValue csat = valueOf(db, IndicatorKind::Csat);
        QCOMPARE(csat.n, 5);
        QCOMPARE(csat.hits, 3.0);
        // The mean on 1–5: 5, 4, 3, 1 and 9 of 10 as 1 + 8·4/9 = 41/9: (13 + 41/9) / 5 = 158/45.
        const IndicatorValue mean = valueOf(db, IndicatorKind::CsatMean);
        QVERIFY(mean.value && std::abs(*mean.value - 158.0 / 45) < 1e-12);
    }

    // A re-import changes a contact (I2 answered in 5 s, resolved at first contact) and an answer
    // (F3 now 5); a survey on a 1–7 scale adds one answer of 6 (top two boxes, 1 + 5·4/6 = 13/3).
    void changesAndAnotherScaleKeepThemInStep()
    {
        Database &db = *m_ws.db;
        QVERIFY(test::importFile(db, ImportKind::Interactions,
                           written(m_files, "again.csv", "external_id,channel,site_code,started_at,first_response_s,resolved,resolution_s\n"
                                                          "I2,call,S1,2026-11-03 09:00,5,1,400\n")));
        QVERIFY(test::importFile(db, ImportKind::Feedback,
                           written(m_files, "f3.csv", "response_id,interaction_id,site_code,responded_at,csat,nps,ces,comment\n"
                                                      "F3,I3,,2026-11-04 10:00,5,7,4,\n"),
                           QStringLiteral("After the call")));
        QVERIFY(test::importFile(db, ImportKind::Feedback,
                           written(m_files, "seven.csv", "response_id,site_code,responded_at,csat\nS7,S2,2026-11-21 09:00,6\n"),
                           QStringLiteral("Store survey"), 7));
        sameAsRebuilt(db);
        // First response: I2 now on time, 5 of 6. FCR: I1, I2, I3, I6 resolved of the 5 known
        // (I4 unknown): 4 of 5.
        QCOMPARE(valueOf(db, IndicatorKind::FirstResponse).hits, 5.0);
        const IndicatorValue fcr = valueOf(db, IndicatorKind::Fcr);
        QCOMPARE(fcr.n, 5);
        QCOMPARE(fcr.hits, 4.0);
        // CSAT: F1, F2, F3, T1 and S7 of 6 in the top two boxes.
        const IndicatorValue csat = valueOf(db, IndicatorKind::Csat);
        QCOMPARE(csat.n, 6);
        QCOMPARE(csat.hits, 5.0);
        // Mean: (5 + 4 + 5 + 1 + 41/9 + 13/3) / 6 = (15 + 41/9 + 39/9) / 6 = 215/54.
        const IndicatorValue mean = valueOf(db, IndicatorKind::CsatMean);
        QVERIFY(mean.value && std::abs(*mean.value - 215.0 / 54) < 1e-12);
    }

    // A time limit of 8 s for calls in the East counts S1's calls again (I1 15 s and I2 5 s: one
    // on time); S2, in the West, keeps 20 s until it moves East, when its call (10 s) is late.
    void aChangedLimitOrRegionCountsTheContactsAgain()
    {
        Database &db = *m_ws.db;
        const qint64 s1 = siteId(db, "S1"), s2 = siteId(db, "S2");
        IndicatorTarget east;
        east.kind = IndicatorKind::FirstResponse;
        east.channel = Channel::Call;
        east.region = QStringLiteral("East");
        east.thresholdSeconds = 8;
        east.target = 80;
        east.warning = 75;
        east.alarm = 70;
        const auto saved = saveIndicatorTarget(db, east);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error()));
        sameAsRebuilt(db);
        // S1: I2 5 s, I3 30 s, I5 on time; I1 15 s > 8 and I4 late: 3 of 5.
        QCOMPARE(valueOf(db, IndicatorKind::FirstResponse, s1).hits, 3.0);
        QCOMPARE(valueOf(db, IndicatorKind::FirstResponse, s2).hits, 1.0);

        Site moved = **SiteRepository(db).findByCode(QStringLiteral("S2"));
        moved.region = QStringLiteral("East");
        QVERIFY(SiteRepository(db).upsert(moved));
        sameAsRebuilt(db);
        QCOMPARE(valueOf(db, IndicatorKind::FirstResponse, s2).hits, 0.0);
        QCOMPARE(valueOf(db, IndicatorKind::FirstResponse).hits, 3.0);

        QVERIFY(removeIndicatorTarget(db, *saved));
        sameAsRebuilt(db);
        QCOMPARE(valueOf(db, IndicatorKind::FirstResponse).hits, 5.0);
    }

    // The same after the workspace moves to Berlin's days (every rollup summed again).
    void aNewTimeZoneSumsThemAgain()
    {
        Database &db = *m_ws.db;
        QVERIFY(setDayZone(db, QTimeZone("Europe/Berlin")));
        sameAsRebuilt(db);
        QVERIFY(setDayZone(db, QTimeZone("Asia/Shanghai")));
        sameAsRebuilt(db);
        QCOMPARE(valueOf(db, IndicatorKind::Csat).hits, 5.0);
    }
};

QTEST_GUILESS_MAIN(TestIndicatorRollups)
#include "tst_indicatorrollups.moc"
