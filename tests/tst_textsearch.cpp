// The interactions' substring index on SQLite (core/textsearch.h, schema 38): any text of one
// character or more, Chinese or not, in any case, finds exactly the interactions whose customer
// reference, external id or transcript holds it — the same as reading every row would.

#include "interactionindex.h"
#include "interactionquery.h"
#include "interactionrepository.h"
#include "siterepository.h"
#include "testsupport.h"
#include "textsearch.h"
#include "transactionguard.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

using namespace servqa;
using test::scalar;

namespace {

struct Texts
{
    const char *customer;
    const char *external;
    const char *transcript;
};

// Ends of texts, both kinds of piece side by side, case, width, kana, Hangul, emoji, quotes.
const Texts Rows[] = {
    {"VIP811969", "D00700000", "客户：我要退款\n坐席：好的"},
    {"C12", "X-1", "客户要求退款"},
    {"Ab", "e2", "我要投诉！"},
    {"ÄÖü", "Z9", "お問い合わせありがとうございます 감사합니다 😀👍"},
    {"c12x", "MIXED退款a", "Refund 退款 REFUND，ＡＢＣ１２"},
    {nullptr, "Y", ""},
    {"say \"hi\"", "Q", "he said \"hi\" 退"},
};

QVector<uint> characters(const char *text)
{
    return text ? QString::fromUtf8(text).toCaseFolded().toUcs4() : QVector<uint>{};
}

// The rows holding `text`, read one by one.
QSet<qint64> rowsHolding(const QVector<qint64> &ids, const QString &text)
{
    const QString folded = text.toCaseFolded();
    QSet<qint64> found;
    for (int r = 0; r < int(std::size(Rows)); ++r) {
        for (const char *column : {Rows[r].customer, Rows[r].external, Rows[r].transcript}) {
            if (column && QString::fromUtf8(column).toCaseFolded().contains(folded))
                found.insert(ids[r]);
        }
    }
    return found;
}

qint64 storeS1(Database &db)
{
    Site site;
    site.code = QStringLiteral("S1");
    site.name = QStringLiteral("Store");
    const auto id = SiteRepository(db).upsert(site);
    return id ? *id : 0;
}

// Rows[from, to) written by `repo` at store S1; their ids.
QVector<qint64> addRows(Database &db, InteractionRepository &repo, int from, int to)
{
    const qint64 siteId = storeS1(db);
    QVector<qint64> ids;
    for (int r = from; r < to; ++r) {
        Interaction i;
        i.externalId = QString::fromUtf8(Rows[r].external);
        if (Rows[r].customer)
            i.customerRef = QString::fromUtf8(Rows[r].customer);
        i.transcript = QString::fromUtf8(Rows[r].transcript);
        i.channel = Channel::Chat;
        i.siteId = siteId;
        i.startedAt = QDateTime(QDate(2025, 1, 1 + r), QTime(9, 0));
        const auto id = repo.upsert(i);
        if (!id)
            qWarning("%s", qPrintable(id.error()));
        if (!id)
            return ids;
        ids << *id;
    }
    return ids;
}

// Every piece of one to five characters of every text of Rows (written with `ids`), and some that
// are in none, looked up in the index: the first that finds other rows than those holding it.
QString wronglyFound(Database &db, const QVector<qint64> &ids)
{
    QSet<QString> texts{QStringLiteral("款申"), QStringLiteral("退退"), QStringLiteral("ZZZ"), QStringLiteral("07000001"), QStringLiteral("😀😀")};
    for (const Texts &row : Rows) {
        for (const char *column : {row.customer, row.external, row.transcript}) {
            const QVector<uint> text = characters(column);
            for (int from = 0; from < text.size(); ++from) {
                for (int length = 1; length <= 5 && from + length <= text.size(); ++length)
                    texts.insert(QString::fromUcs4(reinterpret_cast<const char32_t *>(text.constData() + from), length));
            }
        }
    }
    if (texts.size() <= 300)
        return QStringLiteral("only %1 texts").arg(texts.size());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT rowid FROM interactions_search WHERE interactions_search MATCH ?"));
    for (const QString &text : std::as_const(texts)) {
        q.addBindValue(textsearch::matchExpression(text));
        if (!q.exec())
            return text + QStringLiteral(": ") + q.lastError().text();
        QSet<qint64> found;
        while (q.next())
            found.insert(q.value(0).toLongLong());
        if (found != rowsHolding(ids, text))
            return QStringLiteral("\"%1\" (%2)").arg(text, textsearch::matchExpression(text));
    }
    return QString();
}

// What the Interactions list counts for 退款, 款, 诉, 12, refund, 00700000 and a; and the page it
// shows for each holds as many.
const QVector<qint64> ListCounts{3, 3, 1, 2, 1, 1, 3};
QVector<qint64> listCounts(Database &db)
{
    InteractionQuery query(db);
    QVector<qint64> counts;
    for (const char *text : {"退款", "款", "诉", "12", "refund", "00700000", "a"}) {
        InteractionFilter f;
        f.text = QString::fromUtf8(text);
        const auto count = query.count(f);
        const auto page = query.page(f, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 10);
        counts << (count && page && page->size() == *count ? *count : -1);
    }
    return counts;
}

// FTS5's own check of the index against the interactions' rows (rank 1: against the content
// table too, not only within itself): empty when they agree.
QString integrityProblem(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("INSERT INTO interactions_search (interactions_search, rank) VALUES ('integrity-check', 1)")) ? QString()
                                                                                                                       : q.lastError().text();
}

