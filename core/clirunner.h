#pragma once

#include "database.h"
#include "result.h"

#include <QStringList>

#include <memory>

class QCommandLineParser;
class QTextStream;

namespace servqa {

// servqa-cli: headless commands for QA leads and scripts.
//   score  --form FORM.json --answers ANSWERS.json   → the score as JSON
//   import --db DB --kind sites|staff|interactions [--encoding auto|utf-8|gb18030] [--source S] FILE.csv
//   demo   --db DB [--evaluations N] [--seed S] [--end yyyy-MM-dd]
// Returns the process exit code: 0 done, 1 the input was refused, 2 bad usage.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Parses a command's options. --help prints the command's options (`help` is set: the caller
// returns 0); a bad option prints the problem and the usage (the caller returns 2).
bool parseCommandLine(const char *command, QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                      QTextStream &err, bool &help);

// Opens the workspace file a command works on, refusing a damaged one, and says on `err` when the
// open has a killed demo's search index to finish first; and after a command that wrote, records
// the file as known whole (core/integrity.h).
Result<std::unique_ptr<Database>> openForCommand(const QString &path, Database::OpenMode mode, QTextStream &err);
void closeAfterCommand(std::unique_ptr<Database> db);

} // namespace servqa
