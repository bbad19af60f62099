// `servqa-cli agreement` as anyone checking ServQA against a textbook runs it: the real executable
// on CSV files of published worked examples (tests/data/agreement, sources in docs/agreement.md),
// its JSON to 1e-9 against the exact values, and one line naming line and column for bad input.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace servqa;

namespace {

using test::cli;

struct Answer
{
    int exitCode = 0;
    QJsonObject json;
    QString err;
};

Answer agreement(const QStringList &options, const QString &file)
{
    QStringList arguments{QStringLiteral("agreement")};
    arguments << options << test::dataPath(QStringLiteral("agreement/") + file);
    const test::CliRun r = cli(arguments);
    return {r.exitCode, QJsonDocument::fromJson(r.out).object(), QString::fromUtf8(r.err).trimmed()};
}

bool near(const QJsonValue &v, double expected)
{
    return v.isDouble() && std::abs(v.toDouble() - expected) < 1e-9;
}

} // namespace

class TestAgreementCli : public QObject
{
    Q_OBJECT

private slots:
    void krippendorffsExampleAtEveryLevel_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<double>("alpha");
        QTest::newRow("nominal") << "nominal" << 113.0 / 152;
        QTest::newRow("ordinal") << "ordinal" << 108577.0 / 133160;
        QTest::newRow("interval") << "interval" << 951.0 / 1120;
        QTest::newRow("ratio") << "ratio" << 18222619.0 / 22852465;
    }
    void krippendorffsExampleAtEveryLevel()
    {
        QFETCH(QString, level);
        QFETCH(double, alpha);
        const Answer a = agreement({"--measure", "krippendorff", "--level", level, "--id-column"}, "krippendorff2011.csv");
        QCOMPARE(a.exitCode, 0);
        QVERIFY2(near(a.json["coefficient"], alpha), qPrintable(QString::number(a.json["coefficient"].toDouble(), 'g', 17)));
        QCOMPARE(a.json["units"].toInt(), 12);
        QCOMPARE(a.json["raters"].toInt(), 4);
        QCOMPARE(a.json["pairable_units"].toInt(), 11);
        QCOMPARE(a.json["level"].toString(), level);
    }

    // Every number with 17 significant digits, as the text shows it.
    void numbersCarrySeventeenDigits()
    {
        const test::CliRun r = cli({"agreement", "--measure", "krippendorff", "--id-column", test::dataPath("agreement/krippendorff2011.csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("\"coefficient\": 0.74342105263157898"), r.out.constData());
    }

    void cohenAsSasDocumentsIt()
    {
        Answer a = agreement({"--measure", "cohen"}, "sas_freq_kappa.csv");
        QCOMPARE(a.exitCode, 0);
        QVERIFY(near(a.json["coefficient"], 107.0 / 221));
        QVERIFY(near(a.json["standard_error"], 0.13801357830581460));
        QVERIFY(near(a.json["interval_95"].toArray()[0], 0.21366125307070666));
        QVERIFY(near(a.json["interval_95"].toArray()[1], 0.75466453878449696));
        QVERIFY(near(a.json["standard_error_if_no_agreement"], 0.14839828189013291));
        QCOMPARE(a.json["units_rated_by_both"].toInt(), 19);
        a = agreement({"--measure", "cohen", "--weights", "linear"}, "sas_freq_kappa.csv");
        QCOMPARE(a.exitCode, 0);
        QVERIFY(near(a.json["coefficient"], 118.0 / 251));
        QVERIFY(near(a.json["standard_error"], 0.14574604514192570));
        QCOMPARE(a.json["weights"].toString(), "linear");
    }

    void fleissFromItsTableOfCounts()
    {
        const Answer a = agreement({"--measure", "fleiss", "--counts"}, "fleiss_wikipedia_counts.csv");
        QCOMPARE(a.exitCode, 0);
        QVERIFY(near(a.json["coefficient"], 4211.0 / 20059));
        QCOMPARE(a.json["units"].toInt(), 10);
        QCOMPARE(a.json["raters"].toInt(), 14);
        const QJsonArray perCategory = a.json["per_category"].toArray();
        QCOMPARE(perCategory.size(), 5);
        QCOMPARE(perCategory[4].toObject()["category"].toDouble(), 5.0);
        QVERIFY(near(perCategory[4].toObject()["kappa"], 2851.0 / 5616));
        QVERIFY(near(perCategory[0].toObject()["share"], 20.0 / 140));
    }

    void gwetOnGwetsRawRatings()
    {
        const Answer a = agreement({"--measure", "gwet", "--categories", "1,2,3,4,5", "--id-column"}, "krippendorff2011.csv");
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.json["name"].toString(), "AC1");
        QVERIFY(near(a.json["coefficient"], 31825.0 / 41041));
        QVERIFY(near(a.json["observed"], 9.0 / 11));
        const Answer quadratic = agreement({"--measure", "gwet", "--weights", "quadratic", "--categories", "1,2,3,4,5", "--id-column"},
                                           "krippendorff2011.csv");
        QCOMPARE(quadratic.json["name"].toString(), "AC2");
        QVERIFY(near(quadratic.json["coefficient"], 17685.0 / 19349));
    }

    // Text labels are categories for nominal measures, in UTF-8 with BOM or GB18030: a yes/no item
    // answered 是 by both on 18 of 20, where κ collapses to −1/19 and AC1 is 161/181.
    void chineseLabelsInEitherEncoding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("utf-8 with BOM") << "yes_no_zh.csv";
        QTest::newRow("gb18030") << "yes_no_zh_gb18030.csv";
    }
    void chineseLabelsInEitherEncoding()
    {
        QFETCH(QString, file);
        const Answer kappa = agreement({"--measure", "cohen"}, file);
        QCOMPARE(kappa.exitCode, 0);
        QVERIFY(near(kappa.json["coefficient"], -1.0 / 19));
        QCOMPARE(kappa.json["categories"].toArray(), QJsonArray({"否", "是"}));
        const Answer ac1 = agreement({"--measure", "gwet"}, file);
        QVERIFY(near(ac1.json["coefficient"], 161.0 / 181));
        const Answer percent = agreement({"--measure", "percent"}, file);
        QVERIFY(near(percent.json["coefficient"], 0.9));
    }

    void iccAllSixFormsWithTheirMeanSquares()
    {
        const Answer a = agreement({"--measure", "icc", "--id-column"}, "shrout_fleiss_1979.csv");
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.json["headline"].toString(), "ICC(2,1)");
        QVERIFY(near(a.json["coefficient"], 184.0 / 635));
        const QJsonObject ms = a.json["mean_squares"].toObject();
        QVERIFY(near(ms["between_raters"], 2339.0 / 72));
        QVERIFY(near(ms["residual"], 367.0 / 360));
        const QJsonArray forms = a.json["forms"].toArray();
        QCOMPARE(forms.size(), 6);
        const double exact[6] = {448.0 / 2703, 184.0 / 635, 920.0 / 1287, 1792.0 / 4047, 736.0 / 1187, 3680.0 / 4047};
        const double df2[6] = {18, 15, 15, 18, 15, 15};
        for (int i = 0; i < 6; ++i) {
            const QJsonObject f = forms[i].toObject();
            QVERIFY(near(f["value"], exact[i]));
            QCOMPARE(f["df1"].toDouble(), 5.0);
            QCOMPARE(f["df2"].toDouble(), df2[i]);
        }
        QCOMPARE(forms[5].toObject()["form"].toString(), "ICC(3,k)");
        QCOMPARE(std::round(forms[5].toObject()["interval_95"].toArray()[0].toDouble() * 1000) / 1000, 0.676);
    }

    void cronbachOfTheJudgesAsItems()
    {
        const Answer a = agreement({"--measure", "cronbach", "--id-column"}, "shrout_fleiss_1979.csv");
        QCOMPARE(a.exitCode, 0);
        QVERIFY(near(a.json["coefficient"], 3680.0 / 4047));
        QCOMPARE(a.json["items"].toInt(), 4);
        QCOMPARE(a.json["respondents"].toInt(), 6);
        QCOMPARE(std::round(a.json["interval_95"].toArray()[1].toDouble() * 100) / 100, 0.99);
        QVERIFY(a.json["standardised"].isDouble());
    }

    void badInputNamesLineAndColumn_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("ragged") << QStringList{"--measure", "percent"} << "ragged.csv" << "ragged.csv, line 3 has 2 columns and the header 3.";
        QTest::newRow("text for a ratio level")
            << QStringList{"--measure", "krippendorff", "--level", "interval"} << "yes_no_zh.csv"
            << "yes_no_zh.csv, line 2, column 1 (质检员甲): \"是\" is not a number; this measure needs numbers.";
        QTest::newRow("off the scale") << QStringList{"--measure", "cohen", "--weights", "linear", "--categories", "1,2,3,4,5,6,7"}
                                       << "scale_1_7.csv" << "scale_1_7.csv, line 7, column 2 (b): \"8\" is not one of --categories 1,2,3,4,5,6,7.";
        QTest::newRow("one rater") << QStringList{"--measure", "fleiss", "--id-column"} << "sas_freq_kappa.csv"
                                   << "sas_freq_kappa.csv, line 1: there must be at least two rater columns.";
        QTest::newRow("three raters for cohen") << QStringList{"--measure", "cohen", "--id-column"} << "krippendorff2011.csv"
                                                << "krippendorff2011.csv, line 1: Cohen's kappa compares two raters; the file has 4.";
        QTest::newRow("fleiss unequal") << QStringList{"--measure", "fleiss", "--id-column"} << "krippendorff2011.csv"
                                        << "krippendorff2011.csv, line 3: 4 ratings where the first unit has 3; Fleiss' kappa needs the "
                                           "same number of raters for every unit.";
        QTest::newRow("counts not counts") << QStringList{"--measure", "fleiss", "--counts"} << "yes_no_zh.csv"
                                           << "yes_no_zh.csv, line 2, column 1 (质检员甲): \"是\" is not a count of raters (0, 1, 2, …).";
        QTest::newRow("weights with fleiss") << QStringList{"--measure", "fleiss", "--weights", "linear"} << "ragged.csv"
                                             << "--weights goes with --measure cohen or gwet.";
        QTest::newRow("unknown measure") << QStringList{"--measure", "tau"} << "ragged.csv"
                                         << "agreement needs --measure percent|cohen|fleiss|krippendorff|gwet|icc|cronbach and one CSV file.";
    }
    void badInputNamesLineAndColumn()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, file);
        QFETCH(QString, message);
        const Answer a = agreement(options, file);
        QCOMPARE(a.exitCode, 2);
        QCOMPARE(a.err, message);
        QVERIFY(a.json.isEmpty());
    }

    void missingFileIsSaid()
    {
        const test::CliRun r = cli({"agreement", "--measure", "percent", "/nonexistent/ratings.csv"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("Cannot read /nonexistent/ratings.csv"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestAgreementCli)
#include "tst_agreementcli.moc"
