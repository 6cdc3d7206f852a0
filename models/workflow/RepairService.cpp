#include "RepairService.h"

#include "Authorization.h"
#include "MeasureLifting.h"
#include "PolicyService.h"
#include "domain/EvidenceFile.h"
#include "store/AuditJournal.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "store/SyncRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::RepairService", source);
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

RepairService::RepairService(Database &database) : m_database(database) {}

Result<RepairRuleBook> RepairService::rules() const
{
    return RepairRepository(m_database.connection()).ruleBook();
}

Result<qint64> RepairService::recordBreach(const Actor &actor, const BreachDraft &draft)
{
    if (const Status allowed = requirePermission(actor, Action::RecordListEntry); !allowed)
        return Error{allowed.error()};
    if (draft.reason.trimmed().isEmpty())
        return Error{tr("Give the reason for recording the information: it goes into the audit journal.")};
    if (!draft.decisionDate.isValid() || draft.decisionDate > QDate::currentDate())
        return Error{tr("The decision date must be a date no later than today.")};
    if (draft.authority.trimmed().isEmpty())
        return Error{tr("Enter the authority that made the finding.")};
    if (draft.documentNumber.trimmed().isEmpty())
        return Error{tr("Enter the number of the decision.")};
    if (draft.behaviour.trimmed().isEmpty())
        return Error{tr("Describe the breach.")};
    auto book = rules();
    if (!book)
        return Error{book.error()};
    // The publication period is fixed when the information is published: by the rule set in
    // force on the decision date.
    auto ruleSet = book->inForceOn(draft.decisionDate);
    if (!ruleSet)
        return Error{ruleSet.error()};
    RepairRepository repository(m_database.connection());
    qint64 id = 0;
    const Status stored = m_database.transaction([&]() -> Status {
        BreachRecord record;
        record.subjectId = draft.subjectId;
        record.tier = draft.tier;
        record.decisionDate = draft.decisionDate;
        record.authority = draft.authority.trimmed();
        record.documentNumber = draft.documentNumber.trimmed();
        record.behaviour = draft.behaviour.trimmed();
        record.ruleSet = ruleSet->code;
        record.maximumUntil = ruleSet->automaticStopDate(draft.tier, draft.decisionDate);
        // Published even when the maximum has passed already: the expiry job proposes it, so that
        // nothing leaves publication without an officer's confirmation.
        record.state = BreachState::Published;
        auto inserted = repository.insertBreach(record, actor.userName);
        if (!inserted)
            return Error{tr("The information could not be stored (does subject %1 exist?): %2")
                             .arg(draft.subjectId)
                             .arg(inserted.error())};
        id = inserted.value();
        for (const BreachDraft::AppliedMeasure &measure : draft.measures) {
            if (const Status status =
                    repository.insertBreachMeasure(id, measure.measureId, measure.departmentId, draft.decisionDate);
                !status)
                return status;
        }
        return audit(m_database, actor,
                     {QStringLiteral("breach.record"), QStringLiteral("breach"), QString::number(id),
                      draft.reason.trimmed(),
                      QJsonObject{{QStringLiteral("subject"), draft.subjectId},
                                  {QStringLiteral("tier"), breachTierName(draft.tier)},
                                  {QStringLiteral("decisionDate"), draft.decisionDate.toString(Qt::ISODate)},
                                  {QStringLiteral("authority"), record.authority},
                                  {QStringLiteral("documentNumber"), record.documentNumber},
                                  {QStringLiteral("ruleSet"), record.ruleSet},
                                  {QStringLiteral("maximumUntil"), record.maximumUntil.toString(Qt::ISODate)},
                                  {QStringLiteral("measures"), static_cast<int>(draft.measures.size())}}});
    });
    if (!stored)
        return Error{stored.error()};
    return id;
}

Result<QList<BreachRecord>> RepairService::breaches(const Actor &actor, qint64 subjectId) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewDossier); !allowed)
        return Error{allowed.error()};
    return RepairRepository(m_database.connection()).breachesOf(subjectId);
}

