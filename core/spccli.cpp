#include "spccli.h"

#include "clirunner.h"
#include "clitable.h"
#include "nps.h"
#include "spc.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cmath>
#include <map>

namespace servqa {

namespace {

using spc::ChartKind;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SpcCli)
};

struct ChartName
{
    const char *option;
    ChartKind kind;
    const char *primary;
    const char *spread;
};

const ChartName chartNames[] = {
    {"p", ChartKind::P, "p", nullptr},          {"np", ChartKind::NP, "np", nullptr},
    {"c", ChartKind::C, "c", nullptr},          {"u", ChartKind::U, "u", nullptr},
    {"xbar-r", ChartKind::XbarR, "xbar", "r"}, {"xbar-s", ChartKind::XbarS, "xbar", "s"},
    {"imr", ChartKind::IMR, "i", "mr"},
};

const ChartName *chartNamed(const QString &option)
{
    for (const ChartName &c : chartNames) {
        if (option == QLatin1String(c.option))
            return &c;
    }
    return nullptr;
}

// The file's subgroups, each with the line it starts on and its label.
struct Input
{
    QVector<spc::Subgroup> subgroups;
    QVector<qint64> lines;
    QStringList labels;
};

// The columns named by the options (-1: not named).
struct Columns
{
    int value = -1;
    int size = -1;
    int label = -1;
    int subgroup = -1;
    bool taken(int c) const { return c == size || c == label || c == subgroup; }
};

Error cellError(const QString &file, const CsvTable &table, qint64 line, int column, const QString &what)
{
    return Error{Text::tr("%1, line %2, column %3 (%4): %5").arg(file).arg(line).arg(column + 1).arg(table.columns.value(column), what)};
}

Result<double> numberAt(const QString &file, const CsvTable &table, const CsvTable::Row &row, int column)
{
    if (const auto v = numberIn(row.cells[column]))
        return *v;
    return cellError(file, table, row.line, column, Text::tr("\"%1\" is not a number.").arg(row.cells[column]));
}

// p, np, c, u: one subgroup per row, its count in the value column and its size in the size
// column (or the same --size for every row).
Result<Input> attributesInput(const QString &file, const CsvTable &table, Columns columns, std::optional<double> size)
{
    if (columns.value < 0) {
        QVector<int> free;
        for (int c = 0; c < table.columns.size(); ++c) {
            if (!columns.taken(c))
                free << c;
        }
        if (free.size() != 1)
            return Error{Text::tr("%1: name the column of counts with --value-column.").arg(file)};
        columns.value = free.first();
    }
    Input input;
    for (const CsvTable::Row &row : table.rows) {
        spc::Subgroup s;
        const auto count = numberAt(file, table, row, columns.value);
        if (!count)
            return Error{count.error()};
        s.count = *count;
        if (columns.size >= 0) {
            const auto n = numberAt(file, table, row, columns.size);
            if (!n)
                return Error{n.error()};
            s.size = *n;
        } else if (size) {
            s.size = *size;
        }
        input.subgroups << s;
        input.lines << row.line;
        input.labels << (columns.label >= 0 ? row.cells[columns.label] : QString());
    }
    return input;
}

// X̄–R, X̄–S, I-MR: wide (a subgroup per row, its measurements in every other column, empty cells
// skipped) or long (a measurement per row in the value column; a subgroup per row for I-MR, or the
// consecutive rows with the same subgroup column).
Result<Input> variablesInput(const QString &file, const CsvTable &table, ChartKind kind, const Columns &columns)
{
    if (columns.value >= 0 && kind != ChartKind::IMR && columns.subgroup < 0)
        return Error{Text::tr("%1: with --value-column, an X̄ chart needs --subgroup-column to say which rows form a subgroup.").arg(file)};
    Input input;
    QString current;
    for (const CsvTable::Row &row : table.rows) {
        QVector<double> values;
        for (int c = 0; c < table.columns.size(); ++c) {
            if ((columns.value >= 0 && c != columns.value) || columns.taken(c) || (columns.value < 0 && isMissing(row.cells[c])))
                continue;
            const auto v = numberAt(file, table, row, c);
            if (!v)
                return Error{v.error()};
            values << *v;
        }
        const QString group = columns.subgroup >= 0 ? row.cells[columns.subgroup] : QString();
        if (columns.subgroup >= 0 && !input.subgroups.isEmpty() && group == current) {
            input.subgroups.last().values << values;
            continue;
        }
        current = group;
        spc::Subgroup s;
        s.values = values;
        input.subgroups << s;
        input.lines << row.line;
        input.labels << (columns.label >= 0 ? row.cells[columns.label] : group);
    }
    return input;
}

