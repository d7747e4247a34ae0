#pragma once

#include "model/recordkind.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

class QWidget;

/// What is typed in a form, saved as a request-body file: the way out when the data folder
/// cannot be written. `leaddesk-cli submit` sends such a file.
class DraftFile
{
    Q_DECLARE_TR_FUNCTIONS(DraftFile)

public:
    struct Saved
    {
        bool ok = false;
        QString message; ///< what to tell the person, either way
    };

    /// Asks where, then writes `body` there; nullopt when the person chose no file.
    static std::optional<Saved> save(QWidget *parent, RecordKind kind, const QJsonObject &body);
};
