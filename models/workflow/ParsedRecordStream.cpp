#include "ParsedRecordStream.h"

namespace creditdesk {

namespace {

constexpr size_t recordsPerBatch = 1024;
constexpr size_t batchesAhead = 8;
constexpr qsizetype problemsParsed = 1000; ///< after as many problems, only read to the end

} // namespace

ParsedRecordStream::ParsedRecordStream(PackageReader &reader, const NameKeyBuilder &keys, const QDate &today)
    : m_reader(reader), m_keys(keys), m_today(today), m_thread([this] { read(); })
{}

ParsedRecordStream::~ParsedRecordStream()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

ParsedRecordStream::Batch ParsedRecordStream::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty(); });
    Batch batch = std::move(m_ready.front());
    m_ready.pop_front();
    m_changed.notify_all();
    return batch;
}

QString ParsedRecordStream::creditorKey(const QString &creditor)
{
    if (const auto known = m_creditorKeys.constFind(creditor); known != m_creditorKeys.cend())
        return *known;
    if (m_creditorKeys.size() >= 10000) // a bound on memory for a package of many creditors
        m_creditorKeys.clear();
    const QString key = m_keys.key(creditor);
    m_creditorKeys.insert(creditor, key);
    return key;
}

void ParsedRecordStream::read()
{
    qsizetype problemsSoFar = 0;
    bool ended = false;
    while (!ended && !m_stop) {
        Batch batch;
        batch.items.reserve(recordsPerBatch);
        while (batch.recordsRead < static_cast<qint64>(recordsPerBatch) && !m_stop) {
            auto record = m_reader.next(batch.problems);
            if (!record) {
                ended = true;
                break;
            }
            ++batch.recordsRead;
            if (m_onlyCount || problemsSoFar + batch.problems.size() > problemsParsed)
                continue;
            auto parsed = parseExchangeRecord(*record, batch.problems, m_today);
            if (!parsed)
                continue;
            Item item{record->line, std::move(*parsed), {}, {}, {}};
            const auto *subject = std::get_if<SubjectRecordIn>(&item.record);
            if (subject && !m_skipSearchKeys) {
                item.nameKey = m_keys.key(subject->name);
                if (!subject->legalRepresentative.isEmpty())
                    item.representativeKey = m_keys.key(subject->legalRepresentative);
                item.phonetic = m_keys.phonetic(item.nameKey, subject->kind == SubjectKind::Person);
            }
            // A creditor's name key decides the six-month refusal (SPC rules Art. 10), also when
            // the records are only checked.
            if (auto *listing = std::get_if<ListingRecordIn>(&item.record); listing && !listing->creditor.isEmpty())
                listing->creditorKey = creditorKey(listing->creditor);
            if (auto *change = std::get_if<ListingStateRecord>(&item.record); change && !change->creditor.isEmpty())
                change->creditorKey = creditorKey(change->creditor);
            batch.items.push_back(std::move(item));
        }
        problemsSoFar += batch.problems.size();
        batch.position = m_reader.position();
        batch.last = ended;
        if (ended)
            m_bodySha256 = m_reader.bodySha256();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_ready.size() < batchesAhead || m_stop; });
        m_ready.push_back(std::move(batch));
        m_changed.notify_all();
    }
}

} // namespace creditdesk
