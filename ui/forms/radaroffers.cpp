#include "forms/radaroffers.h"

#include "common/messagebox.h"
#include "fields/duplicateoffer.h"
#include "fields/fieldrow.h"
#include "forms/recordform.h"
#include "model/recordmodel.h"
#include "services/duplicateradar.h"

#include <QTimer>

namespace {

/// The fields whose values the radar compares, in the order a draft is read.
QStringList watchedKeys(const QString &kind)
{
    if (kind == QStringLiteral("contact"))
        return {QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("email"),
                QStringLiteral("phone")};
    return {QStringLiteral("businessName"), QStringLiteral("email"), QStringLiteral("phone"),
            QStringLiteral("otherPhone"), QStringLiteral("website")};
}

/// The platform is asked once typing pauses; the index answered at once already.
constexpr int kPlatformDelayMs = 400;

} // namespace

RadarOffers::RadarOffers(RecordForm *form, DuplicateRadar *radar)
    : QObject(form)
    , m_form(form)
    , m_radar(radar)
{
    connect(m_radar, &DuplicateRadar::findingsChanged, this,
            [this](const QString &kind, const QJsonObject &draft, const RadarFindings &findings,
                   bool) { onFindings(kind, draft, findings); });
}

RadarOffers::~RadarOffers() = default;

void RadarOffers::watch(const QString &kind, RecordModel *model, const QString &prefix, Use use,
                        std::function<QString()> companyOf)
{
    auto watch = std::make_unique<Watch>();
    watch->kind = kind;
    watch->model = model;
    watch->prefix = prefix;
    watch->use = std::move(use);
    watch->companyOf = std::move(companyOf);
    watch->platformDelay = new QTimer(this);
    watch->platformDelay->setSingleShot(true);
    watch->platformDelay->setInterval(kPlatformDelayMs);
    Watch *w = watch.get();
    m_watches.push_back(std::move(watch));
    connect(w->platformDelay, &QTimer::timeout, this, [this, w] {
        if (w->model && !w->model->isUpdate())
            m_radar->look(w->kind, draftOf(*w));
    });
    const QStringList keys = watchedKeys(kind);
    connect(model, &RecordModel::valueChanged, this, [this, w, keys](const QString &key) {
        if (keys.contains(key))
            onTyped(*w, key);
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this, w] {
        w->findings.clear();
        w->answered.clear();
        w->platformDelay->stop();
        showOffer(*w);
    });
}

void RadarOffers::watchOwnRecord()
{
    if (m_form->kind() == RecordKind::Lead)
        return;
    RecordForm *form = m_form;
    watch(recordKindName(form->kind()), form->model(), QString(),
          [form](const RadarFinding &finding) {
              form->loadForEdit(finding.id, finding.record,
                                finding.record.value(QStringLiteral("modifiedDate")).toString());
          });
}

QJsonObject RadarOffers::draftOf(const Watch &watch) const
{
    QJsonObject draft;
    if (!watch.model)
        return draft;
    for (const QString &key : watchedKeys(watch.kind)) {
        const QString value = watch.model->value(key).toString().trimmed();
        if (!value.isEmpty())
            draft.insert(key, value);
    }
    if (watch.companyOf)
        if (const QString company = watch.companyOf(); !company.isEmpty())
            draft.insert(QStringLiteral("companyName"), company);
    return draft;
}

void RadarOffers::onTyped(Watch &watch, const QString &key)
{
    watch.typedKey = key;
    if (watch.model->isUpdate()) {
        // Correcting a record that exists: it is no new duplicate.
        watch.findings.clear();
        return showOffer(watch);
    }
    // The index answers within the keystroke; the platform once typing pauses.
    watch.findings = m_radar->check(watch.kind, draftOf(watch));
    showOffer(watch);
    watch.platformDelay->start();
}

void RadarOffers::onFindings(const QString &kind, const QJsonObject &draft,
                             const RadarFindings &findings)
{
    Watch *watch = watchFor(kind);
    // An answer for what was typed before is no answer for what is typed now.
    if (!watch || draft != draftOf(*watch) || watch->model->isUpdate())
        return;
    watch->findings = findings;
    showOffer(*watch);
}

