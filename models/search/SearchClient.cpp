#include "SearchClient.h"

#include "SearchEngine.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace creditdesk {

namespace {

void registerTypes()
{
    qRegisterMetaType<SearchRequest>();
    qRegisterMetaType<SearchCursor>();
    qRegisterMetaType<SearchResultPage>();
    qRegisterMetaType<SearchCount>();
}

int connectionSerial()
{
    static std::atomic<int> serial{0};
    return ++serial;
}

} // namespace

SearchClient::SearchClient(const QString &databasePath, QObject *parent)
    : QObject(parent), m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    registerTypes();
    const int serial = connectionSerial();
    m_pageWorker = new SearchWorker(databasePath, QStringLiteral("search-pages-%1").arg(serial), m_generation);
    m_countWorker = new SearchWorker(databasePath, QStringLiteral("search-counts-%1").arg(serial), m_generation);
    m_pageWorker->moveToThread(&m_pageThread);
    m_countWorker->moveToThread(&m_countThread);
    m_pageThread.setObjectName(QStringLiteral("search pages"));
    m_countThread.setObjectName(QStringLiteral("search counts"));
    connect(this, &SearchClient::pageRequested, m_pageWorker, &SearchWorker::fetchPage);
    connect(this, &SearchClient::countRequested, m_countWorker, &SearchWorker::fetchCount);
    connect(m_pageWorker, &SearchWorker::pageReady, this, &SearchClient::pageReady);
    connect(m_countWorker, &SearchWorker::countReady, this, &SearchClient::countReady);
    connect(&m_pageThread, &QThread::finished, m_pageWorker, &QObject::deleteLater);
    connect(&m_countThread, &QThread::finished, m_countWorker, &QObject::deleteLater);
    m_pageThread.start();
    m_countThread.start();
}

SearchClient::~SearchClient()
{
    nextGeneration(); // whatever is queued need not run
    for (auto [thread, worker] : {std::pair{&m_pageThread, m_pageWorker}, std::pair{&m_countThread, m_countWorker}}) {
        QMetaObject::invokeMethod(worker, &SearchWorker::close, Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
    }
}

quint64 SearchClient::nextGeneration()
{
    return ++*m_generation;
}

void SearchClient::requestPage(quint64 generation, const SearchRequest &request, const SearchCursor &after, int limit)
{
    Q_EMIT pageRequested(generation, request, after, limit);
}

void SearchClient::requestCount(quint64 generation, const SearchRequest &request, qint64 cap)
{
    Q_EMIT countRequested(generation, request, cap);
}

struct SearchWorker::Connection
{
    std::unique_ptr<Database> database;
    std::unique_ptr<SearchEngine> engine;
};

SearchWorker::SearchWorker(QString databasePath, QString connectionName,
                           std::shared_ptr<std::atomic<quint64>> generation)
    : m_databasePath(std::move(databasePath)),
      m_connectionName(std::move(connectionName)),
      m_generation(std::move(generation))
{}

SearchWorker::~SearchWorker() = default;

QString SearchWorker::open()
{
    if (m_connection)
        return {};
    Database::Options options;
    options.createIfMissing = false;
    auto database = Database::open(m_databasePath, m_connectionName, options);
    if (!database)
        return database.error();
    m_connection = std::make_unique<Connection>();
    m_connection->database = std::move(database.value());
    m_connection->engine = std::make_unique<SearchEngine>(m_connection->database->connection());
    return {};
}

void SearchWorker::close()
{
    m_connection.reset();
}

void SearchWorker::fetchPage(quint64 generation, const SearchRequest &request, const SearchCursor &after, int limit)
{
    if (isStale(generation))
        return;
    if (const QString error = open(); !error.isEmpty()) {
        Q_EMIT pageReady(generation, SearchResultPage{{}, {}, true}, error);
        return;
    }
    auto page = m_connection->engine->page(request, after, limit);
    if (!page)
        Q_EMIT pageReady(generation, SearchResultPage{{}, {}, true}, page.error());
    else
        Q_EMIT pageReady(generation, page.value(), QString());
}

void SearchWorker::fetchCount(quint64 generation, const SearchRequest &request, qint64 cap)
{
    if (isStale(generation))
        return;
    if (const QString error = open(); !error.isEmpty()) {
        Q_EMIT countReady(generation, SearchCount{}, error);
        return;
    }
    auto count = m_connection->engine->count(request, cap);
    if (!count)
        Q_EMIT countReady(generation, SearchCount{}, count.error());
    else
        Q_EMIT countReady(generation, count.value(), QString());
}

} // namespace creditdesk
