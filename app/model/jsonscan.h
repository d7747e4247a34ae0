#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// A strict look at JSON text before QJsonDocument reads it.
///
/// QJsonDocument keeps the last of two equal keys, turns a lone surrogate into U+FFFD, reads
/// 9007199254740993 as ...992 and will build a gigabyte of containers from 16 MB of `[[[[1]]]]`,
/// all without a word. JsonScan walks the raw text once, without building anything, and reports
/// the first of those it finds, with where it is: a path such as `contact.email` or
/// `customFields[2].fieldValue`, and the line and column.
class JsonScan
{
    Q_DECLARE_TR_FUNCTIONS(JsonScan)

public:
    /// What to refuse besides broken syntax.
    struct Options
    {
        bool duplicateKeys = true; ///< the same key twice in one object
        /// Control characters other than tab, line feed and carriage return (raw or escaped,
        /// C0, DEL and C1), lone surrogates and bytes that are not UTF-8.
        bool unsafeText = true;
        /// Whole numbers a double cannot hold exactly (beyond ±(2^53 − 1)).
        bool inexactIntegers = true;
        int maxDepth = 64; ///< nesting of objects and arrays
        qint64 maxValues = -1; ///< every value, containers included; -1: no limit
        qint64 maxContainers = -1; ///< objects and arrays; -1: no limit
    };
    /// For files people hand to LeadDesk (request bodies, schemas): everything is refused.
    static Options forFiles();
    /// For the platform's answers: ambiguity and size are refused; odd text is shown escaped,
    /// not refused (one odd lead title must not sink a list).
    static Options forAnswers();

    struct Finding
    {
        enum class Kind
        {
            None,
            Syntax, ///< not JSON; QJsonParseError has the better words
            DuplicateKey,
            ControlCharacter,
            LoneSurrogate,
            InvalidUtf8,
            InexactInteger,
            TooDeep,
            TooManyValues,
        };
        Kind kind = Kind::None;
        /// Where: `contact.email`, `customFields[2].fieldValue`; empty for the top level.
        QString path;
        qint64 offset = 0; ///< bytes from the start of the text
        int line = 0;
        int column = 0;
        /// The key, the character as U+XXXX, the number as written, or the limit.
        QString detail;

        bool ok() const { return kind == Kind::None; }
        /// One clause for a person, e.g. `the key "contactId" appears twice (line 3, column 5)`.
        QString describe() const;
    };

    /// The first problem in `text`, or a Finding whose ok() is true.
    static Finding check(const QByteArray &text, const Options &options);

    /// The path element for `key` as a person reads it (`a.b`, `["odd key"]`).
    static QString keyPath(const QString &parent, const QString &key);
    /// `codePoint` as U+XXXX.
    static QString codePointName(char32_t codePoint);
};
