#include "ObjectionService.h"

#include "Authorization.h"
#include "MeasureLifting.h"
#include "PolicyService.h"
#include "domain/EvidenceFile.h"
#include "domain/ListingCorrection.h"
#include "store/AuditJournal.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "store/ListingCorrectionRepository.h"
#include "store/ListingExitRepository.h"
#include "store/SyncRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace creditdesk {

namespace {

/// lupdate files these strings under the class they are used in.
QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::ObjectionService", source);
}

QJsonObject limitJson(const ObjectionTimeLimits::Limit &limit)
{
    return QJsonObject{{QStringLiteral("days"), limit.days}, {QStringLiteral("workingDays"), limit.workingDays}};
}

ObjectionTimeLimits::Limit limitFrom(const QJsonValue &value, const ObjectionTimeLimits::Limit &fallback)
{
    const QJsonObject object = value.toObject();
    if (!object.contains(QStringLiteral("days")))
        return fallback;
    return {qBound(0, object.value(QStringLiteral("days")).toInt(), 3650),
            object.value(QStringLiteral("workingDays")).toBool()};
}

const QString limitsKey = QStringLiteral("objection_time_limits");

QString routeKey(ObjectionRoute route)
{
    return route == ObjectionRoute::CourtList ? QStringLiteral("court") : QStringLiteral("platform");
}

/// The case with its next deadline and the days left on \a today.
ObjectionCase clocked(const Objection &objection, const ObjectionTimeLimits &limits, const WorkingCalendar &calendar,
                      const QDate &today)
{
    ObjectionCase entry{objection, {}, 0, {}};
    auto deadline = ObjectionClock::deadline(objection, limits, calendar);
    if (!deadline) {
        entry.clockError = deadline.error();
        return entry;
    }
    entry.deadline = deadline.value();
    auto left = ObjectionClock::daysLeft(entry.deadline, today, calendar);
    if (left)
        entry.daysLeft = left.value();
    else
        entry.clockError = left.error();
    return entry;
}

} // namespace

ObjectionService::ObjectionService(Database &database) : m_database(database) {}

Result<qint64> ObjectionService::registerObjection(const Actor &actor, const ObjectionDraft &draft)
{
    if (const Status allowed = requirePermission(actor, Action::HandleObjection); !allowed)
        return Error{allowed.error()};
    if (draft.applicantName.trimmed().isEmpty())
        return Error{tr("Enter the applicant's name.")};
    if (!draft.receivedOn.isValid() || draft.receivedOn > QDate::currentDate())
        return Error{tr("The date received must be a date no later than today.")};
    if (draft.ground == ObjectionGround::Other && draft.groundsText.trimmed().isEmpty())
        return Error{tr("Other grounds: describe them.")};
    for (const QString &field : draft.fields) {
        if (!ListingCorrection::correctableFields().contains(field))
            return Error{tr("The field \"%1\" is not a field of the record; fields: %2.")
                             .arg(field, ListingCorrection::correctableFields().join(QStringLiteral(", ")))};
    }
    ObjectionRepository repository(m_database.connection());
    qint64 id = 0;
    const Status stored = m_database.transaction([&]() -> Status {
        const auto owner = repository.listingOwner(draft.listingId);
        if (!owner)
            return Error{tr("Listing %1 does not exist.").arg(draft.listingId)};
        auto open = repository.openOnListing(draft.listingId);
        if (!open)
            return Error{open.error()};
        Objection objection;
        objection.listingId = draft.listingId;
        objection.route = draft.route;
        objection.applicantName = draft.applicantName.trimmed();
        objection.applicantIsAgent = draft.applicantIsAgent;
        objection.applicantContact = draft.applicantContact.trimmed();
        objection.channel = draft.channel;
        objection.receivedOn = draft.receivedOn;
        objection.ground = draft.ground;
        objection.groundsText = draft.groundsText.trimmed();
        objection.fields = draft.fields;
        objection.duplicateOf = open->isEmpty() ? 0 : open->first();
        objection.registeredBy = actor.userName;
        auto inserted = repository.insert(objection);
        if (!inserted)
            return Error{inserted.error()};
        id = inserted.value();
        ObjectionRepository::Event event;
        event.from = ObjectionState::Submitted;
        event.to = ObjectionState::Submitted;
        event.actedOn = draft.receivedOn;
        event.actor = actor.userName;
        event.reason = tr("Objection received");
        event.details = QJsonObject{{QStringLiteral("duplicateOf"), objection.duplicateOf}};
        if (const Status status = repository.addEvent(id, event); !status)
            return status;
        return audit(m_database, actor,
                     {QStringLiteral("objection.register"), QStringLiteral("objection"), QString::number(id),
                      objection.groundsText.isEmpty() ? objectionGroundText(objection.ground) : objection.groundsText,
                      QJsonObject{{QStringLiteral("listingId"), draft.listingId},
                                  {QStringLiteral("subjectId"), owner->first},
                                  {QStringLiteral("route"), routeKey(draft.route)},
                                  {QStringLiteral("applicant"), objection.applicantName},
                                  {QStringLiteral("receivedOn"), draft.receivedOn.toString(Qt::ISODate)},
                                  {QStringLiteral("ground"), static_cast<int>(draft.ground)},
                                  {QStringLiteral("fields"), QJsonArray::fromStringList(draft.fields)},
                                  {QStringLiteral("duplicateOf"), objection.duplicateOf}}});
    });
    if (!stored)
        return Error{stored.error()};
    return id;
}

