#pragma once

#include "forms/recordform.h"

#include <QJsonObject>

class LeadSchemaNotice;
class QVBoxLayout;

/// The lead form: the lead's own fields, who it belongs to (an existing
/// contact or company, or new ones typed inline), and its custom fields.
/// While a new contact or company is typed, the duplicate radar offers the
/// existing one under the field being typed (RadarOffers).
class LeadForm : public RecordForm
{
    Q_OBJECT

public:
    LeadForm(Workspace *workspace, const EditorFactory *factory, QWidget *parent = nullptr);

    /// Starts a new lead with the source, channel, owner and company of the last one sent.
    void newLeadLikeThis();
    LeadSchemaNotice *schemaNotice() const { return m_schemaNotice; }

protected:
    void addSections(QVBoxLayout *content) override;
    void onSaved(qint64 recordId, bool created, const QJsonObject &sent) override;
    void onRefused(const PlatformError &error) override;

private:
    void updateInlineSections();
    void useExisting(const QString &kind, qint64 id);

    LeadSchemaNotice *m_schemaNotice = nullptr;
    QWidget *m_newCompany = nullptr;
    QVBoxLayout *m_companyColumn = nullptr;
    QVBoxLayout *m_contactColumn = nullptr;
    bool m_companyBuilt = false;
    bool m_contactBuilt = false;
    QWidget *m_newContact = nullptr;
    QJsonObject m_lastSent;
};
