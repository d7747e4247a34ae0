#include "fields/dateeditor.h"

#include "model/localedate.h"

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
    // The locale's order is the hint (it is how dates are shown); ISO is taken too.
    const QString hint = LocaleDate::hint(QLocale());
    const bool iso = hint == QStringLiteral("yyyy-mm-dd");
    m_edit->setPlaceholderText(iso ? tr("yyyy-mm-dd") : localizedHint(hint));
    m_edit->setToolTip(iso ? tr("A date as yyyy-mm-dd")
                           : tr("A date as %1 or yyyy-mm-dd").arg(localizedHint(hint)));
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

    connect(m_edit, &QLineEdit::textEdited, this, [this] { commit(editorValue()); });
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
    const QDate shown = QDate::fromString(editorValue().toString(), isoFormat());
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
    m_edit->setText(LocaleDate::display(text, QLocale()));
    m_edit->setFocus(Qt::OtherFocusReason);
    commit(text);
}

QJsonValue DateEditor::editorValue() const
{
    // The locale's date becomes the platform's; anything else goes as typed, for the model to
    // say what is wrong with it.
    const QString text = m_edit->text();
    if (text.isEmpty())
        return QJsonValue();
    const QString iso = LocaleDate::toIso(text, QLocale());
    return iso.isEmpty() ? text : iso;
}

void DateEditor::showValue(const QJsonValue &value)
{
    const QString text = value.isString() ? value.toString() : value.toVariant().toString();
    m_edit->setText(LocaleDate::display(text, QLocale()));
}

QString DateEditor::localizedHint(const QString &hint)
{
    // "dd/mm/yyyy" in the person's language: "tt.mm.jjjj", "jj/mm/aaaa".
    return QString(hint)
        .replace(QStringLiteral("yyyy"), tr("yyyy", "year in a date hint"))
        .replace(QStringLiteral("mm"), tr("mm", "month in a date hint"))
        .replace(QStringLiteral("dd"), tr("dd", "day in a date hint"));
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
