#pragma once

#include <QStringList>

class QTextStream;

namespace servqa {

// `servqa-cli server`: team mode on a PostgreSQL server (docs/team-mode.md).
//   server init --url postgresql://USER@HOST:PORT/DATABASE
// creates the workspace's schema in an empty database (or upgrades a workspace there to this
// version), one migration a transaction, as opening a file does.
int runServerCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace servqa
