#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>

namespace creditdesk {

/// Fills the pinyin and initials keys of every subject (ICU cannot run inside SQLite, so the
/// migration that adds the columns calls this in its own transaction).
class PhoneticKeyBackfill
{
public:
    static Status fill(QSqlDatabase &db);
};

} // namespace creditdesk
