#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QUrl>

// A small blocking HTTP client for tests: sends one request to the engine and waits for the whole answer.
class ApiClient
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString networkError;
        QByteArray header(const QByteArray &name) const;
    };

    explicit ApiClient(QUrl base, QByteArray token = {})
        : m_base(std::move(base))
        , m_token(std::move(token))
    {}
    void setToken(const QByteArray &token) { m_token = token; }
    // For https:// bases: trust these (and only these) certificate authorities.
    void setCaCertificates(const QList<QSslCertificate> &ca) { m_ca = ca; }

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // An empty contentType sends no Content-Type header at all (as Tactical RMM does).
    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QByteArray &contentType = QByteArrayLiteral("application/json"),
                  const Headers &headers = {});
    Reply get(const QString &path) { return request("GET", path); }
    Reply post(const QString &path, const QJsonObject &body);
    Reply put(const QString &path, const QJsonObject &body);
    Reply del(const QString &path) { return request("DELETE", path); }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_token;
    QList<QSslCertificate> m_ca;
};
