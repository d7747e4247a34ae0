#include "capture/capturedialog.h"

#include "services/captureimport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

CaptureDialog::CaptureDialog(const QString &source, const QList<CapturedContact> &cards,
                             Target target, QWidget *parent)
    : QDialog(parent)
    , m_cards(cards)
{
    setObjectName(QStringLiteral("captureDialog"));
    setWindowTitle(tr("Contact recognised"));
    new QVBoxLayout(this);
    if (isBatch())
        buildBatch(source);
    else
        buildOne(source, target);
}

void CaptureDialog::buildOne(const QString &source, Target target)
{
    auto *column = qobject_cast<QVBoxLayout *>(layout());
    const CapturedContact card = m_cards.value(0);
    auto *intro = new QLabel(
        tr("Recognised in %1. Untick what should not be filled in.").arg(source), this);
    intro->setWordWrap(true);
    column->addWidget(intro);

    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const CaptureImport::Row &row : CaptureImport::rows(card)) {
        auto *box = new QCheckBox(row.value, this);
        box->setObjectName(QStringLiteral("capture_") + row.key);
        box->setChecked(true);
        fields->addRow(tr("%1:").arg(row.label), box);
        m_boxes.insert(row.key, box);
    }
    column->addLayout(fields);

    QStringList leftOut = card.unrecognised;
    if (!card.note.trimmed().isEmpty())
        leftOut.append(card.note.trimmed());
    if (!leftOut.isEmpty()) {
        auto *heading = new QLabel(tr("Not recognised (not filled in):"), this);
        column->addWidget(heading);
        auto *lines = new QLabel(leftOut.join(QLatin1Char('\n')), this);
        lines->setObjectName(QStringLiteral("captureUnrecognised"));
        lines->setTextInteractionFlags(Qt::TextSelectableByMouse);
        lines->setWordWrap(true);
        lines->setForegroundRole(QPalette::PlaceholderText);
        column->addWidget(lines);
    }

    auto *where = new QLabel(target == Target::LeadContact
                                 ? tr("The ticked fields fill the lead's new contact, and its new "
                                      "company when a company was recognised.")
                                 : tr("The ticked fields fill a new contact form, and a new "
                                      "company form for the company."),
                             this);
    where->setWordWrap(true);
    column->addWidget(where);
    addButtons(tr("Create &contact"));
}

void CaptureDialog::buildBatch(const QString &source)
{
    auto *column = qobject_cast<QVBoxLayout *>(layout());
    const int count = int(m_cards.size());
    auto *intro = new QLabel(
        tr("%n cards in %1: create %n draft leads, one for each person, to finish in the panel "
           "on the left.",
           nullptr, count)
            .arg(source),
        this);
    intro->setObjectName(QStringLiteral("captureBatchText"));
    intro->setWordWrap(true);
    column->addWidget(intro);
    auto *people = new QListWidget(this);
    people->setObjectName(QStringLiteral("capturePeople"));
    for (const CapturedContact &card : std::as_const(m_cards)) {
        const QString person = CaptureImport::personTitle(card);
        const QString company = card.businessName.trimmed();
        people->addItem(company.isEmpty() || company == person
                            ? person
                            : tr("%1 — %2", "person — company").arg(person, company));
    }
    column->addWidget(people);
    addButtons(tr("Create %n draft &leads", nullptr, count));
}

void CaptureDialog::addButtons(const QString &acceptText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("captureAcceptButton"));
    m_accept->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout()->addWidget(buttons);
}

QSet<QString> CaptureDialog::droppedKeys() const
{
    QSet<QString> dropped;
    for (auto it = m_boxes.constBegin(); it != m_boxes.constEnd(); ++it) {
        if (!it.value()->isChecked())
            dropped.insert(it.key());
    }
    return dropped;
}

CapturedContact CaptureDialog::chosen() const
{
    return CaptureImport::without(m_cards.value(0), droppedKeys());
}
