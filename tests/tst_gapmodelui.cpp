// The gap model in the GUI on the five-gap fixture (fivegapsfixture.h): the Five gaps tab and its
// drill-downs, the Standards page, the register's dialogs, and a survey response typed by hand.

#include "charts/chartstyle.h"
#include "charts/dimensionprofilechart.h"
#include "charts/gaptrendchart.h"
#include "charts/scorecardcharts.h"
#include "dashboardspage.h"
#include "durationspinbox.h"
#include "fivegapsfixture.h"
#include "periodselector.h"
#include "session.h"
#include "standarddialogs.h"
#include "standardspage.h"
#include "surveyentrydialog.h"
#include "translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTreeWidget>
#include <QPushButton>
#include <QtTest>

#include <qcustomplot.h>

using namespace servqa;
using namespace servqa::test;

#define SETTLE(page) QTRY_VERIFY_WITH_TIMEOUT(!(page).isComputing(), 20000)

namespace {
// Shows the page, then March 2025 in region East with a minimum of 3, as the fixture's worked
// example.
template<typename Page>
void showMarch(Page &page)
{
    page.resize(1300, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    SETTLE(page);
    page.regionBox()->setCurrentIndex(page.regionBox()->findData(QStringLiteral("华东 East")));
    page.minimumBox()->setValue(3);
    page.periodSelector()->setCustom(QDate(2025, 3, 1), QDate(2025, 3, 31));
    SETTLE(page);
}

QString text(QTableWidget *table, int row, int column)
{
    return table->item(row, column) ? table->item(row, column)->text() : QString();
}
} // namespace

class TestGapModelUi : public QObject
{
    Q_OBJECT

private slots:
    // "Custom dates" chosen in the list, as every page's user does: two date fields appear, the
    // last 30 days (today the 30th) after all time, else the period shown before, and the period
    // follows what is typed in them ([from, to + 1 day)).
    void customDatesChosenInTheList()
    {
        PeriodSelector period;
        period.show();
        QVERIFY(QTest::qWaitForWindowExposed(&period));
        QVERIFY(!period.from() && !period.to()); // all time
        QSignalSpy changed(&period, &PeriodSelector::changed);
        period.combo()->setCurrentIndex(period.combo()->findText(QStringLiteral("Custom dates")));
        QCOMPARE(changed.count(), 1);
        const auto fields = period.findChildren<QDateEdit *>();
        QCOMPARE(fields.size(), 2);
        for (QDateEdit *field : fields)
            QVERIFY(field->isVisible());
        const QDate today = QDate::currentDate();
        QCOMPARE(*period.from(), QDateTime(today.addDays(-29), QTime(0, 0)));
        QCOMPARE(*period.to(), QDateTime(today.addDays(1), QTime(0, 0)));
        fields.at(1)->setDate(QDate(2025, 3, 31));
        fields.at(0)->setDate(QDate(2025, 3, 1));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(*period.from(), QDateTime(QDate(2025, 3, 1), QTime(0, 0)));
        QCOMPARE(*period.to(), QDateTime(QDate(2025, 4, 1), QTime(0, 0)));
        period.combo()->setCurrentIndex(period.combo()->findText(QStringLiteral("Last 7 days")));
        for (QDateEdit *field : fields)
            QVERIFY(!field->isVisible());
        QCOMPARE(*period.from(), QDateTime(today.addDays(-6), QTime(0, 0)));
        QVERIFY(!period.to());

        // From the last 90 days: the same 90 days, so the figures do not move until a date does.
        period.combo()->setCurrentIndex(period.combo()->findText(QStringLiteral("Last 90 days")));
        const QDateTime ninety = *period.from();
        QCOMPARE(ninety, QDateTime(today.addDays(-89), QTime(0, 0)));
        QSignalSpy shown(&period, &PeriodSelector::changed);
        period.combo()->setCurrentIndex(period.combo()->findText(QStringLiteral("Custom dates")));
        QCOMPARE(shown.count(), 1); // once, not once more for each date set
        QCOMPARE(*period.from(), ninety);
        QCOMPARE(*period.to(), QDateTime(today.addDays(1), QTime(0, 0)));
        QCOMPARE(fields.at(0)->date(), today.addDays(-89));
        QCOMPARE(fields.at(1)->date(), today);
    }

