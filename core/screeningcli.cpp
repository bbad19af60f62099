// `servqa-cli screen`: runs a rule set over a workspace's interactions and prints, as JSON, what
// each rule matched and — for a rule that answers a scorecard item — how often it agrees with the
// inspectors who answered that item (docs/screening.md).
#include "screeningcli.h"

#include "clirunner.h"
#include "database.h"
#include "outputfile.h"
#include "scorecard.h"
#include "screening.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace servqa {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningCli)
};


QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue coefficient(const Coefficient &c)
{
    return c.value ? QJsonValue(*c.value) : QJsonValue(QJsonValue::Null);
}

QJsonObject agreementJson(const RuleAgreement &a)
{
    QJsonArray months;
    for (const RuleAgreement::Period &p : a.byMonth)
        months.append(QJsonObject{{QStringLiteral("month"), p.month},
                                  {QStringLiteral("units"), p.units},
                                  {QStringLiteral("agreed"), p.agreed},
                                  {QStringLiteral("kappa"), coefficient(p.kappa)}});
    QJsonArray examples;
    for (const RuleAgreement::Disagreement &d : a.disagreements.mid(0, 10))
        examples.append(QJsonObject{{QStringLiteral("evaluation"), d.evaluationId},
                                    {QStringLiteral("interaction"), d.interactionId},
                                    {QStringLiteral("ruleMatched"), d.ruleMatched},
                                    {QStringLiteral("inspectorAnswer"), d.inspectorAnswer}});
    QJsonObject o{{QStringLiteral("item"), a.itemKey},
                  {QStringLiteral("units"), a.units()},
                  {QStringLiteral("truePositive"), a.truePositive},
                  {QStringLiteral("falsePositive"), a.falsePositive},
                  {QStringLiteral("falseNegative"), a.falseNegative},
                  {QStringLiteral("trueNegative"), a.trueNegative},
                  {QStringLiteral("notApplicable"), a.notApplicable},
                  {QStringLiteral("precision"), number(a.precision)},
                  {QStringLiteral("recall"), number(a.recall)},
                  {QStringLiteral("percentAgreement"), number(a.percent)},
                  {QStringLiteral("kappa"), coefficient(a.kappa)},
                  {QStringLiteral("ac1"), coefficient(a.ac1)},
                  {QStringLiteral("byMonth"), months},
                  {QStringLiteral("disagreements"), examples}};
    if (!a.kappa.value)
        o.insert(QStringLiteral("kappaUndefinedBecause"), a.kappa.undefinedBecause);
    return o;
}

} // namespace

int runScreeningCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), Text::tr("The workspace: a file or a server's URL."), QStringLiteral("WORKSPACE")});
    parser.addOption({QStringLiteral("rules"), Text::tr("A rule set file (JSON) to run instead of the workspace's active rule sets; "
                                                        "stored as the next version of its code unless --dry-run."),
                      QStringLiteral("FILE.json")});
    parser.addOption({QStringLiteral("from"), Text::tr("The first day of the interactions screened (default: the first)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), Text::tr("The last day of the interactions screened (default: the last)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("dry-run"), Text::tr("Count and compare only: nothing is written to the workspace.")});
    parser.addOption({QStringLiteral("export-rules"),
                      Text::tr("Write the active rule set (the one for every channel, or of --code) to a file and screen nothing."),
                      QStringLiteral("FILE.json")});
    parser.addOption({QStringLiteral("code"), Text::tr("With --export-rules: the code of the rule set written."), QStringLiteral("CODE")});
    bool help = false;
    if (!parseCommandLine("screen", parser, arguments, out, err, help))
        return help ? 0 : 2;
    if (!parser.isSet(QStringLiteral("db"))) {
        err << Text::tr("--db is missing: which workspace to screen.") << '\n';
        return 2;
    }
    DayRange period{QDate(1970, 1, 1), QDate(9999, 12, 31)};
    bool ranged = false;
    for (const auto &[option, target] : {std::pair{QStringLiteral("from"), &period.from}, std::pair{QStringLiteral("to"), &period.to}}) {
        if (!parser.isSet(option))
            continue;
        const QDate d = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!d.isValid()) {
            err << Text::tr("--%1 \"%2\" is not a date (YYYY-MM-DD).").arg(option, parser.value(option)) << '\n';
            return 2;
        }
        *target = d;
        ranged = true;
    }
    if (period.to < period.from) {
        err << Text::tr("--to is before --from.") << '\n';
        return 2;
    }
    std::optional<RuleSet> fromFile;
    if (parser.isSet(QStringLiteral("rules"))) {
        auto set = readRuleSetFile(parser.value(QStringLiteral("rules")));
        if (!set) {
            err << set.error() << '\n';
            return 2;
        }
        fromFile = *set;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    auto db = openForCommand(parser.value(QStringLiteral("db")), Database::OpenMode::OpenExisting, err);
    if (!db) {
        err << db.error() << '\n';
        return 1;
    }

    if (parser.isSet(QStringLiteral("export-rules"))) {
        auto active = activeRuleSets(**db);
        if (!active) {
            err << active.error() << '\n';
            return 1;
        }
        const QString code = parser.value(QStringLiteral("code"));
        const RuleSet *chosen = nullptr;
        for (const RuleSet &set : *active) {
            if (code.isEmpty() ? !set.channel : set.code == code) {
                chosen = &set;
                break;
            }
        }
        const RuleSet builtIn = builtInRuleSet();
        if (!chosen && code.isEmpty() && active->isEmpty())
            chosen = &builtIn;
        if (!chosen) {
            err << (code.isEmpty() ? Text::tr("%1 has no active rule set for every channel; name one with --code.").arg((*db)->path())
                                   : Text::tr("%1 has no active rule set with the code \"%2\".").arg((*db)->path(), code))
                << '\n';
            return 1;
        }
        const QString path = parser.value(QStringLiteral("export-rules"));
        if (const Status s = writeWholeFile(path, ruleSetToJson(*chosen), {(*db)->path()}); !s) {
            err << s.error() << '\n';
            return 1;
        }
        out << Text::tr("Rule set %1 version %2 written to %3.").arg(chosen->code).arg(chosen->version).arg(path) << '\n';
        return 0;
    }

    QVector<RuleSet> sets;
    if (fromFile) {
        if (dryRun) {
            sets = {*fromFile};
        } else {
            auto saved = saveRuleSet(**db, *fromFile);
            if (!saved) {
                err << saved.error() << '\n';
                return 1;
            }
            sets = {*saved};
        }
    } else {
        if (!dryRun) {
            if (auto ensured = ensureRuleSets(**db); !ensured) {
                err << ensured.error() << '\n';
                return 1;
            }
        }
        auto active = activeRuleSets(**db);
        if (!active) {
            err << active.error() << '\n';
            return 1;
        }
        sets = active->isEmpty() ? QVector<RuleSet>{builtInRuleSet()} : *active;
    }

    ScreeningOptions options;
    options.store = !dryRun;
    if (ranged) {
        options.from = period.start().toSecsSinceEpoch();
        options.to = period.end().toSecsSinceEpoch();
    }
    const auto summary = screenInteractions(**db, sets, options);
    if (!summary) {
        err << summary.error() << '\n';
        return 1;
    }
    QJsonArray setsJson;
    for (int s = 0; s < sets.size(); ++s) {
        const RuleSet &set = sets.at(s);
        const auto agreement = ruleAgreement(**db, set, summary->outcomes.at(s), options.from, options.to);
        if (!agreement) {
            err << agreement.error() << '\n';
            return 1;
        }
        const qint64 screened = summary->screenedBy.at(s);
        QJsonArray rules;
        for (int r = 0; r < set.rules.size(); ++r) {
            const ScreeningRule &rule = set.rules.at(r);
            const qint64 hits = summary->hits.at(s).at(r), evaluated = summary->evaluated.at(s).at(r);
            QJsonObject o{{QStringLiteral("key"), rule.key},
                          {QStringLiteral("name"), rule.name},
                          {QStringLiteral("enabled"), rule.enabled},
                          {QStringLiteral("evaluated"), evaluated},
                          {QStringLiteral("hits"), hits},
                          {QStringLiteral("hitRate"), evaluated > 0 ? QJsonValue(double(hits) / double(evaluated)) : QJsonValue()}};
            if (rule.flag)
                o.insert(QStringLiteral("flag"), ruleSeverityKey(*rule.flag));
            for (const RuleAgreement &a : *agreement) {
                if (a.ruleKey == rule.key)
                    o.insert(QStringLiteral("agreement"), agreementJson(a));
            }
            rules.append(o);
        }
        setsJson.append(QJsonObject{{QStringLiteral("code"), set.code},
                                    {QStringLiteral("version"), set.version},
                                    {QStringLiteral("channel"), set.channel ? channelKey(*set.channel) : QStringLiteral("all")},
                                    {QStringLiteral("screened"), screened},
                                    {QStringLiteral("rules"), rules}});
    }
    QJsonObject result{{QStringLiteral("workspace"), (*db)->path()},
                       {QStringLiteral("dryRun"), dryRun},
                       {QStringLiteral("screened"), summary->screened},
                       {QStringLiteral("ruleSets"), setsJson}};
    if (ranged) {
        result.insert(QStringLiteral("from"), period.from.toString(Qt::ISODate));
        result.insert(QStringLiteral("to"), period.to.toString(Qt::ISODate));
    }
    out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    if (!dryRun)
        closeAfterCommand(std::move(*db));
    return 0;
}

} // namespace servqa
