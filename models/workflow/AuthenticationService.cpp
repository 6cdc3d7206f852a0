#include "AuthenticationService.h"

#include "Authorization.h"
#include "PolicyService.h"
#include "security/PasswordHasher.h"
#include "store/AuditJournal.h"
#include "store/Database.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace creditdesk {

namespace {

const QString demoPassword = QStringLiteral("demo");

Actor actorFor(const UserAccount &account, const QString &origin)
{
    return Actor{account.userName, account.displayName, origin, account.roles};
}

} // namespace

AuthenticationService::AuthenticationService(Database &database, const PasswordHasher &hasher)
    : m_database(database), m_hasher(hasher)
{}

bool AuthenticationService::needsFirstAdmin() const
{
    return UserRepository(m_database.connection()).count() == 0;
}

bool AuthenticationService::isDemoDatabase() const
{
    return m_database.metaValue(QStringLiteral("demo")) == QLatin1String("1");
}

QString AuthenticationService::passwordProblem(const QString &password)
{
    if (password.size() < PasswordHasher::minimumLength) {
        return QCoreApplication::translate("AuthenticationService", "A password needs at least %1 characters.")
            .arg(PasswordHasher::minimumLength);
    }
    if (password.compare(demoPassword, Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("AuthenticationService", "This password is reserved for the demo.");
    return {};
}

Result<AuthenticationService::SignedIn> AuthenticationService::signIn(const QString &userName, const QString &password,
                                                                      const QString &origin, const QDateTime &now)
{
    const SecurityPolicy policy = PolicyService(m_database).load();
    UserRepository users(m_database.connection());
    const std::optional<UserAccount> found = users.find(userName.trimmed());
    const QString refused =
        QCoreApplication::translate("AuthenticationService", "The user name or the password is not right.");

    if (!found || found->disabled) {
        // Audited under the name that was tried, so that guessing shows in the journal.
        const Actor attempted{userName.trimmed().left(64), {}, origin, {}};
        (void)m_database.transaction([&] {
            return audit(m_database, attempted,
                         {QStringLiteral("user.signin.failed"),
                          QStringLiteral("user"),
                          userName.trimmed().left(64),
                          QStringLiteral("unknown or disabled account"),
                          {}});
        });
        return Error{refused};
    }
    const UserAccount &account = *found;
    const Actor actor = actorFor(account, origin);
    if (account.lockedUntil.isValid() && account.lockedUntil > now) {
        return Error{QCoreApplication::translate("AuthenticationService",
                                                 "This account is locked after %1 failed attempts until %2.")
                         .arg(policy.lockoutAttempts)
                         .arg(QLocale().toString(account.lockedUntil.toLocalTime(), QLocale::ShortFormat))};
    }

    const bool demoRefused = password == demoPassword && !isDemoDatabase();
    if (demoRefused || !m_hasher.verify(account.passwordHash, password)) {
        const int attempts = account.failedAttempts + 1;
        const bool lock = attempts >= policy.lockoutAttempts;
        const QDateTime lockedUntil = lock ? now.addSecs(60LL * policy.lockoutMinutes) : QDateTime();
        const Status recorded = m_database.transaction([&]() -> Status {
            if (const Status s = users.recordFailedAttempt(account.id, lock ? 0 : attempts, lockedUntil); !s)
                return s;
            return audit(m_database, actor,
                         {lock ? QStringLiteral("user.locked") : QStringLiteral("user.signin.failed"),
                          QStringLiteral("user"), account.userName,
                          demoRefused ? QStringLiteral("demo password outside the demo database")
                                      : QStringLiteral("wrong password"),
                          QJsonObject{{QStringLiteral("attempts"), attempts}}});
        });
        if (!recorded)
            return Error{recorded.error()};
        if (demoRefused) {
            return Error{QCoreApplication::translate("AuthenticationService",
                                                     "The password \"demo\" is accepted on the demo database only.")};
        }
        if (lock) {
            return Error{QCoreApplication::translate("AuthenticationService",
                                                     "Too many failed attempts: the account is locked for %1 minutes.")
                             .arg(policy.lockoutMinutes)};
        }
        return Error{refused};
    }

    const Status recorded = m_database.transaction([&]() -> Status {
        if (const Status s = users.recordSuccessfulSignIn(account.id); !s)
            return s;
        return audit(m_database, actor,
                     {QStringLiteral("user.signin"), QStringLiteral("user"), account.userName,
                      QStringLiteral("sign-in"),
                      QJsonObject{{QStringLiteral("roles"), roleNames(account.roles).join(u',')}}});
    });
    if (!recorded)
        return Error{recorded.error()};
    return SignedIn{actor, account.mustChangePassword};
}

Result<AuthenticationService::SignedIn> AuthenticationService::createFirstAdmin(const QString &userName,
                                                                                const QString &displayName,
                                                                                const QString &password,
                                                                                const QString &origin)
{
    const QString name = userName.trimmed();
    if (name.isEmpty())
        return Error{QCoreApplication::translate("AuthenticationService", "Enter a user name.")};
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return Error{problem};
    const QString hash = m_hasher.hash(password);
    if (hash.isEmpty())
        return Error{QCoreApplication::translate("AuthenticationService", "The password could not be protected.")};
    UserRepository users(m_database.connection());
    const Actor actor{name, displayName.trimmed().isEmpty() ? name : displayName.trimmed(), origin, Role::Admin};
    const Status created = m_database.transaction([&]() -> Status {
        if (users.count() > 0) {
            return Error{QCoreApplication::translate("AuthenticationService",
                                                     "This database already has users; an admin adds new ones.")};
        }
        auto id = users.create(name, actor.displayName, Role::Admin, hash, false);
        if (!id)
            return Error{id.error()};
        return audit(m_database, actor,
                     {QStringLiteral("user.create"), QStringLiteral("user"), name,
                      QStringLiteral("first administrator of a new database"),
                      QJsonObject{{QStringLiteral("roles"), QStringLiteral("admin")}}});
    });
    if (!created)
        return Error{created.error()};
    return SignedIn{actor, false};
}

Status AuthenticationService::changePassword(const Actor &actor, const QString &currentPassword,
                                             const QString &newPassword)
{
    UserRepository users(m_database.connection());
    const std::optional<UserAccount> account = users.find(actor.userName);
    if (!account || !m_hasher.verify(account->passwordHash, currentPassword))
        return Error{QCoreApplication::translate("AuthenticationService", "The current password is not right.")};
    if (const QString problem = passwordProblem(newPassword); !problem.isEmpty())
        return Error{problem};
    if (newPassword == currentPassword)
        return Error{
            QCoreApplication::translate("AuthenticationService", "Choose a password different from the current one.")};
    const QString hash = m_hasher.hash(newPassword);
    return m_database.transaction([&]() -> Status {
        if (const Status s = users.setPassword(account->id, hash, false); !s)
            return s;
        return audit(m_database, actor,
                     {QStringLiteral("user.password.change"),
                      QStringLiteral("user"),
                      actor.userName,
                      QStringLiteral("changed by the user"),
                      {}});
    });
}

} // namespace creditdesk
