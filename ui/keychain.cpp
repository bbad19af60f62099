#include "keychain.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace servqa::keychain {

namespace {

const QString Service = QStringLiteral("ServQA");

QString problem(const QKeychain::Job &job)
{
    return QCoreApplication::translate("servqa::keychain", "this computer's keychain did not answer (%1)").arg(job.errorString());
}

// Runs `job` (which deletes itself when finished) and hands its outcome to `done` if `context` lives.
template <typename JobType, typename Done>
void run(JobType *job, const QString &address, QObject *context, Done done)
{
    job->setKey(address);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] { done(*job); });
    job->start();
}

} // namespace

void readPassword(const QString &address, QObject *context, std::function<void(Result<QString>)> done)
{
    run(new QKeychain::ReadPasswordJob(Service), address, context, [done = std::move(done)](const QKeychain::Job &job) {
        if (job.error() == QKeychain::EntryNotFound)
            done(QString());
        else if (job.error() != QKeychain::NoError)
            done(Error{problem(job)});
        else
            done(static_cast<const QKeychain::ReadPasswordJob &>(job).textData());
    });
}

void keepPassword(const QString &address, const QString &password, QObject *context, std::function<void(Status)> done)
{
    auto *job = new QKeychain::WritePasswordJob(Service);
    job->setTextData(password);
    run(job, address, context, [done = std::move(done)](const QKeychain::Job &job) {
        done(job.error() == QKeychain::NoError ? success() : Status{Error{problem(job)}});
    });
}

void forgetPassword(const QString &address, QObject *context, std::function<void(Status)> done)
{
    run(new QKeychain::DeletePasswordJob(Service), address, context, [done = std::move(done)](const QKeychain::Job &job) {
        done(job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound ? success() : Status{Error{problem(job)}});
    });
}

} // namespace servqa::keychain
