#include "reportdocument.h"

#include "outputfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImageReader>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <cmath>
#include <functional>

namespace servqa {

namespace {

// A4 at 96 units per inch: QCustomPlot lays out its text for 96 dpi (see DimensionProfileChart).
constexpr double Dpi = 96.0;
constexpr double MmToUnit = Dpi / 25.4;
constexpr double PageW = 210.0 * MmToUnit;
constexpr double PageH = 297.0 * MmToUnit;
constexpr double MarginX = 18.0 * MmToUnit;
constexpr double ContentTop = 30.0 * MmToUnit;
constexpr double ContentBottom = PageH - 20.0 * MmToUnit;
constexpr double TextW = PageW - 2 * MarginX;
constexpr double CellPad = 4.0;
constexpr double BlockGap = 10.0;

const QColor Ink(0x20, 0x24, 0x2a);
const QColor Muted(0x6b, 0x72, 0x80);
const QColor Rule(0xc8, 0xcd, 0xd4);
const QColor HeaderFill(0xe8, 0xec, 0xf2);

// Latin text in the UI font, Chinese from WenQuanYi (fonts-wqy-microhei, in the setup script):
// Qt embeds the glyphs it uses, with their Unicode mapping, so pdftotext finds the text.
QFont reportFont(double points, bool bold = false)
{
    QFont font(QGuiApplication::font().family());
    font.setFamilies({QGuiApplication::font().family(), QStringLiteral("WenQuanYi Micro Hei")});
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

using DrawOp = std::function<void(QPainter &)>;

struct Page
{
    QVector<DrawOp> ops;
};

// Places blocks top to bottom, page by page, as drawing operations; nothing is drawn until
// the number of pages is known.
// The runs of `text` a line may not break inside, as Qt's word wrap finds them (UAX #14): the
// words of English, each Chinese character on its own. Split at spaces alone, a Chinese remark
// with an English word in it ("理解Summarised") was one run too wide for its column, and the
// whole cell was then broken anywhere, English words in the middle.
QStringList unbreakableRuns(const QString &text)
{
    QStringList runs;
    QTextBoundaryFinder lines(QTextBoundaryFinder::Line, text);
    qsizetype start = 0;
    while (lines.toNextBoundary() != -1) {
        const qsizetype at = lines.position();
        // Spaces, no-break ones too (a date and its time), still part the runs as they did: each
        // side is measured on its own.
        runs << text.mid(start, at - start).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        start = at;
    }
    return runs;
}

class Layout
{
public:
    explicit Layout(QPaintDevice *device) : m_device(device) { newPage(); }

    QVector<Page> pages;
    double y = ContentTop;

    void newPage()
    {
        pages.push_back({});
        y = ContentTop;
    }
    // Starts a new page unless `height` fits below (or the page is still empty).
    void reserve(double height)
    {
        if (y + height > ContentBottom && y > ContentTop)
            newPage();
    }
    void add(DrawOp op) { pages.last().ops.push_back(std::move(op)); }

    // Word wrap, or wrap anywhere when one word is wider than the column (a long header in a
    // narrow column), so that nothing is cut off.
    int wrapFlag(const QFont &font, const QString &text, double width) const
    {
        const QFontMetricsF fm(font, m_device);
        const QStringList words = unbreakableRuns(text);
        for (const QString &word : words) {
            if (fm.horizontalAdvance(word) > width)
                return Qt::TextWrapAnywhere;
        }
        return Qt::TextWordWrap;
    }

    // `font`, made smaller (down to 6 pt) until the widest word of `text` fits `width`: a
    // header such as "Responsiveness" in a narrow column reads whole rather than broken
    // "Responsiv/eness". Below 6 pt it wraps anywhere (wrapFlag) rather than become unreadable.
    QFont fittingFont(QFont font, const QString &text, double width) const
    {
        while (font.pointSizeF() > 6 && widestRun(font, text) > width)
            font.setPointSizeF(std::max(6.0, font.pointSizeF() - 0.5));
        return font;
    }

    enum Runs { LineBreaks, Whole };
    // The width of the widest run of `text` a line may not break inside (Whole: `text` itself).
    double widestRun(const QFont &font, const QString &text, Runs runs = LineBreaks) const
    {
        const QFontMetricsF fm(font, m_device);
        if (runs == Whole)
            return fm.horizontalAdvance(text);
        double w = 0;
        for (const QString &word : unbreakableRuns(text))
            w = std::max(w, fm.horizontalAdvance(word));
        return w;
    }

    double textHeight(const QFont &font, const QString &text, double width) const
    {
        const QFontMetricsF fm(font, m_device);
        return fm.boundingRect(QRectF(0, 0, width, 1e6), wrapFlag(font, text, width), text).height();
    }

    void text(const QFont &font, const QColor &color, const QRectF &rect, int flags, const QString &text)
    {
        if (flags & Qt::TextWordWrap)
            flags = (flags & ~Qt::TextWordWrap) | wrapFlag(font, text, rect.width());
        add([=](QPainter &p) {
            p.setFont(font);
            p.setPen(color);
            p.drawText(rect, flags, text);
        });
    }

private:
    QPaintDevice *m_device;
};

} // namespace

struct ReportDocument::Block
{
    enum Kind { Heading, Paragraph, Facts, Table, Picture, Image, PageBreak };
    explicit Block(Kind k) : kind(k) {}

