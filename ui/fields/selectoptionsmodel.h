#pragma once

#include <QAbstractListModel>

#include <memory>

class SelectOptions;

/// A custom field's select values as an item model, without copying them:
/// the display role is the label, KeyRole the key. Building one costs nothing
/// however many values the definition holds.
class SelectOptionsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
    };

    explicit SelectOptionsModel(std::shared_ptr<const SelectOptions> options,
                                QObject *parent = nullptr);

    const SelectOptions *options() const { return m_options.get(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const SelectOptions> m_options;
};
