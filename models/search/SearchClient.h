#pragma once

#include "SearchTypes.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace creditdesk {

class SearchWorker;

/// Runs searches off the GUI thread. Pages and counts each have a worker thread with its own
/// database connection, so an exact count of a large result never delays the next page. Every
/// request carries a generation; a request older than the newest generation is skipped by the
/// worker, and the caller drops any answer it no longer wants.
class SearchClient : public QObject
{
    Q_OBJECT

public:
    explicit SearchClient(const QString &databasePath, QObject *parent = nullptr);
    ~SearchClient() override;
    SearchClient(const SearchClient &) = delete;
    SearchClient &operator=(const SearchClient &) = delete;

    /// Starts a new generation: requests of earlier generations will not run.
    quint64 nextGeneration();

    void requestPage(quint64 generation, const SearchRequest &request, const SearchCursor &after, int limit);
    /// \a cap > 0 counts up to cap ("more than cap"); cap < 0 counts all.
    void requestCount(quint64 generation, const SearchRequest &request, qint64 cap);

Q_SIGNALS:
    void pageReady(quint64 generation, const creditdesk::SearchResultPage &page, const QString &error);
    void countReady(quint64 generation, const creditdesk::SearchCount &count, const QString &error);

    // Internal: queued to the workers.
    void pageRequested(quint64 generation, const creditdesk::SearchRequest &request,
                       const creditdesk::SearchCursor &after, int limit);
    void countRequested(quint64 generation, const creditdesk::SearchRequest &request, qint64 cap);

private:
    std::shared_ptr<std::atomic<quint64>> m_generation;
    QThread m_pageThread;
    QThread m_countThread;
    SearchWorker *m_pageWorker;
    SearchWorker *m_countWorker;
};

/// Lives in one of SearchClient's threads; opens its own connection on first use.
class SearchWorker : public QObject
{
    Q_OBJECT

public:
    SearchWorker(QString databasePath, QString connectionName, std::shared_ptr<std::atomic<quint64>> generation);
    ~SearchWorker() override;

    void fetchPage(quint64 generation, const creditdesk::SearchRequest &request, const creditdesk::SearchCursor &after,
                   int limit);
    void fetchCount(quint64 generation, const creditdesk::SearchRequest &request, qint64 cap);
    /// Closes the connection; called in the worker's thread before it ends.
    void close();

Q_SIGNALS:
    void pageReady(quint64 generation, const creditdesk::SearchResultPage &page, const QString &error);
    void countReady(quint64 generation, const creditdesk::SearchCount &count, const QString &error);

private:
    bool isStale(quint64 generation) const { return generation < m_generation->load(); }
    QString open();

    QString m_databasePath;
    QString m_connectionName;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    struct Connection;
    std::unique_ptr<Connection> m_connection;
};

} // namespace creditdesk
