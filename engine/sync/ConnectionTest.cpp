#include "ConnectionTest.h"

#include "ApiDeliveryLog.h"
#include "RmmApiClients.h"
#include "RmmTokenCache.h"

#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace nestogy {

void ConnectionTest::run(const Integration &integration, const QMap<QString, QByteArray> &credentials,
                         StorageWriter *writer, const Clock &clock, QObject *context, Done done)
{
    RmmApiClient::Settings settings = RmmApiClients::settingsFor(integration, credentials);
    settings.maxPages = 1;
    settings.pageSize = settings.pageSize > 0 ? qMin(settings.pageSize, PageSize) : PageSize;
    settings.tokenScope.clear();
    // A fresh token cache: the test must prove the credentials, not reuse a token they once earned.
    std::unique_ptr<RmmApiClient> owned = RmmApiClients::create(integration.provider, std::move(settings),
                                                                std::make_shared<RmmTokenCache>(), clock);
    if (!owned) {
        Result r;
        r.error = u"provider %1 has no device API"_s.arg(providers::toString(integration.provider));
        QTimer::singleShot(0, context, [done, r] { done(r); });
        return;
    }
    // Owned by the context: if it goes away, so does the test, and nothing is answered.
    RmmApiClient *client = owned.release();
    client->setParent(context);
    if (writer)
        client->setExchangeLog(ApiDeliveryLog::into(*writer, integration.id, 0));
    auto result = std::make_shared<Result>();
    client->listDevices(
        [result](const RmmApiClient::Page &page) {
            result->devicesSeen = int(page.devices.size());
            result->total = page.total;
        },
        [client, result, done](const QString &error) {
            result->ok = error.isEmpty();
            result->error = error;
            client->deleteLater();
            done(*result);
        });
}

} // namespace nestogy
