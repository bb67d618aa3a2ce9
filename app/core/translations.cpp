#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ie {

QString installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // Installed first, so searched last: any other language's file answers before it.
    auto *plurals = new QTranslator(&app);
    if (plurals->load(u":/i18n/identity-explorer_en.qm"_s))
        QCoreApplication::installTranslator(plurals);
    else
        delete plurals;

    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        auto *own = new QTranslator(&app);
        if (own->load(locale, u"identity-explorer"_s, u"_"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(own);
        else
            delete own;
    }
    return locale.name();
}

QString languageFromArguments(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == "--lang"_L1 && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith("--lang="_L1))
            return args[i].mid(7);
    }
    return {};
}

} // namespace ie
