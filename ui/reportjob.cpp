#include "reportjob.h"

#include "backgroundjob.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QTimer>

#include <memory>

namespace servqa {

namespace {

// Draws the prepared reports one per turn of the event loop, the dialog counting them.
class ReportWriter : public QObject
{
public:
    ReportWriter(QProgressDialog *dialog, QVector<PreparedReport> reports, std::function<void(const Result<QStringList> &)> done)
        : QObject(dialog), m_dialog(dialog), m_reports(std::move(reports)), m_done(std::move(done))
    {
        m_dialog->setRange(0, int(m_reports.size()));
        m_dialog->setValue(0);
        QTimer::singleShot(0, this, &ReportWriter::next);
    }

private:
    void next()
    {
        if (m_dialog->wasCanceled() || m_written.size() == m_reports.size()) {
            finish(m_written);
            return;
        }
        const PreparedReport &report = m_reports.at(m_written.size());
        const auto pages = report.pages(report.path);
        if (!pages) {
            finish(Error{pages.error()});
            return;
        }
        m_written << report.path;
        m_dialog->setValue(int(m_written.size()));
        QTimer::singleShot(0, this, &ReportWriter::next);
    }

    void finish(const Result<QStringList> &result)
    {
        const auto done = m_done;
        m_dialog->deleteLater(); // and this with it
        done(result);
    }

    QProgressDialog *m_dialog;
    QVector<PreparedReport> m_reports;
    QStringList m_written;
    std::function<void(const Result<QStringList> &)> m_done;
};

QProgressDialog *progressDialog(QWidget *parent, const QString &label)
{
    auto *dialog = new QProgressDialog(label, QCoreApplication::translate("ReportJob", "Cancel"), 0, 0, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoReset(false);
    dialog->setAutoClose(false);
    return dialog;
}

} // namespace

void writeReportsInBackground(QWidget *parent, const QString &workspacePath, const QString &label,
                              std::function<Result<QVector<PreparedReport>>(Database &, const std::function<bool(int, int)> &)> prepare,
                              std::function<void(const Result<QStringList> &)> done)
{
    QProgressDialog *dialog = progressDialog(parent, label);
    // Filled on the worker thread, read on the GUI thread after the job's queued succeeded().
    auto prepared = std::make_shared<QVector<PreparedReport>>();
    auto *job = new BackgroundJob(
        workspacePath,
        [prepare, prepared](Database &db, const BackgroundJob::ProgressFn &progress) -> Result<QString> {
            auto reports = prepare(db, [&](int read, int total) { return progress(read, total); });
            if (!reports)
                return Error{reports.error()};
            *prepared = std::move(*reports);
            return QString();
        },
        dialog);
    QObject::connect(dialog, &QProgressDialog::canceled, job, &BackgroundJob::cancel);
    QObject::connect(job, &BackgroundJob::progress, dialog, [dialog](qint64 read, qint64 total) {
        dialog->setRange(0, int(total));
        dialog->setValue(int(read));
    });
    QObject::connect(job, &BackgroundJob::failed, dialog, [dialog, done](const QString &message) {
        dialog->deleteLater();
        done(Error{message});
    });
    QObject::connect(job, &BackgroundJob::succeeded, dialog, [dialog, prepared, done] {
        if (dialog->wasCanceled()) {
            dialog->deleteLater();
            done(QStringList());
            return;
        }
        new ReportWriter(dialog, std::move(*prepared), done);
    });
    job->start();
}

void writeReportInBackground(QWidget *parent, const QString &workspacePath, const QString &label,
                             std::function<Result<ReportPages>(Database &)> prepare, const QString &path,
                             std::function<void(const Result<int> &)> done)
{
    // The number of pages of the one report, kept for `done`.
    auto pageCount = std::make_shared<int>(0);
    writeReportsInBackground(
        parent, workspacePath, label,
        [prepare, path, pageCount](Database &db, const std::function<bool(int, int)> &) -> Result<QVector<PreparedReport>> {
            const auto pages = prepare(db);
            if (!pages)
                return Error{pages.error()};
            ReportPages counted = [pages = *pages, pageCount](const QString &to) -> Result<int> {
                const auto written = pages(to);
                if (written)
                    *pageCount = *written;
                return written;
            };
            return QVector<PreparedReport>{{path, counted}};
        },
        [done, pageCount](const Result<QStringList> &files) {
            if (!files)
                done(Error{files.error()});
            else if (!files->isEmpty())
                done(*pageCount);
        });
}

} // namespace servqa
