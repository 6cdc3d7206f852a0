#pragma once

#include "domain/Actor.h"
#include "notices/Notice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace creditdesk {

class NoticeService;

/// For the administrator: the issuing office (its abbreviation in serial numbers and the name
/// that signs notices) and the wording of each notice type in each language. Saving wording
/// adds a version; earlier versions stay listed and can be taken up again; notices keep the
/// version they were issued with.
class NoticeTemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    NoticeTemplatesDialog(NoticeService &service, const Actor &actor, QWidget *parent = nullptr);

    /// Saves the office and the wording as edited, with \a reason; for tests. Errors in the
    /// status line and returned.
    QString saveOffice(const QString &reason);
    QString saveWording(const QString &reason);
    QLineEdit *abbreviationEdit() const { return m_abbreviation; }
    QLineEdit *officeNameEdit() const { return m_officeName; }
    QComboBox *typeChoice() const { return m_type; }
    QComboBox *languageChoice() const { return m_language; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QListWidget *versionList() const { return m_versions; }

private:
    void loadVersions();
    void showVersion(int row);
    QString askReason(const QString &title);

    NoticeService &m_service;
    Actor m_actor;
    QLineEdit *m_abbreviation;
    QLineEdit *m_officeName;
    QComboBox *m_type;
    QComboBox *m_language;
    QListWidget *m_versions;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QLabel *m_placeholders;
    QLabel *m_status;
    QList<NoticeTemplate> m_loaded;
};

} // namespace creditdesk
