#include "ExchangeRecord.h"

#include "domain/CaseNumber.h"
#include "domain/CreditCode.h"
#include "domain/IdNumber.h"
#include "domain/IsoDate.h"
#include "domain/ListingExit.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk", source);
}

/// Reads fields of one record, noting each fault with the record's line.
class FieldReader
{
public:
    FieldReader(const PackageRecord &record, QList<PackageProblem> &problems, const QDate &today)
        : m_record(record), m_problems(problems), m_before(problems.size()), m_today(today)
    {}

    static QString tr(const char *source) { return QCoreApplication::translate("creditdesk::FieldReader", source); }
    bool ok() const { return m_problems.size() == m_before; }
    qsizetype faults() const { return m_problems.size() - m_before; }
    void fail(const QString &field, const QString &reason) { m_problems.append({m_record.line, field, reason}); }

    QString text(const char *name, bool required, int longest = 200)
    {
        const QString field = QString::fromLatin1(name);
        const QJsonValue value = m_record.fields.value(field);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(field, tr("missing"));
            return {};
        }
        if (!value.isString()) {
            fail(field, tr("text is needed"));
            return {};
        }
        const QString result = value.toString().trimmed();
        if (required && result.isEmpty())
            fail(field, tr("empty"));
        else if (result.size() > longest)
            fail(field, tr("longer than %1 characters").arg(longest));
        return result;
    }

    int number(const char *name, bool required, int lowest, int highest)
    {
        const QString field = QString::fromLatin1(name);
        const QJsonValue value = m_record.fields.value(field);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(field, tr("missing"));
            return lowest;
        }
        const double number = value.toDouble(lowest - 1.0);
        // The range first: casting a value outside int's range is undefined.
        if (!value.isDouble() || number < lowest || number > highest
            || number != static_cast<double>(static_cast<int>(number))) {
            fail(field, tr("a whole number from %1 to %2 is needed").arg(lowest).arg(highest));
            return lowest;
        }
        return static_cast<int>(number);
    }

    /// A date as YYYY-MM-DD from \a earliestYear (the court's dates start in 1990) to today: a
    /// decision, a change, a birth are not dated in the future.
    QDate date(const char *name, bool required, int earliestYear = 1990)
    {
        const QString value = text(name, required, 10);
        if (value.isEmpty())
            return {};
        const QDate parsed = isoDate(value);
        if (!parsed.isValid())
            fail(QString::fromLatin1(name), tr("a date as YYYY-MM-DD is needed, not \"%1\"").arg(value));
        else if (parsed.year() < earliestYear || parsed.year() > 2100)
            fail(QString::fromLatin1(name),
                 tr("a year from %1 to 2100 is needed, not %2").arg(earliestYear).arg(parsed.year()));
        else if (m_today.isValid() && parsed > m_today)
            fail(QString::fromLatin1(name),
                 tr("%1 is in the future: today is %2").arg(value, m_today.toString(Qt::ISODate)));
        return parsed;
    }

private:
    const PackageRecord &m_record;
    QList<PackageProblem> &m_problems;
    qsizetype m_before;
    QDate m_today;
};

int publicationStateOf(const QString &name)
{
    static const QStringList names = {QStringLiteral("published"), QStringLiteral("masked"), QStringLiteral("revoked"),
                                      QStringLiteral("deleted")};
    return static_cast<int>(names.indexOf(name)) + 1;
}

/// A record with faults, by its key when it has one.
std::optional<ExchangeRecord> faulty(bool listing, const QString &key)
{
    if (key.isEmpty())
        return std::nullopt;
    return FaultyRecordIn{listing, key};
}

} // namespace

