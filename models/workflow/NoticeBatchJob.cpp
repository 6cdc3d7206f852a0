#include "NoticeBatchJob.h"

namespace creditdesk {

NoticeBatchJob::NoticeBatchJob(QString databasePath, Actor actor, Request request)
    : m_job(std::move(databasePath), [this, actor = std::move(actor), request = std::move(request)](
                                         Database &database, const std::atomic<bool> &cancelled) {
          return NoticeService(database).batch(
              actor, request.type, request.folder, request.limit, request.language, request.today,
              [this](int drawn, int total) {
                  m_done = drawn;
                  m_total = total;
              },
              &cancelled);
      })
{}

} // namespace creditdesk
