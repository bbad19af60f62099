#include "agreementcli.h"

#include "agreement.h"
#include "calibration.h"
#include "clirunner.h"
#include "clitable.h"
#include "database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <map>

namespace servqa {

namespace {

enum class Measure { Percent, Cohen, Fleiss, Krippendorff, Gwet, Icc, Cronbach };

const std::map<QString, Measure> &measures()
{
    static const std::map<QString, Measure> byName{
        {QStringLiteral("percent"), Measure::Percent}, {QStringLiteral("cohen"), Measure::Cohen},
        {QStringLiteral("fleiss"), Measure::Fleiss},   {QStringLiteral("krippendorff"), Measure::Krippendorff},
        {QStringLiteral("gwet"), Measure::Gwet},       {QStringLiteral("icc"), Measure::Icc},
        {QStringLiteral("cronbach"), Measure::Cronbach},
    };
    return byName;
}

// The table without its first column, when that column names the units.
CsvTable withoutIdColumn(CsvTable table)
{
    if (!table.columns.isEmpty())
        table.columns.removeFirst();
    for (CsvTable::Row &row : table.rows) {
        if (!row.cells.isEmpty())
            row.cells.removeFirst();
    }
    return table;
}


// The ratings of the table: numbers, or — where `labelsAllowed` and a cell is not a number — text
// labels, each a category numbered in the order of the labels (sorted), named in `labels`.
struct Values
{
    Ratings ratings;
    QStringList labels; // empty when the values are numbers
};

Result<Values> valuesOf(const CsvTable &table, const QString &file, bool labelsAllowed, const QStringList &categoryLabels)
{
    Values values;
    bool allNumbers = true;
    for (const auto &row : table.rows) {
        for (const QString &cell : row.cells) {
            if (!isMissing(cell) && !numberIn(cell))
                allNumbers = false;
        }
    }
    for (const QString &c : categoryLabels) {
        if (!numberIn(c))
            allNumbers = false;
    }
    if (!allNumbers && !labelsAllowed) {
        for (const auto &row : table.rows) {
            for (int c = 0; c < row.cells.size(); ++c) {
                if (!isMissing(row.cells[c]) && !numberIn(row.cells[c])) {
                    return Error{QCoreApplication::translate("AgreementCli", "%1, line %2, column %3 (%4): \"%5\" is not a number; this measure needs numbers.")
                                     .arg(file).arg(row.line).arg(c + 1).arg(table.columns[c], row.cells[c])};
                }
            }
        }
    }
    if (!allNumbers) {
        QStringList labels = categoryLabels;
        for (const auto &row : table.rows) {
            for (const QString &cell : row.cells) {
                if (!isMissing(cell))
                    labels << cell.trimmed();
            }
        }
        labels.sort();
        labels.removeDuplicates();
        values.labels = labels;
    }
    for (const auto &row : table.rows) {
        QVector<std::optional<double>> unit;
        for (const QString &cell : row.cells) {
            if (isMissing(cell))
                unit << std::nullopt;
            else if (allNumbers)
                unit << *numberIn(cell);
            else
                unit << double(values.labels.indexOf(cell.trimmed()));
        }
        values.ratings << unit;
    }
    return values;
}

struct Options
{
    Measure measure = Measure::Percent;
    Weights weights = Weights::None;
    Level level = Level::Nominal;
    QStringList categories;
    bool counts = false;
    bool idColumn = false;
};

QString categoryJson(const Values &values, double category)
{
    return values.labels.isEmpty() ? jsonNumber(category) : jsonString(values.labels.value(int(category)));
}

QString weightsName(Weights w)
{
    switch (w) {
    case Weights::None: return QStringLiteral("none");
    case Weights::Linear: return QStringLiteral("linear");
    case Weights::Quadratic: return QStringLiteral("quadratic");
    }
    return {};
}

QString levelName(Level l)
{
    switch (l) {
    case Level::Nominal: return QStringLiteral("nominal");
    case Level::Ordinal: return QStringLiteral("ordinal");
    case Level::Interval: return QStringLiteral("interval");
    case Level::Ratio: return QStringLiteral("ratio");
    }
    return {};
}

// The Fleiss count table: each column a category, each cell how many raters chose it.
Result<JsonObject> fleissFromCounts(const CsvTable &table, const QString &file, JsonObject json)
{
    QVector<QVector<int>> counts;
    QVector<double> categories;
    bool numbered = true;
    for (const QString &c : table.columns)
        numbered = numbered && numberIn(c).has_value();
    for (int c = 0; c < table.columns.size(); ++c)
        categories << (numbered ? *numberIn(table.columns[c]) : double(c));
    int perUnit = -1;
    for (const auto &row : table.rows) {
        QVector<int> unit;
        int sum = 0;
        for (int c = 0; c < row.cells.size(); ++c) {
            bool ok = false;
            const int n = row.cells[c].trimmed().toInt(&ok);
            if (!ok || n < 0) {
                return Error{QCoreApplication::translate("AgreementCli", "%1, line %2, column %3 (%4): \"%5\" is not a count of raters (0, 1, 2, …).")
                                 .arg(file).arg(row.line).arg(c + 1).arg(table.columns[c], row.cells[c])};
            }
            unit << n;
            sum += n;
        }
        if (perUnit < 0)
            perUnit = sum;
        else if (sum != perUnit) {
            return Error{QCoreApplication::translate("AgreementCli", "%1, line %2: %3 ratings where the first unit has %4; Fleiss' kappa needs the same number of raters "
                            "for every unit.").arg(file).arg(row.line).arg(sum).arg(perUnit)};
        }
        counts << unit;
    }
    const auto k = fleissKappa(counts, categories);
    if (!k)
        return Error{QStringLiteral("%1: %2").arg(file, k.error())};
    json.integer("units", k->units).integer("raters", k->raters).coefficient("coefficient", k->kappa);
    json.number("observed", k->observed).number("expected", k->expected);
    QVector<JsonObject> perCategory;
    for (int c = 0; c < k->categories.size(); ++c) {
        JsonObject o;
        o.add("category", numbered ? jsonNumber(k->categories[c]) : jsonString(table.columns[c]));
        o.number("share", k->shares[c]).coefficient("kappa", k->perCategory[c]);
        perCategory << o;
    }
    json.add("per_category", jsonObjects(perCategory, 2));
    return json;
}

Result<JsonObject> compute(const Options &o, const CsvTable &table, const QString &file)
{
    JsonObject json;
    const QString name = [&] {
        for (const auto &[key, m] : measures()) {
            if (m == o.measure)
                return key;
        }
        return QString();
    }();
    json.text("measure", name);
    if (o.counts)
        return fleissFromCounts(table, file, json);

    const int raters = int(table.columns.size());
    if (raters < 2) {
        return Error{o.measure == Measure::Cronbach ? QCoreApplication::translate("AgreementCli", "%1, line 1: Cronbach's alpha needs at least two item columns.").arg(file)
                                                    : QCoreApplication::translate("AgreementCli", "%1, line 1: there must be at least two rater columns.").arg(file)};
    }
    if (o.measure == Measure::Cohen && raters != 2)
        return Error{QCoreApplication::translate("AgreementCli", "%1, line 1: Cohen's kappa compares two raters; the file has %2.").arg(file).arg(raters)};
    const bool nominal = o.measure == Measure::Percent || o.measure == Measure::Fleiss
        || ((o.measure == Measure::Cohen || o.measure == Measure::Gwet) && o.weights == Weights::None)
        || (o.measure == Measure::Krippendorff && o.level == Level::Nominal);
    auto values = valuesOf(table, file, nominal, o.categories);
    if (!values)
        return Error{values.error()};
    // The categories given, and every value on them.
    QVector<double> categories;
    for (const QString &c : o.categories) {
        if (values->labels.isEmpty()) {
            const auto v = numberIn(c);
            if (!v)
                return Error{QCoreApplication::translate("AgreementCli", "--categories: \"%1\" is not a number.").arg(c)};
            categories << *v;
        } else {
            categories << double(values->labels.indexOf(c.trimmed()));
        }
    }
    if (!categories.isEmpty()) {
        for (int u = 0; u < values->ratings.size(); ++u) {
            for (int r = 0; r < values->ratings[u].size(); ++r) {
                const auto &v = values->ratings[u][r];
                if (v && !categories.contains(*v)) {
                    return Error{QCoreApplication::translate("AgreementCli", "%1, line %2, column %3 (%4): \"%5\" is not one of --categories %6.")
                                     .arg(file).arg(table.rows[u].line).arg(r + 1).arg(table.columns[r], table.rows[u].cells[r].trimmed(),
                                                                                      o.categories.join(QLatin1Char(',')))};
                }
            }
        }
    }
    const Ratings &ratings = values->ratings;
    json.integer("units", ratings.size()).integer("raters", raters);
    const auto categoryList = [&](const QVector<double> &scale) {
        QStringList items;
        for (double c : scale)
            items << categoryJson(*values, c);
        return jsonArray(items);
    };

    switch (o.measure) {
    case Measure::Percent: {
        const PercentAgreement p = percentAgreement(ratings);
        json.coefficient("coefficient", p.share).integer("units_rated_twice", p.units);
        break;
    }
    case Measure::Cohen: {
        const auto k = cohenKappa(ratings, o.weights, categories);
        if (!k)
            return Error{QStringLiteral("%1: %2").arg(file, k.error())};
        json.text("weights", weightsName(o.weights)).add("categories", categoryList(k->categories));
        json.coefficient("coefficient", k->kappa).integer("units_rated_by_both", k->units).integer("left_out", k->leftOut);
        json.number("observed", k->observed).number("expected", k->expected);
        json.number("standard_error", k->standardError).number("standard_error_if_no_agreement", k->standardErrorIfNone);
        json.add("interval_95", jsonArray({jsonNumber(k->low), jsonNumber(k->high)}));
        break;
    }
    case Measure::Fleiss: {
        // The same number of ratings per unit, said with the line.
        int first = -1;
        for (int u = 0; u < ratings.size(); ++u) {
            const int m = int(std::count_if(ratings[u].cbegin(), ratings[u].cend(), [](const auto &v) { return v.has_value(); }));
            if (first < 0)
                first = m;
            else if (m != first) {
                return Error{QCoreApplication::translate("AgreementCli", "%1, line %2: %3 ratings where the first unit has %4; Fleiss' kappa needs the same number of raters "
                                "for every unit.").arg(file).arg(table.rows[u].line).arg(m).arg(first)};
            }
        }
        const auto k = fleissKappa(ratings);
        if (!k)
            return Error{QStringLiteral("%1: %2").arg(file, k.error())};
        json.coefficient("coefficient", k->kappa).integer("ratings_per_unit", k->raters);
        json.number("observed", k->observed).number("expected", k->expected);
        QVector<JsonObject> perCategory;
        for (int c = 0; c < k->categories.size(); ++c) {
            JsonObject row;
            row.add("category", categoryJson(*values, k->categories[c]));
            row.number("share", k->shares[c]).coefficient("kappa", k->perCategory[c]);
            perCategory << row;
        }
        json.add("per_category", jsonObjects(perCategory, 2));
        break;
    }
    case Measure::Krippendorff: {
        const KrippendorffAlpha a = krippendorffAlpha(ratings, o.level);
        json.text("level", levelName(o.level)).coefficient("coefficient", a.alpha);
        json.integer("pairable_units", a.units).number("pairable_values", a.pairable);
        json.number("observed_disagreement", a.observed).number("expected_disagreement", a.expected);
        break;
    }
    case Measure::Gwet: {
        const auto g = gwetAC(ratings, o.weights, categories);
        if (!g)
            return Error{QStringLiteral("%1: %2").arg(file, g.error())};
        json.text("name", o.weights == Weights::None ? QStringLiteral("AC1") : QStringLiteral("AC2"));
        json.text("weights", weightsName(o.weights)).add("categories", categoryList(g->categories));
        json.coefficient("coefficient", g->coefficient).integer("units_rated", g->units).integer("units_rated_twice", g->pairable);
        json.number("observed", g->observed).number("expected", g->expected);
        break;
    }
    case Measure::Icc: {
        const auto icc = intraclassCorrelations(ratings);
        if (!icc)
            return Error{QStringLiteral("%1: %2").arg(file, icc.error())};
        // The headline is ICC(2,1): would another inspector, drawn like these, give the same score.
        json.text("headline", icc->forms[1].name).coefficient("coefficient", icc->forms[1].icc);
        json.integer("targets", icc->targets).integer("left_out", icc->leftOut);
        JsonObject ms;
        ms.number("between_targets", icc->bms).number("within_targets", icc->wms).number("between_raters", icc->jms).number("residual", icc->ems);
        json.add("mean_squares", ms.json(2));
        QVector<JsonObject> forms;
        for (const IntraclassForm &f : icc->forms) {
            JsonObject form;
            form.text("form", f.name).coefficient("value", f.icc).number("f", f.f).number("df1", f.df1).number("df2", f.df2);
            form.add("interval_95", jsonArray({jsonNumber(f.low), jsonNumber(f.high)}));
            forms << form;
        }
        json.add("forms", jsonObjects(forms, 2));
        break;
    }
    case Measure::Cronbach: {
        const auto a = cronbach(ratings);
        if (!a)
            return Error{QStringLiteral("%1: %2").arg(file, a.error())};
        json.coefficient("coefficient", a->raw).coefficient("standardised", a->standardised);
        json.add("interval_95", jsonArray({jsonNumber(a->low), jsonNumber(a->high)}));
        json.integer("respondents", a->respondents).integer("items", a->items).integer("left_out", a->leftOut);
        break;
    }
    }
    return json;
}

// A calibration session's numbers, read as its lead reads them (refused while a blind session is
// open, like everyone's reads).
int sessionAgreement(const QString &path, qint64 sessionId, QTextStream &out, QTextStream &err)
{
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db) {
        err << db.error() << '\n';
        return 1;
    }
    const auto session = Calibration(**db, 0).session(sessionId);
    if (!session) {
        err << session.error() << '\n';
        return 1;
    }
    const auto c = Calibration(**db, session->leadId).compare(sessionId);
    if (!c) {
        err << c.error() << '\n';
        return 1;
    }
    JsonObject json;
    json.integer("session", sessionId).text("name", c->session.name);
    json.text("status", c->session.status == CalibrationStatus::Open ? QStringLiteral("open") : QStringLiteral("closed"));
    json.integer("interactions", c->session.interactions.size()).integer("inspectors", c->session.participants.size());
    QVector<JsonObject> statistics;
    for (const CalibrationStatistic &s : c->statistics) {
        JsonObject o;
        o.text("group", s.group).text("measure", s.name).coefficient("coefficient", s.value).integer("units", s.units).text("reading", s.reading);
        statistics << o;
    }
    json.add("statistics", jsonObjects(statistics, 2));
    QVector<JsonObject> inspectors;
    for (const InspectorDeviation &d : c->inspectors) {
        JsonObject o;
        o.text("inspector", d.name).integer("interactions", d.interactions).number("points", d.points);
        o.number("absolute_points", d.absolutePoints).number("matching", d.matching);
        inspectors << o;
    }
    json.add("inspectors", jsonObjects(inspectors, 2));
    out << json.json() << '\n';
    return 0;
}

} // namespace

int runAgreementCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("measure"), QCoreApplication::translate("AgreementCli", "percent, cohen, fleiss, krippendorff, gwet, icc or cronbach."), QStringLiteral("MEASURE")});
    parser.addOption({QStringLiteral("weights"), QCoreApplication::translate("AgreementCli", "Cohen's kappa and Gwet's AC: none (default), linear or quadratic."), QStringLiteral("WEIGHTS")});
    parser.addOption({QStringLiteral("level"), QCoreApplication::translate("AgreementCli", "Krippendorff's alpha: nominal (default), ordinal, interval or ratio."), QStringLiteral("LEVEL")});
    parser.addOption({QStringLiteral("categories"), QCoreApplication::translate("AgreementCli", "The whole scale, e.g. 1,2,3,4,5,6,7; every value must be on it."), QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("counts"), QCoreApplication::translate("AgreementCli", "Fleiss: each column is a category and each cell the number of raters who chose it.")});
    parser.addOption({QStringLiteral("id-column"), QCoreApplication::translate("AgreementCli", "The first column names the unit and is not a rater.")});
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("AgreementCli", "Workspace file or server address (with --session)."), QStringLiteral("WORKSPACE")});
    parser.addOption({QStringLiteral("session"), QCoreApplication::translate("AgreementCli", "A calibration session's statistics and inspectors."),
                      QStringLiteral("ID")});
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("AgreementCli", "CSV file: a header row, then one row per unit and one column per rater."));
    bool help = false;
    if (!parseCommandLine("agreement", parser, arguments, out, err, help))
        return help ? 0 : 2;
    if (parser.isSet(QStringLiteral("db")) || parser.isSet(QStringLiteral("session"))) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("session")).toLongLong(&ok);
        if (!parser.isSet(QStringLiteral("db")) || !ok || !parser.positionalArguments().isEmpty()) {
            err << QCoreApplication::translate("AgreementCli", "agreement --db WORKSPACE --session ID takes no file.") << '\n';
            return 2;
        }
        return sessionAgreement(parser.value(QStringLiteral("db")), id, out, err);
    }
    Options o;
    const auto measure = measures().find(parser.value(QStringLiteral("measure")).toLower());
    if (measure == measures().end() || parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate("AgreementCli", "agreement needs --measure percent|cohen|fleiss|krippendorff|gwet|icc|cronbach and one CSV file.") << '\n';
        return 2;
    }
    o.measure = measure->second;
    const QString weights = parser.value(QStringLiteral("weights")).toLower();
    if (weights == QLatin1String("linear"))
        o.weights = Weights::Linear;
    else if (weights == QLatin1String("quadratic"))
        o.weights = Weights::Quadratic;
    else if (!weights.isEmpty() && weights != QLatin1String("none")) {
        err << QCoreApplication::translate("AgreementCli", "--weights \"%1\": use none, linear or quadratic.").arg(weights) << '\n';
        return 2;
    }
    if (!weights.isEmpty() && o.measure != Measure::Cohen && o.measure != Measure::Gwet) {
        err << QCoreApplication::translate("AgreementCli", "--weights goes with --measure cohen or gwet.") << '\n';
        return 2;
    }
    const QString level = parser.value(QStringLiteral("level")).toLower();
    const std::map<QString, Level> levels{{QStringLiteral("nominal"), Level::Nominal}, {QStringLiteral("ordinal"), Level::Ordinal},
                                          {QStringLiteral("interval"), Level::Interval}, {QStringLiteral("ratio"), Level::Ratio}};
    if (!level.isEmpty()) {
        if (levels.count(level) == 0) {
            err << QCoreApplication::translate("AgreementCli", "--level \"%1\": use nominal, ordinal, interval or ratio.").arg(level) << '\n';
            return 2;
        }
        if (o.measure != Measure::Krippendorff) {
            err << QCoreApplication::translate("AgreementCli", "--level goes with --measure krippendorff.") << '\n';
            return 2;
        }
        o.level = levels.at(level);
    }
    if (parser.isSet(QStringLiteral("categories"))) {
        if (o.measure != Measure::Cohen && o.measure != Measure::Gwet) {
            err << QCoreApplication::translate("AgreementCli", "--categories goes with --measure cohen or gwet.") << '\n';
            return 2;
        }
        for (const QString &c : parser.value(QStringLiteral("categories")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            o.categories << c.trimmed();
    }
    o.counts = parser.isSet(QStringLiteral("counts"));
    if (o.counts && o.measure != Measure::Fleiss) {
        err << QCoreApplication::translate("AgreementCli", "--counts goes with --measure fleiss.") << '\n';
        return 2;
    }
    o.idColumn = parser.isSet(QStringLiteral("id-column"));

    const QString path = parser.positionalArguments().constFirst();
    const auto table = readCsvTable(path, QCoreApplication::translate("AgreementCli", "%1: the file is empty; the first line names the raters."));
    if (!table) {
        err << table.error() << '\n';
        return 2;
    }
    const auto json = compute(o, o.idColumn ? withoutIdColumn(*table) : *table, QFileInfo(path).fileName());
    if (!json) {
        err << json.error() << '\n';
        return 2;
    }
    out << json->json() << '\n';
    return 0;
}

} // namespace servqa
