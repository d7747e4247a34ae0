#include "capture/signatureparser.h"

#include "capture/personname.h"
#include "capture/phonefinder.h"
#include "capture/postaladdress.h"
#include "radar/companyname.h"
#include "radar/textfold.h"

#include <QRegularExpression>
#include <QSet>

namespace {

QString folded(const QString &text)
{
    return TextFold::words(text).join(QLatin1Char(' '));
}

/// A set from one literal: items parted by `separator`.
QSet<QString> setOf(const QString &items, QChar separator)
{
    const QStringList list = items.split(separator);
    return QSet<QString>(list.cbegin(), list.cend());
}

bool startsWithPhrase(const QString &foldedLine, const QSet<QString> &phrases, QString *phrase)
{
    const QStringList words = foldedLine.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype n = std::min<qsizetype>(words.size(), 5); n > 0; --n) {
        const QString head = words.mid(0, n).join(QLatin1Char(' '));
        if (phrases.contains(head)) {
            *phrase = head;
            return true;
        }
    }
    return false;
}

const QSet<QString> &signOffs()
{
    static const QSet<QString> phrases = setOf(
        QStringLiteral(
            "regards,kind regards,best regards,warm regards,warmest regards,kindest regards,"
            "many thanks,thanks,thank you,thanks again,cheers,best,best wishes,all the best,"
            "sincerely,yours sincerely,yours faithfully,yours truly,greetings,"
            "mit freundlichen grussen,mit freundlichem gruss,freundliche grusse,viele grusse,"
            "beste grusse,liebe grusse,herzliche grusse,mit besten grussen,gruss,grusse,mfg,lg,"
            "vg,cordialement,bien cordialement,tres cordialement,bien a vous,salutations,"
            "sinceres salutations,meilleures salutations,avec mes meilleures salutations,"
            "bonne journee,belle journee,merci,a bientot,amicalement,bien amicalement"),
        QLatin1Char(','));
    return phrases;
}

/// Where the signature ends: legal footers and disclaimers.
const QSet<QString> &footers()
{
    static const QSet<QString> phrases = setOf(
        QStringLiteral("this email,this e mail,this message,the information,confidential,"
                       "confidentiality,disclaimer,diese e mail,diese email,diese nachricht,"
                       "ce message,ce courriel,ce mail,sitz der gesellschaft,amtsgericht,"
                       "registergericht,handelsregister,please consider,sent from my,"
                       "envoye de mon,von meinem"),
        QLatin1Char(','));
    return phrases;
}

/// Lines to pass over: registration numbers, social media.
const QSet<QString> &skipped()
{
    static const QSet<QString> phrases = setOf(
        QStringLiteral("abn,acn,hrb,hra,ust,ust id,ust idnr,steuernummer,siret,siren,rcs,tva,"
                       "capital,aufsichtsrat,linkedin,twitter,facebook,instagram,xing,youtube,"
                       "follow us,folgen sie uns,suivez nous,connect with me,registered in,"
                       "registered office,registered number,company no,company number,"
                       "company registration"),
        QLatin1Char(','));
    return phrases;
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?:\b(?:e|email|e-mail|mail|courriel|mél|mel)\s*:\s*)?([A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &websitePattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?:\b(?:w|web|website|site|internet|url|homepage)\s*:\s*)?(?<![\w@.])((?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})(?:/[^\s|,]*)?))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isWebsite(const QString &url, const QString &tld)
{
    static const QStringList social {
        QStringLiteral("linkedin."),  QStringLiteral("twitter."), QStringLiteral("facebook."),
        QStringLiteral("instagram."), QStringLiteral("youtube."), QStringLiteral("xing."),
        QStringLiteral("tiktok."),
    };
    static const QSet<QString> tlds = setOf(
        QStringLiteral("com net org io co au de fr uk ch at be nl eu info biz events travel nz "
                       "ie it es lu us ca"),
        QLatin1Char(' '));
    const QString lower = url.toLower();
    for (const QString &name : social) {
        if (lower.contains(name))
            return false;
    }
    return lower.startsWith(QLatin1String("http")) || lower.startsWith(QLatin1String("www."))
        || tlds.contains(tld.toLower());
}

/// Separators between the pieces of one line: "|", "·", "•", dashes, wide gaps.
QStringList pieces(const QString &line)
{
    static const QRegularExpression separators(
        QStringLiteral(R"(\s*[|\x{00B7}\x{2022}\x{2013}\x{2014}\t]\s*|\s+-\s+|\s{3,})"));
    QStringList result;
    for (const QString &piece : line.split(separators, Qt::SkipEmptyParts)) {
        QString trimmed = piece.trimmed();
        while (!trimmed.isEmpty()
               && (trimmed.endsWith(QLatin1Char(',')) || trimmed.endsWith(QLatin1Char(';'))))
            trimmed.chop(1);
        if (!trimmed.trimmed().isEmpty())
            result.append(trimmed.trimmed());
    }
    return result;
}

} // namespace