    Kind kind;
    QString text;
    bool muted = false;
    bool caption = false; // a paragraph kept on the page of the block after it
    QVector<QPair<QString, QString>> facts;
    ReportTable table;
    QPicture picture;
    QSizeF size;
    QImage image;
    double maxHeightMm = 80;
};

ReportDocument::ReportDocument(ReportHeader header) : m_header(std::move(header)) {}

ReportDocument::~ReportDocument() = default;

double ReportDocument::textWidth()
{
    return TextW;
}

void ReportDocument::addHeading(const QString &text)
{
    auto b = std::make_shared<Block>(Block::Heading);
    b->text = text;
    m_blocks << b;
}

void ReportDocument::addParagraph(const QString &text, bool muted)
{
    auto b = std::make_shared<Block>(Block::Paragraph);
    b->text = text;
    b->muted = muted;
    m_blocks << b;
}

void ReportDocument::addCaption(const QString &text)
{
    addParagraph(text);
    m_blocks.last()->caption = true;
}

void ReportDocument::addFacts(const QVector<QPair<QString, QString>> &facts)
{
    auto b = std::make_shared<Block>(Block::Facts);
    b->facts = facts;
    m_blocks << b;
}

void ReportDocument::addTable(const ReportTable &table)
{
    auto b = std::make_shared<Block>(Block::Table);
    b->table = table;
    m_blocks << b;
}

void ReportDocument::addPicture(const QPicture &picture, QSizeF size)
{
    auto b = std::make_shared<Block>(Block::Picture);
    b->picture = picture;
    b->size = size;
    m_blocks << b;
}

void ReportDocument::addImage(const QImage &image, const QString &caption, double maxHeightMm)
{
    auto b = std::make_shared<Block>(Block::Image);
    b->image = image;
    b->text = caption;
    b->maxHeightMm = maxHeightMm;
    m_blocks << b;
}

void ReportDocument::addPageBreak()
{
    m_blocks << std::make_shared<Block>(Block::PageBreak);
}

namespace {

void layoutFacts(Layout &layout, const QVector<QPair<QString, QString>> &facts)
{
    // Two columns of "label  value"; a long value takes the whole row.
    const QFont label = reportFont(8.5);
    const QFont value = reportFont(9.5);
    const double column = TextW / 2;
    const double labelW = 105;
    for (int i = 0; i < facts.size();) {
        const bool wide = layout.textHeight(value, facts[i].second, column - labelW) > 20
                          || (i + 1 < facts.size() && layout.textHeight(value, facts[i + 1].second, column - labelW) > 20);
        const int perRow = wide ? 1 : 2;
        double rowH = 0;
        for (int k = 0; k < perRow && i + k < facts.size(); ++k) {
            const double w = (perRow == 1 ? TextW : column) - labelW;
            rowH = std::max(rowH, std::max(layout.textHeight(value, facts[i + k].second, w),
                                           layout.textHeight(label, facts[i + k].first, labelW - 6)));
        }
        layout.reserve(rowH);
        for (int k = 0; k < perRow && i + k < facts.size(); ++k) {
            const double x = MarginX + k * column;
            const double w = (perRow == 1 ? TextW : column) - labelW;
            layout.text(label, Muted, QRectF(x, layout.y + 1, labelW - 6, rowH), Qt::TextWordWrap, facts[i + k].first);
            layout.text(value, Ink, QRectF(x + labelW, layout.y, w, rowH), Qt::TextWordWrap, facts[i + k].second);
        }
        layout.y += rowH + 4;
        i += perRow;
    }
}

// `tail`: the height of the note under the table, which its last row does not leave alone on a page.
void layoutTable(Layout &layout, const ReportTable &table, double tail = 0)
{
    const int columns = int(table.headers.size());
    if (columns == 0)
        return;
    QVector<double> widths(columns, 1.0);
    if (table.widths.size() == columns)
        widths = table.widths;
    double sum = 0;
    for (double w : std::as_const(widths))
        sum += w;
    const QFont headFont = reportFont(8, true);
    const QFont cellFont = reportFont(8.5);
    const QFont boldFont = reportFont(8.5, true);
    // Each column at least as wide as its widest word (up to half the page), where the others have
    // room to give: "Responsiveness" in a dimension column read "Responsivene / ss". The shortfall
    // is taken from the other columns in proportion to their room.
    QVector<double> width(columns), need(columns, 0.0);
    for (int c = 0; c < columns; ++c)
        width[c] = TextW * widths[c] / sum;
    for (int r = 0; r < table.rows.size(); ++r) {
        const QFont &font = table.boldRows.contains(r) ? boldFont : cellFont;
        for (int c = 0; c < columns; ++c)
            need[c] = std::max(need[c], std::min(layout.widestRun(font, table.rows[r].value(c)) + 2 * CellPad + 1, TextW / 2));
    }
    // A header's words whole too, a Chinese one's between its spaces (up to a quarter of the page):
    // "样本数" read "样本/数", and "Responsiveness" was printed small to fit.
    for (int c = 0; c < columns; ++c) {
        double words = 0;
        for (const QString &word : table.headers[c].split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            words = std::max(words, layout.widestRun(headFont, word, Layout::Whole));
        need[c] = std::max(need[c], std::min(words + 2 * CellPad + 1, TextW / 4));
    }
    double shortfall = 0, room = 0;
    for (int c = 0; c < columns; ++c) {
        shortfall += std::max(0.0, need[c] - width[c]);
        room += std::max(0.0, width[c] - need[c]);
    }
    if (shortfall > 0 && room > 0) {
        const double moved = std::min(shortfall, room);
        for (int c = 0; c < columns; ++c)
            width[c] += need[c] > width[c] ? (need[c] - width[c]) * moved / shortfall : -(width[c] - need[c]) * moved / room;
    }
    // A column empty in every row (no comment written on any answer) gives its room to the ones
    // whose text wraps: an answer read "14 秒（SLA 30 / 秒）" beside an empty comment column.
    QVector<double> want(columns, 0.0);
    QVector<bool> empty(columns, true);
    for (int r = 0; r < table.rows.size(); ++r) {
        const QFont &font = table.boldRows.contains(r) ? boldFont : cellFont;
        for (int c = 0; c < columns; ++c) {
            const QString cell = table.rows[r].value(c);
            empty[c] = empty[c] && cell.trimmed().isEmpty();
            want[c] = std::max(want[c], std::min(layout.widestRun(font, cell, Layout::Whole) + 2 * CellPad + 1, TextW / 2));
        }
    }
    // An empty column keeps its header on one line ("Lead's reason"), up to a quarter of the page.
    QVector<double> keep(columns);
    for (int c = 0; c < columns; ++c)
        keep[c] = std::max(need[c], std::min(layout.widestRun(headFont, table.headers[c], Layout::Whole) + 2 * CellPad + 1, TextW / 4));
    double spare = 0, excess = 0;
    for (int c = 0; c < columns; ++c) {
        spare += empty[c] && !table.rows.isEmpty() ? std::max(0.0, width[c] - keep[c]) : 0.0;
        excess += !empty[c] ? std::max(0.0, want[c] - width[c]) : 0.0;
    }
    if (spare > 0 && excess > 0) {
        const double moved = std::min(spare, excess);
        for (int c = 0; c < columns; ++c) {
            if (empty[c])
                width[c] -= std::max(0.0, width[c] - keep[c]) * moved / spare;
            else
                width[c] += std::max(0.0, want[c] - width[c]) * moved / excess;
        }
    }
    QVector<double> x(columns + 1, MarginX);
    for (int c = 0; c < columns; ++c)
        x[c + 1] = x[c] + width[c];
    auto alignment = [&](int c) {
        return (c < table.alignments.size() ? table.alignments[c] : Qt::AlignLeft) | Qt::AlignTop;
    };
    auto rowHeight = [&](const QStringList &cells, const QFont &font) {
        double h = 0;
        for (int c = 0; c < columns; ++c)
            h = std::max(h, layout.textHeight(font, cells.value(c), x[c + 1] - x[c] - 2 * CellPad));
        return h + 2 * CellPad;
    };
    QVector<QFont> headFonts;
    double headH = 0;
    for (int c = 0; c < columns; ++c) {
        const double w = x[c + 1] - x[c] - 2 * CellPad;
        headFonts << layout.fittingFont(headFont, table.headers[c], w);
        headH = std::max(headH, layout.textHeight(headFonts[c], table.headers[c], w));
    }
    headH += 2 * CellPad;
    auto drawHeader = [&] {
        const double top = layout.y;
        layout.add([=](QPainter &p) {
            p.fillRect(QRectF(MarginX, top, TextW, headH), HeaderFill);
        });
        for (int c = 0; c < columns; ++c)
            layout.text(headFonts[c], Ink, QRectF(x[c] + CellPad, top + CellPad, x[c + 1] - x[c] - 2 * CellPad, headH),
                        int(alignment(c)) | Qt::TextWordWrap, table.headers[c]);
        layout.y += headH;
    };
    const int last = int(table.rows.size()) - 1;
    layout.reserve(headH + (table.rows.isEmpty() ? 0 : rowHeight(table.rows.first(), cellFont)) + (last == 0 ? tail : 0));
    drawHeader();
    for (int r = 0; r < table.rows.size(); ++r) {
        const bool bold = table.boldRows.contains(r);
        const QFont &font = bold ? boldFont : cellFont;
        const double h = rowHeight(table.rows[r], font);
        if (layout.y + h + (r == last ? tail : 0) > ContentBottom) {
            layout.newPage();
            drawHeader(); // the header again on every page the table spans
        }
        const double top = layout.y;
        for (int c = 0; c < columns; ++c) {
            const QColor fill = r < table.backgrounds.size() ? table.backgrounds[r].value(c) : QColor();
            if (fill.isValid())
                layout.add([=](QPainter &p) { p.fillRect(QRectF(x[c], top, x[c + 1] - x[c], h), fill); });
            layout.text(font, Ink, QRectF(x[c] + CellPad, top + CellPad, x[c + 1] - x[c] - 2 * CellPad, h),
                        int(alignment(c)) | Qt::TextWordWrap, table.rows[r].value(c));
        }
        layout.add([=](QPainter &p) {
            p.setPen(QPen(Rule, 0.6));
            p.drawLine(QPointF(MarginX, top + h), QPointF(MarginX + TextW, top + h));
        });
        layout.y += h;
    }
}

} // namespace

Result<int> ReportDocument::write(const QString &path, bool pdfA) const
{
    // Refused before any drawing: the open workspace, a device, another database.
    if (const Status s = checkOutputPath(path, m_header.protectedFiles); !s)
        return Error{s.error()};
    // Drawn into memory, then written whole or not at all (a full disk leaves the old file as it was).
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    QPdfWriter writer(&file);
    writer.setResolution(int(Dpi));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    writer.setCreator(QStringLiteral("ServQA ") + QStringLiteral(SERVQA_VERSION));
    writer.setTitle(m_header.title);
    if (pdfA)
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);

