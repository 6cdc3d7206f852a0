#pragma once

#include <QString>
#include <QTemporaryDir>

namespace creditdesk::test {

/// A private PostgreSQL server for one test: a new cluster made with initdb in a temporary
/// folder, started on a loopback port and stopped when the object goes. Runs as the "postgres"
/// system user when the test runs as root (PostgreSQL refuses to run as root). The cluster's
/// superuser is "creditdesk" with a password made up for the run (password(); scram-sha-256 on
/// loopback, so other local users cannot walk in).
class PostgresInstance
{
public:
    PostgresInstance();
    ~PostgresInstance();
    PostgresInstance(const PostgresInstance &) = delete;
    PostgresInstance &operator=(const PostgresInstance &) = delete;

    bool start(); ///< initdb on the first call, then start; false with error() on failure
    bool stop();
    QString error() const { return m_error; }
    int port() const { return m_port; }
    /// postgresql://creditdesk@127.0.0.1:PORT/DATABASE
    QString address(const QString &database = QStringLiteral("postgres")) const;
    QString password() const { return m_password; }

private:
    bool run(const QString &program, const QStringList &arguments);

    QTemporaryDir m_folder;
    QString m_binaries;
    QString m_password;
    QString m_error;
    int m_port = 0;
    bool m_initialised = false;
    bool m_running = false;
};

} // namespace creditdesk::test