Result<qint64> ObjectionService::addEvidence(const Actor &actor, qint64 objectionId, const QString &fileName,
                                             const QByteArray &content)
{
    if (const Status allowed = requirePermission(actor, Action::HandleObjection); !allowed)
        return Error{allowed.error()};
    const auto checked = EvidenceFile::check(fileName, content);
    if (!checked)
        return Error{checked.error()};
    const QString name = checked->fileName;
    const QString mediaType = checked->mediaType;
    ObjectionRepository repository(m_database.connection());
    qint64 id = 0;
    const Status stored = m_database.transaction([&]() -> Status {
        const auto objection = repository.find(objectionId);
        if (!objection)
            return Error{tr("Objection %1 does not exist.").arg(objectionId)};
        if (!objection->isOpen())
            return Error{tr("Objection %1 is closed; evidence cannot be added.").arg(objectionId)};
        ObjectionRepository::Evidence evidence;
        evidence.objectionId = objectionId;
        evidence.fileName = name;
        evidence.mediaType = mediaType;
        evidence.size = content.size();
        evidence.sha256 = checked->sha256;
        evidence.addedBy = actor.userName;
        auto inserted = repository.addEvidence(evidence, content);
        if (!inserted)
            return Error{inserted.error()};
        id = inserted.value();
        return audit(m_database, actor,
                     {QStringLiteral("objection.evidence"), QStringLiteral("objection"), QString::number(objectionId),
                      tr("Evidence added: %1").arg(name),
                      QJsonObject{{QStringLiteral("evidenceId"), id},
                                  {QStringLiteral("file"), name},
                                  {QStringLiteral("mediaType"), mediaType},
                                  {QStringLiteral("size"), evidence.size},
                                  {QStringLiteral("sha256"), evidence.sha256}}});
    });
    if (!stored)
        return Error{stored.error()};
    return id;
}

