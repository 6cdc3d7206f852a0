#include "RegisterObjectionDialog.h"

#include "domain/ListingCorrection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace creditdesk {

RegisterObjectionDialog::RegisterObjectionDialog(qint64 listingId, const QString &caseNumber, QWidget *parent)
    : QDialog(parent),
      m_listingId(listingId),
      m_applicant(new QLineEdit(this)),
      m_agent(new QCheckBox(tr("The applicant acts as the subject's agent"), this)),
      m_contact(new QLineEdit(this)),
      m_channel(new QComboBox(this)),
      m_received(new QDateEdit(QDate::currentDate(), this)),
      m_route(new QComboBox(this)),
      m_ground(new QComboBox(this)),
      m_grounds(new QPlainTextEdit(this)),
      m_fields(new QListWidget(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Register an objection"));
    m_received->setCalendarPopup(true);
    m_received->setMaximumDate(QDate::currentDate());
    for (int channel = 1; channel <= 5; ++channel)
        m_channel->addItem(objectionChannelText(static_cast<ObjectionChannel>(channel)), channel);
    m_route->addItem(objectionRouteText(ObjectionRoute::CreditPlatform),
                     static_cast<int>(ObjectionRoute::CreditPlatform));
    m_route->addItem(objectionRouteText(ObjectionRoute::CourtList), static_cast<int>(ObjectionRoute::CourtList));
    for (int ground = 1; ground <= 4; ++ground)
        m_ground->addItem(objectionGroundText(static_cast<ObjectionGround>(ground)), ground);
    m_ground->setCurrentIndex(1);
    m_grounds->setPlaceholderText(tr("The grounds in the applicant's words"));
    m_grounds->setMaximumHeight(80);
    for (const QString &field : ListingCorrection::correctableFields()) {
        auto *item = new QListWidgetItem(ListingCorrection::fieldText(field), m_fields);
        item->setData(Qt::UserRole, field);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_fields->setMaximumHeight(120);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Listing:"), new QLabel(caseNumber, this));
    form->addRow(tr("&Applicant:"), m_applicant);
    form->addRow(QString(), m_agent);
    form->addRow(tr("C&ontact:"), m_contact);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Received on:"), m_received);
    form->addRow(tr("Ro&ute:"), m_route);
    form->addRow(tr("&Ground:"), m_ground);
    form->addRow(tr("G&rounds in detail:"), m_grounds);
    form->addRow(tr("Disputed &fields:"), m_fields);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

ObjectionDraft RegisterObjectionDialog::draft() const
{
    ObjectionDraft draft;
    draft.listingId = m_listingId;
    draft.route = static_cast<ObjectionRoute>(m_route->currentData().toInt());
    draft.applicantName = m_applicant->text();
    draft.applicantIsAgent = m_agent->isChecked();
    draft.applicantContact = m_contact->text();
    draft.channel = static_cast<ObjectionChannel>(m_channel->currentData().toInt());
    draft.receivedOn = m_received->date();
    draft.ground = static_cast<ObjectionGround>(m_ground->currentData().toInt());
    draft.groundsText = m_grounds->toPlainText();
    for (int row = 0; row < m_fields->count(); ++row) {
        if (m_fields->item(row)->checkState() == Qt::Checked)
            draft.fields.append(m_fields->item(row)->data(Qt::UserRole).toString());
    }
    return draft;
}

void RegisterObjectionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace creditdesk
