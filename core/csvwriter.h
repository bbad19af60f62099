#pragma once

#include <QByteArray>
#include <QStringList>

namespace servqa {

// One CSV record (RFC 4180): fields with a comma, quote, CR or LF are quoted, quotes doubled;
// a field starting with = + - @ gets a leading apostrophe so a spreadsheet shows it as text
// instead of running it as a formula. Ends with CRLF.
QByteArray csvRecord(const QStringList &fields);

} // namespace servqa
