// The Dashboards' Indicators tab as a store manager reads it: the month's indicators of the worked
// example (tests/data/indicators) with their levels and status, computed off the GUI thread, and the
// control chart of the one chosen — or why there is none.

#include "charts/controlchart.h"
#include "csvimporter.h"
#include "indicatorstab.h"
#include "session.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTableWidget>

#include <qcustomplot.h>

using namespace servqa;

class TestIndicatorsTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theMonthAgainstItsLevels()
    {
        test::Workspace ws;
        for (const auto &[kind, file, survey] : {std::tuple{ImportKind::Sites, "sites.csv", ""}, std::tuple{ImportKind::Interactions, "interactions.csv", ""},
                                                 std::tuple{ImportKind::Feedback, "feedback.csv", "After the call"}}) {
            ImportOptions options;
            options.kind = kind;
            options.feedbackSurvey = QLatin1String(survey);
            QVERIFY(importCsv(*ws.db, test::dataPath(QStringLiteral("indicators/") + QLatin1String(file)), options));
        }
        Session session;
        QVERIFY(session.open(ws.path, Database::OpenMode::OpenExisting));
        IndicatorsTab tab(session);
        tab.resize(1200, 600);
        IndicatorScope scope;
        scope.period = DayRange{QDate(2026, 11, 1), QDate(2026, 11, 30)};
        tab.setScope(scope);
        tab.show();
        QTRY_COMPARE(tab.table()->rowCount(), 10);
        QTRY_VERIFY(!tab.isComputing());
        const auto cell = [&](int row, int column) { return tab.table()->item(row, column)->text(); };
        // CSAT: 5, 4, 3, 1 of 5 → 2 of 4 in the top two boxes, under the alarm level 80 %.
        QCOMPARE(cell(0, 1), QStringLiteral("50.0 %"));
        QCOMPARE(cell(0, 2), QStringLiteral("90.0 % / 85.0 % / 80.0 %"));
        QCOMPARE(cell(0, 3), QStringLiteral("alarm"));
        QCOMPARE(cell(0, 4), QStringLiteral("4"));
        // First response: 4 of 6 within their channel's time; the levels of every channel's most lenient.
        QCOMPARE(cell(5, 1), QStringLiteral("66.7 %"));
        QCOMPARE(cell(5, 3), QStringLiteral("alarm"));
        QCOMPARE(cell(7, 1), QStringLiteral("100.0 %"));
        QCOMPARE(cell(7, 3), QStringLiteral("met"));
        QCOMPARE(cell(8, 3), QStringLiteral("no data"));
        // The chart's weeks end with the week of the period's last day (30 November to 6 December,
        // with I7): two weeks with cases, both setting the limits.
        QTRY_COMPARE(tab.chart()->plot()->xAxis->label(), QStringLiteral("Limits from the weeks 2026-11-02 to 2026-12-06 (green bar)"));
        // No evaluations: no chart, and the chart says why.
        tab.table()->selectRow(8);
        QTRY_COMPARE(tab.chart()->plot()->xAxis->label(), QStringLiteral("Too few weeks with cases for a control chart"));
    }
};

QTEST_MAIN(TestIndicatorsTab)
#include "tst_indicatorstab.moc"
