#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace creditdesk {

/// The tiers of administrative breach information (轻微 / 一般 / 严重失信). Stored as these numbers.
enum class BreachTier { Minor = 1, General = 2, Serious = 3 };

QString breachTierText(BreachTier tier);
/// Stored name: minor, general, serious.
QString breachTierName(BreachTier tier);
std::optional<BreachTier> breachTierFromName(const QString &name);

/// One version of the credit repair rules (信用修复管理办法) with the publication periods of
/// each tier: the minimum after which repair may be applied for, and the maximum at which
/// publication stops by itself. Periods run from the decision date.
struct RepairRuleSet
{
    struct Period
    {
        int minimumMonths = 0;
        int maximumMonths = 0;
    };

    QString code; ///< e.g. ndrc-order-36
    QString title;
    QString document; ///< e.g. 国家发展改革委令第36号
    QDate effectiveFrom;
    QDate effectiveTo; ///< null: still in force
    std::array<Period, 3> periods{};
    int processingWorkingDays = 10;
    int version = 1;
    QString source;

    const Period &period(BreachTier tier) const { return periods.at(static_cast<std::size_t>(tier) - 1); }
    bool inForceOn(const QDate &date) const;
    /// The first day a repair may be granted: the decision date plus the tier's minimum.
    QDate earliestRepairDate(BreachTier tier, const QDate &decisionDate) const;
    /// The day publication stops by itself: the decision date plus the tier's maximum.
    QDate automaticStopDate(BreachTier tier, const QDate &decisionDate) const;
};

/// The rule sets in the order of their dates; picks the one in force on a date. Each set must
/// give all three tiers and the sets must not overlap, so that every date has at most one.
class RepairRuleBook
{
public:
    /// Reads the CSV of resources/reference/repair-rule-sets.csv; errors name the line and field.
    static Result<RepairRuleBook> fromCsv(const QByteArray &csv, const QString &fileName);
    static Result<RepairRuleBook> fromRuleSets(QList<RepairRuleSet> ruleSets);
    /// The bundled rule sets (NDRC Order No. 58 until 2026-03-31, Order No. 36 from 2026-04-01).
    static Result<RepairRuleBook> bundled();

    const QList<RepairRuleSet> &ruleSets() const { return m_ruleSets; }
    /// The rule set in force on \a date; an error when no set covers it.
    Result<RepairRuleSet> inForceOn(const QDate &date) const;
    std::optional<RepairRuleSet> byCode(const QString &code) const;

private:
    QList<RepairRuleSet> m_ruleSets;
};

} // namespace creditdesk
