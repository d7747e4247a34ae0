#include "importer/importfilepage.h"

#include "common/messagebanner.h"
#include "services/importsession.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

ImportFilePage::ImportFilePage(ImportSession *session, const QString &path, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_path(path)
    , m_banner(new MessageBanner(this))
    , m_file(new QLabel(this))
    , m_sheet(new QComboBox(this))
    , m_sheetLabel(new QLabel(tr("&Sheet:"), this))
    , m_encoding(new QLabel(this))
    , m_encodingLabel(new QLabel(tr("Encoding:"), this))
    , m_delimiter(new QLabel(this))
    , m_delimiterLabel(new QLabel(tr("Delimiter:"), this))
    , m_rows(new QLabel(this))
{
    setTitle(tr("The file"));
    setSubTitle(tr("Every row is checked before anything is sent."));
    m_file->setObjectName(QStringLiteral("fileName"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setWordWrap(true);
    m_sheet->setObjectName(QStringLiteral("sheet"));
    m_sheetLabel->setBuddy(m_sheet);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_rows->setObjectName(QStringLiteral("rowCount"));
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), m_file);
    form->addRow(m_sheetLabel, m_sheet);
    form->addRow(m_encodingLabel, m_encoding);
    form->addRow(m_delimiterLabel, m_delimiter);
    form->addRow(tr("Rows:"), m_rows);
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_banner);
    column->addLayout(form);
    column->addStretch(1);
    m_banner->clear();
    open(QString());
    connect(m_sheet, &QComboBox::activated, this,
            [this](int index) { open(m_sheet->itemText(index)); });
}

void ImportFilePage::open(const QString &sheet)
{
    const auto opened = m_session->open(m_path, sheet);
    m_opened = opened.ok();
    if (m_opened)
        m_banner->clear();
    else
        m_banner->show(MessageBanner::Kind::Error, opened.error());
    show();
    Q_EMIT completeChanged();
}

void ImportFilePage::show()
{
    m_file->setText(QDir::toNativeSeparators(m_path));
    const QStringList sheets = m_session->sheetNames();
    m_sheet->clear();
    m_sheet->addItems(sheets);
    m_sheet->setCurrentText(m_session->sheetName());
    m_sheet->setVisible(!sheets.isEmpty());
    m_sheetLabel->setVisible(!sheets.isEmpty());
    const bool csv = !m_session->encodingName().isEmpty();
    m_encoding->setText(m_session->encodingName());
    m_delimiter->setText(m_session->delimiterName());
    for (QWidget *widget :
         {static_cast<QWidget *>(m_encoding), static_cast<QWidget *>(m_encodingLabel),
          static_cast<QWidget *>(m_delimiter), static_cast<QWidget *>(m_delimiterLabel)})
        widget->setVisible(csv && m_opened);
    m_rows->setText(m_opened ? tr("%n data row(s), %1 column(s)", nullptr, m_session->rowCount())
                                   .arg(m_session->header().size())
                             : QString());
}

bool ImportFilePage::isComplete() const
{
    return m_opened;
}
