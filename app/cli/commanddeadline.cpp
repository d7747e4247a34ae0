#include "cli/commanddeadline.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <cstdio>
#include <cstdlib>

CommandDeadline::CommandDeadline(std::chrono::milliseconds limit, int exitCode, QString message,
                                 std::chrono::milliseconds grace)
    : m_limit(limit)
    , m_grace(grace)
    , m_exitCode(exitCode)
    , m_message(message.toUtf8() + '\n')
{ }

CommandDeadline::~CommandDeadline()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void CommandDeadline::start()
{
    if (m_limit.count() <= 0 || m_thread.joinable())
        return;
    m_thread = std::thread([this] { watch(); });
}

void CommandDeadline::watch()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    if (m_wake.wait_for(lock, m_limit, [this] { return m_stopped; }))
        return;
    std::fputs(m_message.constData(), stderr);
    std::fflush(stderr);
    const int code = m_exitCode;
    if (QCoreApplication *app = QCoreApplication::instance())
        QMetaObject::invokeMethod(
            app, [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    if (m_wake.wait_for(lock, m_grace, [this] { return m_stopped; }))
        return;
    // The main thread is stuck where the event loop cannot reach it.
    std::fflush(stdout);
    std::_Exit(code);
}

std::chrono::seconds CommandDeadline::fromEnvironment(std::chrono::seconds fallback,
                                                      QString *problem)
{
    const QString text = qEnvironmentVariable("LEADDESK_COMMAND_TIMEOUT").trimmed();
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (!ok || seconds < 0) {
        if (problem)
            *problem = QCoreApplication::translate(
                           "CommandDeadline",
                           "LEADDESK_COMMAND_TIMEOUT must be a whole number of seconds (0: none), "
                           "not \"%1\".")
                           .arg(text);
        return fallback;
    }
    return std::chrono::seconds(seconds);
}
