#include "PhoneticKeyBackfill.h"

#include "NameKey.h"
#include "store/Sql.h"

#include <QSqlQuery>

namespace creditdesk {

Status PhoneticKeyBackfill::fill(QSqlDatabase &db)
{
    NameKeyBuilder keys;
    QSqlQuery update(db);
    if (const Status status =
            sql::prepare(update, QStringLiteral("UPDATE subject SET pinyin_key = ?, initials_key = ? WHERE id = ?"));
        !status)
        return status;
    qint64 after = 0;
    for (;;) {
        // Batches by id keep memory flat on a million subjects.
        QSqlQuery batch(db);
        batch.setForwardOnly(true);
        batch.prepare(QStringLiteral("SELECT id, kind, name_key FROM subject WHERE id > ? ORDER BY id LIMIT 10000"));
        batch.addBindValue(after);
        if (const Status status = sql::exec(batch, QT_TRANSLATE_NOOP("Database", "read names for their pinyin keys"));
            !status)
            return status;
        QList<std::tuple<qint64, QString, QString>> rows;
        while (batch.next()) {
            const PhoneticKeys phonetic = keys.phonetic(batch.value(2).toString(), batch.value(1).toInt() == 1);
            rows.append({batch.value(0).toLongLong(), phonetic.pinyin, phonetic.initials});
        }
        batch.finish();
        if (rows.isEmpty())
            return {};
        for (const auto &[id, pinyin, initials] : std::as_const(rows)) {
            update.bindValue(0, pinyin);
            update.bindValue(1, initials);
            update.bindValue(2, id);
            if (const Status status = sql::exec(update, QT_TRANSLATE_NOOP("Database", "store pinyin keys")); !status)
                return status;
        }
        after = std::get<0>(rows.last());
    }
}

} // namespace creditdesk
