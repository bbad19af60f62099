#pragma once

#include <QStringList>

class QTextStream;

namespace servqa {

// `servqa-cli spc`: a control chart (core/spc.h) of the subgroups in a CSV file, as JSON with every
// number to 17 significant digits. Bad input: exit status 2 and one line naming the line and column.
int runSpcCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

// `servqa-cli nps`: the Net Promoter Score (core/nps.h) of a column of 0–10 answers, the same way.
int runNpsCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace servqa
