#pragma once

#include "RmmApiClient.h"

namespace nestogy {

// NinjaOne API v2: OAuth client credentials at /ws/oauth/token, then /v2/devices-detailed in pages of
// pageSize devices, each page starting after the last device id of the one before; an empty page ends.
class NinjaApiClient final : public RmmApiClient
{
    Q_OBJECT
public:
    using RmmApiClient::RmmApiClient;

    QString vendor() const override { return QStringLiteral("NinjaOne"); }
    static QStringList requiredCredentials();
    // One device of /v2/devices-detailed; nullopt with *error naming the field when it has no id.
    static std::optional<RmmDevice> readDevice(const QJsonObject &device, QString *error);

protected:
    Cursor firstCursor() const override { return {}; }
    int defaultPageSize() const override { return 200; }
    RmmHttp::Request tokenRequest() const override;
    std::optional<Token> readToken(const QJsonDocument &answer, qint64 nowMs, QString *error) const override;
    RmmHttp::Request pageRequest(const Cursor &cursor) const override;
    ParsedPage readPage(const QJsonDocument &answer, const Cursor &cursor) const override;
};

} // namespace nestogy
