#pragma once

#include "services/staleeditcheck.h"

#include <QDialog>
#include <QSet>

#include <functional>
#include <optional>

class QButtonGroup;
class RecordModel;

/// Someone changed the record on the platform while the admin edited it:
/// every field they changed is shown (what it was, what it is now, and the
/// admin's own value where the admin changed it too) and, where both
/// changed, the admin chooses per field. Nothing is overwritten unseen.
class StaleEditDialog : public QDialog
{
    Q_OBJECT

public:
    using Answerer = std::function<std::optional<QSet<QString>>(
        const QList<StaleEditCheck::Difference> &differences)>;

    StaleEditDialog(const RecordModel &model, const QList<StaleEditCheck::Difference> &differences,
                    QWidget *parent = nullptr);

    /// The fields where the platform's value is taken over the admin's.
    QSet<QString> takeTheirs() const;

    /// Shows the dialog (or asks the test hook); nullopt when the admin cancels.
    static std::optional<QSet<QString>> ask(const RecordModel &model,
                                            const QList<StaleEditCheck::Difference> &differences,
                                            QWidget *parent);
    /// Test hook: answer without showing (nullptr: show again).
    static void setAnswerer(Answerer answerer);

    static QString shown(const RecordModel &model, const QString &key, const QJsonValue &value);

private:
    QList<StaleEditCheck::Difference> m_differences;
    QHash<QString, QButtonGroup *> m_choices;
};
