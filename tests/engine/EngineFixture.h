#pragma once

#include "ApiClient.h"
#include "EngineHost.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

// A real engine for a test: its own data dir, a listener on a free loopback port, a master key and an admin
// token from the environment, and an admin API client.
class EngineFixture
{
public:
    EngineFixture() = default;
    ~EngineFixture();

    // Serves HTTPS with these PEM files from start() on; the API client and rawRequest() trust the
    // certificates in caFile.
    void setTls(const QString &certFile, const QString &keyFile, const QString &caFile);
    // Starts the engine; returns an error text or "".
    QString start(qint64 maxBodyBytes = 1024 * 1024);
    void stop();

    ApiClient &api() { return *m_api; }
    QUrl baseUrl() const { return m_base; }
    QString dataDir() const { return m_dir.path(); }
    nestogy::EngineHost *host() const { return m_host.get(); }

    // Creates an integration through the API; returns its JSON (empty on failure, with a warning).
    QJsonObject createIntegration(const QJsonObject &body);
    // Sends a raw HTTP/1.1 request over a plain socket, or a TLS one with setTls() (no client library fixing
    // up headers); returns the status and fills *body.
    int rawRequest(const QByteArray &request, QByteArray *body = nullptr);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<nestogy::EngineHost> m_host;
    std::unique_ptr<ApiClient> m_api;
    QUrl m_base;
    QString m_tlsCert;
    QString m_tlsKey;
    QString m_tlsCa;
};
