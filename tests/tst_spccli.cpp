// `servqa-cli spc` and `servqa-cli nps` as anyone checking ServQA against a textbook runs them: the
// real executable on CSV files of published worked examples (tests/data/spc, sources in
// docs/indicators.md), its JSON against the published digits, and exit status 2 with one line
// naming line and column for bad input.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>

using namespace servqa;

namespace {

struct Answer
{
    int exitCode = 0;
    QJsonObject json;
    QString err;
};

Answer run(const QStringList &arguments, const QString &file)
{
    const test::CliRun r = test::cli(QStringList(arguments) << file);
    return {r.exitCode, QJsonDocument::fromJson(r.out).object(), QString::fromUtf8(r.err).trimmed()};
}

QString data(const QString &name)
{
    return test::dataPath(QStringLiteral("spc/") + name);
}

bool near(const QJsonValue &v, double expected, double tolerance)
{
    return v.isDouble() && std::abs(v.toDouble() - expected) <= tolerance;
}

// The signals of the JSON as "chart rule: subgroups".
QStringList signalsIn(const QJsonObject &json)
{
    QStringList out;
    for (const QJsonValue &s : json.value(QStringLiteral("signals")).toArray()) {
        QStringList subgroups;
        for (const QJsonValue &i : s[QStringLiteral("subgroups")].toArray())
            subgroups << QString::number(i.toInt());
        out << QStringLiteral("%1 %2: %3").arg(s[QStringLiteral("chart")].toString()).arg(s[QStringLiteral("rule")].toInt()).arg(subgroups.join(QLatin1Char(',')));
    }
    return out;
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

} // namespace

class TestSpcCli : public QObject
{
    Q_OBJECT

private slots:
    // Montgomery Example 7.1: p̄ 0.2313, limits 0.4102 and 0.0524 (qcc: 0.4102391, 0.05242755);
    // samples 15 and 23 beyond, and the Western Electric rules 2 and 3 on samples 21–24.
    void pChartThroughTheCli()
    {
        const Answer a = run({"spc", "--chart", "p", "--size", "50", "--value-column", "nonconforming", "--label-column", "sample"}, data("orangejuice.csv"));
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.json.value("subgroups").toInt(), 30);
        QVERIFY(near(a.json.value("centre"), 347.0 / 1500, 1e-15));
        const QJsonObject first = a.json.value("points").toArray().first().toObject();
        QVERIFY(near(first.value("ucl"), 0.4102391, 5e-8));
        QVERIFY(near(first.value("lcl"), 0.05242755, 5e-9));
        QCOMPARE(first.value("line").toInt(), 2);
        QCOMPARE(first.value("label").toString(), QStringLiteral("1"));
        QCOMPARE(signalsIn(a.json), (QStringList{"p 1: 15", "p 2: 21,22,23", "p 3: 21,22,23,24", "p 1: 23"}));
        // Numbers with 17 significant digits, for comparison with any other tool.
        const test::CliRun raw = test::cli({"spc", "--chart", "p", "--size", "50", "--value-column", "nonconforming", data("orangejuice.csv")});
        QVERIFY(raw.out.contains("\"centre\": 0.23133333333333334"));
    }

