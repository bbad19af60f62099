#include "clirunner.h"
#include "servercli.h"

#include "agreementcli.h"
#include "screeningcli.h"
#include "spccli.h"
#include "csvimporter.h"
#include "database.h"
#include "demogenerator.h"
#include "demorecordings.h"
#include "formjson.h"
#include "integrity.h"
#include "localdays.h"
#include "scoreengine.h"
#include "screening.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimeZone>

namespace servqa {

namespace {

QString usage()
{
    return QCoreApplication::translate("Cli", "Usage:\n"
              "  servqa-cli score --form FORM.json --answers ANSWERS.json\n"
              "  servqa-cli import --db WORKSPACE [--create] --kind sites|staff|interactions|survey|feedback|complaints|transcripts "
              "[--encoding auto|utf-8|gb18030] [--source NAME] [--wave NAME [--management]] [--survey NAME [--csat-scale 5|7|10]] FILE.csv|FILE.json\n"
              "  servqa-cli demo --db WORKSPACE [--evaluations N] [--seed S] [--end YYYY-MM-DD] [--survey-answers N]\n"
              "  servqa-cli check --db WORKSPACE [--full]\n"
              "  servqa-cli time-zone --db WORKSPACE [--set ZONE]\n"
              "  servqa-cli agreement --measure percent|cohen|fleiss|krippendorff|gwet|icc|cronbach [--weights none|linear|quadratic] "
              "[--level nominal|ordinal|interval|ratio] [--categories LIST] [--counts] [--id-column] FILE.csv\n"
              "  servqa-cli agreement --db WORKSPACE --session ID\n"
              "  servqa-cli spc --chart p|np|c|u|xbar-r|xbar-s|imr [--value-column NAME] [--size-column NAME | --size N] "
              "[--subgroup-column NAME] [--label-column NAME] [--baseline FIRST:LAST] [--rules LIST] FILE.csv\n"
              "  servqa-cli nps --column NAME FILE.csv\n"
              "  servqa-cli screen --db WORKSPACE [--rules FILE.json] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--dry-run]\n"
              "  servqa-cli server init --url postgresql://USER@HOST:PORT/DATABASE\n"
              "  servqa-cli report --db WORKSPACE --kind evaluation|visit|store|agent|gap|indicators|screening|calibration|complaint|actions|batch ... --out FILE.pdf\n"
              "Every command explains its options with --help (servqa-cli import --help).\n");
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(path, f.errorString())};
    return f.readAll();
}

} // namespace

bool parseCommandLine(const char *command, QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err, bool &help)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(helpOption);
    // The language of the messages: main() has installed it already, so every command takes it.
    QCommandLineOption langOption(QStringLiteral("lang"), QCoreApplication::translate("Cli", "Language of the messages: en or zh_CN."),
                                  QStringLiteral("LANG"));
    langOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(langOption);
    help = false;
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n' << usage();
        return false;
    }
    if (parser.isSet(helpOption)) {
        help = true;
        // Qt's first line names the program's path; the command is what the user typed.
        QString text = parser.helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
        out << QCoreApplication::translate("Cli", "Usage: servqa-cli %1 [options]").arg(QLatin1String(command));
        // Qt's help says "Arguments:" in the language the command speaks (参数： in Chinese).
        if (!parser.positionalArguments().isEmpty() || text.contains(QCoreApplication::translate("QCommandLineParser", "Arguments:")))
            out << QLatin1Char(' ') << QCoreApplication::translate("Cli", "FILE");
        out << '\n' << text;
        return false;
    }
    return true;
}

