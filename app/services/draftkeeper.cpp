#include "services/draftkeeper.h"

#include "model/recordmodel.h"
#include "store/outboxstore.h"

#include <QTimer>

DraftKeeper::DraftKeeper(RecordModel *model, OutboxStore *store, QString profile, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_store(store)
    , m_profile(std::move(profile))
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
    if (!m_suspended && m_store)
        m_timer->start();
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
    if (!m_store)
        return false;
    const QString title = m_model->title();
    const QJsonObject draft = m_model->draftState();
    Result<bool> stored = Result<bool>::success(true);
    if (m_itemId == 0) {
        auto created
            = m_store->createDraft(m_profile, recordKindName(m_model->kind()), title, draft);
        if (created)
            m_itemId = created.value();
        else
            stored = Result<bool>::failure(created.error());
    } else {
        stored = m_store->saveDraft(m_itemId, title, draft);
    }
    if (!stored) {
        m_error = stored.error();
        Q_EMIT saveFailed(m_error);
        return false;
    }
    m_error.clear();
    Q_EMIT saved(m_itemId);
    return true;
}
