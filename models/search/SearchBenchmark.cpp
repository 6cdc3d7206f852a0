#include "SearchBenchmark.h"

#include "NameKey.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace creditdesk {

SearchBenchmark::SearchBenchmark(QSqlDatabase db) : m_db(std::move(db)) {}

QString SearchBenchmark::traditional(const QString &simplified)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> convert(
        icu::Transliterator::createInstance(icu::UnicodeString(u"Simplified-Traditional"), UTRANS_FORWARD, status));
    if (U_FAILURE(status))
        return simplified;
    icu::UnicodeString text(reinterpret_cast<const UChar *>(simplified.utf16()),
                            static_cast<int32_t>(simplified.size()));
    convert->transliterate(text);
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

Result<QList<SearchBenchmark::QueryClass>> SearchBenchmark::sample(int perClass, quint64 seed) const
{
    QSqlQuery range(m_db);
    if (!range.exec(QStringLiteral("SELECT min(id), max(id) FROM subject")) || !range.next() || range.value(1).isNull())
        return Error{QCoreApplication::translate("SearchBenchmark", "The database has no subjects to sample.")};
    const qint64 first = range.value(0).toLongLong();
    const qint64 last = range.value(1).toLongLong();
    QRandomGenerator random(static_cast<quint32>(seed));

    QueryClass surname{QStringLiteral("name-1"), {}};
    QueryClass twoCharacters{QStringLiteral("name-2"), {}};
    QueryClass fullName{QStringLiteral("name-full"), {}};
    QueryClass substring{QStringLiteral("name-substring-3+"), {}};
    QueryClass idExact{QStringLiteral("id-exact"), {}};
    QueryClass idPrefix{QStringLiteral("id-prefix"), {}};
    QueryClass creditCode{QStringLiteral("credit-code"), {}};
    QueryClass caseNumber{QStringLiteral("case-number"), {}};
    QueryClass traditionalName{QStringLiteral("name-traditional"), {}};
    QueryClass pinyin{QStringLiteral("pinyin"), {}};
    QueryClass initials{QStringLiteral("pinyin-initials"), {}};
    QueryClass maskedId{QStringLiteral("id-masked"), {}};
    QueryClass representative{QStringLiteral("legal-representative"), {}};
    NameKeyBuilder keys;

    QSqlQuery subject(m_db);
    subject.prepare(QStringLiteral(
        "SELECT s.kind, s.name, s.legal_representative, (SELECT value FROM subject_identifier i WHERE i.subject_id = "
        "s.id ORDER BY type LIMIT "
        "1), "
        "(SELECT case_number FROM listing l WHERE l.subject_id = s.id LIMIT 1) FROM subject s WHERE s.id >= ? "
        "ORDER BY s.id LIMIT 1"));
    int attempts = 0;
    while ((surname.queries.size() < perClass || substring.queries.size() < perClass
            || creditCode.queries.size() < perClass)
           && attempts++ < perClass * 50) {
        subject.addBindValue(first + static_cast<qint64>(random.bounded(static_cast<quint64>(last - first + 1))));
        if (!subject.exec() || !subject.next())
            continue;
        const int kind = subject.value(0).toInt();
        const QString name = subject.value(1).toString();
        const QString representativeName = subject.value(2).toString();
        const QString identifier = subject.value(3).toString();
        const QString caseText = subject.value(4).toString();
        subject.finish();
        if (kind == 1 && surname.queries.size() < perClass) {
            surname.queries.append(name.left(1));
            twoCharacters.queries.append(name.left(2));
            fullName.queries.append(name);
            idExact.queries.append(identifier);
            idPrefix.queries.append(identifier.left(10));
            traditionalName.queries.append(traditional(name));
            const PhoneticKeys phonetic = keys.phonetic(keys.key(name), true);
            pinyin.queries.append(phonetic.pinyin);
            initials.queries.append(phonetic.initials);
            maskedId.queries.append(identifier.left(4) + QString(10, u'*') + identifier.right(4));
        }
        if (kind == 2 && creditCode.queries.size() < perClass) {
            creditCode.queries.append(identifier);
            if (!representativeName.isEmpty())
                representative.queries.append(representativeName);
        }
        if (kind == 2 && substring.queries.size() < perClass && name.size() > 6)
            substring.queries.append(name.mid(2, 4)); // the brand and trade, not the city: a real substring
        if (!caseText.isEmpty() && caseNumber.queries.size() < perClass)
            caseNumber.queries.append(caseText);
    }
    return QList<QueryClass>{surname,        twoCharacters, fullName, substring, traditionalName, pinyin,    initials,
                             representative, idExact,       idPrefix, maskedId,  creditCode,      caseNumber};
}

Result<int> SearchBenchmark::naive(const ClassifiedQuery &query, int limit) const
{
    QString statement;
    bool nameQuery = false;
    switch (query.kind) {
    case ClassifiedQuery::Kind::Identifier:
    case ClassifiedQuery::Kind::IdentifierPrefix:
    case ClassifiedQuery::Kind::MaskedIdentifier:
        statement = QStringLiteral("SELECT subject_id FROM subject_identifier WHERE value LIKE ? LIMIT ?");
        break;
    case ClassifiedQuery::Kind::CaseNumber:
        statement = QStringLiteral("SELECT subject_id FROM listing WHERE case_number LIKE ? LIMIT ?");
        break;
    default:
        // A ranked first page must look at every match: newest listing first, as ours ties.
        statement = QStringLiteral("SELECT id FROM subject WHERE name LIKE ? OR legal_representative LIKE ? "
                                   "ORDER BY latest_decision DESC LIMIT ?");
        nameQuery = true;
        break;
    }
    QSqlQuery sqlQuery(m_db);
    sqlQuery.setForwardOnly(true);
    sqlQuery.prepare(statement);
    QString pattern = query.kind == ClassifiedQuery::Kind::MaskedIdentifier ? query.pattern : query.value;
    pattern.replace(u'*', u'%').replace(u'?', u'_');
    sqlQuery.addBindValue(QString(u'%' + pattern + u'%'));
    if (nameQuery)
        sqlQuery.addBindValue(QString(u'%' + pattern + u'%'));
    sqlQuery.addBindValue(limit);
    if (!sqlQuery.exec())
        return Error{sqlQuery.lastError().text()};
    int rows = 0;
    while (sqlQuery.next())
        ++rows;
    return rows;
}

} // namespace creditdesk