    // The month still running is no full point: drawn apart (hollow, dotted, no band), labelled
    // "to date", and said so on hover; the months before it are drawn as always.
    void thePeriodToDateIsDrawnApart()
    {
        const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
        QVector<TrendPoint> points(3);
        for (int i = 0; i < 3; ++i) {
            points[i].period = thisMonth.addMonths(i - 2);
            for (Estimate &e : points[i].values)
                e = Estimate{80.0 + i, 75.0, 85.0 + i, 40, false};
        }
        points[2].values[0] = Estimate{100.0, 40.0, 100.0, 1, false}; // one day of data
        GapTrendChart chart;
        chart.resize(800, 500);
        chart.setScores(points, Granularity::Month);
        QCustomPlot *plot = chart.plot();
        QCOMPARE(plot->graphCount(), DimensionCount * 5); // band × 2, line, and the to-date joint and mark
        QCPGraph *line = plot->graph(2);                   // tangibles
        QCOMPARE(line->data()->size(), 3);
        QCOMPARE(line->data()->at(1)->value, 81.0);
        QVERIFY(std::isnan(line->data()->at(2)->value)); // not on the full line
        QVERIFY(std::isnan(plot->graph(1)->data()->at(2)->value)); // nor in the band
        QCPGraph *joint = plot->graph(3);
        QCOMPARE(joint->data()->size(), 2);
        QCOMPARE(joint->data()->at(1)->value, 100.0);
        QCOMPARE(joint->pen().style(), Qt::DotLine);
        QCOMPARE(plot->graph(4)->scatterStyle().brush().style(), Qt::NoBrush); // hollow
        QCOMPARE(plot->legend->itemCount(), DimensionCount);
        QCOMPARE(plot->itemCount(), 1);
        QCOMPARE(qobject_cast<QCPItemText *>(plot->item(0))->text(), QStringLiteral("to date"));
        QCOMPARE(chart.pointText(2, Dimension::Tangibles),
                 QStringLiteral("Tangibles, %1 (to date): score 100.0 % (95 % interval 40.00 to 100.00) n = 1")
                     .arg(thisMonth.toString(QStringLiteral("yyyy-MM"))));
        QCOMPARE(chart.pointText(1, Dimension::Tangibles),
                 QStringLiteral("Tangibles, %1: score 81.0 % (95 % interval 75.00 to 86.00) n = 40")
                     .arg(thisMonth.addMonths(-1).toString(QStringLiteral("yyyy-MM"))));

        // Scores have no zero line: 0 % is no level. A gap does: 0 is "meets expectations", kept in
        // view whichever side of it the gaps are, and a shortfall is written below zero.
        QCOMPARE(plot->yAxis->grid()->zeroLinePen().style(), Qt::NoPen);
        QVector<TrendPoint> gaps(2);
        for (int i = 0; i < 2; ++i) {
            gaps[i].period = thisMonth.addMonths(i - 3);
            for (Estimate &e : gaps[i].values)
                e = Estimate{i == 0 ? -6.9 : 1.5, -9.0, 3.0, 40, false};
        }
        chart.setGapTrend(gaps, Granularity::Month, GapKind::Delivery);
        QCOMPARE(plot->yAxis->grid()->zeroLinePen().style(), Qt::DashLine);
        QVERIFY(plot->yAxis->range().lower < -9.0 && plot->yAxis->range().upper > 3.0);
        QCOMPARE(plot->graph(2)->data()->at(0)->value, -6.9);
        QVERIFY2(chart.pointText(0, Dimension::Tangibles).contains(QStringLiteral("gap -6.9 percentage points")), qPrintable(chart.pointText(0, Dimension::Tangibles)));
        QVERIFY2(chart.pointText(1, Dimension::Tangibles).contains(QStringLiteral("gap 1.5 percentage points")), qPrintable(chart.pointText(1, Dimension::Tangibles)));

        // The scorecards' monthly trend the same way.
        ScoreTrendChart scores(false);
        scores.setTrend({thisMonth.addMonths(-1), thisMonth}, {Estimate{81.0, 75.0, 86.0, 40, false}, Estimate{100.0, 40.0, 100.0, 1, false}});
        QCOMPARE(scores.plot()->graphCount(), 3); // the line, the dotted joint, the hollow mark
        QCOMPARE(scores.plot()->graph(0)->data()->at(0)->value, 81.0);
        QVERIFY(std::isnan(scores.plot()->graph(0)->data()->at(1)->value));
        QCOMPARE(scores.plot()->graph(2)->data()->at(0)->value, 100.0);
        auto ticks = qSharedPointerCast<QCPAxisTickerText>(scores.plot()->xAxis->ticker())->ticks();
        QCOMPARE(ticks.value(1), QStringLiteral("%1\nto date").arg(thisMonth.toString(QStringLiteral("yyyy-MM"))));
        // An interval past the scale is drawn to its end, as the tables write it, with room for its cap.
        scores.setTrend({thisMonth.addMonths(-2), thisMonth.addMonths(-1)}, {Estimate{90.0, 70.0, 110.0, 3, false}, Estimate{5.0, -8.0, 18.0, 3, false}});
        QCPErrorBars *interval = nullptr;
        for (int p = 0; p < scores.plot()->plottableCount(); ++p)
            interval = interval ? interval : qobject_cast<QCPErrorBars *>(scores.plot()->plottable(p));
        QVERIFY(interval);
        QCOMPARE(interval->data()->at(0).errorPlus, 10.0);
        QCOMPARE(interval->data()->at(0).errorMinus, 20.0);
        QCOMPARE(interval->data()->at(1).errorMinus, 5.0);
        QVERIFY(scores.plot()->yAxis->range().lower < 0 && scores.plot()->yAxis->range().upper > 100);

        // A period that has ended is a full point.
        points.removeLast();
        chart.setScores(points, Granularity::Month);
        QCOMPARE(plot->graphCount(), DimensionCount * 3);
        QCOMPARE(plot->itemCount(), 0);
        QCOMPARE(plot->graph(2)->data()->at(1)->value, 81.0);
    }

