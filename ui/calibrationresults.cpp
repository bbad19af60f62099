// The Calibration page's results: the comparison, the inspectors with the agreement statistics, the
// session's trail, and the drift with who is outside the tolerance (the rest of the page is calibrationpage.cpp).
#include "calibrationcells.h"
#include "calibrationpage.h"
#include "calibrationtrail.h"
#include "charts/calibrationdriftchart.h"
#include "listtables.h"
#include "session.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace servqa {

using namespace calibrationcells;

void CalibrationPage::fillComparison()
{
    m_comparison->clear();
    m_comparison->setRowCount(0);
    m_comparison->setColumnCount(0);
    if (!m_compared) {
        m_comparisonMessage->setText(m_refusal);
        m_comparisonMessage->setStyleSheet(QString());
        return;
    }
    const CalibrationComparison &c = *m_compared;
    const int people = int(c.session.participants.size());
    QStringList headers{tr("Interaction"), tr("Item"), tr("Dimension")};
    for (const CalibrationParticipant &p : c.session.participants)
        headers << p.name;
    headers << tr("Spread") << tr("Agreement") << tr("Consensus");
    m_comparison->setColumnCount(int(headers.size()));
    m_comparison->setHorizontalHeaderLabels(headers);
    m_comparison->setRowCount(int(c.rows.size()));
    for (int r = 0; r < c.rows.size(); ++r) {
        const CalibrationItemRow &row = c.rows[r];
        const FormItem *item = c.form.findItem(row.itemKey);
        m_comparison->setItem(r, 0, cell(interactionLabel(row.interactionId), r));
        m_comparison->setItem(r, 1, cell(row.itemText));
        for (int column : {0, 1})
            m_comparison->item(r, column)->setToolTip(plainTip(m_comparison->item(r, column)->text()));
        m_comparison->setItem(r, 2, cell(dimensionName(row.dimension)));
        for (int p = 0; p < people; ++p) {
            const auto &a = row.answers[p];
            QTableWidgetItem *answer = cell(a && item ? formatAnswer(*item, *a) : QStringLiteral("—"));
            if (a && row.consensus && (a->notApplicable != row.consensus->notApplicable || (!a->notApplicable && a->value != row.consensus->value)))
                answer->setBackground(Differs);
            if (a && !a->comment.isEmpty())
                answer->setToolTip(plainTip(a->comment));
            m_comparison->setItem(r, 3 + p, answer);
        }
        m_comparison->setItem(r, 3 + people, cell(row.spread ? QLocale().toString(*row.spread, 'g', 4) : QStringLiteral("—")));
        m_comparison->setItem(r, 4 + people, cell(share(row.agreement)));
        QTableWidgetItem *consensus = cell(row.consensus && item ? formatAnswer(*item, *row.consensus) : QStringLiteral("—"));
        if (!row.consensusProposed) {
            QFont bold = consensus->font();
            bold.setBold(true);
            consensus->setFont(bold);
            consensus->setToolTip(plainTip(tr("Set by the lead: %1").arg(row.consensusReason)));
        } else {
            consensus->setToolTip(c.session.status == CalibrationStatus::Closed ? tr("Proposed: the most frequent choice, or the median")
                                                                                : tr("Proposed so far; the lead sets it after closing"));
        }
        m_comparison->setItem(r, 5 + people, consensus);
    }
    fitColumns(m_comparison);
    // The consensus, in the last column, stays in sight on a laptop: long labels are cut (their
    // tooltips hold them whole), answers need little room.
    m_comparison->setColumnWidth(0, std::min(m_comparison->columnWidth(0), 220));
    m_comparison->setColumnWidth(1, std::min(m_comparison->columnWidth(1), 230));
    for (int p = 0; p < people; ++p)
        m_comparison->setColumnWidth(3 + p, std::min(m_comparison->columnWidth(3 + p), 100));
    int split = 0;
    for (const CalibrationItemRow &row : c.rows)
        split += row.agreement && *row.agreement < 1 ? 1 : 0;
    m_comparisonMessage->setStyleSheet(QString());
    m_comparisonMessage->setText(tr("%1 of %2 items answered differently, the least agreement first. Red: not the consensus; bold: "
                                    "a consensus the lead set.")
                                     .arg(split)
                                     .arg(c.rows.size()));
}

