#include "NoticeBatchDialog.h"

#include "workflow/NoticeService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace creditdesk {

namespace {

constexpr int dueCountLimit = 10000;

} // namespace

NoticeBatchDialog::NoticeBatchDialog(NoticeService &service, const Actor &actor, const QDate &today, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_actor(actor),
      m_today(today),
      m_type(new QComboBox(this)),
      m_language(new QComboBox(this)),
      m_limit(new QSpinBox(this)),
      m_folder(new QLineEdit(this)),
      m_due(new QLabel(this))
{
    setWindowTitle(tr("Issue notices in a batch"));
    for (const NoticeType type : noticeTypes())
        m_type->addItem(noticeTypeText(type), static_cast<int>(type));
    m_language->addItem(tr("Chinese"), QStringLiteral("zh_CN"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_limit->setRange(1, dueCountLimit);
    m_limit->setValue(100);
    m_folder->setText(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(QStringLiteral("notices")));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Notice:"), m_type);
    form->addRow(QString(), m_due);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("At &most:"), m_limit);
    form->addRow(tr("&Folder for the PDFs:"), folderRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &NoticeBatchDialog::updateDue);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the PDFs"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(chosen);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateDue();
}

void NoticeBatchDialog::updateDue()
{
    auto due = m_service.dueCount(m_actor, type(), m_today, dueCountLimit);
    if (!due) {
        m_due->setText(due.error());
        return;
    }
    m_due->setText(due.value() >= dueCountLimit
                       ? tr("More than %1 are due a notice.").arg(QLocale().toString(dueCountLimit))
                       : tr("%n due a notice.", nullptr, due.value()));
}

NoticeType NoticeBatchDialog::type() const
{
    return static_cast<NoticeType>(m_type->currentData().toInt());
}

QString NoticeBatchDialog::language() const
{
    return m_language->currentData().toString();
}

int NoticeBatchDialog::limit() const
{
    return m_limit->value();
}

QString NoticeBatchDialog::folder() const
{
    return m_folder->text().trimmed();
}

} // namespace creditdesk
