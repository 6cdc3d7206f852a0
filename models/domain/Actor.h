#pragma once

#include "Access.h"

#include <QString>

namespace creditdesk {

/// Who performs an action: every mutation and every audited read names one. A signed-in user
/// carries their roles; services check them against the permission matrix.
struct Actor
{
    QString userName;                       ///< account name, e.g. "officer"
    QString displayName;                    ///< shown in the journal
    QString origin = QStringLiteral("gui"); ///< "gui", "cli" or "test"
    Roles roles;

    bool may(Action action) const { return PermissionMatrix::allows(roles, action); }
};

} // namespace creditdesk
