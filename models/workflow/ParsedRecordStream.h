#pragma once

#include "exchange/ExchangePackage.h"
#include "exchange/ExchangeRecord.h"
#include "search/NameKey.h"

#include <QHash>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace creditdesk {

/// Reads a package on a thread of its own, ahead of the one that checks and writes it: each
/// line parsed and its record checked on its own (parseExchangeRecord), a subject's search keys
/// made (ICU), handed over in batches of 1,024 records read. The body is hashed as it is read.
class ParsedRecordStream
{
public:
    struct Item
    {
        int line = 0;
        ExchangeRecord record;
        QString nameKey; ///< a subject's
        QString representativeKey;
        PhoneticKeys phonetic;
    };
    struct Batch
    {
        std::vector<Item> items;
        QList<PackageProblem> problems; ///< of lines that are no record
        qint64 recordsRead = 0;         ///< in this batch, with those that have problems
        qint64 position = 0;            ///< bytes of the package read after this batch
        bool last = false;
    };

    /// Starts reading; \a reader and \a keys belong to the stream's thread until it is destroyed.
    /// No date of a record may be after \a today.
    ParsedRecordStream(PackageReader &reader, const NameKeyBuilder &keys, const QDate &today);
    /// Stops reading (if it has not ended) and waits for the thread.
    ~ParsedRecordStream();
    ParsedRecordStream(const ParsedRecordStream &) = delete;
    ParsedRecordStream &operator=(const ParsedRecordStream &) = delete;

    /// The next batch, waiting for it; the last one has last set.
    Batch next();
    /// Nothing will be written: make no more search keys.
    void skipSearchKeys() { m_skipSearchKeys = true; }
    /// Enough problems found: parse no more records, only read, hash and count to the end.
    void onlyCount() { m_onlyCount = true; }
    /// After the last batch: the body's SHA-256 in hex.
    QString bodySha256() const { return m_bodySha256; }

private:
    void read();
    /// The name key of a creditor: few creditors apply for many listings, so keys are kept.
    QString creditorKey(const QString &creditor);

    PackageReader &m_reader;
    const NameKeyBuilder &m_keys;
    const QDate m_today;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    std::atomic<bool> m_stop = false;
    std::atomic<bool> m_skipSearchKeys = false;
    std::atomic<bool> m_onlyCount = false;
    QString m_bodySha256;
    QHash<QString, QString> m_creditorKeys; ///< the reading thread's
    std::thread m_thread;
};

} // namespace creditdesk