QStringList SignatureParser::signatureLines(const QString &text)
{
    QStringList lines;
    const QStringList raw = text.left(kMaxLength).split(QLatin1Char('\n'));
    for (const QString &rawLine : raw) {
        QString line = rawLine.trimmed();
        line.replace(QChar(0x00A0), QLatin1Char(' '));
        const QString f = folded(line);
        QString phrase;
        if (line == QLatin1String("--") || line == QLatin1String("-- ") || f.isEmpty())
            continue;
        if (startsWithPhrase(f, footers(), &phrase))
            break;
        if (line.size() > kMaxLine || startsWithPhrase(f, skipped(), &phrase))
            continue;
        // "Geschäftsführer: Peter Hofmann" is the register, not the sender's title.
        static const QRegularExpression digitOrAt(QStringLiteral("[\\d@]"));
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0 && isJobTitle(line.left(colon)) && !line.mid(colon).contains(digitOrAt))
            continue;
        if (startsWithPhrase(f, signOffs(), &phrase)) {
            const QStringList words = f.split(QLatin1Char(' '));
            const qsizetype used = phrase.count(QLatin1Char(' ')) + 1;
            const QString next = words.value(used);
            // "Gruß, Felix Braun – …": the sign-off opens a line that goes on.
            const qsizetype comma = line.indexOf(QLatin1Char(','));
            if (comma > 0 && folded(line.left(comma)) == phrase && words.size() > used) {
                line = line.mid(comma + 1).trimmed();
            } else if (words.size() == used || next == QLatin1String("aus")
                       || next == QLatin1String("from") || next == QLatin1String("de")) {
                continue;
            }
        }
        lines.append(line);
    }
    return lines;
}

QStringList SignatureParser::takeDetails(const QStringList &lines, CapturedContact *card)
{
    QStringList rest;
    bool addressOpen = false;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        for (auto it = emailPattern().globalMatch(line); it.hasNext();) {
            const auto match = it.next();
            if (card->emails.size() < 20)
                card->emails.append(match.captured(1));
        }
        line.replace(emailPattern(), QStringLiteral(" | "));
        QString websiteWithLabel;
        for (auto it = websitePattern().globalMatch(line); it.hasNext();) {
            const auto match = it.next();
            if (card->website.isEmpty() && isWebsite(match.captured(1), match.captured(2))) {
                card->website = match.captured(1);
                websiteWithLabel = match.captured(0);
            }
        }
        // "W: www.…": the label goes with the address, or it stays behind as a piece.
        if (!websiteWithLabel.isEmpty())
            line.replace(websiteWithLabel, QStringLiteral(" | "));
        if (!card->website.isEmpty())
            line.replace(card->website, QStringLiteral(" | "));
        for (const CapturedPhone &phone : PhoneFinder::take(&line)) {
            if (card->phones.size() < 20)
                card->phones.append(phone);
        }
        bool addressHere = false;
        for (const QString &piece : pieces(line)) {
            if (PostalAddress::isAddress(piece)
                || (addressOpen && PostalAddress::isCountry(piece))) {
                PostalAddress::read(piece, &card->address);
                addressHere = true;
                continue;
            }
            rest.append(piece);
        }
        // An address runs over consecutive lines; a country may close it.
        addressOpen = addressHere || (addressOpen && line.trimmed().isEmpty());
    }
    return rest;
}

bool SignatureParser::isJobTitle(const QString &text)
{
    static const QSet<QString> words = setOf(
        QStringLiteral(
            "manager director head coordinator officer ceo cfo coo cto cmo founder cofounder "
            "owner consultant executive assistant specialist lead engineer president vp chair "
            "chairman chairwoman secretary administrator planner producer analyst advisor "
            "adviser representative supervisor principal developer designer accountant "
            "receptionist concierge curator organiser organizer managing intern trainee leader "
            "gm md inhaber inhaberin leitung assistenz vorstand prokurist prokuristin "
            "directeur directrice responsable charge chargee chef gerant gerante assistante "
            "commercial commerciale presidente fondateur fondatrice consultante coordinateur "
            "coordinatrice attache attachee conseiller conseillere ingenieur delegue deleguee"),
        QLatin1Char(' '));
    // German compounds end in the job: "Projektleiterin", "Eventmanagerin".
    static const QStringList endings
        = QStringLiteral("leiter leiterin fuhrer fuhrerin manager managerin referent referentin "
                         "berater beraterin assistent assistentin koordinator koordinatorin "
                         "bearbeiter bearbeiterin planer planerin")
              .split(QLatin1Char(' '));
    for (const QString &word : TextFold::words(text)) {
        if (words.contains(word))
            return true;
        for (const QString &ending : endings) {
            if (word.endsWith(ending))
                return true;
        }
    }
    return false;
}

