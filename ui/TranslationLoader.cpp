#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

constexpr auto CatalogueDirectory = ":/i18n"_L1;
constexpr auto CatalogueName = "nestogy"_L1;
constexpr auto FallbackCatalogue = ":/i18n/nestogy_en"_L1;

} // namespace

TranslationLoader::TranslationLoader(QObject *parent)
    : QObject(parent)
{}

bool TranslationLoader::load(const QLocale &locale)
{
    unload();

    auto *application = new QTranslator(this);
    if (!application->load(locale, CatalogueName, u"_"_s, CatalogueDirectory) &&
        !application->load(FallbackCatalogue)) {
        delete application;
        return false;
    }
    QCoreApplication::installTranslator(application);
    m_translators.append(application);

    // Qt's catalogues translate standard dialog buttons and the command line help; they are optional.
    auto *qt = new QTranslator(this);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_translators.append(qt);
    } else {
        delete qt;
    }
    return true;
}

QString TranslationLoader::language() const
{
    return m_translators.isEmpty() ? QString() : m_translators.constFirst()->language();
}

void TranslationLoader::unload()
{
    // A QTranslator removes itself from the application when it is deleted.
    qDeleteAll(m_translators);
    m_translators.clear();
}

} // namespace nestogy
