#pragma once

#include "result.h"

#include <QString>

namespace servqa {

class Database;

// Voices the transcripts of `count` demo calls — those waiting on inspectors' work queues first,
// then the latest — into WAV files in `folder`/recordings/ with Debian's espeak-ng (Mandarin or
// English by line, the agent and the customer in different voices), and links each call to its
// file by a path relative to the workspace, so the editor's player and transcript can be tried
// together. Returns how many were written; an error when espeak-ng is missing or fails.
Result<int> addDemoRecordings(Database &db, const QString &folder, int count);

} // namespace servqa
