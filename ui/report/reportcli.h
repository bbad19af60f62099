#pragma once

#include <QStringList>

class QTextStream;

namespace servqa {

// servqa-cli report: the PDF audit reports without the GUI (the caller runs a QApplication,
// on the offscreen platform when there is no display).
//   report --db DB --kind evaluation|visit|store|agent|gap|indicators|calibration|batch [--id ID|CODE] [--region R]
//          [--from yyyy-MM-dd --to yyyy-MM-dd] [--wave NAME] [--by NAME] [--pdfa] --out FILE.pdf|FOLDER
// --lang is read by main() before translations are installed. Returns 0, 1 refused, 2 usage.
int runReportCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace servqa
