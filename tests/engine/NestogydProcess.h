#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

// Runs the real nestogyd binary for a test: starts it, waits for "listening on ...", stops it with a signal.
class NestogydProcess
{
public:
    explicit NestogydProcess(QProcessEnvironment env = QProcessEnvironment::systemEnvironment());
    ~NestogydProcess();

    // Starts with these arguments; true once it printed "listening on", false if it exited or timed out.
    bool start(const QStringList &args, int timeoutMs = 20000);
    // Runs to completion (for runs expected to fail); returns the exit code, -1 on crash or timeout.
    int runToExit(const QStringList &args, int timeoutMs = 20000);
    // Sends `signal` and waits; returns the exit code, -1 on crash or timeout.
    int stop(int signal, int timeoutMs = 20000);

    QUrl url() const { return m_url; }
    QString stdoutText() const { return m_stdout; }
    QString stderrText() const { return m_stderr; }
    QProcess &process() { return m_process; }

private:
    void collect();

    QProcess m_process;
    QUrl m_url;
    QString m_stdout;
    QString m_stderr;
};
