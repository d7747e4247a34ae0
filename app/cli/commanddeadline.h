#pragma once

#include <QString>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

/// The whole command's deadline: however the command is held up (a platform that trickles,
/// retries, a keychain that never answers, a database lock), it ends by then with exit code 4.
///
/// A watchdog thread, because the main thread may be the one that is stuck. When the time is
/// up it prints `message`, asks the event loop to quit with `exitCode`, and if the process is
/// still there `grace` later, ends it. Ending the process is what a kill does, and the outbox
/// is built to survive that: an item left "sending" is looked up before it goes again.
class CommandDeadline
{
public:
    /// Does nothing until start(); a zero `limit` never fires.
    CommandDeadline(std::chrono::milliseconds limit, int exitCode, QString message,
                    std::chrono::milliseconds grace = std::chrono::seconds(5));
    /// Stops the watchdog (the command ended in time).
    ~CommandDeadline();
    CommandDeadline(const CommandDeadline &) = delete;
    CommandDeadline &operator=(const CommandDeadline &) = delete;

    void start();

    /// The limit from LEADDESK_COMMAND_TIMEOUT (seconds; 0 turns it off), else `fallback`.
    /// Empty `problem` unless the variable holds something else than a whole number.
    static std::chrono::seconds fromEnvironment(std::chrono::seconds fallback, QString *problem);

private:
    void watch();

    std::chrono::milliseconds m_limit;
    std::chrono::milliseconds m_grace;
    int m_exitCode;
    QByteArray m_message;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopped = false;
    std::thread m_thread;
};
