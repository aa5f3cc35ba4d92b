#include "IntegrationCache.h"

#include "Clock.h"
#include "CredentialVault.h"
#include "Database.h"
#include "IntegrationStore.h"

namespace nestogy {

std::optional<IntegrationCache::Entry> IntegrationCache::find(const QString &uuid, QString *error)
{
    const qint64 now = m_clock.nowMs();
    if (const auto it = m_entries.constFind(uuid); it != m_entries.cend() && now - it->loadedMs < TtlMs)
        return *it;
    QSqlDatabase db = m_database.connection();
    if (!db.isOpen()) {
        *error = m_database.lastOpenError();
        return std::nullopt;
    }
    QString err;
    auto integration = IntegrationStore::findByUuid(db, uuid, &err);
    if (!err.isEmpty()) {
        *error = err;
        return std::nullopt;
    }
    if (!integration) {
        m_entries.remove(uuid);
        return std::nullopt;
    }
    Entry entry;
    entry.integration = *integration;
    entry.loadedMs = now;
    const auto sealed = IntegrationStore::secrets(db, integration->id, &err);
    if (!err.isEmpty()) {
        *error = err;
        return std::nullopt;
    }
    // Current secrets first, then previous ones still inside their rotation grace.
    for (const auto *slot : {u"current", u"previous"}) {
        for (const auto &s : sealed) {
            if (s.slot != QStringView(slot) || (s.expiresMs > 0 && s.expiresMs <= now))
                continue;
            const auto opened = m_vault.open(integration->uuid, s.field, s.sealed);
            if (!opened.ok()) {
                entry.secretsError = opened.error;
                continue;
            }
            entry.secrets[s.field].append(opened.data);
        }
    }
    m_entries.insert(uuid, entry);
    return entry;
}

} // namespace nestogy