    Layout layout(&writer);

    // The opening block: title, subtitle, the filters used, and who generated it when.
    {
        const QFont titleFont = reportFont(17, true);
        const double h = layout.textHeight(titleFont, m_header.title, TextW);
        layout.text(titleFont, Ink, QRectF(MarginX, layout.y, TextW, h), Qt::TextWordWrap, m_header.title);
        layout.y += h + 2;
        if (!m_header.subtitle.isEmpty()) {
            const QFont sub = reportFont(11);
            const double sh = layout.textHeight(sub, m_header.subtitle, TextW);
            layout.text(sub, Muted, QRectF(MarginX, layout.y, TextW, sh), Qt::TextWordWrap, m_header.subtitle);
            layout.y += sh + 6;
        }
        QVector<QPair<QString, QString>> facts = m_header.filters;
        facts << qMakePair(QCoreApplication::translate("ReportDocument", "Generated by"), m_header.generatedBy)
              << qMakePair(QCoreApplication::translate("ReportDocument", "Generated at"),
                           QLocale().toString(m_header.generatedAt, QStringLiteral("yyyy-MM-dd HH:mm")));
        layoutFacts(layout, facts);
        const double ruleY = layout.y + 2;
        layout.add([=](QPainter &p) {
            p.setPen(QPen(Rule, 1));
            p.drawLine(QPointF(MarginX, ruleY), QPointF(MarginX + TextW, ruleY));
        });
        layout.y += BlockGap + 4;
    }

