#include "ScreeningPipeline.h"

#include "search/NameKey.h"
#include "search/ScreeningIndex.h"
#include "store/Database.h"
#include "store/ScreeningReviewRepository.h"

#include <QThread>

#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace creditdesk {

namespace {

constexpr int rowsPerChunk = 256;

struct Screened
{
    Applicant applicant;
    ScreeningResult result;
};

/// Rows read together and screened together.
struct Chunk
{
    qint64 sequence = 0;
    QList<TableRow> rows;
    QList<Screened> screened;
    bool failed = false;
    QString error;
};

/// What one thread needs to screen: keys, matcher and whitelist over one connection.
class ChunkScreener
{
public:
    using Whitelist = QHash<QString, std::map<qint64, qint64>>;

    /// \a whitelist: the active entries read once for the pass (null: ask per applicant).
    ChunkScreener(const QSqlDatabase &connection, const ScreeningPipeline::Settings &settings,
                  std::shared_ptr<NameKeyBuilder> keys, std::shared_ptr<const Whitelist> whitelist)
        : m_settings(settings),
          m_whitelistInMemory(std::move(whitelist)),
          m_keys(keys ? std::move(keys) : std::make_shared<NameKeyBuilder>()),
          m_index(connection, settings.today),
          m_matcher(m_index, settings.thresholds),
          m_whitelist(connection)
    {}

    void screen(Chunk &chunk)
    {
        chunk.screened.reserve(chunk.rows.size());
        for (const TableRow &row : std::as_const(chunk.rows)) {
            auto applicant = Applicant::fromRow(row, m_settings.mapping, nullptr);
            if (!applicant || !applicant.value())
                continue; // a bad row (counted and reported in the first pass) or a blank one
            if (applicant.value()->needsNameKeys())
                applicant.value()->addNameKeys(*m_keys);
            auto result = m_matcher.screen(*applicant.value());
            if (!result) {
                chunk.failed = true;
                chunk.error = result.error();
                return;
            }
            if (!result->matches.isEmpty()) {
                if (const Status checked = applyWhitelist(*applicant.value(), result.value()); !checked) {
                    chunk.failed = true;
                    chunk.error = checked.error();
                    return;
                }
            }
            chunk.screened.append({std::move(*applicant.value()), std::move(result.value())});
        }
        chunk.rows.clear();
    }

private:
    /// Clears the matches the whitelist excuses: from the entries read once per pass when there
    /// are not too many, else asked per applicant.
    Status applyWhitelist(const Applicant &applicant, ScreeningResult &result)
    {
        const QString key = m_settings.officeKey.applicantMatchKey(applicantKey(applicant));
        if (m_whitelistInMemory) {
            const auto found = m_whitelistInMemory->constFind(key);
            if (found != m_whitelistInMemory->constEnd())
                m_matcher.applyWhitelist(result, found.value());
            return {};
        }
        auto entries = m_whitelist.activeWhitelist(key, m_settings.today);
        if (!entries)
            return Error{entries.error()};
        if (!entries->empty())
            m_matcher.applyWhitelist(result, entries.value());
        return {};
    }

    const ScreeningPipeline::Settings &m_settings;
    std::shared_ptr<const Whitelist> m_whitelistInMemory;
    std::shared_ptr<NameKeyBuilder> m_keys; ///< this thread's own
    ScreeningIndex m_index;
    ScreeningMatcher m_matcher;
    ScreeningReviewRepository m_whitelist;
};

/// The active whitelist for a pass, read once and shared by the workers; null when it is too
/// large to hold (then each applicant with a match is looked up).
Result<std::shared_ptr<const ChunkScreener::Whitelist>> readWhitelist(const QSqlDatabase &connection,
                                                                      const QDate &today)
{
    constexpr qint64 maximumInMemory = 200000;
    auto all = ScreeningReviewRepository(connection).allActiveWhitelist(today, maximumInMemory);
    if (!all)
        return Error{all.error()};
    if (!all.value())
        return std::shared_ptr<const ChunkScreener::Whitelist>();
    return std::make_shared<const ChunkScreener::Whitelist>(std::move(*all.value()));
}

/// The chunks between the reading thread and the workers, and back.
class ChunkQueues
{
public:
    void submit(std::unique_ptr<Chunk> chunk)
    {
        {
            std::lock_guard lock(m_mutex);
            m_todo.push_back(std::move(chunk));
        }
        m_changed.notify_all();
    }
    /// The next chunk to screen; null when the pass is over.
    std::unique_ptr<Chunk> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closing || !m_todo.empty(); });
        if (m_closing)
            return nullptr;
        auto chunk = std::move(m_todo.front());
        m_todo.pop_front();
        return chunk;
    }
    void finish(std::unique_ptr<Chunk> chunk)
    {
        {
            std::lock_guard lock(m_mutex);
            const qint64 sequence = chunk->sequence;
            m_done.emplace(sequence, std::move(chunk));
        }
        m_changed.notify_all();
    }
    void fail(const QString &error)
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_failure.isEmpty())
                m_failure = error;
        }
        m_changed.notify_all();
    }
    /// Waits for chunk \a sequence; null with \a failure set when a worker failed.
    std::unique_ptr<Chunk> waitFor(qint64 sequence, QString &failure)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_failure.isEmpty() || m_done.count(sequence) > 0; });
        if (!m_failure.isEmpty()) {
            failure = m_failure;
            return nullptr;
        }
        auto found = m_done.find(sequence);
        auto chunk = std::move(found->second);
        m_done.erase(found);
        return chunk;
    }
    void close()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closing = true;
        }
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Chunk>> m_todo;
    std::map<qint64, std::unique_ptr<Chunk>> m_done;
    QString m_failure;
    bool m_closing = false;
};

