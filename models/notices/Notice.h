#pragma once

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace creditdesk {

/// The kinds of notice (文书). Stored by their names (noticeTypeName), which the CLI takes.
enum class NoticeType {
    Listing,              ///< 纳入名单告知书, delivered with the credit repair information
    ObjectionAccepted,    ///< 异议受理通知书
    ObjectionNotAccepted, ///< 异议不予受理通知书
    ObjectionDecision,    ///< 异议处理决定书
    RepairDecision,       ///< 信用修复决定书
    Deletion,             ///< 删除（解除惩戒）通知, to the implementing departments
    MeasurePush,          ///< 联合惩戒推送通知, to the departments with the measures each applies
};

QString noticeTypeName(NoticeType type); ///< listing, objection-accepted, ...
std::optional<NoticeType> noticeTypeFromName(const QString &name);
QString noticeTypeText(NoticeType type); ///< translated
QList<NoticeType> noticeTypes();
/// The {{placeholders}} a template of \a type may use; an edited template may use no others.
QStringList noticePlaceholders(NoticeType type);

/// What a notice is about: the listing, the objection or repair application it answers (case),
/// the implementing department it goes to. Which fields a type needs: listing — the listing;
/// objection notices — the objection (case) and its listing; repair decision — the repair
/// application (case); deletion and push — the listing and the department.
struct NoticeTarget
{
    qint64 listingId = 0;
    qint64 caseId = 0;
    qint64 departmentId = 0;
};

/// One version of a notice's wording: the title, then the body with {{placeholders}}.
struct NoticeTemplate
{
    QString type;
    QString language; ///< zh_CN or en
    int version = 0;
    QString title;
    QString body;
};

/// An issued notice as the register keeps it: its serial number (文号), the wording it used,
/// its content and the hash and verification code that prove it.
struct Notice
{
    qint64 id = 0;
    QString type;
    QString office; ///< the issuing office's abbreviation in the serial number, e.g. 某信
    QString officeName;
    int year = 0;
    int number = 0;
    int version = 1; ///< a reissue is a new version under the same serial number
    QString serialText;
    QString language;
    int templateVersion = 0;
    qint64 subjectId = 0;
    qint64 listingId = 0;
    qint64 caseId = 0;       ///< the objection or repair application the notice answers
    qint64 departmentId = 0; ///< the implementing department a deletion or push notice goes to
    QString recipient;
    QString title;
    QString content;
    QString contentSha256;
    QString verificationCode;
    QDate issuedOn;
    QString issuedBy;
    QString issuedAt;
};

/// The character(s) after the office's abbreviation that tell the types' number series apart
/// (告 listing notices, 异受 objections accepted, 修决 repair decisions, ...): numbers run per
/// type, so without them two notices of one year would share a serial number.
QString noticeSerialCode(NoticeType type);
/// 某信告〔2026〕12号: the office's abbreviation and the type's code, the year in hexagonal
/// brackets, the number.
QString noticeSerialText(const QString &office, NoticeType type, int year, int number);
/// 二〇二六年十一月二十七日, as GB/T 9704 writes the date of a document.
QString chineseDate(const QDate &date);
/// \a text with each {{name}} replaced by its value; unknown names stay as they are.
QString fillNoticeTemplate(QString text, const QHash<QString, QString> &values);
/// The SHA-256 of what a notice says: serial number, version, recipient, title and content.
QString noticeContentSha256(const Notice &notice);
/// Sixteen characters of the content hash in four groups (XXXX-XXXX-XXXX-XXXX), for typing.
QString noticeVerificationCode(const QString &contentSha256);

} // namespace creditdesk