    auto isCaption = [&](int index) { return m_blocks[index]->caption && index + 1 < m_blocks.size(); };
    // How much of the block at `index` must follow its heading (or caption) on the same page.
    std::function<double(int)> leadHeight = [&](int index) -> double {
        if (index >= m_blocks.size())
            return 0;
        const Block &b = *m_blocks[index];
        switch (b.kind) {
        case Block::Picture: return b.size.height() * std::min(1.0, TextW / b.size.width());
        case Block::Image: return std::min(b.maxHeightMm * MmToUnit, TextW * b.image.height() / std::max(1, b.image.width()));
        case Block::Paragraph:
            return std::min(100.0, layout.textHeight(reportFont(9.5), b.text, TextW)) + (isCaption(index) ? leadHeight(index + 1) : 0);
        case Block::Table: return 60;
        default: return 30;
        }
    };
    for (int index = 0; index < m_blocks.size(); ++index) {
        const auto &block = m_blocks[index];
        switch (block->kind) {
        case Block::Heading: {
            const QFont font = reportFont(12.5, true);
            const double h = layout.textHeight(font, block->text, TextW);
            // Never a heading alone at the foot of a page.
            layout.reserve(h + 10 + leadHeight(index + 1));
            layout.y += 4;
            layout.text(font, Ink, QRectF(MarginX, layout.y, TextW, h), Qt::TextWordWrap, block->text);
            layout.y += h + 6;
            break;
        }
        case Block::Paragraph: {
            const QFont font = reportFont(9.5);
            const double h = layout.textHeight(font, block->text, TextW);
            layout.reserve(isCaption(index) ? leadHeight(index) : h);
            layout.text(font, block->muted ? Muted : Ink, QRectF(MarginX, layout.y, TextW, h), Qt::TextWordWrap, block->text);
            layout.y += h + BlockGap / 2;
            break;
        }
        case Block::Facts:
            layoutFacts(layout, block->facts);
            layout.y += BlockGap / 2;
            break;
        case Block::Table: {
            // A muted paragraph right after a table is its note: the last row goes over with it.
            const bool note = index + 1 < m_blocks.size() && m_blocks[index + 1]->kind == Block::Paragraph && m_blocks[index + 1]->muted;
            const double tail = note ? std::min(layout.textHeight(reportFont(9.5), m_blocks[index + 1]->text, TextW), 100.0) : 0.0;
            layoutTable(layout, block->table, tail > 0 ? tail + BlockGap : 0.0);
            layout.y += BlockGap;
            break;
        }
        case Block::Picture: {
            const double scale = std::min(1.0, TextW / block->size.width());
            const QSizeF size = block->size * scale;
            layout.reserve(size.height());
            const QPointF at(MarginX, layout.y);
            const QPicture picture = block->picture;
            layout.add([=](QPainter &p) {
                p.save();
                p.translate(at);
                p.scale(scale, scale);
                p.drawPicture(0, 0, picture);
                p.restore();
            });
            layout.y += size.height() + BlockGap;
            break;
        }
        case Block::Image: {
            QSizeF size = block->image.size();
            size.scale(QSizeF(TextW, block->maxHeightMm * MmToUnit), Qt::KeepAspectRatio);
            const QFont font = reportFont(8);
            const double captionH = block->text.isEmpty() ? 0 : layout.textHeight(font, block->text, TextW) + 2;
            layout.reserve(size.height() + captionH);
            const QRectF rect(QPointF(MarginX, layout.y), size);
            const QImage image = block->image;
            layout.add([=](QPainter &p) { p.drawImage(rect, image); });
            layout.y += size.height() + 2;
            if (captionH > 0) {
                layout.text(font, Muted, QRectF(MarginX, layout.y, TextW, captionH), Qt::TextWordWrap, block->text);
                layout.y += captionH;
            }
            layout.y += BlockGap;
            break;
        }
        case Block::PageBreak:
            if (layout.y > ContentTop)
                layout.newPage();
            break;
        }
    }

