// The scoring rules of docs/scoring.md, checked on its worked examples
// (tests/data/scoring/<case>/form.json + answers.json → expected.json).

#include "formjson.h"
#include "scoreengine.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace servqa;

namespace {
// Expected values are written to 4 decimals, as `servqa-cli score` prints them.
QVariant rounded(const std::optional<double> &v)
{
    return v ? QVariant(std::round(*v * 10000.0) / 10000.0) : QVariant();
}
QVariant expectedNumber(const QJsonValue &v)
{
    return v.isNull() ? QVariant() : QVariant(v.toDouble());
}
} // namespace

class TestScoreEngine : public QObject
{
    Q_OBJECT

private slots:
    void workedExamples_data()
    {
        QTest::addColumn<QString>("caseDir");
        const QStringList cases = QDir(test::dataPath(QStringLiteral("scoring"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(cases.size() >= 8);
        for (const QString &c : cases)
            QTest::newRow(qPrintable(c)) << QStringLiteral("scoring/") + c;
    }

    void workedExamples()
    {
        QFETCH(QString, caseDir);
        const auto form = formFromJson(test::readData(caseDir + QStringLiteral("/form.json")), caseDir);
        QVERIFY2(form, qPrintable(form.ok() ? QString() : form.error()));
        const auto answers = answersFromJson(test::readData(caseDir + QStringLiteral("/answers.json")), *form, caseDir);
        QVERIFY2(answers, qPrintable(answers.ok() ? QString() : answers.error()));
        const auto result = scoreEvaluation(*form, *answers);
        QVERIFY(result);
        const QJsonObject expected = QJsonDocument::fromJson(test::readData(caseDir + QStringLiteral("/expected.json"))).object();

        QCOMPARE(rounded(result->percent), expectedNumber(expected[QLatin1String("percent")]));
        QCOMPARE(rounded(result->pointsEarned), expectedNumber(expected[QLatin1String("pointsEarned")]));
        QCOMPARE(rounded(result->pointsPossible), expectedNumber(expected[QLatin1String("pointsPossible")]));
        QCOMPARE(rounded(result->bonusPoints), expectedNumber(expected[QLatin1String("bonusPoints")]));
        const QJsonValue passed = expected[QLatin1String("passed")];
        QCOMPARE(result->passed.has_value(), !passed.isNull());
        if (result->passed)
            QCOMPARE(*result->passed, passed.toBool());
        QCOMPARE(result->autoFailed, expected[QLatin1String("autoFailed")].toBool());
        QCOMPARE(result->failedCriticalItems, expected[QLatin1String("failedCriticalItems")].toVariant().toStringList());
        QCOMPARE(result->unansweredRequired, expected[QLatin1String("unansweredRequired")].toVariant().toStringList());

        const QJsonObject sections = expected[QLatin1String("sections")].toObject();
        QCOMPARE(result->sections.size(), sections.size());
        for (const SectionScore &s : result->sections)
            QCOMPARE(rounded(s.percent), expectedNumber(sections[s.key]));
        const QJsonObject dimensions = expected[QLatin1String("dimensions")].toObject();
        for (Dimension d : AllDimensions)
            QCOMPARE(rounded(result->dimensions[dimensionIndex(d)]), expectedNumber(dimensions[dimensionKey(d)]));
    }

    // An answer the item cannot take is refused with the item named, never scored.
    void invalidAnswersAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("na");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("rating out of range") << "a3" << 6.0 << false << "item \"a3\": 6 is not a whole number from 1 to 5";
        QTest::newRow("fractional rating") << "a3" << 2.5 << false << "item \"a3\": 2.5 is not a whole number from 1 to 5";
        QTest::newRow("N/A on yes/no") << "a1" << 0.0 << true << "item \"a1\" cannot be answered N/A";
        QTest::newRow("yes/no given 3") << "b1" << 3.0 << false << "item \"b1\" takes yes or no";
        QTest::newRow("negative time") << "b3" << -4.0 << false << "item \"b3\": an elapsed time cannot be negative";
    }

    void invalidAnswersAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(double, value);
        QFETCH(bool, na);
        QFETCH(QString, expectedMessage);
        const auto form = formFromJson(test::readData(QStringLiteral("scoring/01_all_met/form.json")), QStringLiteral("form.json"));
        QVERIFY(form);
        Answers answers;
        answers.insert(key, na ? Answer::na() : Answer::number(value));
        const auto result = scoreEvaluation(*form, answers);
        QVERIFY(!result);
        QCOMPARE(result.error(), expectedMessage);
    }

    // Answers JSON that once scored: true for a rating, a NUL in a comment.
    void answersJsonRefusesWhatIsNotAnAnswer_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("true as a rating") << QByteArray(R"({"answers": {"a3": true}})") << "a.json, answers.a3: true or false answers only a yes/no item";
        QTest::newRow("NUL in a comment") << QByteArray(R"({"answers": {"a1": {"value": "yes", "comment": "x\u0000y"}}})")
                                          << "a.json, answers.a1: the text holds a NUL character (a damaged or binary file?)";
    }

