#include "fields/compactcombobox.h"

#include <QEvent>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QWheelEvent>

CompactComboBox::CompactComboBox(int characters, QWidget *parent)
    : QComboBox(parent)
    , m_characters(characters)
{
    // Not Qt::WheelFocus: a wheel turned over it while scrolling the form would take focus first.
    setFocusPolicy(Qt::StrongFocus);
}

QSize CompactComboBox::sizeHint() const
{
    if (!m_hint.isValid()) {
        QStyleOptionComboBox option;
        initStyleOption(&option);
        const QFontMetrics metrics = fontMetrics();
        const QSize text(metrics.horizontalAdvance(QLatin1Char('x')) * m_characters,
                         qMax(metrics.height(), 14) + 2);
        m_hint = style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, this);
    }
    return m_hint;
}

QSize CompactComboBox::minimumSizeHint() const
{
    return sizeHint();
}

void CompactComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_hint = QSize();
        updateGeometry();
    }
    QComboBox::changeEvent(event);
}

void CompactComboBox::wheelEvent(QWheelEvent *event)
{
    if (!hasFocus()) {
        // Passed on to the scroll area around the form.
        event->ignore();
        return;
    }
    QComboBox::wheelEvent(event);
}
