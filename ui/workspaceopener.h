#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace servqa {

// The GUI's side of opening a workspace safely (docs/architecture.md, "A damaged, foreign,
// newer, read-only or busy workspace"): the damage check and the upgrade run on a worker thread
// under a busy dialog; a damaged workspace is explained, and offered read-only or restored from a
// backup; backups are listed to choose from.
class WorkspaceOpener
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceOpener)

public:
    // What making a workspace ready found: damage (the problems), an error, or neither.
    struct Prepared
    {
        QStringList damage;
        QString error;
    };
    // Checks the file for damage unless it is known whole, then upgrades an older workspace and
    // finishes a search index a stopped demo left unfinished — off the GUI thread, with a busy
    // dialog when it takes a moment.
    static Prepared prepare(QWidget *parent, const QString &path);

    enum class Choice { Cancel, ReadOnly, Restore };
    // Says what is damaged and what the user can do; for Restore, `backup` is the file chosen.
    static Choice askAboutDamage(QWidget *parent, const QString &path, const QStringList &problems, QString &backup);
    // One of the workspace's backups, newest first; empty when there is none or the user cancels.
    static QString chooseBackup(QWidget *parent, const QString &workspacePath);
    // For reading a workspace that must not be written: the file itself when it is of this
    // version, else a private copy (in the cache folder, under the same name) upgraded on a
    // worker thread. The error says why it cannot be read.
    static Result<QString> upgradedCopy(QWidget *parent, const QString &path);
    // The on-demand check (File ▸ Check for Damage): every page read, the verdict shown.
    static void checkNow(QWidget *parent, const QString &path);
};

} // namespace servqa