// Opens the workspace a command works on: a file, or a server's address (team mode; the
// password from PGPASSWORD or ~/.pgpass, as libpq reads them, rather than on the command line).
// Only `--create` (and `demo`) make a new file; an existing one is checked for damage first
// (integrity::verify: at once when it is exactly as ServQA last left it), since a command must
// not write into a damaged file or report from it.
Result<std::unique_ptr<Database>> openForCommand(const QString &path, Database::OpenMode mode, QTextStream &err)
{
    if (Database::isServerAddress(path))
        return Database::openServer(path);
    const QFileInfo info(path);
    if (info.isFile() && info.size() > 0 && storedSchemaVersion(path) > 0) {
        if (const Status s = integrity::verify(path); !s)
            return Error{s.error()};
        // The open finishes it (a minute or two at a million interactions): said, not a silent wait.
        if (searchIndexLeftUnfinished(path)) {
            err << QCoreApplication::translate("Cli", "Finishing the indexes of %1: the demo that made it was stopped before its "
                                                      "end…")
                       .arg(path)
                << '\n';
            err.flush();
        }
    }
    return Database::openSqlite(path, mode);
}

// After a command that wrote: the workspace as it was left is known whole.
void closeAfterCommand(std::unique_ptr<Database> db)
{
    const QString path = db->path();
    const bool file = !db->isServer();
    db.reset();
    if (file)
        integrity::rememberWhole(path);
}

namespace {

int score(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("form"), QCoreApplication::translate("Cli", "Form JSON file."), QStringLiteral("FORM.json")});
    parser.addOption({QStringLiteral("answers"), QCoreApplication::translate("Cli", "Answers JSON file."), QStringLiteral("ANSWERS.json")});
    bool help = false;
    if (!parseCommandLine("score", parser, arguments, out, err, help))
        return help ? 0 : 2;
    if (!parser.isSet(QStringLiteral("form")) || !parser.isSet(QStringLiteral("answers"))) {
        err << QCoreApplication::translate("Cli", "score needs --form and --answers.") << '\n' << usage();
        return 2;
    }
    const QString formPath = parser.value(QStringLiteral("form"));
    const QString answersPath = parser.value(QStringLiteral("answers"));
    const auto formBytes = readFile(formPath);
    if (!formBytes) {
        err << formBytes.error() << '\n';
        return 1;
    }
    const auto form = formFromJson(*formBytes, formPath);
    if (!form) {
        err << form.error() << '\n';
        return 1;
    }
    const auto answerBytes = readFile(answersPath);
    if (!answerBytes) {
        err << answerBytes.error() << '\n';
        return 1;
    }
    const auto answers = answersFromJson(*answerBytes, *form, answersPath);
    if (!answers) {
        err << answers.error() << '\n';
        return 1;
    }
    const auto result = scoreEvaluation(*form, *answers);
    if (!result) {
        err << answersPath << QStringLiteral(": ") << result.error() << '\n';
        return 1;
    }
    out << QString::fromUtf8(QJsonDocument(scoreResultToJson(*form, *result)).toJson(QJsonDocument::Indented));
    return 0;
}