Result<int> columnOption(const QCommandLineParser &parser, const char *option, const CsvTable &table, const QString &file)
{
    const QString name = parser.value(QLatin1String(option));
    if (name.isEmpty())
        return -1;
    const int c = table.columns.indexOf(name);
    if (c < 0)
        return Error{Text::tr("%1 has no column \"%2\" (--%3).").arg(file, name, QLatin1String(option))};
    return c;
}

Result<spc::Baseline> baselineOption(const QString &text, int subgroups)
{
    spc::Baseline b;
    if (text.isEmpty())
        return b;
    const QStringList parts = text.split(QLatin1Char(':'));
    bool okFirst = false, okLast = false;
    const int first = parts.value(0).toInt(&okFirst);
    const int last = parts.value(1).toInt(&okLast);
    if (parts.size() != 2 || !okFirst || !okLast || first < 1 || last > subgroups || last - first < 1)
        return Error{Text::tr("--baseline \"%1\": give the first and last subgroup of the baseline, 1 to %2, as FIRST:LAST (e.g. 1:20).").arg(text).arg(subgroups)};
    b.first = first - 1;
    b.last = last - 1;
    return b;
}

Result<unsigned> rulesOption(const QString &text)
{
    if (text.isEmpty())
        return spc::allRules;
    unsigned rules = 0;
    for (const QString &part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const int r = part.trimmed().toInt(&ok);
        if (!ok || r < 1 || r > spc::ruleCount)
            return Error{Text::tr("--rules \"%1\": list rule numbers from 1 to 8, e.g. 1,2,3,4.").arg(text)};
        rules |= spc::ruleBit(r);
    }
    return rules;
}

JsonObject pointJson(const spc::Point &p, const Input &input, const spc::Chart &chart, bool attributes)
{
    JsonObject o;
    o.integer("subgroup", p.subgroup + 1).integer("line", input.lines[p.subgroup]);
    if (!input.labels[p.subgroup].isEmpty())
        o.text("label", input.labels[p.subgroup]);
    const spc::Subgroup &s = input.subgroups[p.subgroup];
    if (attributes)
        o.number("size", s.size);
    else
        o.integer("n", s.values.size());
    o.number("value", p.value).number("centre", p.centre).number("lcl", p.lower).number("ucl", p.upper).number("sigma", p.sigma);
    o.add("in_baseline", p.subgroup >= chart.baseline.first && p.subgroup <= chart.baseline.last ? QStringLiteral("true") : QStringLiteral("false"));
    return o;
}

QString seriesJson(const spc::Series &series, const Input &input, const spc::Chart &chart, bool attributes, int indent)
{
    QVector<JsonObject> points;
    for (const spc::Point &p : series.points)
        points << pointJson(p, input, chart, attributes);
    return jsonObjects(points, indent);
}

