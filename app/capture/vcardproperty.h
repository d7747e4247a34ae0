#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

/// One unfolded content line of a vCard ("item1.TEL;TYPE=work,voice:+61 …"):
/// its name, its parameters and its value, decoded to text.
struct VCardProperty
{
    QByteArray name; ///< upper case, group dropped: "TEL"
    /// Parameters as (NAME, value) in upper-case names; a vCard 2.1 bare
    /// parameter ("CELL", "QUOTED-PRINTABLE") is read as TYPE or ENCODING.
    QList<QPair<QByteArray, QString>> parameters;
    QString value; ///< decoded (quoted-printable, charset), escapes still in

    /// Parses one unfolded line; nullopt when it has no ':'.
    static std::optional<VCardProperty> parse(const QByteArray &line);

    /// Every TYPE value, lower case, split at commas ("work", "voice", "pref").
    QStringList types() const;
    bool hasType(const QString &type) const { return types().contains(type); }
    /// Whether the value is binary (ENCODING=b / BASE64) and so skipped.
    bool isBinary() const;
    /// The value split at unescaped ';' (N, ADR, ORG), each part unescaped.
    QStringList components() const;
    /// The value unescaped ("\n" is a line break, "\," a comma).
    QString text() const;

    /// Whether the raw line's parameters ask for quoted-printable.
    static bool isQuotedPrintable(const QByteArray &line);
    /// Whether the raw line's parameters ask for base64.
    static bool isBase64(const QByteArray &line);
};