Status ObjectionService::applyCorrections(const Actor &actor, const Objection &objection, const ObjectionStep &step,
                                          QJsonArray &changed)
{
    ListingCorrectionRepository listings(m_database.connection());
    for (const ObjectionStep::FieldChange &change : step.changes) {
        if (!ListingCorrection::correctableFields().contains(change.field))
            return Error{tr("The field \"%1\" cannot be corrected.").arg(change.field)};
        if (const Status valid = ListingCorrection::validateValue(change.field, change.value); !valid)
            return valid;
        const auto current = listings.currentValue(objection.listingId, change.field);
        if (!current)
            return Error{tr("Listing %1 does not exist.").arg(objection.listingId)};
        auto applied = listings.applyToListing(objection.listingId, current->rowVersion, change.field, change.value);
        if (!applied)
            return Error{applied.error()};
        if (!applied.value())
            return Error{tr("The record was changed meanwhile; nothing was changed.")};
        if (const Status status =
                listings.addCorrectedEvent(objection.listingId, tr("Objection %1: %2: %3 → %4")
                                                                    .arg(objection.id)
                                                                    .arg(ListingCorrection::fieldText(change.field),
                                                                         current->value, change.value));
            !status)
            return status;
        changed.append(QJsonObject{{QStringLiteral("field"), change.field},
                                   {QStringLiteral("old"), current->value},
                                   {QStringLiteral("new"), change.value}});
        if (const Status injected = fault(QStringLiteral("after-field-change")); !injected)
            return injected;
    }
    if (step.publicationState == 3 || step.publicationState == 4) {
        // The state before, so that a desk on a central server can put it back when the server
        // refuses the step.
        const auto before = ListingExitRepository(m_database.connection()).findListing(objection.listingId);
        if (!before)
            return Error{tr("Listing %1 does not exist.").arg(objection.listingId)};
        if (const Status status = listings.changePublicationState(objection.listingId, step.publicationState,
                                                                  step.actedOn, tr("Objection %1").arg(objection.id));
            !status)
            return status;
        const auto owner = ObjectionRepository(m_database.connection()).listingOwner(objection.listingId);
        auto lifted = MeasureLifting::lift(m_database.connection(), {owner ? owner->first : 0, objection.listingId, 0},
                                           step.actedOn, tr("Objection %1").arg(objection.id), actor.userName);
        if (!lifted)
            return Error{lifted.error()};
        changed.append(QJsonObject{{QStringLiteral("field"), QStringLiteral("state")},
                                   {QStringLiteral("old"), static_cast<int>(before->state)},
                                   {QStringLiteral("new"), step.publicationState},
                                   {QStringLiteral("lifted"), lifted.value()}});
    }
    return {};
}

