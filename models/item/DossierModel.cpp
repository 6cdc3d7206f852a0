#include "DossierModel.h"

#include "workflow/DossierService.h"
#include "workflow/FeedbackService.h"
#include "workflow/ListingCorrectionService.h"

#include <QLocale>
#include <QTimer>

namespace creditdesk {

DossierModel::DossierModel(DossierService &service, const Actor &actor, QObject *parent)
    : QObject(parent), m_service(service), m_actor(actor), m_expiry(new QTimer(this))
{
    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, this, &DossierModel::expireReveals);
}

bool DossierModel::load(qint64 subjectId, const QDate &today)
{
    auto dossier = m_service.open(m_actor, subjectId);
    if (!dossier) {
        m_error = dossier.error();
        return false;
    }
    m_error.clear();
    m_revealed.clear();
    m_dossier = dossier.value();
    m_today = today;
    m_listings.setListings(m_dossier.listings, today);
    m_measures.setMeasures(m_dossier.measures);
    m_timeline.setEntries(m_dossier.timeline());
    m_breaches.setRecords(m_dossier.breaches, m_dossier.repairs, today);
    Q_EMIT loaded();
    return true;
}

bool DossierModel::mayReveal() const
{
    return m_actor.may(Action::RevealIdentifier);
}

bool DossierModel::mayRequestCorrection() const
{
    return m_corrections && m_actor.may(Action::RegisterCorrection);
}

bool DossierModel::mayRegisterObjection() const
{
    return m_objections && m_actor.may(Action::HandleObjection);
}

qint64 DossierModel::registerObjection(int row, ObjectionDraft draft)
{
    if (!m_objections || row < 0 || row >= m_dossier.listings.size()) {
        m_error = tr("Select a listing first.");
        return 0;
    }
    draft.listingId = m_dossier.listings[row].id;
    auto registered = m_objections->registerObjection(m_actor, draft);
    if (!registered) {
        m_error = registered.error();
        return 0;
    }
    m_error.clear();
    return registered.value();
}

bool DossierModel::mayMirrorCourtDecision() const
{
    return m_court && m_actor.may(Action::MirrorCourtDecision);
}

bool DossierModel::mirrorCourtDecision(int row, const CourtDecision &decision)
{
    if (!m_court || row < 0 || row >= m_dossier.listings.size()) {
        m_error = tr("Select a listing first.");
        return false;
    }
    const Listing &listing = m_dossier.listings.at(row);
    auto mirrored = m_court->mirrorDecision(m_actor, listing.id, listing.rowVersion, decision);
    if (!mirrored) {
        m_error = mirrored.error();
        return false;
    }
    return load(m_dossier.subject.id, m_today);
}

Result<WorkingCalendar> DossierModel::calendar() const
{
    if (!m_court)
        return Error{tr("Court decisions cannot be recorded here.")};
    return m_court->calendar();
}

bool DossierModel::mayRegisterRepair() const
{
    return m_repairs && m_actor.may(Action::HandleRepair);
}

qint64 DossierModel::registerRepair(int row, RepairDraft draft)
{
    if (!m_repairs || row < 0 || row >= m_dossier.breaches.size()) {
        m_error = tr("Select the breach information first.");
        return 0;
    }
    draft.breachId = m_dossier.breaches.at(row).id;
    auto registered = m_repairs->registerApplication(m_actor, draft);
    if (!registered) {
        m_error = registered.error();
        return 0;
    }
    load(m_dossier.subject.id, m_today);
    return registered.value();
}

bool DossierModel::mayRecordFeedback() const
{
    return m_feedback && m_actor.may(Action::RecordFeedback);
}

qint64 DossierModel::recordFeedback(qint64 applicationId, const Feedback &feedback)
{
    if (!m_feedback) {
        m_error = tr("Feedback cannot be recorded here.");
        return 0;
    }
    auto recorded = m_feedback->record(m_actor, applicationId, feedback, m_today);
    if (!recorded) {
        m_error = recorded.error();
        return 0;
    }
    load(m_dossier.subject.id, m_today);
    return recorded.value();
}