void CalibrationPage::fillInspectors()
{
    m_inspectors->setRowCount(0);
    m_statistics->setRowCount(0);
    QStringList headers{tr("Inspector"), tr("Interactions"), tr("Deviation (points)"), tr("Mean |deviation|"), tr("Items as consensus"),
                        tr("Tolerance")};
    for (Dimension d : AllDimensions)
        headers << dimensionName(d);
    m_inspectors->setHorizontalHeaderLabels(headers);
    const QString tolerance = QLocale().toString(m_tolerance, 'g', 4);
    if (!m_compared) {
        m_inspectorsNote->setText(m_refusal);
        return;
    }
    m_inspectorsNote->setText(tr("Each inspector's score minus the consensus score, in points of 100 (the consensus answers scored like "
                                 "an evaluation), over the interactions they handed in; red: outside ± %1 points.")
                                  .arg(tolerance));
    const CalibrationComparison &c = *m_compared;
    m_inspectors->setRowCount(int(c.inspectors.size()));
    for (int r = 0; r < c.inspectors.size(); ++r) {
        const InspectorDeviation &d = c.inspectors[r];
        const bool outside = d.points && std::abs(*d.points) > m_tolerance;
        m_inspectors->setItem(r, 0, cell(d.name, d.inspectorId));
        m_inspectors->setItem(r, 1, cell(QString::number(d.interactions)));
        m_inspectors->setItem(r, 2, cell(signedPoints(d.points)));
        m_inspectors->setItem(r, 3, cell(formatNumber(d.absolutePoints, 1)));
        m_inspectors->setItem(r, 4, cell(share(d.matching)));
        m_inspectors->setItem(r, 5, cell(!d.points ? QStringLiteral("—") : outside ? tr("outside ± %1").arg(tolerance) : tr("within ± %1").arg(tolerance)));
        for (int i = 0; i < DimensionCount; ++i)
            m_inspectors->setItem(r, 6 + i, cell(signedPoints(d.dimensions[i])));
        if (outside) {
            for (int col = 0; col < m_inspectors->columnCount(); ++col)
                m_inspectors->item(r, col)->setForeground(QColor(0xb0, 0x00, 0x20));
        }
    }
    fitColumns(m_inspectors);
    m_statistics->setRowCount(int(c.statistics.size()));
    for (int r = 0; r < c.statistics.size(); ++r) {
        const CalibrationStatistic &s = c.statistics[r];
        m_statistics->setItem(r, 0, cell(s.group));
        m_statistics->setItem(r, 1, cell(s.name));
        m_statistics->setItem(r, 2, cell(s.value.value ? QLocale().toString(*s.value.value, 'f', 3) : tr("undefined")));
        m_statistics->setItem(r, 3, cell(QString::number(s.units)));
        QTableWidgetItem *reading = cell(s.reading);
        reading->setToolTip(plainTip(s.reading));
        m_statistics->setItem(r, 4, reading);
    }
    fitColumns(m_statistics);
}

