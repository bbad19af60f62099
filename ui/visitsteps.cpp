// The steps on the chosen visit (ui/visitspage.h) that leave the page: its review, the package a
// shopper fills away from the workspace, its PDF report, and a corrective action on it.
#include "visitspage.h"
#include "plaintext.h"

#include "report/auditreports.h"
#include "session.h"
#include "visitpackage.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace servqa {

void VisitsPage::validateSelected()
{
    Database *db = m_session.database();
    if (!db || m_currentId == 0)
        return;
    if (const Status s = VisitService(*db, userId()).validate(m_currentId); !s)
        plain::warning(this, tr("Validate"), s.error());
    m_session.notifyDataChanged();
}

void VisitsPage::rejectSelected()
{
    Database *db = m_session.database();
    if (!db || m_currentId == 0)
        return;
    bool ok = false;
    const QString reason = plain::getMultiLineText(this, tr("Reject the visit"), tr("Why is the visit rejected?"), QString(), &ok);
    if (!ok)
        return;
    if (const Status s = VisitService(*db, userId()).reject(m_currentId, reason); !s)
        plain::warning(this, tr("Reject the visit"), s.error());
    reload();
}

void VisitsPage::exportPackage()
{
    Database *db = m_session.database();
    if (!db || m_currentId == 0)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("visit-%1.servqa-visit").arg(m_currentId));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the visit package"), suggested, tr("Visit packages (*.servqa-visit)"));
    if (path.isEmpty())
        return;
    if (const Status s = exportVisitPackage(*db, userId(), m_currentId, path); !s) {
        plain::warning(this, tr("Export the visit package"), s.error());
        return;
    }
    // The shopper signs the filled package with their own key: given by hand, never with the package.
    const auto v = VisitService(*db, userId()).visit(m_currentId);
    const auto key = v && v->shopperId ? shopperKey(*db, userId(), *v->shopperId) : Result<QString>(Error{QString()});
    QMessageBox box(QMessageBox::Information, tr("Export the visit package"),
                    tr("Saved %1. Send it to %2.").arg(path, v ? v->shopperName : QString()), QMessageBox::Ok, this);
    if (key)
        box.setInformativeText(tr("The first time they open a package, %1 types their shopper key, which you give them yourself "
                                  "(in person or by phone — not with the package): %2")
                                   .arg(v->shopperName, *key));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    plain::plainTexts(box); // the file's and the shopper's names as written
    box.exec();
}

void VisitsPage::importPackage()
{
    Database *db = m_session.database();
    if (!db)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a filled visit package"), QString(),
                                                      tr("Visit packages (*.servqa-visit);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto visit = importVisitPackage(*db, userId(), path);
    if (!visit) {
        plain::warning(this, tr("Import a filled visit package"), visit.error());
        return;
    }
    m_currentId = *visit;
    m_session.notifyDataChanged();
}

void VisitsPage::saveFilledPackage()
{
    Database *db = m_session.database();
    if (!db)
        return;
    const QString source = packageSource(*db);
    const QFileInfo info(source);
    const QString suggested = info.dir().filePath(tr("%1-filled.servqa-visit").arg(info.completeBaseName()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the filled package"), suggested, tr("Visit packages (*.servqa-visit)"));
    if (path.isEmpty())
        return;
    if (const Status s = writeFilledPackage(*db, path); !s)
        plain::warning(this, tr("Save the filled package"), s.error());
    else
        plain::information(this, tr("Save the filled package"), tr("Saved. Send %1 to your QA lead.").arg(path));
}

void VisitsPage::exportReport()
{
    Database *db = m_session.database();
    if (!db || m_currentId == 0)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("visit-%1.pdf").arg(m_currentId));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the visit report"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto pages = writeVisitReport(*db, m_currentId, path, reportOptions(m_session));
    QApplication::restoreOverrideCursor();
    if (!pages)
        plain::warning(this, tr("Report not written"), pages.error());
}

void VisitsPage::raiseActionOnSelected()
{
    const Visit *v = nullptr;
    for (const Visit &candidate : std::as_const(m_visits)) {
        if (candidate.id == m_currentId)
            v = &candidate;
    }
    if (!v)
        return;
    // The store, the checklist's overall score as the measure: visits are monthly, so the periods
    // are three months each — before, to the end of the visit's window; after, from the due date.
    const QDate end = v->windowTo;
    ActionDraft d;
    d.origin = {ActionSource::Visit, v->id, QString(),
                tr("Visit %1 to %2, %3: %4").arg(v->id).arg(v->siteName, end.toString(Qt::ISODate), visitStatusName(v->status))};
    d.siteId = v->siteId;
    d.due = QDate::currentDate().addDays(14);
    d.measure.kind = MeasureKind::Score;
    d.measure.formId = v->formId;
    d.measure.before = {end.addDays(-89), end};
    d.measure.after = {d.due.addDays(1), d.due.addDays(90)};
    emit actionRequested(d);
}

} // namespace servqa