    void answersJsonRefusesWhatIsNotAnAnswer()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto form = formFromJson(test::readData(QStringLiteral("scoring/01_all_met/form.json")), QStringLiteral("form.json"));
        QVERIFY(form);
        const auto answers = answersFromJson(json, *form, QStringLiteral("a.json"));
        QVERIFY(!answers);
        QCOMPARE(answers.error(), expected);
    }

    // One meaning of "failed" (docs/scoring.md, rule 7): less than half the item's points. A
    // critical rating of 2 of 5 earns a quarter: it fails, and so auto-fails the evaluation, as
    // it counts failed on the Pareto and in gap 3; 3 of 5 earns a half and does not.
    void aCriticalRatingFailsBelowHalfItsPoints_data()
    {
        QTest::addColumn<int>("rating");
        QTest::addColumn<bool>("autoFailed");
        QTest::newRow("1 of 5") << 1 << true;
        QTest::newRow("2 of 5") << 2 << true;
        QTest::newRow("3 of 5") << 3 << false;
        QTest::newRow("5 of 5") << 5 << false;
    }

    void aCriticalRatingFailsBelowHalfItsPoints()
    {
        QFETCH(int, rating);
        QFETCH(bool, autoFailed);
        const auto form = formFromJson(QByteArray(R"({"code":"C","name":"C","passMark":50,"sections":[{"key":"s","items":[
            {"key":"q","text":"Accuracy of the advice","type":"rating5","dimension":"reliability","critical":true},
            {"key":"g","text":"Greeting","type":"yesno","dimension":"assurance"}]}]})"), QStringLiteral("c.json"));
        QVERIFY(form);
        Answers answers;
        answers.insert(QStringLiteral("q"), Answer::number(rating));
        answers.insert(QStringLiteral("g"), Answer::yes());
        const auto result = scoreEvaluation(*form, answers);
        QVERIFY(result);
        QCOMPARE(result->autoFailed, autoFailed);
        QCOMPARE(result->failedCriticalItems, autoFailed ? QStringList{QStringLiteral("q")} : QStringList());
        QCOMPARE(answerFails(*itemFraction(form->sections[0].items[0], rating)), autoFailed);
        QCOMPARE(*result->passed, !autoFailed);
    }

    // A score so far is no verdict: with a required item unanswered there is no pass or fail,
    // even under the pass mark; an auto-fail is decided at once.
    void aProvisionalScoreHasNoVerdict()
    {
        const auto form = formFromJson(test::readData(QStringLiteral("scoring/01_all_met/form.json")), QStringLiteral("form.json"));
        QVERIFY(form);
        Answers answers;
        answers.insert(QStringLiteral("a1"), Answer::yes());
        auto result = scoreEvaluation(*form, answers);
        QCOMPARE(*result->percent, 100.0);
        QVERIFY(!result->passed);
        answers.insert(QStringLiteral("c1"), Answer::no()); // the critical disclosure
        result = scoreEvaluation(*form, answers);
        QVERIFY(result->autoFailed);
        QCOMPARE(result->passed, std::optional<bool>(false));
    }

    // A pass mark is inclusive: exactly 80 % passes an 80 % form.
    void passMarkIsInclusive()
    {
        Form form;
        form.code = QStringLiteral("P");
        form.name = QStringLiteral("Pass mark");
        form.passMark = 80;
        FormSection s;
        s.key = QStringLiteral("s");
        for (int i = 0; i < 5; ++i) {
            FormItem item;
            item.key = QStringLiteral("i%1").arg(i);
            item.text = item.key;
            s.items << item;
        }
        form.sections << s;
        Answers answers;
        for (int i = 0; i < 4; ++i)
            answers.insert(QStringLiteral("i%1").arg(i), Answer::yes());
        answers.insert(QStringLiteral("i4"), Answer::no());
        const auto result = scoreEvaluation(form, answers);
        QVERIFY(result);
        QCOMPARE(*result->percent, 80.0);
        QCOMPARE(*result->passed, true);
    }

    // The editor keeps an item's comment before the item is answered: still unanswered.
    void aCommentAloneDoesNotAnswer()
    {
        Form form;
        form.code = QStringLiteral("C");
        form.name = QStringLiteral("Comment only");
        FormSection s;
        s.key = QStringLiteral("s");
        for (int i = 0; i < 2; ++i) {
            FormItem item;
            item.key = QStringLiteral("i%1").arg(i);
            item.text = item.key;
            s.items << item;
        }
        form.sections << s;
        Answers answers;
        answers.insert(QStringLiteral("i0"), Answer::no());
        Answer commentOnly;
        commentOnly.comment = QStringLiteral("check the recording again");
        answers.insert(QStringLiteral("i1"), commentOnly);
        const auto result = scoreEvaluation(form, answers);
        QVERIFY(result);
        QCOMPARE(*result->percent, 0.0);
        QCOMPARE(result->pointsPossible, 1.0);
        QCOMPARE(result->unansweredRequired, QStringList{QStringLiteral("i1")});
    }

    void formErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad dimension")
            << QByteArray(R"({"code":"F","name":"F","sections":[{"key":"s","items":[{"key":"i","text":"t","type":"yesno","dimension":"speed"}]}]})")
            << "f.json, sections[0].items[0].dimension: \"speed\" is not a SERVQUAL dimension (tangibles, reliability, responsiveness, assurance, empathy)";
        QTest::newRow("duplicate key")
            << QByteArray(R"({"code":"F","name":"F","sections":[{"key":"s","items":[{"key":"i","text":"t","type":"yesno","dimension":"empathy"},{"key":"i","text":"u","type":"yesno","dimension":"empathy"}]}]})")
            << "f.json, sections[0].items[1].key: the key \"i\" is used twice";
        QTest::newRow("elapsed without SLA")
            << QByteArray(R"({"code":"F","name":"F","sections":[{"key":"s","items":[{"key":"i","text":"t","type":"elapsed","dimension":"responsiveness"}]}]})")
            << "f.json, sections[0].items[0].slaSeconds: an elapsed-time item needs a positive SLA in seconds";
        QTest::newRow("weight that overflows the sums")
            << QByteArray(R"({"code":"F","name":"F","sections":[{"key":"s","items":[{"key":"i","text":"t","type":"yesno","dimension":"empathy","weight":1e308},{"key":"j","text":"u","type":"yesno","dimension":"empathy","weight":1e308}]}]})")
            << "f.json, sections[0].items[0].weight: a weight cannot be more than 1,000,000";
        QTest::newRow("NUL in an item's text")
            << QByteArray(R"({"code":"F","name":"F","sections":[{"key":"s","items":[{"key":"i","text":"a\u0000b","type":"yesno","dimension":"empathy"}]}]})")
            << "f.json, sections[0].items[0]: the text holds a NUL character (a damaged or binary file?)";
        QTest::newRow("broken JSON on line 3")
            << QByteArray("{\n\"code\": \"F\",\n\"name\": \"F\" \"sections\": []\n}")
            << "f.json, line 3: invalid JSON (unterminated object).";
    }

    void formErrorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto form = formFromJson(json, QStringLiteral("f.json"));
        QVERIFY(!form);
        QCOMPARE(form.error(), expected);
    }

    // Export then import gives the same form: forms move between workspaces as JSON.
    void formJsonRoundTrip()
    {
        const auto form = formFromJson(test::readData(QStringLiteral("scoring/04_bonus_capped/form.json")), QStringLiteral("f"));
        QVERIFY(form);
        const auto again = formFromJson(formToJson(*form), QStringLiteral("f"));
        QVERIFY(again);
        QCOMPARE(formToJson(*again), formToJson(*form));
        QCOMPARE(again->sections.size(), 5);
        QCOMPARE(again->sections[1].items[1].targetMax, std::optional<double>(60));
    }
};

QTEST_GUILESS_MAIN(TestScoreEngine)
#include "tst_scoreengine.moc"
