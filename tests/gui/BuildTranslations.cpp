// Linked into every GUI test: the catalogues of this build tree. The programs of build/bin
// find them beside bin/ (build/share/comptoir/translations); the tests live elsewhere, so
// they say where through COMPTOIR_TRANSLATIONS_DIR, unless it is set already (a test run by
// hand with other catalogues).
#include <QCoreApplication>

namespace {

void useBuildTranslations()
{
    if (qEnvironmentVariableIsEmpty("COMPTOIR_TRANSLATIONS_DIR"))
        qputenv("COMPTOIR_TRANSLATIONS_DIR", COMPTOIR_TRANSLATIONS_DIR);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(useBuildTranslations)