void CalibrationPage::fillDrift()
{
    m_toleranceBox->blockSignals(true);
    m_toleranceBox->setValue(m_tolerance);
    m_toleranceBox->blockSignals(false);
    m_chart->setDrift(m_drift, m_tolerance);
    // The latest session of each inspector, and who is outside the band there.
    struct Latest
    {
        QString name;
        int sessions = 0;
        CalibrationDriftPoint last;
    };
    QVector<qint64> order;
    QHash<qint64, Latest> latest;
    for (const CalibrationDriftPoint &p : m_drift) {
        if (!latest.contains(p.inspectorId))
            order << p.inspectorId;
        Latest &l = latest[p.inspectorId];
        l.name = p.inspectorName;
        ++l.sessions;
        l.last = p;
    }
    const QString tolerance = QLocale().toString(m_tolerance, 'g', 4);
    m_driftTable->setRowCount(int(order.size()));
    QStringList drifting;
    for (int r = 0; r < order.size(); ++r) {
        const Latest &l = latest[order[r]];
        const bool outside = l.last.points && std::abs(*l.last.points) > m_tolerance;
        if (outside)
            drifting << tr("%1 (%2 in %3)").arg(l.name, signedPoints(l.last.points), l.last.sessionName);
        m_driftTable->setItem(r, 0, cell(l.name));
        m_driftTable->setItem(r, 1, cell(QString::number(l.sessions)));
        m_driftTable->setItem(r, 2, cell(signedPoints(l.last.points)));
        m_driftTable->setItem(r, 3, cell(share(l.last.matching)));
        m_driftTable->setItem(r, 4, cell(outside ? tr("outside ± %1").arg(tolerance) : tr("within ± %1").arg(tolerance)));
        if (outside) {
            for (int col = 0; col < 5; ++col)
                m_driftTable->item(r, col)->setForeground(QColor(0xb0, 0x00, 0x20));
        }
    }
    fitColumns(m_driftTable);
    if (m_drift.isEmpty()) {
        m_banner->setStyleSheet(QString());
        m_banner->setText(m_session.isOpen() && !m_all.isEmpty() ? tr("Drift shows once a session's scoring is closed.") : QString());
    } else if (drifting.isEmpty()) {
        m_banner->setStyleSheet(QString::fromLatin1(OkStyle));
        m_banner->setText(tr("Every inspector is within ± %1 points of the consensus in their latest session.").arg(tolerance));
    } else {
        m_banner->setStyleSheet(QString::fromLatin1(ErrorStyle));
        m_banner->setText(tr("Outside ± %1 points of the consensus in their latest session: %2").arg(tolerance, drifting.join(QStringLiteral("; "))));
    }
}

// Every step of the session, oldest first: who created it, each scoring handed in (a blind
// session's scores only to their authors until it closes), the close, every consensus and why.
void CalibrationPage::fillTrail(const CalibrationSession *session)
{
    m_trail->setRowCount(0);
    if (!session)
        return;
    const auto log = Calibration(*m_session.database(), m_session.userId()).log(session->id);
    if (!log) {
        m_trail->setRowCount(1);
        m_trail->setItem(0, 0, cell(log.error()));
        return;
    }
    const auto form = Calibration(*m_session.database(), m_session.userId()).form(session->id);
    m_trail->setRowCount(int(log->size()));
    for (int r = 0; r < log->size(); ++r) {
        const CalibrationLogEntry &e = (*log)[r];
        const FormItem *item = form && !e.itemKey.isEmpty() ? form->findItem(e.itemKey) : nullptr;
        m_trail->setItem(r, 0, cell(formatDateTime(e.at)));
        m_trail->setItem(r, 1, cell(e.userName));
        m_trail->setItem(r, 2, cell(calibrationActionName(e.action)));
        for (const auto &[column, text] : {std::pair{3, e.interactionId ? interactionLabel(*e.interactionId) : QString()},
                                           std::pair{4, item ? item->text : e.itemKey}}) {
            QTableWidgetItem *c = cell(text);
            c->setToolTip(plainTip(text));
            m_trail->setItem(r, column, c);
        }
        m_trail->setItem(r, 5, cell(calibrationStepValue(e, item)));
        QTableWidgetItem *note = cell(calibrationStepNote(e, *session));
        note->setToolTip(plainTip(note->text()));
        m_trail->setItem(r, 6, note);
    }
    fitColumns(m_trail);
    // The lead's reasons, in the last column, stay in sight: long labels are cut (their tooltips
    // and the report hold them whole).
    for (const auto &[column, widest] : {std::pair{3, 210}, std::pair{4, 180}})
        m_trail->setColumnWidth(column, std::min(m_trail->columnWidth(column), widest));
}

} // namespace servqa
