// Automatic screening at scale (issue 22, docs/PERFORMANCE.md "Screening"): every interaction of a
// workspace screened with the built-in rules (a dry run, then a stored pass), one rule alone, and
// a phrase found through the Interactions list's full-text search — each beside a baseline in the
// same run: the sqlite3 tool's LIKE over the same transcripts, and Python's `re` over an export of
// them (the export not timed).
//
//   bench_screening --db WORKSPACE [--runs N] [--work DIR]
#include "benchtable.h"
#include "database.h"
#include "interactionquery.h"
#include "screening.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace servqa;
using namespace bench;

namespace {

QTextStream out(stdout);

double processTime(const QString &program, const QStringList &arguments, int runs, const QString &outputFile = QString())
{
    return timeIt(runs, [&] {
        QProcess p;
        p.setStandardOutputFile(outputFile.isEmpty() ? QProcess::nullDevice() : outputFile);
        p.start(program, arguments);
        if (!p.waitForFinished(-1) || p.exitCode() != 0)
            qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("db"), QStringLiteral("Workspace."), QStringLiteral("PATH")},
                       {QStringLiteral("runs"), QStringLiteral("Runs per measure."), QStringLiteral("N"), QStringLiteral("3")},
                       {QStringLiteral("work"), QStringLiteral("Folder for the export."), QStringLiteral("DIR"), QDir::tempPath()}});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const QDir work(parser.value(QStringLiteral("work")));
    auto opened = Database::openSqlite(path, Database::OpenMode::OpenExisting);
    if (!opened) {
        out << opened.error() << '\n';
        return 1;
    }
    Database &db = **opened;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN transcript <> '' THEN 1 ELSE 0 END) FROM interactions"));
    q.next();
    const qint64 interactions = q.value(0).toLongLong(), transcripts = q.value(1).toLongLong();
    q.finish();
    out << "Workspace: " << interactions << " interactions, " << transcripts << " with a transcript.\n";
    out.flush();

    std::vector<Row> rows;
    const RuleSet builtIn = builtInRuleSet();
    ScreeningOptions dry;
    dry.store = false;
    qint64 flagged = 0;
    const double pass = timeIt(
        runs, [&] { flagged = screenInteractions(db, {builtIn}, dry)->flagged; }, false);
    out << "Dry run: " << flagged << " flagged, " << qint64(interactions / (pass / 1000)) << " interactions/s.\n";

    // One rule against the same test in Python: the customer's escalation phrases, anywhere.
    RuleSet escalation = builtIn;
    escalation.rules = {*builtIn.find(QStringLiteral("escalation"))};
    const double oneRule = timeIt(runs, [&] { screenInteractions(db, {escalation}, dry); }, false);
    const QString exported = work.filePath(QStringLiteral("transcripts.txt"));
    processTime(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path, QStringLiteral("SELECT id, replace(transcript, char(10), ' ') FROM interactions;")}, 1,
                exported);
    QStringList escaped;
    for (const QString &phrase : escalation.rules.first().when.phrases)
        escaped << QRegularExpression::escape(phrase);
    const QString script = QStringLiteral("import re,sys\np=re.compile(sys.argv[2], re.I)\nprint(sum(1 for l in open(sys.argv[1], encoding='utf-8') if p.search(l)))\n");
    const double python = processTime(QStringLiteral("python3"), {QStringLiteral("-c"), script, exported, escaped.join(QLatin1Char('|'))}, runs);
    rows.push_back({QStringLiteral("Screening every interaction with one rule (escalation: 13 phrases, said by the customer), nothing stored"), oneRule,
                    QStringLiteral("Python re: the same 13 phrases over an export of the transcripts, one line each"), python, QStringLiteral("reference"), 0, 0});
    rows.push_back({QStringLiteral("Screening every interaction with the 9 built-in rules, nothing stored (dry run)"), pass,
                    QStringLiteral("Python re: one rule's phrases, as above"), python, QStringLiteral("reference"), 0, 0});

    // The stored pass: what an import or "Screen again" writes (the results replaced).
    const auto sets = activeRuleSets(db);
    const QVector<RuleSet> stored = sets && !sets->isEmpty() ? *sets : QVector<RuleSet>{};
    if (!stored.isEmpty()) {
        const double write = timeIt(1, [&] { screenInteractions(db, stored, {}); }, false);
        rows.push_back({QStringLiteral("Screening every interaction with the active rules, results stored"), write, QString(), 0,
                        QStringLiteral("reference"), 0, 0});
    }

    // A phrase through the Interactions list (FTS5 trigram index): its first page and its total.
    InteractionQuery list(db);
    InteractionFilter phrase;
    phrase.text = QStringLiteral("我要投诉");
    const double search = timeIt(runs, [&] {
        list.page(phrase, InteractionColumn::StartedAt, Qt::DescendingOrder, 0, 200);
        list.count(phrase);
    });
    const double like = processTime(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path,
                                                                QStringLiteral("SELECT COUNT(*) FROM interactions WHERE transcript LIKE '%我要投诉%';")},
                                    runs);
    const double pythonPhrase = processTime(QStringLiteral("python3"), {QStringLiteral("-c"), script, exported, QStringLiteral("我要投诉")}, runs);
    rows.push_back({QStringLiteral("Interactions list, text search: 我要投诉 (first page and total)"), search,
                    QStringLiteral("sqlite3: COUNT(*) WHERE transcript LIKE '%我要投诉%'"), like, QStringLiteral("≤ 100 ms"), 0, 100});
    rows.push_back({QStringLiteral("(the same search)"), search, QStringLiteral("Python re: 我要投诉 over the export"), pythonPhrase,
                    QStringLiteral("reference"), 0, 0});
    print(out, rows);
    QFile::remove(exported);
    return 0;
}