    void initTestCase() { installTranslations(QStringLiteral("en")); }

    // The radar's scale, 1 at the centre to 7 at the rim, is written on a white ground above the
    // polygons (the axis's own numbers were crossed by both lines), outwards along one ray.
    void theRadarsScaleIsWrittenAboveItsLines()
    {
        DimensionProfileChart chart;
        chart.resize(800, 360);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.radar()->replot();
        QCustomPlot *radar = chart.radar();
        QCOMPARE(radar->itemCount(), 7);
        QPointF centre;
        double last = 0;
        for (int i = 0; i < 7; ++i) {
            auto *label = qobject_cast<QCPItemText *>(radar->item(i));
            QVERIFY(label);
            QCOMPARE(label->text(), QString::number(i + 1));
            QCOMPARE(label->layer()->name(), QStringLiteral("overlay")); // above the polygons on "main"
            QVERIFY(label->brush().color().alpha() > 127); // mostly white: the number reads, the line shows faintly
            const QPointF at = label->position->pixelPosition();
            if (i == 0) {
                centre = at;
                continue;
            }
            const double distance = QLineF(centre, at).length();
            QVERIFY2(distance > last + 5, qPrintable(QStringLiteral("%1 at %2").arg(i + 1).arg(distance)));
            last = distance;
        }
    }

