#pragma once

#include <QJsonObject>
#include <QWidget>

class LookupCatalog;
class MessageBanner;
class Workspace;
struct PlatformError;

/// Above the lead form while the profile has no lead custom fields: says so before the first
/// lead is refused for them, and how to get them (the platform cannot list them; the admin
/// exports a lead schema file that reps import, here or in Settings). Also adds to the schema a
/// field the platform named that the profile did not know.
class LeadSchemaNotice : public QWidget
{
    Q_OBJECT

public:
    explicit LeadSchemaNotice(Workspace *workspace, QWidget *parent = nullptr);

    /// Makes the lead schema file at `path` the profile's; false with the reason shown.
    bool importFile(const QString &path);
    /// Adds `definition` (one entry of a lead schema file) to the profile's lead schema; false
    /// with the reason shown.
    bool addField(const QJsonObject &definition);
    MessageBanner *banner() const { return m_banner; }

    /// The lead custom fields `error` names that `catalog` does not know, each with whether the
    /// platform said it is required.
    static QList<QPair<int, bool>> unknownFields(const PlatformError &error,
                                                 const LookupCatalog &catalog);

private:
    void update();
    void chooseFile();
    bool save(const QJsonArray &definitions, const QString &source);

    Workspace *m_workspace;
    MessageBanner *m_banner;
};
