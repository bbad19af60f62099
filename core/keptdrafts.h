#pragma once

#include "result.h"
#include "scoreengine.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace servqa {

class Database;

// An evaluation draft the server could not take (team mode, the connection lost mid-work), kept on
// this computer until it can: a crash or a quit meanwhile loses nothing.
struct KeptDraft
{
    qint64 evaluationId = 0; // 0: not made on the server yet
    qint64 interactionId = 0;
    qint64 formVersionId = 0;
    Answers answers;
    QString comment;
    QDateTime keptAt;
    QString file; // where it is kept (filled in by KeptDrafts)
};

// What saving the kept drafts did: how many reached the server, and why the others did not.
struct KeptDraftsSaved
{
    int saved = 0;
    QStringList problems; // one sentence each, naming the file the draft stays in
};

// The drafts kept for one server address and account (a folder of their own under the user's data
// folder, or `folder` in tests). Each draft is one JSON file, written whole through a temporary
// file, so a file is either the last draft kept or the one before.
class KeptDrafts
{
public:
    explicit KeptDrafts(const QString &serverAddress, const QString &folder = {});

    Status keep(KeptDraft &draft);
    Status forget(const KeptDraft &draft);
    // The draft kept for an evaluation, or for a new draft of an interaction with a form.
    QString fileFor(const KeptDraft &draft) const;
    Result<QVector<KeptDraft>> all() const;
    bool isEmpty() const;
    QString folder() const { return m_folder; }

    // Saves every kept draft to `db` as `userId` (the signed-in account) and forgets those saved. A
    // draft the server refuses (submitted meanwhile from another desk, say) stays where it is.
    KeptDraftsSaved saveAll(Database &db, qint64 userId);

private:
    QString newDraftFile(const KeptDraft &draft) const;

    QString m_folder;
};

} // namespace servqa
