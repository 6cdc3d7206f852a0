#pragma once

#include <QString>

namespace creditdesk {

/// Who performs an action: every mutation and every audited read names one.
struct Actor
{
    QString userName;                       ///< account name, e.g. "officer"
    QString displayName;                    ///< shown in the journal
    QString origin = QStringLiteral("gui"); ///< "gui" or "cli"
};

} // namespace creditdesk
