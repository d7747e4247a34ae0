#include "common/messagebanner.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

MessageBanner::MessageBanner(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_actions(new QHBoxLayout)
{
    setObjectName(QStringLiteral("messageBanner"));
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_actions);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setObjectName(QStringLiteral("messageBannerText"));
    setVisible(false);
}

void MessageBanner::show(Kind kind, const QString &text)
{
    clear();
    m_kind = kind;
    // A symbol, not a theme icon: looking icons up in the theme costs a
    // noticeable part of start-up, and the words carry the meaning anyway.
    QString symbol = QStringLiteral("ℹ");
    QPalette::ColorRole role = QPalette::AlternateBase;
    switch (kind) {
    case Kind::Info:
        break;
    case Kind::Success:
        symbol = QStringLiteral("✔");
        break;
    case Kind::Warning:
        symbol = QStringLiteral("⚠");
        role = QPalette::ToolTipBase;
        break;
    case Kind::Error:
        symbol = QStringLiteral("✖");
        role = QPalette::ToolTipBase;
        break;
    }
    QPalette p = palette();
    p.setColor(QPalette::Window, palette().color(role));
    p.setColor(
        QPalette::WindowText,
        palette().color(role == QPalette::ToolTipBase ? QPalette::ToolTipText : QPalette::Text));
    setPalette(p);
    m_icon->setText(symbol);
    m_text->setText(text);
    setAccessibleName(text);
    setVisible(true);
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

QPushButton *MessageBanner::addAction(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_actions->addWidget(button);
    return button;
}

void MessageBanner::clear()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_text->clear();
    setVisible(false);
}

QString MessageBanner::text() const
{
    return m_text->text();
}
