#include "EngineFixture.h"

#include "EngineConfig.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

EngineFixture::~EngineFixture()
{
    stop();
}

void EngineFixture::setTls(const QString &certFile, const QString &keyFile, const QString &caFile)
{
    m_tlsCert = certFile;
    m_tlsKey = keyFile;
    m_tlsCa = caFile;
}

QString EngineFixture::start(qint64 maxBodyBytes)
{
    qputenv("NESTOGY_MASTER_KEY", QByteArray(32, 'k').toBase64());
    qputenv("NESTOGY_ADMIN_TOKEN", "test-admin-token");
    nestogy::EngineConfig config;
    config.dataDir = m_dir.path();
    config.listenHost = QStringLiteral("127.0.0.1");
    config.listenPort = 0;
    config.maxBodyBytes = maxBodyBytes;
    config.tlsCertFile = m_tlsCert;
    config.tlsKeyFile = m_tlsKey;
    m_host = std::make_unique<nestogy::EngineHost>(config);
    QSignalSpy started(m_host.get(), &nestogy::EngineHost::started);
    QSignalSpy failed(m_host.get(), &nestogy::EngineHost::failed);
    m_host->start();
    if (!QTest::qWaitFor([&] { return started.count() + failed.count() > 0; }, 20000))
        return QStringLiteral("engine did not start within 20 s");
    if (!failed.isEmpty())
        return failed.first().first().toString();
    m_base = QUrl(started.first().first().toString());
    m_api = std::make_unique<ApiClient>(m_base, "test-admin-token");
    if (!m_tlsCa.isEmpty())
        m_api->setCaCertificates(QSslCertificate::fromPath(m_tlsCa));
    return {};
}

void EngineFixture::stop()
{
    m_api.reset();
    if (!m_host)
        return;
    QSignalSpy stopped(m_host.get(), &nestogy::EngineHost::stopped);
    m_host->stop();
    stopped.wait(20000);
    m_host.reset();
}

QJsonObject EngineFixture::createIntegration(const QJsonObject &body)
{
    const auto r = m_api->post(QStringLiteral("/api/integrations"), body);
    if (r.status != 201) {
        qWarning() << "creating an integration failed:" << r.status << r.body;
        return {};
    }
    return r.json;
}

int EngineFixture::rawRequest(const QByteArray &request, QByteArray *body)
{
    QSslSocket socket;
    if (m_tlsCa.isEmpty()) {
        socket.connectToHost(m_base.host(), quint16(m_base.port()));
        if (!socket.waitForConnected(5000))
            return 0;
    } else {
        QSslConfiguration ssl = socket.sslConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(m_tlsCa));
        socket.setSslConfiguration(ssl);
        socket.connectToHostEncrypted(m_base.host(), quint16(m_base.port()));
        if (!socket.waitForEncrypted(5000))
            return 0;
    }
    socket.write(request);
    socket.flush();
    QByteArray response;
    // Read until the declared body has arrived (or the server closes).
    while (socket.waitForReadyRead(10000) || socket.bytesAvailable() > 0) {
        response += socket.readAll();
        const auto headerEnd = response.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            continue;
        const QByteArray head = response.left(headerEnd).toLower();
        const auto cl = head.indexOf("content-length:");
        if (cl >= 0) {
            const qint64 length =
                head.mid(cl + 15, head.indexOf("\r\n", cl) - cl - 15).trimmed().toLongLong();
            if (response.size() - headerEnd - 4 >= length)
                break;
        }
    }
    const auto headerEnd = response.indexOf("\r\n\r\n");
    if (body && headerEnd >= 0)
        *body = response.mid(headerEnd + 4);
    const QList<QByteArray> statusLine = response.left(response.indexOf("\r\n")).split(' ');
    return statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
}
