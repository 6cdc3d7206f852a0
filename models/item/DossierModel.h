#pragma once

#include "workflow/ObjectionService.h"

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

Q_SIGNALS:
    void loaded();
    void identityChanged();

private:
    void expireReveals();

    DossierService &m_service;
    ListingCorrectionService *m_corrections = nullptr;
    ObjectionService *m_objections = nullptr;
    Actor m_actor;
    Dossier m_dossier;
    QDate m_today;
    QString m_error;
    QHash<int, QPair<QString, QDateTime>> m_revealed; ///< identifier type → (value, expiry)
    QTimer *m_expiry;
    ListingTableModel m_listings;
    MeasureTreeModel m_measures;
    TimelineModel m_timeline;
};

} // namespace creditdesk
