#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace servqa {

namespace {
QString &installedLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

QString currentLanguage()
{
    return installedLanguage();
}

void installTranslations(const QString &language)
{
    installedLanguage() = language;
    // Owned here for the life of the process; replaced on a language switch.
    static std::unique_ptr<QTranslator> app;
    static std::unique_ptr<QTranslator> qt;
    for (auto *t : {app.get(), qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
    // Numbers and %Ln follow the UI language, not the system's.
    QLocale::setDefault(QLocale(language));
    app = std::make_unique<QTranslator>();
    qt = std::make_unique<QTranslator>();
    // servqa_en.qm carries the English plural forms; servqa_zh_CN.qm everything in Chinese.
    if (app->load(QStringLiteral(":/i18n/servqa_") + language + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(app.get());
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
}

QString defaultLanguage(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace servqa