    // The Pareto chart has a bar for each row of the table beside it (S012's chart stopped at 10
    // of its 11 items and its line at 93.8 %); past twenty the last bar is the rest, and the line
    // still ends at 100 %.
    void aParetoChartHasABarForEveryItemItsTableLists()
    {
        const auto items = [](int count) {
            QVector<ItemFailures> list;
            for (int i = 0; i < count; ++i) {
                ItemFailures f;
                f.itemKey = QStringLiteral("i%1").arg(i);
                f.failures = i < 2 ? 3 : 1; // 3, 3, then 1 each
                list << f;
            }
            const int total = 6 + (count - 2);
            int sum = 0;
            for (ItemFailures &f : list)
                f.cumulativeShare = double(sum += f.failures) / total;
            return list;
        };
        ParetoChart chart;
        chart.setItems(items(11));
        auto *bars = qobject_cast<QCPBars *>(chart.plot()->plottable(0));
        QVERIFY(bars);
        QCOMPARE(bars->data()->size(), 11);
        QCOMPARE(chart.plot()->graph(0)->data()->at(10)->value, 100.0);

        chart.setItems(items(25));
        bars = qobject_cast<QCPBars *>(chart.plot()->plottable(0));
        QCOMPARE(bars->data()->size(), 20);
        QCOMPARE(bars->data()->at(18)->value, 1.0);
        QCOMPARE(bars->data()->at(19)->value, 6.0); // items 20 to 25
        QCOMPARE(chart.plot()->graph(0)->data()->at(19)->value, 100.0);
        const auto ticks = qSharedPointerCast<QCPAxisTickerText>(chart.plot()->xAxis->ticker())->ticks();
        QCOMPARE(ticks.value(19), QStringLiteral("19"));
        QCOMPARE(ticks.value(20), QStringLiteral("20–25"));
        QCOMPARE(chart.plot()->legend->borderPen().style(), Qt::NoPen); // a frame the plot's width was cut at its edges
    }

    // A report's chart of the five dimensions at half a page: their names side by side would run
    // into each other, so they are drawn slanted in the picture, and the chart on screen is left
    // as it was; at a width where they fit they stay level.
    void crowdedNamesAreSlantedInAReport()
    {
        QCustomPlot plot;
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        int at = 0;
        for (const Dimension d : AllDimensions)
            ticker->addTick(++at, dimensionName(d));
        plot.xAxis->setTicker(ticker);
        plot.xAxis->setRange(0.5, 5.5);
        const QFontMetricsF fm(plot.xAxis->tickLabelFont());
        const double widest = fm.horizontalAdvance(dimensionName(Dimension::Responsiveness));
        const int narrow = int(widest * 5 / 0.8) - 10; // less than five of the widest name a step
        QVERIFY(slantCrowdedLabels(&plot, narrow));
        QCOMPARE(plot.xAxis->tickLabelRotation(), -35.0);
        QVERIFY(!slantCrowdedLabels(&plot, narrow)); // turned already: left as it is
        plot.xAxis->setTickLabelRotation(0);
        QVERIFY(!slantCrowdedLabels(&plot, int((widest + 6) * 5 / 0.8) + 10));
        QCOMPARE(plot.xAxis->tickLabelRotation(), 0.0);
        plotPicture(&plot, QSize(narrow, 300));
        QCOMPARE(plot.xAxis->tickLabelRotation(), 0.0); // the widget decides for its own width
    }

