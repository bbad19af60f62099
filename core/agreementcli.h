#pragma once

#include <QStringList>

class QTextStream;

namespace servqa {

// `servqa-cli agreement`: an agreement statistic (core/agreement.h) of the ratings in a CSV file,
// as JSON with every number to 17 significant digits, so that anyone can check ServQA against a
// textbook without a workspace. Bad input: exit status 2 and one line naming the line and column.
int runAgreementCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace servqa
