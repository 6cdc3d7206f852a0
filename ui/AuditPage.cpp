#include "AuditPage.h"

#include "item/AuditTableModel.h"
#include "workflow/AuditService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace creditdesk {

AuditPage::AuditPage(AuditService &service, const Actor &actor, const QStringList &users, const QStringList &actions,
                     QWidget *parent)
    : QWidget(parent),
      m_service(service),
      m_actor(actor),
      m_model(new AuditTableModel(service, actor, this)),
      m_user(new QComboBox(this)),
      m_action(new QComboBox(this)),
      m_subject(new QLineEdit(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_table(new QTableView(this)),
      m_status(new QLabel(this))
{
    m_user->addItem(tr("All users"), QString());
    for (const QString &user : users)
        m_user->addItem(user, user);
    m_action->addItem(tr("All actions"), QString());
    QStringList groups;
    for (const QString &action : actions) {
        const QString group = action.section(u'.', 0, 0) + u'.';
        if (!groups.contains(group))
            groups.append(group);
    }
    for (const QString &group : std::as_const(groups))
        m_action->addItem(group + u'*', group);
    for (const QString &action : actions)
        m_action->addItem(action, action);
    m_subject->setPlaceholderText(tr("Subject number"));
    m_subject->setValidator(new QIntValidator(1, 2000000000, m_subject));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setDate(QDate::currentDate().addMonths(-1));
    m_to->setDate(QDate::currentDate());

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("Action:"), this));
    filters->addWidget(m_action);
    filters->addWidget(new QLabel(tr("Subject:"), this));
    filters->addWidget(m_subject);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    filters->addStretch();

    auto *verifyButton = new QPushButton(tr("&Verify chain"), this);
    verifyButton->setEnabled(actor.may(Action::VerifyAuditJournal));
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setEnabled(actor.may(Action::ExportAuditJournal));
    filters->addWidget(verifyButton);
    filters->addWidget(exportButton);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_subject, &QLineEdit::editingFinished, this, &AuditPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(verifyButton, &QPushButton::clicked, this, &AuditPage::verify);
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::chooseExportFile);
    connect(m_model, &AuditTableModel::errorChanged, m_status, &QLabel::setText);
    applyFilter();
    m_table->resizeColumnsToContents();
}

void AuditPage::applyFilter()
{
    AuditFilter filter;
    filter.actor = m_user->currentData().toString();
    filter.actionPrefix = m_action->currentData().toString();
    filter.subjectId = m_subject->text().toLongLong();
    filter.from = m_from->date();
    filter.to = m_to->date();
    m_model->setFilter(filter);
    m_status->setText(m_model->error().isEmpty()
                          ? tr("%n entry(ies) shown; more load as you scroll.", nullptr, m_model->rowCount())
                          : m_model->error());
}

void AuditPage::verify()
{
    auto result = m_service.verify(m_actor);
    applyFilter(); // shows the verification's own entry; the message below stays
    if (!result) {
        m_status->setText(result.error());
        return;
    }
    if (result->intact) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("The audit journal is intact: %n entry(ies), every hash checked.", nullptr,
                             static_cast<int>(result->entries)));
    } else {
        m_status->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
        m_status->setText(
            tr("The audit journal is broken at entry %1: %2").arg(result->firstBrokenSequence).arg(result->problem));
    }
}

void AuditPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit journal"),
                                                      QStringLiteral("audit-journal.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditPage::exportTo(const QString &path)
{
    auto written = m_service.exportCsv(m_actor, m_model->filter(), path);
    m_status->setText(written
                          ? tr("%n entry(ies) exported to %1.", nullptr, static_cast<int>(written.value())).arg(path)
                          : written.error());
}

} // namespace creditdesk
