#include "DossierModel.h"

#include "domain/IdNumber.h"
#include "store/SubjectRepository.h"

#include <QLocale>

namespace creditdesk {

DossierModel::DossierModel(const SubjectRepository &repository, QObject *parent)
    : QObject(parent), m_repository(repository)
{}

bool DossierModel::load(qint64 subjectId, const QDate &today)
{
    auto dossier = m_repository.dossier(subjectId);
    if (!dossier) {
        m_error = dossier.error();
        return false;
    }
    m_error.clear();
    m_dossier = dossier.value();
    m_today = today;
    m_listings.setListings(m_dossier.listings, today);
    m_measures.setMeasures(m_dossier.measures);
    m_timeline.setEntries(m_dossier.timeline());
    Q_EMIT loaded();
    return true;
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
    const QLocale locale;
    QList<IdentityLine> lines;
    lines.append({tr("Name"), subject.name});
    lines.append({tr("Kind"), subjectKindText(subject.kind)});
    for (const Identifier &identifier : subject.identifiers) {
        const QString value =
            identifier.type == IdentifierType::ResidentId ? IdNumber::masked(identifier.value) : identifier.value;
        lines.append({identifierTypeText(identifier.type), value});
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
