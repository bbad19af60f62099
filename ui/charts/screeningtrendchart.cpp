#include "screeningtrendchart.h"

#include "chartstyle.h"
#include "formatting.h"

#include <QEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace servqa {

namespace {

QString ruleName(const ScreeningStats &stats, const QString &key)
{
    for (const ScreeningStats::Rule &r : stats.rules) {
        if (r.key == key)
            return r.name;
    }
    return key;
}

} // namespace

QString ScreeningTrendChart::periodLabel(const QDate &start, Granularity granularity)
{
    // As the Trend and Indicators tabs name them: a week by its first day.
    switch (granularity) {
    case Granularity::Week: return formatDate(start);
    case Granularity::Month: return start.toString(QStringLiteral("yyyy-MM"));
    case Granularity::Quarter: return tr("%1 Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1);
    }
    return start.toString(Qt::ISODate);
}

ScreeningTrendChart::ScreeningTrendChart(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMouseTracking(true);
    auto nearest = [this](const QPointF &at) {
        if (m_stats.periods.isEmpty())
            return -1;
        const int p = int(std::lround(m_plot->xAxis->pixelToCoord(at.x())));
        return p >= 0 && p < m_stats.periods.size() && m_plot->axisRect()->rect().contains(at.toPoint()) ? p : -1;
    };
    connect(m_plot, &QCustomPlot::mouseMove, this, [this, nearest](QMouseEvent *event) {
        const int p = nearest(event->position());
        if (p < 0) {
            QToolTip::hideText();
            return;
        }
        const ScreeningCount &c = m_stats.periods.at(p).count;
        const QString label = periodLabel(m_stats.periods.at(p).start, m_granularity);
        const QString name = m_granularity == Granularity::Week ? tr("Week of %1").arg(label) : label;
        const QString period = m_stats.periods.at(p).whole ? name : tr("%1, only its days in the period").arg(name);
        QString text = tr("%1: %2 screened, %3 flagged as a risk (%4)")
                           .arg(period, formatCount(c.screened), formatCount(c.flagged),
                                formatPercent(c.screened > 0 ? std::optional(100 * c.flagRate()) : std::nullopt));
        if (!m_rule.isEmpty())
            text += QLatin1Char('\n') + tr("%1: matched %2 of %3 read (%4)")
                                            .arg(ruleName(m_stats, m_rule), formatCount(c.hits.value(m_rule)), formatCount(c.read.value(m_rule)),
                                                 formatPercent(c.hitRate(m_rule) ? std::optional(100 * *c.hitRate(m_rule)) : std::nullopt));
        QToolTip::showText(event->globalPosition().toPoint(), text + QLatin1Char('\n') + tr("Click to list them."), m_plot);
    });
    connect(m_plot, &QCustomPlot::mousePress, this, [this, nearest](QMouseEvent *event) {
        const int p = nearest(event->position());
        if (p >= 0)
            emit periodClicked(p);
    });
    configure(m_plot, {}, m_granularity, m_rule);
}

ScreeningTrendChart::~ScreeningTrendChart() = default;

void ScreeningTrendChart::setStats(const ScreeningStats &stats, Granularity granularity, const QString &ruleKey)
{
    m_stats = stats;
    m_granularity = granularity;
    m_rule = ruleKey;
    configure(m_plot, m_stats, m_granularity, m_rule);
    m_plot->replot();
}

void ScreeningTrendChart::configure(QCustomPlot *plot, const ScreeningStats &stats, Granularity granularity, const QString &ruleKey)
{
    plot->clearGraphs();
    plot->legend->setVisible(!stats.periods.isEmpty());
    plot->legend->setFont(plot->font());
    if (plot->plotLayout()->rowCount() < 2) {
        // The legend in a row of its own under the axes: it never covers a point.
        plot->axisRect()->insetLayout()->take(plot->legend);
        plot->plotLayout()->addElement(1, 0, plot->legend);
        plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        plot->legend->setBorderPen(Qt::NoPen);
        plot->plotLayout()->setRowStretchFactor(1, 0.001);
    }
    QCPGraph *flagged = plot->addGraph();
    flagged->setName(QCoreApplication::translate("ScreeningTrendChart", "Flagged as a risk"));
    flagged->setPen(QPen(QColor(0xd6, 0x27, 0x28), 2));
    flagged->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
    QCPGraph *rule = nullptr;
    if (!ruleKey.isEmpty()) {
        rule = plot->addGraph();
        rule->setName(QCoreApplication::translate("ScreeningTrendChart", "%1: matched of read").arg(ruleName(stats, ruleKey)));
        rule->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 2));
        rule->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, rule->pen().color(), rule->pen().color(), 6)); // filled: hollow is a cut period
    }
    // A week (month) cut short by the period asked for: its point hollow, drawn over the full one.
    QCPGraph *flaggedCut = nullptr, *ruleCut = nullptr;
    if (std::any_of(stats.periods.cbegin(), stats.periods.cend(), [](const ScreeningStats::Period &p) { return !p.whole; })) {
        flaggedCut = addHollowPoints(plot, flagged->pen().color(), 7);
        if (rule) {
            ruleCut = addHollowPoints(plot, rule->pen().color(), 7);
            ruleCut->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(rule->pen().color(), 1.5), Qt::white, 7)); // the rule's shape
        }
        for (QCPGraph *g : {flaggedCut, ruleCut}) {
            if (g)
                g->removeFromLegend();
        }
    }
    double top = 10;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    // Label every period while they fit; past 26, every other (or fewer).
    const int step = std::max<int>(1, int(stats.periods.size() + 25) / 26);
    for (int p = 0; p < stats.periods.size(); ++p) {
        const ScreeningCount &c = stats.periods.at(p).count;
        const bool cut = !stats.periods.at(p).whole;
        if (c.screened > 0) {
            flagged->addData(p, 100 * c.flagRate());
            if (cut)
                flaggedCut->addData(p, 100 * c.flagRate());
            top = std::max(top, 100 * c.flagRate());
        }
        if (rule && c.hitRate(ruleKey)) {
            rule->addData(p, 100 * *c.hitRate(ruleKey));
            if (cut)
                ruleCut->addData(p, 100 * *c.hitRate(ruleKey));
            top = std::max(top, 100 * *c.hitRate(ruleKey));
        }
        if (labelledPeriod(p, stats.periods.size(), step))
            ticker->addTick(p, periodLabel(stats.periods.at(p).start, granularity));
    }
    plot->xAxis->setTicker(ticker);
    // Slanted, each label ends at its tick (as slantCrowdedLabels() does): turned the other way the
    // newest period's label ran past the plot's right edge, and QCustomPlot leaves such a label out.
    plot->xAxis->setTickLabelRotation(stats.periods.size() > 8 ? -45 : 0);
    plot->xAxis->setRange(-0.5, std::max<double>(stats.periods.size() - 0.5, 0.5));
    plot->xAxis->grid()->setZeroLinePen(Qt::NoPen); // x is the period's index: its 0 is no level
    // A little below 0 %, so that a point at 0 is seen whole above the axis.
    const double topShown = std::min(100.0, std::ceil(top * 1.15 / 5) * 5);
    plot->yAxis->setRange(-topShown * 0.03, topShown);
    plot->yAxis->setLabel(QCoreApplication::translate("ScreeningTrendChart", "Share of interactions (%)"));
}

QPicture ScreeningTrendChart::picture(const ScreeningStats &stats, Granularity granularity, const QString &ruleKey, QSize size)
{
    QCustomPlot plot;
    plot.resize(size);
    configure(&plot, stats, granularity, ruleKey);
    return plotPicture(&plot, size);
}

bool ScreeningTrendChart::savePng(const QString &path)
{
    return m_plot->savePng(path, 0, 0, 2.0);
}

bool ScreeningTrendChart::savePdf(const QString &path)
{
    return m_plot->savePdf(path, 0, 0, QCP::epNoCosmetic, QStringLiteral("ServQA"), tr("Screening"));
}

void ScreeningTrendChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        configure(m_plot, m_stats, m_granularity, m_rule);
        m_plot->replot();
    }
    QWidget::changeEvent(event);
}

} // namespace servqa