    QImage logo;
    if (!m_header.logo.isEmpty()) {
        QBuffer buffer;
        buffer.setData(m_header.logo);
        QImageReader reader(&buffer);
        reader.setScaledSize(QSize());
        logo = reader.read();
    }

    QPainter painter;
    if (!painter.begin(&writer))
        return Error{QCoreApplication::translate("ReportDocument", "Cannot write %1: the PDF could not be started.").arg(path)};
    painter.setRenderHint(QPainter::Antialiasing);
    const int total = int(layout.pages.size());
    const QFont small = reportFont(8);
    const QFont org = reportFont(9.5, true);
    for (int i = 0; i < total; ++i) {
        if (i > 0)
            writer.newPage();
        // Header: logo and organisation on the left, the report's title on the right.
        double x = MarginX;
        const double headTop = 10 * MmToUnit;
        const double headH = 11 * MmToUnit;
        if (!logo.isNull()) {
            QSizeF size = logo.size();
            size.scale(QSizeF(40 * MmToUnit, headH), Qt::KeepAspectRatio);
            painter.drawImage(QRectF(QPointF(x, headTop), size), logo);
            x += size.width() + 8;
        }
        painter.setFont(org);
        painter.setPen(Ink);
        painter.drawText(QRectF(x, headTop, TextW / 2 - (x - MarginX), headH), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                         m_header.organisation);
        painter.setFont(small);
        painter.setPen(Muted);
        painter.drawText(QRectF(MarginX + TextW / 2, headTop, TextW / 2, headH), Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                         m_header.title);
        painter.setPen(QPen(Rule, 0.8));
        painter.drawLine(QPointF(MarginX, headTop + headH + 4), QPointF(MarginX + TextW, headTop + headH + 4));

        for (const DrawOp &op : std::as_const(layout.pages[i].ops)) {
            painter.save();
            op(painter);
            painter.restore();
        }

        // Footer: who and when on the left, "Page x of y" on the right.
        const double footTop = ContentBottom + 6 * MmToUnit;
        painter.setPen(QPen(Rule, 0.8));
        painter.drawLine(QPointF(MarginX, footTop - 4), QPointF(MarginX + TextW, footTop - 4));
        painter.setFont(small);
        painter.setPen(Muted);
        painter.drawText(QRectF(MarginX, footTop, TextW * 0.7, 20), Qt::AlignLeft | Qt::AlignTop,
                         QCoreApplication::translate("ReportDocument", "Generated by %1 on %2 with ServQA")
                             .arg(m_header.generatedBy, QLocale().toString(m_header.generatedAt, QStringLiteral("yyyy-MM-dd HH:mm"))));
        painter.drawText(QRectF(MarginX + TextW * 0.7, footTop, TextW * 0.3, 20), Qt::AlignRight | Qt::AlignTop,
                         QCoreApplication::translate("ReportDocument", "Page %1 of %2").arg(i + 1).arg(total));
    }
    if (!painter.end())
        return Error{QCoreApplication::translate("ReportDocument", "Cannot draw the report for %1.").arg(path)};
    file.close();
    if (const Status s = writeWholeFile(path, file.data(), m_header.protectedFiles); !s)
        return Error{s.error()};
    return total;
}

} // namespace servqa