int import(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("Cli", "Workspace file, or a server's postgresql:// address (team mode)."), QStringLiteral("WORKSPACE")});
    parser.addOption({QStringLiteral("kind"), QCoreApplication::translate("Cli", "sites, staff, interactions, survey, feedback, complaints or transcripts."), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("encoding"), QCoreApplication::translate("Cli", "auto, utf-8 or gb18030."), QStringLiteral("ENCODING"),
                      QStringLiteral("auto")});
    parser.addOption({QStringLiteral("source"), QCoreApplication::translate("Cli", "Source system of the interactions."),
                      QStringLiteral("NAME"), QStringLiteral("csv")});
    parser.addOption({QStringLiteral("wave"), QCoreApplication::translate("Cli", "Survey wave of the responses (created if new)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("management"),
                      QCoreApplication::translate("Cli", "The survey is managers estimating customers' expectations.")});
    parser.addOption({QStringLiteral("survey"), QCoreApplication::translate("Cli", "Feedback: the post-contact survey of the answers (created if new)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("csat-scale"), QCoreApplication::translate("Cli", "Feedback: the top of the survey's CSAT scale, 5, 7 or 10 "
                                                                                    "(a new survey; 5 when not given)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("no-screen"), QCoreApplication::translate("Cli", "Interactions: do not screen them after the import "
                                                                              "(servqa-cli screen does it later).")});
    parser.addOption({QStringLiteral("create"), QCoreApplication::translate("Cli", "Create the workspace if it does not exist (without it, a "
                                                                                "missing workspace is an error).")});
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Cli", "CSV file (transcripts: CSV or JSON)."));
    bool help = false;
    if (!parseCommandLine("import", parser, arguments, out, err, help))
        return help ? 0 : 2;
    const auto kind = importKindFromKey(parser.value(QStringLiteral("kind")));
    if (!parser.isSet(QStringLiteral("db")) || !kind || parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate("Cli", "import needs --db, --kind sites|staff|interactions|survey|feedback|complaints|transcripts and one CSV file (transcripts: CSV or JSON).") << '\n' << usage();
        return 2;
    }
    if (*kind == ImportKind::Survey && parser.value(QStringLiteral("wave")).trimmed().isEmpty()) {
        err << QCoreApplication::translate("Cli", "import --kind survey needs --wave NAME.") << '\n';
        return 2;
    }
    if (*kind == ImportKind::Feedback && parser.value(QStringLiteral("survey")).trimmed().isEmpty()) {
        err << QCoreApplication::translate("Cli", "import --kind feedback needs --survey NAME.") << '\n';
        return 2;
    }
    ImportOptions options;
    options.kind = *kind;
    options.feedbackSurvey = parser.value(QStringLiteral("survey"));
    if (parser.isSet(QStringLiteral("csat-scale"))) {
        const int scale = parser.value(QStringLiteral("csat-scale")).toInt();
        if (scale != 5 && scale != 7 && scale != 10) {
            err << QCoreApplication::translate("Cli", "--csat-scale \"%1\": use 5, 7 or 10.").arg(parser.value(QStringLiteral("csat-scale"))) << '\n';
            return 2;
        }
        options.csatScale = scale;
    }
    options.defaultSource = parser.value(QStringLiteral("source"));
    options.surveyWave = parser.value(QStringLiteral("wave"));
    options.surveyKind = parser.isSet(QStringLiteral("management")) ? SurveyKind::Management : SurveyKind::Customer;
    const QString encoding = parser.value(QStringLiteral("encoding")).toLower();
    if (encoding == QLatin1String("utf-8") || encoding == QLatin1String("utf8"))
        options.encoding = CsvEncoding::Utf8;
    else if (encoding == QLatin1String("gb18030") || encoding == QLatin1String("gbk"))
        options.encoding = CsvEncoding::Gb18030;
    else if (encoding != QLatin1String("auto")) {
        err << QCoreApplication::translate("Cli", "Unknown encoding \"%1\": use auto, utf-8 or gb18030.").arg(encoding) << '\n';
        return 2;
    }
    const QString path = parser.value(QStringLiteral("db"));
    const bool create = parser.isSet(QStringLiteral("create"));
    const bool existed = Database::isServerAddress(path) || QFileInfo::exists(path);
    auto db = openForCommand(path, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::OpenExisting, err);
    if (!db) {
        err << db.error();
        if (!existed && !create)
            err << ' ' << QCoreApplication::translate("Cli", "To make a new workspace, add --create.");
        err << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const auto summary = importCsv(**db, parser.positionalArguments().constFirst(), options);
    if (!summary) {
        err << summary.error() << '\n';
        if (!existed) { // a workspace made for a refused import is not left behind
            db->reset();
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
        }
        return 1;
    }
    // Complaints already in the workspace are left as they were, not updated.
    if (*kind == ImportKind::Transcripts)
        out << QCoreApplication::translate("Cli", "Imported %1 in %2 s — turns: %3; transcripts replaced: %4.")
                   .arg(parser.positionalArguments().constFirst())
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                   .arg(summary->rows)
                   .arg(summary->updated)
            << '\n';
    else
        out << (*kind == ImportKind::Complaints
                    ? QCoreApplication::translate("Cli", "Imported %1 rows (%2 new complaints, %3 already in the workspace, left as they were) from %4 in %5 s [%6].")
                    : QCoreApplication::translate("Cli", "Imported %1 rows (%2 new, %3 updated) from %4 in %5 s [%6]."))
                   .arg(summary->rows)
                   .arg(summary->inserted)
                   .arg(summary->updated)
                   .arg(parser.positionalArguments().constFirst())
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                   .arg(csvEncodingName(summary->encoding))
            << '\n';
    if (summary->newAlerts > 0)
        out << QCoreApplication::translate("Cli", "%1 new alerts: an indicator under its level or a control chart's signal (the Alerts page lists them).")
                   .arg(summary->newAlerts)
            << '\n';
    // Every interaction is screened as it comes in (docs/screening.md), after the import's own
    // transaction: a screening that fails leaves the import as it is.
    if (!summary->interactionIds.isEmpty() && !parser.isSet(QStringLiteral("no-screen"))) {
        timer.restart();
        const auto screened = screenImported(**db, summary->interactionIds);
        if (!screened) {
            err << QCoreApplication::translate("Cli", "The import is kept, but screening its interactions failed: %1 (servqa-cli screen screens them again).")
                       .arg(screened.error())
                << '\n';
            closeAfterCommand(std::move(*db));
            return 1;
        }
        out << QCoreApplication::translate("Cli", "Screened %1 interactions in %2 s: %3 flagged as a risk.")
                   .arg(screened->screened)
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                   .arg(screened->flagged)
            << '\n';
    }
    closeAfterCommand(std::move(*db));
    return 0;
}

int demo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("Cli", "Workspace file to create."), QStringLiteral("WORKSPACE")});
    parser.addOption({QStringLiteral("evaluations"), QCoreApplication::translate("Cli", "Number of evaluations."), QStringLiteral("N"),
                      QStringLiteral("5000")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("Cli", "Random seed."), QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("end"), QCoreApplication::translate("Cli", "Last day of data (default yesterday)."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("survey-answers"),
                      QCoreApplication::translate("Cli", "Customer SERVQUAL answers to write at least (default: ten customers per site and month)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("recordings"),
                      QCoreApplication::translate("Cli", "Calls to voice into WAV recordings beside the workspace with espeak-ng (0: none)."),
                      QStringLiteral("N"), QStringLiteral("12")});
    bool help = false;
    if (!parseCommandLine("demo", parser, arguments, out, err, help))
        return help ? 0 : 2;
    DemoOptions options;
    bool okAnswers = false;
    options.surveyAnswers = parser.value(QStringLiteral("survey-answers")).toLongLong(&okAnswers);
    bool okCount = false;
    bool okSeed = false;
    options.evaluations = parser.value(QStringLiteral("evaluations")).toLongLong(&okCount);
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&okSeed);
    if (parser.isSet(QStringLiteral("end")))
        options.endDate = QDate::fromString(parser.value(QStringLiteral("end")), Qt::ISODate);
    if (!parser.isSet(QStringLiteral("db")) || !okCount || options.evaluations < 0 || !okSeed
        || !options.endDate.isValid() || !okAnswers || options.surveyAnswers < 0) {
        err << QCoreApplication::translate("Cli", "demo needs --db, and --evaluations, --seed, --end and --survey-answers must be valid.")
            << '\n' << usage();
        return 2;
    }
    if (Database::isServerAddress(parser.value(QStringLiteral("db")))) {
        err << QCoreApplication::translate("Cli", "A demo is made in a file; servqa-cli server copy moves it onto a server.") << '\n';
        return 2;
    }
    // A new file is built under a name of its own and renamed when whole: killed, the demo leaves
    // no workspace half made, and it writes faster so (DemoOptions::ownFile). An empty workspace
    // that exists is filled in place.
    const QString target = parser.value(QStringLiteral("db"));
    options.ownFile = !QFileInfo::exists(target);
    const QString building = options.ownFile ? unfinishedDemoPath(target) : target;
    std::unique_ptr<QLockFile> claim; // until renamed or removed
    if (options.ownFile) {
        auto claimed = claimUnfinishedDemo(building);
        if (!claimed) {
            err << claimed.error() << '\n';
            return 1;
        }
        claim = std::move(*claimed);
    }
    auto db = openForCommand(building, Database::OpenMode::CreateIfMissing, err);
    if (!db) {
        err << db.error() << '\n';
        return 1;
    }
    // A demo that failed leaves nothing of a file of its own.
    auto fail = [&](const QString &message) {
        err << message << '\n';
        if (options.ownFile) {
            db->reset();
            removeUnfinishedDemo(building);
        }
        return 1;
    };
    QElapsedTimer timer;
    timer.start();
    const auto summary = generateDemo(**db, options, [&](qint64 done, qint64 total) {
        if (total >= 100000 && done % 100000 < 5000)
            err << QCoreApplication::translate("Cli", "%1 of %2 evaluations…").arg(done).arg(total) << '\n' << Qt::flush;
        return true;
    });
    if (!summary)
        return fail(summary.error());
    const double generated = timer.elapsed() / 1000.0;
    // Screened as if imported: the Interactions list shows its risks at once.
    timer.restart();
    const auto screened = screenWorkspace(**db);
    if (!screened)
        return fail(screened.error());
    const double screening = timer.elapsed() / 1000.0;
    const int recordings = parser.value(QStringLiteral("recordings")).toInt();
    if (recordings > 0) {
        // A demo without recordings is still a demo: say why, and go on.
        const auto voiced = addDemoRecordings(**db, QFileInfo(target).absolutePath(), recordings);
        if (!voiced)
            err << voiced.error() << '\n';
    }
    // What the workspace holds: the evaluations asked for and their interactions, and the
    // mystery-shop visits' and the rest the demo adds after them.
    QSqlQuery held((*db)->connection());
    held.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM interactions), (SELECT COUNT(*) FROM evaluations)"));
    if (const Status s = execQuery(held, **db); !s || !held.next()) {
        held = QSqlQuery();
        return fail(s ? QString() : s.error());
    }
    const qint64 interactions = held.value(0).toLongLong(), evaluations = held.value(1).toLongLong();
    held.finish();
    closeAfterCommand(std::move(*db));
    if (options.ownFile) {
        QFile built(building);
        if (!built.rename(target)) {
            err << QCoreApplication::translate("Cli", "The demo was built in %1 but could not be renamed to %2: %3")
                       .arg(building, target, built.errorString())
                << '\n';
            return 1;
        }
        integrity::forget(building);
        integrity::rememberWhole(target);
    }
    out << QCoreApplication::translate("Cli", "Demo workspace %1: %2 sites, %3 staff, %4 users, %5 interactions, %6 evaluations "
              "(%7 s).")
               .arg(target)
               .arg(summary->sites)
               .arg(summary->staff)
               .arg(summary->users)
               .arg(interactions)
               .arg(evaluations)
               .arg(generated, 0, 'f', 1)
        << '\n';
    out << QCoreApplication::translate("Cli", "Screened %1 interactions in %2 s: %3 flagged as a risk.")
               .arg(screened->screened)
               .arg(screening, 0, 'f', 2)
               .arg(screened->flagged)
        << '\n';
    return 0;
}

