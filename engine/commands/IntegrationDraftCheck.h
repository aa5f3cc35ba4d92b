#pragma once

#include "Integration.h"

#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>

#include <optional>

namespace nestogy {

// Names every problem of an integration draft at its field, for an editor that marks fields while the admin
// types; the API's IntegrationValidator stops at the first. It runs that same validator one field at a time,
// so the desktop and the API refuse exactly the same input.
class IntegrationDraftCheck
{
public:
    struct Draft
    {
        QJsonObject body;                   // what the API's create or update would receive
        std::optional<Integration> current; // the stored integration when editing; nullopt for a new one
        QString authMethod; // the webhook method picked (WebhookAuthMethods); "" skips that check
    };
    // Field -> reason. Fields are named as the API names them: "name", "settings.severity_map",
    // "credentials.hmac_secret", "field_mappings.alert_id", "alert_rules", ...
    using Problems = QMap<QString, QString>;

    // `db` answers whether client_id names a client; if it cannot, client_id says so.
    static Problems check(const Draft &draft, QSqlDatabase &db);

private:
    static void checkCredentials(const Draft &draft, const Integration &target, Problems &problems);
    static void splitMappingProblems(const QJsonObject &body, Problems &problems);
    static void checkAuthMethod(const Draft &draft, const Integration &target, Problems &problems);
};

} // namespace nestogy
