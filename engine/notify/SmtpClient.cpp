#include "SmtpClient.h"

#include <QDateTime>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>

namespace nestogy {

SmtpClient::SmtpClient(SmtpSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    connect(&m_socket, &QSslSocket::readyRead, this, &SmtpClient::onReadyRead);
    connect(&m_socket, &QSslSocket::errorOccurred, this, [this] {
        if (m_step != Step::Done)
            fail(QStringLiteral("connection to %1:%2 failed: %3")
                     .arg(m_settings.host)
                     .arg(m_settings.port)
                     .arg(m_socket.errorString()));
    });
    connect(&m_socket, &QSslSocket::encrypted, this, [this] {
        if (m_step == Step::EhloAfterTls)
            command("EHLO nestogy.local\r\n", Step::EhloAfterTls);
    });
}

QByteArray SmtpClient::compose(const SmtpSettings &s, const MailMessage &m, const QString &messageId)
{
    QByteArray body = m.body.toUtf8();
    body.replace("\r\n", "\n");
    body.replace('\n', "\r\n");
    // Dot-stuffing: a line that starts with '.' gets another, so it cannot end the DATA section.
    if (body.startsWith('.'))
        body.prepend('.');
    body.replace("\r\n.", "\r\n..");
    const QByteArray date = QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1();
    return "From: " + s.from.toUtf8() + "\r\nTo: " + m.to.toUtf8() + "\r\nSubject: =?UTF-8?B?" +
           m.subject.toUtf8().toBase64() + "?=\r\nDate: " + date + "\r\nMessage-ID: <" +
           messageId.toLatin1() +
           "@nestogy>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; "
           "charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
           body + "\r\n.\r\n";
}

void SmtpClient::send(const MailMessage &message)
{
    m_message = message;
    // An address is spliced into SMTP commands and headers: a line break or bracket there would let a stored
    // value add commands or headers of its own.
    for (const QString &address : {m_settings.from, message.to}) {
        if (address.isEmpty() || address.contains(u'\r') || address.contains(u'\n') ||
            address.contains(u'<') || address.contains(u'>') || !address.contains(u'@')) {
            QMetaObject::invokeMethod(
                this, [this, address] { fail(QStringLiteral("not a usable mail address: %1").arg(address)); },
                Qt::QueuedConnection);
            return;
        }
    }
    if (!m_settings.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
        if (extra.isEmpty()) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    fail(QStringLiteral("no PEM certificate could be read from %1").arg(m_settings.caFile));
                },
                Qt::QueuedConnection);
            return;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(extra);
        m_socket.setSslConfiguration(tls);
    }
    // A server that never answers must not keep a worker forever.
    QTimer::singleShot(30000, this,
                       [this] { fail(QStringLiteral("the SMTP server did not finish within 30 s")); });
    if (m_settings.security == SmtpSettings::Security::Tls)
        m_socket.connectToHostEncrypted(m_settings.host, m_settings.port);
    else
        m_socket.connectToHost(m_settings.host, m_settings.port);
}

void SmtpClient::fail(const QString &why)
{
    if (m_finished)
        return;
    m_finished = true;
    m_step = Step::Done;
    m_socket.abort();
    Q_EMIT finished(why);
}

void SmtpClient::command(const QByteArray &line, Step next)
{
    m_step = next;
    m_socket.write(line);
}

void SmtpClient::onReadyRead()
{
    m_buffer += m_socket.readAll();
    // Replies may span lines ("250-..."); the last line of a reply has a space after the code.
    while (true) {
        const auto end = m_buffer.indexOf("\r\n");
        if (end < 0)
            return;
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        if (line.size() >= 4 && line.at(3) == '-')
            continue;
        handle(line.left(3).toInt(), QString::fromUtf8(line.mid(4)));
    }
}

void SmtpClient::afterHello()
{
    if (!m_settings.username.isEmpty()) {
        const QByteArray plain = '\0' + m_settings.username.toUtf8() + '\0' + m_settings.password.toUtf8();
        command("AUTH PLAIN " + plain.toBase64() + "\r\n", Step::Auth);
        return;
    }
    command("MAIL FROM:<" + m_settings.from.toUtf8() + ">\r\n", Step::MailFrom);
}

void SmtpClient::handle(int code, const QString &text)
{
    const auto expect = [&](int wanted) {
        if (code == wanted)
            return true;
        fail(QStringLiteral("SMTP server answered %1 %2").arg(code).arg(text));
        return false;
    };
    switch (m_step) {
    case Step::Greeting:
        if (expect(220))
            command("EHLO nestogy.local\r\n", Step::Ehlo);
        return;
    case Step::Ehlo:
        if (!expect(250))
            return;
        if (m_settings.security == SmtpSettings::Security::StartTls)
            command("STARTTLS\r\n", Step::StartTls);
        else
            afterHello();
        return;
    case Step::StartTls:
        if (!expect(220))
            return;
        m_step = Step::EhloAfterTls;
        m_socket.startClientEncryption(); // EHLO again once encrypted (see the encrypted signal)
        return;
    case Step::EhloAfterTls:
        if (expect(250))
            afterHello();
        return;
    case Step::Auth:
        if (expect(235))
            command("MAIL FROM:<" + m_settings.from.toUtf8() + ">\r\n", Step::MailFrom);
        return;
    case Step::MailFrom:
        if (expect(250))
            command("RCPT TO:<" + m_message.to.toUtf8() + ">\r\n", Step::RcptTo);
        return;
    case Step::RcptTo:
        if (expect(250))
            command("DATA\r\n", Step::Data);
        return;
    case Step::Data:
        if (expect(354))
            command(compose(m_settings, m_message, QUuid::createUuid().toString(QUuid::WithoutBraces)),
                    Step::Body);
        return;
    case Step::Body:
        if (expect(250)) {
            m_finished = true; // delivered; QUIT is courtesy
            command("QUIT\r\n", Step::Quit);
            Q_EMIT finished(QString());
        }
        return;
    case Step::Quit:
        m_step = Step::Done;
        m_socket.disconnectFromHost();
        return;
    case Step::Done:
        return;
    }
}

} // namespace nestogy
