#pragma once

#include <QIODevice>

#include <memory>

/// Reads another device up to a byte budget, and fails instead of going on past it. A zip
/// entry can unpack to far more than its archive's size; a reader behind this device spends
/// bounded time and memory whatever the archive claims.
///
/// It also fails on a run of more than `maxTextRun` bytes without a '<': in XML that is one
/// text node or attribute, which QXmlStreamReader keeps whole in memory.
class BoundedDevice : public QIODevice
{
    Q_OBJECT
public:
    enum class Failure
    {
        None,
        TooLarge, ///< the budget was spent and the inner device had more
        TextRunTooLong, ///< more than maxTextRun bytes without markup
        Inner ///< the inner device failed (a damaged archive); errorString() is its message
    };

    /// Takes `inner` (opened for reading, or openable read-only). maxTextRun 0: no run limit.
    BoundedDevice(std::unique_ptr<QIODevice> inner, qint64 maxBytes, qint64 maxTextRun = 0,
                  QObject *parent = nullptr);
    ~BoundedDevice() override;

    bool isSequential() const override { return true; }
    bool atEnd() const override;
    void close() override;

    Failure failure() const { return m_failure; }
    qint64 bytesRead() const { return m_total; }
    qint64 maxBytes() const { return m_maxBytes; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    void checkTextRun(const char *data, qint64 size);

    std::unique_ptr<QIODevice> m_inner;
    qint64 m_maxBytes;
    qint64 m_maxTextRun;
    qint64 m_total = 0;
    qint64 m_textRun = 0;
    Failure m_failure = Failure::None;
    bool m_innerEnded = false;
};
