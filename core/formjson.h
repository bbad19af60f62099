#pragma once

#include "form.h"
#include "result.h"
#include "scoreengine.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace servqa {

// The form and answers JSON formats of `servqa-cli score` and of form export/import,
// documented in docs/formats.md. `source` names the file in error messages.
Result<Form> formFromJson(const QByteArray &json, const QString &source);
QByteArray formToJson(const Form &form);

Result<Answers> answersFromJson(const QByteArray &json, const Form &form, const QString &source);

QJsonObject scoreResultToJson(const Form &form, const ScoreResult &result);

// Checks a form's structure: keys unique and present, weights ≥ 0, targets where the item
// type needs them. Returns the first problem with its place ("sections[1].items[2]").
Status validateForm(const Form &form, const QString &source);

} // namespace servqa
