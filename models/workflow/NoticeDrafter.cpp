#include "NoticeDrafter.h"

#include "PolicyService.h"
#include "store/Database.h"
#include "store/NoticeRepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::NoticeDrafter", source);
}

/// The listing's ground as the notice's sentence needs it (SPC Provisions Art. 1). English
/// notices to the subject say "on the ground that you ..."; notices to departments name it.
QString groundPhrase(int ground, bool chinese, bool toSubject)
{
    static const QStringList zh = {
        QStringLiteral("有履行能力而拒不履行生效法律文书确定义务"),
        QStringLiteral("以伪造证据、暴力、威胁等方法妨碍、抗拒执行"),
        QStringLiteral("以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行"),
        QStringLiteral("违反财产报告制度"),
        QStringLiteral("违反限制消费令"),
        QStringLiteral("无正当理由拒不履行执行和解协议"),
    };
    static const QStringList toYou = {
        QStringLiteral("were able to perform the obligations but refused to"),
        QStringLiteral("obstructed enforcement by forgery, violence or threats"),
        QStringLiteral("evaded enforcement by sham litigation or arbitration or by hiding assets"),
        QStringLiteral("breached the asset-reporting duty"),
        QStringLiteral("breached a consumption-restriction order"),
        QStringLiteral("refused without good reason to perform a settlement agreement"),
    };
    static const QStringList named = {
        QStringLiteral("refusal to perform the obligations despite the ability to"),
        QStringLiteral("obstruction of enforcement by forgery, violence or threats"),
        QStringLiteral("evasion of enforcement by sham litigation or arbitration or by hiding assets"),
        QStringLiteral("breach of the asset-reporting duty"),
        QStringLiteral("breach of a consumption-restriction order"),
        QStringLiteral("refusal without good reason to perform a settlement agreement"),
    };
    return (chinese ? zh : toSubject ? toYou : named).value(ground - 1);
}

/// What the applicant said is wrong (ObjectionGround).
QString objectionGroundPhrase(int ground, bool chinese)
{
    static const QStringList zh = {QStringLiteral("不应被纳入失信被执行人名单"),
                                   QStringLiteral("记载和公布的名单信息不准确"), QStringLiteral("失信信息应予删除"),
                                   QStringLiteral("其他事由")};
    static const QStringList en = {QStringLiteral("the subject should not have been listed"),
                                   QStringLiteral("the listed information is inaccurate"),
                                   QStringLiteral("the listing should have been deleted"),
                                   QStringLiteral("of other reasons")};
    return (chinese ? zh : en).value(ground - 1);
}

/// The objection's outcome (ObjectionOutcome) as the decision states it.
QString objectionOutcomePhrase(int outcome, const QString &courtDecision, bool chinese)
{
    static const QStringList zh = {QStringLiteral("异议成立，相关信息已予更正"),
                                   QStringLiteral("异议不成立，原信息无误，予以维持，并撤销异议标注"),
                                   QStringLiteral("异议事项无法核实，已在相关信息上作出标注说明")};
    static const QStringList en = {
        QStringLiteral("the objection is founded and the information has been corrected"),
        QStringLiteral(
            "the objection is unfounded; the information is correct, stays as it was and is no longer marked"),
        QStringLiteral("the matter could not be established; the information carries a note saying so")};
    QString phrase = (chinese ? zh : en).value(outcome - 1);
    if (!courtDecision.isEmpty())
        phrase += chinese ? QStringLiteral("（人民法院决定：%1）").arg(courtDecision)
                          : QStringLiteral(" (the court's decision: %1)").arg(courtDecision);
    return phrase;
}

/// A reason as officers type it, without the full stop the template adds.
QString withoutFullStop(QString text)
{
    text = text.trimmed();
    while (!text.isEmpty() && (text.endsWith(u'。') || text.endsWith(u'.')))
        text.chop(1);
    return text;
}

} // namespace

NoticeDrafter::NoticeDrafter(Database &database) : m_database(database) {}

