#include "RepairRules.h"

#include "exchange/CsvReader.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace creditdesk {

namespace {

/// lupdate files these strings under the class they are used in.
QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::RepairRuleBook", source);
}

} // namespace

QString breachTierText(BreachTier tier)
{
    switch (tier) {
    case BreachTier::Minor:
        return QCoreApplication::translate("creditdesk", "Minor breach");
    case BreachTier::General:
        return QCoreApplication::translate("creditdesk", "General breach");
    case BreachTier::Serious:
        return QCoreApplication::translate("creditdesk", "Serious breach");
    }
    return {};
}

QString breachTierName(BreachTier tier)
{
    switch (tier) {
    case BreachTier::Minor:
        return QStringLiteral("minor");
    case BreachTier::General:
        return QStringLiteral("general");
    case BreachTier::Serious:
        return QStringLiteral("serious");
    }
    return {};
}

std::optional<BreachTier> breachTierFromName(const QString &name)
{
    for (const BreachTier tier : {BreachTier::Minor, BreachTier::General, BreachTier::Serious}) {
        if (breachTierName(tier) == name)
            return tier;
    }
    return std::nullopt;
}

bool RepairRuleSet::inForceOn(const QDate &date) const
{
    return date >= effectiveFrom && (effectiveTo.isNull() || date <= effectiveTo);
}

QDate RepairRuleSet::earliestRepairDate(BreachTier tier, const QDate &decisionDate) const
{
    return decisionDate.addMonths(period(tier).minimumMonths);
}

QDate RepairRuleSet::automaticStopDate(BreachTier tier, const QDate &decisionDate) const
{
    return decisionDate.addMonths(period(tier).maximumMonths);
}

Result<RepairRuleBook> RepairRuleBook::fromCsv(const QByteArray &csv, const QString &fileName)
{
    auto table = CsvTable::parse(QString::fromUtf8(csv), fileName);
    if (!table)
        return Error{table.error()};
    const QStringList columns = {
        QStringLiteral("code"),           QStringLiteral("title"),          QStringLiteral("document"),
        QStringLiteral("effective_from"), QStringLiteral("effective_to"),   QStringLiteral("tier"),
        QStringLiteral("minimum_months"), QStringLiteral("maximum_months"), QStringLiteral("processing_working_days")};
    if (const Status status = table->requireColumns(columns); !status)
        return Error{status.error()};
    QList<RepairRuleSet> sets;
    QList<std::array<bool, 3>> given;
    for (qsizetype row = 0; row < table->rowCount(); ++row) {
        const int line = table->lineOf(row);
        auto value = [&](const char *column) { return table->value(row, QLatin1String(column)).trimmed(); };
        auto fail = [&](const char *field, const QString &problem) {
            return Error{tr("%1, line %2, field %3: %4").arg(fileName).arg(line).arg(QLatin1String(field), problem)};
        };
        const QString code = value("code");
        if (code.isEmpty())
            return fail("code", tr("empty."));
        if (value("title").isEmpty())
            return fail("title", tr("empty."));
        if (value("document").isEmpty())
            return fail("document", tr("empty."));
        const QDate from = QDate::fromString(value("effective_from"), Qt::ISODate);
        if (!from.isValid())
            return fail("effective_from", tr("not a date (YYYY-MM-DD)."));
        QDate to;
        if (!value("effective_to").isEmpty()) {
            to = QDate::fromString(value("effective_to"), Qt::ISODate);
            if (!to.isValid() || to < from)
                return fail("effective_to", tr("not a date on or after effective_from."));
        }
        const auto tier = breachTierFromName(value("tier"));
        if (!tier)
            return fail("tier", tr("must be minor, general or serious."));
        bool minimumOk = false;
        bool maximumOk = false;
        bool daysOk = false;
        const int minimum = value("minimum_months").toInt(&minimumOk);
        const int maximum = value("maximum_months").toInt(&maximumOk);
        const int days = value("processing_working_days").toInt(&daysOk);
        if (!minimumOk || minimum < 0 || minimum > 120)
            return fail("minimum_months", tr("a number of months from 0 to 120."));
        if (!maximumOk || maximum < minimum || maximum > 120 || maximum == 0)
            return fail("maximum_months", tr("a number of months from 1 to 120, not below the minimum."));
        if (!daysOk || days < 1 || days > 120)
            return fail("processing_working_days", tr("a number of working days from 1 to 120."));
        auto existing =
            std::find_if(sets.begin(), sets.end(), [&](const RepairRuleSet &set) { return set.code == code; });
        if (existing == sets.end()) {
            RepairRuleSet set;
            set.code = code;
            set.title = value("title");
            set.document = value("document");
            set.effectiveFrom = from;
            set.effectiveTo = to;
            set.processingWorkingDays = days;
            set.source = fileName;
            sets.append(set);
            given.append({false, false, false});
            existing = sets.end() - 1;
        } else if (existing->effectiveFrom != from || existing->effectiveTo != to) {
            return fail("effective_from", tr("rule set %1 has other dates on an earlier line.").arg(code));
        }
        const auto slot = static_cast<std::size_t>(*tier) - 1;
        auto &seen = given[existing - sets.begin()];
        if (seen.at(slot))
            return fail("tier", tr("tier %1 of %2 is given twice.").arg(breachTierName(*tier), code));
        seen.at(slot) = true;
        existing->periods.at(slot) = {minimum, maximum};
    }
    for (qsizetype index = 0; index < sets.size(); ++index) {
        if (!std::all_of(given.at(index).cbegin(), given.at(index).cend(), [](bool seen) { return seen; }))
            return Error{tr("%1: rule set %2 lacks a tier; give minor, general and serious.")
                             .arg(fileName, sets.at(index).code)};
    }
    return fromRuleSets(sets);
}

Result<RepairRuleBook> RepairRuleBook::fromRuleSets(QList<RepairRuleSet> ruleSets)
{
    if (ruleSets.isEmpty())
        return Error{tr("No credit repair rule set is given.")};
    std::sort(ruleSets.begin(), ruleSets.end(),
              [](const RepairRuleSet &a, const RepairRuleSet &b) { return a.effectiveFrom < b.effectiveFrom; });
    for (qsizetype index = 1; index < ruleSets.size(); ++index) {
        const RepairRuleSet &before = ruleSets.at(index - 1);
        if (before.effectiveTo.isNull() || before.effectiveTo >= ruleSets.at(index).effectiveFrom)
            return Error{tr("Rule sets %1 and %2 overlap: one must end before the next begins.")
                             .arg(before.code, ruleSets.at(index).code)};
    }
    RepairRuleBook book;
    book.m_ruleSets = std::move(ruleSets);
    return book;
}

Result<RepairRuleBook> RepairRuleBook::bundled()
{
    QFile file(QStringLiteral(":/reference/repair-rule-sets.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The bundled credit repair rules cannot be read.")};
    return fromCsv(file.readAll(), QStringLiteral("repair-rule-sets.csv"));
}

Result<RepairRuleSet> RepairRuleBook::inForceOn(const QDate &date) const
{
    for (const RepairRuleSet &set : m_ruleSets) {
        if (set.inForceOn(date))
            return set;
    }
    return Error{tr("No credit repair rule set is in force on %1; the administrator must add one.")
                     .arg(date.toString(Qt::ISODate))};
}

std::optional<RepairRuleSet> RepairRuleBook::byCode(const QString &code) const
{
    for (const RepairRuleSet &set : m_ruleSets) {
        if (set.code == code)
            return set;
    }
    return std::nullopt;
}

} // namespace creditdesk
