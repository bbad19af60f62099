// How ReportDocument lays out what a report puts in it, whatever the report: tables whose columns
// keep their words whole, headers repeated on each page, captions and a table's note kept with
// what they belong to, mixed Chinese and English text wrapped between words (docs/reports.md).
#include "report/reportdocument.h"
#include "pdftext.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace servqa;
using test::pdfPages;
using test::pdfText;

namespace {

// The header of a document made in a test, with its title.
ReportHeader testHeader(const QString &title)
{
    ReportHeader header;
    header.organisation = QStringLiteral("Org");
    header.title = title;
    header.generatedBy = QStringLiteral("test");
    header.generatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4));
    return header;
}

} // namespace

class TestReportLayout : public QObject
{
    Q_OBJECT

private slots:
    // A column narrower than its longest word is widened from the others' room: the dimension
    // "Responsiveness" had read "Responsivene" and "ss" on two lines.
    void aColumnIsAsWideAsItsLongestWord()
    {
        ReportTable t;
        t.headers = QStringList{QStringLiteral("Standard"), QStringLiteral("Dimension"), QStringLiteral("n")};
        t.widths = {8, 1, 1};
        t.rows << QStringList{QStringLiteral("STD-01 20秒内接起来电 Answer calls within 20 s"), QStringLiteral("Responsiveness"), QStringLiteral("441")};
        ReportDocument doc(testHeader(QStringLiteral("Columns")));
        doc.addTable(t);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("columns.pdf"));
        QVERIFY(doc.write(path));
        VERIFY_TEXT(pdfText(path), QStringLiteral("STD-01 20秒内接起来电 Answer calls within 20 s Responsiveness 441"));
    }

    // A Chinese header is one word however narrow its share of the page ("样本/数" was split), and a
    // column no row writes in (no comment on any answer) gives its room to an answer that wrapped.
    void headersAreWholeAndEmptyColumnsGiveWay()
    {
        ReportTable t;
        t.headers = QStringList{QStringLiteral("条目"), QStringLiteral("答案"), QStringLiteral("严重程度"), QStringLiteral("样本数"), QStringLiteral("备注")};
        t.widths = {12, 2, 1, 1, 3};
        t.rows << QStringList{QStringLiteral("迎宾 Greeting ▸ 进店30秒内被问候 Greeted within 30 s by a member of staff at the door"),
                              QStringLiteral("14 秒（SLA 30 秒）"), QStringLiteral("中"), QStringLiteral("138"), QString()};
        ReportDocument doc(testHeader(QStringLiteral("Headers")));
        doc.addTable(t);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("headers.pdf"));
        QVERIFY(doc.write(path));
        const QString text = pdfText(path);
        VERIFY_TEXT(text, QStringLiteral("条目 答案 严重程度 样本数 备注"));
        VERIFY_TEXT(text, QStringLiteral("14 秒（SLA 30 秒）"));
    }

    // A caption stays on the page of its table, wherever the table before it happens to end.
    void aCaptionIsNeverLeftAtTheFootOfAPage()
    {
        QTemporaryDir dir;
        for (int rows = 30; rows <= 60; rows += 2) {
            ReportTable before;
            before.headers = QStringList{QStringLiteral("Row")};
            for (int r = 0; r < rows; ++r)
                before.rows << QStringList{QStringLiteral("row %1").arg(r)};
            ReportTable after;
            after.headers = QStringList{QStringLiteral("Inspector")};
            after.rows << QStringList{QStringLiteral("Kevin Wong")};
            ReportDocument doc(testHeader(QStringLiteral("Captions")));
            doc.addTable(before);
            doc.addCaption(QStringLiteral("Deviation by dimension (points)"));
            doc.addTable(after);
            const QString path = dir.filePath(QStringLiteral("caption-%1.pdf").arg(rows));
            const auto pages = doc.write(path);
            QVERIFY(pages);
            for (int p = 1; p <= *pages; ++p) {
                const QString text = pdfText(path, p);
                QCOMPARE(text.contains(QStringLiteral("Deviation by dimension")), text.contains(QStringLiteral("Kevin Wong")));
            }
        }
    }

    // A table's note (a muted paragraph right after it) is never alone at the head of a page: the
    // table's last row goes over with it (the FMEA's "RPN = S × O × D" stood alone on page 2).
    void aTablesNoteKeepsItsLastRow()
    {
        QTemporaryDir dir;
        int split = 0;
        for (int rows = 30; rows <= 60; ++rows) {
            ReportTable t;
            t.headers = QStringList{QStringLiteral("Row")};
            for (int r = 0; r < rows; ++r)
                t.rows << QStringList{QStringLiteral("row %1").arg(r)};
            ReportDocument doc(testHeader(QStringLiteral("Notes")));
            doc.addTable(t);
            doc.addParagraph(QStringLiteral("RPN = S × O × D; AP ranks severity first."), true);
            const QString path = dir.filePath(QStringLiteral("note-%1.pdf").arg(rows));
            const auto pages = doc.write(path);
            QVERIFY(pages);
            const QRegularExpression lastRow(QStringLiteral("\\brow %1\\b").arg(rows - 1));
            for (int p = 1; p <= *pages; ++p) {
                const QString text = pdfText(path, p);
                QCOMPARE(text.contains(QStringLiteral("RPN = S × O × D")), text.contains(lastRow));
            }
            split += *pages > 1 ? 1 : 0;
        }
        QVERIFY(split > 0); // some of these tables do span two pages
    }

    void tablesRepeatTheirHeaderOnEveryPage()
    {
        ReportDocument doc(testHeader(QStringLiteral("Long table")));
        ReportTable table;
        table.headers = QStringList{QStringLiteral("RowHeader"), QStringLiteral("Value")};
        for (int i = 1; i <= 150; ++i)
            table.rows << QStringList{QStringLiteral("row %1").arg(i), QStringLiteral("<b>%1</b>").arg(i * 2)};
        doc.addTable(table);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.pdf"));
        const auto pages = doc.write(path);
        QVERIFY(pages);
        QCOMPARE(pdfPages(path), *pages);
        QVERIFY(*pages >= 3);
        for (int p = 1; p <= *pages; ++p) {
            const QString text = pdfText(path, p);
            VERIFY_TEXT(text, QStringLiteral("RowHeader Value"));
            VERIFY_TEXT(text, QStringLiteral("Page %1 of %2").arg(p).arg(*pages));
        }
        const QString all = pdfText(path);
        VERIFY_TEXT(all, QStringLiteral("row 150 <b>300</b>"));
        QCOMPARE(all.count(QStringLiteral("RowHeader")), *pages);
        // A failed write leaves nothing behind.
        QVERIFY(!doc.write(dir.filePath(QStringLiteral("missing/folder/x.pdf"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing/folder/x.pdf"))));
    }

    // A remark in Chinese and English with no space between them ("总结方案并确认客户理解Summarised")
    // wraps between words in a narrow column: it was taken for one word wider than the column and
    // the whole cell broken anywhere ("Summarised an / d checked understan / ding").
    void aMixedRemarkWrapsBetweenWords()
    {
        ReportDocument doc(testHeader(QStringLiteral("Remarks")));
        ReportTable table;
        table.headers = QStringList{QStringLiteral("Item"), QStringLiteral("Remark")};
        table.widths = {4.0, 1.0};
        table.rows << QStringList{QStringLiteral("Summary"), QStringLiteral("总结方案并确认客户理解Summarised and checked the understanding")};
        doc.addTable(table);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("remarks.pdf"));
        QVERIFY(doc.write(path));
        const QString text = pdfText(path);
        for (const char *word : {"Summarised", "checked", "understanding"})
            QVERIFY2(text.contains(QLatin1String(word)), qPrintable(text));
    }
};

QTEST_MAIN(TestReportLayout)
#include "tst_reportlayout.moc"
