#pragma once

#include "ListingTableModel.h"
#include "MeasureTreeModel.h"
#include "TimelineModel.h"
#include "domain/Dossier.h"

#include <QObject>

namespace creditdesk {

class SubjectRepository;

/// Everything the dossier page shows about one subject: identity lines (identifiers masked),
/// and the listing, measure and timeline models. Loads through the repository; the page never
/// sees the database.
class DossierModel : public QObject
{
    Q_OBJECT

public:
    struct IdentityLine
    {
        QString label;
        QString value;
    };

    DossierModel(const SubjectRepository &repository, QObject *parent = nullptr);

    /// Loads a subject; returns false and sets error() when it cannot.
    bool load(qint64 subjectId, const QDate &today = QDate::currentDate());

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

private:
    const SubjectRepository &m_repository;
    Dossier m_dossier;
    QDate m_today;
    QString m_error;
    ListingTableModel m_listings;
    MeasureTreeModel m_measures;
    TimelineModel m_timeline;
};

} // namespace creditdesk
