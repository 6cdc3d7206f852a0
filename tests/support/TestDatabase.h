#pragma once

#include "store/Database.h"
#include "workflow/DemoDataService.h"

#include <QTemporaryDir>

#include <memory>

namespace creditdesk::test {

/// A database in a temporary folder, removed after the test; optionally filled with demo data.
class TestDatabase
{
public:
    explicit TestDatabase(const QString &connectionName = QStringLiteral("test"));

    /// Opens a new database and generates \a subjects demo subjects (seed fixed).
    bool createDemo(qint64 subjects, quint64 seed = 7);
    /// Demo data as of \a asOf with \a objections objection cases and \a repairs repair cases.
    bool createDemoWithCases(qint64 subjects, const QDate &asOf, int objections, int repairs);
    /// Opens a new, empty database at the current schema.
    bool createEmpty();

    Database &database() { return *m_database; }
    QString path() const { return m_path; }
    QString folder() const { return m_folder.path(); }
    void close() { m_database.reset(); }

private:
    bool generate(DemoDataService::Request request);
    QTemporaryDir m_folder;
    QString m_path;
    QString m_connectionName;
    std::unique_ptr<Database> m_database;
};

} // namespace creditdesk::test
