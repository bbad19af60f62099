// The demo workspace is deterministic and shaped like a real one.

#include "calibration.h"
#include "demogenerator.h"
#include "freshworkspacewrites.h"
#include "listindexes.h"
#include "localdays.h"
#include "rollups.h"
#include "screening.h"
#include "standards.h"
#include "servqual.h"
#include "surveyrepository.h"
#include "testsupport.h"
#include "rollupchecks.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLockFile>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>
#include <memory>
#include <tuple>
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
                            "SELECT evaluation_id, item_id, value, is_na FROM evaluation_answers ORDER BY evaluation_id, item_id",
                            "SELECT name, form_version_id, status, blind, deadline FROM calibration_sessions ORDER BY id",
                            "SELECT session_id, interaction_id, position FROM calibration_interactions ORDER BY 1, 3",
                            "SELECT session_id, inspector_id, score, comment, submitted_at IS NULL FROM calibration_scores ORDER BY 1, 2, interaction_id",
                            "SELECT session_id, interaction_id, inspector_id, item_id, value, is_na FROM calibration_answers ORDER BY 1, 2, 3, 4",
                            "SELECT session_id, interaction_id, item_id, value, is_na, proposed, reason FROM calibration_consensus ORDER BY 1, 2, 3"}) {
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
        // The calibration sessions are part of it (calibrationSessions reads them).
        QCOMPARE(scalar(*a.db, QStringLiteral("SELECT COUNT(*) FROM calibration_answers")).toInt(), 1362);

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
        // Each visit's photos and receipt carry the time the shopper's phone took them: minutes
        // before the last answer of the visit, inside its window.
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM visit_evidence WHERE captured_at IS NULL")).toInt(), 0);
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM visit_evidence")).toInt(), 16 * 3 + 2);
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM (SELECT e.id FROM visit_evidence e JOIN visit_answer_times t ON t.visit_id = e.visit_id "
                                               "GROUP BY e.id HAVING e.captured_at > MAX(t.answered_at) OR e.captured_at < MAX(t.answered_at) - 180)"))
                     .toInt(),
                 0);
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(DISTINCT region) FROM sites")).toInt(), 4);
        // The text index, built beside the workspace and moved in (interactionindex.h), is the
        // workspace's: it keeps FTS5's 1 MB of new entries in memory (the built one's 64 MB stay in
        // its scratch file), FTS5 finds it to agree with the rows, every interaction is found by
        // its text, those written after it moved in too, and the scratch file is gone.
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM interactions_search_config WHERE k = 'hashsize'")).toInt(), 0);
        QVERIFY(ws.db->exec(QStringLiteral("INSERT INTO interactions_search (interactions_search, rank) VALUES ('integrity-check', 1)")));
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM interactions_search WHERE interactions_search MATCH 'external_id:\"D00\"'")).toInt(),
                 scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM interactions WHERE external_id LIKE 'D0%'")).toInt());
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM interactions_search WHERE interactions_search MATCH 'external_id:\"D00\"'")).toInt(),
                 4517);
        QVERIFY(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM interactions WHERE external_id NOT LIKE 'D0%'")).toInt() > 0);
        QCOMPARE(QDir(ws.dir.path()).entryList({QStringLiteral("*.index-*")}, QDir::Files), QStringList());
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

        // Issue 17 (8): the demo writes its score sums once a transaction and the register's rollups
        // once at the end; every rollup holds what summing the rows again gives.
        const QStringList tables{QStringLiteral("score_rollup"), QStringLiteral("staff_score_rollup"), QStringLiteral("compliance_rollup"),
                                 QStringLiteral("gap_clusters"), QStringLiteral("promise_rollup"), QStringLiteral("interaction_rollup"),
                                 QStringLiteral("survey_rollup"), QStringLiteral("feedback_rollup"), QStringLiteral("contact_rollup"),
                                 QStringLiteral("contact_limits"), QStringLiteral("screening_rollup"), QStringLiteral("screening_staff_rollup")};
        const auto contents = [&] {
            QHash<QString, QList<QVariantList>> all;
            for (const QString &table : tables)
                all[table] = test::rollupRows(*ws.db, table);
            return all;
        };
        // Screened as `servqa-cli demo` screens it: the screening's rollups too (schema 41).
        QVERIFY(screenWorkspace(*ws.db));
        const QHash<QString, QList<QVariantList>> written = contents();
        QVERIFY(written.value(QStringLiteral("gap_clusters")).size() > 100);
        QVERIFY(written.value(QStringLiteral("screening_staff_rollup")).size() > 100);
        const Status rebuilt = rollups::rebuildAll(*ws.db);
        QVERIFY2(rebuilt, qPrintable(rebuilt ? QString() : rebuilt.error()));
        for (const QString &table : tables)
            QVERIFY2(written.value(table) == contents().value(table), qPrintable(table));
        QCOMPARE(*rollups::storedStamp(*ws.db, "gap_clusters"), rollups::gapClustersStamp(*StandardsRepository(*ws.db).standards()));
    }

    // The demo's calibration sessions (docs/calibration.md), in a workspace ending 30 June: April's
    // and May's on the call scorecard, closed, and June's blind one on the store checklist, open.
    void calibrationSessionsInTheirMonths()
    {
        const auto &[april, may, june] = calibrationSessions();
        QCOMPARE(april.name, QStringLiteral("四月热线校准会"));
        QCOMPARE(may.name, QStringLiteral("五月热线校准会"));
        QCOMPARE(june.name, QStringLiteral("六月门店暗访校准"));
        QCOMPARE(april.status, CalibrationStatus::Closed);
        QCOMPARE(may.status, CalibrationStatus::Closed);
        QCOMPARE(june.status, CalibrationStatus::Open);
        QVERIFY(april.blind && may.blind && june.blind);
        QCOMPARE(april.deadline, QDate(2026, 5, 5));
        QCOMPARE(may.deadline, QDate(2026, 6, 5));
        QCOMPARE(june.deadline, QDate(2026, 7, 7));
        // Each was created the morning after its month and closed within the week; June's this morning.
        QCOMPARE(april.createdAt, QDateTime(QDate(2026, 5, 1), QTime(9, 30)));
        QCOMPARE(april.closedAt, QDateTime(QDate(2026, 5, 6), QTime(17, 0)));
        QCOMPARE(may.createdAt, QDateTime(QDate(2026, 6, 1), QTime(9, 30)));
        QCOMPARE(may.closedAt, QDateTime(QDate(2026, 6, 6), QTime(17, 0)));
        QCOMPARE(june.createdAt, QDateTime(QDate(2026, 6, 30), QTime(8, 30)));
        QCOMPARE(june.closedAt, std::nullopt);
        QCOMPARE(april.interactions.size(), 9);
        QCOMPARE(may.interactions.size(), 9);
        QCOMPARE(june.interactions.size(), 10);
        QCOMPARE(april.formName, may.formName);
        QVERIFY(april.formName.contains(QStringLiteral("call scorecard")));
        QVERIFY(june.formName.contains(QStringLiteral("checklist")));
        // Each session calibrates on its own month's calls (June: the last 30 days' store visits).
        const auto monthsOf = [&](const CalibrationSession &s) {
            QSet<QString> months;
            for (qint64 id : s.interactions) {
                const auto i = InteractionRepository(*m_calibration->db).find(id);
                months << (*i)->startedAt.toString(QStringLiteral("yyyy-MM")) + QLatin1Char(' ') + channelKey((*i)->channel);
            }
            return months;
        };
        QCOMPARE(monthsOf(april), QSet<QString>{QStringLiteral("2026-04 call")});
        QCOMPARE(monthsOf(may), QSet<QString>{QStringLiteral("2026-05 call")});
        QCOMPARE(monthsOf(june), QSet<QString>{QStringLiteral("2026-06 visit")});
        // The same four inspectors score both closed sessions and hand everything in.
        QCOMPARE(logins(april), FourInspectors);
        QCOMPARE(logins(may), FourInspectors);
        for (const CalibrationSession *s : {&april, &may}) {
            for (const CalibrationParticipant &p : s->participants)
                QCOMPARE(p.handedIn, 9);
        }
    }

    // June's is blind and still open: one inspector has handed in all ten visits, one three (and
    // has a draft of a fourth), one has not started; no one may compare yet.
    void theOpenSessionIsBlindAndHalfDone()
    {
        const CalibrationSession june = std::get<2>(calibrationSessions());
        QCOMPARE(logins(june), (QStringList{QStringLiteral("inspector3"), QStringLiteral("inspector4"), QStringLiteral("inspector5")}));
        QVector<int> handedIn;
        for (const CalibrationParticipant &p : june.participants)
            handedIn << p.handedIn;
        std::sort(handedIn.begin(), handedIn.end());
        QCOMPARE(handedIn, (QVector<int>{0, 3, 10}));
        QCOMPARE(scalar(*m_calibration->db, QStringLiteral("SELECT COUNT(*) FROM calibration_scores WHERE session_id = %1 "
                                                           "AND submitted_at IS NULL").arg(june.id)).toInt(), 1);
        const auto blind = lead().compare(june.id);
        QVERIFY(!blind);
        QCOMPARE(blind.error(), QStringLiteral("“六月门店暗访校准” is blind: no one reads another inspector's answers until the lead closes scoring."));
    }

    // In May one inspector (inspector3, 黄军) has drifted lenient: 12.9 points above consensus, from
    // −0.7 in April; the other three stay within the tolerance of 5 points in both sessions.
    void oneInspectorDriftsBeyondTheTolerance()
    {
        const auto &[april, may, june] = calibrationSessions();
        Q_UNUSED(june);
        const double tolerance = *calibrationTolerance(*m_calibration->db);
        QCOMPARE(tolerance, 5.0);
        // Deviation from consensus, in points of 100, per inspector.
        QVector<int> compared; // interactions compared, per inspector and session
        const auto deviations = [&](const CalibrationSession &s) {
            QMap<QString, double> points;
            const auto c = lead().compare(s.id);
            if (!c)
                qFatal("compare refused: %s", qPrintable(c.error()));
            for (const InspectorDeviation &d : c->inspectors) {
                compared << d.interactions;
                points.insert(loginOf(d.inspectorId), d.points.value_or(qQNaN()));
            }
            return points;
        };
        const QMap<QString, double> before = deviations(april), after = deviations(may);
        QCOMPARE(compared, QVector<int>(8, 9));
        const QMap<QString, double> expectedBefore{{QStringLiteral("inspector1"), 1.0019158799646617},
                                                   {QStringLiteral("inspector2"), -0.7839721254355388},
                                                   {QStringLiteral("inspector3"), -0.6705579876311576},
                                                   {QStringLiteral("inspector6"), -2.6700715725105972}};
        const QMap<QString, double> expectedAfter{{QStringLiteral("inspector1"), 0.49622793525232584},
                                                  {QStringLiteral("inspector2"), -0.06775067750677503},
                                                  {QStringLiteral("inspector3"), 12.93305500622574},
                                                  {QStringLiteral("inspector6"), -1.6260162601626016}};
        QStringList drifting;
        for (const QString &login : FourInspectors) {
            QVERIFY2(std::abs(before.value(login) - expectedBefore.value(login)) < 1e-9,
                     qPrintable(QStringLiteral("%1: %2").arg(login).arg(before.value(login), 0, 'g', 17)));
            QVERIFY2(std::abs(after.value(login) - expectedAfter.value(login)) < 1e-9,
                     qPrintable(QStringLiteral("%1: %2").arg(login).arg(after.value(login), 0, 'g', 17)));
            QVERIFY(std::abs(before.value(login)) <= tolerance);
            if (std::abs(after.value(login)) > tolerance)
                drifting << login;
        }
        QCOMPARE(drifting, QStringList{QStringLiteral("inspector3")});

        // The drift chart holds both closed sessions, April first; June's is not closed.
        const auto drift = lead().drift();
        QVERIFY(drift);
        QCOMPARE(drift->size(), 8);
        for (int k = 0; k < drift->size(); ++k) {
            const CalibrationDriftPoint &point = (*drift)[k];
            QCOMPARE(point.sessionId, k < 4 ? april.id : may.id);
            QCOMPARE(*point.points, (k < 4 ? before : after).value(loginOf(point.inspectorId)));
        }
        // The same seed gives the same sessions: sameSeedSameWorkspace compares every answer,
        // score and consensus of a workspace made with these options.
    }

    // After replaying the recordings the lead changed one proposed answer in each closed session,
    // and said why.
    void theLeadChangedAProposedConsensus()
    {
        const auto &[april, may, june] = calibrationSessions();
        Q_UNUSED(june);
        QSqlQuery q(m_calibration->db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT l.session_id, i.key, l.old_value, l.new_value, l.note, c.reason FROM calibration_log l "
                                      "JOIN form_items i ON i.id = l.item_id JOIN calibration_consensus c ON c.session_id = l.session_id "
                                      "AND c.interaction_id = l.interaction_id AND c.item_id = l.item_id AND c.proposed = 0 "
                                      "WHERE l.action = 'consensus' ORDER BY l.id")));
        QVector<QStringList> changes;
        while (q.next()) {
            QCOMPARE(q.value(4).toString(), q.value(5).toString());
            changes << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                   q.value(4).toString()};
        }
        const QVector<QStringList> expected{
            {QString::number(april.id), QStringLiteral("listening"), QStringLiteral("3"), QStringLiteral("2"),
             QStringLiteral("对照评分细则各档描述，统一为2分。 By the guideline's description of each level: 2.")},
            {QString::number(may.id), QStringLiteral("listening"), QStringLiteral("2"), QStringLiteral("1"),
             QStringLiteral("对照评分细则各档描述，统一为1分。 By the guideline's description of each level: 1.")}};
        QCOMPARE(changes, expected);
        QCOMPARE(scalar(*m_calibration->db, QStringLiteral("SELECT COUNT(*) FROM calibration_consensus WHERE proposed = 0")).toInt(), 2);
    }

    // The trail of a closed session reads as its week: created, 36 scorings handed in one after
    // another over the office hours of the days between, then the close and the lead's consensus.
    void theTrailTellsTheWeek()
    {
        const CalibrationSession april = std::get<0>(calibrationSessions());
        const auto log = lead().log(april.id);
        QVERIFY(log);
        QStringList actions;
        QDateTime previous;
        for (const CalibrationLogEntry &e : *log) {
            if (actions.isEmpty() || actions.last() != e.action)
                actions << e.action;
            QVERIFY2(!previous.isValid() || previous < e.at || (e.action == QLatin1String("consensus") && previous == e.at),
                     qPrintable(e.at.toString(Qt::ISODate)));
            // In office hours, as inspectors work.
            QVERIFY2(e.at.time() >= QTime(9, 0) && e.at.time() <= QTime(18, 0), qPrintable(e.at.toString(Qt::ISODate)));
            previous = e.at;
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("created"), QStringLiteral("handed_in"), QStringLiteral("closed"),
                                       QStringLiteral("consensus")}));
        QCOMPARE(log->first().at, april.createdAt);
        QCOMPARE(log->last().at, *april.closedAt);
        QCOMPARE(std::count_if(log->begin(), log->end(), [](const CalibrationLogEntry &e) { return e.action == QLatin1String("handed_in"); }), 36);
    }

    // The demo puts the lists' sorting indexes and the pages' indexes by time and key aside while it
    // writes (FreshWorkspaceWrites) and leaves every index an empty workspace has, with the same
    // definition; a stopped demo too.
    void leavesEveryIndexOfTheSchema()
    {
        test::Workspace empty;
        const QStringList expected = test::indexDefinitions(*empty.db);
        QVERIFY(expected.contains(QStringLiteral("evaluations_empathy: CREATE INDEX evaluations_empathy ON evaluations (score_empathy, id)")));
        DemoOptions options;
        options.evaluations = 30;
        test::Workspace whole;
        QVERIFY(generateDemo(*whole.db, options));
        QCOMPARE(test::indexDefinitions(*whole.db), expected);
        // Stopped after its first batch of 5,000, inside the transaction of ten: what it wrote has
        // its sums, the interactions' day counts with the evaluations' (both written once a
        // transaction, and when stopped).
        test::Workspace stopped;
        options.evaluations = 5001;
        QVERIFY(generateDemo(*stopped.db, options, [](qint64, qint64) { return false; }));
        QCOMPARE(test::indexDefinitions(*stopped.db), expected);
        QCOMPARE(test::scalar(*stopped.db, QStringLiteral("SELECT COUNT(*) FROM evaluations")).toInt(), 5000);
        test::sameScoreTotals(*stopped.db);
        test::sameDaysAsTheRows(*stopped.db);
    }

    // A demo in a file of its own writes through a rollback journal instead of the log, and leaves
    // the file in WAL as every workspace (FreshWorkspaceWrites). In a workspace that exists, or
    // with another connection open on the file (a window), it keeps the log.
    void writesItsOwnFileThroughAJournalAndLeavesTheLog()
    {
        test::Workspace ws;
        auto mode = [](Database &db) { return test::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(); };
        QCOMPARE(mode(*ws.db), QStringLiteral("wal"));
        {
            FreshWorkspaceWrites fresh(*ws.db);
            QCOMPARE(mode(*ws.db), QStringLiteral("wal"));
        }
        {
            FreshWorkspaceWrites fresh(*ws.db, FreshWorkspaceWrites::Journal::Rollback);
            QCOMPARE(mode(*ws.db), QStringLiteral("delete"));
        }
        QCOMPARE(mode(*ws.db), QStringLiteral("wal"));
        {
            auto second = Database::openSqlite(ws.path);
            QVERIFY(second);
            FreshWorkspaceWrites fresh(*ws.db, FreshWorkspaceWrites::Journal::Rollback);
            QCOMPARE(mode(*ws.db), QStringLiteral("wal"));
        }
        DemoOptions options;
        options.evaluations = 30;
        options.ownFile = true;
        QVERIFY(generateDemo(*ws.db, options));
        QCOMPARE(mode(*ws.db), QStringLiteral("wal"));
        QVERIFY(!QFile::exists(ws.path + QStringLiteral("-journal")));
        QCOMPARE(test::scalar(*ws.db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    // What a killed build leaves goes with its journal, which SQLite would otherwise play back
    // into the next file of that name; a build still running keeps its file.
    void anUnfinishedDemoGoesWithItsJournal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.servqa"));
        const QString unfinished = unfinishedDemoPath(path);
        QCOMPARE(unfinished, path + QStringLiteral(".part"));
        // A file of somebody else's under the name is not removed to make room.
        const auto leave = [](const QString &name, const QByteArray &bytes) {
            QFile f(name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(bytes), bytes.size());
        };
        leave(unfinished, "my notes");
        const auto refused = claimUnfinishedDemo(unfinished);
        QVERIFY(!refused);
        QCOMPARE(refused.error(), unfinished + QStringLiteral(" is in the way: ServQA writes there for a moment and removes only what it "
                                                              "left itself. This is not such a file; move it or rename it, and try again."));
        QFile notes(unfinished);
        QVERIFY(notes.open(QIODevice::ReadOnly));
        QCOMPARE(notes.readAll(), QByteArray("my notes"));
        notes.close();
        // What a killed build leaves: a database, its journal, log and shared memory (each as
        // SQLite marks it), and the text index's scratch file.
        leave(unfinished, QByteArray("SQLite format 3", 16) + QByteArray(4080, '\0'));
        leave(unfinished + QStringLiteral("-journal"), QByteArray::fromHex("d9d505f920a163d7") + "left");
        leave(unfinished + QStringLiteral("-wal"), QByteArray::fromHex("377f0682") + "left");
        leave(unfinished + QStringLiteral("-shm"), QByteArray(32768, '\0'));
        leave(unfinished + QStringLiteral(".index-a1B2c3"), "left");
        leave(path, "left");
        auto claim = claimUnfinishedDemo(unfinished);
        QVERIFY(claim);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{QStringLiteral("demo.servqa"), QStringLiteral("demo.servqa.part-lock")}));
        // Another build of the same name meanwhile (a second window, another servqa-cli demo) is
        // refused, and what the first builds is left alone.
        QFile building(unfinished);
        QVERIFY(building.open(QIODevice::WriteOnly));
        building.close();
        const auto second = claimUnfinishedDemo(unfinished);
        QVERIFY(!second);
        QCOMPARE(second.error(), QStringLiteral("Another demo is being built as %1: wait for it to finish, or build this one under "
                                                "another name.").arg(unfinished));
        QVERIFY(QFile::exists(unfinished));
        claim->reset(); // the first build is done
        QVERIFY(claimUnfinishedDemo(unfinished));
        QVERIFY(!QFile::exists(unfinished));
    }

    // A demo killed while the lists' sorting indexes and the pages' indexes by time and key are
    // aside leaves them noted in the workspace: the next open makes them (on the opener's worker,
    // which the look says to use), not while the demo that put them aside still runs.
    void aKilledDemoLeavesItsIndexesToTheNextOpen()
    {
        test::Workspace ws;
        const QStringList expected = test::indexDefinitions(*ws.db);
        QVERIFY(expected.filter(QStringLiteral("interactions_duration: ")).size() == 1);
        const auto names = [](const QStringList &definitions) {
            QStringList list;
            for (const QString &d : definitions)
                list << d.section(QLatin1Char(':'), 0, 0);
            return list;
        };
        {
            auto aside = ListIndexes::putAside(*ws.db, ListIndexes::Of::Both, ListIndexes::Leftover::Noted,
                                               ListIndexes::Which::SortingAndKeys);
            QVERIFY(aside);
            // The 13 sorting indexes and the 12 by time and key: those that grow with the ids stay.
            const QStringList left = names(test::indexDefinitions(*ws.db));
            QCOMPARE(left.size(), expected.size() - 25);
            for (const char *gone : {"interactions_duration", "evaluations_score", "interactions_time", "interactions_site_time",
                                     "interactions_customer", "evaluations_staff_time", "evaluations_inspector_time", "feedback_site_time"})
                QVERIFY2(!left.contains(QLatin1String(gone)), gone);
            for (const char *kept : {"evaluations_interaction", "interactions_list_keys", "evaluations_site_auto_failed", "feedback_interaction"})
                QVERIFY2(left.contains(QLatin1String(kept)), kept);
            // Another connection meanwhile (a second window): the live demo's, left alone.
            auto second = Database::openSqlite(ws.path);
            QVERIFY(second);
            QCOMPARE(test::indexDefinitions(**second).size(), expected.size() - 25);
            QVERIFY(searchIndexLeftUnfinished(ws.path)); // what the opener looks for
        } // killed: gone without making them
        ws.db.reset();
        QVERIFY(searchIndexLeftUnfinished(ws.path));
        auto reopened = Database::openSqlite(ws.path);
        QVERIFY(reopened);
        QCOMPARE(test::indexDefinitions(**reopened), expected);
        QVERIFY(!searchIndexLeftUnfinished(ws.path));
        // Put aside and made again by the writer itself: nothing left noted.
        {
            auto aside = ListIndexes::putAside(**reopened, ListIndexes::Of::Both, ListIndexes::Leftover::Noted,
                                               ListIndexes::Which::SortingAndKeys);
            QVERIFY(aside);
            QVERIFY(aside->make());
        }
        QCOMPARE(test::indexDefinitions(**reopened), expected);
        QVERIFY(!searchIndexLeftUnfinished(ws.path));
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

private:
    inline static const QStringList FourInspectors{QStringLiteral("inspector1"), QStringLiteral("inspector2"),
                                                   QStringLiteral("inspector3"), QStringLiteral("inspector6")};

    // April's, May's and June's sessions of the demo the calibration tests share, made once.
    std::tuple<CalibrationSession, CalibrationSession, CalibrationSession> calibrationSessions()
    {
        if (!m_calibration) {
            m_calibration = std::make_unique<test::Workspace>();
            DemoOptions options;
            options.evaluations = 600;
            options.seed = 42;
            options.endDate = QDate(2026, 6, 30);
            if (!generateDemo(*m_calibration->db, options))
                qFatal("the demo failed");
        }
        const auto sessions = lead().sessions(); // newest first
        if (!sessions || sessions->size() != 3)
            qFatal("the demo has %d calibration sessions, not 3", sessions ? int(sessions->size()) : -1);
        return {(*sessions)[2], (*sessions)[1], (*sessions)[0]};
    }

    Calibration lead()
    {
        return Calibration(*m_calibration->db,
                           scalar(*m_calibration->db, QStringLiteral("SELECT id FROM users WHERE login = 'lead'")).toLongLong());
    }

    QString loginOf(qint64 userId)
    {
        return scalar(*m_calibration->db, QStringLiteral("SELECT login FROM users WHERE id = %1").arg(userId)).toString();
    }

    QStringList logins(const CalibrationSession &s)
    {
        QStringList all;
        for (const CalibrationParticipant &p : s.participants)
            all << loginOf(p.id);
        all.sort();
        return all;
    }

    std::unique_ptr<test::Workspace> m_calibration;
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
