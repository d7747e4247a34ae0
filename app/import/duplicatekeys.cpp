#include "import/duplicatekeys.h"

namespace {
QString folded(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}
} // namespace

QString DuplicateKeys::keyOf(const QString &leadName, qint64 contactId, const QString &contactEmail)
{
    const QString name = folded(leadName);
    if (name.isEmpty())
        return QString();
    // U+001F (unit separator) occurs in no name or address a person types.
    const QString contact
        = contactId > 0 ? QStringLiteral("#%1").arg(contactId) : folded(contactEmail);
    return name + QChar(0x1f) + contact;
}

qint64 DuplicateKeys::add(qint64 row, const QString &key)
{
    if (key.isEmpty())
        return 0;
    const auto it = m_firstRows.constFind(key);
    if (it != m_firstRows.constEnd())
        return *it;
    m_firstRows.insert(key, row);
    return 0;
}