    void fiveGapsTabShowsEveryGap()
    {
        FiveGapsFixture fx;
        Session session;
        QVERIFY(session.open(fx.ws.path, Database::OpenMode::OpenExisting));
        DashboardsPage page(session);
        showMarch(page);
        QTableWidget *t = page.fiveTable();
        const int reliability = dimensionIndex(Dimension::Reliability);
        QCOMPARE(text(t, reliability, 0), QStringLiteral("Reliability"));
        QCOMPARE(text(t, reliability, 1), QStringLiteral("-1.00"));  // knowledge
        QCOMPARE(text(t, reliability, 2), QStringLiteral("-0.25"));  // standards
        QCOMPARE(text(t, reliability, 3), QStringLiteral("-30.0"));  // delivery, percentage points
        QCOMPARE(text(t, reliability, 4), QStringLiteral("-25.0"));  // communication
        QCOMPARE(text(t, reliability, 5), QStringLiteral("-1.00"));  // customer
        QCOMPARE(text(t, dimensionIndex(Dimension::Tangibles), 2), QStringLiteral("+0.67"));
        QCOMPARE(text(t, dimensionIndex(Dimension::Tangibles), 3), QStringLiteral("too few")); // one visit
        QCOMPARE(text(t, dimensionIndex(Dimension::Empathy), 2), QStringLiteral("—"));        // no standard
        QCOMPARE(text(t, dimensionIndex(Dimension::Responsiveness), 4), QStringLiteral("-20.0"));

        // A corrective action on the delivery gap of reliability: the gap kept as the source, the
        // dimension's scores as the measure, March as the period before.
        QSignalSpy asked(&page, &DashboardsPage::actionRequested);
        page.raiseActionOnGap(reliability, 3);
        QCOMPARE(asked.count(), 1);
        const ActionDraft action = asked.first().at(0).value<ActionDraft>();
        QCOMPARE(action.origin.kind, ActionSource::Gap);
        QCOMPARE(action.origin.id, std::optional<qint64>(3));
        QCOMPARE(action.origin.key, QStringLiteral("reliability"));
        QVERIFY(action.origin.text.endsWith(QStringLiteral("Reliability: -30.0")));
        QCOMPARE(action.measure.kind, MeasureKind::Score);
        QCOMPARE(action.measure.dimension, std::optional<Dimension>(Dimension::Reliability));
        QCOMPARE(action.measure.before.from, QDate(2025, 3, 1));
        QCOMPARE(action.measure.before.to, QDate(2025, 3, 31));
        page.raiseActionOnGap(reliability, 0); // the dimension's name is no gap
        QCOMPARE(asked.count(), 1);

        // The chart shows the gap chosen, one point per month with data.
        page.gapBox()->setCurrentIndex(gapIndex(GapKind::Communication));
        GapTrendChart *chart = page.fiveChart();
        QCOMPARE(chart->trend().size(), 1);
        QCOMPARE(*chart->trend().at(0).values[reliability].mean, -25.0);
        QCOMPARE(chart->pointText(0, Dimension::Reliability),
                 QStringLiteral("Reliability, 2025-03: gap -25.0 percentage points (95 % interval -66.64 to -1.78) n = 10"));
    }

    // A change computes the tab shown first, the other tabs a moment later or when turned to;
    // whichever comes first, a tab's numbers are those of the filters shown.
    void theTabShownIsComputedFirst()
    {
        FiveGapsFixture fx;
        Session session;
        QVERIFY(session.open(fx.ws.path, Database::OpenMode::OpenExisting));
        DashboardsPage page(session);
        showMarch(page);
        QTableWidget *t = page.fiveTable();
        const int reliability = dimensionIndex(Dimension::Reliability);
        const int delivery = 3;
        QCOMPARE(text(t, reliability, delivery), QStringLiteral("-30.0")); // computed while the first tab was shown

        // January 2025 has no data. The trend tab's numbers come first; the five gaps still
        // show March's until they are computed.
        page.periodSelector()->setCustom(QDate(2025, 1, 1), QDate(2025, 1, 31));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isComputingShownTab(), 20000);
        QCOMPARE(text(page.dimensionTable(), reliability, 3), QStringLiteral("—")); // the customer gap: no answers
        QVERIFY(page.isComputing());
        QCOMPARE(text(t, reliability, delivery), QStringLiteral("-30.0"));
        // Turned to at once: computed for January.
        page.tabs()->setCurrentIndex(3);
        QVERIFY(page.isComputingShownTab());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isComputingShownTab(), 20000);
        QCOMPARE(text(t, reliability, delivery), QStringLiteral("—"));