int check(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("Cli", "Workspace file."), QStringLiteral("WORKSPACE")});
    parser.addOption({QStringLiteral("full"), QCoreApplication::translate("Cli", "Also check every index against its table (slower: "
                                                                              "minutes on a large workspace).")});
    bool help = false;
    if (!parseCommandLine("check", parser, arguments, out, err, help))
        return help ? 0 : 2;
    if (!parser.isSet(QStringLiteral("db"))) {
        err << QCoreApplication::translate("Cli", "check needs --db.") << '\n' << usage();
        return 2;
    }
    const QString path = parser.value(QStringLiteral("db"));
    if (Database::isServerAddress(path)) {
        err << QCoreApplication::translate("Cli", "check reads a workspace file; a server keeps its own data whole (its checks are "
                                                  "pg_amcheck's, docs/team-mode.md).")
            << '\n';
        return 2;
    }
    // Refuses what is not a workspace, without writing to it.
    if (!QFileInfo(path).isFile()) {
        err << QCoreApplication::translate("Cli", "The workspace %1 does not exist.").arg(path) << '\n';
        return 1;
    }
    if (storedSchemaVersion(path) <= 0) {
        const auto opened = Database::openSqlite(path, Database::OpenMode::OpenExisting, Database::Access::ReadOnly);
        err << (opened ? QCoreApplication::translate("Cli", "%1 is not a ServQA workspace.").arg(path) : opened.error()) << '\n';
        return 1;
    }
    const auto problems = integrity::check(path, parser.isSet(QStringLiteral("full")) ? integrity::Depth::Full : integrity::Depth::Quick);
    if (!problems) {
        err << problems.error() << '\n';
        return 1;
    }
    if (!problems->isEmpty()) {
        integrity::forget(path);
        err << integrity::damagedMessage(path, *problems) << '\n';
        for (const QString &p : *problems)
            err << "  " << p << '\n';
        return 1;
    }
    integrity::rememberWhole(path);
    out << QCoreApplication::translate("Cli", "%1 is whole: every page and record was read and checked.").arg(path) << '\n';
    return 0;
}

