#include "cli/bodyinputs.h"

#include "model/jsonfile.h"

#include <QFileInfo>
#include <QIODevice>

namespace {
BodyInputs::Input fromValue(const QString &label, const Result<QJsonValue> &value)
{
    BodyInputs::Input input;
    input.label = label;
    if (!value) {
        input.problem = value.error();
        input.code = ExitCode::InvalidLocally;
    } else if (!value.value().isObject()) {
        input.problem
            = BodyInputs::tr("%1 holds a JSON array; a JSON object {…} was expected.").arg(label);
        input.code = ExitCode::InvalidLocally;
    } else if (value.value().toObject().isEmpty()) {
        input.problem
            = BodyInputs::tr("%1 holds an empty object; there is nothing to send.").arg(label);
        input.code = ExitCode::InvalidLocally;
    } else {
        input.body = value.value().toObject();
    }
    return input;
}

QList<BodyInputs::Input> fromLines(QIODevice *device)
{
    QList<BodyInputs::Input> inputs;
    int line = 0;
    while (device && !device->atEnd()) {
        const QByteArray text = device->readLine(JsonFile::kMaxBytes + 1);
        ++line;
        if (text.trimmed().isEmpty())
            continue;
        const QString label = BodyInputs::tr("line %1").arg(line);
        inputs.append(fromValue(label, JsonFile::parse(text, label)));
    }
    if (inputs.isEmpty()) {
        BodyInputs::Input none;
        none.label = BodyInputs::tr("standard input");
        none.problem = BodyInputs::tr("Standard input holds no request body.");
        none.code = ExitCode::InvalidLocally;
        inputs.append(none);
    }
    return inputs;
}
} // namespace

QList<BodyInputs::Input> BodyInputs::read(const QStringList &arguments, QIODevice *input)
{
    QList<Input> inputs;
    for (const QString &argument : arguments) {
        if (argument == QStringLiteral("-")) {
            inputs += fromLines(input);
            continue;
        }
        if (!QFileInfo::exists(argument)) {
            Input missing;
            missing.label = argument;
            missing.problem = tr("%1 does not exist.").arg(argument);
            missing.code = ExitCode::Usage;
            inputs.append(missing);
            continue;
        }
        const auto body = JsonFile::readObject(argument);
        inputs.append(fromValue(argument,
                                body ? Result<QJsonValue>::success(body.value())
                                     : Result<QJsonValue>::failure(body.error())));
    }
    return inputs;
}
