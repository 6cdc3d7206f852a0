#pragma once

#include <QDialog>

class QTextBrowser;

namespace creditdesk {

/// About CreditDesk: the version, the Qt it runs on, and the licences of the components and
/// reference data it bundles or depends on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QTextBrowser *licences() const { return m_licences; }

private:
    QTextBrowser *m_licences;
};

} // namespace creditdesk