std::optional<ExchangeRecord> parseExchangeRecord(const PackageRecord &record, QList<PackageProblem> &problems,
                                                  const QDate &today)
{
    FieldReader read(record, problems, today);
    const QString type = read.text("type", true, 40);
    if (type == QLatin1String("department")) {
        DepartmentRecord department{read.text("name", true), read.text("region", false, 6)};
        return read.ok() ? std::optional<ExchangeRecord>(department) : std::nullopt;
    }
    if (type == QLatin1String("subject")) {
        SubjectRecordIn subject;
        subject.key = read.text("key", true, 64);
        const QString kind = read.text("kind", true, 20);
        if (kind == QLatin1String("organisation"))
            subject.kind = SubjectKind::Organisation;
        else if (kind != QLatin1String("person") && !kind.isEmpty())
            read.fail(QStringLiteral("kind"), tr("\"person\" or \"organisation\", not \"%1\"").arg(kind));
        subject.name = read.text("name", true);
        subject.legalRepresentative = read.text("legal_representative", false);
        subject.regionCode = read.text("region", false, 6);
        subject.sex = read.text("sex", false, 1);
        if (!subject.sex.isEmpty() && subject.sex != QLatin1String("M") && subject.sex != QLatin1String("F"))
            read.fail(QStringLiteral("sex"), tr("\"M\" or \"F\""));
        subject.birthDate = read.date("birth_date", false, 1900);
        if (subject.kind == SubjectKind::Person) {
            const QString id = read.text("id_number", true, 40);
            if (!id.isEmpty()) {
                const IdNumber::Validation check = IdNumber::validate(id);
                if (!check.valid)
                    read.fail(QStringLiteral("id_number"), check.reason);
                subject.residentId = check.normalised;
                subject.bornOn = check.birthDate;
                // SPC rules Art. 6 publishes a person's sex and age: when the package leaves them
                // out, they are the ones the ID number carries (GB 11643).
                if (check.valid && subject.sex.isEmpty() && check.sex != Sex::Unknown)
                    subject.sex = check.sex == Sex::Male ? QStringLiteral("M") : QStringLiteral("F");
                if (check.valid && !subject.birthDate.isValid())
                    subject.birthDate = check.birthDate;
            }
        } else {
            const QString code = read.text("credit_code", true, 40);
            if (!code.isEmpty()) {
                const CreditCode::Validation check = CreditCode::validate(code);
                if (!check.valid)
                    read.fail(QStringLiteral("credit_code"), check.reason);
                subject.creditCode = check.normalised;
            }
        }
        if (subject.kind == SubjectKind::Person && !subject.bornOn.isValid())
            subject.bornOn = subject.birthDate;
        return read.ok() ? std::optional<ExchangeRecord>(subject) : faulty(false, subject.key);
    }
    if (type == QLatin1String("listing")) {
        ListingRecordIn listing;
        listing.key = read.text("key", true, 64);
        listing.subjectKey = read.text("subject", true, 64);
        listing.courtCode = read.text("court", true, 20);
        // Both bracket forms occur; the cache keeps one, so a listing is not recorded twice.
        listing.caseNumber = CaseNumber::normalise(read.text("case_number", true, 80));
        listing.basisDocument = read.text("basis_document", false);
        const qsizetype faultsBeforeGround = read.faults();
        listing.ground = read.number("ground", true, 1, 6);
        const bool groundKnown = read.faults() == faultsBeforeGround;
        const qsizetype faultsBeforeDates = read.faults();
        listing.filingDate = read.date("filing_date", false);
        listing.decisionDate = read.date("decision_date", true);
        // The enforcement case is filed before the debtor is listed in it (a date already at
        // fault is not compared).
        if (read.faults() == faultsBeforeDates && listing.filingDate.isValid() && listing.decisionDate.isValid()
            && listing.filingDate > listing.decisionDate)
            read.fail(QStringLiteral("filing_date"),
                      tr("after the decision date %1").arg(listing.decisionDate.toString(Qt::ISODate)));
        // SPC rules Art. 2: ground 1 has no fixed period; grounds 2 to 6 two years, which the
        // decision may extend by one to three years.
        if (!groundKnown) {
            // Which period is right depends on the ground.
        } else if (listing.ground == 1) {
            const QJsonValue period = record.fields.value(QStringLiteral("period_months"));
            if (!period.isUndefined() && !period.isNull() && !(period.isDouble() && period.toDouble() == 0.0))
                read.fail(QStringLiteral("period_months"), tr("ground 1 has no fixed period (SPC rules Art. 2)"));
        } else {
            listing.periodMonths = read.number("period_months", true, 24, 60);
        }
        listing.creditor = read.text("creditor", false);
        return read.ok() ? std::optional<ExchangeRecord>(listing) : faulty(true, listing.key);
    }
    if (type == QLatin1String("listing_state")) {
        ListingStateRecord change;
        change.listingKey = read.text("listing", true, 64);
        const QString state = read.text("state", true, 20);
        change.state = publicationStateOf(state);
        if (!state.isEmpty() && change.state == 0)
            read.fail(QStringLiteral("state"),
                      tr("\"published\", \"masked\", \"revoked\" or \"deleted\", not \"%1\"").arg(state));
        change.on = read.date("on", true);
        const QString event = read.text("deletion_event", false, 40);
        if (!event.isEmpty()) {
            const auto deletion = deletionEventFromName(event);
            if (!deletion || change.state != 4)
                read.fail(QStringLiteral("deletion_event"),
                          deletion ? tr("only a deletion has a deletion event") : tr("unknown: \"%1\"").arg(event));
            else
                change.deletionEvent = static_cast<int>(*deletion);
        }
        // SPC rules Art. 10: the creditor who applied for a deletion may not apply again for six months.
        change.creditor = read.text("creditor", false);
        const bool eventAtFault = !event.isEmpty() && change.deletionEvent == 0;
        if (!change.creditor.isEmpty() && !eventAtFault
            && change.deletionEvent != static_cast<int>(DeletionEvent::CreditorApplied))
            read.fail(QStringLiteral("creditor"), tr("only a deletion on the creditor's application names a creditor"));
        return read.ok() ? std::optional<ExchangeRecord>(change) : std::nullopt;
    }
    if (type == QLatin1String("listing_extension")) {
        ListingExtensionRecord extension;
        extension.listingKey = read.text("listing", true, 64);
        // SPC rules Art. 2: extended by one to three years.
        extension.months = read.number("months", true, 12, 36);
        extension.on = read.date("on", true);
        return read.ok() ? std::optional<ExchangeRecord>(extension) : std::nullopt;
    }
    if (type == QLatin1String("measure_application")) {
        ApplicationRecordIn application;
        application.key = read.text("key", true, 64);
        application.listingKey = read.text("listing", true, 64);
        const QString measure = read.text("measure", true, 80);
        const QStringList parts = measure.split(u'/');
        bool categoryOk = false;
        bool itemOk = false;
        if (parts.size() == 3) {
            application.measureSource = parts.at(0);
            application.measureCategory = parts.at(1).toInt(&categoryOk);
            application.measureItem = parts.at(2).toInt(&itemOk);
        }
        if (!measure.isEmpty() && (!categoryOk || !itemOk))
            read.fail(QStringLiteral("measure"), tr("SOURCE/CATEGORY/ITEM is needed, e.g. anhui-2017/7/1"));
        application.department = read.text("department", true);
        application.startedOn = read.date("started_on", true);
        return read.ok() ? std::optional<ExchangeRecord>(application) : std::nullopt;
    }
    if (!type.isEmpty())
        read.fail(QStringLiteral("type"), tr("unknown record type \"%1\"").arg(type));
    return std::nullopt;
}

} // namespace creditdesk
