#include "textsearch.h"

#include <QChar>
#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace servqa::textsearch {

namespace {

struct Character
{
    char32_t folded = 0; // compared without case, as the trigram tokenizer did
    int start = 0;       // byte offset in the text
    int bytes = 0;
    int piece = 0;       // pieceLength()
};

// One UTF-8 character at s[i]. A byte that does not start a whole one is read as U+FFFD: the text
// indexed and a query are read alike, so their pieces still compare.
int decode(const unsigned char *s, int size, int i, char32_t &c)
{
    const unsigned char first = s[i];
    if (first < 0x80) {
        c = first;
        return 1;
    }
    const int length = first >= 0xF0 && first < 0xF8 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 0;
    if (length == 0 || i + length > size) {
        c = 0xFFFD;
        return 1;
    }
    c = first & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
        if ((s[i + k] & 0xC0) != 0x80) {
            c = 0xFFFD;
            return 1;
        }
        c = (c << 6) | (s[i + k] & 0x3F);
    }
    return length;
}

int encode(char32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = char(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = char(0xC0 | (c >> 6));
        out[1] = char(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = char(0xE0 | (c >> 12));
        out[1] = char(0x80 | ((c >> 6) & 0x3F));
        out[2] = char(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (c >> 18));
    out[1] = char(0x80 | ((c >> 12) & 0x3F));
    out[2] = char(0x80 | ((c >> 6) & 0x3F));
    out[3] = char(0x80 | (c & 0x3F));
    return 4;
}

int create(void *, const char **, int, Fts5Tokenizer **tokenizer)
{
    static int instance = 0; // the tokenizer keeps no state
    *tokenizer = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *) {}

// A text indexed gives every character its piece, cut short at the text's end. A query gives the
// pieces wholly inside it, or, when there is none (one character, or two starting a piece of three),
// itself: matchExpression() asks for that as a prefix.
int tokenize(Fts5Tokenizer *, void *context, int flags, const char *text, int size,
             int (*token)(void *, int, const char *, int, int, int))
{
    thread_local std::vector<Character> characters;
    characters.clear();
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    for (int i = 0; i < size;) {
        Character c;
        char32_t read = 0;
        c.bytes = decode(bytes, size, i, read);
        c.start = i;
        c.folded = QChar::toCaseFolded(read);
        c.piece = pieceLength(read);
        characters.push_back(c);
        i += c.bytes;
    }
    const bool query = flags & FTS5_TOKENIZE_QUERY;
    const int count = int(characters.size());
    char piece[3 * 4];
    auto give = [&](int from, int to) {
        int length = 0;
        for (int k = from; k < to; ++k)
            length += encode(characters[k].folded, piece + length);
        return token(context, 0, piece, length, characters[from].start, characters[to - 1].start + characters[to - 1].bytes);
    };
    bool any = false;
    for (int i = 0; i < count; ++i) {
        const int end = i + characters[i].piece;
        if (query && end > count)
            break; // the pieces wholly inside a query are the first ones
        if (const int rc = give(i, std::min(end, count)); rc != SQLITE_OK)
            return rc;
        any = true;
    }
    if (query && !any && count > 0)
        return give(0, count);
    return SQLITE_OK;
}

} // namespace

int pieceLength(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo: return 2;
    default: return 3;
    }
}

Status registerTokenizer(sqlite3 *connection)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr) == SQLITE_OK)
        sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2)
        return Error{QCoreApplication::translate("TextSearch", "This build's SQLite has no full-text search (FTS5), which workspaces need.")};
    static fts5_tokenizer pieces{create, destroy, tokenize};
    if (api->xCreateTokenizer(api, TokenizerName, nullptr, &pieces, nullptr) != SQLITE_OK)
        return Error{QCoreApplication::translate("TextSearch", "The text search could not be set up: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(connection)))};
    return success();
}

QString matchExpression(const QString &text)
{
    const QList<uint> characters = text.toUcs4();
    const int count = int(characters.size());
    const auto quoted = [](QString phrase) -> QString {
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + phrase + QLatin1Char('"');
    };
    // The characters whose pieces lie wholly inside the text, and how far those pieces reach.
    int whole = 0;
    while (whole < count && whole + pieceLength(characters[whole]) <= count)
        ++whole;
    if (whole == 0)
        return quoted(text) + QLatin1Char('*');
    if (whole - 1 + pieceLength(characters[whole - 1]) >= count)
        return quoted(text);
    const QString rest = QString::fromUcs4(reinterpret_cast<const char32_t *>(characters.constData() + whole), count - whole);
    return quoted(text) + QStringLiteral(" + ") + quoted(rest) + QLatin1Char('*');
}

} // namespace servqa::textsearch
