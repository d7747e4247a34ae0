#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

/// The duplicate radar's offer under the field being typed: "Acme Conferences Pty Ltd (1000) —
/// same company name once 'Pty Ltd' is ignored — [Use this] [Not this one]". It shows what it
/// is given; the radar decides what to offer (STYLE.md habit 1).
///
/// Object names for tests: `duplicateOffer`, `duplicateOfferText`, `duplicateOfferUse`,
/// `duplicateOfferDismiss`.
class DuplicateOffer : public QFrame
{
    Q_OBJECT

public:
    explicit DuplicateOffer(QWidget *parent = nullptr);

    /// `text` names the record and why; `strong` when the radar is sure.
    void offer(const QString &text, bool strong);
    QString text() const;
    QPushButton *useButton() const { return m_use; }

Q_SIGNALS:
    void useClicked();
    void dismissClicked();

private:
    QLabel *m_text;
    QPushButton *m_use;
    QPushButton *m_dismiss;
};
