#pragma once

#include "visits.h"

#include <QDate>
#include <QWidget>

namespace servqa {

// The visits of a month as a timeline: one row per store, one column per day, each visit's
// date window a bar coloured by its status with the shopper's name on it. Clicking a bar
// chooses the visit; hovering shows it.
class VisitTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit VisitTimeline(QWidget *parent = nullptr);

    void setVisits(const QVector<Visit> &visits, const QDate &month);
    void setCurrentVisit(qint64 visitId);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    static QColor statusColour(VisitStatus status);

signals:
    void visitChosen(qint64 visitId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF barRect(int visitIndex) const;
    int visitAt(const QPoint &pos) const;
    double dayWidth() const;

    QVector<Visit> m_visits;
    QStringList m_stores; // row labels, by code
    QDate m_month;
    qint64 m_current = 0;
};

} // namespace servqa
