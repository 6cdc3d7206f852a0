#include "NoticeRegisterModel.h"

#include <QLocale>

namespace creditdesk {

NoticeRegisterModel::NoticeRegisterModel(NoticeService &service, Actor actor, QObject *parent)
    : QAbstractTableModel(parent), m_service(service), m_actor(std::move(actor))
{}

void NoticeRegisterModel::search(const NoticeSearch &search)
{
    m_search = search;
    auto notices = m_service.search(m_actor, search);
    beginResetModel();
    if (notices) {
        m_notices = notices.value();
        m_error.clear();
    } else {
        m_notices.clear();
        m_error = notices.error();
    }
    endResetModel();
    Q_EMIT reloaded(static_cast<int>(m_notices.size()));
}

const Notice *NoticeRegisterModel::noticeAt(int row) const
{
    return row >= 0 && row < m_notices.size() ? &m_notices.at(row) : nullptr;
}

int NoticeRegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_notices.size());
}

int NoticeRegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoticeRegisterModel::data(const QModelIndex &index, int role) const
{
    const Notice *notice = noticeAt(index.row());
    if (!notice)
        return {};
    if (role == NoticeIdRole)
        return notice->id;
    if (role == SortRole) {
        switch (index.column()) {
        case SerialColumn:
            // By year, then number: 某信告〔2026〕10号 after 某信告〔2026〕9号.
            return QStringLiteral("%1|%2|%3|%4")
                .arg(notice->office)
                .arg(notice->year, 4, 10, QLatin1Char('0'))
                .arg(notice->type)
                .arg(notice->number, 9, 10, QLatin1Char('0'));
        case VersionColumn:
            return notice->version;
        case IssuedOnColumn:
            return notice->issuedAt;
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SerialColumn:
        return notice->serialText;
    case VersionColumn:
        return notice->version;
    case TypeColumn: {
        const auto type = noticeTypeFromName(notice->type);
        return type ? noticeTypeText(*type) : notice->type;
    }
    case RecipientColumn:
        return notice->recipient;
    case IssuedOnColumn:
        return QLocale().toString(notice->issuedOn, QLocale::ShortFormat);
    case IssuedByColumn:
        return notice->issuedBy;
    case LanguageColumn:
        return notice->language.startsWith(QLatin1String("zh")) ? tr("Chinese") : tr("English");
    case VerificationColumn:
        return notice->verificationCode;
    default:
        return {};
    }
}

QVariant NoticeRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SerialColumn:
        return tr("Serial number");
    case VersionColumn:
        return tr("Version");
    case TypeColumn:
        return tr("Notice");
    case RecipientColumn:
        return tr("Recipient");
    case IssuedOnColumn:
        return tr("Issued on");
    case IssuedByColumn:
        return tr("Issued by");
    case LanguageColumn:
        return tr("Language");
    case VerificationColumn:
        return tr("Verification code");
    default:
        return {};
    }
}

} // namespace creditdesk
