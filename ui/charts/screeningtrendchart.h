#pragma once

#include "screeningstats.h"

#include <QPicture>
#include <QWidget>

class QCustomPlot;

namespace servqa {

// Screening over time (the Dashboards' Screening tab, the `screening` report): per period, the
// share of the screened interactions flagged as a risk and, for a chosen rule, the share of the
// interactions it could read that it matched. Hover names the period and the counts; a click on a
// period asks for its interactions.
class ScreeningTrendChart : public QWidget
{
    Q_OBJECT

public:
    explicit ScreeningTrendChart(QWidget *parent = nullptr);
    ~ScreeningTrendChart() override;

    // `ruleKey` empty: the flag rate alone.
    void setStats(const ScreeningStats &stats, Granularity granularity, const QString &ruleKey);
    QCustomPlot *plot() const { return m_plot; }
    bool savePng(const QString &path);
    bool savePdf(const QString &path); // vector
    static void configure(QCustomPlot *plot, const ScreeningStats &stats, Granularity granularity, const QString &ruleKey);
    // The chart for a PDF report, at `size` in 96-dpi units (plotPicture).
    static QPicture picture(const ScreeningStats &stats, Granularity granularity, const QString &ruleKey, QSize size);
    // "2026-03-30" (a week by its first day), "2026-04", "2026 Q2"
    static QString periodLabel(const QDate &start, Granularity granularity);

signals:
    void periodClicked(int period);

protected:
    void changeEvent(QEvent *event) override;

private:
    QCustomPlot *m_plot;
    ScreeningStats m_stats;
    Granularity m_granularity = Granularity::Month;
    QString m_rule;
};

} // namespace servqa
