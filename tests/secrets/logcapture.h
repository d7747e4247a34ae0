#pragma once

#include <QMutex>
#include <QMutexLocker>
#include <QString>
#include <QtGlobal>

/// Records everything logged through Qt (all categories, all levels that are
/// enabled) while it exists, and still passes it on to the test log.
class LogCapture
{
public:
    LogCapture()
    {
        s_current = this;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QString text() const
    {
        QMutexLocker lock(&m_mutex);
        return m_text;
    }
    int count(const QString &needle) const { return text().count(needle); }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        LogCapture *current = s_current;
        if (!current)
            return;
        {
            QMutexLocker lock(&current->m_mutex);
            current->m_text += QString::fromUtf8(context.category ? context.category : "default")
                + QStringLiteral(": ") + message + QLatin1Char('\n');
        }
        if (current->m_previous)
            current->m_previous(type, context, message);
    }

    static inline LogCapture *s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QString m_text;
};
