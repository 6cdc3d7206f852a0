#include "AdministrationPage.h"

#include "workflow/ListingCorrectionService.h"
#include "workflow/PolicyService.h"
#include "workflow/UserService.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace creditdesk {

namespace {

QSpinBox *spinBox(int minimum, int maximum, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setMaximumWidth(100);
    return box;
}

/// Asks for roles with one check box per role.
bool askRoles(QWidget *parent, const QString &title, Roles &roles)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    QList<std::pair<Role, QCheckBox *>> boxes;
    for (const Role role : PermissionMatrix::allRoles()) {
        auto *box = new QCheckBox(roleText(role), &dialog);
        box->setChecked(roles.testFlag(role));
        layout->addWidget(box);
        boxes.append({role, box});
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    roles = {};
    for (const auto &[role, box] : boxes) {
        if (box->isChecked())
            roles |= role;
    }
    return true;
}

} // namespace

AdministrationPage::AdministrationPage(UserService &users, PolicyService &policies, const Actor &actor, QWidget *parent)
    : QWidget(parent),
      m_userService(users),
      m_policyService(policies),
      m_actor(actor),
      m_userTable(new QTableWidget(this)),
      m_keepStart(spinBox(0, 17, this)),
      m_keepEnd(spinBox(0, 17, this)),
      m_lockoutAttempts(spinBox(1, 20, this)),
      m_lockoutMinutes(spinBox(1, 1440, this)),
      m_idleMinutes(spinBox(1, 240, this)),
      m_revealMinutes(spinBox(1, 60, this)),
      m_fourEyes(new QCheckBox(tr("A reviewer may not decide a listing correction they registered"), this)),
      m_status(new QLabel(this))
{
    m_userTable->setColumnCount(4);
    m_userTable->setHorizontalHeaderLabels({tr("User name"), tr("Full name"), tr("Roles"), tr("State")});
    m_userTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_userTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_userTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_userTable->verticalHeader()->hide();
    m_userTable->horizontalHeader()->setStretchLastSection(true);
    m_userTable->setSortingEnabled(true);

    auto *addButton = new QPushButton(tr("&Add user…"), this);
    auto *rolesButton = new QPushButton(tr("Change &roles…"), this);
    auto *resetButton = new QPushButton(tr("&Reset password…"), this);
    auto *userButtons = new QHBoxLayout;
    userButtons->addWidget(addButton);
    userButtons->addWidget(rolesButton);
    userButtons->addWidget(resetButton);
    userButtons->addStretch();
    auto *usersBox = new QGroupBox(tr("Users and roles"), this);
    auto *usersLayout = new QVBoxLayout(usersBox);
    usersLayout->addWidget(m_userTable);
    usersLayout->addLayout(userButtons);

    auto *policyBox = new QGroupBox(tr("Security policy"), this);
    auto *form = new QFormLayout(policyBox);
    auto *maskRow = new QHBoxLayout;
    maskRow->addWidget(new QLabel(tr("keep the first"), this));
    maskRow->addWidget(m_keepStart);
    maskRow->addWidget(new QLabel(tr("and the last"), this));
    maskRow->addWidget(m_keepEnd);
    maskRow->addWidget(new QLabel(tr("characters"), this));
    maskRow->addStretch();
    form->addRow(tr("Resident ID numbers on screen, in exports and output:"), maskRow);
    form->addRow(tr("Failed sign-ins before an account locks:"), m_lockoutAttempts);
    form->addRow(tr("Minutes an account stays locked:"), m_lockoutMinutes);
    form->addRow(tr("Minutes without input before the window locks:"), m_idleMinutes);
    form->addRow(tr("Minutes a revealed identifier stays visible:"), m_revealMinutes);
    form->addRow(tr("Four eyes:"), m_fourEyes);
    auto *saveButton = new QPushButton(tr("&Save policy…"), this);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(saveButton);
    saveRow->addStretch();
    form->addRow(QString(), saveRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(usersBox, 1);
    layout->addWidget(policyBox);
    layout->addWidget(m_status);

    connect(addButton, &QPushButton::clicked, this, &AdministrationPage::addUser);
    connect(rolesButton, &QPushButton::clicked, this, &AdministrationPage::changeRoles);
    connect(resetButton, &QPushButton::clicked, this, &AdministrationPage::resetPassword);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        const QString reason = askReason(tr("Save policy"));
        if (!reason.isEmpty())
            savePolicy(reason);
    });
    refreshUsers();
    loadPolicy();
}

