#pragma once

#include <QString>

class QDialog;
class QWidget;

namespace servqa {

class Session;

// Who is working in this workspace: chosen once per workspace (remembered for it), changed
// only on purpose — File ▸ Work As…, or the "Working as" button in the status bar — never by an
// arrow key in a list. Every page acts as this person.

// Shows the people of the workspace with their roles and what each role does, window-modal and
// without blocking; the choice becomes the session's user. nullptr when there is nobody to
// choose. The dialog deletes itself when closed.
QDialog *showWorkAsDialog(QWidget *parent, Session &session);

// "刘勇 · Inspector", or empty when the workspace has no users.
QString workingAsText(Session &session);

// The reason a role-bound action is off, for its tooltip: `onlyWho` ("Only a QA lead can do
// this.") and who the user is working as, and how to change that.
QString roleReason(Session &session, const QString &onlyWho);

// Turns an action on, or off with a tooltip saying why; on, its own tooltip comes back.
void setEnabledWithReason(QWidget *widget, bool enabled, const QString &whyNot);

} // namespace servqa
