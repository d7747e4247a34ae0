#pragma once

#include <QHash>
#include <QString>

/// The messages of a GNU gettext catalogue (a .mo file), such as the ones
/// Debian's iso-codes ships for country and subdivision names. Read-only; a
/// missing or damaged file gives an empty catalogue that translates nothing.
class GettextCatalog
{
public:
    GettextCatalog() = default;
    explicit GettextCatalog(const QString &path);

    bool isEmpty() const { return m_messages.isEmpty(); }
    /// The translation of `message`, or `message` itself when there is none.
    QString translate(const QString &message) const { return m_messages.value(message, message); }

private:
    QHash<QString, QString> m_messages;
};