Result<RepairEligibility> RepairService::eligibilityOf(const RepairApplication &application, const BreachRecord &record,
                                                       const QDate &day) const
{
    auto book = rules();
    if (!book)
        return Error{book.error()};
    const auto ruleSet = book->byCode(application.ruleSet);
    if (!ruleSet)
        return Error{
            tr("The rule set %1 of this application is no longer in the reference data.").arg(application.ruleSet)};
    auto files = RepairRepository(m_database.connection()).evidence(application.id);
    if (!files)
        return Error{files.error()};
    bool proof = false;
    bool commitment = false;
    for (const RepairRepository::Evidence &file : files.value()) {
        if (file.refusedByServer)
            continue; // not on the other desks: the decision would rest on a file they lack
        proof = proof || file.kind == RepairEvidenceKind::ProofOfPerformance;
        commitment = commitment || file.kind == RepairEvidenceKind::CreditCommitment;
    }
    return RepairEligibility::evaluate(record, ruleSet.value(), day, proof, commitment);
}

Result<RepairEligibility> RepairService::eligibility(const Actor &actor, qint64 breachId, const QDate &day) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewDossier); !allowed)
        return Error{allowed.error()};
    RepairRepository repository(m_database.connection());
    const auto record = repository.findBreach(breachId);
    if (!record)
        return Error{tr("Breach information %1 does not exist.").arg(breachId)};
    auto open = repository.openOnBreach(breachId);
    if (!open)
        return Error{open.error()};
    if (open.value()) {
        if (const auto application = repository.findApplication(*open.value()))
            return eligibilityOf(*application, *record, day);
    }
    auto book = rules();
    if (!book)
        return Error{book.error()};
    return RepairEligibility::evaluate(*record, book.value(), day, false, false);
}

Result<qint64> RepairService::registerApplication(const Actor &actor, const RepairDraft &draft)
{
    if (const Status allowed = requirePermission(actor, Action::HandleRepair); !allowed)
        return Error{allowed.error()};
    if (draft.applicantName.trimmed().isEmpty())
        return Error{tr("Enter the applicant's name.")};
    if (!draft.receivedOn.isValid() || draft.receivedOn > QDate::currentDate())
        return Error{tr("The date received must be a date no later than today.")};
    if (draft.statement.trimmed().isEmpty())
        return Error{tr("Enter what the applicant says they corrected and performed.")};
    auto book = rules();
    if (!book)
        return Error{book.error()};
    auto ruleSet = book->inForceOn(draft.receivedOn);
    if (!ruleSet)
        return Error{ruleSet.error()};
    auto calendar = CalendarRepository(m_database.connection()).load();
    if (!calendar)
        return Error{calendar.error()};
    auto due = calendar->addWorkingDays(draft.receivedOn, ruleSet->processingWorkingDays);
    if (!due)
        return Error{due.error()};
    RepairRepository repository(m_database.connection());
    qint64 id = 0;
    const Status stored = m_database.transaction([&]() -> Status {
        const auto record = repository.findBreach(draft.breachId);
        if (!record)
            return Error{tr("Breach information %1 does not exist.").arg(draft.breachId)};
        if (record->state != BreachState::Published)
            return Error{tr("The information is no longer published (%1); there is nothing to repair.")
                             .arg(breachStateText(record->state))};
        if (draft.receivedOn < record->decisionDate)
            return Error{
                tr("The application cannot be received before the decision (%1).").arg(dateText(record->decisionDate))};
        auto open = repository.openOnBreach(draft.breachId);
        if (!open)
            return Error{open.error()};
        if (open.value())
            return Error{tr("Application %1 on this information is still open; add to it instead.").arg(*open.value())};
        RepairApplication application;
        application.breachId = draft.breachId;
        application.ruleSet = ruleSet->code;
        application.state = RepairState::Submitted;
        application.applicantName = draft.applicantName.trimmed();
        application.applicantContact = draft.applicantContact.trimmed();
        application.receivedOn = draft.receivedOn;
        application.dueOn = due.value();
        application.statement = draft.statement.trimmed();
        application.registeredBy = actor.userName;
        auto inserted = repository.insertApplication(application);
        if (!inserted)
            return Error{inserted.error()};
        id = inserted.value();
        if (const Status status = repository.addEvent(id, {RepairState::Submitted,
                                                           RepairState::Submitted,
                                                           draft.receivedOn,
                                                           {},
                                                           actor.userName,
                                                           application.statement,
                                                           {}});
            !status)
            return status;
        return audit(m_database, actor,
                     {QStringLiteral("repair.register"), QStringLiteral("repair"), QString::number(id),
                      tr("Application received"),
                      QJsonObject{{QStringLiteral("breach"), draft.breachId},
                                  {QStringLiteral("ruleSet"), application.ruleSet},
                                  {QStringLiteral("receivedOn"), draft.receivedOn.toString(Qt::ISODate)},
                                  {QStringLiteral("dueOn"), application.dueOn.toString(Qt::ISODate)}}});
    });
    if (!stored)
        return Error{stored.error()};
    return id;
}

