#pragma once

#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

class QIODevice;

namespace servqa {

enum class CsvEncoding {
    Auto,    // UTF-8 (with or without BOM) if the bytes are valid UTF-8, else GB18030
    Utf8,
    Gb18030, // also reads GBK and GB2312, as saved by Excel on Chinese Windows
};
QString csvEncodingName(CsvEncoding encoding);

struct CsvRecord
{
    QStringList fields;
    qint64 line = 0; // physical line (1-based) where the record starts
};

// Streams RFC 4180 records from a device: quoted fields with embedded delimiters, quotes
// ("") and line breaks; CRLF, LF or CR line ends; blank lines skipped. Decodes as it reads,
// so a 100 MB file never sits in memory whole.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device, CsvEncoding encoding = CsvEncoding::Auto,
                       QChar delimiter = QLatin1Char(','));
    // Not movable: the decoder must stay where it was made (see m_decoder).
    Q_DISABLE_COPY_MOVE(CsvReader)

    // The next record; false at the end of the input or on an error (see errorString()).
    bool next(CsvRecord &record);
    bool hasError() const { return !m_error.isEmpty(); }
    // "line 12: …" (the caller adds the file name).
    QString errorString() const { return m_error; }
    CsvEncoding encoding() const { return m_encoding; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool refill();
    void fail(qint64 line, const QString &message);

    QIODevice *m_device;
    CsvEncoding m_encoding;
    QChar m_delimiter;
    // Made in place (emplace), never assigned: Qt 6.4 points the ICU callback that counts
    // invalid bytes at a stale address once a GB18030 decoder has been moved, and hasError()
    // then never becomes true.
    std::optional<QStringDecoder> m_decoder;
    QByteArray m_pending; // bytes read ahead for encoding detection
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_started = false;
    bool m_guessed = false; // GB18030 because the start was not UTF-8, not because it was chosen
    bool m_atEnd = false;
    QString m_error;
};

} // namespace servqa
