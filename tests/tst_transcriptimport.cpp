// Timed transcripts brought in as a QA lead does (docs/formats.md, "Timed transcripts"): a file of
// turns from a speech-to-text system or a chat log, CSV or JSON, for interactions already
// imported; all or nothing, with the file, line (or JSON path) and field of any problem.

#include "csvimporter.h"
#include "interactionquery.h"
#include "screening.h"
#include "testsupport.h"
#include "transcriptimport.h"
#include "workspacesettings.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace servqa;

namespace {

const QString Call1Before = QStringLiteral("坐席：喂？");

// What CALL-1 holds after transcripts_calls.csv or .json: a line per turn with its times, the
// speakers named with the workspace's first words.
const QString Call1After = QStringLiteral("[0:00-0:04.5] 坐席：您好，这里是客服中心，本次通话将被录音。\n"
                                          "[0:05-0:12] 客户：我的订单还没到，我要投诉。\n"
                                          "[0:11.5-0:15] 坐席：请问您的手机号后四位？\n"
                                          "[1:20-1:24] 客户：1234。\n"
                                          "[1:25-1:30] 坐席：好的，已为您查询，感谢您的耐心。");
const QString Call2After = QStringLiteral("[0:00-0:03] 坐席：Hello, thanks for calling.\n"
                                          "[0:04-0:09] 客户：My parcel is late, again.");

// A team with three calls: CALL-1 with an untimed transcript, CALL-2 with none, CALL-3 untouched
// (欧阳明远's).
void addCalls(Database &db)
{
    QVERIFY(test::importText(db, ImportKind::Sites, "code,name,kind\nT1,热线一组,team\n"));
    QVERIFY(test::importText(db, ImportKind::Staff, "code,name,site_code\nA1,欧阳明远,T1\n"));
    QVERIFY(test::importText(db, ImportKind::Interactions,
                             "external_id,channel,site_code,started_at,transcript,staff_code\n"
                             "CALL-1,call,T1,2025-03-03 10:00,坐席：喂？,\n"
                             "CALL-2,call,T1,2025-03-03 11:00,,\n"
                             "CALL-3,call,T1,2025-03-03 12:00,客户：你好,A1\n"));
}

QString transcriptOf(Database &db, const QString &externalId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT transcript FROM interactions WHERE external_id = ?"));
    q.addBindValue(externalId);
    if (!q.exec() || !q.next())
        return QStringLiteral("(no such interaction)");
    return q.value(0).toString();
}

qint64 idOf(Database &db, const QString &externalId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM interactions WHERE external_id = ?"));
    q.addBindValue(externalId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

// Imports these bytes as a transcripts file named `name`.
Result<ImportSummary> importTurns(Database &db, const QString &name, const QByteArray &bytes)
{
    ImportOptions options;
    options.kind = ImportKind::Transcripts;
    return test::importBytes(db, name, bytes, options);
}

} // namespace

class TestTranscriptImport : public QObject
{
    Q_OBJECT

private slots:
    void csvReplacesTranscripts();
    void jsonGivesTheSameTranscripts();
    void importedTurnsAreScreenedAndFound();
    void csvProblemsNameLineAndColumn_data();
    void csvProblemsNameLineAndColumn();
    void jsonProblemsNamePath_data();
    void jsonProblemsNamePath();
    void workspaceSpeakerWords();
    void commandLine();
};

void TestTranscriptImport::csvReplacesTranscripts()
{
    test::Workspace ws;
    addCalls(*ws.db);
    const auto summary = importTurns(*ws.db, QStringLiteral("turns.csv"), test::readData(QStringLiteral("import/transcripts_calls.csv")));
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error()));
    QCOMPARE(summary->rows, 7);    // turns
    QCOMPARE(summary->updated, 2); // interactions
    QCOMPARE(summary->inserted, 0);
    QCOMPARE(summary->interactionIds, (QVector<qint64>{idOf(*ws.db, QStringLiteral("CALL-1")), idOf(*ws.db, QStringLiteral("CALL-2"))}));
    // CALL-1's last turn comes after CALL-2's in the file: it is still CALL-1's last.
    QCOMPARE(transcriptOf(*ws.db, QStringLiteral("CALL-1")), Call1After);
    QCOMPARE(transcriptOf(*ws.db, QStringLiteral("CALL-2")), Call2After);
    QCOMPARE(transcriptOf(*ws.db, QStringLiteral("CALL-3")), QStringLiteral("客户：你好"));

