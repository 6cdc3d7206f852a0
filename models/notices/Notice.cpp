#include "Notice.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace creditdesk {

namespace {

struct TypeName
{
    NoticeType type;
    const char *name;
};

constexpr TypeName typeNames[] = {
    {NoticeType::Listing, "listing"},
    {NoticeType::ObjectionAccepted, "objection-accepted"},
    {NoticeType::ObjectionNotAccepted, "objection-not-accepted"},
    {NoticeType::ObjectionDecision, "objection-decision"},
    {NoticeType::RepairDecision, "repair-decision"},
    {NoticeType::Deletion, "deletion"},
    {NoticeType::MeasurePush, "measure-push"},
};

} // namespace

QString noticeTypeName(NoticeType type)
{
    for (const TypeName &entry : typeNames) {
        if (entry.type == type)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<NoticeType> noticeTypeFromName(const QString &name)
{
    for (const TypeName &entry : typeNames) {
        if (name == QLatin1String(entry.name))
            return entry.type;
    }
    return std::nullopt;
}

QString noticeTypeText(NoticeType type)
{
    switch (type) {
    case NoticeType::Listing:
        return QCoreApplication::translate("Domain", "Notice of listing");
    case NoticeType::ObjectionAccepted:
        return QCoreApplication::translate("Domain", "Objection accepted");
    case NoticeType::ObjectionNotAccepted:
        return QCoreApplication::translate("Domain", "Objection not accepted");
    case NoticeType::ObjectionDecision:
        return QCoreApplication::translate("Domain", "Objection decision");
    case NoticeType::RepairDecision:
        return QCoreApplication::translate("Domain", "Credit repair decision");
    case NoticeType::Deletion:
        return QCoreApplication::translate("Domain", "Deletion and lifting notice");
    case NoticeType::MeasurePush:
        return QCoreApplication::translate("Domain", "Joint-punishment push notice");
    }
    return {};
}

QList<NoticeType> noticeTypes()
{
    QList<NoticeType> types;
    for (const TypeName &entry : typeNames)
        types.append(entry.type);
    return types;
}

QStringList noticePlaceholders(NoticeType type)
{
    const QStringList listing = {
        QStringLiteral("recipient"), QStringLiteral("subject"),      QStringLiteral("identifier"),
        QStringLiteral("court"),     QStringLiteral("caseNumber"),   QStringLiteral("basisDocument"),
        QStringLiteral("ground"),    QStringLiteral("decisionDate"), QStringLiteral("period")};
    const QStringList objection = {QStringLiteral("receivedOn"), QStringLiteral("objectionGround"),
                                   QStringLiteral("acceptedOn"), QStringLiteral("decidedOn"),
                                   QStringLiteral("outcome"),    QStringLiteral("reason")};
    switch (type) {
    case NoticeType::Listing:
        return listing;
    case NoticeType::ObjectionAccepted:
    case NoticeType::ObjectionNotAccepted:
    case NoticeType::ObjectionDecision:
        return listing + objection;
    case NoticeType::RepairDecision:
        return {QStringLiteral("recipient"),  QStringLiteral("subject"),        QStringLiteral("identifier"),
                QStringLiteral("receivedOn"), QStringLiteral("decidedOn"),      QStringLiteral("outcome"),
                QStringLiteral("reason"),     QStringLiteral("consequence"),    QStringLiteral("authority"),
                QStringLiteral("behaviour"),  QStringLiteral("documentNumber"), QStringLiteral("breachDecisionDate")};
    case NoticeType::Deletion:
        return listing + QStringList{QStringLiteral("exit"), QStringLiteral("measures")};
    case NoticeType::MeasurePush:
        return listing + QStringList{QStringLiteral("measures")};
    }
    return {};
}

QString noticeSerialCode(NoticeType type)
{
    switch (type) {
    case NoticeType::Listing:
        return QStringLiteral("告");
    case NoticeType::ObjectionAccepted:
        return QStringLiteral("异受");
    case NoticeType::ObjectionNotAccepted:
        return QStringLiteral("异不");
    case NoticeType::ObjectionDecision:
        return QStringLiteral("异决");
    case NoticeType::RepairDecision:
        return QStringLiteral("修决");
    case NoticeType::Deletion:
        return QStringLiteral("删");
    case NoticeType::MeasurePush:
        return QStringLiteral("推");
    }
    return {};
}

QString noticeSerialText(const QString &office, NoticeType type, int year, int number)
{
    return QStringLiteral("%1%2〔%3〕%4号").arg(office, noticeSerialCode(type)).arg(year).arg(number);
}

QString chineseDate(const QDate &date)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    auto small = [](int value) {
        // 1–31 as written in dates: 十, 十一, 二十, 二十七, 三十一.
        static const QString units = QStringLiteral("〇一二三四五六七八九");
        if (value < 10)
            return QString(units.at(value));
        QString text = value >= 20 ? QString(units.at(value / 10)) : QString();
        text += u'十';
        if (value % 10 != 0)
            text += units.at(value % 10);
        return text;
    };
    QString year;
    for (const QChar digit : QString::number(date.year()))
        year += digits.at(digit.digitValue());
    return year + u'年' + small(date.month()) + u'月' + small(date.day()) + u'日';
}

QString fillNoticeTemplate(QString text, const QHash<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QStringLiteral("{{") + it.key() + QStringLiteral("}}"), it.value());
    return text;
}

QString noticeContentSha256(const Notice &notice)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {notice.serialText, QString::number(notice.version), notice.recipient, notice.title,
                                notice.content, notice.issuedOn.toString(Qt::ISODate)}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString noticeVerificationCode(const QString &contentSha256)
{
    const QString letters = contentSha256.left(16).toUpper();
    return QStringLiteral("%1-%2-%3-%4")
        .arg(letters.mid(0, 4), letters.mid(4, 4), letters.mid(8, 4), letters.mid(12, 4));
}

} // namespace creditdesk
