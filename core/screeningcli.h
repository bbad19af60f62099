#pragma once

#include <QStringList>

class QTextStream;

namespace servqa {

// `servqa-cli screen`: screens a workspace's interactions with a rule set and prints per-rule hits
// and, for rules that answer an item, their agreement with the inspectors, as JSON
// (docs/screening.md). Bad input: exit status 2 and one line naming the file and field.
int runScreeningCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace servqa
