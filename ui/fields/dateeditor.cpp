#include "fields/dateeditor.h"

#include <QCalendarWidget>
#include <QDate>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QToolButton>

namespace {
const QString &isoFormat()
{
    static const QString format = QStringLiteral("yyyy-MM-dd");
    return format;
}
} // namespace

DateEditor::DateEditor(RecordModel *model, const QString &key, QWidget *parent)
    : FieldEditor(model, key, parent)
    , m_edit(new QLineEdit(this))
    , m_calendarButton(new QToolButton(this))
    , m_clearButton(new QToolButton(this))
{
    m_edit->setObjectName(QStringLiteral("input"));
    m_edit->setPlaceholderText(tr("yyyy-mm-dd"));
    m_edit->setMaxLength(10);
    // As wide as a date, never narrower: squeezed, the format hint is cut to "y…".
    m_edit->setFixedWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00"))
                          + 24);
    m_calendarButton->setObjectName(QStringLiteral("calendarButton"));
    m_calendarButton->setText(tr("Pick…"));
    m_calendarButton->setToolTip(tr("Pick a date from a calendar (F4)"));
    m_calendarButton->setAccessibleName(tr("Pick a date"));
    m_calendarButton->setFocusPolicy(Qt::NoFocus);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setToolTip(tr("Leave the date empty"));
    m_clearButton->setAccessibleName(tr("Clear the date"));
    m_clearButton->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_calendarButton);
    layout->addWidget(m_clearButton);
    layout->addStretch(1);

    connect(m_edit, &QLineEdit::textEdited, this,
            [this](const QString &text) { commit(text.isEmpty() ? QJsonValue() : text); });
    connect(m_calendarButton, &QToolButton::clicked, this, &DateEditor::showCalendar);
    connect(m_clearButton, &QToolButton::clicked, this, [this] {
        m_edit->clear();
        commit(QJsonValue());
    });
    m_edit->installEventFilter(this);
    setFocusWidget(m_edit);
    refresh();
}

QWidgetList DateEditor::tabWidgets() const
{
    // The buttons repeat what F4 and emptying the text do; they stay out of the tab chain.
    return {m_edit};
}

void DateEditor::showCalendar()
{
    if (!m_popup) {
        // Built on first use: a form holds many dates and most are never picked from a calendar.
        m_popup = new QFrame(this, Qt::Popup);
        m_popup->setFrameShape(QFrame::StyledPanel);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setObjectName(QStringLiteral("calendar"));
        m_calendar->setGridVisible(false);
        auto *layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateEditor::pick);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateEditor::pick);
    }
    const QDate shown = QDate::fromString(m_edit->text(), isoFormat());
    m_calendar->setSelectedDate(shown.isValid() ? shown : QDate::currentDate());
    m_popup->adjustSize();
    QPoint at = m_edit->mapToGlobal(QPoint(0, m_edit->height()));
    if (const QScreen *screen = m_edit->screen()) {
        const QRect area = screen->availableGeometry();
        if (at.y() + m_popup->height() > area.bottom())
            at.setY(m_edit->mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
        at.setX(qBound(area.left(), at.x(), qMax(area.left(), area.right() - m_popup->width())));
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateEditor::pick(const QDate &date)
{
    if (m_popup)
        m_popup->hide();
    const QString text = date.toString(isoFormat());
    m_edit->setText(text);
    m_edit->setFocus(Qt::OtherFocusReason);
    commit(text);
}

QJsonValue DateEditor::editorValue() const
{
    return m_edit->text();
}

void DateEditor::showValue(const QJsonValue &value)
{
    m_edit->setText(value.isString() ? value.toString() : value.toVariant().toString());
}

bool DateEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F4
            || (key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier)) {
            showCalendar();
            return true;
        }
    }
    return FieldEditor::eventFilter(watched, event);
}