void AdministrationPage::refreshUsers()
{
    auto accounts = m_userService.list(m_actor);
    m_userTable->setSortingEnabled(false);
    m_userTable->setRowCount(0);
    if (!accounts) {
        m_status->setText(accounts.error());
        return;
    }
    for (const UserAccount &account : accounts.value()) {
        const int row = m_userTable->rowCount();
        m_userTable->insertRow(row);
        QString state;
        if (account.lockedUntil.isValid() && account.lockedUntil > QDateTime::currentDateTimeUtc())
            state =
                tr("locked until %1").arg(QLocale().toString(account.lockedUntil.toLocalTime(), QLocale::ShortFormat));
        else if (account.mustChangePassword)
            state = tr("must change the password");
        const QStringList cells = {account.userName, account.displayName, rolesText(account.roles), state};
        for (int column = 0; column < cells.size(); ++column)
            m_userTable->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_userTable->setSortingEnabled(true);
    m_userTable->resizeColumnsToContents();
}

void AdministrationPage::loadPolicy()
{
    const SecurityPolicy policy = m_policyService.load();
    const MaskRule rule = policy.masking.rule(IdentifierType::ResidentId);
    m_keepStart->setValue(rule.keepStart);
    m_keepEnd->setValue(rule.keepEnd);
    m_lockoutAttempts->setValue(policy.lockoutAttempts);
    m_lockoutMinutes->setValue(policy.lockoutMinutes);
    m_idleMinutes->setValue(policy.idleLockMinutes);
    m_revealMinutes->setValue(policy.revealMinutes);
    m_fourEyes->setChecked(policy.requiresFourEyes(QString::fromLatin1(ListingCorrectionService::decisionType)));
}

bool AdministrationPage::savePolicy(const QString &reason)
{
    SecurityPolicy policy = m_policyService.load();
    policy.masking.setRule(IdentifierType::ResidentId, {true, m_keepStart->value(), m_keepEnd->value()});
    policy.lockoutAttempts = m_lockoutAttempts->value();
    policy.lockoutMinutes = m_lockoutMinutes->value();
    policy.idleLockMinutes = m_idleMinutes->value();
    policy.revealMinutes = m_revealMinutes->value();
    policy.fourEyes.insert(QString::fromLatin1(ListingCorrectionService::decisionType), m_fourEyes->isChecked());
    const Status saved = m_policyService.save(m_actor, policy, reason);
    m_status->setText(saved ? tr("The security policy was saved. It applies from the next sign-in.") : saved.error());
    return saved.ok();
}

QString AdministrationPage::selectedUser() const
{
    const int row = m_userTable->currentRow();
    if (row < 0)
        return {};
    return m_userTable->item(row, 0)->text();
}

QString AdministrationPage::askReason(const QString &title)
{
    return QInputDialog::getText(this, title, tr("Reason (recorded in the audit journal):")).trimmed();
}

void AdministrationPage::addUser()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add user"), tr("User name:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.isEmpty())
        return;
    const QString displayName =
        QInputDialog::getText(this, tr("Add user"), tr("Full name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    Roles roles = Role::Officer;
    if (!askRoles(this, tr("Roles of %1").arg(name), roles))
        return;
    const QString password = QInputDialog::getText(this, tr("Add user"),
                                                   tr("Temporary password (the user changes it at the first sign-in):"),
                                                   QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const QString reason = askReason(tr("Add user"));
    const Status created = m_userService.create(m_actor, name, displayName, roles, password, reason);
    m_status->setText(created ? tr("User %1 was added.").arg(name) : created.error());
    refreshUsers();
}

void AdministrationPage::changeRoles()
{
    const QString name = selectedUser();
    if (name.isEmpty()) {
        m_status->setText(tr("Select a user first."));
        return;
    }
    Roles roles;
    const QString current = m_userTable->item(m_userTable->currentRow(), 2)->text();
    for (const Role role : PermissionMatrix::allRoles()) {
        if (current.contains(roleText(role)))
            roles |= role;
    }
    if (!askRoles(this, tr("Roles of %1").arg(name), roles))
        return;
    const Status changed = m_userService.setRoles(m_actor, name, roles, askReason(tr("Change roles")));
    m_status->setText(changed ? tr("The roles of %1 were changed.").arg(name) : changed.error());
    refreshUsers();
}

void AdministrationPage::resetPassword()
{
    const QString name = selectedUser();
    if (name.isEmpty()) {
        m_status->setText(tr("Select a user first."));
        return;
    }
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Reset password"), tr("Temporary password for %1 (to be changed at the next sign-in):").arg(name),
        QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const Status reset = m_userService.resetPassword(m_actor, name, password, askReason(tr("Reset password")));
    m_status->setText(reset ? tr("The password of %1 was reset.").arg(name) : reset.error());
    refreshUsers();
}

} // namespace creditdesk
