// The steps on the chosen evaluation (ui/evaluationspage.h): acknowledge, dispute, resolve the
// disputes, its PDF report, and a corrective action on it.
#include "evaluationspage.h"
#include "plaintext.h"

#include "disputedialogs.h"
#include "evaluationlistmodel.h"
#include "evaluationworkflow.h"
#include "formrepository.h"
#include "report/auditreports.h"
#include "session.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>

namespace servqa {

void EvaluationsPage::afterAction(qint64 evaluationId)
{
    m_keepSelected = evaluationId;
    m_session.notifyDataChanged();
}

void EvaluationsPage::acknowledgeSelected()
{
    Evaluation e;
    if (!selectedForm(&e))
        return;
    if (const Status s = EvaluationWorkflow(*m_session.database(), m_session.userId()).acknowledge(e.id); !s) {
        plain::warning(this, tr("Cannot acknowledge"), s.error());
        return;
    }
    afterAction(e.id);
}

void EvaluationsPage::disputeSelected()
{
    Evaluation e;
    const Form *form = selectedForm(&e);
    if (!form)
        return;
    DisputeDialog dialog(*form, e, this);
    EvaluationWorkflow workflow(*m_session.database(), m_session.userId());
    while (dialog.exec() == QDialog::Accepted) {
        if (const Status s = workflow.dispute(e.id, dialog.requests()); !s) {
            dialog.showError(s.error()); // stays open with what was typed
            continue;
        }
        afterAction(e.id);
        return;
    }
}

void EvaluationsPage::resolveSelected()
{
    Evaluation e;
    const Form *form = selectedForm(&e);
    if (!form)
        return;
    EvaluationWorkflow workflow(*m_session.database(), m_session.userId());
    const auto all = workflow.disputes(e.id);
    if (!all)
        return;
    QVector<Dispute> open;
    for (const Dispute &d : *all) {
        if (d.isOpen())
            open.push_back(d);
    }
    ResolveDialog dialog(*form, open, this);
    while (dialog.exec() == QDialog::Accepted) {
        const auto decisions = dialog.decisions();
        const Status s = decisions ? workflow.resolveDisputes(*decisions) : Status(Error{decisions.error()});
        if (!s) {
            dialog.showError(s.error());
            continue;
        }
        afterAction(e.id);
        return;
    }
}

void EvaluationsPage::exportReport()
{
    const EvaluationRow *row = m_model->rowAt(m_view->currentIndex().row());
    if (!row || !m_session.isOpen())
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("evaluation-%1.pdf").arg(row->id));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the evaluation report"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto pages = writeEvaluationReport(*m_session.database(), row->id, path, reportOptions(m_session));
    QApplication::restoreOverrideCursor();
    if (!pages)
        plain::warning(this, tr("Report not written"), pages.error());
}

void EvaluationsPage::raiseActionOnSelected()
{
    Evaluation e;
    const Form *form = selectedForm(&e);
    const EvaluationRow *row = m_model->rowAt(m_view->currentIndex().row());
    if (!form || !row)
        return;
    // The evaluation's store, its form's overall score as the measure: the four weeks up to the
    // evaluation before, four weeks after the due date after.
    const QDate day = e.occurredAt.date();
    ActionDraft d;
    d.origin = {ActionSource::Evaluation, e.id, QString(),
                tr("Evaluation %1 of %2, %3: %4")
                    .arg(e.id)
                    .arg(row->staffName.isEmpty() ? row->siteName : row->staffName, day.toString(Qt::ISODate),
                         row->autoFailed ? tr("auto-failed") : evaluationStatusName(e.status))};
    d.siteId = e.siteId;
    d.due = QDate::currentDate().addDays(14);
    d.measure.kind = MeasureKind::Score;
    d.measure.formId = form->formId;
    d.measure.before = {day.addDays(-27), day};
    d.measure.after = {d.due.addDays(1), d.due.addDays(28)};
    emit actionRequested(d);
}

} // namespace servqa
