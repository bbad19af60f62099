#pragma once

// Helpers shared by the tests: a fresh workspace per test and file access to tests/data.

#include "database.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace servqa::test {

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(SERVQA_TEST_DATA "/") + relative;
}

inline QByteArray readData(const QString &relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(relative));
    return f.readAll();
}

// A new, empty workspace file in its own temporary folder.
struct Workspace
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QString path;

    Workspace()
    {
        path = dir.filePath(QStringLiteral("test.servqa"));
        auto opened = Database::openSqlite(path, Database::OpenMode::CreateIfMissing);
        if (!opened)
            qFatal("cannot create workspace: %s", qPrintable(opened.error()));
        db = std::move(*opened);
    }
};

} // namespace servqa::test
