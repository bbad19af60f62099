#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace servqa {

namespace {

constexpr qint64 ChunkSize = 256 * 1024;
// Enough text to tell UTF-8 from GB18030: Chinese in a GB file breaks UTF-8 within bytes.
constexpr qint64 DetectSize = 1024 * 1024;

// Offset of the first byte that does not start or continue a valid UTF-8 sequence.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = uchar(bytes[i]);
        const int length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (length == 0)
            return i;
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return n; // cut at the end of the chunk: not an error yet
            if ((uchar(bytes[i + k]) & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return n;
}

// A sample cut off mid-character at its end still counts as valid.
bool isValidUtf8(const QByteArray &bytes)
{
    return firstInvalidUtf8(bytes) == bytes.size();
}

// Line ends as next() counts them: LF, CRLF once, and a CR alone (old Mac files), so that
// an error names the line next() would have reached.
template <typename Text>
qint64 lineEnds(const Text &text)
{
    qint64 n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n' || (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n')))
            ++n;
    }
    return n;
}

} // namespace

QString csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Auto: return QCoreApplication::translate("CsvReader", "Detect automatically");
    case CsvEncoding::Utf8: return QStringLiteral("UTF-8");
    case CsvEncoding::Gb18030: return QStringLiteral("GB18030 / GBK");
    }
    return {};
}

CsvReader::CsvReader(QIODevice *device, CsvEncoding encoding, QChar delimiter)
    : m_device(device), m_encoding(encoding), m_delimiter(delimiter)
{
}

void CsvReader::fail(qint64 line, const QString &message)
{
    if (m_error.isEmpty())
        m_error = QCoreApplication::translate("CsvReader", "line %1: %2").arg(line).arg(message);
}

bool CsvReader::refill()
{
    if (!m_started) {
        m_started = true;
        m_pending = m_device->read(m_encoding == CsvEncoding::Auto ? DetectSize : ChunkSize);
        m_bytesRead += m_pending.size();
        const bool bom = m_pending.startsWith("\xEF\xBB\xBF");
        if (m_encoding == CsvEncoding::Auto) {
            m_encoding = bom || isValidUtf8(m_pending) ? CsvEncoding::Utf8 : CsvEncoding::Gb18030;
            m_guessed = m_encoding == CsvEncoding::Gb18030;
        }
        if (m_encoding == CsvEncoding::Utf8) {
            // The decoder skips a BOM itself, even one split between reads. Removing it here
            // left nothing of a first read that returned just the BOM: taken as the end.
            m_decoder.emplace(QStringDecoder::Utf8);
        } else {
            m_decoder.emplace("GB18030");
        }
    } else {
        m_pending = m_device->read(ChunkSize);
        m_bytesRead += m_pending.size();
    }
    if (m_pending.isEmpty()) {
        m_atEnd = true;
        // A character cut off by the end of the file is still pending in the decoder, which
        // says nothing until more bytes come: a line feed continues no UTF-8 or GB18030
        // sequence, so decoding one shows it.
        (void)QString(m_decoder->decode(QByteArrayView("\n", 1)));
        if (m_decoder->hasError())
            fail(m_line + lineEnds(QStringView(m_buffer).mid(m_pos)),
                 QCoreApplication::translate("CsvReader", "the file ends in the middle of a character: it may have been cut off"));
        return false;
    }
    const QString unread = m_buffer.mid(m_pos);
    const QString decoded = m_decoder->decode(m_pending);
    m_buffer = unread + decoded;
    m_pos = 0;
    // A NUL is never text: a binary or damaged file (no field may hold one). GB18030 decoding
    // puts U+FFFD where bytes are not GB18030: a file that is neither encoding is refused, not
    // stored with replacement characters.
    const qsizetype nul = decoded.indexOf(QChar(u'\0'));
    const qsizetype replaced = m_encoding == CsvEncoding::Gb18030 ? decoded.indexOf(QChar(QChar::ReplacementCharacter)) : -1;
    if (!m_decoder->hasError() && (nul >= 0 || replaced >= 0)) {
        const qsizetype at = nul >= 0 && (replaced < 0 || nul < replaced) ? nul : replaced;
        const qint64 line = m_line + lineEnds(unread) + lineEnds(QStringView(decoded).left(at));
        m_pending.clear();
        fail(line, at == nul ? QCoreApplication::translate("CsvReader", "the file holds a NUL character here: it is not a text file, or it is "
                                                                        "damaged")
                             : QCoreApplication::translate("CsvReader", "the file is neither UTF-8 nor GB18030 text here; save it again as "
                                                                        "UTF-8 (CSV UTF-8 in Excel)"));
        return false;
    }
    if (m_decoder->hasError()) {
        // Name the line of the first bad byte: lines not yet parsed plus those before it.
        qint64 line = m_line + lineEnds(unread);
        if (m_encoding == CsvEncoding::Utf8)
            line += lineEnds(m_pending.left(firstInvalidUtf8(m_pending)));
        else // the GB18030 decoder puts U+FFFD for the bad bytes
            line += lineEnds(QStringView(decoded).left(decoded.indexOf(QChar(QChar::ReplacementCharacter))));
        m_pending.clear();
        fail(line, m_encoding == CsvEncoding::Utf8
                         ? QCoreApplication::translate("CsvReader", "the file is not valid UTF-8 here; if it was saved by Excel on a "
                              "Chinese system, choose the GB18030 encoding")
                         : m_guessed ? QCoreApplication::translate("CsvReader", "the file is neither UTF-8 nor GB18030 text here; save it "
                                                                                "again as UTF-8 (CSV UTF-8 in Excel)")
                                     : QCoreApplication::translate("CsvReader", "the file is not valid GB18030 text here"));
        return false;
    }
    m_pending.clear();
    return true;
}

