#include "outputfile.h"

#include "sqlitefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStorageInfo>

#include <sys/stat.h>

namespace servqa {

namespace {

// Sentences for the user, translated in the "OutputFile" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
};

// The same file, whatever the spelling of its path (links, "..", a hard link).
bool sameFile(const QString &a, const QString &b)
{
    struct stat sa {}, sb {};
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 || ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

} // namespace

Status checkOutputPath(const QString &path, const QStringList &protectedFiles)
{
    if (path.trimmed().isEmpty())
        return Error{Text::tr("No file name was given for the output.")};
    const QFileInfo info(path);
    for (const QString &kept : protectedFiles) {
        if (kept.isEmpty())
            continue;
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            const QString other = kept + QLatin1String(suffix);
            const bool same = sameFile(path, other)
                              || (!info.canonicalFilePath().isEmpty() && info.canonicalFilePath() == QFileInfo(other).canonicalFilePath())
                              || info.absoluteFilePath() == QFileInfo(other).absoluteFilePath();
            if (same)
                return Error{Text::tr("%1 is the open workspace (or one of its files): writing there would destroy it. Choose another "
                                "file name.")
                                 .arg(path)};
        }
    }
    // A database's log, shared memory or journal has no header of its own but is part of it: put
    // in its place, another file would cost the database the work it holds there.
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal")}) {
        const QString database = path.endsWith(suffix) ? path.chopped(suffix.size()) : QString();
        if (!database.isEmpty() && QFileInfo(database).isFile() && hasSqliteHeader(database))
            return Error{Text::tr("%1 belongs to the database %2 (a ServQA workspace, perhaps): ServQA will not write there. Choose another "
                                  "file name.")
                             .arg(path, database)};
    }
    if (info.exists() || info.isSymLink()) {
        if (info.isDir())
            return Error{Text::tr("%1 is a folder: give a file name.").arg(path)};
        if (!info.isFile())
            return Error{Text::tr("%1 is not an ordinary file (a device or a pipe, say): ServQA writes only to ordinary files.").arg(path)};
        if (hasSqliteHeader(path))
            return Error{Text::tr("%1 is a database (a ServQA workspace, perhaps): ServQA will not write over it. Choose another file "
                            "name.")
                             .arg(path)};
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return Error{Text::tr("The folder %1 does not exist.").arg(info.absolutePath())};
    return success();
}

Status writeWholeFile(const QString &path, const QByteArray &bytes, const QStringList &protectedFiles)
{
    if (const Status s = checkOutputPath(path, protectedFiles); !s)
        return s;
    const QFileInfo info(path);
    QSaveFile file(path);
    file.setDirectWriteFallback(false); // never write into the target itself
    if (!file.open(QIODevice::WriteOnly))
        return Error{Text::tr("Cannot write %1: %2").arg(path, file.errorString())};
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    const QString why = file.errorString();
    if (!written)
        file.cancelWriting();
    if (!written || !file.commit()) {
        // Qt often says only "Unknown error" when a disk fills up: say what the disk says.
        const QStorageInfo disk(info.absolutePath());
        if (disk.isValid() && disk.bytesAvailable() < bytes.size())
            return Error{Text::tr("Cannot write %1: the disk is full (%2 free, %3 needed). The file that was there before is unchanged.")
                             .arg(path, QLocale().formattedDataSize(disk.bytesAvailable(), 1, QLocale::DataSizeTraditionalFormat), QLocale().formattedDataSize(bytes.size(), 1, QLocale::DataSizeTraditionalFormat))};
        return Error{Text::tr("Cannot write %1: %2. The file that was there before is unchanged.").arg(path, written ? file.errorString() : why)};
    }
    return success();
}

} // namespace servqa
