#include "SyncPage.h"

#include "ConflictDescription.h"
#include "OfficeKeyBox.h"

#include "ResolveConflictDialog.h"
#include "domain/Objection.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace creditdesk {

namespace {

enum Column {
    ConflictColumn,
    CaseColumn,
    CaseNumberColumn,
    RefusedStepColumn,
    StepByColumn,
    ReasonColumn,
    RecordedColumn,
    CaseNowColumn,
    ResolutionColumn,
    ColumnCount
};

/// A stored UTC time in the user's locale and time zone.
QString localTime(const QString &stored)
{
    const QDateTime time = QDateTime::fromString(stored, Qt::ISODateWithMs);
    if (!time.isValid())
        return stored;
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QStandardItem *item(const QString &text, const QVariant &sortValue = {})
{
    auto *cell = new QStandardItem(text);
    cell->setEditable(false);
    cell->setData(sortValue.isValid() ? sortValue : QVariant(text), Qt::UserRole);
    return cell;
}

} // namespace

SyncPage::SyncPage(SyncService &service, const Actor &actor, Synchronise synchronise, OfficeKeyService *officeKeys,
                   QWidget *parent)
    : QWidget(parent), m_service(service), m_actor(actor), m_synchronise(std::move(synchronise))
{
    if (officeKeys)
        m_officeKeyBox = new OfficeKeyBox(*officeKeys, m_actor);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel;
    m_message->setWordWrap(true);

    m_joinBox = new QGroupBox(tr("Join a central server"));
    auto *joinForm = new QFormLayout(m_joinBox);
    m_address = new QLineEdit;
    m_address->setPlaceholderText(QStringLiteral("postgresql://USER@HOST:5432/creditdesk"));
    m_deskName = new QLineEdit;
    m_office = new QLineEdit;
    auto *joinButton = new QPushButton(tr("&Join"));
    joinForm->addRow(tr("Server address:"), m_address);
    joinForm->addRow(tr("This desk's name:"), m_deskName);
    joinForm->addRow(tr("Office:"), m_office);
    joinForm->addRow(QString(), joinButton);
    connect(joinButton, &QPushButton::clicked, this, &SyncPage::join);
    m_joinBox->setEnabled(m_actor.may(Action::ExchangePackages));

    m_synchroniseButton = new QPushButton(tr("&Synchronise now"));
    m_resolveButton = new QPushButton(tr("&Resolve…"));
    m_openButton = new QPushButton(tr("Open &case"));
    m_showResolved = new QCheckBox(tr("Show resolved conflicts"));
    connect(m_synchroniseButton, &QPushButton::clicked, this, [this] {
        if (m_worker)
            m_cancelled = true;
        else
            synchroniseNow();
    });
    connect(m_resolveButton, &QPushButton::clicked, this, &SyncPage::resolveSelected);
    connect(m_showResolved, &QCheckBox::toggled, this, &SyncPage::reload);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Conflict"), tr("Case"), tr("Case number"), tr("Refused change"),
                                        tr("Changed by"), tr("Reason"), tr("Recorded"), tr("The case now"),
                                        tr("Resolution")});
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::UserRole);
    m_view = new QTableView;
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConflictColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    connect(m_view, &QTableView::doubleClicked, this, &SyncPage::resolveSelected);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const SyncRepository::Conflict *conflict = selectedConflict();
        if (!conflict)
            return;
        switch (ConflictDescription(*conflict).kind()) {
        case ConflictDescription::Kind::Repair:
            Q_EMIT openRepairRequested(conflict->caseId);
            break;
        case ConflictDescription::Kind::CourtDecision:
        case ConflictDescription::Kind::Correction:
        case ConflictDescription::Kind::Whitelist:
            Q_EMIT openSubjectRequested(conflict->subjectId);
            break;
        case ConflictDescription::Kind::Objection:
            Q_EMIT openObjectionRequested(conflict->caseId);
            break;
        }
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_synchroniseButton);
    buttons->addStretch();
    buttons->addWidget(m_showResolved);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_resolveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_joinBox);
    if (m_officeKeyBox)
        layout->addWidget(m_officeKeyBox);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(
        new QLabel(tr("Conflicts: changes of this desk that another desk overtook (objection steps, repair steps and "
                      "files, mirrors of the court's decisions). The other desk's change stands until an officer "
                      "resolves the conflict.")));
    layout->addWidget(m_view, 1);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        m_message->setText(tr("Synchronising… changes sent: %1; changes applied: %2.").arg(m_sent).arg(m_applied));
    });
    reload();
}

SyncPage::~SyncPage()
{
    if (m_worker) {
        // Cancelled between changes; a statement on the server ends within its time limit.
        m_cancelled = true;
        m_worker->wait();
        delete m_worker;
    }
}

