#pragma once

#include "result.h"

#include <QString>

struct sqlite3;

namespace servqa {

// The substring index of the interactions on SQLite (schema 38, docs/architecture.md "Text
// search"): an FTS5 table whose tokenizer gives each character the piece of text it starts —
// two characters where it is of a script written without spaces between words (Chinese, Japanese,
// Korean), whose words are mostly two characters long, three characters elsewhere (order numbers,
// customer references), or what is left of that at the end of the text. Any text of one character
// or more is then found through the index, and a number is not matched by its common pairs ("00").
namespace textsearch {

// The name the tokenizer is registered under, as `CREATE VIRTUAL TABLE … tokenize=` names it.
inline constexpr const char TokenizerName[] = "servqa_pieces";

// The length of the piece a character starts: 2 for Han, kana, Hangul and Bopomofo, else 3.
int pieceLength(char32_t c);

// Registers the tokenizer on an SQLite connection. Every connection that reads or writes the
// interactions' index needs it (Database does this for each connection it opens).
Status registerTokenizer(sqlite3 *connection);

// The FTS5 query that finds `text` (not empty) as a substring: the pieces wholly inside it as one
// phrase, and where they do not reach its end, the rest as a prefix of the piece that follows.
QString matchExpression(const QString &text);

} // namespace textsearch
} // namespace servqa
