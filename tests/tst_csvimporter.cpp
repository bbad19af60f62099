// Imports as a QA lead runs them: real files, all-or-nothing, clear messages.

#include "csvimporter.h"
#include "gaptrends.h"
#include "servqual.h"
#include "surveyrepository.h"
#include "interactionquery.h"
#include "interactionrepository.h"
#include "testsupport.h"
#include "timeutil.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <cmath>

using namespace servqa;

namespace {
qint64 count(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    q.next();
    return q.value(0).toLongLong();
}

Result<ImportSummary> importFile(Database &db, ImportKind kind, const QString &file,
                                 CsvEncoding encoding = CsvEncoding::Auto)
{
    ImportOptions options;
    options.kind = kind;
    options.encoding = encoding;
    return importCsv(db, test::dataPath(QStringLiteral("import/") + file), options);
}

qint64 scalarId(Database &db, const char *code)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM sites WHERE code = ?"));
    q.addBindValue(QString::fromLatin1(code));
    q.exec();
    q.next();
    return q.value(0).toLongLong();
}

// Sites and staff that the interaction files refer to.
// The two stores and seven contacts the feedback files refer to (tests/data/indicators).
bool importFeedbackContacts(Database &db)
{
    return test::importText(db, ImportKind::Sites, test::readData(QStringLiteral("indicators/sites.csv")))
           && test::importText(db, ImportKind::Interactions, test::readData(QStringLiteral("indicators/interactions.csv")));
}

// A feedback file of these bytes, under this name, imported into `survey`.
Result<ImportSummary> importFeedbackFile(Database &db, const QString &name, const QByteArray &bytes, const QString &survey)
{
    ImportOptions options;
    options.kind = ImportKind::Feedback;
    options.feedbackSurvey = survey;
    return test::importBytes(db, name, bytes, options);
}

void importOrganisation(Database &db)
{
    const auto sites = importFile(db, ImportKind::Sites, QStringLiteral("sites.csv"));
    QVERIFY2(sites, qPrintable(sites.ok() ? QString() : sites.error()));
    const auto staff = importFile(db, ImportKind::Staff, QStringLiteral("staff.csv"));
    QVERIFY2(staff, qPrintable(staff.ok() ? QString() : staff.error()));
}
} // namespace

class TestCsvImporter : public QObject
{
    Q_OBJECT

private slots:
    void sitesWithBomCrlfQuotesAndLaterParent()
    {
        test::Workspace ws;
        const auto summary = importFile(*ws.db, ImportKind::Sites, QStringLiteral("sites.csv"));
        QVERIFY2(summary, qPrintable(summary.ok() ? QString() : summary.error()));
        QCOMPARE(summary->rows, 4);
        QCOMPARE(summary->inserted, 4);
        QSqlQuery q(ws.db->connection());
        q.exec(QStringLiteral("SELECT s.name, s.kind, p.code FROM sites s LEFT JOIN sites p ON p.id = s.parent_id ORDER BY s.code"));
        QVector<QStringList> rows;
        while (q.next())
            rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        QCOMPARE(rows, (QVector<QStringList>{
                           {QStringLiteral("上海客服中心 Shanghai Contact Centre"), QStringLiteral("team"), QString()},
                           {QStringLiteral("Hotline \"Team\" 1"), QStringLiteral("team"), QStringLiteral("CC-SH")},
                           {QStringLiteral("上海南京西路店, 旗舰"), QStringLiteral("store"), QString()},
                           {QStringLiteral("北京国贸店"), QStringLiteral("store"), QString()}}));
    }

