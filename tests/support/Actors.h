#pragma once

#include "domain/Actor.h"

namespace creditdesk::test {

/// Actors with one role each, as the demo accounts have them.
inline Actor actorWith(Roles roles, const QString &name = QStringLiteral("tester"))
{
    return Actor{name, name, QStringLiteral("test"), roles};
}
inline Actor officer(const QString &name = QStringLiteral("officer"))
{
    return actorWith(Role::Officer, name);
}
inline Actor reviewer(const QString &name = QStringLiteral("reviewer"))
{
    return actorWith(Role::Reviewer, name);
}
inline Actor auditor(const QString &name = QStringLiteral("auditor"))
{
    return actorWith(Role::Auditor, name);
}
inline Actor admin(const QString &name = QStringLiteral("admin"))
{
    return actorWith(Role::Admin, name);
}

} // namespace creditdesk::test
