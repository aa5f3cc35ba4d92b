#pragma once

#include "Integration.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>

namespace nestogy {

// Applies a JSON request body (create or partial update) to an Integration, checking every field; on the
// first problem it names the field and says what is wrong. Secrets are handed out separately, in plaintext,
// for the caller to seal: they never enter the Integration value.
class IntegrationValidator
{
public:
    struct Outcome
    {
        QString field; // empty when valid
        QString message;
        QMap<QString, QByteArray> secrets; // credential name -> plaintext to store
        QStringList removeSecrets;         // credential names set to null
        QStringList changed;               // top-level fields the body changed (for the audit log)
        bool revokePrevious = false;       // end the rotation grace of replaced secrets now
        bool ok() const { return field.isEmpty(); }
    };

    static Outcome apply(const QJsonObject &body, Integration &target, bool creating);
};

} // namespace nestogy
