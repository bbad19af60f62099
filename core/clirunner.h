#pragma once

#include <QStringList>

class QTextStream;

namespace servqa {

// servqa-cli: headless commands for QA leads and scripts.
//   score  --form FORM.json --answers ANSWERS.json   → the score as JSON
//   import --db DB --kind sites|staff|interactions [--encoding auto|utf-8|gb18030] [--source S] FILE.csv
//   demo   --db DB [--evaluations N] [--seed S] [--end yyyy-MM-dd]
// Returns the process exit code: 0 done, 1 the input was refused, 2 bad usage.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace servqa
