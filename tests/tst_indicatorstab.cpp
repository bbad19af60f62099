// The Dashboards' Indicators tab as a store manager reads it: the month's indicators of the worked
// example (tests/data/indicators) with their levels and status, computed off the GUI thread, and the
// control chart of the one chosen — or why there is none.

#include "charts/controlchart.h"
#include "csvimporter.h"
#include "indicatorstab.h"
#include "session.h"
#include "testsupport.h"

#include <QDialog>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>

#include <qcustomplot.h>

using namespace servqa;

class TestIndicatorsTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // November 2026 by week on half a page: 1 November (a Sunday, the week cut short) to Monday
    // 30 November (cut short too), one week in two labelled. The labels count back from the newest
    // week, so it is named, and the labelled weeks are two weeks apart: 11-02, 11-16, 11-30 (they
    // were 11-01, 11-09, 11-23: eight days, then fourteen, and the newest week unnamed). The first
    // label says the year.
    void theNewestWeekIsLabelledAndTheLabelsEvenlySpaced()
    {
        IndicatorChart c;
        c.trend = true;
        c.indicator = IndicatorKind::Csat;
        c.weeks << DayRange{QDate(2026, 11, 1), QDate(2026, 11, 1)};
        for (QDate monday(2026, 11, 2); monday <= QDate(2026, 11, 23); monday = monday.addDays(7))
            c.weeks << DayRange{monday, monday.addDays(6)};
        c.weeks << DayRange{QDate(2026, 11, 30), QDate(2026, 11, 30)};
        for (int i = 0; i < c.weeks.size(); ++i) {
            IndicatorValue v;
            v.kind = IndicatorKind::Csat;
            v.n = 10;
            v.value = 80.0 + i;
            c.values << v;
        }
        QCustomPlot plot;
        plot.resize(300, 200);
        ControlChart::configure(&plot, c);
        const auto ticks = qSharedPointerCast<QCPAxisTickerText>(plot.xAxis->ticker())->ticks();
        QCOMPARE(ticks.values(), (QStringList{"11-02\n2026", "11-16", "11-30"}));
        QCOMPARE(ticks.keys(), (QList<double>{1, 3, 5}));
    }

    // Eight weeks across the new year, every one labelled: the weeks of 2026 and of 2027 are told
    // apart by the year under the first label and under the first of the new year (they all read
    // MM-dd, so 01-04 could have been January 2026, before the chart's first week).
    void weeksAcrossTheNewYearSayWhichYear()
    {
        IndicatorChart c;
        c.trend = true;
        c.indicator = IndicatorKind::Csat;
        for (QDate monday(2026, 11, 30); monday <= QDate(2027, 1, 18); monday = monday.addDays(7)) {
            c.weeks << DayRange{monday, monday.addDays(6)};
            IndicatorValue v;
            v.kind = IndicatorKind::Csat;
            v.n = 10;
            v.value = 80.0;
            c.values << v;
        }
        QCustomPlot plot;
        plot.resize(1000, 300);
        ControlChart::configure(&plot, c);
        const auto ticks = qSharedPointerCast<QCPAxisTickerText>(plot.xAxis->ticker())->ticks();
        QCOMPARE(ticks.values(),
                 (QStringList{"11-30\n2026", "12-07", "12-14", "12-21", "12-28", "01-04\n2027", "01-11", "01-18"}));
    }

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
        // The trend first: November by week against first response's levels (every channel's most
        // lenient: 80 / 75 / 70 %): six weeks (Sunday 1 November alone, Monday 30 alone), the week of
        // 2 November 4 of 6, the others none.
        QCOMPARE(tab.chartKindBox()->currentIndex(), 0);
        QTRY_COMPARE(tab.chart()->plot()->xAxis->label(), QStringLiteral("Target 80.0 % · warning 75.0 % · alarm 70.0 %"));
        QCOMPARE(tab.chart()->chart().weeks.size(), 6);
        QCOMPARE(tab.chart()->chart().weeks.first().to, QDate(2026, 11, 1));
        QCOMPARE(tab.chart()->chart().weeks.last().from, QDate(2026, 11, 30));
        QCOMPARE(tab.chart()->chart().values[1].n, 6);
        QVERIFY(std::abs(*tab.chart()->chart().values[1].value - 400.0 / 6) < 1e-9);
        QVERIFY(!tab.chart()->chart().values[2].value);
        QTRY_VERIFY(!tab.isComputing());
        tab.chartKindBox()->setCurrentIndex(1); // the control chart
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
        // On a laptop's half of the page every name and value is read whole: a cell too narrow for
        // its text wraps it onto more lines instead of ending it with "…".
        tab.resize(560, 600);
        QTRY_VERIFY(tab.table()->columnWidth(0) < tab.table()->fontMetrics().horizontalAdvance(cell(0, 0)));
        QVERIFY(tab.table()->wordWrap()); // Qt's table elides instead when it does not wrap
        for (int row = 0; row < tab.table()->rowCount(); ++row) {
            for (const int column : {0, 1}) {
                const QRect shown = tab.table()->visualRect(tab.table()->model()->index(row, column));
                const QRect needed = tab.table()->fontMetrics().boundingRect(QRect(0, 0, shown.width() - 8, 1000), Qt::TextWordWrap, cell(row, column));
                QVERIFY2(needed.height() <= shown.height() && needed.width() <= shown.width() - 8, qPrintable(cell(row, column)));
            }
        }
        tab.resize(1200, 600);
        // The chart ends on the period's last day, Monday 30 November: I7 of 1 December is not in
        // it, so one week has cases — too few for limits, and the chart says so.
        QTRY_COMPARE(tab.chart()->plot()->xAxis->label(), QStringLiteral("Too few weeks with cases for a control chart"));
        QTRY_VERIFY(!tab.isComputing());
        QVERIFY(!tab.baselineButton()->isEnabled());

        // To 1 December: the last week (30 November to 1 December) has I7; both weeks set the limits.
        scope.period.to = QDate(2026, 12, 1);
        tab.setScope(scope);
        QTRY_COMPARE(tab.chart()->plot()->xAxis->label(), QStringLiteral("Limits from the weeks 2026-11-02 to 2026-12-01 (green bar)"));
        QTRY_VERIFY(!tab.isComputing());
        QVERIFY(tab.baselineButton()->isEnabled());
        // Six cases a week: centre + 2σ is past 100 %, where the p chart's limit stops. The zones
        // stop there too, inside the plot, clear of the baseline's bar above them.
        {
            QCustomPlot *plot = tab.chart()->plot();
            QVERIFY(plot->graphCount() > 0);
            for (int g = 0; g < plot->graphCount(); ++g) {
                for (auto point = plot->graph(g)->data()->constBegin(); point != plot->graph(g)->data()->constEnd(); ++point)
                    QVERIFY2(point->value <= 100.0 + 1e-9 && point->value >= -1e-9, qPrintable(QString::number(point->value)));
            }
        }

        // A double-click on the first week lists its six calls, chats and e-mails, the two answered
        // late first (I2: 25 s of a call's 20; I4: 45 s of a chat's 30).
        QDialog *cases = tab.showWeekCases(0);
        QVERIFY(cases);
        auto *list = cases->findChild<QTableWidget *>(QStringLiteral("cases"));
        QCOMPARE(list->rowCount(), 6);
        QCOMPARE(list->item(0, 1)->text(), QStringLiteral("I2"));
        QCOMPARE(list->item(1, 1)->text(), QStringLiteral("I4"));
        QCOMPARE(list->item(2, 1)->text(), QStringLiteral("I1"));
        QVERIFY(list->item(0, 3)->text().contains(QStringLiteral("first response 25 s (within 20 s)")));
        cases->close();

        // A baseline is at least two weeks; set by the user, the chart says so. Then back to the
        // first weeks.
        QVERIFY(!tab.setBaseline(0, 0));
        QVERIFY(tab.setBaseline(0, 1));
        QTRY_COMPARE(tab.chart()->plot()->xAxis->label(),
                     QStringLiteral("Limits from the weeks 2026-11-02 to 2026-12-01 (green bar), set by a user"));
        QCOMPARE(test::scalar(*session.database(), QStringLiteral("SELECT from_day || ' ' || to_day FROM spc_baselines")).toString(),
                 QStringLiteral("2026-11-02 2026-12-01"));
        QTRY_VERIFY(!tab.isComputing());
        QVERIFY(tab.setBaseline(-1, 0));
        QTRY_COMPARE(tab.chart()->plot()->xAxis->label(), QStringLiteral("Limits from the weeks 2026-11-02 to 2026-12-01 (green bar)"));

        // A chart of evaluation scores does not follow the table: no row shows as chosen; back to
        // the indicator's chart, its row does again.
        tab.chartKindBox()->setCurrentIndex(2);
        QVERIFY(tab.table()->selectedItems().isEmpty());
        QTRY_VERIFY(!tab.isComputing());
        tab.chartKindBox()->setCurrentIndex(1);
        QCOMPARE(tab.table()->selectedItems().first()->row(), 5);
        QTRY_VERIFY(!tab.isComputing());

        // No evaluations: no chart, and the chart says why.
        tab.table()->selectRow(8);
        QTRY_COMPARE(tab.chart()->plot()->xAxis->label(), QStringLiteral("Too few weeks with cases for a control chart"));
    }
};

QTEST_MAIN(TestIndicatorsTab)
#include "tst_indicatorstab.moc"