QList<SignatureParser::Piece> SignatureParser::classify(const QStringList &segments)
{
    QList<Piece> pieces;
    auto add = [&](const QString &text) {
        if (!CompanyName(text).suffix().isEmpty())
            pieces.append({PieceKind::Company, text});
        else if (isJobTitle(text))
            pieces.append({PieceKind::Title, text});
        else if (PersonName::looksLikeName(text))
            pieces.append({PieceKind::Name, text});
        else
            pieces.append({PieceKind::Unknown, text});
    };
    static const QRegularExpression at(QStringLiteral(R"(\s+(?:at|bei|chez|@)\s+)"));
    for (const QString &segment : segments) {
        // A whole piece first ("Rebecca Stone, PhD"), then its comma-separated parts.
        if (PersonName::looksLikeName(segment) && !isJobTitle(segment)
            && CompanyName(segment).suffix().isEmpty()) {
            pieces.append({PieceKind::Name, segment});
            continue;
        }
        QStringList parts = segment.split(QLatin1Char(','), Qt::SkipEmptyParts);
        // "VP, Event Operations", "Head, Events": after a one-word title the comma goes on
        // with the title; after a longer one ("Director of Partnerships, …") comes the company.
        if (parts.size() == 2 && isJobTitle(parts.first())
            && !parts.first().trimmed().contains(QLatin1Char(' '))
            && CompanyName(parts.last()).suffix().isEmpty())
            parts = QStringList {segment};
        for (const QString &part : std::as_const(parts)) {
            const QString piece = part.trimmed();
            const QStringList around = piece.split(at);
            // "Marketing Coordinator at Blue Mountain Retreats".
            if (around.size() == 2 && isJobTitle(around.first())) {
                pieces.append({PieceKind::Title, around.first().trimmed()});
                pieces.append({PieceKind::Company, around.last().trimmed()});
            } else if (!piece.isEmpty()) {
                add(piece);
            }
        }
    }
    return pieces;
}

void SignatureParser::assignPeople(const QStringList &segments, CapturedContact *card)
{
    const QList<Piece> pieces = classify(segments);
    // The first name-like piece is the sender; what follows it is title and company.
    int nameAt = -1;
    for (int i = 0; i < pieces.size() && nameAt < 0; ++i) {
        if (pieces.at(i).kind == PieceKind::Name)
            nameAt = i;
    }
    // "Thanks, Tom" above "tom.baker@…": a lone first name that the address spells out.
    const QString local = card->emails.value(0).section(QLatin1Char('@'), 0, 0);
    const QString localFirst = TextFold::fold(local.section(QLatin1Char('.'), 0, 0));
    for (int i = 0; i < pieces.size() && nameAt < 0 && !localFirst.isEmpty(); ++i) {
        if (TextFold::fold(pieces.at(i).text) == localFirst)
            nameAt = i;
    }
    if (nameAt >= 0) {
        const PersonName name = PersonName::split(pieces.at(nameAt).text);
        card->firstName = name.first;
        card->lastName = name.last;
    }
    for (int i = nameAt + 1; i < pieces.size(); ++i) {
        const Piece &piece = pieces.at(i);
        if (piece.kind == PieceKind::Title && card->jobTitle.isEmpty())
            card->jobTitle = piece.text;
        else if (piece.kind == PieceKind::Company && card->businessName.isEmpty())
            card->businessName = piece.text;
    }
    // Pieces that are neither: before the company a title, after the title a company.
    for (int i = nameAt + 1; i < pieces.size(); ++i) {
        const Piece &piece = pieces.at(i);
        if (piece.kind != PieceKind::Unknown && piece.kind != PieceKind::Name)
            continue;
        if (card->jobTitle.isEmpty() && !card->businessName.isEmpty())
            card->jobTitle = piece.text;
        else if (card->businessName.isEmpty())
            card->businessName = piece.text;
    }
    for (int i = 0; i < pieces.size(); ++i) {
        const QString &text = pieces.at(i).text;
        if (i != nameAt && text != card->jobTitle && text != card->businessName
            && !card->unrecognised.contains(text) && card->unrecognised.size() < 20)
            card->unrecognised.append(text);
    }
}

void SignatureParser::nameFromEmail(CapturedContact *card)
{
    // "tom.baker@…" under a bare "Tom": the address spells the last name.
    const QString local = card->emails.value(0).section(QLatin1Char('@'), 0, 0);
    const QStringList parts = local.split(QLatin1Char('.'));
    if (parts.size() != 2 || parts.last().size() < 2)
        return;
    if (card->lastName.isEmpty() && !card->firstName.isEmpty()
        && TextFold::fold(parts.first()) == TextFold::fold(card->firstName))
        card->lastName = PersonName::titleCased(parts.last());
}

CapturedContact SignatureParser::parse(const QString &text)
{
    CapturedContact card;
    const QStringList rest = takeDetails(signatureLines(text), &card);
    assignPeople(rest, &card);
    nameFromEmail(&card);
    if (card.emails.isEmpty() && card.phones.isEmpty())
        return CapturedContact();
    return card;
}
