#pragma once

#include "forms/recordform.h"

#include <QJsonObject>

class LeadSchemaNotice;
class QLabel;
class QVBoxLayout;
class QTimer;

/// The lead form: the lead's own fields, who it belongs to (an existing
/// contact or company, or new ones typed inline), and its custom fields.
/// While a new contact's email or a new company's name is typed, existing
/// matches are offered so no duplicate is created.
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
    void lookForDuplicates(const QString &kind);
    void onSearchResults(const QString &kind, const QString &text,
                         const QList<QJsonObject> &records);
    void useExisting(const QString &kind, qint64 id);

    LeadSchemaNotice *m_schemaNotice = nullptr;
    QWidget *m_newCompany = nullptr;
    QVBoxLayout *m_companyColumn = nullptr;
    QVBoxLayout *m_contactColumn = nullptr;
    bool m_companyBuilt = false;
    bool m_contactBuilt = false;
    QWidget *m_newContact = nullptr;
    QWidget *m_contactMatch = nullptr;
    QWidget *m_companyMatch = nullptr;
    QLabel *m_contactMatchText = nullptr;
    QLabel *m_companyMatchText = nullptr;
    qint64 m_contactMatchId = 0;
    qint64 m_companyMatchId = 0;
    QTimer *m_searchDelay;
    QString m_pendingSearchKind;
    QJsonObject m_lastSent;
};
