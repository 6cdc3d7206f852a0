#include "ListingSql.h"

namespace creditdesk::sql {

QString listingInForceCondition()
{
    return QStringLiteral(
        "(l.state IN (1, 2) AND (l.period_months = 0 OR :today <= min("
        "date(l.decision_date, 'start of month', '+' || (l.period_months + l.extension_months) || ' months', "
        "'+' || (CAST(substr(l.decision_date, 9, 2) AS INTEGER) - 1) || ' days'), "
        "date(l.decision_date, 'start of month', '+' || (l.period_months + l.extension_months + 1) || ' months', "
        "'-1 day'))))");
}

} // namespace creditdesk::sql
