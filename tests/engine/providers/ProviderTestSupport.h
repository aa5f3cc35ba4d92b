#pragma once

// Helpers the provider tests share: reading webhook fixtures and turning inline JSON into objects.
#include "providers/Normalizer.h"
#include "providers/PayloadParser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace providertest {

inline QString fixturePath(const QString &relative)
{
    return QStringLiteral(NESTOGY_FIXTURES_DIR "/webhooks/") + relative;
}

inline QByteArray readFixture(const QString &relative)
{
    QFile f(fixturePath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

// Parses a fixture the way a delivery would be parsed, picking the Content-Type from its extension.
inline QJsonObject parseFixture(const QString &relative)
{
    const QByteArray type =
        relative.endsWith(QStringLiteral(".xml")) ? "application/xml" : "application/json";
    const nestogy::PayloadParser::Result r = nestogy::PayloadParser::parse(readFixture(relative), type);
    if (!r.ok())
        qFatal("fixture %s does not parse: %s", qPrintable(relative), qPrintable(r.error));
    return r.object;
}

inline QJsonObject object(const QByteArray &json)
{
    if (json.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        qFatal("test JSON is not an object: %s", qPrintable(error.errorString()));
    return doc.object();
}

inline QString kindName(nestogy::Normalizer::Result::Kind kind)
{
    switch (kind) {
    case nestogy::Normalizer::Result::Kind::Alert:
        return QStringLiteral("alert");
    case nestogy::Normalizer::Result::Kind::Ignored:
        return QStringLiteral("ignored");
    case nestogy::Normalizer::Result::Kind::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

inline QString statusName(nestogy::NormalizedAlert::Status status)
{
    return status == nestogy::NormalizedAlert::Status::Resolved ? QStringLiteral("resolved")
                                                                : QStringLiteral("triggered");
}

} // namespace providertest
