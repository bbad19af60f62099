// Issue 18: calibration sessions in core, on the session of tests/calibrationfixture.h (three
// inspectors, two calls; deviations +25, −25, −50; each matches 5 of 6 items; the three split items,
// agreement 1/3, come first; percent agreement 2/3, Fleiss' κ 1/28, Gwet's AC1 26/53 — κ collapses
// on items nearly always answered yes, AC1 does not).

#include "calibration.h"
#include "evaluationquery.h"
#include "gaptrends.h"
#include "scorecard.h"
#include "calibrationfixture.h"
#include "workqueue.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <cmath>

using namespace servqa;

namespace {

const Answer Y = test::Yes, N = test::No;

Answers sc(Answer r1, Answer e1, Answer c1)
{
    return test::scorecardAnswers(r1, e1, c1);
}

// The shared fixture, and the session its tests act on.
struct CalibrationFixture : test::CalibrationFixture
{
    qint64 session = 0;

    void score(qint64 who, qint64 interaction, const Answers &answers) { test::CalibrationFixture::score(session, who, interaction, answers); }
    void run() { session = test::CalibrationFixture::run(); }
};

bool near(std::optional<double> v, double expected)
{
    return v && std::abs(*v - expected) < 1e-9;
}

// Every row of a table, in key order, as text: two workspaces hold the same rows or not.
QStringList rowsOf(Database &db, const char *table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table))))
        qFatal("cannot read %s", table);
    QStringList rows;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << q.value(i).toString();
        rows << fields.join(QLatin1Char('|'));
    }
    rows.sort();
    return rows;
}

