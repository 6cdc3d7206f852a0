#include "PostgresInstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace creditdesk::test {

namespace {

/// The newest installed server's programs (Debian: /usr/lib/postgresql/N/bin).
QString serverBinaries()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    for (auto version = versions.crbegin(); version != versions.crend(); ++version) {
        const QString bin = root.filePath(*version + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return geteuid() == 0;
#else
    return false;
#endif
}

} // namespace

PostgresInstance::PostgresInstance()
    // As root, under /tmp: every folder above the cluster must be open to the postgres user.
    : m_folder(runningAsRoot() ? QStringLiteral("/tmp/creditdesk-postgres-XXXXXX")
                               : QDir::tempPath() + QStringLiteral("/creditdesk-postgres-XXXXXX")),
      m_binaries(serverBinaries()),
      m_password(QString::number(QRandomGenerator::system()->generate64(), 36))
{}

PostgresInstance::~PostgresInstance()
{
    if (m_running)
        stop();
}

QString PostgresInstance::address(const QString &database) const
{
    return QStringLiteral("postgresql://creditdesk@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

bool PostgresInstance::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The server's programs go back to the folder they started in: one the postgres user can enter.
    process.setWorkingDirectory(m_folder.path());
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), m_binaries + u'/' + program}
                                                     + arguments);
    else
        process.start(m_binaries + u'/' + program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool PostgresInstance::start()
{
    if (m_binaries.isEmpty()) {
        m_error =
            QStringLiteral("no PostgreSQL server under /usr/lib/postgresql (scripts/install-deps.sh installs it)");
        return false;
    }
    const QString data = m_folder.filePath(QStringLiteral("data"));
    if (!m_initialised) {
        if (runningAsRoot()
            && QProcess::execute(QStringLiteral("chown"),
                                 {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_folder.path()})
                   != 0) {
            m_error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_folder.path());
            return false;
        }
        const QString passwordFile = m_folder.filePath(QStringLiteral("password"));
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_password.toUtf8()) < 0) {
            m_error = QStringLiteral("cannot write %1").arg(passwordFile);
            return false;
        }
        file.close();
        if (runningAsRoot())
            QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), passwordFile});
        const bool made = run(QStringLiteral("initdb"),
                              {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("creditdesk"),
                               QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("--auth-host=scram-sha-256"),
                               QStringLiteral("--auth-local=peer"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                               QStringLiteral("--locale=C"), QStringLiteral("--no-sync")});
        QFile::remove(passwordFile);
        if (!made)
            return false;
        m_initialised = true;
    }
    // A port below the range the system hands out for outgoing connections; another one when
    // it is taken.
    for (int attempt = 0; attempt < 10; ++attempt) {
        if (m_port == 0 || attempt > 0)
            m_port = 20000 + static_cast<int>(QRandomGenerator::global()->bounded(12000));
        const QString options =
            QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -k %2 -c fsync=off").arg(m_port).arg(m_folder.path());
        if (run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), data, QStringLiteral("-l"), m_folder.filePath(QStringLiteral("server.log")),
                 QStringLiteral("-w"), QStringLiteral("-o"), options, QStringLiteral("start")})) {
            m_running = true;
            return true;
        }
    }
    return false;
}

bool PostgresInstance::stop()
{
    const bool stopped = run(QStringLiteral("pg_ctl"),
                             {QStringLiteral("-D"), m_folder.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                              QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    m_running = !stopped;
    return stopped;
}

} // namespace creditdesk::test
