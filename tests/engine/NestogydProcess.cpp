#include "NestogydProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <csignal>

NestogydProcess::NestogydProcess(QProcessEnvironment env)
{
    m_process.setProgram(QStringLiteral(NESTOGYD_PATH));
    m_process.setProcessEnvironment(env);
}

NestogydProcess::~NestogydProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void NestogydProcess::collect()
{
    m_stdout += QString::fromLocal8Bit(m_process.readAllStandardOutput());
    m_stderr += QString::fromLocal8Bit(m_process.readAllStandardError());
}

bool NestogydProcess::start(const QStringList &args, int timeoutMs)
{
    m_process.setArguments(args);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs))
        return false;
    static const QRegularExpression re(QStringLiteral(R"(listening on (https?://\S+))"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(100);
        collect();
        const auto m = re.match(m_stdout);
        if (m.hasMatch()) {
            m_url = QUrl(m.captured(1));
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            return false;
    }
    return false;
}

int NestogydProcess::runToExit(const QStringList &args, int timeoutMs)
{
    m_process.setArguments(args);
    m_process.start();
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished();
        collect();
        return -1;
    }
    collect();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

int NestogydProcess::stop(int signal, int timeoutMs)
{
    ::kill(pid_t(m_process.processId()), signal);
    const bool finished = m_process.waitForFinished(timeoutMs);
    collect();
    if (!finished)
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}