void SyncPage::reload()
{
    auto overview = m_service.overview(m_actor);
    if (!overview) {
        m_summary->setText(overview.error());
        return;
    }
    const bool joined = overview->desk.has_value();
    m_joinBox->setVisible(!joined);
    m_synchroniseButton->setEnabled(joined
                                    && (m_actor.may(Action::HandleObjection) || m_actor.may(Action::DecideObjection)));
    if (!joined) {
        m_summary->setText(
            tr("This desk works alone: its objection steps, feedback entries, credit repair work and mirrors of the "
               "court's decisions stay on this computer. Join the office's central server to share them with the "
               "other desks."));
    } else {
        const SyncRepository::Desk &desk = *overview->desk;
        m_summary->setText(
            tr("Desk <b>%1</b> of %2 on <b>%3</b>. Last synchronised: %4. Caught up to change %5 of the server. "
               "Changes waiting to be sent (objection steps, feedback entries, breach information, repair steps and "
               "files, court decisions): <b>%6</b>. Open conflicts: <b>%7</b>.")
                .arg(desk.deskId.toHtmlEscaped(), desk.office.toHtmlEscaped(), desk.serverAddress.toHtmlEscaped(),
                     desk.lastSyncedAt.isEmpty() ? tr("never") : localTime(desk.lastSyncedAt))
                .arg(QLocale().toString(desk.lastPulledSequence))
                .arg(QLocale().toString(overview->counts.waitingChanges))
                .arg(QLocale().toString(overview->counts.openConflicts)));
        if (overview->counts.setAside > 0)
            m_summary->setText(m_summary->text() + u' '
                               + tr("Feedback entries of other desks set aside: <b>%1</b>.")
                                     .arg(QLocale().toString(overview->counts.setAside)));
        if (overview->counts.waitingForOfficeKey > 0)
            m_summary->setText(m_summary->text() + u' '
                               + tr("Of the changes waiting, whitelist changes kept until this desk has the office "
                                    "key: <b>%1</b>.")
                                     .arg(QLocale().toString(overview->counts.waitingForOfficeKey)));
    }

    auto conflicts = m_service.conflicts(m_actor, !m_showResolved->isChecked());
    m_model->removeRows(0, m_model->rowCount());
    if (!conflicts) {
        m_message->setText(conflicts.error());
        return;
    }
    m_conflicts = conflicts.value();
    for (const SyncRepository::Conflict &conflict : std::as_const(m_conflicts)) {
        const ConflictDescription description(conflict);
        QString caseNow = description.stateText(conflict.currentState);
        if (!conflict.currentDecidedBy.isEmpty())
            caseNow = tr("%1 (decided by %2)").arg(caseNow, conflict.currentDecidedBy);
        QString resolution = tr("Open");
        if (conflict.resolution == static_cast<int>(SyncService::Resolution::OtherDecisionStands))
            resolution = tr("Other decision stands (%1: %2)").arg(conflict.resolvedBy, conflict.resolutionReason);
        else if (conflict.resolution == static_cast<int>(SyncService::Resolution::TakeStepAgain))
            resolution = tr("Step to be taken again (%1: %2)").arg(conflict.resolvedBy, conflict.resolutionReason);
        m_model->appendRow(
            {item(QLocale().toString(conflict.id), conflict.id), item(description.caseTitle(), conflict.caseId),
             item(conflict.caseNumber), item(description.refusedChangeText(), description.refusedState()),
             item(conflict.change.actor), item(conflict.change.reason),
             item(localTime(conflict.change.recordedAt), conflict.change.recordedAt), item(caseNow), item(resolution)});
    }
    m_view->resizeColumnsToContents();
    const bool any = !m_conflicts.isEmpty();
    m_resolveButton->setEnabled(any);
    m_openButton->setEnabled(any);
    if (any && !m_view->currentIndex().isValid())
        m_view->selectRow(0);
}

void SyncPage::join()
{
    const Status joined = m_service.join(m_actor, m_address->text(), m_deskName->text(), m_office->text());
    if (!joined) {
        QMessageBox::warning(this, tr("Join a central server"), joined.error());
        return;
    }
    m_message->setText(tr("This desk joined %1.").arg(m_address->text().trimmed()));
    reload();
}

