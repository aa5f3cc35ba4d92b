#include "IntegrationDraftCheck.h"

#include "ClientStore.h"
#include "GenericNormalizer.h"
#include "IntegrationValidator.h"
#include "WebhookAuthMethods.h"

using namespace Qt::StringLiterals;

namespace nestogy {

namespace {

// The validator's order, so a field is checked against the fields before it (credentials need the provider).
const QStringList &fieldOrder()
{
    static const QStringList order{u"name"_s,        u"provider"_s,  u"api_endpoint"_s,
                                   u"client_id"_s,   u"is_active"_s, u"field_mappings"_s,
                                   u"alert_rules"_s, u"settings"_s,  u"revoke_previous_credentials"_s};
    return order;
}

void add(IntegrationDraftCheck::Problems &problems, const QString &field, const QString &message)
{
    if (!problems.contains(field))
        problems.insert(field, message);
}

} // namespace

IntegrationDraftCheck::Problems IntegrationDraftCheck::check(const Draft &draft, QSqlDatabase &db)
{
    Problems problems;
    const bool creating = !draft.current;
    Integration target = draft.current.value_or(Integration{});
    const QJsonObject &body = draft.body;

    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (fieldOrder().contains(it.key()) || it.key() == u"credentials")
            continue;
        Integration scratch = target;
        const auto outcome = IntegrationValidator::apply({{it.key(), it.value()}}, scratch, false);
        if (!outcome.ok())
            add(problems, outcome.field, outcome.message);
    }
    for (const QString &key : fieldOrder()) {
        QJsonValue value = body.value(key);
        if (value.isUndefined()) {
            if (!creating || (key != u"name" && key != u"provider"))
                continue;
            value = QJsonValue::Null; // missing where required: the validator's own "required" reason
        }
        Integration candidate = target;
        const auto outcome = IntegrationValidator::apply({{key, value}}, candidate, false);
        // A provider switched to generic is checked against the draft's new mapping at field_mappings.
        const bool mappingJudgedLater =
            key == u"provider" && outcome.field == u"field_mappings" && body.contains(u"field_mappings");
        if (outcome.ok() || mappingJudgedLater)
            target = candidate;
        else
            add(problems, outcome.field, outcome.message);
    }
    checkCredentials(draft, target, problems);
    splitMappingProblems(body, problems);

    if (!problems.contains(u"client_id"_s) && target.clientId) {
        QString error;
        if (!ClientStore::find(db, *target.clientId, &error))
            problems.insert(u"client_id"_s, error.isEmpty() ? u"no client with id %1"_s.arg(*target.clientId)
                                                            : u"cannot check the client: %1"_s.arg(error));
    }
    checkAuthMethod(draft, target, problems);
    return problems;
}

void IntegrationDraftCheck::checkCredentials(const Draft &draft, const Integration &target,
                                             Problems &problems)
{
    const QJsonValue credentials = draft.body.value(u"credentials");
    if (credentials.isUndefined())
        return;
    if (!credentials.isObject()) {
        Integration scratch = target;
        const auto outcome = IntegrationValidator::apply({{u"credentials"_s, credentials}}, scratch, false);
        add(problems, outcome.field, outcome.message);
        return;
    }
    // One credential at a time, so each field hears its own reason.
    const QJsonObject all = credentials.toObject();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        Integration scratch = target;
        const auto outcome = IntegrationValidator::apply(
            {{u"credentials"_s, QJsonObject{{it.key(), it.value()}}}}, scratch, false);
        if (!outcome.ok())
            add(problems, outcome.field, outcome.message);
    }
}

void IntegrationDraftCheck::splitMappingProblems(const QJsonObject &body, Problems &problems)
{
    if (!problems.contains(u"field_mappings"_s) || !body.value(u"field_mappings").isObject())
        return;
    // Each mapping key on its own, so the editor can mark the very path that is wrong.
    const QJsonObject mappings = body.value(u"field_mappings").toObject();
    bool split = false;
    for (auto it = mappings.constBegin(); it != mappings.constEnd(); ++it) {
        const QStringList own = GenericNormalizer::validateMappings({{it.key(), it.value()}});
        if (!own.isEmpty()) {
            problems.insert(u"field_mappings."_s + it.key(), own.join(u"; "_s));
            split = true;
        }
    }
    if (split)
        problems.remove(u"field_mappings"_s);
}

void IntegrationDraftCheck::checkAuthMethod(const Draft &draft, const Integration &target, Problems &problems)
{
    if (draft.authMethod.isEmpty() || problems.contains(u"provider"_s))
        return;
    const auto method = WebhookAuthMethods::find(target.provider, draft.authMethod);
    if (!method) {
        QStringList ids;
        const auto methods = WebhookAuthMethods::forProvider(target.provider);
        for (const auto &m : methods)
            ids << m.id;
        problems.insert(u"auth_method"_s, u"not a webhook authentication of provider %1 (one of %2)"_s.arg(
                                              providers::toString(target.provider), ids.join(u", "_s)));
        return;
    }
    // A sender that cannot authenticate is refused on every webhook: a broken integration.
    const QJsonObject credentials = draft.body.value(u"credentials").toObject();
    const QStringList allowed = providers::credentialFields(target.provider);
    for (const QString &field : method->fields) {
        const QJsonValue v = credentials.value(field);
        const bool given = v.isString() && !v.toString().isEmpty();
        const bool kept = draft.current && draft.current->credentialsSet.contains(field) &&
                          allowed.contains(field) && !v.isNull();
        if (!given && !kept)
            add(problems, u"credentials."_s + field, u"required for this webhook authentication"_s);
    }
}

} // namespace nestogy