/// Joins the workers however the pass ends.
class Workers
{
public:
    explicit Workers(ChunkQueues &queues) : m_queues(queues) {}
    ~Workers()
    {
        m_queues.close();
        for (std::thread &thread : m_threads)
            thread.join();
    }
    void start(std::function<void()> work) { m_threads.emplace_back(std::move(work)); }

private:
    ChunkQueues &m_queues;
    std::vector<std::thread> m_threads;
};

} // namespace

ScreeningPipeline::ScreeningPipeline(Settings settings) : m_settings(std::move(settings)) {}

int ScreeningPipeline::workersForThisMachine()
{
    const int cores = QThread::idealThreadCount();
    return cores > 1 ? cores : 0;
}

Status ScreeningPipeline::run(TableReader &reader, const QSqlDatabase &connection, const Record &record,
                              const KeepGoing &keepGoing)
{
    auto readChunk = [&reader](qint64 sequence) -> Result<std::unique_ptr<Chunk>> {
        auto chunk = std::make_unique<Chunk>();
        chunk->sequence = sequence;
        chunk->rows.reserve(rowsPerChunk);
        while (chunk->rows.size() < rowsPerChunk) {
            auto row = reader.next();
            if (!row)
                return Error{row.error()};
            if (!row.value())
                break;
            chunk->rows.append(std::move(*row.value()));
        }
        return chunk;
    };
    auto recordChunk = [&](const Chunk &chunk) -> Status {
        if (chunk.failed)
            return Error{chunk.error};
        for (const Screened &screened : chunk.screened) {
            if (const Status status = record(screened.applicant, screened.result); !status)
                return status;
        }
        return {};
    };

    auto whitelist = readWhitelist(connection, m_settings.today);
    if (!whitelist)
        return Error{whitelist.error()};
    if (m_settings.workers <= 0) {
        ChunkScreener screener(connection, m_settings,
                               m_settings.keys ? std::shared_ptr<NameKeyBuilder>(m_settings.keys->copy()) : nullptr,
                               whitelist.value());
        for (qint64 sequence = 0;; ++sequence) {
            auto chunk = readChunk(sequence);
            if (!chunk)
                return Error{chunk.error()};
            if (chunk.value()->rows.isEmpty())
                return {};
            screener.screen(*chunk.value());
            if (const Status status = recordChunk(*chunk.value()); !status)
                return status;
            if (keepGoing && !keepGoing(reader.position()))
                return Error{QStringLiteral("cancelled")};
        }
    }

    ChunkQueues queues;
    Workers workers(queues);
    for (int index = 0; index < m_settings.workers; ++index) {
        const QString connectionName =
            QStringLiteral("screening-worker-%1-%2").arg(reinterpret_cast<quintptr>(&queues)).arg(index);
        // Copied here, before the thread starts: the prototype is only ever read by this thread.
        std::shared_ptr<NameKeyBuilder> keys(m_settings.keys ? m_settings.keys->copy().release() : nullptr);
        workers.start([this, &queues, connectionName, keys, shared = whitelist.value()] {
            auto database = Database::openReadOnly(m_settings.databasePath, connectionName);
            if (!database) {
                queues.fail(database.error());
                return;
            }
            {
                ChunkScreener screener(database.value()->connection(), m_settings, keys, shared);
                while (auto chunk = queues.take()) {
                    screener.screen(*chunk);
                    queues.finish(std::move(chunk));
                }
            }
        });
    }
    const qint64 inFlight = 4 * m_settings.workers;
    qint64 submitted = 0;
    bool endOfFile = false;
    for (qint64 next = 0;; ++next) {
        while (!endOfFile && submitted - next < inFlight) {
            auto chunk = readChunk(submitted);
            if (!chunk)
                return Error{chunk.error()};
            if (chunk.value()->rows.isEmpty()) {
                endOfFile = true;
                break;
            }
            queues.submit(std::move(chunk.value()));
            ++submitted;
        }
        if (next == submitted)
            return {};
        QString failure;
        auto chunk = queues.waitFor(next, failure);
        if (!chunk)
            return Error{failure};
        if (const Status status = recordChunk(*chunk); !status)
            return status;
        if (keepGoing && !keepGoing(reader.position()))
            return Error{QStringLiteral("cancelled")};
    }
}

} // namespace creditdesk