Result<qint64> RepairService::addEvidence(const Actor &actor, qint64 applicationId, RepairEvidenceKind kind,
                                          const QString &fileName, const QByteArray &content)
{
    if (const Status allowed = requirePermission(actor, Action::HandleRepair); !allowed)
        return Error{allowed.error()};
    const auto checked = EvidenceFile::check(fileName, content);
    if (!checked)
        return Error{checked.error()};
    RepairRepository repository(m_database.connection());
    qint64 id = 0;
    const Status stored = m_database.transaction([&]() -> Status {
        const auto application = repository.findApplication(applicationId);
        if (!application)
            return Error{tr("Repair application %1 does not exist.").arg(applicationId)};
        if (!application->isOpen())
            return Error{tr("Application %1 is closed; evidence cannot be added.").arg(applicationId)};
        if (const Status settled = requireNoOpenConflict(applicationId); !settled)
            return Error{settled.error()};
        RepairRepository::Evidence evidence;
        evidence.applicationId = applicationId;
        evidence.kind = kind;
        evidence.fileName = checked->fileName;
        evidence.mediaType = checked->mediaType;
        evidence.size = checked->size;
        evidence.sha256 = checked->sha256;
        evidence.addedBy = actor.userName;
        auto inserted = repository.addEvidence(evidence, content);
        if (!inserted)
            return Error{inserted.error()};
        id = inserted.value();
        return audit(m_database, actor,
                     {QStringLiteral("repair.evidence"), QStringLiteral("repair"), QString::number(applicationId),
                      tr("Evidence added: %1 (%2)").arg(checked->fileName, repairEvidenceKindText(kind)),
                      QJsonObject{{QStringLiteral("evidenceId"), id},
                                  {QStringLiteral("kind"), repairEvidenceKindName(kind)},
                                  {QStringLiteral("file"), checked->fileName},
                                  {QStringLiteral("mediaType"), checked->mediaType},
                                  {QStringLiteral("size"), checked->size},
                                  {QStringLiteral("sha256"), checked->sha256}}});
    });
    if (!stored)
        return Error{stored.error()};
    return id;
}

Status RepairService::requireNoOpenConflict(qint64 applicationId) const
{
    // Another desk overtook a change of this desk on the application: that is settled first.
    auto conflicted = SyncRepository(m_database.connection()).hasOpenConflict(QStringLiteral("repair"), applicationId);
    if (!conflicted)
        return Error{conflicted.error()};
    if (conflicted.value())
        return Error{tr("Another desk changed this application before this desk's change reached the central "
                        "server; resolve that conflict first (Tools → Central server).")};
    return {};
}

