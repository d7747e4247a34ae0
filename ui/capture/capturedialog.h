#pragma once

#include "capture/capturedcontact.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QCheckBox;
class QPushButton;

/// Shows what capture recognised before anything is filled in. One card: its fields one by
/// one, each with a box to leave it out, and the lines that were not recognised; "Create
/// contact" takes the ticked ones. Several cards: who is on them, and "Create N draft leads".
class CaptureDialog : public QDialog
{
    Q_OBJECT

public:
    /// Where one card's fields go, said in the dialog.
    enum class Target
    {
        NewContact, ///< a new contact form (and a company form for its company)
        LeadContact, ///< the current lead form's new contact (and new company)
    };

    /// `source` names where the cards come from ("team.vcf", "the clipboard").
    CaptureDialog(const QString &source, const QList<CapturedContact> &cards, Target target,
                  QWidget *parent = nullptr);

    const QList<CapturedContact> &cards() const { return m_cards; }
    /// More than one card: the answer is one draft lead each.
    bool isBatch() const { return m_cards.size() > 1; }
    /// The one card with the unticked fields left out.
    CapturedContact chosen() const;
    /// The keys of the unticked rows (CaptureImport::Row::key).
    QSet<QString> droppedKeys() const;
    QPushButton *acceptButton() const { return m_accept; }

private:
    void buildOne(const QString &source, Target target);
    void buildBatch(const QString &source);
    void addButtons(const QString &acceptText);

    QList<CapturedContact> m_cards;
    QHash<QString, QCheckBox *> m_boxes;
    QPushButton *m_accept = nullptr;
};