Status ObjectionService::advance(const Actor &actor, qint64 objectionId, qint64 expectedVersion,
                                 const ObjectionStep &step)
{
    const bool decision = ObjectionStateMachine::isDecision(step.to);
    if (const Status allowed = requirePermission(actor, decision ? Action::DecideObjection : Action::HandleObjection);
        !allowed)
        return allowed;
    if (step.reason.trimmed().isEmpty())
        return Error{tr("Give the reason for this step: it goes into the case and the audit journal.")};
    if (!step.actedOn.isValid() || step.actedOn > QDate::currentDate())
        return Error{tr("The date of the step must be a date no later than today.")};
    const bool fourEyes = PolicyService(m_database).load().requiresFourEyes(QString::fromLatin1(decisionType));
    ObjectionRepository repository(m_database.connection());
    return m_database.transaction([&]() -> Status {
        const std::optional<Objection> objection = repository.find(objectionId);
        if (!objection)
            return Error{tr("Objection %1 does not exist.").arg(objectionId)};
        if (objection->rowVersion != expectedVersion)
            return Error{tr("Someone else changed this case since you opened it (it is now %1). Reload it; nothing "
                            "was changed.")
                             .arg(objectionStateText(objection->state))};
        if (!ObjectionStateMachine::allows(objection->route, objection->state, step.to)) {
            QStringList possible;
            for (const ObjectionState next : ObjectionStateMachine::next(objection->route, objection->state))
                possible.append(objectionStateText(next));
            return Error{tr("A case that is %1 cannot become %2. Possible next steps: %3.")
                             .arg(objectionStateText(objection->state), objectionStateText(step.to),
                                  possible.isEmpty() ? tr("none") : possible.join(QStringLiteral(", ")))};
        }
        if (step.actedOn < objection->receivedOn)
            return Error{tr("The date of the step is before the objection was received (%1).")
                             .arg(objection->receivedOn.toString(Qt::ISODate))};
        if (decision && fourEyes && objection->registeredBy == actor.userName)
            return Error{tr("You registered this objection; another reviewer must decide it (four eyes).")};

        QVariantMap values;
        ObjectionOutcome outcome = step.outcome;
        switch (step.to) {
        case ObjectionState::Accepted:
            values.insert(QStringLiteral("accepted_on"), step.actedOn);
            break;
        case ObjectionState::NotAccepted:
        case ObjectionState::Upheld:
        case ObjectionState::Undetermined:
        case ObjectionState::Corrected:
            outcome = step.to == ObjectionState::Corrected      ? ObjectionOutcome::Corrected
                      : step.to == ObjectionState::Upheld       ? ObjectionOutcome::Upheld
                      : step.to == ObjectionState::Undetermined ? ObjectionOutcome::Undetermined
                                                                : ObjectionOutcome::None;
            values.insert(QStringLiteral("decided_by"), actor.userName);
            values.insert(QStringLiteral("decided_on"), step.actedOn);
            values.insert(QStringLiteral("decision_reason"), step.reason.trimmed());
            values.insert(QStringLiteral("outcome"), static_cast<int>(outcome));
            break;
        case ObjectionState::ForwardedToCourt:
            values.insert(QStringLiteral("forwarded_on"), step.actedOn);
            break;
        case ObjectionState::CourtDecided:
        case ObjectionState::ReconsiderationDecided:
            if (outcome != ObjectionOutcome::Corrected && outcome != ObjectionOutcome::Upheld)
                return Error{tr("Record whether the court corrected the record or found no error.")};
            if (step.decisionText.trimmed().isEmpty())
                return Error{tr("Enter the court's decision (document number and holding).")};
            if (step.to == ObjectionState::CourtDecided) {
                values.insert(QStringLiteral("court_decision"), step.decisionText.trimmed());
                values.insert(QStringLiteral("court_decided_on"), step.actedOn);
            } else {
                values.insert(QStringLiteral("reconsideration_decision"), step.decisionText.trimmed());
                values.insert(QStringLiteral("reconsideration_decided_on"), step.actedOn);
            }
            values.insert(QStringLiteral("decided_by"), actor.userName);
            values.insert(QStringLiteral("decided_on"), step.actedOn);
            values.insert(QStringLiteral("decision_reason"), step.reason.trimmed());
            values.insert(QStringLiteral("outcome"), static_cast<int>(outcome));
            break;
        case ObjectionState::ApplicantNotified:
            values.insert(QStringLiteral("notified_on"), step.actedOn);
            break;
        case ObjectionState::ReconsiderationFiled:
            if (!objection->courtDecidedOn.isValid())
                return Error{tr("Reconsideration is of a court's decision; none is recorded for this case.")};
            if (objection->reconsiderationFiledOn.isValid())
                return Error{tr("A reconsideration was already filed on %1.")
                                 .arg(objection->reconsiderationFiledOn.toString(Qt::ISODate))};
            values.insert(QStringLiteral("reconsideration_filed_on"), step.actedOn);
            break;
        default:
            break;
        }
        const bool corrects = outcome == ObjectionOutcome::Corrected
                              && (step.to == ObjectionState::Corrected || step.to == ObjectionState::CourtDecided
                                  || step.to == ObjectionState::ReconsiderationDecided);
        if (corrects && step.changes.isEmpty() && step.publicationState == 0)
            return Error{tr("A correction must say which fields of the record change, or revoke or delete it.")};
        if (!corrects && (!step.changes.isEmpty() || step.publicationState != 0))
            return Error{tr("Only a decision that corrects the record may change it.")};
        // Another desk overtook a step of this desk on the case: that is settled first.
        auto conflicted =
            SyncRepository(m_database.connection()).hasOpenConflict(QStringLiteral("objection"), objectionId);
        if (!conflicted)
            return Error{conflicted.error()};
        if (conflicted.value())
            return Error{
                tr("Another desk decided this case before this desk's step reached the central server; resolve "
                   "that conflict first (Tools → Central server).")};

        auto moved = repository.moveTo(objectionId, expectedVersion, step.to, step.actedOn, values);
        if (!moved)
            return Error{moved.error()};
        if (!moved.value())
            return Error{tr("Someone else changed this case since you opened it. Reload it; nothing was changed.")};
        QJsonArray changed;
        if (corrects) {
            if (const Status status = applyCorrections(actor, *objection, step, changed); !status)
                return status;
        }
        if (step.to == ObjectionState::Undetermined) {
            const QString note = tr("Objection %1 of %2: undetermined (%3)")
                                     .arg(objectionId)
                                     .arg(objection->receivedOn.toString(Qt::ISODate), step.reason.trimmed());
            if (const Status status = repository.setAnnotation(objection->listingId, note); !status)
                return status;
        }
        if (const Status status = repository.refreshUnderObjection(objection->listingId); !status)
            return status;
        if (const Status injected = fault(QStringLiteral("before-audit")); !injected)
            return injected;
        QJsonObject details{{QStringLiteral("listingId"), objection->listingId},
                            {QStringLiteral("subjectId"), objection->subjectId},
                            {QStringLiteral("from"), objectionStateName(objection->state)},
                            {QStringLiteral("to"), objectionStateName(step.to)},
                            {QStringLiteral("actedOn"), step.actedOn.toString(Qt::ISODate)},
                            {QStringLiteral("outcome"), static_cast<int>(outcome)},
                            {QStringLiteral("registeredBy"), objection->registeredBy}};
        if (!step.decisionText.trimmed().isEmpty())
            details.insert(QStringLiteral("decision"), step.decisionText.trimmed());
        if (!changed.isEmpty())
            details.insert(QStringLiteral("changes"), changed);
        ObjectionRepository::Event event;
        event.from = objection->state;
        event.to = step.to;
        event.actedOn = step.actedOn;
        event.actor = actor.userName;
        event.reason = step.reason.trimmed();
        event.details = details;
        if (const Status status = repository.addEvent(objectionId, event); !status)
            return status;
        return audit(m_database, actor,
                     {QStringLiteral("objection.") + objectionStateName(step.to), QStringLiteral("objection"),
                      QString::number(objectionId), step.reason.trimmed(), details});
    });
}

