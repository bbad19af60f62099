// Durations read the same on every page and in both languages (issue 16, item 15): a target of
// 7200 seconds is "2 h" / "2 小时", never "7200 s"; what is typed back in either language, or
// as a plain number of seconds, is the same number; and a spin box with no workspace shows a
// dash, not a made-up "1 s".

#include "durationspinbox.h"
#include "formatting.h"
#include "report/reportparts.h"
#include "resultscells.h"
#include "translations.h"
#include "userrepository.h"

#include <QTest>

using namespace servqa;

class TestFormatting : public QObject
{
    Q_OBJECT

private slots:
    void secondsInWords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        const QVector<std::tuple<qint64, const char *, const char *>> cases{
            {0, "0 s", "0 秒"},
            {20, "20 s", "20 秒"},
            {90, "90 s", "90 秒"},
            {120, "2 min", "2 分钟"},
            {599, "599 s", "599 秒"},
            {600, "10 min", "10 分钟"},
            {3600, "1 h", "1 小时"},
            {5400, "1 h 30 min", "1 小时 30 分钟"},
            {3725, "1 h 2 min 5 s", "1 小时 2 分钟 5 秒"},
            {7200, "2 h", "2 小时"},
            {86400, "1 d", "1 天"},
            {90000, "25 h", "25 小时"},
        };
        for (const auto &[seconds, en, zh] : cases) {
            QTest::addRow("en %lld", seconds) << QStringLiteral("en") << seconds << QString::fromUtf8(en);
            QTest::addRow("zh %lld", seconds) << QStringLiteral("zh_CN") << seconds << QString::fromUtf8(zh);
        }
    }
    void secondsInWords()
    {
        QFETCH(QString, language);
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        installTranslations(language);
        QCOMPARE(formatSeconds(seconds), text);
        QCOMPARE(parseSeconds(text), std::optional<qint64>(seconds)); // what is shown reads back
    }

    void typedDurations_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<std::optional<qint64>>("seconds");
        QTest::newRow("plain seconds") << QStringLiteral("7200") << std::optional<qint64>(7200);
        QTest::newRow("no spaces") << QStringLiteral("1h30min") << std::optional<qint64>(5400);
        QTest::newRow("m for minutes") << QStringLiteral("45m") << std::optional<qint64>(2700);
        QTest::newRow("Chinese 分") << QStringLiteral("3 分") << std::optional<qint64>(180);
        QTest::newRow("mixed languages") << QStringLiteral("1 小时 15 min") << std::optional<qint64>(4500);
        QTest::newRow("spaces around") << QStringLiteral("  2 h  ") << std::optional<qint64>(7200);
        QTest::newRow("empty") << QString() << std::optional<qint64>();
        QTest::newRow("negative") << QStringLiteral("-5") << std::optional<qint64>();
        QTest::newRow("unknown unit") << QStringLiteral("2 weeks") << std::optional<qint64>();
        QTest::newRow("unit without number") << QStringLiteral("h") << std::optional<qint64>();
        QTest::newRow("trailing number") << QStringLiteral("1 h 30") << std::optional<qint64>();
    }
    void typedDurations()
    {
        QFETCH(QString, typed);
        QFETCH(std::optional<qint64>, seconds);
        QCOMPARE(parseSeconds(typed), seconds);
    }

    // A change that rounds to nothing has no sign: "0.0", never "-0.0" (issue 16, item 5).
    void changesRoundBeforeTheirSign()
    {
        installTranslations(QStringLiteral("en"));
        QCOMPARE(resultscells::signedText(-0.04), QStringLiteral("0.0"));
        QCOMPARE(resultscells::signedText(0.04), QStringLiteral("0.0"));
        QCOMPARE(resultscells::signedText(-0.06), QStringLiteral("-0.1"));
        QCOMPARE(resultscells::signedText(2.25), QStringLiteral("+2.3"));
        QCOMPARE(resultscells::signedText(std::nullopt), QStringLiteral("–"));
        QCOMPARE(reportparts::signedNumber(-0.004, 2), QStringLiteral("0.00"));
        QCOMPARE(reportparts::signedNumber(-0.04, 1), QStringLiteral("0.0"));
        QCOMPARE(reportparts::signedNumber(8.66, 1), QStringLiteral("+8.7"));
    }

    // A name with its role or code, as the owner lists show it, and a list of names, with each
    // language's own marks: no Western brackets or commas between Chinese words.
    void namesAndListsTakeTheLanguagesMarks()
    {
        installTranslations(QStringLiteral("en"));
        QCOMPARE(formatWithNote(QStringLiteral("Wang Fang"), userRoleName(UserRole::Manager)), QStringLiteral("Wang Fang (Store / team manager)"));
        QCOMPARE(formatList({QStringLiteral("East"), QStringLiteral("West")}), QStringLiteral("East, West"));
        installTranslations(QStringLiteral("zh_CN"));
        QCOMPARE(formatWithNote(QStringLiteral("王芳"), userRoleName(UserRole::Manager)), QStringLiteral("王芳（门店经理/团队主管）"));
        QCOMPARE(formatList({QStringLiteral("东区"), QStringLiteral("西区")}), QStringLiteral("东区、西区"));
        installTranslations(QStringLiteral("en"));
    }

    void spinBoxShowsWordsAndADashForNoValue()
    {
        installTranslations(QStringLiteral("en"));
        DurationSpinBox box;
        box.setDurationRange(1, 7 * 86400);
        box.clearValue(); // no workspace
        QCOMPARE(box.text(), QStringLiteral("–"));
        QVERIFY(!box.isEnabled());
        box.showValue(7200);
        QVERIFY(box.isEnabled());
        QCOMPARE(box.text(), QStringLiteral("2 h"));
        QCOMPARE(box.value(), 7200);
        box.selectAll();
        QTest::keyClicks(&box, QStringLiteral("1 h 30 min"));
        QTest::keyClick(&box, Qt::Key_Return);
        QCOMPARE(box.value(), 5400);
        box.selectAll();
        QTest::keyClicks(&box, QStringLiteral("90"));
        QTest::keyClick(&box, Qt::Key_Return);
        QCOMPARE(box.value(), 90);
        QCOMPARE(box.text(), QStringLiteral("90 s"));
        QTest::keyClick(&box, Qt::Key_Up); // a step is a second
        QCOMPARE(box.value(), 91);
        installTranslations(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents(); // the language change reaches the widgets as an event
        QCOMPARE(box.text(), QStringLiteral("91 秒"));
        box.showValue(7200);
        QCOMPARE(box.text(), QStringLiteral("2 小时"));
    }
};

QTEST_MAIN(TestFormatting)
#include "tst_formatting.moc"
