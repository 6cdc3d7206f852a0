#pragma once

#include "domain/Listing.h"
#include "domain/Result.h"

#include <QSqlQuery>
#include <QString>

#include <optional>

namespace creditdesk::sql {

/// SQL for "this listing (alias l) is in force on :today": published or masked and, for a
/// fixed period, today not after the period's last day (Civil Code Art. 202: the corresponding
/// day of the final month, or that month's last day when it has none). Keep in step with
/// Listing::isEffective.
QString listingInForceCondition();

/// SQL for the latest deletion of one of a subject's listings on the application of a creditor,
/// on or before a day: mirrored on a desk (listing_exit, refused mirrors left out) or received in
/// a package (listing_event). Run with findLastCreditorDeletion().
QString lastCreditorDeletionQuery();
/// Runs \a query, prepared with lastCreditorDeletionQuery(), for the subject, the creditor's name
/// key and the day: the latest such deletion, if any.
Result<std::optional<QDate>> findLastCreditorDeletion(QSqlQuery &query, qint64 subjectId, const QString &creditorKey,
                                                      const QDate &onOrBefore);

/// The columns of a listing (alias l) that readListing() reads, in its order.
QString listingColumns();
/// The listing in the current row of \a query, selected with listingColumns().
Listing readListing(const QSqlQuery &query);

} // namespace creditdesk::sql
