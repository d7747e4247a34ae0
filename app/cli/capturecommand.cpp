#include "cli/capturecommand.h"

#include "capture/capturereader.h"
#include "cli/clioptions.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace {
void failLine(const QString &message)
{
    QTextStream err(stderr);
    err << "leaddesk-cli: " << message << Qt::endl;
}
} // namespace

ExitCode CaptureCommand::run(const CliOptions &options)
{
    const QString path = options.command.value(1);
    if (path != QLatin1String("-") && !QFileInfo::exists(path)) {
        failLine(tr("%1 does not exist.").arg(path));
        return ExitCode::Usage;
    }
    const auto cards = CaptureReader::readFile(path);
    if (!cards) {
        failLine(cards.error());
        return ExitCode::InvalidLocally;
    }
    const bool company = options.kind == QLatin1String("company");
    QByteArray output;
    for (const CapturedContact &card : cards.value()) {
        QJsonObject body = company ? card.companyBody() : card.contactBody();
        if (company && !body.isEmpty())
            body.insert(QStringLiteral("primaryContact"), card.contactBody());
        if (!body.isEmpty())
            output += QJsonDocument(body).toJson(QJsonDocument::Compact) + '\n';
    }
    if (output.isEmpty()) {
        failLine(company ? tr("No company was recognised in %1.").arg(path)
                         : tr("No contact was recognised in %1.").arg(path));
        return ExitCode::InvalidLocally;
    }
    QTextStream out(stdout);
    out << QString::fromUtf8(output);
    out.flush();
    return ExitCode::Done;
}
