#pragma once

#include "capture/capturedcontact.h"

#include <QString>
#include <QStringList>

/// Reads a pasted email signature (English, German or French): name, job
/// title, company, email, phones with their kinds, address and website.
/// Sign-offs ("Kind regards", "Mit freundlichen Grüßen", "Cordialement"),
/// register footers and disclaimers are passed over.
class SignatureParser
{
public:
    /// Text beyond this is not read; lines longer than kMaxLine are prose, not a signature.
    static constexpr qsizetype kMaxLength = 16 * 1024;
    static constexpr qsizetype kMaxLine = 160;

    /// What the signature holds; empty (isEmpty()) when it names no email and no phone.
    static CapturedContact parse(const QString &text);

    /// Whether a piece of text names a job ("Senior Event Manager", "Leiterin
    /// Veranstaltungen", "Chargée de communication").
    static bool isJobTitle(const QString &text);

private:
    /// The lines worth reading: sign-offs, footers, social links and prose gone.
    static QStringList signatureLines(const QString &text);
    enum class PieceKind
    {
        Unknown,
        Name,
        Title,
        Company,
    };
    struct Piece
    {
        PieceKind kind = PieceKind::Unknown;
        QString text;
    };
    /// Takes emails, websites, phones and address parts out of the lines; returns the rest.
    static QStringList takeDetails(const QStringList &lines, CapturedContact *card);
    /// What each piece of text looks like: a company (legal form), a job title, a name.
    static QList<Piece> classify(const QStringList &segments);
    /// Name, job title and company from what is left, by what each piece looks like and
    /// where it stands.
    static void assignPeople(const QStringList &segments, CapturedContact *card);
    static void nameFromEmail(CapturedContact *card);
};