    // Read back as the rules read it: the speakers and times as the file gave them.
    const QVector<Turn> turns = parseTranscript(transcriptOf(*ws.db, QStringLiteral("CALL-1")));
    QCOMPARE(turns.size(), 5);
    QCOMPARE(turns[2].speaker, Speaker::Agent);
    QCOMPARE(*turns[2].at, 11.5);
    QCOMPARE(*turns[2].end, 15.0);
    QCOMPARE(turns[3].speaker, Speaker::Customer);
    QCOMPARE(*turns[3].at, 80.0);
    QCOMPARE(turns[3].text, QStringLiteral("1234。"));
}

void TestTranscriptImport::jsonGivesTheSameTranscripts()
{
    test::Workspace ws;
    addCalls(*ws.db);
    const auto summary = importTurns(*ws.db, QStringLiteral("turns.json"), test::readData(QStringLiteral("import/transcripts_calls.json")));
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error()));
    QCOMPARE(summary->rows, 7);
    QCOMPARE(summary->updated, 2);
    QCOMPARE(transcriptOf(*ws.db, QStringLiteral("CALL-1")), Call1After);
    QCOMPARE(transcriptOf(*ws.db, QStringLiteral("CALL-2")), Call2After);
}

void TestTranscriptImport::importedTurnsAreScreenedAndFound()
{
    test::Workspace ws;
    addCalls(*ws.db);
    const auto summary = importTurns(*ws.db, QStringLiteral("turns.csv"), test::readData(QStringLiteral("import/transcripts_calls.csv")));
    QVERIFY(summary);
    const auto screened = screenImported(*ws.db, summary->interactionIds);
    QVERIFY2(screened, qPrintable(screened ? QString() : screened.error()));
    QCOMPARE(screened->screened, 2);
    QCOMPARE(screened->flagged, 1);
    // CALL-1: 65 s of silence between 0:15 and 1:20 (a call's limit is 60 s) and a complaint (high).
    const auto call1 = interactionScreening(*ws.db, idOf(*ws.db, QStringLiteral("CALL-1")));
    QVERIFY(call1);
    QCOMPARE(call1->risk, 3);
    QStringList keys;
    for (const StoredHit &h : call1->hits)
        keys << h.ruleKey;
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("escalation"), QStringLiteral("greeting")}) << QStringLiteral("long_silence"));
    for (const StoredHit &h : call1->hits) {
        if (h.ruleKey == QLatin1String("long_silence"))
            QCOMPARE(*h.seconds, 65.0); // from the agent's question's end (0:15) to the answer (1:20)
    }
    // The search index follows the new text.
    InteractionFilter filter;
    filter.text = QStringLiteral("手机号后四位");
    const auto found = InteractionQuery(*ws.db).count(filter);
    QVERIFY(found);
    QCOMPARE(*found, 1);
    // The list's page: one match in three interactions is common, so it is read in time order
    // (on a server too, where pg_trgm's index answers).
    const auto page = InteractionQuery(*ws.db).page(filter, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 200);
    QVERIFY2(page, qPrintable(page ? QString() : page.error()));
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->first().id, idOf(*ws.db, QStringLiteral("CALL-1")));
    const auto byCustomer = InteractionQuery(*ws.db).page(filter, InteractionColumn::Customer, Qt::AscendingOrder, 0, 200);
    QVERIFY2(byCustomer, qPrintable(byCustomer ? QString() : byCustomer.error()));
    QCOMPARE(byCustomer->size(), 1);
    // An agent's name finds their interactions as well as the texts do.
    filter.text = QStringLiteral("欧阳明");
    QCOMPARE(*InteractionQuery(*ws.db).count(filter), 1);
    const auto agents = InteractionQuery(*ws.db).page(filter, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 200);
    QVERIFY2(agents, qPrintable(agents ? QString() : agents.error()));
    QCOMPARE(agents->size(), 1);
    QCOMPARE(agents->first().id, idOf(*ws.db, QStringLiteral("CALL-3")));
    filter.channel = Channel::Call;
    QCOMPARE(*InteractionQuery(*ws.db).count(filter), 1);
    QCOMPARE(InteractionQuery(*ws.db).page(filter, InteractionColumn::Customer, Qt::AscendingOrder, 0, 200)->size(), 1);
    filter.channel.reset();
    filter.text = QStringLiteral("热线一组"); // the team's name is no interaction's text
    QCOMPARE(InteractionQuery(*ws.db).page(filter, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 200)->size(), 0);
    filter.text = QStringLiteral("喂？");
    QCOMPARE(*InteractionQuery(*ws.db).count(filter), 0);
}