// The time zone whose days the workspace's trends and scorecards count (LocalDays): shown, or set
// with --set (an IANA name such as Asia/Shanghai), which sums the rollups again in the new days
// when a stored time moves to another day.
int timeZone(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("Cli", "Workspace file, or a server's postgresql:// address (team mode)."), QStringLiteral("WORKSPACE")});
    parser.addOption({QStringLiteral("set"), QCoreApplication::translate("Cli", "Count the workspace's days in this time zone (e.g. "
                                                                             "Asia/Shanghai, Europe/Berlin)."),
                      QStringLiteral("ZONE")});
    bool help = false;
    if (!parseCommandLine("time-zone", parser, arguments, out, err, help))
        return help ? 0 : 2;
    if (!parser.isSet(QStringLiteral("db"))) {
        err << QCoreApplication::translate("Cli", "time-zone needs --db.") << '\n' << usage();
        return 2;
    }
    auto db = openForCommand(parser.value(QStringLiteral("db")), Database::OpenMode::OpenExisting, err);
    if (!db) {
        err << db.error() << '\n';
        return 1;
    }
    if (parser.isSet(QStringLiteral("set"))) {
        const QString name = parser.value(QStringLiteral("set")).trimmed();
        if (name.isEmpty()) { // QTimeZone takes an empty name for UTC
            err << QCoreApplication::translate("Cli", "--set needs a time zone, e.g. Asia/Shanghai.") << '\n';
            return 2;
        }
        const QTimeZone zone(name.toUtf8());
        if (!zone.isValid()) {
            err << QCoreApplication::translate("Cli", "%1 is not a time zone this machine knows (e.g. Asia/Shanghai).").arg(name) << '\n';
            return 2;
        }
        if (const Status s = setDayZone(**db, zone); !s) {
            err << s.error() << '\n';
            return 1;
        }
    }
    const auto days = LocalDays::load(**db);
    if (!days) {
        err << days.error() << '\n';
        return 1;
    }
    out << QCoreApplication::translate("Cli", "%1 counts its days in the time zone %2.").arg((*db)->path(), QString::fromUtf8(days->zoneId()))
        << '\n';
    closeAfterCommand(std::move(*db));
    return 0;
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() < 2) {
        err << usage();
        return 2;
    }
    const QString command = arguments.at(1);
    QStringList rest = arguments;
    rest.removeAt(1); // the parser expects the program name first
    if (command == QLatin1String("score"))
        return score(rest, out, err);
    if (command == QLatin1String("import"))
        return import(rest, out, err);
    if (command == QLatin1String("demo"))
        return demo(rest, out, err);
    if (command == QLatin1String("check"))
        return check(rest, out, err);
    if (command == QLatin1String("time-zone"))
        return timeZone(rest, out, err);
    if (command == QLatin1String("agreement"))
        return runAgreementCli(rest, out, err);
    if (command == QLatin1String("spc"))
        return runSpcCli(rest, out, err);
    if (command == QLatin1String("nps"))
        return runNpsCli(rest, out, err);
    if (command == QLatin1String("screen"))
        return runScreeningCli(rest, out, err);
    if (command == QLatin1String("server"))
        return runServerCli(rest, out, err);
    if (command == QLatin1String("help") || command == QLatin1String("--help")) {
        out << usage();
        return 0;
    }
    err << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(command) << '\n' << usage();
    return 2;
}

} // namespace servqa
