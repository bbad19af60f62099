#pragma once

#include "result.h"

#include <QColor>
#include <QDateTime>
#include <QImage>
#include <QPicture>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

namespace servqa {

// What every page of an audit report carries: the organisation, the report's title, who made
// it and when, and the filters it was made with.
struct ReportHeader
{
    QString organisation;
    QByteArray logo; // PNG/JPEG/SVG bytes, or empty
    QString title;
    QString subtitle;
    QVector<QPair<QString, QString>> filters; // label, value
    QString generatedBy;
    QDateTime generatedAt;
    // Files the report must never be written over: the workspace it was read from.
    QStringList protectedFiles;
};

// A table that splits across pages, repeating its header row on each.
struct ReportTable
{
    QStringList headers;
    QVector<QStringList> rows;
    QVector<double> widths;               // relative column widths; equal when empty
    QVector<Qt::Alignment> alignments;    // per column; left when missing
    QVector<QVector<QColor>> backgrounds; // per row and column; invalid = none
    QVector<int> boldRows;                // e.g. a total line
};

// An A4 audit report, laid out by ServQA itself so that page footers can say "x of y",
// tables repeat their header on every page they span, charts stay vector graphics, and every
// piece of user text is drawn as plain text (a name such as "<b>x</b>" prints as typed).
// Add blocks in reading order, then write().
class ReportDocument
{
public:
    explicit ReportDocument(ReportHeader header);
    ~ReportDocument();

    void addHeading(const QString &text);
    void addParagraph(const QString &text, bool muted = false);
    // A paragraph naming the table or chart after it, kept on the same page as it (as a heading is).
    void addCaption(const QString &text);
    // Label / value lines, two per row.
    void addFacts(const QVector<QPair<QString, QString>> &facts);
    void addTable(const ReportTable &table);
    // A vector drawing `size` units wide and high (1 unit = 1/96 in), scaled down to the
    // text width when wider.
    void addPicture(const QPicture &picture, QSizeF size);
    void addImage(const QImage &image, const QString &caption, double maxHeightMm = 80);
    void addPageBreak();

    // Writes the PDF: the whole file or, on error, none of it. Returns the number of pages.
    Result<int> write(const QString &path, bool pdfA = false) const;

    // The width of the text column in units (1/96 in): charts are drawn to fit it.
    static double textWidth();

private:
    struct Block;
    ReportHeader m_header;
    QVector<std::shared_ptr<Block>> m_blocks;
};

} // namespace servqa