Status RepairService::advance(const Actor &actor, qint64 applicationId, qint64 expectedVersion, const RepairStep &step)
{
    const bool decision = RepairStateMachine::isDecision(step.to);
    if (const Status allowed = requirePermission(actor, decision ? Action::DecideRepair : Action::HandleRepair);
        !allowed)
        return allowed;
    if (step.reason.trimmed().isEmpty())
        return Error{tr("Give the reason for this step: it goes into the application and the audit journal.")};
    if (!step.actedOn.isValid() || step.actedOn > QDate::currentDate())
        return Error{tr("The date of the step must be a date no later than today.")};
    const bool fourEyes = PolicyService(m_database).load().requiresFourEyes(QString::fromLatin1(decisionType));
    RepairRepository repository(m_database.connection());
    return m_database.transaction([&]() -> Status {
        const auto application = repository.findApplication(applicationId);
        if (!application)
            return Error{tr("Repair application %1 does not exist.").arg(applicationId)};
        if (application->rowVersion != expectedVersion)
            return Error{tr("Someone else changed this application since you opened it (it is now %1). Reload it; "
                            "nothing was changed.")
                             .arg(repairStateText(application->state))};
        if (const Status settled = requireNoOpenConflict(applicationId); !settled)
            return settled;
        if (!RepairStateMachine::allows(application->state, step.to)) {
            QStringList possible;
            for (const RepairState next : RepairStateMachine::next(application->state))
                possible.append(repairStepText(next));
            return Error{tr("An application that is %1 cannot become %2. Possible next steps: %3.")
                             .arg(repairStateText(application->state), repairStateText(step.to),
                                  possible.isEmpty() ? tr("none") : possible.join(QStringLiteral(", ")))};
        }
        if (step.actedOn < application->receivedOn)
            return Error{tr("The date of the step is before the application was received (%1).")
                             .arg(dateText(application->receivedOn))};
        if (decision && fourEyes && application->registeredBy == actor.userName)
            return Error{tr("You registered this application; another reviewer must decide it (four eyes).")};
        const auto record = repository.findBreach(application->breachId);
        if (!record)
            return Error{tr("Breach information %1 does not exist.").arg(application->breachId)};
        QJsonObject details;
        if (step.to == RepairState::Repaired) {
            auto eligibility = eligibilityOf(*application, *record, step.actedOn);
            if (!eligibility)
                return Error{eligibility.error()};
            if (!eligibility->eligible()) {
                QStringList missing;
                for (const RepairEligibility::Check &check : eligibility->missing())
                    missing.append(check.text + QStringLiteral(": ") + check.detail);
                return Error{tr("The conditions of repair are not all met:\n%1").arg(missing.join(u'\n'))};
            }
            auto stopped = repository.stopBreach(record->id, record->rowVersion, BreachState::Repaired, step.actedOn,
                                                 tr("Credit repair, application %1").arg(applicationId));
            if (!stopped)
                return Error{stopped.error()};
            if (!stopped.value())
                return Error{tr("The information was changed meanwhile; nothing was changed.")};
            if (const Status injected = fault(QStringLiteral("after-stop")); !injected)
                return injected;
            auto lifted =
                MeasureLifting::lift(m_database.connection(), {record->subjectId, 0, record->id}, step.actedOn,
                                     tr("Credit repair, application %1").arg(applicationId), actor.userName);
            if (!lifted)
                return Error{lifted.error()};
            details.insert(QStringLiteral("lifted"), lifted.value());
            details.insert(QStringLiteral("ruleSet"), eligibility->ruleSetCode);
            if (const Status injected = fault(QStringLiteral("after-lifting")); !injected)
                return injected;
        }
        auto moved = repository.moveTo(applicationId, expectedVersion, step.to, step.actedOn, actor.userName,
                                       step.reason.trimmed());
        if (!moved)
            return Error{moved.error()};
        if (!moved.value())
            return Error{tr("Someone else changed this application meanwhile; nothing was changed.")};
        if (const Status status = repository.addEvent(
                applicationId,
                {application->state, step.to, step.actedOn, {}, actor.userName, step.reason.trimmed(), details});
            !status)
            return status;
        if (const Status injected = fault(QStringLiteral("before-audit")); !injected)
            return injected;
        details.insert(QStringLiteral("from"), repairStateName(application->state));
        details.insert(QStringLiteral("to"), repairStateName(step.to));
        details.insert(QStringLiteral("actedOn"), step.actedOn.toString(Qt::ISODate));
        details.insert(QStringLiteral("breach"), record->id);
        return audit(m_database, actor,
                     {decision ? QStringLiteral("repair.decide") : QStringLiteral("repair.step"),
                      QStringLiteral("repair"), QString::number(applicationId), step.reason.trimmed(), details});
    });
}

