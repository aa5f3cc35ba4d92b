#pragma once

#include <QList>
#include <QLocale>
#include <QObject>

class QTranslator;

namespace nestogy {

// Installs the application's embedded translations, and Qt's own, for one locale until it is destroyed.
class TranslationLoader : public QObject
{
    Q_OBJECT

public:
    explicit TranslationLoader(QObject *parent = nullptr);

    // Falls back to the English catalogue when the locale has none, because English plural forms
    // ("1 job", "2 jobs") also come from a catalogue. Returns false only if nothing could be loaded.
    bool load(const QLocale &locale);
    // The language of the loaded application catalogue ("de", "en"), empty before load() succeeds.
    QString language() const;

private:
    void unload();

    QList<QTranslator *> m_translators;
};

} // namespace nestogy
