// servqa::CsvReader over every record of the input, in each encoding mode and with four
// delimiters, read in one go (as from a file) and, for half the inputs, again in short reads
// (1–256 bytes, at most 8 reads), so that the chunk boundaries of a 100 MB file (a CR and
// its LF apart, a character split) happen in small inputs.
//
// Input: byte 0 = mode (bits 0–1 encoding: Auto, UTF-8, GB18030, Auto; bits 2–3 delimiter:
// , ; tab |; bit 4 also in short reads), byte 1 = short read size − 1 (at least 1/8 of the
// input), then the CSV bytes.
// Findings besides memory errors and UB: record lines not increasing, bytes that are not
// valid in the encoding read without an error, and (UTF-8 or GB18030 chosen) a file read in
// short reads giving other records or errors than read in one go.
//
// Speed: every read() of the reader allocates its whole chunk (256 KiB; 1 MiB for Auto's
// first), which ASan maps and unmaps each time; hence few short reads, and scripts/fuzz.sh
// sets clear_shadow_mmap_threshold.

#include "csvreader.h"
#include "fuzzsupport.h"

#include <QBuffer>
#include <QVector>

#include <algorithm>
#include <optional>

using namespace servqa;

namespace {

// Gives at most `step` bytes per read, as a pipe or a slow device would.
class ShortReads : public QIODevice
{
public:
    ShortReads(const QByteArray &data, qint64 step) : m_data(data), m_step(step) {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min({max, m_step, qint64(m_data.size()) - m_pos});
        if (n <= 0)
            return 0;
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

struct Outcome
{
    QVector<CsvRecord> records;
    bool error = false;
    qint64 bytesRead = 0;
    CsvEncoding encoding = CsvEncoding::Auto; // as detected
};

Outcome readAll(QIODevice *device, CsvEncoding encoding, QChar delimiter)
{
    Outcome out;
    CsvReader reader(device, encoding, delimiter);
    CsvRecord record;
    qint64 lastLine = 0;
    while (reader.next(record)) {
        if (record.line <= lastLine)
            fuzz::finding("CsvReader: a record does not start on a later line than the one before");
        lastLine = record.line;
        out.records << record;
    }
    out.error = reader.hasError();
    if (out.error && reader.errorString().isEmpty())
        fuzz::finding("CsvReader: an error without a message");
    out.bytesRead = reader.bytesRead();
    out.encoding = reader.encoding();
    if (qEnvironmentVariableIsSet("SERVQA_FUZZ_VERBOSE")) { // triage: what was read
        for (const CsvRecord &r : out.records) {
            fprintf(stderr, "line %lld:", r.line);
            for (const QString &f : r.fields) {
                fprintf(stderr, " [");
                for (QChar c : f)
                    fprintf(stderr, c.unicode() >= 0x20 && c.unicode() < 0x7f ? "%c" : "<%04x>", c.unicode());
                fprintf(stderr, "]");
            }
            fprintf(stderr, "\n");
        }
        fprintf(stderr, "%s\n", out.error ? qPrintable(reader.errorString()) : "no error");
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const CsvEncoding encodings[] = {CsvEncoding::Auto, CsvEncoding::Utf8, CsvEncoding::Gb18030, CsvEncoding::Auto};
    static const char delimiters[] = {',', ';', '\t', '|'};
    const CsvEncoding encoding = encodings[data[0] & 3];
    const QChar delimiter = QLatin1Char(delimiters[(data[0] >> 2) & 3]);
    const QByteArray csv = fuzz::bytes(data + 2, size - 2);
    const bool shortReads = data[0] & 0x10;
    const qint64 step = std::max(qint64(data[1]) + 1, (qint64(csv.size()) + 7) / 8);

    QBuffer whole;
    whole.setData(csv);
    whole.open(QIODevice::ReadOnly);
    const Outcome once = readAll(&whole, encoding, delimiter);
    if (!once.error && once.bytesRead != csv.size())
        fuzz::finding("CsvReader: ended without an error before the end of the input");
    if (!once.error && once.encoding != CsvEncoding::Auto) {
        // Read without an error: every byte was text in the encoding read, to the last one.
        // Made in place: Qt 6.4 loses the errors of a moved ICU decoder (GB18030).
        std::optional<QStringDecoder> strict;
        if (once.encoding == CsvEncoding::Utf8)
            strict.emplace(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        else
            strict.emplace("GB18030", QStringDecoder::Flag::Stateless);
        (void)QString(strict->decode(csv));
        if (strict->hasError())
            fuzz::finding("CsvReader: read bytes that are not text in the encoding without an error");
    }

    if (!shortReads)
        return 0;
    ShortReads pieces(csv, step);
    pieces.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    const Outcome chunked = readAll(&pieces, encoding, delimiter);

    // Auto detects the encoding from the first read, so only a chosen encoding must read the
    // same in any chunking.
    if (encoding != CsvEncoding::Auto) {
        if (once.error != chunked.error)
            fuzz::finding("CsvReader: an error in one chunking only");
        if (!once.error) {
            if (once.records.size() != chunked.records.size())
                fuzz::finding("CsvReader: another number of records in short reads");
            for (qsizetype i = 0; i < once.records.size(); ++i) {
                if (once.records[i].fields != chunked.records[i].fields)
                    fuzz::finding("CsvReader: other fields in short reads");
                if (once.records[i].line != chunked.records[i].line)
                    fuzz::finding("CsvReader: another line number in short reads");
            }
        }
    }
    return 0;
}