// One chat at store S1 whose transcript asks for a refund (退款), external id `externalId`.
bool addOneRefund(Database &db, const QString &externalId = QStringLiteral("E1"))
{
    Interaction i;
    i.externalId = externalId;
    i.transcript = QStringLiteral("客户要求退款");
    i.channel = Channel::Chat;
    i.siteId = storeS1(db);
    i.startedAt = QDateTime(QDate(2025, 1, 1), QTime(9, 0));
    return bool(InteractionRepository(db).upsert(i));
}

// Puts back the text index an older schema made (FTS5 tokenizer `tokenize`, no prefixes) and marks
// the workspace as that schema; `before` drops what else that schema did not have.
bool indexAsSchema(Database &db, int schema, const QString &tokenize, const QStringList &before = {})
{
    QStringList sql = test::undoSchema41() + before;
    sql << QStringLiteral("DROP TABLE interactions_search")
        << QStringLiteral("CREATE VIRTUAL TABLE interactions_search USING fts5(customer_ref, external_id, transcript, "
                          "content='interactions', content_rowid='id', tokenize='%1')")
               .arg(tokenize)
        << QStringLiteral("INSERT INTO interactions_search (interactions_search) VALUES ('rebuild')")
        << QStringLiteral("UPDATE servqa_meta SET value = '%1' WHERE key = 'schema_version'").arg(schema);
    return std::all_of(sql.cbegin(), sql.cend(), [&db](const QString &statement) { return bool(db.exec(statement)); });
}

// The statement the workspace's text index was made with.
QString indexSql(Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'interactions_search'")) && q.next() ? q.value(0).toString()
                                                                                                                  : QString();
}

} // namespace

