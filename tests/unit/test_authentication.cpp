// Sign-in, lock-out, the demo password rule, first admin, password change and admin reset.
#include "Actors.h"
#include "TestDatabase.h"
#include "security/OfficeKey.h"
#include "security/PasswordHasher.h"
#include "store/AuditRepository.h"
#include "workflow/AuthenticationService.h"
#include "workflow/UserService.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

#include <sodium.h>

using namespace creditdesk;

class TestAuthentication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashing();
    void officeKey();
    void demoUsersSignIn();
    void demoPasswordOnlyOnDemoDatabase();
    void lockOutAfterFiveFailures();
    void firstAdminThenUsers();
    void resetForcesChange();

private:
    static QStringList actions(Database &db);
    PasswordHasher m_hasher;
};

QStringList TestAuthentication::actions(Database &db)
{
    QStringList result;
    const auto entries = AuditRepository(db.connection()).page({}, 0, 1000);
    for (const AuditEntry &entry : entries.value())
        result.append(entry.action);
    return result;
}

void TestAuthentication::hashing()
{
    const QString hash = m_hasher.hash(QStringLiteral("correct horse"));
    QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(m_hasher.verify(hash, QStringLiteral("correct horse")));
    QVERIFY(!m_hasher.verify(hash, QStringLiteral("correct horsE")));
    QVERIFY(m_hasher.hash(QStringLiteral("correct horse")) != hash); // salted
    QVERIFY(!m_hasher.verify(QString(), QStringLiteral("x")));
}

void TestAuthentication::officeKey()
{
    // No key: the applicant's plain key is the key entries are found by.
    const QString plain = QString::fromLatin1(
        QCryptographicHash::hash(QByteArrayLiteral("id:11010519491231002X"), QCryptographicHash::Sha256).toHex());
    QVERIFY(!OfficeKey().isSet());
    QCOMPARE(OfficeKey().applicantMatchKey(plain), plain);
    QVERIFY(OfficeKey().fingerprint().isEmpty());

    // A made key: 64 hexadecimal digits in groups of eight, read back the same, however typed.
    const OfficeKey key = OfficeKey::generate();
    QVERIFY(key.isSet());
    QVERIFY(key.secret() != OfficeKey::generate().secret());
    QVERIFY(QRegularExpression(QStringLiteral("^([0-9a-f]{8}-){7}[0-9a-f]{8}$")).match(key.text()).hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{4}-[0-9a-f]{4}$")).match(key.fingerprint()).hasMatch());
    for (const QString &typed : {key.text(), key.text().toUpper(), QString(key.text()).replace(u'-', u' ')}) {
        auto read = OfficeKey::fromText(typed);
        QVERIFY2(read, qPrintable(typed));
        QCOMPARE(read->secret(), key.secret());
        QCOMPARE(read->fingerprint(), key.fingerprint());
    }
    // The keyed key is HMAC-SHA-256 with the secret (checked against libsodium's), not the plain one.
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    const QByteArray message = plain.toLatin1();
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(key.secret().constData()),
                                static_cast<size_t>(key.secret().size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(message.constData()),
                                  static_cast<unsigned long long>(message.size()));
    crypto_auth_hmacsha256_final(&state, mac);
    const QString expected = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(mac), sizeof mac).toHex());
    QCOMPARE(key.applicantMatchKey(plain), expected);
    QVERIFY(OfficeKey::generate().applicantMatchKey(plain) != expected);

    // Mistyped keys are refused, saying what is wrong.
    auto shortKey = OfficeKey::fromText(key.text().left(70));
    QVERIFY(!shortKey);
    QVERIFY2(shortKey.error().contains(QStringLiteral("64")), qPrintable(shortKey.error()));
    auto letters = OfficeKey::fromText(QString(key.text()).replace(0, 1, u'g'));
    QVERIFY(!letters);
    QVERIFY2(letters.error().contains(QStringLiteral("0-9")), qPrintable(letters.error()));
    QVERIFY(!OfficeKey::fromSecret(QByteArray(16, 'x')).isSet());
}

void TestAuthentication::demoUsersSignIn()
{
    test::TestDatabase db;
    QVERIFY(db.createDemo(10));
    AuthenticationService authentication(db.database(), m_hasher);
    QVERIFY(authentication.isDemoDatabase());
    QVERIFY(!authentication.needsFirstAdmin());
    const QList<std::pair<QString, Role>> users = {{QStringLiteral("officer"), Role::Officer},
                                                   {QStringLiteral("reviewer"), Role::Reviewer},
                                                   {QStringLiteral("auditor"), Role::Auditor},
                                                   {QStringLiteral("admin"), Role::Admin}};
    for (const auto &[name, role] : users) {
        auto signedIn = authentication.signIn(name, QStringLiteral("demo"), QStringLiteral("test"));
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error()));
        QCOMPARE(signedIn->actor.userName, name);
        QCOMPARE(signedIn->actor.roles, Roles(role));
    }
    QVERIFY(!authentication.signIn(QStringLiteral("nobody"), QStringLiteral("demo"), QStringLiteral("test")).ok());
    const QStringList journal = actions(db.database());
    QCOMPARE(journal.count(QStringLiteral("user.signin")), 4);
    QCOMPARE(journal.count(QStringLiteral("user.signin.failed")), 1);
}

void TestAuthentication::demoPasswordOnlyOnDemoDatabase()
{
    test::TestDatabase db;
    QVERIFY(db.createDemo(10));
    // The same accounts in a database that is not (or no longer) the demo.
    QVERIFY(db.database()
                .transaction([&] { return db.database().setMetaValue(QStringLiteral("demo"), QStringLiteral("0")); })
                .ok());
    AuthenticationService authentication(db.database(), m_hasher);
    auto refused = authentication.signIn(QStringLiteral("officer"), QStringLiteral("demo"), QStringLiteral("test"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("demo database only")), qPrintable(refused.error()));
}

