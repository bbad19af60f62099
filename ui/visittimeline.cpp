#include "visittimeline.h"

#include "formatting.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace servqa {

namespace {

constexpr int LabelWidth = 150;
constexpr int HeaderHeight = 22;
constexpr int RowHeight = 24;
constexpr int LegendHeight = 44; // what the colours mean, under the rows: two lines at most

} // namespace

VisitTimeline::VisitTimeline(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

QColor VisitTimeline::statusColour(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Planned: return QColor(0xb0, 0xb7, 0xc0);
    case VisitStatus::Assigned: return QColor(0x6b, 0x9b, 0xd1);
    case VisitStatus::InProgress: return QColor(0xf0, 0xad, 0x4e);
    case VisitStatus::Submitted: return QColor(0x9b, 0x72, 0xcf);
    case VisitStatus::Validated: return QColor(0x4c, 0xae, 0x4f);
    case VisitStatus::Rejected: return QColor(0xd9, 0x53, 0x4f);
    }
    return Qt::gray;
}

void VisitTimeline::setVisits(const QVector<Visit> &visits, const QDate &month)
{
    m_visits = visits;
    m_month = QDate(month.year(), month.month(), 1);
    m_stores.clear();
    for (const Visit &v : visits) {
        const QString label = v.siteCode + QStringLiteral("  ") + v.siteName;
        if (!m_stores.contains(label))
            m_stores << label;
    }
    m_stores.sort();
    updateGeometry();
    update();
}

void VisitTimeline::setCurrentVisit(qint64 visitId)
{
    m_current = visitId;
    update();
}

QSize VisitTimeline::sizeHint() const
{
    return {LabelWidth + 31 * 22, HeaderHeight + int(std::max<qsizetype>(4, m_stores.size())) * RowHeight + 4 + LegendHeight};
}

QSize VisitTimeline::minimumSizeHint() const
{
    return {LabelWidth + 31 * 5, HeaderHeight + 4 * RowHeight + LegendHeight};
}

double VisitTimeline::dayWidth() const
{
    return std::max(5.0, double(width() - LabelWidth - 4) / std::max(1, m_month.daysInMonth()));
}

QRectF VisitTimeline::barRect(int i) const
{
    const Visit &v = m_visits[i];
    const int row = int(m_stores.indexOf(v.siteCode + QStringLiteral("  ") + v.siteName));
    const QDate first = m_month, last = m_month.addMonths(1).addDays(-1);
    const QDate from = std::max(v.windowFrom, first), to = std::min(v.windowTo, last);
    if (row < 0 || from > to)
        return {};
    const double w = dayWidth();
    return QRectF(LabelWidth + first.daysTo(from) * w + 1, HeaderHeight + row * RowHeight + 3, (from.daysTo(to) + 1) * w - 2,
                  RowHeight - 6);
}

int VisitTimeline::visitAt(const QPoint &pos) const
{
    for (int i = 0; i < m_visits.size(); ++i) {
        if (barRect(i).contains(pos))
            return i;
    }
    return -1;
}

void VisitTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const double w = dayWidth();
    const int days = m_month.isValid() ? m_month.daysInMonth() : 30;
    const QColor grid = palette().color(QPalette::Mid);
    // Day numbers, weekends shaded, today marked.
    for (int d = 0; d < days; ++d) {
        const QDate day = m_month.addDays(d);
        const QRectF column(LabelWidth + d * w, 0, w, height());
        if (day.dayOfWeek() >= 6)
            p.fillRect(column.adjusted(0, HeaderHeight, 0, 0), palette().color(QPalette::AlternateBase));
        // Every day's number when there is room, else the 1st and every fifth.
        const bool label = w >= fontMetrics().horizontalAdvance(QStringLiteral("30")) + 4 || d == 0 || (d + 1) % 5 == 0;
        p.setPen(palette().color(QPalette::Text));
        if (label)
            p.drawText(QRectF(column.left() - 6, 0, w + 12, HeaderHeight), Qt::AlignCenter, QString::number(d + 1));
        if (day == QDate::currentDate()) {
            p.setPen(QPen(QColor(0xd9, 0x53, 0x4f), 2));
            p.drawLine(QPointF(column.center().x(), HeaderHeight), QPointF(column.center().x(), height()));
        }
    }
    p.setPen(QPen(grid, 0.5));
    for (int r = 0; r <= m_stores.size(); ++r)
        p.drawLine(QPointF(0, HeaderHeight + r * RowHeight), QPointF(width(), HeaderHeight + r * RowHeight));
    p.setPen(palette().color(QPalette::Text));
    for (int r = 0; r < m_stores.size(); ++r)
        p.drawText(QRectF(4, HeaderHeight + r * RowHeight, LabelWidth - 8, RowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(m_stores[r], Qt::ElideRight, LabelWidth - 8));
    for (int i = 0; i < m_visits.size(); ++i) {
        const QRectF bar = barRect(i);
        if (bar.isEmpty())
            continue;
        const Visit &v = m_visits[i];
        p.setPen(v.id == m_current ? QPen(palette().color(QPalette::Highlight), 2.5) : QPen(statusColour(v.status).darker(130), 1));
        p.setBrush(statusColour(v.status));
        p.drawRoundedRect(bar, 4, 4);
        // The shopper's name, or its first word ("马丽" of "马丽 Ma Li"), or nothing: a bar of "…"
        // says nothing (the tooltip has it all).
        const int room = int(bar.width()) - 6;
        QString name = v.shopperName;
        if (fontMetrics().horizontalAdvance(name) > room)
            name = name.section(QLatin1Char(' '), 0, 0);
        if (fontMetrics().horizontalAdvance(name) <= room) {
            p.setPen(Qt::white);
            p.drawText(bar.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft, name);
        }
    }
    // The legend: each status's colour, and the line of today.
    double x = 4;
    double y = HeaderHeight + std::max<qsizetype>(4, m_stores.size()) * RowHeight + 4;
    auto wrap = [&] { x = 4, y += 20; }; // on to a second line in a narrow pane
    p.setPen(palette().color(QPalette::Text));
    for (VisitStatus status : {VisitStatus::Planned, VisitStatus::Assigned, VisitStatus::InProgress, VisitStatus::Submitted,
                               VisitStatus::Validated, VisitStatus::Rejected}) {
        if (x > 4 && x + 18 + fontMetrics().horizontalAdvance(visitStatusName(status)) > width())
            wrap();
        p.setBrush(statusColour(status));
        p.setPen(QPen(statusColour(status).darker(130), 1));
        p.drawRoundedRect(QRectF(x, y + 3, 14, 12), 3, 3);
        p.setPen(palette().color(QPalette::Text));
        const QString text = visitStatusName(status);
        p.drawText(QRectF(x + 18, y, fontMetrics().horizontalAdvance(text) + 2, 18), Qt::AlignVCenter | Qt::AlignLeft, text);
        x += 18 + fontMetrics().horizontalAdvance(text) + 16;
    }
    if (x + 10 + fontMetrics().horizontalAdvance(tr("today")) > width())
        wrap();
    p.setPen(QPen(QColor(0xd9, 0x53, 0x4f), 2));
    p.drawLine(QPointF(x + 4, y + 2), QPointF(x + 4, y + 16));
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(x + 10, y, width() - x, 18), Qt::AlignVCenter | Qt::AlignLeft, tr("today"));
}

void VisitTimeline::mousePressEvent(QMouseEvent *event)
{
    const int i = visitAt(event->position().toPoint());
    if (i >= 0) {
        m_current = m_visits[i].id;
        update();
        emit visitChosen(m_current);
    }
}

bool VisitTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = visitAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
        } else {
            const Visit &v = m_visits[i];
            // Names are data: escaped, never read as markup.
            const QString text = tr("%1, %2 to %3\n%4 · %5").arg(v.siteName, formatDate(v.windowFrom),
                                                              formatDate(v.windowTo),
                                                              v.shopperName.isEmpty() ? tr("no shopper yet") : v.shopperName,
                                                              visitStatusName(v.status));
            QToolTip::showText(help->globalPos(), QStringLiteral("<p style='white-space:pre'>%1</p>").arg(text.toHtmlEscaped()), this);
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace servqa