    // Frozen limits: --baseline 1:30 on the 54 samples; after the adjustment, the run below p̄ and
    // sample 41 (2 of 50, 0.04) below the lower limit 0.0524.
    void baselineFreezesTheLimits()
    {
        const Answer a = run({"spc", "--chart", "p", "--size", "50", "--value-column", "nonconforming", "--baseline", "1:30", "--rules", "1,4"},
                             data("orangejuice-adjusted.csv"));
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.json.value("baseline").toObject().value("last").toInt(), 30);
        const QJsonArray points = a.json.value("points").toArray();
        QCOMPARE(points[53].toObject().value("ucl").toDouble(), points[0].toObject().value("ucl").toDouble());
        QCOMPARE(points[29].toObject().value("in_baseline").toBool(), true);
        QCOMPARE(points[30].toObject().value("in_baseline").toBool(), false);
        QStringList run;
        for (int i = 34; i <= 54; ++i)
            run << QString::number(i);
        QCOMPARE(signalsIn(a.json), (QStringList{"p 1: 15", "p 1: 23", "p 4: " + run.join(QLatin1Char(',')), "p 1: 41"}));
    }

    void cAndUCharts()
    {
        const Answer c = run({"spc", "--chart", "c", "--value-column", "nonconformities"}, data("circuitboards.csv"));
        QCOMPARE(c.exitCode, 0);
        QVERIFY(near(c.json.value("points").toArray().first().toObject()["ucl"], 33.21086, 5e-6));
        QVERIFY(near(c.json.value("points").toArray().first().toObject()["lcl"], 6.481447, 5e-7));
        QCOMPARE(signalsIn(c.json).filter(QStringLiteral("c 1:")), (QStringList{"c 1: 6", "c 1: 20"}));

        const Answer u = run({"spc", "--chart", "u", "--value-column", "nonconformities", "--size-column", "units"}, data("dyedcloth.csv"));
        QCOMPARE(u.exitCode, 0);
        QVERIFY(near(u.json.value("centre"), 153.0 / 107.5, 1e-15));
        QVERIFY(near(u.json.value("points").toArray()[1].toObject()["ucl"], 2.68863, 5e-6));
        QCOMPARE(u.json.value("points").toArray()[4].toObject()["size"].toDouble(), 9.5);
    }

    // The wide form: a subgroup per row, its five measurements in the columns.
    void xbarChartsOfThePistonRings()
    {
        const Answer r = run({"spc", "--chart", "xbar-r", "--label-column", "sample", "--baseline", "1:25", "--rules", "1"}, data("pistonrings.csv"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(near(r.json.value("centre"), 74.001176, 1e-9));
        QVERIFY(near(r.json.value("points").toArray().first().toObject()["ucl"], 74.0143, 5e-5));
        const QJsonObject spread = r.json.value("spread").toObject();
        QCOMPARE(spread.value("chart").toString(), QStringLiteral("r"));
        QVERIFY(near(spread.value("points").toArray().first().toObject()["centre"], 0.02276, 1e-9));
        QVERIFY(near(spread.value("points").toArray().first().toObject()["ucl"], 0.04812, 1e-5));
        QCOMPARE(signalsIn(r.json), (QStringList{"xbar 1: 37", "xbar 1: 38", "xbar 1: 39"}));

        const Answer s = run({"spc", "--chart", "xbar-s", "--label-column", "sample", "--baseline", "1:25"}, data("pistonrings.csv"));
        QCOMPARE(s.exitCode, 0);
        QVERIFY(near(s.json.value("spread").toObject().value("points").toArray().first().toObject()["centre"], 0.0092400366, 1e-10));
    }

    // The long form: one measurement per row (NIST flow rate), and subgroups by a column.
    void individualsAndTheLongForm()
    {
        const Answer i = run({"spc", "--chart", "imr"}, data("flowrate.csv"));
        QCOMPARE(i.exitCode, 0);
        QVERIFY(near(i.json.value("centre"), 50.81, 1e-12));
        QVERIFY(near(i.json.value("points").toArray().first().toObject()["ucl"], 55.80, 0.005));
        QVERIFY(near(i.json.value("spread").toObject().value("points").toArray().first().toObject()["ucl"], 6.13, 0.005));

        QTemporaryDir dir;
        const QString longForm = writeFile(dir, "long.csv", "day,minutes\nMon,3\nMon,5\nTue,4\nTue,6\nWed,2\nWed,8\n");
        const Answer l = run({"spc", "--chart", "xbar-r", "--value-column", "minutes", "--subgroup-column", "day"}, longForm);
        QCOMPARE(l.exitCode, 0);
        QCOMPARE(l.json.value("subgroups").toInt(), 3);
        QCOMPARE(l.json.value("points").toArray()[2].toObject()["label"].toString(), QStringLiteral("Wed"));
        QCOMPARE(l.json.value("points").toArray()[2].toObject()["value"].toDouble(), 5.0);
        QCOMPARE(l.json.value("spread").toObject().value("points").toArray()[2].toObject()["value"].toDouble(), 6.0);
    }

    // 200 answers: 100 promoters, 60 passives, 40 detractors, 3 empty. NPS = 50 % − 20 % = 30;
    // SE = 100·√((0.5 + 0.2 − 0.3²)/200) = 5.5226805; 95 %: 30 ± 1.959964·SE = 19.175745 … 40.824255.
    void netPromoterScore()
    {
        const Answer a = run({"nps", "--column", "likely_to_recommend"}, data("nps.csv"));
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.json.value("responses").toInt(), 200);
        QCOMPARE(a.json.value("missing").toInt(), 3);
        QCOMPARE(a.json.value("promoters").toInt(), 100);
        QCOMPARE(a.json.value("passives").toInt(), 60);
        QCOMPARE(a.json.value("detractors").toInt(), 40);
        QVERIFY(near(a.json.value("nps"), 30, 1e-12));
        QVERIFY(near(a.json.value("standard_error"), 5.5226805085936306, 1e-12));
        QVERIFY(near(a.json.value("interval_95").toArray()[0], 19.175745105035134, 1e-9));
        QVERIFY(near(a.json.value("interval_95").toArray()[1], 40.824254894964866, 1e-9));
    }

    void badInputIsNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a number") << QStringList{"spc", "--chart", "c", "--value-column", "n"} << QByteArray("day,n\n1,4\n2,x\n3,5\n")
                                      << "bad.csv, line 3, column 2 (n): \"x\" is not a number.";
        QTest::newRow("more than inspected") << QStringList{"spc", "--chart", "p", "--value-column", "n", "--size-column", "of"}
                                             << QByteArray("n,of\n4,50\n5,50\n51,50\n") << "bad.csv, line 4, column 1 (n): more nonconforming units than units inspected.";
        QTest::newRow("size zero") << QStringList{"spc", "--chart", "u", "--value-column", "n", "--size-column", "of"}
                                   << QByteArray("n,of\n4,5\n5,0\n") << "bad.csv, line 3, column 2 (of): the number inspected must be more than 0.";
        QTest::newRow("one measurement") << QStringList{"spc", "--chart", "xbar-r"} << QByteArray("a,b\n1,2\n3,\n")
                                         << "bad.csv, line 3 (subgroup 2): an X̄–R chart needs 2 to 25 measurements per subgroup (X̄–S takes more).";
        QTest::newRow("no such column") << QStringList{"spc", "--chart", "c", "--value-column", "defects"} << QByteArray("n\n1\n2\n")
                                        << "bad.csv has no column \"defects\" (--value-column).";
        QTest::newRow("no size") << QStringList{"spc", "--chart", "p", "--value-column", "n"} << QByteArray("n\n1\n2\n")
                                 << "A p chart needs the units inspected: --size-column NAME or --size N.";
        QTest::newRow("baseline") << QStringList{"spc", "--chart", "c", "--baseline", "3:9"} << QByteArray("n\n1\n2\n4\n")
                                  << "--baseline \"3:9\": give the first and last subgroup of the baseline, 1 to 3, as FIRST:LAST (e.g. 1:20).";
        QTest::newRow("ragged") << QStringList{"spc", "--chart", "c"} << QByteArray("n,m\n1,2\n2\n") << "bad.csv, line 3 has 1 columns and the header 2.";
        QTest::newRow("nps out of scale") << QStringList{"nps", "--column", "score"} << QByteArray("id,score\n1,9\n2,11\n")
                                          << "bad.csv, line 3, column 2 (score): \"11\" is not an answer from 0 to 10.";
        QTest::newRow("nps empty") << QStringList{"nps", "--column", "score"} << QByteArray("id,score\n1,\n2,NA\n")
                                   << "bad.csv: There are no answers to compute a Net Promoter Score from.";
    }
    void badInputIsNamed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Answer a = run(arguments, writeFile(dir, "bad.csv", content));
        QCOMPARE(a.exitCode, 2);
        QCOMPARE(a.err, message);
        QVERIFY(a.json.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSpcCli)
#include "tst_spccli.moc"
