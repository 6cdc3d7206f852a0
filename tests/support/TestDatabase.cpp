#include "TestDatabase.h"

#include "workflow/DemoDataService.h"

#include <QDebug>

namespace creditdesk::test {

TestDatabase::TestDatabase(const QString &connectionName)
    : m_path(m_folder.filePath(QStringLiteral("test.sqlite"))), m_connectionName(connectionName)
{}

bool TestDatabase::createEmpty()
{
    auto opened = Database::open(m_path, m_connectionName);
    if (!opened) {
        qWarning() << opened.error();
        return false;
    }
    m_database = std::move(opened.value());
    return true;
}

bool TestDatabase::createDemo(qint64 subjects, quint64 seed)
{
    DemoDataService::Request request;
    request.subjects = subjects;
    request.settings.seed = seed;
    return generate(request);
}

bool TestDatabase::createDemoWithCases(qint64 subjects, const QDate &asOf, int objections, int repairs)
{
    DemoDataService::Request request;
    request.subjects = subjects;
    request.settings.asOf = asOf;
    request.objections = objections;
    request.repairs = repairs;
    return generate(request);
}

bool TestDatabase::generate(DemoDataService::Request request)
{
    if (!createEmpty())
        return false;
    DemoDataService service(*m_database);
    request.batchSize = 1000;
    const Actor actor{QStringLiteral("tester"), QStringLiteral("Tester"), QStringLiteral("test"), {}};
    auto summary = service.generate(actor, QStringLiteral("test data"), request);
    if (!summary) {
        qWarning() << summary.error();
        return false;
    }
    return true;
}

} // namespace creditdesk::test
