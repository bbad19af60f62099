// RFC 4180 parsing and encodings as real exports produce them.

#include "csvreader.h"
#include "csvwriter.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace servqa;

namespace {
struct Parsed
{
    QVector<QStringList> records;
    QVector<qint64> lines;
    QString error;
    CsvEncoding encoding = CsvEncoding::Auto;
};

Parsed parse(const QByteArray &bytes, CsvEncoding encoding = CsvEncoding::Auto)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, encoding);
    Parsed p;
    CsvRecord r;
    while (reader.next(r)) {
        p.records << r.fields;
        p.lines << r.line;
    }
    p.error = reader.errorString();
    p.encoding = reader.encoding();
    return p;
}
// A device that hands out at most `step` bytes a read, as a pipe or a network share can.
class ShortReads : public QIODevice
{
public:
    ShortReads(QByteArray bytes, qint64 step) : m_bytes(std::move(bytes)), m_step(step) { open(QIODevice::ReadOnly); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = qMin(qMin(max, m_step), qint64(m_bytes.size()) - m_pos);
        memcpy(data, m_bytes.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_pos + QIODevice::bytesAvailable(); }

private:
    QByteArray m_bytes;
    qint64 m_step;
    qint64 m_pos = 0;
};
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    // What ServQA writes, ServQA (and any RFC 4180 reader) reads back unchanged; a field that a
    // spreadsheet would run as a formula is written as text.
    void writtenRecordsReadBack()
    {
        const QVector<QStringList> written = {
            {QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")},
            {QStringLiteral("上海店"), QString(), QStringLiteral("-12.5"), QStringLiteral("=HYPERLINK(\"x\")")},
        };
        QByteArray bytes;
        for (const QStringList &r : written)
            bytes += csvRecord(r);
        QCOMPARE(bytes.left(38), QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"));
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, CsvEncoding::Utf8);
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields, written[0]);
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields.mid(0, 3), written[1].mid(0, 3));
        QCOMPARE(record.fields[3], QStringLiteral("'=HYPERLINK(\"x\")"));
        QVERIFY(!reader.next(record));
        QVERIFY(!reader.hasError());
    }

    void rfc4180_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QVector<QStringList>>("expected");
        QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << QVector<QStringList>{{"a", "b"}, {"1", "2"}};
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << QVector<QStringList>{{"a", "b"}, {"1", "2"}};
        QTest::newRow("old Mac CR") << QByteArray("a,b\r1,2") << QVector<QStringList>{{"a", "b"}, {"1", "2"}};
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QVector<QStringList>{{"a", "b"}, {"1", "2"}};
        QTest::newRow("embedded comma") << QByteArray("\"x, y\",z\n") << QVector<QStringList>{{"x, y", "z"}};
        QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",z\n") << QVector<QStringList>{{"say \"hi\"", "z"}};
        QTest::newRow("embedded CRLF becomes LF") << QByteArray("\"l1\r\nl2\",z\r\n") << QVector<QStringList>{{"l1\nl2", "z"}};
        QTest::newRow("empty fields") << QByteArray(",,\n") << QVector<QStringList>{{"", "", ""}};
        QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << QVector<QStringList>{{"", "x"}};
        QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n") << QVector<QStringList>{{"a"}, {"b"}};
        QTest::newRow("UTF-8 BOM dropped") << QByteArray("\xEF\xBB\xBF" "code,名称\n") << QVector<QStringList>{{"code", QStringLiteral("名称")}};
    }

    void rfc4180()
    {
        QFETCH(QByteArray, input);
        QFETCH(QVector<QStringList>, expected);
        const Parsed p = parse(input);
        QCOMPARE(p.error, QString());
        QCOMPARE(p.records, expected);
    }

    // Messages point at the line where the record starts, counting lines inside quotes.
    void lineNumbersCountEmbeddedNewlines()
    {
        const Parsed p = parse("h1,h2\n\"multi\nline\",x\nnext,y\n");
        QCOMPARE(p.lines, (QVector<qint64>{1, 2, 4}));
    }

    void unclosedQuoteIsAnError()
    {
        const Parsed p = parse("a,b\n1,\"open\n2,3\n");
        QCOMPARE(p.error, QStringLiteral("line 2: a quoted field is not closed before the end of the file"));
    }

    void junkAfterClosingQuoteIsAnError()
    {
        const Parsed p = parse("a,b\n\"x\"y,2\n");
        QCOMPARE(p.error, QStringLiteral("line 2: field 1: unexpected character \"y\" after a closing quote"));
    }

    void gb18030IsDetected()
    {
        QStringEncoder encoder("GB18030");
        const QByteArray bytes = encoder.encode(QStringLiteral("门店编码,名称\r\nS001,上海南京西路店\r\n"));
        const Parsed p = parse(bytes);
        QCOMPARE(p.encoding, CsvEncoding::Gb18030);
        QCOMPARE(p.records.value(1), (QStringList{QStringLiteral("S001"), QStringLiteral("上海南京西路店")}));
    }

    void utf8IsDetected()
    {
        const Parsed p = parse(QStringLiteral("名称\n上海\n").toUtf8());
        QCOMPARE(p.encoding, CsvEncoding::Utf8);
        QCOMPARE(p.records.value(1), QStringList{QStringLiteral("上海")});
    }

    void wrongEncodingChosenIsReported()
    {
        QStringEncoder encoder("GB18030");
        const QByteArray bytes = "a\nok\n" + QByteArray(encoder.encode(QStringLiteral("上海\n")));
        const Parsed p = parse(bytes, CsvEncoding::Utf8);
        // The first invalid byte is on line 3: that is the line the message names.
        QVERIFY2(p.error.startsWith(QStringLiteral("line 3: the file is not valid UTF-8")), qPrintable(p.error));
    }

    // A record spanning the reader's internal 256 KiB chunks stays whole.
    // A NUL is never text: the record's line is named, nothing is read past it.
    void aNulCharacterIsRefused()
    {
        const Parsed p = parse(QByteArray("code,name\nS1,ok\nS2,bad\0name\n", 26));
        QCOMPARE(p.error, QStringLiteral("line 3: the file holds a NUL character here: it is not a text file, or it is damaged"));
    }

    // Bytes that are neither UTF-8 (so the file is read as GB18030) nor GB18030: refused at their
    // line, never stored as replacement characters.
    void neitherUtf8NorGb18030IsRefused()
    {
        QByteArray bytes("code,name\nS1,");
        bytes += QByteArray("\x80\xff\xff", 3); // not UTF-8; 0x80 and 0xFF start no GB18030 character
        bytes += "\n";
        const Parsed p = parse(bytes);
        QCOMPARE(p.encoding, CsvEncoding::Gb18030);
        QCOMPARE(p.error, QStringLiteral("line 2: the file is neither UTF-8 nor GB18030 text here; save it again as UTF-8 (CSV UTF-8 in Excel)"));
        for (const QStringList &record : p.records)
            QVERIFY(!record.join(QString()).contains(QChar(QChar::ReplacementCharacter)));
    }

    // Found by fuzzing (docs/reliability.md): a character cut off by the end of the file was
    // dropped without a word.
    void aCharacterCutOffAtTheEndIsAnError()
    {
        QByteArray bytes = QStringLiteral("code,name\nS1,南京店").toUtf8();
        bytes.chop(1); // the last byte of 店
        const Parsed p = parse(bytes, CsvEncoding::Utf8);
        QCOMPARE(p.error, QStringLiteral("line 2: the file ends in the middle of a character: it may have been cut off"));
    }

    // Found by fuzzing: a first read that returned only the byte-order mark was taken for the end.
    void aFirstReadOfJustTheBomIsNotTheEnd()
    {
        ShortReads device(QByteArray("\xEF\xBB\xBF" "code,name\nS1,One\n"), 3);
        CsvReader reader(&device);
        CsvRecord r;
        QVERIFY(reader.next(r));
        QCOMPARE(r.fields, (QStringList{QStringLiteral("code"), QStringLiteral("name")}));
        QVERIFY(reader.next(r));
        QCOMPARE(r.fields, (QStringList{QStringLiteral("S1"), QStringLiteral("One")}));
        QVERIFY(!reader.next(r));
        QVERIFY(!reader.hasError());
    }

    // Found by fuzzing: files with CR alone between lines named line 1 for every bad byte.
    void errorsNameTheLineInCrOnlyFiles()
    {
        const Parsed p = parse(QByteArray("a,b\rc,d\re,\xff\xfe\r"), CsvEncoding::Utf8);
        QCOMPARE(p.error, QStringLiteral("line 3: the file is not valid UTF-8 here; if it was saved by Excel on a Chinese system, choose the GB18030 encoding"));
    }

    void recordsSpanChunks()
    {
        QByteArray big = "id,text\r\n";
        const QByteArray longText(300 * 1024, 'x');
        big += "1,\"" + longText + "\"\r\n2,\"short\"\r\n";
        const Parsed p = parse(big);
        QCOMPARE(p.records.size(), 3);
        QCOMPARE(p.records[1][1].size(), longText.size());
        QCOMPARE(p.records[2], (QStringList{QStringLiteral("2"), QStringLiteral("short")}));
        QCOMPARE(p.lines[2], qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
