#pragma once

#include <QString>

class QCoreApplication;

namespace creditdesk {

/// Installs the translations for a language: CreditDesk's own (compiled into the binary) and
/// Qt's. \a language is a locale name such as "zh_CN" or "en"; empty means the system locale.
/// Returns the language actually used.
QString installTranslations(QCoreApplication &application, const QString &language);

} // namespace creditdesk
