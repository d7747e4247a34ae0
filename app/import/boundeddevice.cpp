#include "import/boundeddevice.h"

#include <cstring>

BoundedDevice::BoundedDevice(std::unique_ptr<QIODevice> inner, qint64 maxBytes, qint64 maxTextRun,
                             QObject *parent)
    : QIODevice(parent)
    , m_inner(std::move(inner))
    , m_maxBytes(maxBytes)
    , m_maxTextRun(maxTextRun)
{
    if (!m_inner->isOpen() && !m_inner->open(QIODevice::ReadOnly)) {
        m_failure = Failure::Inner;
        setErrorString(m_inner->errorString());
        return;
    }
    open(QIODevice::ReadOnly);
}

BoundedDevice::~BoundedDevice() = default;

bool BoundedDevice::atEnd() const
{
    return m_failure != Failure::None || (m_innerEnded && QIODevice::atEnd());
}

void BoundedDevice::close()
{
    m_inner->close();
    QIODevice::close();
}

qint64 BoundedDevice::readData(char *data, qint64 maxSize)
{
    if (m_failure != Failure::None)
        return -1;
    if (m_innerEnded || maxSize <= 0)
        return 0;
    const qint64 left = m_maxBytes - m_total;
    if (left <= 0) {
        // Spent: one more byte tells a file of exactly the budget from a larger one.
        char probe = 0;
        if (m_inner->read(&probe, 1) > 0) {
            m_failure = Failure::TooLarge;
            setErrorString(QStringLiteral("more than %1 bytes").arg(m_maxBytes));
            return -1;
        }
        m_innerEnded = true;
        return 0;
    }
    const qint64 got = m_inner->read(data, qMin(maxSize, left));
    if (got < 0) {
        if (m_inner->atEnd()) {
            m_innerEnded = true;
            return 0;
        }
        m_failure = Failure::Inner;
        setErrorString(m_inner->errorString());
        return -1;
    }
    if (got == 0) {
        m_innerEnded = m_inner->atEnd();
        return 0;
    }
    m_total += got;
    checkTextRun(data, got);
    return m_failure == Failure::None ? got : -1;
}

qint64 BoundedDevice::writeData(const char *, qint64)
{
    return -1;
}

void BoundedDevice::checkTextRun(const char *data, qint64 size)
{
    if (m_maxTextRun <= 0)
        return;
    const char *end = data + size;
    for (const char *p = data; p < end;) {
        const auto *mark = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)));
        m_textRun += (mark ? mark : end) - p;
        if (m_textRun > m_maxTextRun) {
            m_failure = Failure::TextRunTooLong;
            setErrorString(QStringLiteral("more than %1 bytes without markup").arg(m_maxTextRun));
            return;
        }
        if (!mark)
            return;
        m_textRun = 0;
        p = mark + 1;
    }
}