std::optional<Objection> ObjectionService::find(qint64 objectionId) const
{
    return ObjectionRepository(m_database.connection()).find(objectionId);
}

Result<QList<ObjectionRepository::Event>> ObjectionService::history(const Actor &actor, qint64 objectionId) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewObjections); !allowed)
        return Error{allowed.error()};
    return ObjectionRepository(m_database.connection()).events(objectionId);
}

Result<QList<ObjectionRepository::Evidence>> ObjectionService::evidence(const Actor &actor, qint64 objectionId) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewObjections); !allowed)
        return Error{allowed.error()};
    return ObjectionRepository(m_database.connection()).evidence(objectionId);
}

Result<QByteArray> ObjectionService::evidenceContent(const Actor &actor, qint64 evidenceId) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewObjections); !allowed)
        return Error{allowed.error()};
    return ObjectionRepository(m_database.connection()).evidenceContent(evidenceId);
}

Result<ObjectionCase> ObjectionService::withClock(const Objection &objection, const QDate &today) const
{
    auto loaded = calendar();
    if (!loaded)
        return Error{loaded.error()};
    return clocked(objection, limits(objection.route), loaded.value(), today);
}

Result<QList<ObjectionCase>> ObjectionService::queue(const Actor &actor, Queue queue, const QDate &today) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewObjections); !allowed)
        return Error{allowed.error()};
    auto loaded = calendar();
    if (!loaded)
        return Error{loaded.error()};
    ObjectionRepository::Filter filter;
    filter.openOnly = queue != Queue::All;
    if (queue == Queue::Mine)
        filter.registeredBy = actor.userName;
    auto objections = ObjectionRepository(m_database.connection()).list(filter);
    if (!objections)
        return Error{objections.error()};
    const ObjectionTimeLimits court = limits(ObjectionRoute::CourtList);
    const ObjectionTimeLimits platform = limits(ObjectionRoute::CreditPlatform);
    QList<ObjectionCase> cases;
    for (const Objection &objection : objections.value()) {
        const ObjectionCase entry =
            clocked(objection, objection.route == ObjectionRoute::CourtList ? court : platform, loaded.value(), today);
        if ((queue == Queue::Overdue && !entry.isOverdue()) || (queue == Queue::DueSoon && !entry.isDueSoon()))
            continue;
        cases.append(entry);
    }
    return cases;
}

Result<WorkingCalendar> ObjectionService::calendar() const
{
    return CalendarRepository(m_database.connection()).load();
}