void TestTranscriptImport::csvProblemsNameLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    const QByteArray header = "interaction_id,speaker,start_s,end_s,text\n"
                              "CALL-1,agent,0,4,您好\n";
    QTest::newRow("unknown interaction") << header + "CALL-9,agent,5,6,喂\n"
                                         << "turns.csv, line 3, column 1 (interaction_id): there is no interaction \"CALL-9\" from \"csv\"; import the interactions first";
    QTest::newRow("not a speaker") << header + "CALL-1,manager,5,6,喂\n"
                                   << "turns.csv, line 3, column 2 (speaker): \"manager\" is not a speaker (agent, customer or system, or a speaker word of this workspace: 坐席, 客户, 系统)";
    QTest::newRow("not a time") << header + "CALL-1,agent,five,6,喂\n"
                                << "turns.csv, line 3, column 3 (start_s): \"five\" is not a time (use seconds from the beginning, e.g. 65.5, or 1:05.5 or 0:01:05, up to 30 days)";
    QTest::newRow("endless") << header + "CALL-1,agent,inf,,喂\n"
                             << "turns.csv, line 3, column 3 (start_s): \"inf\" is not a time (use seconds from the beginning, e.g. 65.5, or 1:05.5 or 0:01:05, up to 30 days)";
    QTest::newRow("sixty-one seconds in a minute") << header + "CALL-1,agent,1:61,,喂\n"
                                                   << "turns.csv, line 3, column 3 (start_s): \"1:61\" is not a time (use seconds from the beginning, e.g. 65.5, or 1:05.5 or 0:01:05, up to 30 days)";
    QTest::newRow("longer than a month") << header + "CALL-1,agent,2592001,,喂\n"
                                         << "turns.csv, line 3, column 3 (start_s): \"2592001\" is not a time (use seconds from the beginning, e.g. 65.5, or 1:05.5 or 0:01:05, up to 30 days)";
    QTest::newRow("ends before it starts") << header + "CALL-1,agent,10,9.5,喂\n"
                                           << "turns.csv, line 3, column 4 (end_s): the turn ends at 0:09.5, before it starts (0:10)";
    QTest::newRow("back in time") << header + "CALL-1,customer,10,12,喂\nCALL-2,agent,0,1,hello\nCALL-1,agent,9,11,您好\n"
                                  << "turns.csv, line 5, column 3 (start_s): the turn starts at 0:09, before the turn before it in \"CALL-1\" (0:10); "
                                     "give the turns in the order they were said";
    QTest::newRow("no words") << header + "CALL-1,agent,5,6,\"  \"\n"
                              << "turns.csv, line 3, column 5 (text): a value is required";
    QTest::newRow("end without start") << header + "CALL-1,agent,,6,喂\n"
                                       << "turns.csv, line 3, column 4 (end_s): a turn with an end needs its start too";
}

void TestTranscriptImport::csvProblemsNameLineAndColumn()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    test::Workspace ws;
    addCalls(*ws.db);
    const auto summary = importTurns(*ws.db, QStringLiteral("turns.csv"), csv);
    QVERIFY(!summary);
    QCOMPARE(summary.error(), message);
    // Nothing was written: not even the turns before the bad one.
    QCOMPARE(transcriptOf(*ws.db, QStringLiteral("CALL-1")), Call1Before);
    QCOMPARE(transcriptOf(*ws.db, QStringLiteral("CALL-2")), QString());
}

