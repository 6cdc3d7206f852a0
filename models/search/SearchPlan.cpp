#include "SearchPlan.h"

#include "NameKey.h"
#include "store/ListingSql.h"

namespace creditdesk {

namespace {

/// The smallest string greater than every string starting with \a prefix.
QString upperBound(const QString &prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

QString identifierCondition(const QString &valueCondition)
{
    return QStringLiteral("s.id IN (SELECT subject_id FROM subject_identifier WHERE type IN (1, 2, 3, 4) AND ")
           + valueCondition + u')';
}

} // namespace

bool SearchRequest::isSearchable() const
{
    const bool hasQuery = query.kind != ClassifiedQuery::Kind::Empty && query.kind != ClassifiedQuery::Kind::Invalid;
    return hasQuery || (query.kind == ClassifiedQuery::Kind::Empty && !filters.isEmpty());
}

SearchPlan::SearchPlan(const SearchRequest &request)
{
    const ClassifiedQuery &query = request.query;
    m_bindings.insert(QStringLiteral(":today"), request.today.toString(Qt::ISODate));
    switch (query.kind) {
    case ClassifiedQuery::Kind::Identifier:
        m_bindings.insert(QStringLiteral(":value"), query.value);
        m_tiers.append({MatchKind::Identifier, identifierCondition(QStringLiteral("value = :value")), false,
                        QStringLiteral("s.id")});
        break;
    case ClassifiedQuery::Kind::IdentifierPrefix:
        m_bindings.insert(QStringLiteral(":value"), query.value);
        m_bindings.insert(QStringLiteral(":upper"), upperBound(query.value));
        m_tiers.append({MatchKind::Identifier,
                        identifierCondition(QStringLiteral("value >= :value AND value < :upper")), false,
                        QStringLiteral("s.id")});
        break;
    case ClassifiedQuery::Kind::MaskedIdentifier:
        m_bindings.insert(QStringLiteral(":glob"), query.pattern);
        if (query.knownSuffix.size() >= 4) {
            // The expression index on the last four characters narrows to a few rows.
            m_bindings.insert(QStringLiteral(":suffix"), query.knownSuffix.right(4));
            m_tiers.append({MatchKind::Identifier,
                            identifierCondition(QStringLiteral("substr(value, -4) = :suffix AND value GLOB :glob")),
                            false, QStringLiteral("s.id")});
        } else {
            m_bindings.insert(QStringLiteral(":value"), query.knownPrefix);
            m_bindings.insert(QStringLiteral(":upper"), upperBound(query.knownPrefix));
            m_tiers.append(
                {MatchKind::Identifier,
                 identifierCondition(QStringLiteral("value >= :value AND value < :upper AND value GLOB :glob")), false,
                 QStringLiteral("s.id")});
        }
        break;
    case ClassifiedQuery::Kind::CaseNumber:
        m_bindings.insert(QStringLiteral(":value"), query.value);
        m_tiers.append({MatchKind::CaseNumber,
                        QStringLiteral("s.id IN (SELECT subject_id FROM listing WHERE case_number = :value)"), false,
                        QStringLiteral("s.id")});
        break;
    case ClassifiedQuery::Kind::Name:
        addNameTiers(query);
        break;
    case ClassifiedQuery::Kind::Empty:
        // Filters alone: a selective one (a court, objections under review) drives from its
        // index; broad ones walk the subjects newest first and test each until the page is full.
        if (!request.filters.courtCode.isEmpty()) {
            m_tiers.append({MatchKind::Filter,
                            QStringLiteral("s.id IN (SELECT subject_id FROM listing WHERE court_code = :court)"), false,
                            QStringLiteral("s.id")});
        } else if (request.filters.underObjection) {
            m_tiers.append({MatchKind::Filter,
                            QStringLiteral("s.id IN (SELECT subject_id FROM listing WHERE under_objection = 1)"), false,
                            QStringLiteral("s.id")});
        } else if (!request.filters.isEmpty()) {
            m_tiers.append({MatchKind::Filter, QStringLiteral("1"), true, QStringLiteral("s.id")});
        }
        break;
    case ClassifiedQuery::Kind::Invalid:
        break;
    }
    m_filter = filterCondition(request.filters);
}

void SearchPlan::addNameTiers(const ClassifiedQuery &query)
{
    const QString &key = query.value;
    const qsizetype length = NameKeyBuilder::characterCount(key);
    m_bindings.insert(QStringLiteral(":value"), key);
    m_bindings.insert(QStringLiteral(":upper"), upperBound(key));

    m_tiers.append({MatchKind::ExactName, QStringLiteral("s.name_key = :value"), true, QStringLiteral("s.name_key")});
    m_tiers.append({MatchKind::ExactOtherName,
                    QStringLiteral("(s.legal_representative_key = :value OR s.id IN "
                                   "(SELECT subject_id FROM subject_alias WHERE name_key = :value))"),
                    false, QStringLiteral("s.id")});
    // One or two characters: the expression indexes on the first characters are already in
    // newest-first order. Longer prefixes: a range on the name key.
    if (length <= 2) {
        m_tiers.append({MatchKind::NamePrefix, QStringLiteral("substr(s.name_key, 1, %1) = :value").arg(length), true,
                        QStringLiteral("s.name_key")});
    } else {
        m_tiers.append({MatchKind::NamePrefix, QStringLiteral("s.name_key >= :value AND s.name_key < :upper"), false,
                        QStringLiteral("s.name_key")});
    }
    m_tiers.append({MatchKind::OtherNamePrefix,
                    QStringLiteral("((s.legal_representative_key >= :value AND s.legal_representative_key < :upper) "
                                   "OR s.id IN (SELECT subject_id FROM subject_alias WHERE name_key >= :value "
                                   "AND name_key < :upper))"),
                    false, QStringLiteral("s.id")});
    // Three characters or more anywhere in a name: the trigram index. (It cannot answer fewer:
    // SQLite's trigram tokenizer returns nothing for shorter patterns.)
    if (length >= 3) {
        m_bindings.insert(QStringLiteral(":pattern"), QString(u'%' + key + u'%'));
        m_tiers.append({MatchKind::NameSubstring,
                        QStringLiteral("s.id IN (SELECT rowid FROM subject_name_search WHERE name_key LIKE :pattern)"),
                        false, QStringLiteral("s.id")});
        m_tiers.append({MatchKind::OtherNameSubstring,
                        QStringLiteral("s.id IN (SELECT rowid FROM subject_name_search "
                                       "WHERE legal_representative_key LIKE :pattern)"),
                        false, QStringLiteral("s.id")});
    }
    if (!query.pinyinAlternatives.isEmpty()) {
        QStringList ranges;
        for (qsizetype i = 0; i < query.pinyinAlternatives.size(); ++i) {
            const QString low = QStringLiteral(":pinyin%1").arg(i);
            const QString high = QStringLiteral(":pinyin%1_upper").arg(i);
            m_bindings.insert(low, query.pinyinAlternatives[i]);
            m_bindings.insert(high, upperBound(query.pinyinAlternatives[i]));
            ranges.append(QStringLiteral("(s.pinyin_key >= %1 AND s.pinyin_key < %2)").arg(low, high));
        }
        QStringList whole;
        for (qsizetype i = 0; i < query.pinyinAlternatives.size(); ++i)
            whole.append(QStringLiteral("s.pinyin_key = :pinyin%1").arg(i));
        m_tiers.append({MatchKind::WholePinyin, u'(' + whole.join(QStringLiteral(" OR ")) + u')', false,
                        QStringLiteral("s.pinyin_key")});
        m_tiers.append({MatchKind::Pinyin, u'(' + ranges.join(QStringLiteral(" OR ")) + u')', false,
                        QStringLiteral("s.pinyin_key")});
        m_tiers.append(
            {MatchKind::Initials, QStringLiteral("s.initials_key = :value"), true, QStringLiteral("s.initials_key")});
    }
}

QString SearchPlan::filterCondition(const SearchFilters &filters)
{
    QStringList subjectConditions;
    if (!filters.regionCode.isEmpty()) {
        // 340000 is the province 34, 340100 the city 3401: everything below shares the prefix.
        QString prefix = filters.regionCode;
        while (prefix.size() > 2 && prefix.endsWith(QLatin1String("00")))
            prefix.chop(2);
        m_bindings.insert(QStringLiteral(":region"), prefix);
        m_bindings.insert(QStringLiteral(":region_upper"), upperBound(prefix));
        // Unary + keeps the planner on the index of the match (or the newest-first walk): a
        // region is too broad to drive a search.
        subjectConditions.append(QStringLiteral("+s.region_code >= :region AND +s.region_code < :region_upper"));
    }
    QStringList listingConditions;
    if (!filters.courtCode.isEmpty()) {
        m_bindings.insert(QStringLiteral(":court"), filters.courtCode);
        listingConditions.append(QStringLiteral("l.court_code = :court"));
    }
    if (filters.ground != 0) {
        m_bindings.insert(QStringLiteral(":ground"), filters.ground);
        listingConditions.append(QStringLiteral("l.ground = :ground"));
    }
    if (filters.publicationState == SearchFilters::inForce) {
        listingConditions.append(sql::listingInForceCondition());
    } else if (filters.publicationState != 0) {
        m_bindings.insert(QStringLiteral(":state"), filters.publicationState);
        listingConditions.append(QStringLiteral("l.state = :state"));
    }
    if (filters.listedFrom.isValid()) {
        m_bindings.insert(QStringLiteral(":listed_from"), filters.listedFrom.toString(Qt::ISODate));
        listingConditions.append(QStringLiteral("l.decision_date >= :listed_from"));
    }
    if (filters.listedTo.isValid()) {
        m_bindings.insert(QStringLiteral(":listed_to"), filters.listedTo.toString(Qt::ISODate));
        listingConditions.append(QStringLiteral("l.decision_date <= :listed_to"));
    }
    if (filters.underObjection)
        listingConditions.append(QStringLiteral("l.under_objection = 1"));
    if (filters.measureCategory != 0) {
        m_bindings.insert(QStringLiteral(":category"), filters.measureCategory);
        listingConditions.append(QStringLiteral("EXISTS (SELECT 1 FROM measure_application a JOIN measure m "
                                                "ON m.id = a.measure_id WHERE a.listing_id = l.id "
                                                "AND m.category_number = :category)"));
    }
    if (!listingConditions.isEmpty())
        subjectConditions.append(QStringLiteral("EXISTS (SELECT 1 FROM listing l WHERE l.subject_id = s.id AND ")
                                 + listingConditions.join(QStringLiteral(" AND ")) + u')');
    return subjectConditions.join(QStringLiteral(" AND "));
}

QString SearchPlan::tierCondition(int index) const
{
    QString condition = u'(' + m_tiers[index].condition + u')';
    for (int better = 0; better < index; ++better)
        condition += QStringLiteral(" AND NOT coalesce((") + m_tiers[better].condition + QStringLiteral("), 0)");
    if (!m_filter.isEmpty())
        condition += QStringLiteral(" AND ") + m_filter;
    return condition;
}

QString SearchPlan::anyTierCondition() const
{
    QStringList conditions;
    for (const Tier &tier : m_tiers)
        conditions.append(u'(' + tier.condition + u')');
    QString condition = u'(' + conditions.join(QStringLiteral(" OR ")) + u')';
    if (!m_filter.isEmpty())
        condition += QStringLiteral(" AND ") + m_filter;
    return condition;
}

QString SearchPlan::tierExpression() const
{
    QString expression = QStringLiteral("CASE");
    for (qsizetype i = 0; i < m_tiers.size(); ++i)
        expression += QStringLiteral(" WHEN coalesce((%1), 0) THEN %2").arg(m_tiers[i].condition).arg(i);
    return expression + QStringLiteral(" ELSE 0 END");
}

} // namespace creditdesk