std::optional<RepairApplication> RepairService::find(qint64 applicationId) const
{
    return RepairRepository(m_database.connection()).findApplication(applicationId);
}

Result<QList<RepairCase>> RepairService::queue(const Actor &actor, bool openOnly, const QDate &today) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewRepairs); !allowed)
        return Error{allowed.error()};
    RepairRepository::Filter filter;
    filter.openOnly = openOnly;
    auto applications = RepairRepository(m_database.connection()).applications(filter);
    if (!applications)
        return Error{applications.error()};
    auto calendar = CalendarRepository(m_database.connection()).load();
    QList<RepairCase> cases;
    for (const RepairApplication &application : applications.value()) {
        RepairCase entry{application, 0, {}};
        if (!calendar) {
            entry.clockError = calendar.error();
        } else if (application.isOpen()) {
            auto left = calendar->workingDaysLeft(today, application.dueOn);
            if (!left)
                entry.clockError = left.error();
            else
                entry.daysLeft = left.value();
        }
        cases.append(entry);
    }
    return cases;
}

Result<QList<RepairApplication>> RepairService::applicationsOf(const Actor &actor, qint64 subjectId) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewDossier); !allowed)
        return Error{allowed.error()};
    RepairRepository::Filter filter;
    filter.subjectId = subjectId;
    return RepairRepository(m_database.connection()).applications(filter);
}

Result<QList<RepairRepository::Event>> RepairService::history(const Actor &actor, qint64 applicationId) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewRepairs); !allowed)
        return Error{allowed.error()};
    return RepairRepository(m_database.connection()).events(applicationId);
}

Result<QList<RepairRepository::Evidence>> RepairService::evidence(const Actor &actor, qint64 applicationId) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewRepairs); !allowed)
        return Error{allowed.error()};
    return RepairRepository(m_database.connection()).evidence(applicationId);
}

Result<QByteArray> RepairService::evidenceContent(const Actor &actor, qint64 evidenceId) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewRepairs); !allowed)
        return Error{allowed.error()};
    return RepairRepository(m_database.connection()).evidenceContent(evidenceId);
}

Status RepairService::importRules(const Actor &actor, const QByteArray &csv, const QString &fileName,
                                  const QString &reason)
{
    if (const Status allowed = requirePermission(actor, Action::EditReferenceData); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error{tr("Give the reason for the change: it goes into the audit journal.")};
    auto book = RepairRuleBook::fromCsv(csv, fileName);
    if (!book)
        return Error{book.error()};
    return m_database.transaction([&]() -> Status {
        if (const Status status = RepairRepository(m_database.connection()).replaceRules(book.value(), fileName);
            !status)
            return status;
        QJsonArray sets;
        for (const RepairRuleSet &set : book->ruleSets())
            sets.append(set.code);
        return audit(m_database, actor,
                     {QStringLiteral("repair.rules"), QStringLiteral("reference"), QStringLiteral("repair_rule"),
                      reason.trimmed(),
                      QJsonObject{{QStringLiteral("file"), fileName}, {QStringLiteral("ruleSets"), sets}}});
    });
}

} // namespace creditdesk
