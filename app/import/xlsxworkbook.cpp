#include "import/xlsxworkbook.h"

#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

namespace {
struct Relationship
{
    QString type;
    QString target;
};

// Id → relationship; nullopt when the bytes are not XML.
std::optional<QHash<QString, Relationship>> relationships(const QByteArray &xml,
                                                          const QString &sourcePart)
{
    QHash<QString, Relationship> found;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement
            || reader.name() != QLatin1String("Relationship")) {
            continue;
        }
        const QXmlStreamAttributes attributes = reader.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        found.insert(attributes.value(QLatin1String("Id")).toString(),
                     {attributes.value(QLatin1String("Type")).toString(),
                      XlsxWorkbook::resolve(sourcePart,
                                            attributes.value(QLatin1String("Target")).toString())});
    }
    if (reader.hasError())
        return std::nullopt;
    return found;
}

bool isTrue(QStringView value)
{
    return value == QLatin1String("1") || value == QLatin1String("true");
}

// r:id, whatever the prefix: the transitional and the strict namespaces differ.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == QLatin1String("id") && !attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    }
    return QString();
}
} // namespace

QString XlsxWorkbook::workbookPart(const QByteArray &packageRelationships)
{
    const auto found = relationships(packageRelationships, QString());
    if (found) {
        for (const Relationship &relationship : *found) {
            if (relationship.type.endsWith(QLatin1String("/officeDocument")))
                return relationship.target;
        }
    }
    return QStringLiteral("xl/workbook.xml");
}

QString XlsxWorkbook::relationshipsPart(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1)
        + QStringLiteral(".rels");
}

QString XlsxWorkbook::resolve(const QString &sourcePart, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    const qsizetype slash = sourcePart.lastIndexOf(QLatin1Char('/'));
    QString resolved = QDir::cleanPath(sourcePart.left(slash + 1) + target);
    // A target that climbs out of the package names nothing in it.
    return resolved.startsWith(QLatin1String("../")) ? QString() : resolved;
}

Result<XlsxWorkbook> XlsxWorkbook::parse(const QByteArray &workbookXml,
                                         const QByteArray &relationshipsXml,
                                         const QString &workbookPart)
{
    const auto links = relationships(relationshipsXml, workbookPart);
    if (!links) {
        return Result<XlsxWorkbook>::failure(
            tr("The Excel file is damaged: the list of its sheets cannot be read."));
    }
    XlsxWorkbook workbook;
    for (const Relationship &relationship : *links) {
        if (relationship.type.endsWith(QLatin1String("/sharedStrings")))
            workbook.m_sharedStrings = relationship.target;
        else if (relationship.type.endsWith(QLatin1String("/styles")))
            workbook.m_styles = relationship.target;
    }
    QXmlStreamReader reader(workbookXml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        if (reader.name() == QLatin1String("workbookPr")) {
            workbook.m_date1904 = isTrue(attributes.value(QLatin1String("date1904")));
        } else if (reader.name() == QLatin1String("sheet")) {
            const Relationship link = links->value(relationshipId(attributes));
            // Chart sheets and dialog sheets hold no cells.
            if (!link.type.endsWith(QLatin1String("/worksheet")) || link.target.isEmpty())
                continue;
            const QStringView state = attributes.value(QLatin1String("state"));
            workbook.m_sheets.append({attributes.value(QLatin1String("name")).toString(),
                                      link.target,
                                      state.isEmpty() || state == QLatin1String("visible")});
        }
    }
    if (reader.hasError()) {
        return Result<XlsxWorkbook>::failure(
            tr("The Excel file is damaged: its workbook part is not valid XML (%1).")
                .arg(reader.errorString()));
    }
    if (workbook.m_sheets.isEmpty())
        return Result<XlsxWorkbook>::failure(tr("The workbook has no worksheet."));
    return Result<XlsxWorkbook>::success(std::move(workbook));
}

const XlsxWorkbook::Sheet *XlsxWorkbook::sheet(const QString &name) const
{
    for (const Sheet &sheet : m_sheets) {
        if (name.isEmpty() ? sheet.visible : sheet.name.compare(name, Qt::CaseInsensitive) == 0)
            return &sheet;
    }
    return name.isEmpty() && !m_sheets.isEmpty() ? &m_sheets.constFirst() : nullptr;
}

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : m_sheets)
        names.append(sheet.name);
    return names;
}