QString chartJson(const ChartName &name, const Input &input, const spc::Chart &chart, unsigned rules)
{
    const bool attributes = spc::isAttributes(chart.kind);
    QStringList ruleList;
    for (int r = 1; r <= spc::ruleCount; ++r) {
        if (rules & spc::ruleBit(r))
            ruleList << QString::number(r);
    }
    JsonObject json;
    json.text("chart", QLatin1String(name.option)).integer("subgroups", input.subgroups.size());
    json.add("baseline", JsonObject().integer("first", chart.baseline.first + 1).integer("last", chart.baseline.last + 1).json(2));
    json.number("centre", chart.centre).number("sigma", chart.sigma).add("rules", jsonArray(ruleList));
    json.text("primary", QLatin1String(name.primary)).add("points", seriesJson(chart.primary, input, chart, attributes, 2));
    if (chart.spread) {
        JsonObject spread;
        spread.text("chart", QLatin1String(name.spread)).add("points", seriesJson(*chart.spread, input, chart, attributes, 4));
        json.add("spread", spread.json(2));
    }
    QVector<JsonObject> items;
    for (const spc::Signal &s : chart.found) {
        QStringList subgroups;
        for (int i : s.subgroups)
            subgroups << QString::number(i + 1);
        JsonObject o;
        o.text("chart", QLatin1String(s.onSpread ? name.spread : name.primary)).integer("rule", s.rule).add("subgroups", jsonArray(subgroups));
        items << o;
    }
    json.add("signals", items.isEmpty() ? QStringLiteral("[]") : jsonObjects(items, 2));
    return json.json();
}

void addColumnOption(QCommandLineParser &parser, const char *name, const QString &help)
{
    parser.addOption(QCommandLineOption(QLatin1String(name), help, QStringLiteral("NAME")));
}

} // namespace

int runSpcCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("A control chart of the subgroups in a CSV file: centre line, limits per point, σ and the signals of the run rules, as JSON."));
    parser.addOption(QCommandLineOption(QStringLiteral("chart"), Text::tr("p, np, c, u, xbar-r, xbar-s or imr."), QStringLiteral("KIND")));
    addColumnOption(parser, "value-column", Text::tr("The column of counts (p, np, c, u) or of measurements, one per row (long form)."));
    addColumnOption(parser, "size-column", Text::tr("The column of units inspected (p, np, u)."));
    parser.addOption(QCommandLineOption(QStringLiteral("size"), Text::tr("The units inspected in every subgroup, without a size column."), QStringLiteral("N")));
    addColumnOption(parser, "subgroup-column", Text::tr("Long form: consecutive rows with the same value here form a subgroup."));
    addColumnOption(parser, "label-column", Text::tr("A column naming each subgroup (a date, a week)."));
    parser.addOption(QCommandLineOption(QStringLiteral("baseline"), Text::tr("The subgroups that set the limits, e.g. 1:20 (default: all)."), QStringLiteral("FIRST:LAST")));
    parser.addOption(QCommandLineOption(QStringLiteral("rules"), Text::tr("The run rules to apply, e.g. 1,2,3,4 (default: 1 to 8)."), QStringLiteral("LIST")));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("CSV file with a header row."));
    bool help = false;
    if (!parseCommandLine("spc", parser, arguments, out, err, help))
        return help ? 0 : 2;
    const ChartName *name = chartNamed(parser.value(QStringLiteral("chart")).toLower());
    if (!name || parser.positionalArguments().size() != 1) {
        err << Text::tr("spc needs --chart p|np|c|u|xbar-r|xbar-s|imr and one CSV file.") << '\n';
        return 2;
    }
    std::optional<double> size;
    if (parser.isSet(QStringLiteral("size"))) {
        size = numberIn(parser.value(QStringLiteral("size")));
        if (!size || *size <= 0) {
            err << Text::tr("--size \"%1\": give the number of units inspected, more than 0.").arg(parser.value(QStringLiteral("size"))) << '\n';
            return 2;
        }
    }
    const QString path = parser.positionalArguments().constFirst();
    const QString file = QFileInfo(path).fileName();
    const auto table = readCsvTable(path, Text::tr("%1: the file is empty; the first line names the columns."));
    if (!table) {
        err << table.error() << '\n';
        return 2;
    }
    Columns columns;
    for (auto [option, column] : {std::pair{"value-column", &columns.value}, std::pair{"size-column", &columns.size},
                                  std::pair{"label-column", &columns.label}, std::pair{"subgroup-column", &columns.subgroup}}) {
        const auto c = columnOption(parser, option, *table, file);
        if (!c) {
            err << c.error() << '\n';
            return 2;
        }
        *column = *c;
    }
    const bool attributes = spc::isAttributes(name->kind);
    if (attributes && (name->kind == ChartKind::P || name->kind == ChartKind::NP || name->kind == ChartKind::U) && columns.size < 0 && !size) {
        err << Text::tr("A %1 chart needs the units inspected: --size-column NAME or --size N.").arg(QLatin1String(name->option)) << '\n';
        return 2;
    }
    const auto input = attributes ? attributesInput(file, *table, columns, size) : variablesInput(file, *table, name->kind, columns);
    if (!input) {
        err << input.error() << '\n';
        return 2;
    }
    if (const auto problem = spc::problemIn(name->kind, input->subgroups)) {
        const int column = problem->field == spc::Problem::Size ? columns.size : problem->field == spc::Problem::Count ? columns.value : -1;
        const qint64 line = input->lines[problem->subgroup];
        err << (column >= 0 ? cellError(file, *table, line, column, problem->message).message
                            : Text::tr("%1, line %2 (subgroup %3): %4").arg(file).arg(line).arg(problem->subgroup + 1).arg(problem->message))
            << '\n';
        return 2;
    }
    const auto baseline = baselineOption(parser.value(QStringLiteral("baseline")), input->subgroups.size());
    const auto rules = rulesOption(parser.value(QStringLiteral("rules")));
    if (!baseline || !rules) {
        err << (!baseline ? baseline.error() : rules.error()) << '\n';
        return 2;
    }
    const auto chart = spc::compute(name->kind, input->subgroups, *baseline, *rules);
    if (!chart) {
        err << file << ": " << chart.error() << '\n';
        return 2;
    }
    out << chartJson(*name, *input, *chart, *rules) << '\n';
    return 0;
}

int runNpsCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("The Net Promoter Score of the 0–10 answers in a column of a CSV file, with its standard error and 95 % interval, as JSON."));
    addColumnOption(parser, "column", Text::tr("The column of answers (0–10); empty cells and NA are skipped."));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("CSV file with a header row."));
    bool help = false;
    if (!parseCommandLine("nps", parser, arguments, out, err, help))
        return help ? 0 : 2;
    if (!parser.isSet(QStringLiteral("column")) || parser.positionalArguments().size() != 1) {
        err << Text::tr("nps needs --column NAME and one CSV file.") << '\n';
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    const QString file = QFileInfo(path).fileName();
    const auto table = readCsvTable(path, Text::tr("%1: the file is empty; the first line names the columns."));
    const auto column = table ? columnOption(parser, "column", *table, file) : Result<int>(Error{table.error()});
    if (!column) {
        err << column.error() << '\n';
        return 2;
    }
    QVector<int> answers;
    int missing = 0;
    for (const CsvTable::Row &row : table->rows) {
        const QString cell = row.cells[*column];
        if (isMissing(cell)) {
            ++missing;
            continue;
        }
        const auto v = numberIn(cell);
        if (!v || *v != std::floor(*v) || *v < 0 || *v > 10) {
            err << cellError(file, *table, row.line, *column, Text::tr("\"%1\" is not an answer from 0 to 10.").arg(cell)).message << '\n';
            return 2;
        }
        answers << int(*v);
    }
    const auto nps = netPromoter(answers);
    if (!nps) {
        err << file << ": " << nps.error() << '\n';
        return 2;
    }
    JsonObject json;
    json.integer("responses", nps->responses).integer("missing", missing);
    json.integer("promoters", nps->promoters).integer("passives", nps->passives).integer("detractors", nps->detractors);
    json.number("nps", nps->score).number("standard_error", nps->standardError);
    json.add("interval_95", jsonArray({jsonNumber(nps->lower), jsonNumber(nps->upper)}));
    out << json.json() << '\n';
    return 0;
}

} // namespace servqa
