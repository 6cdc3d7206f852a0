#include "NoticeTemplatesDialog.h"

#include "workflow/NoticeService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace creditdesk {

NoticeTemplatesDialog::NoticeTemplatesDialog(NoticeService &service, const Actor &actor, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_actor(actor),
      m_abbreviation(new QLineEdit(service.officeAbbreviation(), this)),
      m_officeName(new QLineEdit(service.officeName(), this)),
      m_type(new QComboBox(this)),
      m_language(new QComboBox(this)),
      m_versions(new QListWidget(this)),
      m_title(new QLineEdit(this)),
      m_body(new QPlainTextEdit(this)),
      m_placeholders(new QLabel(this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Notice templates and issuing office"));
    m_abbreviation->setMaxLength(12);
    m_abbreviation->setToolTip(tr("Goes before the year in serial numbers: 某信 gives 某信〔2026〕12号"));
    auto *saveOfficeButton = new QPushButton(tr("Save &office…"), this);
    auto *office = new QGroupBox(tr("Issuing office"), this);
    auto *officeForm = new QFormLayout(office);
    officeForm->addRow(tr("&Abbreviation in serial numbers:"), m_abbreviation);
    officeForm->addRow(tr("&Name that signs notices:"), m_officeName);
    officeForm->addRow(QString(), saveOfficeButton);

    for (const NoticeType type : noticeTypes())
        m_type->addItem(noticeTypeText(type), static_cast<int>(type));
    m_language->addItem(tr("Chinese"), QStringLiteral("zh_CN"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_placeholders->setWordWrap(true);
    m_placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *saveWordingButton = new QPushButton(tr("Save as a new &version…"), this);
    auto *wording = new QGroupBox(tr("Wording"), this);
    auto *choice = new QHBoxLayout;
    auto *noticeLabel = new QLabel(tr("&Notice:"), this);
    noticeLabel->setBuddy(m_type);
    choice->addWidget(noticeLabel);
    choice->addWidget(m_type, 1);
    choice->addWidget(m_language);
    auto *editor = new QFormLayout;
    editor->addRow(tr("&Title:"), m_title);
    editor->addRow(tr("&Body:"), m_body);
    editor->addRow(QString(), m_placeholders);
    auto *versionsColumn = new QVBoxLayout;
    versionsColumn->addWidget(new QLabel(tr("Versions:"), this));
    versionsColumn->addWidget(m_versions, 1);
    auto *editing = new QHBoxLayout;
    editing->addLayout(versionsColumn);
    editing->addLayout(editor, 1);
    auto *wordingLayout = new QVBoxLayout(wording);
    wordingLayout->addLayout(choice);
    wordingLayout->addLayout(editing, 1);
    wordingLayout->addWidget(saveWordingButton, 0, Qt::AlignRight);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(office);
    layout->addWidget(wording, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &NoticeTemplatesDialog::loadVersions);
    connect(m_language, &QComboBox::currentIndexChanged, this, &NoticeTemplatesDialog::loadVersions);
    connect(m_versions, &QListWidget::currentRowChanged, this, &NoticeTemplatesDialog::showVersion);
    connect(saveOfficeButton, &QPushButton::clicked, this, [this] {
        const QString reason = askReason(tr("Save the issuing office"));
        if (!reason.isEmpty())
            saveOffice(reason);
    });
    connect(saveWordingButton, &QPushButton::clicked, this, [this] {
        const QString reason = askReason(tr("Save the wording"));
        if (!reason.isEmpty())
            saveWording(reason);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 700);
    loadVersions();
}

QString NoticeTemplatesDialog::askReason(const QString &title)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, title, tr("Why does it change? (kept in the audit journal)"),
                                                 QLineEdit::Normal, QString(), &ok);
    return ok ? reason.trimmed() : QString();
}

void NoticeTemplatesDialog::loadVersions()
{
    const auto type = static_cast<NoticeType>(m_type->currentData().toInt());
    m_placeholders->setText(
        tr("Placeholders this notice fills in: %1")
            .arg(QStringList(noticePlaceholders(type))
                     .replaceInStrings(QRegularExpression(QStringLiteral("^(.*)$")), QStringLiteral("{{\\1}}"))
                     .join(QLatin1String(", "))));
    auto versions = m_service.templateVersions(m_actor, type, m_language->currentData().toString());
    m_versions->clear();
    m_loaded.clear();
    if (!versions) {
        m_status->setText(versions.error());
        return;
    }
    m_loaded = versions.value();
    for (qsizetype index = 0; index < m_loaded.size(); ++index) {
        const int version = m_loaded.at(index).version;
        m_versions->addItem(index == 0 ? tr("Version %1 (in use)").arg(version) : tr("Version %1").arg(version));
    }
    m_versions->setCurrentRow(0);
}

void NoticeTemplatesDialog::showVersion(int row)
{
    if (row < 0 || row >= m_loaded.size())
        return;
    m_title->setText(m_loaded.at(row).title);
    m_body->setPlainText(m_loaded.at(row).body);
}

QString NoticeTemplatesDialog::saveOffice(const QString &reason)
{
    const Status saved = m_service.setOffice(m_actor, m_abbreviation->text(), m_officeName->text(), reason);
    m_status->setText(
        saved ? tr("The issuing office is saved; new serial numbers start with %1.").arg(m_service.officeAbbreviation())
              : saved.error());
    return saved ? QString() : saved.error();
}

QString NoticeTemplatesDialog::saveWording(const QString &reason)
{
    NoticeTemplate wording;
    wording.type = noticeTypeName(static_cast<NoticeType>(m_type->currentData().toInt()));
    wording.language = m_language->currentData().toString();
    wording.title = m_title->text();
    wording.body = m_body->toPlainText();
    auto saved = m_service.saveTemplate(m_actor, wording, reason);
    if (!saved) {
        m_status->setText(saved.error());
        return saved.error();
    }
    loadVersions();
    m_status->setText(tr("Saved as version %1; notices issued from now on use it.").arg(saved.value()));
    return {};
}

} // namespace creditdesk
