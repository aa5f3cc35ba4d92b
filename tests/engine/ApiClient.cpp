#include "ApiClient.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>

QByteArray ApiClient::Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

ApiClient::Reply ApiClient::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                    const QByteArray &contentType, const Headers &headers)
{
    QUrl url = m_base;
    const auto q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token);
    if (!contentType.isEmpty() && (!body.isEmpty() || method == "POST" || method == "PUT"))
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    if (!m_ca.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(m_ca);
        req.setSslConfiguration(ssl);
    }
    auto *buffer = new QBuffer;
    buffer->setData(body);
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, buffer);
    buffer->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    out.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && out.status == 0)
        out.networkError = reply->errorString();
    reply->deleteLater();
    return out;
}

ApiClient::Reply ApiClient::post(const QString &path, const QJsonObject &body)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiClient::Reply ApiClient::put(const QString &path, const QJsonObject &body)
{
    return request("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}
