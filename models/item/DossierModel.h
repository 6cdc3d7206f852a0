#pragma once

#include "workflow/CourtListService.h"
#include "workflow/ObjectionService.h"
#include "workflow/RepairService.h"

#include "BreachTableModel.h"
#include "ListingTableModel.h"
#include "MeasureTreeModel.h"
#include "TimelineModel.h"
#include "domain/Actor.h"
#include "domain/Dossier.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

class QTimer;

namespace creditdesk {

class DossierService;
class FeedbackService;
class ListingCorrectionService;

/// Everything the dossier page shows about one subject: identity lines (identifiers masked
/// unless revealed), and the listing, measure and timeline models. Loads through the dossier
/// service as the signed-in actor (an audited read); the page never sees the database.
class DossierModel : public QObject
{
    Q_OBJECT

public:
    struct IdentityLine
    {
        QString label;
        QString value;
        IdentifierType identifierType = IdentifierType::Other;
        bool isIdentifier = false;
        bool revealed = false;
    };

    DossierModel(DossierService &service, const Actor &actor, QObject *parent = nullptr);

    /// Loads a subject; returns false and sets error() when it cannot.
    bool load(qint64 subjectId, const QDate &today = QDate::currentDate());
    /// Shows the full identifier of \a type for the policy's duration; false and error() when refused.
    bool reveal(IdentifierType type, const QString &reason);
    bool mayReveal() const;

    /// Lets the model register listing corrections (officers).
    void setCorrectionService(ListingCorrectionService *service) { m_corrections = service; }
    void setObjectionService(ObjectionService *service) { m_objections = service; }
    bool mayRegisterObjection() const;
    /// Registers an objection against the listing in \a row; returns its id, or 0 with error().
    qint64 registerObjection(int row, ObjectionDraft draft);
    void setRepairService(RepairService *service) { m_repairs = service; }
    void setCourtListService(CourtListService *service) { m_court = service; }
    bool mayMirrorCourtDecision() const;
    /// Mirrors the court's revocation or deletion of the listing in \a row and reloads; false
    /// and error() when refused.
    bool mirrorCourtDecision(int row, const CourtDecision &decision);
    /// The working-day calendar, for due dates shown while a decision is typed.
    Result<WorkingCalendar> calendar() const;
    bool mayRegisterRepair() const;
    /// Registers a repair application on the breach information in \a row; its id, or 0.
    qint64 registerRepair(int row, RepairDraft draft);
    /// The eligibility of the breach information in \a row today; an error when unknown.
    Result<RepairEligibility> eligibility(int row) const;
    void setFeedbackService(FeedbackService *service) { m_feedback = service; }
    bool mayRecordFeedback() const;
    /// Records a department's feedback on applied measure \a applicationId and reloads; its id,
    /// or 0 with error().
    qint64 recordFeedback(qint64 applicationId, const Feedback &feedback);
    bool mayRequestCorrection() const;
    /// Registers a correction of \a field of listing \a row; false and error() when refused.
    bool requestCorrection(int row, const QString &field, const QString &value, const QString &reason);

    qint64 subjectId() const { return m_dossier.subject.id; }
    QString title() const { return m_dossier.subject.name; }
    QString summary() const;
    QList<IdentityLine> identity() const;
    QString error() const { return m_error; }

    ListingTableModel *listings() { return &m_listings; }
    MeasureTreeModel *measures() { return &m_measures; }
    TimelineModel *timeline() { return &m_timeline; }
    BreachTableModel *breaches() { return &m_breaches; }
    QDate today() const { return m_today; }

Q_SIGNALS:
    void loaded();
    void identityChanged();

private:
    void expireReveals();

    DossierService &m_service;
    ListingCorrectionService *m_corrections = nullptr;
    ObjectionService *m_objections = nullptr;
    RepairService *m_repairs = nullptr;
    CourtListService *m_court = nullptr;
    FeedbackService *m_feedback = nullptr;
    Actor m_actor;
    Dossier m_dossier;
    QDate m_today;
    QString m_error;
    QHash<int, QPair<QString, QDateTime>> m_revealed; ///< identifier type → (value, expiry)
    QTimer *m_expiry;
    ListingTableModel m_listings;
    MeasureTreeModel m_measures;
    TimelineModel m_timeline;
    BreachTableModel m_breaches;
};

} // namespace creditdesk