    void interactionsUtf8WithEmbeddedNewlinesAndDateForms()
    {
        test::Workspace ws;
        importOrganisation(*ws.db);
        const auto summary = importFile(*ws.db, ImportKind::Interactions, QStringLiteral("interactions_utf8.csv"));
        QVERIFY2(summary, qPrintable(summary.ok() ? QString() : summary.error()));
        QCOMPARE(summary->rows, 4);
        QCOMPARE(summary->encoding, CsvEncoding::Utf8);

        QSqlQuery q(ws.db->connection());
        q.exec(QStringLiteral("SELECT customer_ref, started_at, transcript, resolved, duration_s FROM interactions WHERE external_id = 'C-1002'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Smith, John"));
        // 2025/3/5 9:05 in the test's time zone (Asia/Shanghai, UTC+8) = 01:05 UTC.
        QCOMPARE(q.value(1).toLongLong(), QDateTime(QDate(2025, 3, 5), QTime(1, 5), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(q.value(2).toString(), QStringLiteral("Customer: \"Where is my parcel?\"\nAgent: It ships today, sorry for the wait."));
        QCOMPARE(q.value(3).toInt(), 0);
        QCOMPARE(q.value(4).toInt(), 600);

        q.exec(QStringLiteral("SELECT staff_id IS NULL, duration_s IS NULL, resolved IS NULL, hold_s IS NULL FROM interactions WHERE external_id = 'C-1004'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toBool(), true);
        QCOMPARE(q.value(1).toBool(), true); // empty stays empty, not 0
        QCOMPARE(q.value(2).toBool(), true);
        QCOMPARE(q.value(3).toBool(), true);
        q.exec(QStringLiteral("SELECT hold_s FROM interactions WHERE external_id = 'C-1001'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 45); // the hold time a scorecard's "hold time" item is filled from
    }

    void gb18030FromChineseExcel()
    {
        test::Workspace ws;
        importOrganisation(*ws.db);
        const auto summary = importFile(*ws.db, ImportKind::Interactions, QStringLiteral("interactions_gb18030.csv"));
        QVERIFY2(summary, qPrintable(summary.ok() ? QString() : summary.error()));
        QCOMPARE(summary->encoding, CsvEncoding::Gb18030);
        QCOMPARE(summary->rows, 3);
        QSqlQuery q(ws.db->connection());
        q.exec(QStringLiteral("SELECT channel, customer_ref, resolved, transcript FROM interactions ORDER BY external_id"));
        QVector<QStringList> rows;
        while (q.next())
            rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        QCOMPARE(rows, (QVector<QStringList>{
                           {QStringLiteral("call"), QStringLiteral("张先生"), QStringLiteral("1"), QStringLiteral("客户询问退货流程")},
                           {QStringLiteral("chat"), QStringLiteral("李女士"), QStringLiteral("0"),
                            QStringLiteral("客户：冷链商品化了，怎么办？\n坐席：非常抱歉，马上为您补发。")},
                           {QStringLiteral("visit"), QStringLiteral("王先生"), QStringLiteral("1"), QString()}}));
    }

    void gb18030ChosenExplicitly()
    {
        test::Workspace ws;
        importOrganisation(*ws.db);
        const auto summary = importFile(*ws.db, ImportKind::Interactions, QStringLiteral("interactions_gb18030.csv"), CsvEncoding::Gb18030);
        QVERIFY(summary);
        QCOMPARE(count(*ws.db, QStringLiteral("interactions")), 3);
    }

    // One bad row rejects the whole file, the message names file, line and column, and not
    // one row is written.
    void badFilesAreRejectedWhole_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("ragged row") << "interactions_ragged.csv"
                                    << "interactions_ragged.csv, line 4: 5 fields, but the header has 4. Check for a missing or extra comma, or an unclosed quote.";
        QTest::newRow("impossible date") << "interactions_bad_date.csv"
                                         << "interactions_bad_date.csv, line 3, column 4 (started_at): \"2025-02-30 10:00\" is not a date and time (use 2024-03-05 14:30 or 2024/3/5 14:30)";
        QTest::newRow("unknown site") << "interactions_unknown_site.csv"
                                      << "interactions_unknown_site.csv, line 3, column 3 (site_code): there is no site with code \"NOPE\"";
        QTest::newRow("unclosed quote") << "interactions_unclosed_quote.csv"
                                        << "interactions_unclosed_quote.csv, line 3: a quoted field is not closed before the end of the file";
        QTest::newRow("wrong encoding for the data") << "interactions_gb18030.csv"
                                                     << "interactions_gb18030.csv, line 1: the file is not valid UTF-8 here; if it was saved by Excel on a Chinese system, choose the GB18030 encoding";
    }

    void badFilesAreRejectedWhole()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        test::Workspace ws;
        importOrganisation(*ws.db);
        const auto summary = importFile(*ws.db, ImportKind::Interactions, file,
                                        file.contains(QLatin1String("gb18030")) ? CsvEncoding::Utf8 : CsvEncoding::Auto);
        QVERIFY(!summary);
        QCOMPARE(summary.error(), message);
        QCOMPARE(count(*ws.db, QStringLiteral("interactions")), 0);
    }

    // Values that once got in: each is refused with its line and column, and nothing is written.
    void badValuesAreRefused_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        QTest::newRow("offset +99:99") << int(ImportKind::Interactions)
                                      << QByteArray("external_id,channel,site_code,started_at\nX1,call,S001,2025-03-05 10:00+99:99\n")
                                      << "bad.csv, line 2, column 4 (started_at): \"2025-03-05 10:00+99:99\" is not a date and time (use 2024-03-05 14:30 or 2024/3/5 14:30)";
        QTest::newRow("offset +15:00") << int(ImportKind::Interactions)
                                      << QByteArray("external_id,channel,site_code,started_at\nX1,call,S001,2025-03-05T10:00+15:00\n")
                                      << "bad.csv, line 2, column 4 (started_at): \"2025-03-05T10:00+15:00\" is not a date and time (use 2024-03-05 14:30 or 2024/3/5 14:30)";
        QTest::newRow("nan importance points")
            << int(ImportKind::Survey)
            << QByteArray("respondent_id,site_code,responded_at,e1,p1,imp_tangibles,imp_reliability,imp_responsiveness,imp_assurance,imp_empathy\n"
                          "R1,S001,2025-03-05 10:00,5,6,nan,25,25,25,25\n")
            << "bad.csv, line 2, column 6 (imp_tangibles): \"nan\" is not a number of points";
        QTest::newRow("infinite importance points")
            << int(ImportKind::Survey)
            << QByteArray("respondent_id,site_code,responded_at,e1,p1,imp_tangibles,imp_reliability,imp_responsiveness,imp_assurance,imp_empathy\n"
                          "R1,S001,2025-03-05 10:00,5,6,inf,25,25,25,25\n")
            << "bad.csv, line 2, column 6 (imp_tangibles): \"inf\" is not a number of points";
        QTest::newRow("parents in a loop") << int(ImportKind::Sites)
                                          << QByteArray("code,name,kind,region,parent_code\nL1,Loop one,store,East,L2\nL2,Loop two,store,East,L3\n"
                                                        "L3,Loop three,store,East,L1\n")
                                          << "bad.csv, line 2, column 5 (parent_code): the parents go round in a loop (L1 → L2 → L3 → L1)";
        QTest::newRow("loop through a site already there")
            << int(ImportKind::Sites) << QByteArray("code,name,kind,region,parent_code\nS001,Flagship,store,East,CC-SH\nCC-SH,Centre,team,East,S001\n")
            << "bad.csv, line 2, column 5 (parent_code): the parents go round in a loop (S001 → CC-SH → S001)";
        QTest::newRow("a megabyte of header") << int(ImportKind::Sites) << QByteArray("code,") + QByteArray("x,").repeated(200000) + "y\nS9,Nine\n"
                                              << "bad.csv, line 1: the required column \"name\" is missing (the header has: code, x, x, x, x, x, x, x, x, x, x, x, … (200002 columns in all)).";
        QTest::newRow("a megabyte in a field")
            << int(ImportKind::Interactions)
            << QByteArray("external_id,channel,site_code,started_at\nX1,") + QByteArray("c").repeated(1 << 20) + ",S001,2025-03-05 10:00\n"
            << "bad.csv, line 2, column 2 (channel): \"cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc…\" is not a channel (call, chat, email, visit, social)";
    }

    void badValuesAreRefused()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        test::Workspace ws;
        importOrganisation(*ws.db);
        const qint64 sitesBefore = count(*ws.db, QStringLiteral("sites"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        ImportOptions options;
        options.kind = ImportKind(kind);
        options.surveyWave = QStringLiteral("wave");
        const auto summary = importCsv(*ws.db, path, options);
        QVERIFY(!summary);
        QCOMPARE(summary.error(), message);
        QVERIFY(summary.error().size() < 400); // a message box stays a message
        QCOMPARE(count(*ws.db, QStringLiteral("interactions")), 0);
        QCOMPARE(count(*ws.db, QStringLiteral("survey_responses")), 0);
        QCOMPARE(count(*ws.db, QStringLiteral("sites")), sitesBefore);
        QSqlQuery q(ws.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sites WHERE parent_id IS NOT NULL AND code IN ('S001', 'CC-SH')")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void reimportDoesNotDuplicate()
    {
        test::Workspace ws;
        importOrganisation(*ws.db);
        QVERIFY(importFile(*ws.db, ImportKind::Interactions, QStringLiteral("interactions_utf8.csv")));
        const auto again = importFile(*ws.db, ImportKind::Interactions, QStringLiteral("interactions_utf8.csv"));
        QVERIFY(again);
        QCOMPARE(again->inserted, 0);
        QCOMPARE(again->updated, 4);
        QCOMPARE(count(*ws.db, QStringLiteral("interactions")), 4);
        const auto sitesAgain = importFile(*ws.db, ImportKind::Sites, QStringLiteral("sites.csv"));
        QVERIFY(sitesAgain);
        QCOMPARE(count(*ws.db, QStringLiteral("sites")), 4);
    }

    // An import as large as a good share of the interactions there are puts the indexes only the
    // list sorts by aside and makes them again before it commits (schema 44): whole or refused, it
    // leaves every index an empty workspace has, with the same definition, and the list sorted by
    // duration reads them.
    void interactionImportsLeaveEveryIndex()
    {
        test::Workspace ws;
        importOrganisation(*ws.db);
        const QStringList expected = test::indexDefinitions(*ws.db);
        QVERIFY(expected.filter(QRegularExpression(QStringLiteral("^interactions_duration: CREATE INDEX interactions_duration ON "))).size() == 1);
        // Into no interactions: put aside, made again.
        QVERIFY(importFile(*ws.db, ImportKind::Interactions, QStringLiteral("interactions_utf8.csv")));
        QCOMPARE(test::indexDefinitions(*ws.db), expected);
        const auto longest = InteractionQuery(*ws.db).page({}, InteractionColumn::Duration, Qt::DescendingOrder, 0, 10);
        QVERIFY(longest);
        QCOMPARE(longest->size(), 4);
        QVERIFY(longest->at(0).durationSeconds >= longest->at(1).durationSeconds);
        // Refused after its first rows: the indexes as they were, the rows too.
        QVERIFY(!importFile(*ws.db, ImportKind::Interactions, QStringLiteral("interactions_unknown_site.csv")));
        QCOMPARE(test::indexDefinitions(*ws.db), expected);
        QCOMPARE(count(*ws.db, QStringLiteral("interactions")), 4);
        // A file small beside the interactions there are: written into the indexes as it goes.
        {
            QSqlQuery bulk(ws.db->connection());
            QVERIFY(bulk.exec(QStringLiteral(
                "WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 5000) "
                "INSERT INTO interactions (source, external_id, channel, site_id, customer_ref, started_at, duration_s) "
                "SELECT 'bulk', 'B-' || k, 'call', (SELECT MIN(id) FROM sites), 'R', 1700000000 + k, k FROM n")));
        }
        QVERIFY(importFile(*ws.db, ImportKind::Interactions, QStringLiteral("interactions_utf8.csv")));
        QCOMPARE(test::indexDefinitions(*ws.db), expected);
        QCOMPARE(InteractionQuery(*ws.db).page({}, InteractionColumn::Duration, Qt::DescendingOrder, 0, 1)->at(0).durationSeconds,
                 std::optional<int>(5000));
    }

    // An import indexes its transcripts for the Interactions list's search all at once before it
    // commits (schema 16): a row given twice in one file is found by its last text, a row
    // imported earlier by its new text only; a refused file leaves the index as it was.
    void importedTranscriptsAreFoundBySearch()
    {
        test::Workspace ws;
        importOrganisation(*ws.db);
        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QByteArray &csv) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(csv);
            return f.fileName();
        };
        ImportOptions options;
        options.kind = ImportKind::Interactions;
        QVERIFY(importCsv(*ws.db,
                          write(QStringLiteral("day1.csv"), "external_id,channel,site_code,started_at,transcript\n"
                                                            "T1,chat,S001,2025-03-05 10:00,客户：收到的冷链商品已经化了。\n"
                                                            "T2,chat,S001,2025-03-05 11:00,Customer: where is my parcel?\n"),
                          options));
        const auto summary = importCsv(*ws.db,
                                       write(QStringLiteral("day2.csv"), "external_id,channel,site_code,started_at,transcript\n"
                                                                         "T3,chat,S001,2025-03-06 10:00,客户：我要投诉快递员。\n"
                                                                         "T3,chat,S001,2025-03-06 10:00,客户：我要投诉配送太慢。\n"
                                                                         "T1,chat,S001,2025-03-05 10:00,客户：退款还没到账。\n"),
                                       options);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error()));
        const auto found = [&ws](const char *text) {
            InteractionFilter f;
            f.text = QString::fromUtf8(text);
            const auto n = InteractionQuery(*ws.db).count(f);
            if (!n)
                qWarning("%s", qPrintable(n.error()));
            return n ? *n : qint64(-1);
        };
        QCOMPARE(found("冷链商品"), 0); // T1's first text, replaced
        QCOMPARE(found("退款还没"), 1);
        QCOMPARE(found("投诉快递员"), 0); // T3's first line in the file
        QCOMPARE(found("投诉配送"), 1);
        QCOMPARE(found("parcel"), 1);
        QVERIFY(!importCsv(*ws.db, write(QStringLiteral("bad.csv"), "external_id,channel,site_code,started_at,transcript\n"
                                                                    "T9,chat,S001,2025-03-07 10:00,客户：发票开错了。\n"
                                                                    "T10,fax,S001,2025-03-07 10:00,no\n"),
                           options));
        QCOMPARE(found("发票开错"), 0);
        QSqlQuery q(ws.db->connection());
        if (!test::onServer()) { // a file's full-text index (FTS5) matches its table; a server has none to keep
            QVERIFY(q.exec(QStringLiteral("INSERT INTO interactions_search (interactions_search, rank) VALUES ('integrity-check', 1)")));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM servqa_meta WHERE key = 'interactions_search_after'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        // A row written one by one afterwards is indexed at once (the insert trigger is back).
        Interaction one;
        one.externalId = QStringLiteral("T20");
        one.channel = Channel::Chat;
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM sites WHERE code = 'S001'")) && q.next());
        one.siteId = q.value(0).toLongLong();
        one.startedAt = QDateTime(QDate(2025, 3, 8), QTime(9, 0));
        one.transcript = QStringLiteral("客户：电话一直占线。");
        QVERIFY(InteractionRepository(*ws.db).upsert(one));
        QCOMPARE(found("一直占线"), 1);
    }

    void missingRequiredColumnIsNamed()
    {
        test::Workspace ws;
        const auto summary = importFile(*ws.db, ImportKind::Staff, QStringLiteral("sites.csv"));
        QVERIFY(!summary);
        QCOMPARE(summary.error(), QStringLiteral("sites.csv, line 1: the required column \"site_code\" is missing (the header has: code, name, kind, region, parent_code)."));
    }

    void staffNeedsKnownSite()
    {
        test::Workspace ws;
        const auto summary = importFile(*ws.db, ImportKind::Staff, QStringLiteral("staff.csv"));
        QVERIFY(!summary);
        QCOMPARE(summary.error(), QStringLiteral("staff.csv, line 2, column 3 (门店编码): there is no site with code \"CC-SH-T1\"; import the sites first"));
        QCOMPARE(count(*ws.db, QStringLiteral("staff")), 0);
    }

    // Cancelling (from the progress callback) writes nothing, even after many good rows.
    void cancelWritesNothing()
    {
        test::Workspace ws;
        importOrganisation(*ws.db);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("external_id,channel,site_code,started_at\n");
            for (int i = 0; i < 10000; ++i)
                f.write(QStringLiteral("M-%1,call,CC-SH-T1,2025-03-05 10:00\n").arg(i).toUtf8());
        }
        ImportOptions options;
        options.kind = ImportKind::Interactions;
        int calls = 0;
        const auto summary = importCsv(*ws.db, path, options, [&](qint64, qint64) { return ++calls < 3; });
        QVERIFY(!summary);
        QCOMPARE(summary.error(), QStringLiteral("Import of many.csv cancelled; nothing was written."));
        QCOMPARE(calls, 3);
        QCOMPARE(count(*ws.db, QStringLiteral("interactions")), 0);
    }

    void explicitColumnMapping()
    {
        test::Workspace ws;
        importOrganisation(*ws.db);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("odd.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("when,where,what,ref\n2025-04-01 08:00,CC-SH-T1,phone,X-9\n");
        f.close();
        ImportOptions options;
        options.kind = ImportKind::Interactions;
        // source, external_id, channel, site, staff, customer, started, duration, first response, resolved, recording, transcript
        options.mapping = {-1, 3, 2, 1, -1, -1, 0, -1, -1, -1, -1, -1};
        const auto summary = importCsv(*ws.db, path, options);
        QVERIFY2(summary, qPrintable(summary.ok() ? QString() : summary.error()));
        InteractionRepository repo(*ws.db);
        QSqlQuery q(ws.db->connection());
        q.exec(QStringLiteral("SELECT source, external_id, channel FROM interactions"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("csv"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("X-9"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("call"));
    }

    // SERVQUAL responses in the wide format: the worked example of docs/gap-model.md, imported,
    // gives the same gaps as computed from the example directly.
    void surveyWideFormatGivesTheWorkedExample()
    {
        test::Workspace ws;
        importOrganisation(*ws.db);
        ImportOptions options;
        options.kind = ImportKind::Survey;
        options.surveyWave = QStringLiteral("2025 Q1 顾客满意度");
        const QString path = test::dataPath(QStringLiteral("import/survey_worked_example.csv"));
        const auto summary = importCsv(*ws.db, path, options);
        QVERIFY2(summary, qPrintable(summary.ok() ? QString() : summary.error()));
        QCOMPARE(summary->rows, 3);
        QCOMPARE(summary->inserted, 3);
        const auto again = importCsv(*ws.db, path, options); // re-import replaces, never duplicates
        QVERIFY(again);
        QCOMPARE(again->inserted, 0);
        QCOMPARE(again->updated, 3);
        QCOMPARE(count(*ws.db, QStringLiteral("survey_responses")), 3);
        // Missing answers are stored as missing: R2's P5 and E18, R3's P1–P4.
        QCOMPARE(count(*ws.db, QStringLiteral("survey_answers WHERE perception IS NULL")), 5);
        QCOMPARE(count(*ws.db, QStringLiteral("survey_answers WHERE expectation IS NULL")), 1);

        SurveyRepository surveys(*ws.db);
        const auto responses = surveys.responses({});
        QVERIFY(responses);
        const auto result = computeServqual(*responses, 1);
        QVERIFY(result);
        QCOMPARE(result->dimensions[dimensionIndex(Dimension::Tangibles)].gap.n, 2);
        QCOMPARE(*result->dimensions[dimensionIndex(Dimension::Tangibles)].gap.mean, -0.5);
        QVERIFY(std::abs(*result->unweighted.mean - -1.0333333333333334) < 1e-12);
        QCOMPARE(*result->weighted.mean, -1.25);
        // Filters: one site, one period.
        SurveyFilter oneSite;
        oneSite.siteId = scalarId(*ws.db, "CC-SH");
        QCOMPARE(*surveys.count(oneSite), 1);
        SurveyFilter march4;
        march4.from = QDateTime(QDate(2025, 3, 4), QTime(0, 0));
        march4.to = QDateTime(QDate(2025, 3, 5), QTime(0, 0));
        QCOMPARE(*surveys.count(march4), 1); // R2, written 2025/3/4 9:30
    }

    // The customer gap as a trend: March is the worked example; two April respondents are a
    // period of their own, too few when at least three are required.
    void customerGapTrendByMonth()
    {
        test::Workspace ws;
        importOrganisation(*ws.db);
        ImportOptions options;
        options.kind = ImportKind::Survey;
        options.surveyWave = QStringLiteral("2025");
        QVERIFY(importCsv(*ws.db, test::dataPath(QStringLiteral("import/survey_worked_example.csv")), options));
        SurveyRepository surveys(*ws.db);
        const qint64 wave = *surveys.wave(QStringLiteral("2025"), SurveyKind::Customer);
        for (int k = 0; k < 2; ++k) {
            SurveyRecord r;
            r.respondentRef = QStringLiteral("A%1").arg(k);
            r.siteId = scalarId(*ws.db, "S001");
            r.respondedAt = QDateTime(QDate(2025, 4, 10 + k), QTime(12, 0));
            for (int i = 0; i < ServqualItemCount; ++i) {
                r.answers.expectation[i] = 6;
                r.answers.perception[i] = 6 - k; // gaps 0 and −1 everywhere
            }
            QVERIFY(surveys.upsert(wave, r));
        }
        // Management answers never count in the customer gap.
        const qint64 managers = *surveys.wave(QStringLiteral("managers"), SurveyKind::Management);
        SurveyRecord m;
        m.respondentRef = QStringLiteral("M1");
        m.siteId = scalarId(*ws.db, "S001");
        m.respondedAt = QDateTime(QDate(2025, 4, 1), QTime(9, 0));
        m.answers.expectation[0] = 1;
        m.answers.perception[0] = 7;
        QVERIFY(surveys.upsert(managers, m));

        const auto trend = customerGapTrend(*ws.db, {}, Granularity::Month, 1);
        QVERIFY2(trend, qPrintable(trend.ok() ? QString() : trend.error()));
        QCOMPARE(trend->size(), 2);
        QCOMPARE(trend->at(0).period, QDate(2025, 3, 1));
        QCOMPARE(trend->at(0).result.respondents, 3);
        QVERIFY(std::abs(*trend->at(0).result.unweighted.mean - -1.0333333333333334) < 1e-12);
        QCOMPARE(trend->at(1).period, QDate(2025, 4, 1));
        QCOMPARE(trend->at(1).result.respondents, 2);
        QCOMPARE(*trend->at(1).result.dimensions[dimensionIndex(Dimension::Empathy)].gap.mean, -0.5);

        const auto strict = customerGapTrend(*ws.db, {}, Granularity::Month, 3);
        QVERIFY(strict->at(1).result.dimensions[dimensionIndex(Dimension::Empathy)].gap.tooFew);
        QVERIFY(!strict->at(1).result.dimensions[dimensionIndex(Dimension::Empathy)].gap.mean);

        const auto weekly = customerGapTrend(*ws.db, {}, Granularity::Week, 1);
        QCOMPARE(weekly->size(), 2);
        QCOMPARE(weekly->at(0).period, QDate(2025, 3, 3));  // the Monday of 3–5 March
        QCOMPARE(weekly->at(1).period, QDate(2025, 4, 7));  // 10 and 11 April
        const auto quarterly = customerGapTrend(*ws.db, {}, Granularity::Quarter, 1);
        QCOMPARE(quarterly->size(), 2); // Q1 and Q2
        QCOMPARE(quarterly->at(1).period, QDate(2025, 4, 1));
    }

    void surveyFromChineseExcel()
    {
        test::Workspace ws;
        importOrganisation(*ws.db);
        ImportOptions options;
        options.kind = ImportKind::Survey;
        options.surveyWave = QStringLiteral("门店调查");
        const auto summary = importCsv(*ws.db, test::dataPath(QStringLiteral("import/survey_gb18030.csv")), options);
        QVERIFY2(summary, qPrintable(summary.ok() ? QString() : summary.error()));
        QCOMPARE(summary->encoding, CsvEncoding::Gb18030);
        const auto responses = SurveyRepository(*ws.db).responses({});
        QCOMPARE(responses->size(), 1);
        QCOMPARE(responses->first().perception[21], std::optional<int>(4)); // 感知22: empathy
        QCOMPARE((*responses->first().importance)[1], 30.0);              // 可靠性权重
    }

    void surveyBadAnswerRejectsTheWholeFile()
    {
        test::Workspace ws;
        importOrganisation(*ws.db);
        ImportOptions options;
        options.kind = ImportKind::Survey;
        options.surveyWave = QStringLiteral("W");
        const auto summary = importCsv(*ws.db, test::dataPath(QStringLiteral("import/survey_bad_answer.csv")), options);
        QVERIFY(!summary);
        QCOMPARE(summary.error(), QStringLiteral("survey_bad_answer.csv, line 3, column 32 (P7): \"8\" is not an answer from 1 to 7"));
        QCOMPARE(count(*ws.db, QStringLiteral("survey_responses")), 0);
        QCOMPARE(count(*ws.db, QStringLiteral("survey_waves")), 0); // the wave is not left behind either
        options.surveyWave.clear();
        QVERIFY(!importCsv(*ws.db, test::dataPath(QStringLiteral("import/survey_worked_example.csv")), options));
    }

    void previewShowsHeaderAndFirstRows()
    {
        const auto preview = previewCsv(test::dataPath(QStringLiteral("import/interactions_gb18030.csv")), CsvEncoding::Auto, 2);
        QVERIFY(preview);
        QCOMPARE(preview->header.value(0), QStringLiteral("编号"));
        QCOMPARE(preview->rows.size(), 2);
        QCOMPARE(preview->encoding, CsvEncoding::Gb18030);
        QCOMPARE(autoMapColumns(ImportKind::Interactions, preview->header),
                 (QVector<int>{-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, -1, 9, -1, -1}));
    }

    void dateForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime local(QDate(2025, 3, 5), QTime(14, 30), Qt::LocalTime);
        QTest::newRow("ISO T") << "2025-03-05T14:30:00" << local;
        QTest::newRow("ISO space no seconds") << "2025-03-05 14:30" << local;
        QTest::newRow("Excel zh") << "2025/3/5 14:30" << local;
        QTest::newRow("date only") << "2025/3/5" << QDateTime(QDate(2025, 3, 5), QTime(0, 0), Qt::LocalTime);
        QTest::newRow("UTC") << "2025-03-05T06:30:00Z" << local;
        QTest::newRow("offset") << "2025-03-05T14:30:00+08:00" << local;
        // China kept summer time 1986–1991 (the tests run in Asia/Shanghai): on 14 April 1991
        // clocks went from 02:00 to 03:00, so that day's offset is not the same all day.
        QTest::newRow("before clocks change") << "1991-04-14 01:30" << QDateTime(QDate(1991, 4, 14), QTime(1, 30), Qt::LocalTime);
        QTest::newRow("after clocks change") << "1991-04-14 03:30" << QDateTime(QDate(1991, 4, 14), QTime(3, 30), Qt::LocalTime);
        QTest::newRow("summer time") << "1991/7/1 12:00" << QDateTime(QDate(1991, 7, 1), QTime(12, 0), Qt::LocalTime);
    }

    void dateForms()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto parsed = parseDateTime(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->toSecsSinceEpoch(), expected.toSecsSinceEpoch());
        QCOMPARE(parsed->toLocalTime().time(), expected.time()); // shown in local time as written
    }

    // Customer feedback: each bad row named by line, column and what is wrong, and nothing written.
    void badFeedbackIsNamedAndNothingWritten_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<QString>("message");
        const QByteArray ok("F1,I1,,2026-11-02 10:00,5,10,7\n");
        QTest::newRow("unknown interaction") << ok + "F2,I99,,2026-11-02 10:00,5,,\n"
                                             << "bad.csv, line 3, column 2 (interaction_id): there is no interaction \"I99\" from \"csv\"; import the interactions first";
        QTest::newRow("beyond the scale") << ok + "F2,I2,,2026-11-02 10:00,6,,\n" << "bad.csv, line 3, column 5 (csat): \"6\" is not an answer from 1 to 5";
        QTest::newRow("nps of 11") << ok + "F2,I2,,2026-11-02 10:00,,11,\n" << "bad.csv, line 3, column 6 (nps): \"11\" is not an answer from 0 to 10";
        QTest::newRow("no answer") << ok + "F2,I2,,2026-11-02 10:00,,,\n" << "bad.csv, line 3, column 5 (csat): the row has no answer: give CSAT, NPS or CES";
        QTest::newRow("no place") << ok + "F2,,,2026-11-02 10:00,3,,\n"
                                  << "bad.csv, line 3, column 3 (site_code): give the interaction the answers are about, or the site code";
        QTest::newRow("another site") << ok + "F2,I1,S2,2026-11-02 10:00,3,,\n"
                                      << "bad.csv, line 3, column 3 (site_code): the interaction \"I1\" took place at another site";
        QTest::newRow("not a time") << ok + "F2,I1,,yesterday,3,,\n"
                                    << "bad.csv, line 3, column 4 (responded_at): \"yesterday\" is not a date and time (use 2024-03-05 14:30 or 2024/3/5 14:30)";
    }
    void badFeedbackIsNamedAndNothingWritten()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QString, message);
        test::Workspace ws;
        Database &db = *ws.db;
        QVERIFY(importFeedbackContacts(db));
        const auto result = importFeedbackFile(db, QStringLiteral("bad.csv"), "response_id,interaction_id,site_code,responded_at,csat,nps,ces\n" + rows,
                                               QStringLiteral("After the call"));
        QVERIFY(!result);
        QCOMPARE(result.error(), message);
        QCOMPARE(count(db, QStringLiteral("feedback")), 0);
        QCOMPARE(count(db, QStringLiteral("feedback_surveys")), 0);
    }

    // A Chinese survey system's export: GB18030, Chinese headers, the interaction by its 工单号.
    void feedbackFromAChineseExport()
    {
        test::Workspace ws;
        Database &db = *ws.db;
        QVERIFY(importFeedbackContacts(db));
        const QString text = QStringLiteral("回访编号,工单号,评价时间,满意度,推荐意愿,客户费力度,评论\nH1,I3,2026/11/4 10:00,4,8,5,响应太慢\n");
        auto encoder = QStringEncoder("GB18030");
        const auto result = importFeedbackFile(db, QStringLiteral("回访.csv"), encoder.encode(text), QStringLiteral("短信回访"));
        QVERIFY2(result, qPrintable(result ? QString() : result.error()));
        QCOMPARE(result->encoding, CsvEncoding::Gb18030);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT f.csat, f.nps, f.ces, f.comment, f.channel, s.code FROM feedback f JOIN sites s ON s.id = f.site_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        QCOMPARE(q.value(1).toInt(), 8);
        QCOMPARE(q.value(2).toInt(), 5);
        QCOMPARE(q.value(3).toString(), QStringLiteral("响应太慢"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("chat"));
        QCOMPARE(q.value(5).toString(), QStringLiteral("S1"));
    }
};

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "tst_csvimporter.moc"