Status ObjectionService::importCalendarYear(const Actor &actor, int year, const QList<WorkingCalendar::Day> &days,
                                            const QString &source, const QString &reason)
{
    if (const Status allowed = requirePermission(actor, Action::EditReferenceData); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error{tr("Give the reason for the import: it goes into the audit journal.")};
    // A day is in one notice, once: INSERT OR REPLACE would keep the last of two rows, or take
    // a day from the neighbour year's notice (which a later import of that year would then drop).
    auto others = CalendarRepository(m_database.connection()).daysOfOtherNotices(year);
    if (!others)
        return Error{others.error()};
    QSet<QDate> seen;
    int off = 0;
    for (const WorkingCalendar::Day &day : days) {
        if (std::abs(day.date.year() - year) > 1
            || (day.date.year() != year && day.date.month() != 12 && day.date.month() != 1))
            return Error{tr("%1 is not part of the %2 notice.").arg(day.date.toString(Qt::ISODate)).arg(year)};
        if (seen.contains(day.date))
            return Error{tr("%1 is listed twice.").arg(day.date.toString(Qt::ISODate))};
        seen.insert(day.date);
        if (const auto other = others->constFind(day.date); other != others->cend())
            return Error{tr("%1 belongs to the %2 notice, already loaded.")
                             .arg(day.date.toString(Qt::ISODate))
                             .arg(other.value())};
        off += day.workday ? 0 : 1;
    }
    if (off < 7)
        return Error{tr("The notice for %1 has %2 days off; a State Council notice has at least seven (New Year, "
                        "Spring Festival, Qingming, Labour Day, Dragon Boat, Mid-Autumn, National Day). Check the "
                        "file.")
                         .arg(year)
                         .arg(off)};
    return m_database.transaction([&]() -> Status {
        if (const Status status =
                CalendarRepository(m_database.connection()).storeYear(year, days, source, actor.userName);
            !status)
            return status;
        return audit(m_database, actor,
                     {QStringLiteral("calendar.import"), QStringLiteral("holiday_year"), QString::number(year),
                      reason.trimmed(),
                      QJsonObject{{QStringLiteral("source"), source},
                                  {QStringLiteral("days"), static_cast<int>(days.size())},
                                  {QStringLiteral("daysOff"), off}}});
    });
}

ObjectionTimeLimits ObjectionService::limits(ObjectionRoute route) const
{
    const QJsonObject all = QJsonDocument::fromJson(m_database.metaValue(limitsKey).toUtf8()).object();
    const QJsonObject stored = all.value(routeKey(route)).toObject();
    ObjectionTimeLimits limits = ObjectionTimeLimits::defaults();
    limits.acceptance = limitFrom(stored.value(QStringLiteral("acceptance")), limits.acceptance);
    limits.selfCheck = limitFrom(stored.value(QStringLiteral("selfCheck")), limits.selfCheck);
    limits.answer = limitFrom(stored.value(QStringLiteral("answer")), limits.answer);
    limits.forwarding = limitFrom(stored.value(QStringLiteral("forwarding")), limits.forwarding);
    limits.courtReview = limitFrom(stored.value(QStringLiteral("courtReview")), limits.courtReview);
    limits.correction = limitFrom(stored.value(QStringLiteral("correction")), limits.correction);
    limits.reconsiderationFiling =
        limitFrom(stored.value(QStringLiteral("reconsiderationFiling")), limits.reconsiderationFiling);
    limits.reconsiderationDecision =
        limitFrom(stored.value(QStringLiteral("reconsiderationDecision")), limits.reconsiderationDecision);
    return limits;
}

Status ObjectionService::setLimits(const Actor &actor, ObjectionRoute route, const ObjectionTimeLimits &limits,
                                   const QString &reason)
{
    if (const Status allowed = requirePermission(actor, Action::EditReferenceData); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error{tr("Give the reason for the change: it goes into the audit journal.")};
    const QJsonObject routeLimits{
        {QStringLiteral("acceptance"), limitJson(limits.acceptance)},
        {QStringLiteral("selfCheck"), limitJson(limits.selfCheck)},
        {QStringLiteral("answer"), limitJson(limits.answer)},
        {QStringLiteral("forwarding"), limitJson(limits.forwarding)},
        {QStringLiteral("courtReview"), limitJson(limits.courtReview)},
        {QStringLiteral("correction"), limitJson(limits.correction)},
        {QStringLiteral("reconsiderationFiling"), limitJson(limits.reconsiderationFiling)},
        {QStringLiteral("reconsiderationDecision"), limitJson(limits.reconsiderationDecision)}};
    return m_database.transaction([&]() -> Status {
        QJsonObject all = QJsonDocument::fromJson(m_database.metaValue(limitsKey).toUtf8()).object();
        const QJsonObject before = all.value(routeKey(route)).toObject();
        all.insert(routeKey(route), routeLimits);
        if (const Status status = m_database.setMetaValue(
                limitsKey, QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
            !status)
            return status;
        return audit(m_database, actor,
                     {QStringLiteral("objection.limits"), QStringLiteral("objection_time_limits"), routeKey(route),
                      reason.trimmed(),
                      QJsonObject{{QStringLiteral("before"), before}, {QStringLiteral("after"), routeLimits}}});
    });
}

} // namespace creditdesk