// What every reader of real work shows for March in the fixture's region.
QStringList realWork(test::ScorecardFixture &f)
{
    Database &db = *f.ws.db;
    QStringList seen;
    const DayRange march{QDate(2025, 3, 1), QDate(2025, 3, 31)};
    for (const auto &[kind, id] : {std::pair{SubjectKind::Site, f.east1}, std::pair{SubjectKind::Agent, f.a1}}) {
        const auto card = computeScorecard(db, ScorecardRequest{kind, id, march, std::nullopt});
        if (!card)
            qFatal("%s", qPrintable(card.error()));
        seen << QStringLiteral("scorecard %1: n %2, mean %3, passed %4, failed items %5, fcr %6/%7")
                    .arg(id).arg(card->scores.evaluations).arg(card->scores.overall.mean.value_or(-1)).arg(card->scores.passed)
                    .arg(card->failedItems.size()).arg(card->firstContactResolution.percent.value_or(-1)).arg(card->firstContactResolution.n);
    }
    ComparisonRequest ranking;
    ranking.kind = SubjectKind::Agent;
    ranking.siteId = f.east1;
    ranking.period = march;
    const auto ranks = compareSubjects(db, ranking);
    for (const SubjectScores &s : *ranks)
        seen << QStringLiteral("rank %1: %2 %3 %4").arg(s.code).arg(s.rank).arg(s.evaluations).arg(s.overall.mean.value_or(-1));
    ScoreTrendFilter trend;
    trend.from = QDateTime(QDate(2025, 1, 1), QTime(0, 0));
    trend.to = QDateTime(QDate(2025, 5, 1), QTime(0, 0));
    const auto points = evaluationScoreTrend(db, trend, Granularity::Month);
    for (const TrendPoint &p : *points)
        seen << QStringLiteral("trend %1: %2 %3").arg(p.period.toString(Qt::ISODate)).arg(p.values[1].n).arg(p.values[1].mean.value_or(-1));
    EvaluationQuery list(db);
    seen << QStringLiteral("evaluations listed: %1").arg(*list.count({}));
    const auto page = list.page({}, EvaluationColumn::OccurredAt, Qt::AscendingOrder, 0, 100);
    for (const EvaluationRow &r : *page)
        seen << QStringLiteral("listed %1").arg(r.id);
    for (const char *table : {"score_rollup", "staff_score_rollup", "compliance_rollup", "interaction_rollup", "gap_clusters"})
        seen << rowsOf(db, table);
    // A sample of March's calls: X1 and X2 are candidates whether or not they were calibrated.
    SampleRequest sample;
    sample.from = QDateTime(QDate(2025, 3, 1), QTime(0, 0));
    sample.to = QDateTime(QDate(2025, 4, 1), QTime(0, 0));
    sample.formId = f.scorecard.formId;
    sample.perAgent = 5;
    sample.seed = 7;
    sample.inspectorIds = {f.inspector};
    const auto drawn = drawSample(db, sample, f.inspector);
    if (!drawn)
        qFatal("%s", qPrintable(drawn.error()));
    seen << QStringLiteral("sample: %1 agents, %2 candidates, %3 drawn").arg(drawn->agents).arg(drawn->candidates).arg(drawn->drawn);
    const auto queue = workQueue(db, f.inspector, true);
    for (const QueueItem &item : *queue)
        seen << QStringLiteral("queue %1").arg(item.interactionId);
    return seen;
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT

private slots:
    void proposesConsensusAndComparesInspectors()
    {
        CalibrationFixture f;
        f.run();
        const auto c = Calibration(*f.ws.db, f.lead).compare(f.session);
        QVERIFY2(c, qPrintable(c ? QString() : c.error()));
        QCOMPARE(c->session.status, CalibrationStatus::Closed);
        QCOMPARE(c->rows.size(), 6);
        // The split items first, in the session's order.
        QCOMPARE(c->rows[0].interactionId, f.x1);
        QCOMPARE(c->rows[0].itemKey, QStringLiteral("r1"));
        QVERIFY(near(c->rows[0].agreement, 1.0 / 3));
        QCOMPARE(c->rows[1].itemKey, QStringLiteral("e1"));
        QCOMPARE(c->rows[1].interactionId, f.x2);
        QCOMPARE(c->rows[2].itemKey, QStringLiteral("c1"));
        QVERIFY(near(c->rows[3].agreement, 1.0));
        QVERIFY(near(c->rows[0].spread, 1.0));
        // Proposed: the mode.
        QVERIFY(c->rows[0].consensus);
        QCOMPARE(*c->rows[0].consensus->value, 0.0);
        QVERIFY(c->rows[0].consensusProposed);
        QVERIFY(near(c->consensusScores.value(f.x1), 50));
        QVERIFY(near(c->consensusScores.value(f.x2), 100));
        // Participants in name order: 刘勇, 赵磊, 陈静 (by code point).
        QCOMPARE(c->inspectors.size(), 3);
        QHash<qint64, InspectorDeviation> by;
        for (const InspectorDeviation &d : c->inspectors)
            by.insert(d.inspectorId, d);
        QVERIFY(near(by[f.inspector].points, 25));
        QVERIFY(near(by[f.chen].points, -25));
        QVERIFY(near(by[f.zhao].points, -50));
        QVERIFY(near(by[f.zhao].absolutePoints, 50));
        for (qint64 who : {f.inspector, f.chen, f.zhao}) {
            QVERIFY(near(by[who].matching, 5.0 / 6));
            QCOMPARE(by[who].interactions, 2);
        }
        // 刘勇 said yes to r1 of X1 where the consensus is no: +100 on reliability there, 0 on X2.
        QVERIFY(near(by[f.inspector].dimensions[dimensionIndex(Dimension::Reliability)], 50));
        QVERIFY(near(by[f.inspector].dimensions[dimensionIndex(Dimension::Empathy)], 0));

        QHash<QString, CalibrationStatistic> stats;
        for (const CalibrationStatistic &s : c->statistics)
            stats.insert(s.group + QLatin1Char('/') + s.name, s);
        QVERIFY(near(stats.value(QStringLiteral("Yes/no items/Percent agreement")).value.value, 2.0 / 3));
        QVERIFY(near(stats.value(QStringLiteral("Yes/no items/Fleiss' κ")).value.value, 1.0 / 28));
        QCOMPARE(stats.value(QStringLiteral("Yes/no items/Fleiss' κ")).reading, QStringLiteral("slight"));
        QVERIFY(near(stats.value(QStringLiteral("Yes/no items/Gwet's AC1")).value.value, 26.0 / 53));
        QCOMPARE(stats.value(QStringLiteral("Yes/no items/Gwet's AC1")).reading, QStringLiteral("moderate"));
        QCOMPARE(stats.value(QStringLiteral("Yes/no items/Gwet's AC1")).units, 6);
        // The scores: ICC(2,1) of {100, 50, 50} and {100, 50, 0}, as the statistic itself gives it.
        const auto icc = intraclassCorrelations({{100, 50, 50}, {100, 50, 0}});
        QVERIFY(near(stats.value(QStringLiteral("Scores (%)/ICC(2,1)")).value.value, *icc->forms[1].icc.value));
        QVERIFY(!stats.contains(QStringLiteral("Ratings 1–5/ICC(2,1)"))); // no rating items
    }

    void theLeadChangesTheConsensusWithAReason()
    {
        CalibrationFixture f;
        f.run();
        Calibration lead(*f.ws.db, f.lead);
        const Status noReason = lead.setConsensus(f.session, f.x1, QStringLiteral("r1"), Y, QStringLiteral("  "));
        QVERIFY(!noReason);
        QCOMPARE(noReason.error(), QStringLiteral("Say why the consensus of “核对订单号 Checked the order” is changed."));
        QVERIFY(lead.setConsensus(f.session, f.x1, QStringLiteral("r1"), Y, QStringLiteral("录音 0:42 已核对 order read back")));
        // The same answer again needs no reason and changes nothing.
        QVERIFY(lead.setConsensus(f.session, f.x1, QStringLiteral("r1"), Y, QString()));
        const auto c = lead.compare(f.session);
        QVERIFY(c);
        QVERIFY(near(c->consensusScores.value(f.x1), 100));
        QHash<qint64, InspectorDeviation> by;
        for (const InspectorDeviation &d : c->inspectors)
            by.insert(d.inspectorId, d);
        QVERIFY(near(by[f.inspector].points, 0));
        QVERIFY(near(by[f.chen].points, -50));
        QVERIFY(near(by[f.inspector].matching, 1.0));
        const auto row = std::find_if(c->rows.cbegin(), c->rows.cend(),
                                      [&](const CalibrationItemRow &r) { return r.interactionId == f.x1 && r.itemKey == QLatin1String("r1"); });
        QVERIFY(!row->consensusProposed);
        QCOMPARE(row->consensusReason, QStringLiteral("录音 0:42 已核对 order read back"));
        // An inspector cannot set it; nor can anyone before scoring closes.
        QVERIFY(!Calibration(*f.ws.db, f.chen).setConsensus(f.session, f.x1, QStringLiteral("r1"), N, QStringLiteral("no")));
        // Every step is in the session's trail, oldest first.
        const auto log = lead.log(f.session);
        QVERIFY(log);
        QStringList actions;
        for (const CalibrationLogEntry &e : *log)
            actions << e.action;
        QCOMPARE(actions, QStringList({"created", "handed_in", "handed_in", "handed_in", "handed_in", "handed_in", "handed_in", "closed",
                                       "consensus"}));
        QCOMPARE(log->last().oldValue, QStringLiteral("no"));
        QCOMPARE(log->last().newValue, QStringLiteral("yes"));
        QCOMPARE(log->last().itemKey, QStringLiteral("r1"));
        QCOMPARE(log->last().userName, QStringLiteral("周敏 <QA lead>"));
        QCOMPARE(log->first().newValue, QStringLiteral("三月校准 March"));
        QCOMPARE(log->at(7).newValue, QStringLiteral("6")); // two interactions of three items, proposed
        // The trail refuses to be changed.
        QSqlQuery q(f.ws.db->connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM calibration_log")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE calibration_log SET note = 'x'")));
    }

    // Blind means blind in core: while scoring is open no one — another inspector, the lead —
    // reads an inspector's answers, and there is no comparison or export.
    void blindSessionsAreBlindInCore()
    {
        CalibrationFixture f;
        f.session = f.create(true);
        f.score(f.chen, f.x1, sc(N, Y, Y));
        const QString blind = QStringLiteral("“三月校准 March” is blind: no one reads another inspector's answers until the lead closes scoring.");
        const auto peek = Calibration(*f.ws.db, f.inspector).scoring(f.session, f.x1, f.chen);
        QVERIFY(!peek);
        QCOMPARE(peek.error(), blind);
        QVERIFY(!Calibration(*f.ws.db, f.lead).scoring(f.session, f.x1, f.chen));
        const auto compared = Calibration(*f.ws.db, f.lead).compare(f.session);
        QVERIFY(!compared);
        QCOMPARE(compared.error(), blind);
        QVERIFY(!Calibration(*f.ws.db, f.chen).compare(f.session));
        QVERIFY(!Calibration(*f.ws.db, f.lead).exportAnswerMatrix(f.session, f.ws.dir.filePath(QStringLiteral("m.csv"))));
        QVERIFY(!QFile::exists(f.ws.dir.filePath(QStringLiteral("m.csv"))));
        // The trail says who handed in, but a score only to the one who gave it.
        f.score(f.inspector, f.x1, sc(Y, Y, Y));
        const auto handedIn = [&](qint64 reader) {
            QStringList scores;
            const auto log = Calibration(*f.ws.db, reader).log(f.session);
            for (const CalibrationLogEntry &e : *log)
                if (e.action == QLatin1String("handed_in"))
                    scores << e.userName + QLatin1Char(' ') + e.newValue;
            return scores;
        };
        const QString chen = test::scalar(*f.ws.db, QStringLiteral("SELECT name FROM users WHERE id = %1").arg(f.chen)).toString();
        const QString me = test::scalar(*f.ws.db, QStringLiteral("SELECT name FROM users WHERE id = %1").arg(f.inspector)).toString();
        QCOMPARE(handedIn(f.inspector), (QStringList{chen + QStringLiteral(" "), me + QStringLiteral(" 100.0")}));
        QCOMPARE(handedIn(f.chen), (QStringList{chen + QStringLiteral(" 50.0"), me + QStringLiteral(" ")}));
        QCOMPARE(handedIn(f.lead), (QStringList{chen + QStringLiteral(" "), me + QStringLiteral(" ")}));
        // Her own answers she reads.
        const auto own = Calibration(*f.ws.db, f.chen).scoring(f.session, f.x1, f.chen);
        QVERIFY(own);
        QCOMPARE(own->answers.value(QStringLiteral("r1")).value, std::optional<double>(0));
        QVERIFY(own->handedInAt);
        // Once the lead closes scoring, everyone reads everyone's.
        QVERIFY(Calibration(*f.ws.db, f.lead).close(f.session));
        const auto after = Calibration(*f.ws.db, f.inspector).scoring(f.session, f.x1, f.chen);
        QVERIFY(after);
        QCOMPARE(after->answers.size(), 3);
    }

    void openSessionsShowAnswersAsTheyCome()
    {
        CalibrationFixture f;
        f.session = f.create(false, QStringLiteral("Open"));
        f.score(f.chen, f.x1, sc(N, Y, Y));
        QVERIFY(Calibration(*f.ws.db, f.inspector).scoring(f.session, f.x1, f.chen));
        const auto c = Calibration(*f.ws.db, f.inspector).compare(f.session);
        QVERIFY(c);
        QCOMPARE(c->session.status, CalibrationStatus::Open);
    }

    void theRulesOfTheSession()
    {
        CalibrationFixture f;
        NewCalibrationSession s;
        s.name = QStringLiteral("S");
        s.formVersionId = f.scorecard.versionId;
        s.interactions = {f.x1};
        s.participants = {f.inspector, f.chen};
        // Only a lead creates one.
        const auto byInspector = Calibration(*f.ws.db, f.inspector).create(s);
        QVERIFY(!byInspector);
        QCOMPARE(byInspector.error(), QStringLiteral("Only a QA lead runs calibration sessions: creates them, closes scoring and sets the consensus."));
        // At least two inspectors, 1–50 interactions, no managers scoring.
        s.participants = {f.inspector, f.inspector};
        QCOMPARE(Calibration(*f.ws.db, f.lead).create(s).error(), QStringLiteral("Calibration compares inspectors: choose at least two."));
        s.participants = {f.inspector, f.manager};
        QVERIFY(Calibration(*f.ws.db, f.lead).create(s).error().startsWith(QStringLiteral("王芳 is a")));
        s.participants = {f.inspector, f.chen};
        s.interactions = QVector<qint64>(51, f.x1);
        for (int i = 0; i < 51; ++i)
            s.interactions[i] = f.x1 + i;
        QCOMPARE(Calibration(*f.ws.db, f.lead).create(s).error(), QStringLiteral("A session scores 1 to 50 interactions; this one has 51."));
        s.interactions = {f.x1};
        s.name = QStringLiteral("   ");
        QCOMPARE(Calibration(*f.ws.db, f.lead).create(s).error(), QStringLiteral("Give the session a name."));
        s.name = QStringLiteral("S");
        // A form scores what it was made for: the checklist no call, the scorecard no store visit.
        s.formVersionId = f.checklist.versionId;
        QCOMPARE(Calibration(*f.ws.db, f.lead).create(s).error(),
                 QStringLiteral("Interaction %1 (Call) is not a store visit: 门店检查表 Store checklist scores store visits only.").arg(f.x1));
        s.formVersionId = f.scorecard.versionId;
        const qint64 visit = test::scalar(*f.ws.db, QStringLiteral("SELECT MIN(id) FROM interactions WHERE channel = 'visit'")).toLongLong();
        s.interactions = {f.x1, visit};
        QCOMPARE(Calibration(*f.ws.db, f.lead).create(s).error(),
                 QStringLiteral("Interaction %1 is a store visit: score it in a session on a store checklist, not on 热线质检表 <Hotline> & Co.").arg(visit));
        s.interactions = {f.x1};
        const auto id = Calibration(*f.ws.db, f.lead).create(s);
        QVERIFY(id);
        // Only participants score, only interactions of the session.
        QCOMPARE(Calibration(*f.ws.db, f.zhao).save(*id, f.x1, sc(Y, Y, Y), {}).error(), QStringLiteral("You do not take part in “S”."));
        QVERIFY(!Calibration(*f.ws.db, f.chen).save(*id, f.x2, sc(Y, Y, Y), {}));
        // Required items first; then handed in, it no longer changes.
        Calibration chen(*f.ws.db, f.chen);
        QVERIFY(chen.save(*id, f.x1, Answers{{QStringLiteral("r1"), Y}}, {}));
        QCOMPARE(chen.handIn(*id, f.x1).error(), QStringLiteral("2 required item(s) not answered."));
        QVERIFY(chen.save(*id, f.x1, sc(Y, Y, Y), {}));
        QVERIFY(chen.handIn(*id, f.x1));
        QCOMPARE(chen.save(*id, f.x1, sc(N, Y, Y), {}).error(), QStringLiteral("You handed this interaction in already; it can no longer change."));
        // Only the lead closes; once closed nobody scores.
        QVERIFY(!chen.close(*id));
        QVERIFY(Calibration(*f.ws.db, f.lead).close(*id));
        QCOMPARE(Calibration(*f.ws.db, f.inspector).save(*id, f.x1, sc(Y, Y, Y), {}).error(), QStringLiteral("Scoring of “S” is closed."));
    }

    // Calibration scores never count: every reader of real work gives the same with a whole
    // session scored and closed as without it.
    void calibrationNeverCountsInRealWork()
    {
        CalibrationFixture without;
        CalibrationFixture with;
        with.run();
        QVERIFY(Calibration(*with.ws.db, with.lead).setConsensus(with.session, with.x1, QStringLiteral("r1"), Y, QStringLiteral("why")));
        const QStringList expected = realWork(without);
        const QStringList seen = realWork(with);
        if (qEnvironmentVariableIsSet("SHOW_REAL_WORK"))
            qInfo().noquote() << expected.join(QLatin1Char('\n'));
        QCOMPARE(seen, expected);
        // And the comparison is not empty: something was there to leak.
        QVERIFY(expected.contains(QStringLiteral("evaluations listed: 8")));
        QVERIFY2(expected.filter(QStringLiteral("sample:")).first().contains(QStringLiteral("drawn")), qPrintable(expected.join('\n')));
        QCOMPARE(test::scalar(*with.ws.db, QStringLiteral("SELECT COUNT(*) FROM calibration_scores")).toInt(), 6);
    }

    void theAnswerMatrixAsCsv()
    {
        CalibrationFixture f;
        f.run();
        const QString path = f.ws.dir.filePath(QStringLiteral("matrix.csv"));
        Calibration lead(*f.ws.db, f.lead);
        QVERIFY(lead.exportAnswerMatrix(f.session, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // so that Excel reads it as UTF-8
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines[0], QStringLiteral("interaction_id,item_key,item,dimension,刘勇,赵磊,陈静,consensus,agreement,spread"));
        QCOMPARE(lines[1], QStringLiteral("%1,r1,核对订单号 Checked the order,reliability,yes,no,no,no,0.333333,1").arg(f.x1));
        QCOMPARE(lines[6], QStringLiteral("%1,c1,读了录音声明 Read the disclosure,assurance,yes,no,yes,yes,0.333333,1").arg(f.x2));
        // Never over the workspace.
        QVERIFY(!lead.exportAnswerMatrix(f.session, f.ws.path));
    }

    void driftOverSessions()
    {
        CalibrationFixture f;
        f.run();
        const qint64 first = f.session;
        // A second session in which 赵磊 fails what the others pass.
        f.session = f.create(true, QStringLiteral("April"));
        for (qint64 x : {f.x1, f.x2}) {
            f.score(f.inspector, x, sc(Y, Y, Y));
            f.score(f.chen, x, sc(Y, Y, Y));
            f.score(f.zhao, x, sc(N, N, Y));
        }
        QVERIFY(Calibration(*f.ws.db, f.lead).close(f.session));
        const auto drift = Calibration(*f.ws.db, f.lead).drift();
        QVERIFY(drift);
        QCOMPARE(drift->size(), 6);
        QCOMPARE(drift->first().sessionId, first);
        QCOMPARE(drift->last().sessionId, f.session);
        for (const CalibrationDriftPoint &p : *drift) {
            if (p.sessionId == f.session && p.inspectorId == f.zhao) {
                QVERIFY(near(p.points, -100));
                QVERIFY(near(p.matching, 2.0 / 6));
            }
        }
        QCOMPARE(*calibrationTolerance(*f.ws.db), 5.0);
        QVERIFY(setCalibrationTolerance(*f.ws.db, 7.5));
        QCOMPARE(*calibrationTolerance(*f.ws.db), 7.5);
        QVERIFY(!setCalibrationTolerance(*f.ws.db, 0));
    }

    void drawsAtRandomFromAPeriod()
    {
        CalibrationFixture f;
        CalibrationDraw draw;
        draw.from = QDate(2025, 3, 1);
        draw.to = QDate(2025, 3, 31);
        draw.siteId = f.east1;
        draw.channels = {Channel::Call};
        draw.count = 3;
        draw.seed = 11;
        const auto a = drawCalibrationInteractions(*f.ws.db, draw);
        QVERIFY(a);
        QCOMPARE(a->size(), 3);
        QCOMPARE(*drawCalibrationInteractions(*f.ws.db, draw), *a); // the same seed, the same draw
        // S1's March calls are five (three evaluated, X1, X2): asking for more gives all five.
        draw.count = 50;
        QCOMPARE(drawCalibrationInteractions(*f.ws.db, draw)->size(), 5);
        draw.channels = {Channel::Email};
        QVERIFY(!drawCalibrationInteractions(*f.ws.db, draw));
        // What the scorecard scores: calls, chats and emails together.
        draw.channels = channelsScoredBy(FormKind::Scorecard);
        QCOMPARE(draw.channels, (QVector<Channel>{Channel::Call, Channel::Chat, Channel::Email, Channel::Social}));
        QCOMPARE(drawCalibrationInteractions(*f.ws.db, draw)->size(), 5);
        QCOMPARE(channelsScoredBy(FormKind::Checklist), QVector<Channel>{Channel::Visit});
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
