#pragma once

// A PDF read back as its reader reads it (poppler-utils: pdftotext, pdfinfo), for the report tests.

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

namespace servqa::test {

// The text of a PDF (or of one page), with runs of spaces folded so that layout does not matter.
QString pdfText(const QString &path, int page = 0)
{
    QStringList args{QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args << path << QStringLiteral("-"));
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qFatal("pdftotext failed on %s", qPrintable(path));
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(30000);
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

#define VERIFY_TEXT(text, expected)                                                                              \
    do {                                                                                                        \
        if (!(text).contains(expected))                                                                         \
            QFAIL(qPrintable(QStringLiteral("\"%1\" is not in the PDF text:\n%2").arg(expected, text)));        \
    } while (false)

} // namespace servqa::test