        // Back to March on the trend tab, and the user stays: the five gaps follow unasked.
        page.tabs()->setCurrentIndex(0);
        page.periodSelector()->setCustom(QDate(2025, 3, 1), QDate(2025, 3, 31));
        SETTLE(page);
        QCOMPARE(text(t, reliability, delivery), QStringLiteral("-30.0"));
        QCOMPARE(page.scoreChart()->trend().size(), 1);
        QCOMPARE(text(page.dimensionTable(), reliability, 3), QStringLiteral("-1.00"));
    }

    void clickingAPointDrillsDown()
    {
        FiveGapsFixture fx;
        Session session;
        QVERIFY(session.open(fx.ws.path, Database::OpenMode::OpenExisting));
        DashboardsPage page(session);
        showMarch(page);
        // Each tab's title and tables are its own: the SERVQUAL tables only under the survey tabs.
        QVERIFY(page.dimensionTable()->isVisible());
        page.tabs()->setCurrentIndex(2);
        QVERIFY(!page.dimensionTable()->isVisible());
        QVERIFY(!page.itemTable()->isVisible());
        QVERIFY(!page.waveBox()->isEnabled());
        bool titled = false;
        for (QLabel *label : page.findChildren<QLabel *>())
            titled |= label->text() == QStringLiteral("Evaluation scores: the stored dimension scores of submitted evaluations and validated visits");
        QVERIFY(titled);
        page.tabs()->setCurrentIndex(3);
        QVERIFY(!page.dimensionTable()->isVisible());
        QVERIFY(page.fiveTable()->isVisible());
        page.tabs()->setCurrentIndex(0);
        QVERIFY(page.dimensionTable()->isVisible());
        QVERIFY(page.waveBox()->isEnabled());
        page.tabs()->setCurrentIndex(3);
        page.gapBox()->setCurrentIndex(gapIndex(GapKind::Delivery));
        QSignalSpy requested(&page, &DashboardsPage::evaluationsRequested);
        // Click the reliability point where it is drawn.
        GapTrendChart *chart = page.fiveChart();
        QCustomPlot *plot = chart->plot();
        QTRY_VERIFY(plot->isVisible());
        plot->replot();
        const QPoint at(int(plot->xAxis->coordToPixel(double(QDateTime(QDate(2025, 3, 1), QTime(0, 0)).toSecsSinceEpoch()))),
                        int(plot->yAxis->coordToPixel(-30.0)));
        QTest::mouseClick(plot, Qt::LeftButton, {}, at);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested[0][0].toDate(), QDate(2025, 3, 1));
        QCOMPARE(requested[0][1].toDate(), QDate(2025, 3, 31));

        // The customer gap's point opens its respondents, the largest shortfall first.
        QDialog *dialog = page.showPeriodResponses(QDate(2025, 3, 1), Dimension::Reliability);
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("responses"));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(text(table, 0, 0), QStringLiteral("R1"));
        QCOMPARE(text(table, 0, 5), QStringLiteral("-2.00"));
        QCOMPARE(text(table, 1, 0), QStringLiteral("R3"));
        QCOMPARE(text(table, 1, 3), QStringLiteral("5.00")); // E of items 5–7: 5, 6, 4
        QCOMPARE(text(table, 2, 0), QStringLiteral("R2"));
        QCOMPARE(text(table, 2, 5), QStringLiteral("0.00"));
        dialog->close();
    }

    void standardsPageShowsEachStandardAndPromise()
    {
        FiveGapsFixture fx;
        Session session;
        QVERIFY(session.open(fx.ws.path, Database::OpenMode::OpenExisting));
        StandardsPage page(session);
        showMarch(page);
        QTableWidget *s = page.standardTable();
        QCOMPARE(s->rowCount(), 3);
        QCOMPARE(text(s, 0, 0), QStringLiteral("ST-1"));
        QCOMPARE(text(s, 0, 5), QStringLiteral("6.17"));   // customers' E
        QCOMPARE(text(s, 0, 6), QStringLiteral("-0.17"));  // gap 2
        QCOMPARE(text(s, 0, 8), QStringLiteral("60.0 %")); // observed
        QCOMPARE(text(s, 0, 9), QStringLiteral("-30.0"));  // gap 3
        QCOMPARE(text(s, 0, 10), QStringLiteral("5"));
        QCOMPARE(text(s, 2, 6), QStringLiteral("too few")); // ST-3: two customers
        QCOMPARE(text(s, 2, 8), QStringLiteral("not checked"));
        QTableWidget *p = page.promiseTable();
        QCOMPARE(p->rowCount(), 3);
        QCOMPARE(text(p, 0, 4), QStringLiteral("First response within 20 s"));
        QCOMPARE(text(p, 0, 6), QStringLiteral("80.0 %"));
        QCOMPARE(text(p, 0, 7), QStringLiteral("-20.0"));
        QCOMPARE(text(p, 2, 4), QStringLiteral("Standard ST-1"));
        QCOMPARE(text(p, 2, 7), QStringLiteral("-40.0"));
        // The fixture's users are an inspector and a manager: only a QA lead keeps the register.
        auto *add = page.findChild<QPushButton *>(QStringLiteral("newStandard"));
        QVERIFY(add);
        QVERIFY(!add->isEnabled());
        // The reason names who the user works as, and how to change it (issue 16, item 8).
        QCOMPARE(add->toolTip(), QStringLiteral("Only a QA lead keeps the register. You are working as 刘勇 · Inspector: "
                                                "File ▸ Work As… changes who you are."));
    }

    void registerDialogsSaveWhatIsTyped()
    {
        FiveGapsFixture fx;
        Database &db = *fx.ws.db;
        {
            StandardDialog dialog(db, ServiceStandard{});
            dialog.codeEdit()->setText(QStringLiteral("ST-9"));
            dialog.accept(); // no title
            QVERIFY(dialog.errorLabel()->isVisibleTo(&dialog));
            QCOMPARE(dialog.errorLabel()->text(), QStringLiteral("Standard ST-9: the title is empty."));
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            dialog.titleEdit()->setText(QStringLiteral("耐心倾听 <b>Listen</b>"));
            dialog.dimensionBox()->setCurrentIndex(dimensionIndex(Dimension::Empathy));
            dialog.levelBox()->setValue(6);
            dialog.complianceBox()->setValue(75);
            dialog.surveyItemList()->item(19)->setCheckState(Qt::Checked); // item 20
            QTreeWidgetItem *sc1 = dialog.formItemTree()->topLevelItem(0);
            QCOMPARE(sc1->text(0), QStringLiteral("热线质检表 <Hotline> & Co"));
            sc1->child(1)->setCheckState(0, Qt::Checked); // e1
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            const auto saved = StandardsRepository(db).standard(dialog.savedId());
            QVERIFY(saved);
            QCOMPARE(saved->title, QStringLiteral("耐心倾听 <b>Listen</b>"));
            QCOMPARE(saved->dimension, Dimension::Empathy);
            QCOMPARE(saved->complianceTarget, 75.0);
            QCOMPARE(saved->surveyItems, (QVector<int>{19}));
            QCOMPARE(saved->formItems, (QVector<FormItemRef>{{fx.scorecard.formId, QStringLiteral("e1")}}));
        }
        {
            ExternalPromise existing = StandardsRepository(db).promises()->at(0); // P-1
            PromiseDialog dialog(db, existing);
            QCOMPARE(dialog.thresholdBox()->value(), 20);
            QVERIFY(dialog.thresholdBox()->isEnabled());
            QVERIFY(!dialog.standardBox()->isEnabled());
            dialog.measureBox()->setCurrentIndex(int(PromiseMeasure::Standard));
            QVERIFY(!dialog.thresholdBox()->isEnabled());
            dialog.standardBox()->setCurrentIndex(dialog.standardBox()->findData(fx.st2));
            dialog.rateBox()->setValue(99);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            const ExternalPromise p = StandardsRepository(db).promises()->at(0);
            QCOMPARE(p.id, existing.id);
            QCOMPARE(p.measure, PromiseMeasure::Standard);
            QCOMPARE(p.standardId, std::optional<qint64>(fx.st2));
            QCOMPARE(p.thresholdSeconds, std::nullopt); // only what the measure uses is kept
            QCOMPARE(p.channel, std::nullopt);
            QCOMPARE(p.promisedRate, 99.0);
        }
    }

    void responseTypedByHand()
    {
        FiveGapsFixture fx;
        Database &db = *fx.ws.db;
        SurveyEntryDialog dialog(db);
        dialog.waveBox()->setEditText(QStringLiteral("纸质问卷 Paper"));
        dialog.setSite(fx.east2);
        dialog.respondentEdit()->setText(QStringLiteral("Q-001"));
        dialog.timeEdit()->setDateTime(QDateTime(QDate(2025, 3, 25), QTime(15, 30)));
        // Typed as an inspector would: focus E1, type 7, Tab, 5, Tab to E2, …
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.respondentEdit()->hasFocus()); // where typing a questionnaire starts
        QTest::keyClick(dialog.respondentEdit(), Qt::Key_Tab);
        QVERIFY(dialog.expectationBox(0)->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("7"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(dialog.perceptionBox(0)->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(dialog.expectationBox(1)->hasFocus());
        QCOMPARE(dialog.expectationBox(0)->value(), 7);
        QCOMPARE(dialog.perceptionBox(0)->value(), 5);
        dialog.expectationBox(4)->setValue(6);
        dialog.importanceCheck()->setChecked(true);
        dialog.importanceBox(4)->setValue(19);
        dialog.accept();
        QCOMPARE(dialog.errorLabel()->text(), QStringLiteral("Importance points: they add up to 99, not 100."));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.importanceBox(4)->setValue(20);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto waves = SurveyRepository(db).waves();
        qint64 paper = 0;
        for (const SurveyWave &w : *waves) {
            if (w.name == QStringLiteral("纸质问卷 Paper")) {
                paper = w.id;
                QCOMPARE(w.kind, SurveyKind::Customer);
            }
        }
        QVERIFY(paper);
        SurveyFilter f;
        f.waveId = paper;
        const auto records = SurveyRepository(db).records(f);
        QCOMPARE(records->size(), 1);
        const SurveyRecord &r = records->at(0);
        QCOMPARE(r.respondentRef, QStringLiteral("Q-001"));
        QCOMPARE(r.siteId, fx.east2);
        QCOMPARE(r.respondedAt, QDateTime(QDate(2025, 3, 25), QTime(15, 30)));
        QCOMPARE(r.answers.expectation[0], std::optional<int>(7));
        QCOMPARE(r.answers.perception[0], std::optional<int>(5));
        QCOMPARE(r.answers.expectation[4], std::optional<int>(6));
        QCOMPARE(r.answers.perception[4], std::nullopt); // left blank: missing, not 0
        QCOMPARE(r.answers.expectation[21], std::nullopt);
        QVERIFY(r.answers.importance);
        QCOMPARE((*r.answers.importance)[0], 20.0);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id "
                                      "WHERE r.respondent_ref = 'Q-001'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // items 1 and 5; nothing stored for the rest

        // A management wave has no perceptions.
        SurveyEntryDialog managers(db);
        managers.waveBox()->setEditText(QStringLiteral("2025 店长"));
        QVERIFY(!managers.kindBox()->isEnabled());
        QVERIFY(!managers.perceptionBox(0)->isEnabled());
    }
};

QTEST_MAIN(TestGapModelUi)
#include "tst_gapmodelui.moc"