Result<RepairEligibility> DossierModel::eligibility(int row) const
{
    if (!m_repairs || row < 0 || row >= m_dossier.breaches.size())
        return Error{tr("Select the breach information first.")};
    return m_repairs->eligibility(m_actor, m_dossier.breaches.at(row).id, m_today);
}

bool DossierModel::requestCorrection(int row, const QString &field, const QString &value, const QString &reason)
{
    if (!m_corrections || row < 0 || row >= m_dossier.listings.size()) {
        m_error = tr("Select a listing first.");
        return false;
    }
    auto registered = m_corrections->registerCorrection(m_actor, m_dossier.listings[row].id, field, value, reason);
    if (!registered) {
        m_error = registered.error();
        return false;
    }
    m_error.clear();
    return true;
}

bool DossierModel::reveal(IdentifierType type, const QString &reason)
{
    auto revealed = m_service.reveal(m_actor, m_dossier.subject.id, type, reason);
    if (!revealed) {
        m_error = revealed.error();
        return false;
    }
    m_error.clear();
    m_revealed.insert(static_cast<int>(type), {revealed->value, revealed->expiresAt});
    const qint64 milliseconds = QDateTime::currentDateTimeUtc().msecsTo(revealed->expiresAt);
    m_expiry->start(static_cast<int>(qBound<qint64>(0, milliseconds, 24LL * 3600 * 1000)));
    Q_EMIT identityChanged();
    return true;
}

void DossierModel::expireReveals()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<int, QPair<QString, QDateTime>> stillValid;
    QDateTime next;
    for (const int type : m_revealed.keys()) {
        const QPair<QString, QDateTime> entry = m_revealed.value(type);
        if (entry.second > now) {
            stillValid.insert(type, entry);
            next = next.isValid() ? qMin(next, entry.second) : entry.second;
        }
    }
    m_revealed = stillValid;
    if (next.isValid())
        m_expiry->start(static_cast<int>(qMax<qint64>(0, now.msecsTo(next))));
    Q_EMIT identityChanged();
}

QString DossierModel::summary() const
{
    int effective = 0;
    for (const Listing &listing : m_dossier.listings)
        effective += listing.isEffective(m_today) ? 1 : 0;
    int inForce = 0;
    for (const AppliedMeasure &measure : m_dossier.measures)
        inForce += measure.endedOn.isValid() ? 0 : 1;
    if (effective == 0)
        return tr("Not on the list now · %n listing(s) in the history", nullptr,
                  static_cast<int>(m_dossier.listings.size()));
    return tr("On the defaulter list: %n effective listing(s)", nullptr, effective) + QStringLiteral(" · ")
           + tr("%n measure(s) in force", nullptr, inForce);
}

QList<DossierModel::IdentityLine> DossierModel::identity() const
{
    const Subject &subject = m_dossier.subject;
    QList<IdentityLine> lines;
    lines.append({tr("Name"), subject.name});
    lines.append({tr("Kind"), subjectKindText(subject.kind)});
    for (const Identifier &identifier : subject.identifiers) {
        IdentityLine line{identifierTypeText(identifier.type), identifier.value, identifier.type, true, false};
        const auto revealed = m_revealed.constFind(static_cast<int>(identifier.type));
        if (revealed != m_revealed.cend()) {
            line.value = revealed->first;
            line.revealed = true;
        }
        lines.append(line);
    }
    if (subject.kind == SubjectKind::Person) {
        lines.append({tr("Sex"), subject.sex == QLatin1String("M")   ? tr("Male")
                                 : subject.sex == QLatin1String("F") ? tr("Female")
                                                                     : QString()});
        if (subject.birthDate.isValid()) {
            int age = m_today.year() - subject.birthDate.year();
            if (QDate(m_today.year(), subject.birthDate.month(), 1).addDays(subject.birthDate.day() - 1) > m_today)
                --age;
            lines.append({tr("Age"), tr("%1 years").arg(age)});
        }
    } else {
        lines.append({tr("Legal representative"), subject.legalRepresentative});
    }
    lines.append({tr("Region"), subject.regionName.isEmpty() ? subject.regionCode : subject.regionName});
    if (!subject.aliases.isEmpty())
        lines.append({tr("Former names"), subject.aliases.join(QStringLiteral(", "))});
    return lines;
}

} // namespace creditdesk
