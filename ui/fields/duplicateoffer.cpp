#include "fields/duplicateoffer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

DuplicateOffer::DuplicateOffer(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_use(new QPushButton(tr("Use this"), this))
    , m_dismiss(new QPushButton(tr("Not this one"), this))
{
    setObjectName(QStringLiteral("duplicateOffer"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("duplicateOfferText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_use->setObjectName(QStringLiteral("duplicateOfferUse"));
    m_dismiss->setObjectName(QStringLiteral("duplicateOfferDismiss"));
    // Typing goes on in the field: the offer is reached by Tab only when wanted.
    m_use->setAutoDefault(false);
    m_dismiss->setAutoDefault(false);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 3, 6, 3);
    row->addWidget(m_text, 1);
    row->addWidget(m_use);
    row->addWidget(m_dismiss);
    connect(m_use, &QPushButton::clicked, this, &DuplicateOffer::useClicked);
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicateOffer::dismissClicked);
    hide();
}

void DuplicateOffer::offer(const QString &text, bool strong)
{
    // A possible match says so: the rep judges it, the radar is not sure.
    m_text->setText(strong ? text : tr("Perhaps %1").arg(text));
    setVisible(true);
}

QString DuplicateOffer::text() const
{
    return m_text->text();
}