void TestTranscriptImport::jsonProblemsNamePath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": \"servqa-transcripts\",\n  \"transcripts\": [\n}\n")
                              << "t.json, line 4: not JSON: object is missing after a comma.";
    QTest::newRow("another format") << QByteArray(R"({"format": "servqa-screening-rules", "transcripts": []})")
                                    << "t.json is not a ServQA transcripts file: its \"format\" is not \"servqa-transcripts\".";
    QTest::newRow("misspelt field") << QByteArray(R"({"format": "servqa-transcripts", "transcripts": [{"interaction": "CALL-1", "turns": [
                                                  {"speaker": "agent", "start": 0, "text": "您好"}, {"speeker": "customer", "text": "喂"}]}]})")
                                    << "t.json, transcripts[0].turns[1]: unknown field \"speeker\"";
    QTest::newRow("unknown interaction") << QByteArray(R"({"format": "servqa-transcripts", "transcripts": [{"interaction": "CALL-1", "turns": [
                                                       {"speaker": "agent", "start": 0, "text": "您好"}]},
                                                       {"interaction": "CALL-9", "source": "crm", "turns": [{"text": "喂"}]}]})")
                                         << "t.json, transcripts[1].interaction: there is no interaction \"CALL-9\" from \"crm\"; import the interactions first";
    QTest::newRow("back in time") << QByteArray(R"({"format": "servqa-transcripts", "transcripts": [{"interaction": "CALL-1", "turns": [
                                                {"speaker": "agent", "start": 10, "text": "您好"}, {"speaker": "customer", "start": "0:09", "text": "喂"}]}]})")
                                  << "t.json, transcripts[0].turns[1].start: the turn starts at 0:09, before the turn before it in \"CALL-1\" (0:10); give the turns in the order they were said";
    QTest::newRow("a time past any conversation") << QByteArray(R"({"format": "servqa-transcripts", "transcripts": [{"interaction": "CALL-1", "turns": [
                                                                {"speaker": "agent", "start": 1e308, "text": "您好"}]}]})")
                                                  << "t.json, transcripts[0].turns[0].start: \"1e+308\" is not a time (use seconds from the beginning, e.g. 65.5, or 1:05.5 or 0:01:05, up to 30 days)";
    QTest::newRow("a time as true") << QByteArray(R"({"format": "servqa-transcripts", "transcripts": [{"interaction": "CALL-1", "turns": [
                                                  {"speaker": "agent", "start": true, "text": "您好"}]}]})")
                                    << "t.json, transcripts[0].turns[0].start: a text or a number of seconds is needed here";
    QTest::newRow("no turns") << QByteArray(R"({"format": "servqa-transcripts", "transcripts": [{"interaction": "CALL-1", "turns": []}]})")
                              << "t.json, transcripts[0].turns: a list of at least one turn is needed";
}

void TestTranscriptImport::jsonProblemsNamePath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    test::Workspace ws;
    addCalls(*ws.db);
    const auto summary = importTurns(*ws.db, QStringLiteral("t.json"), json);
    QVERIFY(!summary);
    QCOMPARE(summary.error(), message);
    QCOMPARE(transcriptOf(*ws.db, QStringLiteral("CALL-1")), Call1Before);
}

void TestTranscriptImport::workspaceSpeakerWords()
{
    test::Workspace ws;
    addCalls(*ws.db);
    SpeakerWords words;
    words.agent = QStringList{QStringLiteral("服务员")};
    words.customer = QStringList{QStringLiteral("客人")};
    words.system = QStringList{QStringLiteral("广播")};
    QVERIFY(WorkspaceSettings(*ws.db).setSpeakerWords(words));
    const auto summary = importTurns(*ws.db, QStringLiteral("visit.csv"),
                                     "interaction_id,speaker,text\nCALL-2,服务员,欢迎光临\nCALL-2,客人,我想退货\nCALL-2,agent,好的\n");
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error()));
    // Written with the workspace's words, so that screening reads the speakers back.
    QCOMPARE(transcriptOf(*ws.db, QStringLiteral("CALL-2")), QStringLiteral("服务员：欢迎光临\n客人：我想退货\n服务员：好的"));
    const QVector<Turn> turns = parseTranscript(transcriptOf(*ws.db, QStringLiteral("CALL-2")), words);
    QCOMPARE(turns.size(), 3);
    QCOMPARE(turns[1].speaker, Speaker::Customer);
    QVERIFY(!turns[1].at);
}

void TestTranscriptImport::commandLine()
{
    if (test::onServer())
        return; // the command line's import is tested on files; the server's path is the same importCsv
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.servqa"));
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(db);
        addCalls(**db);
    }
    const auto run = test::cli({QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--kind"), QStringLiteral("transcripts"),
                                test::dataPath(QStringLiteral("import/transcripts_calls.json"))});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral(" s — turns: 7; transcripts replaced: 2.")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Screened 2 interactions in ")) && out.contains(QStringLiteral(": 1 flagged as a risk.")), qPrintable(out));
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    QVERIFY(db);
    QCOMPARE(transcriptOf(**db, QStringLiteral("CALL-1")), Call1After);
}

QTEST_GUILESS_MAIN(TestTranscriptImport)
#include "tst_transcriptimport.moc"
