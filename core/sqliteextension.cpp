// ServQA's tokenizer of the interactions' text index (core/textsearch.h, schema 38) as an SQLite
// extension, for tools other than ServQA: loaded into the `sqlite3` shell
// (`.load build/core/libservqa_sqlite`), a workspace's interactions can be searched and written
// there as through ServQA's own connections. The performance benchmark's floor row uses it
// (bench/bench_scale.cpp). SQLite finds the entry point from the file's name.

#include "textsearch.h"

#include <QtGlobal>

#include <sqlite3.h>

extern "C" Q_DECL_EXPORT int sqlite3_servqasqlite_init(sqlite3 *connection, char **error, const sqlite3_api_routines *)
{
    const servqa::Status registered = servqa::textsearch::registerTokenizer(connection);
    if (registered)
        return SQLITE_OK;
    *error = sqlite3_mprintf("%s", registered.error().toUtf8().constData());
    return SQLITE_ERROR;
}
