#pragma once

#include "domain/Result.h"
#include "notices/Notice.h"

namespace creditdesk {

class Database;
struct NoticeFacts;

/// Writes a notice's text from the latest version of its template and the facts of its target,
/// in the notice's language whatever the language of the officer's screen. The notice has no
/// serial number yet: NoticeService takes one when it records the notice.
class NoticeDrafter
{
public:
    explicit NoticeDrafter(Database &database);

    Result<Notice> draft(NoticeType type, const NoticeTarget &target, const QString &language,
                         const QDate &today) const;

private:
    /// The placeholders' values for \a type from \a facts.
    QHash<QString, QString> valuesFor(NoticeType type, const NoticeFacts &facts, bool chinese) const;

    Database &m_database;
};

} // namespace creditdesk