class TestTextSearch : public QObject
{
    Q_OBJECT

private slots:
    void queriesAskForWholePiecesThenAPrefix()
    {
        using textsearch::matchExpression;
        QCOMPARE(matchExpression(QStringLiteral("退款")), QStringLiteral("\"退款\""));
        QCOMPARE(matchExpression(QStringLiteral("退")), QStringLiteral("\"退\"*"));
        QCOMPARE(matchExpression(QStringLiteral("ab")), QStringLiteral("\"ab\"*"));
        QCOMPARE(matchExpression(QStringLiteral("abc")), QStringLiteral("\"abc\""));
        QCOMPARE(matchExpression(QStringLiteral("退款a")), QStringLiteral("\"退款a\""));
        // 退 starts a pair (退a); a starts a three that runs past the end: asked for as a prefix.
        QCOMPARE(matchExpression(QStringLiteral("退ab")), QStringLiteral("\"退ab\" + \"ab\"*"));
        QCOMPARE(matchExpression(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(matchExpression(QStringLiteral("😀")), QStringLiteral("\"😀\"*"));
        QCOMPARE(textsearch::pieceLength(U'退'), 2);
        QCOMPARE(textsearch::pieceLength(U'ア'), 2);
        QCOMPARE(textsearch::pieceLength(U'감'), 2);
        QCOMPARE(textsearch::pieceLength(U'0'), 3);
        QCOMPARE(textsearch::pieceLength(U'，'), 3);
    }

    void everyPieceOfEveryTextFindsExactlyItsRows()
    {
        test::Workspace ws;
        InteractionRepository repo(*ws.db);
        const QVector<qint64> ids = addRows(*ws.db, repo, 0, int(std::size(Rows)));
        QCOMPARE(ids.size(), int(std::size(Rows)));
        QCOMPARE(wronglyFound(*ws.db, ids), QString());
        QCOMPARE(listCounts(*ws.db), ListCounts);
        QCOMPARE(integrityProblem(*ws.db), QString());
    }

    // The demo's index, built on another core in a file beside the workspace from the rows each
    // transaction commits, then moved in: the same index as the rows' own.
    void anIndexBuiltBesideTheWorkspaceIsTheOneItsRowsWouldMake()
    {
        test::Workspace ws;
        QVERIFY(!searchIndexLeftUnfinished(ws.path));
        auto builder = interactionindex::IndexBuilder::start(*ws.db);
        QVERIFY2(builder && *builder, qPrintable(builder ? QStringLiteral("no builder") : builder.error()));
        InteractionRepository repo(*ws.db);
        repo.setBatchCounts(true);
        repo.setIndexedElsewhere(true);
        QVector<qint64> ids;
        for (const auto &[from, to] : {std::pair{0, 4}, std::pair{4, int(std::size(Rows))}}) { // two transactions
            TransactionGuard transaction(ws.db->connection());
            ids += addRows(*ws.db, repo, from, to);
            QVERIFY(repo.flush());
            QVERIFY(transaction.commit());
            (*builder)->committed(ids.last());
        }
        QCOMPARE(ids.size(), int(std::size(Rows)));
        // Until it is moved in, the workspace's own index has none of them.
        QCOMPARE(listCounts(*ws.db).value(0), 0);
        const Status finished = (*builder)->finish();
        QVERIFY2(finished, qPrintable(finished ? QString() : finished.error()));
        builder->reset();
        QCOMPARE(wronglyFound(*ws.db, ids), QString());
        QCOMPARE(listCounts(*ws.db), ListCounts);
        QCOMPARE(integrityProblem(*ws.db), QString());
        // Rows written afterwards are indexed as they are written again; nothing is left behind.
        QVERIFY(addOneRefund(*ws.db, QStringLiteral("E-after")));
        QCOMPARE(listCounts(*ws.db).value(0), ListCounts.value(0) + 1);
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM servqa_meta WHERE key = 'interactions_search_after'")).toInt(), 0);
        QCOMPARE(QDir(ws.dir.path()).entryList({QStringLiteral("*.index-*")}, QDir::Files), QStringList());
        // A workspace with interactions indexes its own.
        auto second = interactionindex::IndexBuilder::start(*ws.db);
        QVERIFY(second && !*second);
    }

    // Someone opens the workspace while its index is being built (the demo still running): the
    // open leaves the index to the builder, which is alive (its lock), and does not write; the
    // build moves its index in at the end and it is whole.
    void aWorkspaceOpenedWhileItsIndexIsBuiltLeavesItToTheBuilder()
    {
        test::Workspace ws;
        auto builder = interactionindex::IndexBuilder::start(*ws.db);
        QVERIFY(builder && *builder);
        InteractionRepository repo(*ws.db);
        repo.setBatchCounts(true);
        repo.setIndexedElsewhere(true);
        QVector<qint64> ids;
        for (const auto &[from, to] : {std::pair{0, 4}, std::pair{4, int(std::size(Rows))}}) {
            TransactionGuard transaction(ws.db->connection());
            ids += addRows(*ws.db, repo, from, to);
            QVERIFY(repo.flush());
            QVERIFY(transaction.commit());
            (*builder)->committed(ids.last());
            if (from == 0) {
                auto other = Database::openSqlite(ws.path); // another window
                QVERIFY2(other, qPrintable(other ? QString() : other.error()));
                QCOMPARE(listCounts(**other).value(0), 0); // not indexed by the open
                QCOMPARE(scalar(**other, QStringLiteral("SELECT COUNT(*) FROM servqa_meta WHERE key = 'interactions_search_after'")).toInt(), 1);
            }
        }
        const Status finished = (*builder)->finish();
        QVERIFY2(finished, qPrintable(finished ? QString() : finished.error()));
        builder->reset();
        QCOMPARE(wronglyFound(*ws.db, ids), QString());
        QCOMPARE(listCounts(*ws.db), ListCounts);
        QCOMPARE(integrityProblem(*ws.db), QString());
        QCOMPARE(scalar(*ws.db, QStringLiteral("SELECT COUNT(*) FROM servqa_meta WHERE key = 'interactions_search_after'")).toInt(), 0);
        QCOMPARE(QDir(ws.dir.path()).entryList({QStringLiteral("*.index-*")}, QDir::Files), QStringList());
    }

    // A demo killed while its index was being built beside it: the rows it committed are indexed
    // when the workspace is next opened, and new ones are indexed again.
    void aBuildStoppedBeforeItsEndIsCompletedWhenTheWorkspaceIsOpened()
    {
        test::Workspace ws;
        QVector<qint64> ids;
        {
            auto builder = interactionindex::IndexBuilder::start(*ws.db);
            QVERIFY(builder && *builder);
            InteractionRepository repo(*ws.db);
            repo.setBatchCounts(true);
            repo.setIndexedElsewhere(true);
            TransactionGuard transaction(ws.db->connection());
            ids = addRows(*ws.db, repo, 0, int(std::size(Rows)));
            QVERIFY(repo.flush());
            QVERIFY(transaction.commit());
            (*builder)->committed(ids.last());
        } // stopped without finish()
        QCOMPARE(listCounts(*ws.db).value(0), 0);
        QVERIFY(!integrityProblem(*ws.db).isEmpty()); // the index misses the rows
        ws.db.reset();
        QVERIFY(searchIndexLeftUnfinished(ws.path)); // what the window's opener looks for
        // What a killed builder leaves beside it (its object, here, removed its own file).
        QFile scratch(ws.path + QStringLiteral(".index-Ab12Cd"));
        QVERIFY(scratch.open(QIODevice::WriteOnly) && scratch.write("SQLite format 3") > 0);
        scratch.close();
        QFile other(ws.path + QStringLiteral(".notes"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        auto reopened = Database::openSqlite(ws.path);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error()));
        Database &db = **reopened;
        QCOMPARE(wronglyFound(db, ids), QString());
        QCOMPARE(listCounts(db), ListCounts);
        QCOMPARE(integrityProblem(db), QString());
        QVERIFY(!searchIndexLeftUnfinished(ws.path));
        QVERIFY(addOneRefund(db, QStringLiteral("E-after")));
        QCOMPARE(listCounts(db).value(0), ListCounts.value(0) + 1);
        QCOMPARE(QDir(ws.dir.path()).entryList({QStringLiteral("*.index-*")}, QDir::Files), QStringList());
        QVERIFY(QFile::exists(other.fileName())); // only the builder's
    }

    void aWorkspaceIndexedInThreesIsIndexedAgainWhenUpgraded()
    {
        test::Workspace ws;
        QVERIFY(addOneRefund(*ws.db));
        // Schema 37's index: FTS5's trigram tokenizer (and without schema 39's indexes).
        QVERIFY(indexAsSchema(*ws.db, 37, QStringLiteral("trigram"),
                              {QStringLiteral("DROP INDEX disputes_open"), QStringLiteral("DROP INDEX evaluations_site_auto_failed")}));
        ws.db.reset();
        auto upgraded = Database::openSqlite(ws.path);
        QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error()));
        QVERIFY(indexSql(**upgraded).contains(QLatin1String("tokenize='servqa_pieces', prefix='1'")));
        InteractionFilter f;
        f.text = QStringLiteral("退款");
        QCOMPARE(*InteractionQuery(**upgraded).count(f), 1);
    }

