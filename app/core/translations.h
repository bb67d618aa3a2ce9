#pragma once

#include <QString>

class QCoreApplication;

namespace ie {

// Installs the UI translations for `language` ("de", "en", ...; empty: the system locale) on
// `app`: Qt's own strings, the English plural forms (the source language carries "%n item(s)"
// strings that need a real singular), then the language's own file, which wins where it has a
// translation. Returns the locale name that was chosen.
QString installTranslators(QCoreApplication &app, const QString &language);

// "--lang LANG" or "--lang=LANG" among `args`, or empty.
QString languageFromArguments(const QStringList &args);

} // namespace ie
