#pragma once

#include <QDate>
#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QPlainTextEdit;

namespace creditdesk {

/// Asks for the reason of a screening decision and, for "not the same person", whether to
/// whitelist the applicant against the listing and until when (at most a year).
class ScreeningDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    ScreeningDecisionDialog(const QString &title, const QString &question, bool offerWhitelist, const QDate &today,
                            QWidget *parent = nullptr);

    QString reason() const;
    std::optional<QDate> whitelistUntil() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QCheckBox *whitelistBox() const { return m_whitelist; }

private:
    QPlainTextEdit *m_reason;
    QCheckBox *m_whitelist = nullptr;
    QDateEdit *m_until = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace creditdesk
