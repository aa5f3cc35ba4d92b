#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace nestogy {

// The listener's QTcpServer: puts a RequestSizeGuard on every connection before QtHttpServer sees it, and,
// with TLS set, hands QtHttpServer only connections whose handshake finished (a TlsHandshake watches each
// one until then), so the guard and QtHttpServer only ever see decrypted bytes.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(qint64 maxBodyBytes, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_maxBody(maxBodyBytes)
    {}

    // Serves TLS with this configuration on connections accepted from now on.
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }
    bool isTls() const { return m_tls.has_value(); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void admit(QTcpSocket *socket);

    qint64 m_maxBody;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace nestogy