void TestAuthentication::lockOutAfterFiveFailures()
{
    test::TestDatabase db;
    QVERIFY(db.createDemo(10));
    AuthenticationService authentication(db.database(), m_hasher);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    for (int attempt = 1; attempt <= 4; ++attempt) {
        auto result =
            authentication.signIn(QStringLiteral("reviewer"), QStringLiteral("wrong"), QStringLiteral("test"), start);
        QVERIFY(!result.ok());
        QVERIFY(result.error().contains(QStringLiteral("not right")));
    }
    auto fifth =
        authentication.signIn(QStringLiteral("reviewer"), QStringLiteral("wrong"), QStringLiteral("test"), start);
    QVERIFY(fifth.error().contains(QStringLiteral("locked for 15 minutes")));
    // Even the right password is refused while locked.
    auto locked = authentication.signIn(QStringLiteral("reviewer"), QStringLiteral("demo"), QStringLiteral("test"),
                                        start.addSecs(14 * 60));
    QVERIFY(!locked.ok());
    QVERIFY2(locked.error().contains(QStringLiteral("locked")), qPrintable(locked.error()));
    // After 15 minutes the right password works and the count starts again.
    auto later = authentication.signIn(QStringLiteral("reviewer"), QStringLiteral("demo"), QStringLiteral("test"),
                                       start.addSecs(15 * 60 + 1));
    QVERIFY2(later.ok(), qPrintable(later.ok() ? QString() : later.error()));
    QVERIFY(actions(db.database()).contains(QStringLiteral("user.locked")));
}

void TestAuthentication::firstAdminThenUsers()
{
    test::TestDatabase db;
    QVERIFY(db.createEmpty());
    AuthenticationService authentication(db.database(), m_hasher);
    QVERIFY(authentication.needsFirstAdmin());
    QVERIFY(!authentication.isDemoDatabase());
    QVERIFY(
        !authentication.createFirstAdmin(QStringLiteral("chief"), {}, QStringLiteral("short"), QStringLiteral("test"))
             .ok());
    QVERIFY(
        !authentication.createFirstAdmin(QStringLiteral("chief"), {}, QStringLiteral("demo"), QStringLiteral("test"))
             .ok());
    auto admin = authentication.createFirstAdmin(QStringLiteral("chief"), QStringLiteral("Chief"),
                                                 QStringLiteral("long enough 1"), QStringLiteral("test"));
    QVERIFY(admin.ok());
    QCOMPARE(admin->actor.roles, Roles(Role::Admin));
    QVERIFY(!authentication.needsFirstAdmin());
    // Only once.
    QVERIFY(
        !authentication
             .createFirstAdmin(QStringLiteral("second"), {}, QStringLiteral("long enough 2"), QStringLiteral("test"))
             .ok());

    UserService users(db.database(), m_hasher);
    QVERIFY(users
                .create(admin->actor, QStringLiteral("wang.wei"), QStringLiteral("王伟"),
                        Role::Officer | Role::Reviewer, QStringLiteral("temporary 123"),
                        QStringLiteral("new colleague"))
                .ok());
    QVERIFY(!users
                 .create(admin->actor, QStringLiteral("王伟"), {}, Role::Officer, QStringLiteral("temporary 123"),
                         QStringLiteral("bad name"))
                 .ok());
    auto first =
        authentication.signIn(QStringLiteral("wang.wei"), QStringLiteral("temporary 123"), QStringLiteral("test"));
    QVERIFY(first.ok());
    QVERIFY(first->mustChangePassword);
    QCOMPARE(first->actor.roles, Role::Officer | Role::Reviewer);
    QVERIFY(!authentication.changePassword(first->actor, QStringLiteral("wrong"), QStringLiteral("my own 12345")).ok());
    QVERIFY(authentication.changePassword(first->actor, QStringLiteral("temporary 123"), QStringLiteral("my own 12345"))
                .ok());
    auto second =
        authentication.signIn(QStringLiteral("wang.wei"), QStringLiteral("my own 12345"), QStringLiteral("test"));
    QVERIFY(second.ok());
    QVERIFY(!second->mustChangePassword);
}

void TestAuthentication::resetForcesChange()
{
    test::TestDatabase db;
    QVERIFY(db.createDemo(10));
    UserService users(db.database(), m_hasher);
    AuthenticationService authentication(db.database(), m_hasher);
    QVERIFY(!users
                 .resetPassword(test::officer(), QStringLiteral("reviewer"), QStringLiteral("temporary 123"),
                                QStringLiteral("forgot"))
                 .ok());
    QVERIFY(!users.resetPassword(test::admin(), QStringLiteral("reviewer"), QStringLiteral("temporary 123"), QString())
                 .ok());
    QVERIFY(users
                .resetPassword(test::admin(), QStringLiteral("reviewer"), QStringLiteral("temporary 123"),
                               QStringLiteral("forgot the password"))
                .ok());
    auto signedIn =
        authentication.signIn(QStringLiteral("reviewer"), QStringLiteral("temporary 123"), QStringLiteral("test"));
    QVERIFY(signedIn.ok());
    QVERIFY(signedIn->mustChangePassword);
    QVERIFY(actions(db.database()).contains(QStringLiteral("user.password.reset")));
}

QTEST_GUILESS_MAIN(TestAuthentication)
#include "test_authentication.moc"
