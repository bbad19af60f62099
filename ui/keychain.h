#pragma once

#include "result.h"

#include <QString>

#include <functional>

class QObject;

namespace servqa::keychain {

// A server's password in the system keychain (the Secret Service of GNOME and others, or KWallet,
// through QtKeychain), kept only when the user ticks "Remember" when connecting, under the
// server's address without the password. ServQA's settings never hold it (docs/team-mode.md).
// Each call answers once, later, on `context`'s thread, unless `context` is gone by then.

// The password kept for `address`; an empty string when none is.
void readPassword(const QString &address, QObject *context, std::function<void(Result<QString>)> done);
void keepPassword(const QString &address, const QString &password, QObject *context, std::function<void(Status)> done);
// Forgetting a password that is not kept is not an error.
void forgetPassword(const QString &address, QObject *context, std::function<void(Status)> done);

} // namespace servqa::keychain
