#include "services/draftkeeper.h"

#include "model/recordmodel.h"
#include "services/outbox.h"

#include <QTimer>

DraftKeeper::DraftKeeper(RecordModel *model, Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_outbox(outbox)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_timer, &QTimer::timeout, this, &DraftKeeper::flush);
    connect(model, &RecordModel::valueChanged, this, &DraftKeeper::schedule);
    for (RecordModel *nested : {model->nestedContact(), model->nestedCompany()})
        if (nested)
            connect(nested, &RecordModel::valueChanged, this, &DraftKeeper::schedule);
}

void DraftKeeper::schedule()
{
    if (m_outbox && !m_suspended)
        m_timer->start();
}

void DraftKeeper::setSuspended(bool suspended)
{
    m_suspended = suspended;
    if (suspended)
        m_timer->stop();
}

void DraftKeeper::attach(qint64 itemId)
{
    m_timer->stop();
    m_itemId = itemId;
}

void DraftKeeper::detach()
{
    m_timer->stop();
    m_itemId = 0;
}

bool DraftKeeper::isPending() const
{
    return m_timer->isActive();
}

bool DraftKeeper::flush()
{
    m_timer->stop();
    if (!m_outbox)
        return false;
    const auto stored = m_outbox->saveDraft(m_itemId, recordKindName(m_model->kind()),
                                            m_model->title(), m_model->draftState());
    if (!stored) {
        m_error = stored.error();
        Q_EMIT saveFailed(m_error);
        return false;
    }
    m_itemId = stored.value();
    const bool wasFailing = !m_error.isEmpty();
    m_error.clear();
    Q_EMIT saved(m_itemId);
    if (wasFailing)
        Q_EMIT recovered();
    return true;
}
