#include "radar/phonenormalizer.h"

#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr int kMinDigits = 6;
/// Longer text is not a phone number; it is not handed to libphonenumber.
constexpr int kMaxLength = 64;

bool parse(const QString &text, const std::string &region, PhoneNumber *number)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    return util->Parse(text.toStdString(), region, number) == PhoneNumberUtil::NO_PARSING_ERROR;
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += QChar(QLatin1Char('0' + c.digitValue()));
    }
    return digits;
}

} // namespace

PhoneNormalizer::PhoneNormalizer(const QString &defaultRegion)
    : m_region(defaultRegion.trimmed().toUpper())
{ }

QString PhoneNormalizer::normalize(const QString &phone) const
{
    QString text = phone.trimmed();
    if (text.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        text = text.mid(4);
    const QString digits = digitsOf(text);
    if (digits.size() < kMinDigits || text.size() > kMaxLength)
        return QString();

    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    const std::string region = m_region.isEmpty() ? std::string("ZZ") : m_region.toStdString();
    PhoneNumber number;
    bool read = parse(text, region, &number) && util->IsValidNumber(number);
    // "0061 2 …" and "0049 …": the international prefix written the European way,
    // which is not the dialling prefix of every region.
    if (!read && text.startsWith(QLatin1String("00"))) {
        const QString international = QLatin1Char('+') + text.mid(2);
        read = parse(international, region, &number) && util->IsValidNumber(number);
    }
    if (!read)
        read = parse(text, region, &number) && util->IsPossibleNumber(number);
    if (!read)
        return text.startsWith(QLatin1Char('+')) ? QLatin1Char('+') + digits : digits;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}
