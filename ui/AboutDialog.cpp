#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace creditdesk {

namespace {

/// A component, what CreditDesk uses it for, and its licence.
struct Component
{
    const char *name;
    const char *use; ///< translated
    const char *licence;
};

} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_licences(new QTextBrowser(this))
{
    setWindowTitle(tr("About CreditDesk"));
    auto *about = new QLabel(
        tr("<h3>CreditDesk %1</h3><p>Workbench for credit-information officers: the list of "
           "judgment defaulters, joint punishment, objections and credit repair.</p><p>Built "
           "with Qt %2, running on Qt %3.</p>")
            .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        this);
    about->setWordWrap(true);
    about->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    about->setTextInteractionFlags(Qt::TextSelectableByMouse);

    static const Component components[] = {
        {"Qt 6 (Core, Gui, Widgets, Sql, Charts, Print Support)", QT_TR_NOOP("the application framework"),
         "LGPL-3.0-only (Qt Charts: GPL-3.0-only)"},
        {"SQLite", QT_TR_NOOP("the local database"), "Public domain"},
        {"ICU", QT_TR_NOOP("traditional to simplified Chinese, pinyin, GB18030"), "Unicode License v3"},
        {"libsodium", QT_TR_NOOP("password hashing (argon2id)"), "ISC"},
        {"libqrencode", QT_TR_NOOP("QR codes on notices"), "LGPL-2.1-or-later"},
        {"libxlsxwriter", QT_TR_NOOP("Excel exports"), "BSD-2-Clause"},
        {"QuaZip, minizip, zlib", QT_TR_NOOP("reading Excel workbooks"),
         "LGPL-2.1 with static linking exception; zlib"},
        {"Noto CJK fonts", QT_TR_NOOP("Chinese text on screen and in notices"), "SIL Open Font License 1.1"},
        {"DejaVu fonts", QT_TR_NOOP("digits of verification codes"), "Bitstream Vera Fonts License"},
        {"Administrative division codes (yescallop/areacodes)", QT_TR_NOOP("regions (GB/T 2260)"), "CC0 1.0"},
        {"Holiday calendar (NateScarlet/holiday-cn)", QT_TR_NOOP("working days"), "MIT"},
    };
    QString html = QStringLiteral("<table cellspacing=\"4\"><tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                                  "<th align=\"left\">%3</th></tr>")
                       .arg(tr("Component"), tr("Used for"), tr("Licence"));
    for (const Component &component : components)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(QString::fromUtf8(component.name).toHtmlEscaped(), tr(component.use).toHtmlEscaped(),
                         QString::fromUtf8(component.licence).toHtmlEscaped());
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("The laws and rules CreditDesk follows are cited in its documentation; the reference data "
                        "sources are listed in resources/reference/SOURCES.md."));
    m_licences->setHtml(html);
    m_licences->setOpenExternalLinks(false);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(about, tr("About"));
    tabs->addTab(m_licences, tr("Licences"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(720, 460);
}

} // namespace creditdesk