QHash<QString, QString> NoticeDrafter::valuesFor(NoticeType type, const NoticeFacts &facts, bool chinese) const
{
    const ListingNoticeFacts &listing = facts.listing;
    const QLocale english(QLocale::English);
    auto date = [&](const QDate &day) {
        if (!day.isValid())
            return chinese ? QStringLiteral("（未记载）") : QStringLiteral("(not recorded)");
        return chinese ? chineseDate(day) : english.toString(day, QStringLiteral("d MMMM yyyy"));
    };
    const MaskingPolicy masking = PolicyService(m_database).load().masking;
    const QString identifier = !listing.residentId.isEmpty()
                                   ? masking.apply(IdentifierType::ResidentId, listing.residentId)
                                   : masking.apply(IdentifierType::CreditCode, listing.creditCode);
    QString period;
    if (listing.periodMonths > 0)
        period = chinese ? QStringLiteral("名单公布期限为%1个月。").arg(listing.periodMonths)
                         : QStringLiteral("The listing is published for %1 months.").arg(listing.periodMonths);
    const QString onFile = chinese ? QStringLiteral("见案卷") : QStringLiteral("see the file");
    const QString reason = withoutFullStop(facts.decisionReason);
    QHash<QString, QString> values = {
        {QStringLiteral("recipient"), listing.name},
        {QStringLiteral("subject"), listing.name},
        {QStringLiteral("identifier"), identifier},
        {QStringLiteral("court"), listing.courtName},
        {QStringLiteral("caseNumber"), listing.caseNumber},
        {QStringLiteral("basisDocument"), listing.basisDocument.isEmpty() ? onFile : listing.basisDocument},
        {QStringLiteral("ground"), groundPhrase(listing.ground, chinese, type == NoticeType::Listing)},
        {QStringLiteral("decisionDate"), date(listing.decisionDate)},
        {QStringLiteral("period"), period},
        {QStringLiteral("receivedOn"), date(facts.receivedOn)},
        {QStringLiteral("acceptedOn"), date(facts.acceptedOn)},
        {QStringLiteral("decidedOn"), date(facts.decidedOn)},
        {QStringLiteral("reason"), reason.isEmpty() ? onFile : reason},
    };
    switch (type) {
    case NoticeType::Listing:
        break;
    case NoticeType::ObjectionAccepted:
    case NoticeType::ObjectionNotAccepted:
    case NoticeType::ObjectionDecision:
        // To the agent who raised it, or to the listed subject who raised it themself.
        values.insert(QStringLiteral("recipient"), facts.applicantIsAgent ? facts.applicantName : listing.name);
        values.insert(QStringLiteral("objectionGround"), objectionGroundPhrase(facts.objectionGround, chinese));
        values.insert(QStringLiteral("outcome"),
                      objectionOutcomePhrase(facts.objectionOutcome, facts.courtDecision, chinese));
        break;
    case NoticeType::RepairDecision: {
        // Addressed to the credit subject whose information is repaired, whoever filed for it.
        const bool repaired = facts.repairState == 4;
        values.insert(QStringLiteral("authority"), facts.breachAuthority);
        values.insert(QStringLiteral("documentNumber"), facts.breachDocument);
        values.insert(QStringLiteral("behaviour"), withoutFullStop(facts.breachBehaviour));
        values.insert(QStringLiteral("breachDecisionDate"), date(facts.breachDecisionDate));
        values.insert(QStringLiteral("outcome"),
                      chinese ? (repaired ? QStringLiteral("准予信用修复") : QStringLiteral("不予信用修复"))
                      : repaired ? QStringLiteral("credit repair is granted")
                                 : QStringLiteral("credit repair is refused"));
        values.insert(
            QStringLiteral("consequence"),
            chinese    ? (repaired ? QStringLiteral("本机关将停止公示该失信行为信息，停止共享和使用，解除相应惩戒措施，"
                                                       "并告知相关信用信息共享平台和部门。")
                                   : QStringLiteral("你（单位）可以在符合修复条件后重新提出申请。"))
            : repaired ? QStringLiteral("This office stops publishing the breach information, stops its sharing and "
                                        "use, lifts the measures applied because of it, and tells the sharing "
                                        "platforms and departments.")
                       : QStringLiteral("You may apply again once the conditions for repair are met."));
        break;
    }
    case NoticeType::Deletion:
    case NoticeType::MeasurePush: {
        values.insert(QStringLiteral("recipient"), facts.departmentName);
        QStringList lines;
        for (qsizetype index = 0; index < facts.measures.size(); ++index) {
            const NoticeMeasure &measure = facts.measures.at(index);
            lines.append(chinese
                             ? QStringLiteral("　　%1. %2（%3）").arg(index + 1).arg(measure.title, measure.category)
                             : QStringLiteral("%1. %2 (%3)").arg(index + 1).arg(measure.title, measure.category));
        }
        values.insert(QStringLiteral("measures"), lines.join(u'\n'));
        const QString document =
            facts.exitDocument.isEmpty()
                ? QString()
                : (chinese ? QStringLiteral("（%1）") : QStringLiteral(" (%1)")).arg(facts.exitDocument);
        QString exit;
        if (facts.exitKind == 1)
            exit = chinese ? QStringLiteral("%1已于%2撤销该失信信息%3。")
                                 .arg(listing.courtName, date(facts.exitDate), document)
                           : QStringLiteral("%1 revoked the listing on %2%3.")
                                 .arg(listing.courtName, date(facts.exitDate), document);
        else if (facts.deletionEvent == 8)
            exit = chinese ? QStringLiteral("该名单的公布期限已于%1届满，失信信息已删除。").arg(date(facts.exitDate))
                           : QStringLiteral("The listing's period ended on %1 and the listing is deleted.")
                                 .arg(date(facts.exitDate));
        else if (facts.exitKind == 2)
            exit = chinese ? QStringLiteral("%1已于%2删除该失信信息%3。")
                                 .arg(listing.courtName, date(facts.exitDate), document)
                           : QStringLiteral("%1 deleted the listing on %2%3.")
                                 .arg(listing.courtName, date(facts.exitDate), document);
        values.insert(QStringLiteral("exit"), exit);
        break;
    }
    }
    return values;
}

