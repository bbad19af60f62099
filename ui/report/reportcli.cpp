#include "reportcli.h"

#include "auditreports.h"
#include "database.h"
#include "integrity.h"
#include "migrations.h"
#include "serveraccounts.h"
#include "siterepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

namespace servqa {

namespace {

QString usage()
{
    return QCoreApplication::translate("ReportCli",
                                       "Usage:\n"
                                       "  servqa-cli report --db WORKSPACE --kind evaluation|visit|store|agent|gap|indicators|screening|calibration|complaint|actions|batch [--id ID|CODE] "
                                       "[--region REGION] [--from YYYY-MM-DD --to YYYY-MM-DD] [--wave NAME] [--by NAME] [--pdfa] "
                                       "[--lang en|zh_CN] --out FILE.pdf|FOLDER\n"
                                       "  evaluation / visit / calibration: --id is the evaluation's, visit's or calibration session's number; "
                                       "complaint: the complaint's reference (TS-…); "
                                       "store / agent: the site's or agent's code (or id);\n"
                                       "  gap, indicators, screening, actions: --region, or --id for one site, or neither for all sites; batch: one store PDF per store "
                                       "of --region into the folder --out. The period defaults to last month.\n");
}

// A site or agent by code, or by numeric id.
Result<qint64> findSubject(Database &db, bool site, const QString &key)
{
    QSqlQuery q(db.connection());
    q.prepare(site ? QStringLiteral("SELECT id FROM sites WHERE code = ? OR CAST(id AS TEXT) = ?")
                   : QStringLiteral("SELECT id FROM staff WHERE code = ? OR CAST(id AS TEXT) = ?"));
    q.addBindValue(key);
    q.addBindValue(key);
    if (const Status s = execQuery(q, db); !s)
        return Error{s.error()};
    if (!q.next())
        return Error{site ? QCoreApplication::translate("ReportCli", "There is no site with code or id \"%1\".").arg(key)
                          : QCoreApplication::translate("ReportCli", "There is no agent with code or id \"%1\".").arg(key)};
    return q.value(0).toLongLong();
}

// The gap report's --wave: its id, or an error printed and the exit status (0: none asked or found).
int chooseWave(const QCommandLineParser &parser, Database &db, GapReportRequest &request, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("wave")))
        return 0;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM survey_waves WHERE name = ?"));
    q.addBindValue(parser.value(QStringLiteral("wave")));
    if (!execQuery(q, db) || !q.next()) {
        err << QCoreApplication::translate("ReportCli", "There is no survey wave \"%1\".").arg(parser.value(QStringLiteral("wave"))) << '\n';
        return 1;
    }
    request.waveId = q.value(0).toLongLong();
    return 0;
}

} // namespace

int runReportCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const char *name : {"db", "kind", "id", "region", "from", "to", "wave", "by", "out", "lang"})
        parser.addOption({QString::fromLatin1(name), QString(), QStringLiteral("value")});
    parser.addOption({QStringLiteral("pdfa"), QString()});
    if (arguments.contains(QStringLiteral("--help"))) {
        out << usage();
        return 0;
    }
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n' << usage();
        return 2;
    }
    const QString kind = parser.value(QStringLiteral("kind"));
    const QStringList kinds{QStringLiteral("evaluation"), QStringLiteral("visit"), QStringLiteral("store"), QStringLiteral("agent"), QStringLiteral("gap"),
                            QStringLiteral("indicators"), QStringLiteral("screening"), QStringLiteral("calibration"), QStringLiteral("complaint"), QStringLiteral("actions"),
                            QStringLiteral("batch")};
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("out")) || !kinds.contains(kind)) {
        err << QCoreApplication::translate("ReportCli", "report needs --db, --kind and --out.") << '\n' << usage();
        return 2;
    }
    const bool needsId = kind == QLatin1String("evaluation") || kind == QLatin1String("visit") || kind == QLatin1String("store") || kind == QLatin1String("agent")
                         || kind == QLatin1String("calibration") || kind == QLatin1String("complaint");
    if (needsId && !parser.isSet(QStringLiteral("id"))) {
        err << QCoreApplication::translate("ReportCli", "report --kind %1 needs --id.").arg(kind) << '\n' << usage();
        return 2;
    }
    if (kind == QLatin1String("batch") && !parser.isSet(QStringLiteral("region"))) {
        err << QCoreApplication::translate("ReportCli", "report --kind batch needs --region.") << '\n' << usage();
        return 2;
    }

    // The period: last month unless given.
    const QDate today = QDate::currentDate();
    DayRange period{QDate(today.year(), today.month(), 1).addMonths(-1), QDate(today.year(), today.month(), 1).addDays(-1)};
    for (const auto &[option, target] : {std::pair{QStringLiteral("from"), &period.from}, std::pair{QStringLiteral("to"), &period.to}}) {
        if (!parser.isSet(option))
            continue;
        const QDate d = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!d.isValid()) {
            err << QCoreApplication::translate("ReportCli", "--%1: \"%2\" is not a date (YYYY-MM-DD).").arg(option, parser.value(option))
                << '\n';
            return 2;
        }
        *target = d;
    }
    if (period.to < period.from) {
        err << QCoreApplication::translate("ReportCli", "--to is before --from.") << '\n';
        return 2;
    }

    // A report only reads: checked for damage first, then read through a read-only connection
    // (an import may be writing meanwhile). A workspace of an older ServQA is upgraded first.
    const QString workspace = parser.value(QStringLiteral("db"));
    if (const int stored = storedSchemaVersion(workspace); stored > 0) {
        if (const Status s = integrity::verify(workspace); !s) {
            err << s.error() << '\n';
            return 1;
        }
        if (stored < latestSchemaVersion()) {
            if (const auto upgraded = Database::openSqlite(workspace); !upgraded) {
                err << upgraded.error() << '\n';
                return 1;
            }
        }
    }
    const auto db = Database::open(workspace, Database::OpenMode::OpenExisting, Database::Access::ReadOnly);
    if (!db) {
        err << db.error() << '\n';
        return 1;
    }
    if (parser.isSet(QStringLiteral("region"))) {
        const auto regions = SiteRepository(**db).regions();
        if (!regions) {
            err << regions.error() << '\n';
            return 1;
        }
        if (!regions->contains(parser.value(QStringLiteral("region")))) {
            err << QCoreApplication::translate("ReportCli", "There is no region \"%1\" in %2 (its regions: %3).")
                       .arg(parser.value(QStringLiteral("region")), workspace, regions->join(QStringLiteral(", ")))
                << '\n';
            return 1;
        }
    }
    ReportOptions options;
    options.generatedBy = parser.value(QStringLiteral("by"));
    if (options.generatedBy.isEmpty() && (*db)->isServer()) { // the account the server knows
        if (const auto user = sessionUser(**db); user)
            options.generatedBy = user->name;
    }
    for (const char *variable : {"USER", "LOGNAME"}) {
        if (options.generatedBy.isEmpty())
            options.generatedBy = qEnvironmentVariable(variable);
    }
    if (options.generatedBy.isEmpty())
        options.generatedBy = QStringLiteral("servqa-cli");
    options.pdfA = parser.isSet(QStringLiteral("pdfa"));
    const QString outPath = parser.value(QStringLiteral("out"));
    const QString id = parser.value(QStringLiteral("id"));

    Result<int> pages = 0;
    if (kind == QLatin1String("evaluation")) {
        bool ok = false;
        const qint64 evaluationId = id.toLongLong(&ok);
        if (!ok) {
            err << QCoreApplication::translate("ReportCli", "--id: \"%1\" is not an evaluation number.").arg(id) << '\n';
            return 2;
        }
        pages = writeEvaluationReport(**db, evaluationId, outPath, options);
    } else if (kind == QLatin1String("visit")) {
        bool ok = false;
        const qint64 visitId = id.toLongLong(&ok);
        if (!ok) {
            err << QCoreApplication::translate("ReportCli", "--id: \"%1\" is not a visit number.").arg(id) << '\n';
            return 2;
        }
        pages = writeVisitReport(**db, visitId, outPath, options);
    } else if (kind == QLatin1String("calibration")) {
        bool ok = false;
        const qint64 sessionId = id.toLongLong(&ok);
        if (!ok) {
            err << QCoreApplication::translate("ReportCli", "--id: \"%1\" is not a calibration session number.").arg(id) << '\n';
            return 2;
        }
        pages = writeCalibrationReport(**db, sessionId, outPath, options);
    } else if (kind == QLatin1String("complaint")) {
        pages = writeComplaintReport(**db, id, outPath, options);
    } else if (kind == QLatin1String("store") || kind == QLatin1String("agent")) {
        const bool site = kind == QLatin1String("store");
        const auto subject = findSubject(**db, site, id);
        if (!subject) {
            err << subject.error() << '\n';
            return 1;
        }
        pages = writeScorecardReport(**db, {site ? SubjectKind::Site : SubjectKind::Agent, *subject, period, std::nullopt}, outPath,
                                     options);
    } else if (kind == QLatin1String("gap") || kind == QLatin1String("indicators") || kind == QLatin1String("screening")
               || kind == QLatin1String("actions")) {
        // Both report on a region (--region), one site (--id) or every site.
        std::optional<QString> region;
        if (parser.isSet(QStringLiteral("region")))
            region = parser.value(QStringLiteral("region"));
        std::optional<qint64> siteId;
        if (!id.isEmpty()) {
            const auto site = findSubject(**db, true, id);
            if (!site) {
                err << site.error() << '\n';
                return 1;
            }
            siteId = *site;
        }
        if (kind == QLatin1String("indicators")) {
            pages = writeIndicatorsReport(**db, {region, siteId, period}, outPath, options);
        } else if (kind == QLatin1String("screening")) {
            pages = writeScreeningReport(**db, {region, siteId, period}, outPath, options);
        } else if (kind == QLatin1String("actions")) {
            pages = writeActionsReport(**db, {region, siteId, period}, outPath, options);
        } else {
            GapReportRequest request;
            request.period = period;
            request.region = region;
            request.siteId = siteId;
            if (const int failed = chooseWave(parser, **db, request, err))
                return failed;
            pages = writeGapReport(**db, request, outPath, options);
        }
    } else {
        const auto files = writeStoreBatch(**db, parser.value(QStringLiteral("region")), period, outPath, options,
                                           [&](int done, int total) {
                                               err << QCoreApplication::translate("ReportCli", "%1 of %2 stores").arg(done).arg(total) << '\r';
                                               err.flush();
                                               return true;
                                           });
        err << '\n';
        if (!files) {
            err << files.error() << '\n';
            return 1;
        }
        for (const QString &f : *files)
            out << f << '\n';
        return 0;
    }
    if (!pages) {
        err << pages.error() << '\n';
        return 1;
    }
    out << QCoreApplication::translate("ReportCli", "%1: %n page(s)", nullptr, *pages).arg(outPath) << '\n';
    return 0;
}

} // namespace servqa
