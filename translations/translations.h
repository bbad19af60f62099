#pragma once

#include <QLocale>
#include <QString>

namespace servqa {

// Installs ServQA's and Qt's own translations for `language` ("zh_CN", "en"), replacing any
// installed before. Safe to call again to switch language at run time.
void installTranslations(const QString &language);

// The language installed last ("en" until installTranslations() is called).
QString currentLanguage();

// The language to use when the user has not chosen one: Chinese on a Chinese system.
QString defaultLanguage(const QLocale &locale = QLocale::system());

} // namespace servqa
