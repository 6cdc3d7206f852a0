#pragma once

#include "store/SyncRepository.h"

#include <QString>

namespace creditdesk {

/// How a conflict reads to an officer, whatever the case it concerns: an objection (its states),
/// a credit repair application (its states, or an evidence file added to it), the court's
/// decision on a listing as two desks mirrored it (the listing's publication states), or the
/// decision on a correction of a listing (waiting, approved, rejected), or the revocation of a
/// screening whitelist entry (in effect, revoked).
class ConflictDescription
{
public:
    explicit ConflictDescription(const SyncRepository::Conflict &conflict);

    enum class Kind { Objection, Repair, CourtDecision, Correction, Whitelist };
    Kind kind() const { return m_kind; }
    /// "Objection 12", "Repair application 7", "Listing 40", "Correction 3" or "Whitelist entry 5".
    QString caseTitle() const;
    /// The state this desk's refused change led to (for a file: the application's state then).
    int refusedState() const;
    /// What this desk's refused change did: the state it led to, or the file it added.
    QString refusedChangeText() const;
    QString stateText(int state) const;
    /// Who decided the case in this desk's refused change (empty when undecided).
    QString refusedDecider() const;
    /// What the refused change set off here that is not undone by itself (empty when nothing).
    QString leftBehindText() const;

private:
    const SyncRepository::Conflict &m_conflict;
    Kind m_kind = Kind::Objection;
};

} // namespace creditdesk
