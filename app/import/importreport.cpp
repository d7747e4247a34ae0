#include "import/importreport.h"

ImportReport::ImportReport(QIODevice *device, const QStringList &header, Shape shape)
    : m_device(device)
    , m_width(int(header.size()))
    , m_shape(shape)
{
    QStringList names = header;
    switch (shape) {
    case Shape::Report:
        names << QStringLiteral("row") << QStringLiteral("status") << QStringLiteral("leadId")
              << QStringLiteral("problems");
        break;
    case Shape::Problems:
        names << QStringLiteral("problems");
        break;
    case Shape::Results:
        names << QStringLiteral("leadId") << QStringLiteral("status");
        break;
    }
    if (m_device->write("\xEF\xBB\xBF") != 3)
        m_error = tr("Cannot write the report: %1").arg(m_device->errorString());
    else
        writeLine(names);
}

bool ImportReport::write(const QStringList &cells, qint64 row, const QString &status, qint64 leadId,
                         const QString &problems)
{
    if (!m_error.isEmpty())
        return false;
    QStringList fields = cells.mid(0, m_width);
    while (fields.size() < m_width)
        fields.append(QString());
    const QString id = leadId > 0 ? QString::number(leadId) : QString();
    switch (m_shape) {
    case Shape::Report:
        fields << QString::number(row) << status << id << problems;
        break;
    case Shape::Problems:
        fields << problems;
        break;
    case Shape::Results:
        fields << id << status;
        break;
    }
    return writeLine(fields);
}

bool ImportReport::writeLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &text : fields)
        quoted.append(field(text));
    const QByteArray line = (quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    if (m_device->write(line) != line.size()) {
        m_error = tr("Cannot write the report: %1").arg(m_device->errorString());
        return false;
    }
    return true;
}

QString ImportReport::field(const QString &text)
{
    QString value = text;
    static const QString formulaStarts = QStringLiteral("=+-@");
    // A negative number is data, not a formula.
    bool number = false;
    value.toDouble(&number);
    if (!value.isEmpty() && formulaStarts.contains(value.at(0)) && !number)
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\t'))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}