Result<Notice> NoticeDrafter::draft(NoticeType type, const NoticeTarget &target, const QString &language,
                                    const QDate &today) const
{
    NoticeRepository repository(m_database.connection());
    const QString typeName = noticeTypeName(type);
    const auto wording = repository.latestTemplate(typeName, language);
    if (!wording)
        return Error{tr("There is no %1 template in %2.").arg(typeName, language)};
    Result<NoticeFacts> facts = NoticeFacts{};
    switch (type) {
    case NoticeType::Listing: {
        auto listing = repository.listingFacts(target.listingId);
        if (!listing)
            return Error{listing.error()};
        facts->listing = listing.value();
        break;
    }
    case NoticeType::ObjectionAccepted:
    case NoticeType::ObjectionNotAccepted:
    case NoticeType::ObjectionDecision:
        facts = repository.objectionFacts(target.caseId);
        break;
    case NoticeType::RepairDecision:
        facts = repository.repairFacts(target.caseId);
        break;
    case NoticeType::Deletion:
    case NoticeType::MeasurePush:
        facts = repository.departmentFacts(target.listingId, target.departmentId, type == NoticeType::MeasurePush);
        break;
    }
    if (!facts)
        return Error{facts.error()};
    // A notice about something that has not happened would be false: refuse it.
    const bool due = [&] {
        switch (type) {
        case NoticeType::Listing:
            return true;
        case NoticeType::ObjectionAccepted:
            return facts->acceptedOn.isValid();
        case NoticeType::ObjectionNotAccepted:
            return facts->decidedOn.isValid() && facts->objectionOutcome == 0 && !facts->acceptedOn.isValid();
        case NoticeType::ObjectionDecision:
            return facts->objectionOutcome > 0;
        case NoticeType::RepairDecision:
            return facts->repairState == 4 || facts->repairState == 5;
        case NoticeType::Deletion:
            return facts->exitKind > 0 && !facts->measures.isEmpty();
        case NoticeType::MeasurePush:
            return !facts->measures.isEmpty();
        }
        return false;
    }();
    if (!due)
        return Error{tr("There is nothing to notify yet: the %1 notice is for a step that has not been recorded.")
                         .arg(noticeTypeText(type))};
    const bool chinese = language.startsWith(QLatin1String("zh"));
    const QHash<QString, QString> values = valuesFor(type, facts.value(), chinese);
    Notice notice;
    notice.type = typeName;
    notice.year = today.year();
    notice.language = language;
    notice.templateVersion = wording->version;
    notice.subjectId = facts->listing.subjectId;
    notice.listingId = facts->listing.listingId;
    notice.caseId = target.caseId;
    notice.departmentId = target.departmentId;
    notice.recipient = values.value(QStringLiteral("recipient"));
    notice.title = wording->title;
    notice.content = fillNoticeTemplate(wording->body, values);
    notice.issuedOn = today;
    return notice;
}

} // namespace creditdesk
