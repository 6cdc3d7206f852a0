#pragma once

#include "domain/Actor.h"
#include "workflow/NoticeService.h"

#include <QAbstractTableModel>

namespace creditdesk {

/// The notice register as a table: the notices a search found, newest first; sorting and
/// filtering are left to a proxy model.
class NoticeRegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SerialColumn,
        VersionColumn,
        TypeColumn,
        RecipientColumn,
        IssuedOnColumn,
        IssuedByColumn,
        LanguageColumn,
        VerificationColumn,
        ColumnCount
    };
    enum Role { NoticeIdRole = Qt::UserRole + 1, SortRole };

    NoticeRegisterModel(NoticeService &service, Actor actor, QObject *parent = nullptr);

    void search(const NoticeSearch &search);
    void reload() { search(m_search); }
    QString error() const { return m_error; }
    const Notice *noticeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void reloaded(int rows);

private:
    NoticeService &m_service;
    Actor m_actor;
    NoticeSearch m_search;
    QList<Notice> m_notices;
    QString m_error;
};

} // namespace creditdesk