bool CsvReader::next(CsvRecord &record)
{
    record.fields.clear();
    if (hasError())
        return false;

    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    QString field;
    bool haveRecord = false;
    qint64 startLine = m_line;
    qint64 quoteLine = m_line;

    auto endField = [&] {
        record.fields << field;
        field.clear();
    };

    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (m_atEnd || !refill()) {
                if (hasError())
                    return false;
                // End of input: finish the last record unless it is still inside quotes.
                if (state == State::Quoted) {
                    fail(quoteLine, QCoreApplication::translate("CsvReader", "a quoted field is not closed before the end of the file"));
                    return false;
                }
                if (!haveRecord)
                    return false;
                endField();
                record.line = startLine;
                return true;
            }
            continue;
        }
        const QChar c = m_buffer.at(m_pos++);
        const bool lineEnd = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        if (lineEnd && c == QLatin1Char('\r')) {
            // CRLF counts once: swallow the LF that follows (refilling if it is in the next chunk).
            if (m_pos >= m_buffer.size() && !m_atEnd)
                refill();
            if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
        }

        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (lineEnd) {
                ++m_line;
                if (!haveRecord) { // a blank line
                    startLine = m_line;
                    continue;
                }
                endField();
                record.line = startLine;
                return true;
            }
            haveRecord = true;
            if (c == m_delimiter) {
                endField();
                state = State::FieldStart;
            } else if (c == QLatin1Char('"') && state == State::FieldStart) {
                state = State::Quoted;
                quoteLine = m_line;
            } else {
                field += c;
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == QLatin1Char('"')) {
                state = State::QuoteInQuoted;
            } else {
                if (lineEnd) {
                    ++m_line;
                    field += QLatin1Char('\n'); // line breaks inside a field are kept as LF
                } else {
                    field += c;
                }
            }
            break;
        case State::QuoteInQuoted:
            if (c == QLatin1Char('"')) { // "" is a literal quote
                field += c;
                state = State::Quoted;
            } else if (c == m_delimiter) {
                endField();
                state = State::FieldStart;
            } else if (lineEnd) {
                ++m_line;
                endField();
                record.line = startLine;
                return true;
            } else {
                fail(m_line, QCoreApplication::translate("CsvReader", "field %1: unexpected character \"%2\" after a closing quote")
                                 .arg(record.fields.size() + 1)
                                 .arg(c));
                return false;
            }
            break;
        }
    }
}

} // namespace servqa