    // Schema 39's index, of pieces without their first characters kept: made again with them, and
    // a text of one character found in it as before.
    void aWorkspaceWithoutOneCharacterPrefixesIsIndexedAgainWhenUpgraded()
    {
        test::Workspace ws;
        QVERIFY(addOneRefund(*ws.db));
        QVERIFY(indexAsSchema(*ws.db, 39, QStringLiteral("servqa_pieces")));
        ws.db.reset();
        auto upgraded = Database::openSqlite(ws.path);
        QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error()));
        QVERIFY(indexSql(**upgraded).contains(QLatin1String("tokenize='servqa_pieces', prefix='1'")));
        InteractionFilter f;
        for (const char *text : {"款", "E", "e", "客户要求退款"}) {
            f.text = QString::fromUtf8(text);
            QCOMPARE(*InteractionQuery(**upgraded).count(f), 1);
        }
        f.text = QStringLiteral("您");
        QCOMPARE(*InteractionQuery(**upgraded).count(f), 0);
    }

    // The sqlite3 shell with ServQA's extension loaded searches and writes the interactions as
    // ServQA does (docs/architecture.md); without it, it cannot (no such tokenizer).
    void theSqliteShellSearchesAndWritesWithTheExtension()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
            QFAIL("sqlite3 is not installed (scripts/setup-deps.sh installs it)");
        test::Workspace ws;
        QVERIFY(addOneRefund(*ws.db));
        ws.db.reset();
        const auto shell = [&ws](bool withExtension, const QString &sql) {
            QStringList arguments{QStringLiteral("-bail")};
            if (withExtension)
                arguments << QStringLiteral("-cmd") << QStringLiteral(".load " SERVQA_SQLITE_EXTENSION);
            QProcess p;
            p.start(QStringLiteral("sqlite3"), arguments << ws.path << sql);
            p.waitForFinished(-1);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed()};
        };
        const QString count = QStringLiteral("SELECT COUNT(*) FROM interactions_search WHERE interactions_search MATCH '\"退款\"';");
        QCOMPARE(shell(true, count), std::pair(0, QStringLiteral("1")));
        QCOMPARE(shell(true, QStringLiteral("UPDATE interactions SET transcript = '已退款，谢谢' WHERE external_id = 'E1';") + count
                                 + QStringLiteral("SELECT COUNT(*) FROM interactions_search WHERE interactions_search MATCH '\"谢谢\"';")),
                 std::pair(0, QStringLiteral("1\n1")));
        const auto without = shell(false, count);
        QCOMPARE(without.first, 1);
        QVERIFY2(without.second.contains(QLatin1String("no such tokenizer: servqa_pieces")), qPrintable(without.second));
        // What the shell wrote is what ServQA finds.
        auto reopened = Database::openSqlite(ws.path);
        QVERIFY(reopened);
        InteractionFilter f;
        f.text = QStringLiteral("谢");
        QCOMPARE(*InteractionQuery(**reopened).count(f), 1);
    }
};

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
