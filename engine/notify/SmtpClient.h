#pragma once

#include "SmtpSettings.h"

#include <QByteArray>
#include <QObject>
#include <QSslSocket>
#include <QString>
#include <QStringList>

namespace nestogy {

struct MailMessage
{
    QString to;
    QString subject;
    QString body; // plain text
};

// Sends one message over SMTP (RFC 5321): EHLO, STARTTLS or implicit TLS, AUTH PLAIN, MAIL/RCPT/DATA.
// Asynchronous: finished() says "" on success or what went wrong. One client per message; lives on a thread
// with an event loop.
class SmtpClient : public QObject
{
    Q_OBJECT
public:
    explicit SmtpClient(SmtpSettings settings, QObject *parent = nullptr);

    void send(const MailMessage &message);
    static QByteArray compose(const SmtpSettings &settings, const MailMessage &message,
                              const QString &messageId);

Q_SIGNALS:
    void finished(const QString &error);

private:
    enum class Step {
        Greeting,
        Ehlo,
        StartTls,
        EhloAfterTls,
        Auth,
        MailFrom,
        RcptTo,
        Data,
        Body,
        Quit,
        Done
    };
    void onReadyRead();
    void handle(int code, const QString &text);
    void command(const QByteArray &line, Step next);
    void fail(const QString &why);
    void afterHello();

    SmtpSettings m_settings;
    MailMessage m_message;
    QSslSocket m_socket;
    QByteArray m_buffer;
    Step m_step = Step::Greeting;
    bool m_finished = false;
};

} // namespace nestogy
