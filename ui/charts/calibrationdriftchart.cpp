#include "calibrationdriftchart.h"

#include "formatting.h"
#include "plaintext.h"

#include <QEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace servqa {

namespace {

// Distinct colours for up to ten inspectors, then again.
QColor inspectorColour(int i)
{
    static const QColor colours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c), QColor(0xff, 0x7f, 0x0e),
                                     QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
                                     QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
    return colours[i % 10];
}

// The sessions in order (x = 0, 1, …) and the inspectors in order of first appearance.
struct Layout
{
    QVector<qint64> sessions;
    QStringList sessionLabels;
    QVector<qint64> inspectors;
    QStringList inspectorNames;
};

Layout layoutOf(const QVector<CalibrationDriftPoint> &points)
{
    Layout l;
    for (const CalibrationDriftPoint &p : points) {
        if (!l.sessions.contains(p.sessionId)) {
            l.sessions << p.sessionId;
            l.sessionLabels << p.sessionName + QLatin1Char('\n') + formatDate(p.closedAt.toLocalTime().date());
        }
        if (!l.inspectors.contains(p.inspectorId)) {
            l.inspectors << p.inspectorId;
            l.inspectorNames << p.inspectorName;
        }
    }
    return l;
}

} // namespace

CalibrationDriftChart::CalibrationDriftChart(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        // The nearest point within a few pixels.
        const Layout l = layoutOf(m_points);
        double best = 12;
        const CalibrationDriftPoint *found = nullptr;
        for (const CalibrationDriftPoint &p : m_points) {
            if (!p.points)
                continue;
            const double x = m_plot->xAxis->coordToPixel(l.sessions.indexOf(p.sessionId));
            const double y = m_plot->yAxis->coordToPixel(*p.points);
            const double d = std::hypot(x - event->position().x(), y - event->position().y());
            if (d < best) {
                best = d;
                found = &p;
            }
        }
        if (!found) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(event->globalPosition().toPoint(),
                           plainTip(tr("%1 in %2: %3 points from consensus, %4 of items as the consensus")
                                        .arg(found->inspectorName, found->sessionName, formatNumber(found->points, 1),
                                             formatPercent(found->matching ? std::optional<double>(*found->matching * 100) : std::nullopt))),
                           m_plot);
    });
    configure(m_plot, {}, m_tolerance);
}

CalibrationDriftChart::~CalibrationDriftChart() = default;

int CalibrationDriftChart::inspectorCount() const
{
    return int(layoutOf(m_points).inspectors.size());
}

void CalibrationDriftChart::setDrift(const QVector<CalibrationDriftPoint> &points, double tolerance)
{
    m_points = points;
    m_tolerance = tolerance;
    configure(m_plot, m_points, m_tolerance);
    m_plot->replot();
}

void CalibrationDriftChart::configure(QCustomPlot *plot, const QVector<CalibrationDriftPoint> &points, double tolerance)
{
    plot->clearGraphs();
    plot->clearItems();
    const Layout l = layoutOf(points);
    plot->legend->setVisible(!l.inspectors.isEmpty());
    plot->legend->setFont(plot->font());
    // The legend under the axes: inside them it covered the oldest sessions' points.
    if (plot->plotLayout()->rowCount() == 1) {
        plot->plotLayout()->addElement(1, 0, plot->legend);
        plot->plotLayout()->setRowStretchFactor(1, 0.001);
        plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        plot->legend->setWrap(5);
        plot->legend->setBorderPen(Qt::NoPen);
    }
    // The tolerance band first, under the lines.
    auto *band = new QCPItemRect(plot);
    band->topLeft->setType(QCPItemPosition::ptPlotCoords);
    band->bottomRight->setType(QCPItemPosition::ptPlotCoords);
    band->topLeft->setCoords(-1, tolerance);
    band->bottomRight->setCoords(std::max<qsizetype>(l.sessions.size(), 1), -tolerance);
    band->setPen(Qt::NoPen);
    band->setBrush(QColor(46, 160, 67, 40));
    band->setClipToAxisRect(true);
    double extent = tolerance * 2;
    for (int i = 0; i < l.inspectors.size(); ++i) {
        QCPGraph *g = plot->addGraph();
        g->setName(l.inspectorNames[i]);
        g->setPen(QPen(inspectorColour(i), 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 7));
        for (const CalibrationDriftPoint &p : points) {
            if (p.inspectorId != l.inspectors[i] || !p.points)
                continue;
            g->addData(l.sessions.indexOf(p.sessionId), *p.points);
            extent = std::max(extent, std::abs(*p.points) * 1.15);
        }
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int s = 0; s < l.sessions.size(); ++s)
        ticker->addTick(s, l.sessionLabels[s]);
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(-0.5, std::max<double>(l.sessions.size() - 0.5, 0.5));
    plot->yAxis->setRange(-extent, extent);
    plot->yAxis->setLabel(QCoreApplication::translate("CalibrationDriftChart", "Deviation from consensus (points)"));
    plot->xAxis->setLabel(QCoreApplication::translate("CalibrationDriftChart", "Closed sessions, oldest first; the band is ± %1 points")
                              .arg(QLocale().toString(tolerance, 'g', 4)));
}

void CalibrationDriftChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        configure(m_plot, m_points, m_tolerance);
        m_plot->replot();
    }
    QWidget::changeEvent(event);
}

} // namespace servqa
