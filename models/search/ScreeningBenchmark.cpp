#include "ScreeningBenchmark.h"

#include "SearchBenchmark.h"
#include "domain/IdNumber.h"
#include "store/ListingSql.h"
#include "store/Sql.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace creditdesk {

namespace {

QString csvField(const QString &value)
{
    if (value.contains(u',') || value.contains(u'"'))
        return u'"' + QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return value;
}

QString fullWidth(const QString &id)
{
    QString result;
    for (const QChar c : id)
        result += c.isDigit() ? QChar(c.unicode() - u'0' + 0xFF10) : c;
    return result;
}

/// A valid ID number of someone born in 2007 (no demo subject is that young), never listed.
QString strangerId(QRandomGenerator &random)
{
    const QString first17 = QStringLiteral("110101") + QStringLiteral("2007")
                            + QString::number(1 + random.bounded(12)).rightJustified(2, u'0')
                            + QString::number(1 + random.bounded(28)).rightJustified(2, u'0')
                            + QString::number(random.bounded(1000)).rightJustified(3, u'0');
    return first17 + IdNumber::checkCharacter(first17);
}

} // namespace

Result<ScreeningBenchmark::Labelled> ScreeningBenchmark::write(QSqlDatabase db, const QString &path, qint64 applicants,
                                                               const QDate &today)
{
    QRandomGenerator random(20170521);
    // Listed subjects in force, drawn at random through the rowid range.
    QSqlQuery range(db);
    if (!range.exec(QStringLiteral("SELECT min(id), max(id) FROM subject")) || !range.next())
        return Error{QStringLiteral("the database has no subjects")};
    const qint64 low = range.value(0).toLongLong();
    const qint64 high = range.value(1).toLongLong();
    QSqlQuery pick(db);
    pick.prepare(QStringLiteral("SELECT s.id, s.kind, s.name, s.legal_representative, i.type, i.value FROM subject s "
                                "CROSS JOIN subject_identifier i ON i.subject_id = s.id AND i.type IN (1, 2) WHERE "
                                "s.id >= :from AND EXISTS (SELECT 1 FROM listing l WHERE l.subject_id = s.id AND %1) "
                                "ORDER BY s.id LIMIT 1")
                     .arg(sql::listingInForceCondition()));
    QSqlQuery namesakes(db);
    namesakes.prepare(QStringLiteral("SELECT name FROM subject WHERE id >= ? AND kind = 1 ORDER BY id LIMIT 1"));

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("%1 cannot be written: %2").arg(path, file.errorString())};
    file.write("reference,name,id_number,credit_code,legal_representative\n");
    Labelled labelled;
    QByteArray chunk;
    int misses = 0;
    for (qint64 row = 0; row < applicants; ++row) {
        const int line = static_cast<int>(row) + 2;
        QString name;
        QString id;
        QString code;
        QString representative;
        qint64 expected = 0;
        QString kind;
        if (row % 2 == 0) {
            pick.bindValue(QStringLiteral(":from"), low + random.bounded(high - low + 1));
            pick.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
            if (!pick.exec())
                return Error{QStringLiteral("draw a listed subject: failed")};
            if (!pick.next()) {
                if (++misses > 1000)
                    return Error{QStringLiteral("the database has hardly any subject with a listing in force")};
                --row;
                continue;
            }
            expected = pick.value(0).toLongLong();
            const bool person = pick.value(1).toInt() == 1;
            name = pick.value(2).toString();
            const QString value = pick.value(5).toString();
            const QString listedRepresentative = pick.value(3).toString();
            pick.finish();
            const int variant = static_cast<int>(random.bounded(100));
            if (!person) {
                if (variant < 60) {
                    code = value;
                    kind = QStringLiteral("credit-code");
                } else {
                    representative = listedRepresentative;
                    kind = QStringLiteral("legal-representative");
                }
                if (representative.isEmpty() && code.isEmpty()) {
                    code = value;
                    kind = QStringLiteral("credit-code");
                }
            } else if (variant < 30) {
                id = value;
                kind = QStringLiteral("exact-id");
            } else if (variant < 45) {
                id = value;
                const int at = 6 + static_cast<int>(random.bounded(11));
                id[at] = QChar(u'0' + (id[at].digitValue() + 1 + static_cast<int>(random.bounded(9))) % 10);
                kind = QStringLiteral("mistyped-id");
            } else if (variant < 60) {
                id = value.left(6) + QStringLiteral("********") + value.right(4);
                kind = QStringLiteral("masked-id");
            } else if (variant < 75) {
                name = SearchBenchmark::traditional(name);
                id = value;
                kind = QStringLiteral("traditional");
            } else if (variant < 90) {
                id = fullWidth(value);
                kind = QStringLiteral("full-width");
            } else {
                id = value.toLower();
                kind = QStringLiteral("lower-case-x");
            }
            ++labelled.positives;
        } else {
            // Not listed: a stranger, or a namesake of a subject with another ID.
            namesakes.addBindValue(low + random.bounded(high - low + 1));
            name = namesakes.exec() && namesakes.next() ? namesakes.value(0).toString() : QStringLiteral("无名氏");
            namesakes.finish();
            id = strangerId(random);
            kind = QStringLiteral("not-listed");
        }
        labelled.expected.insert(line, expected);
        labelled.kind.insert(line, kind);
        chunk += (QString::number(row + 1) + u',' + csvField(name) + u',' + id + u',' + code + u','
                  + csvField(representative) + u'\n')
                     .toUtf8();
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
        ++labelled.rows;
    }
    file.write(chunk);
    return labelled;
}

} // namespace creditdesk
