// File ▸ Open Demo Workspace (and `servqa --demo`): the demo workspace opened, or built first in
// the background under a name of its own and renamed when whole.

#include "mainwindow.h"
#include "plaintext.h"

#include "appsettings.h"
#include "backgroundjob.h"
#include "demogenerator.h"
#include "demorecordings.h"
#include "screening.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageBox>
#include <QProgressDialog>

namespace servqa {

void MainWindow::openDemoWorkspace()
{
    const QString path = AppSettings::demoWorkspacePath();
    if (QFile::exists(path)) {
        openFromUi(path, Database::OpenMode::OpenExisting);
        emit demoReady();
        return;
    }
    if (m_demoJob)
        return;
    // Built under a temporary name and renamed when complete, so an interrupted build is
    // never mistaken for the demo.
    const QString partial = unfinishedDemoPath(path);
    auto claimed = claimUnfinishedDemo(partial); // held until renamed
    if (!claimed) {
        plain::warning(this, tr("Demo workspace"), claimed.error());
        return;
    }
    std::shared_ptr<QLockFile> claim = std::move(*claimed);
    m_demoJob = new BackgroundJob(partial, Database::OpenMode::CreateIfMissing, [path](Database &db, const BackgroundJob::ProgressFn &progress) -> Result<QString> {
        DemoOptions options;
        options.evaluations = 20000;
        options.ownFile = true;
        const auto summary = generateDemo(db, options, progress);
        if (!summary)
            return Error{summary.error()};
        if (summary->evaluations < options.evaluations)
            return Error{QCoreApplication::translate("MainWindow", "Building the demo was cancelled.")};
        // Screened as if imported, as servqa-cli demo does: the list shows each interaction's
        // risks. The bar stays full meanwhile (a second or two); Cancel still stops it.
        const auto screened = screenWorkspace(db, [&](qint64, qint64) { return progress(options.evaluations, options.evaluations); });
        if (!screened)
            return Error{screened.error()};
        if (screened->cancelled)
            return Error{QCoreApplication::translate("MainWindow", "Building the demo was cancelled.")};
        // A few calls with recordings beside the workspace; the demo works without them.
        if (const auto voiced = addDemoRecordings(db, QFileInfo(path).absolutePath(), 12); !voiced)
            qWarning("%s", qPrintable(voiced.error()));
        return QString();
    }, this);
    auto *progress = new QProgressDialog(tr("Building the demo workspace…"), tr("Cancel"), 0, 1000, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    connect(progress, &QProgressDialog::canceled, m_demoJob, &BackgroundJob::cancel);
    connect(m_demoJob, &BackgroundJob::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setValue(total > 0 ? int(1000 * done / total) : 0);
    });
    auto finish = [this, progress, partial, path, claim](const QString &error) {
        progress->deleteLater();
        m_demoJob->wait(-1); // the job's connection is closed when its thread ends
        m_demoJob->deleteLater();
        const bool renamed = error.isEmpty() && QFile::rename(partial, path);
        claim->unlock();
        if (renamed) {
            openFromUi(path, Database::OpenMode::OpenExisting);
            emit demoReady();
        } else if (!error.isEmpty()) {
            plain::warning(this, tr("Demo workspace"), error);
        } else {
            plain::warning(this, tr("Demo workspace"), tr("The demo workspace was built as %1 but could not be named %2.").arg(partial, path));
        }
    };
    connect(m_demoJob, &BackgroundJob::succeeded, this, [finish] { finish(QString()); });
    connect(m_demoJob, &BackgroundJob::failed, this, finish);
    m_demoJob->start();
}

} // namespace servqa