void SyncPage::synchroniseNow()
{
    if (m_worker || !m_synchronise)
        return;
    QString password;
    if (qEnvironmentVariableIsSet("CREDITDESK_SERVER_PASSWORD")) {
        password = qEnvironmentVariable("CREDITDESK_SERVER_PASSWORD");
    } else {
        bool ok = false;
        password = QInputDialog::getText(this, tr("Synchronise"), tr("Password on the central server:"),
                                         QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
    }
    m_cancelled = false;
    m_sent = 0;
    m_applied = 0;
    m_outcome = std::make_shared<Result<SyncService::Report>>(Error{QString()});
    m_synchroniseButton->setText(tr("&Cancel synchronising"));
    m_resolveButton->setEnabled(false);
    m_poll->start();
    // The worker opens its own connections; the page only reads the counters it updates.
    m_worker = QThread::create([this, password, outcome = m_outcome] {
        *outcome = m_synchronise(m_actor, password, [this](int sent, int applied) {
            m_sent = sent;
            m_applied = applied;
            return !m_cancelled.load();
        });
    });
    connect(m_worker, &QThread::finished, this, &SyncPage::finishSynchronising);
    m_worker->start();
}

void SyncPage::finishSynchronising()
{
    m_poll->stop();
    m_worker->deleteLater();
    m_worker = nullptr;
    m_synchroniseButton->setText(tr("&Synchronise now"));
    const Result<SyncService::Report> &outcome = *m_outcome;
    if (!outcome) {
        m_message->setText(tr("Synchronising failed: %1").arg(outcome.error()));
    } else {
        QString text = tr("Changes sent: %1 (accepted: %2; refused as conflicts: %3). Changes of other desks "
                          "applied: %4 (new cases: %5; new feedback entries: %6; new breach information: %7; court "
                          "decisions mirrored: %8).")
                           .arg(outcome->sent)
                           .arg(outcome->accepted)
                           .arg(outcome->refused)
                           .arg(outcome->applied)
                           .arg(outcome->created)
                           .arg(outcome->feedback)
                           .arg(outcome->breaches)
                           .arg(outcome->exits);
        if (outcome->notMade > 0)
            text += u' '
                    + tr("%1 corrections approved on other desks were not made here: the field had been changed on "
                         "this desk since (the listing's history and the audit journal, sync.apply, name them).")
                          .arg(outcome->notMade);
        if (outcome->whitelisted > 0)
            text += u' '
                    + tr("Applicants cleared on other desks (whitelist entries): %1; screening on this desk clears "
                         "them too.")
                          .arg(outcome->whitelisted);
        if (outcome->otherOfficeKey > 0)
            text += u' '
                    + tr("%1 whitelist entries of other desks are keyed with another office key than this desk's "
                         "and clear nobody here: the desks of one office share one key (administrator's guide, "
                         "\"The office key\").")
                          .arg(outcome->otherOfficeKey);
        if (outcome->overrodeWaiting > 0)
            text += u' '
                    + tr("%1 cases changed by other desks have steps of this desk not sent yet: those steps will "
                         "come back as conflicts.")
                          .arg(outcome->overrodeWaiting);
        if (outcome->setAside > 0)
            text += u' '
                    + tr("%1 feedback entries of other desks are set aside on this desk: their measure application "
                         "has not arrived (import the credit platform's packages), or this version refuses them (the "
                         "audit journal says why). Each synchronisation tries them again.")
                          .arg(outcome->setAside);
        if (outcome->cancelled)
            text += u' ' + tr("Cancelled: what was done stays done; the rest follows next time.");
        if (!outcome->waitingFor.isEmpty())
            text += u' ' + tr("Stopped at a change this desk cannot apply yet: it needs %1.").arg(outcome->waitingFor);
        m_message->setText(text);
    }
    reload();
    // Changes of other desks applied, or this desk's refused steps undone; after a failure, what
    // was done before it stays, and the counters may not say all of it.
    if (!outcome || outcome->applied > 0 || outcome->refused > 0)
        Q_EMIT changesApplied();
}

qint64 SyncPage::conflictIdAt(int row) const
{
    return m_sorted->index(row, ConflictColumn).data(Qt::UserRole).toLongLong();
}

bool SyncPage::resolveRow(int row, SyncService::Resolution resolution, const QString &reason)
{
    const Status resolved = m_service.resolve(m_actor, conflictIdAt(row), resolution, reason);
    if (!resolved) {
        m_message->setText(resolved.error());
        return false;
    }
    m_message->setText(
        tr("Conflict %1 resolved; the server learns of it at the next synchronisation.").arg(conflictIdAt(row)));
    reload();
    return true;
}

void SyncPage::resolveSelected()
{
    const QModelIndex current = m_view->currentIndex();
    const SyncRepository::Conflict *conflict = selectedConflict();
    if (!conflict || conflict->resolution != 0)
        return;
    ResolveConflictDialog dialog(*conflict, this);
    if (dialog.exec() == QDialog::Accepted && !resolveRow(current.row(), dialog.resolution(), dialog.reason()))
        QMessageBox::warning(this, tr("Resolve conflict"), m_message->text());
}

const SyncRepository::Conflict *SyncPage::selectedConflict() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return nullptr;
    const qint64 id = conflictIdAt(current.row());
    for (const SyncRepository::Conflict &conflict : m_conflicts) {
        if (conflict.id == id)
            return &conflict;
    }
    return nullptr;
}

} // namespace creditdesk
