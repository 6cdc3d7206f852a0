#include "PackageImportJob.h"

namespace creditdesk {

PackageImportJob::PackageImportJob(QString databasePath, Actor actor, QString packagePath)
    : m_job(std::move(databasePath), [this, actor = std::move(actor), packagePath = std::move(packagePath)](
                                         Database &database, const std::atomic<bool> &cancelled) {
          return ExchangeService(database).importPackage(actor, packagePath,
                                                         [this, &cancelled](qint64 done, qint64 total) {
                                                             m_done = done;
                                                             m_total = total;
                                                             return !cancelled;
                                                         });
      })
{}

} // namespace creditdesk