RadarOffers::Watch *RadarOffers::watchFor(const QString &kind)
{
    for (const auto &watch : m_watches)
        if (watch->kind == kind)
            return watch.get();
    return nullptr;
}

void RadarOffers::showOffer(Watch &watch)
{
    const RadarFinding *shown = nullptr;
    for (const RadarFinding &finding : std::as_const(watch.findings))
        if (!watch.answered.contains(finding.id)) {
            shown = &finding;
            break;
        }
    if (!shown) {
        if (watch.offer)
            watch.offer->hide();
        return;
    }
    const QString key = watch.typedKey.isEmpty() ? watchedKeys(watch.kind).first() : watch.typedKey;
    FieldRow *row
        = m_form->rowFor(watch.prefix.isEmpty() ? key : watch.prefix + QLatin1Char('.') + key);
    if (!row)
        return;
    if (!watch.offer) {
        watch.offer = new DuplicateOffer(row);
        watch.offer->setObjectName(watch.kind + QStringLiteral("DuplicateOffer"));
        Watch *w = &watch;
        connect(watch.offer, &DuplicateOffer::useClicked, this, [w] {
            const qint64 id = w->offer->property("recordId").toLongLong();
            for (const RadarFinding &finding : std::as_const(w->findings))
                if (finding.id == id) {
                    w->answered.insert(id);
                    w->offer->hide();
                    return w->use(finding);
                }
        });
        connect(watch.offer, &DuplicateOffer::dismissClicked, this, [this, w] {
            w->answered.insert(w->offer->property("recordId").toLongLong());
            showOffer(*w);
        });
    }
    if (watch.offer->parentWidget() != row) {
        watch.offer->setParent(row);
    }
    row->setOffer(watch.offer);
    watch.offer->setProperty("recordId", shown->id);
    watch.offer->offer(DuplicateRadar::describe(*shown), shown->isStrong());
}

const RadarFinding *RadarOffers::unansweredStrong(const Watch &watch) const
{
    for (const RadarFinding &finding : watch.findings)
        if (finding.isStrong() && !watch.answered.contains(finding.id))
            return &finding;
    return nullptr;
}

bool RadarOffers::confirmSubmit()
{
    for (const auto &watch : m_watches) {
        // A section the form does not show now (an inline contact not asked for) is not sent.
        const QString first = watchedKeys(watch->kind).first();
        if (!watch->model || watch->model->isUpdate()
            || !m_form->rowFor(watch->prefix.isEmpty() ? first
                                                       : watch->prefix + QLatin1Char('.') + first))
            continue;
        const RadarFinding *strong = unansweredStrong(*watch);
        if (!strong)
            continue;
        const RadarFinding finding = *strong;
        const QString name = tr("%1 (%2)").arg(finding.label).arg(finding.id);
        const int choice = MessageBox::choose(
            m_form, tr("This may exist already"),
            tr("%1 may be there already: %2.").arg(name, finding.match.explanation),
            {tr("Use %1").arg(name), tr("Create a new one anyway")});
        if (choice < 0)
            return false;
        // Asked once: whatever the answer, this record is not asked about again.
        for (const RadarFinding &f : std::as_const(watch->findings))
            if (f.isStrong())
                watch->answered.insert(f.id);
        if (watch->offer)
            watch->offer->hide();
        if (choice == 0) {
            watch->use(finding);
            return false;
        }
    }
    return true;
}

DuplicateOffer *RadarOffers::offer(const QString &kind) const
{
    for (const auto &watch : m_watches)
        if (watch->kind == kind)
            return watch->offer;
    return nullptr;
}

void RadarOffers::reset()
{
    for (const auto &watch : m_watches) {
        watch->findings.clear();
        watch->answered.clear();
        watch->platformDelay->stop();
        if (watch->offer)
            watch->offer->hide();
    }
}
