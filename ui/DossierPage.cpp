#include "DossierPage.h"

#include "CorrectionDialog.h"
#include "CourtDecisionDialog.h"
#include "FeedbackDialog.h"
#include "RegisterObjectionDialog.h"
#include "RegisterRepairDialog.h"
#include "RepairEligibilityPanel.h"
#include "RevealDialog.h"
#include "item/DossierModel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace creditdesk {

namespace {

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSortingEnabled(false);
}

} // namespace

DossierPage::DossierPage(DossierModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_title(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_identity(new QFormLayout),
      m_sections(new QTabWidget(this)),
      m_listings(new QTableView(this)),
      m_measures(new QTreeView(this)),
      m_history(new QTableView(this)),
      m_breaches(new QTableView(this)),
      m_eligibility(new RepairEligibilityPanel(this))
{
    m_model->setParent(this);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    auto *identityBox = new QGroupBox(tr("Identity"), this);
    m_identity->setLabelAlignment(Qt::AlignRight);
    identityBox->setLayout(m_identity);

    m_listings->setModel(m_model->listings());
    setUpTable(m_listings);
    m_listings->setAccessibleName(tr("Listings"));
    m_measures->setModel(m_model->measures());
    m_measures->setAlternatingRowColors(true);
    m_measures->setUniformRowHeights(true);
    m_measures->setAccessibleName(tr("Measures and feedback"));
    m_history->setModel(m_model->timeline());
    setUpTable(m_history);
    m_history->setAccessibleName(tr("History"));

    auto *listingsPage = new QWidget(this);
    auto *listingsLayout = new QVBoxLayout(listingsPage);
    listingsLayout->setContentsMargins(0, 0, 0, 0);
    listingsLayout->addWidget(m_listings, 1);
    auto *correct = new QPushButton(tr("Request &correction…"), listingsPage);
    correct->setVisible(m_model->mayRequestCorrection());
    connect(correct, &QPushButton::clicked, this, &DossierPage::requestCorrection);
    auto *object = new QPushButton(tr("Register &objection…"), listingsPage);
    object->setVisible(m_model->mayRegisterObjection());
    connect(object, &QPushButton::clicked, this, &DossierPage::registerObjection);
    auto *courtDecision = new QPushButton(tr("Record court &decision…"), listingsPage);
    courtDecision->setToolTip(tr("Mirror the court's revocation or deletion of the selected listing"));
    courtDecision->setVisible(m_model->mayMirrorCourtDecision());
    connect(courtDecision, &QPushButton::clicked, this, &DossierPage::recordCourtDecision);
    auto *listingButtons = new QHBoxLayout;
    listingButtons->addWidget(correct);
    listingButtons->addWidget(object);
    listingButtons->addWidget(courtDecision);
    listingButtons->addStretch();
    listingsLayout->addLayout(listingButtons);
    m_sections->addTab(listingsPage, tr("&Listings"));
    auto *measuresPage = new QWidget(this);
    auto *measuresLayout = new QVBoxLayout(measuresPage);
    measuresLayout->setContentsMargins(0, 0, 0, 0);
    measuresLayout->addWidget(m_measures, 1);
    auto *recordFeedback = new QPushButton(tr("R&ecord feedback…"), measuresPage);
    recordFeedback->setToolTip(tr("Record the implementing department's feedback on the selected measure"));
    recordFeedback->setVisible(m_model->mayRecordFeedback());
    connect(recordFeedback, &QPushButton::clicked, this, &DossierPage::recordFeedback);
    auto *measureButtons = new QHBoxLayout;
    measureButtons->addWidget(recordFeedback);
    measureButtons->addStretch();
    measuresLayout->addLayout(measureButtons);
    m_sections->addTab(measuresPage, tr("&Measures and feedback"));
    m_sections->addTab(m_history, tr("&History"));

    m_breaches->setModel(m_model->breaches());
    setUpTable(m_breaches);
    m_breaches->setAccessibleName(tr("Breach information"));
    auto *breachPage = new QWidget(this);
    auto *breachLayout = new QHBoxLayout(breachPage);
    breachLayout->setContentsMargins(0, 0, 0, 0);
    auto *breachLeft = new QVBoxLayout;
    breachLeft->addWidget(m_breaches, 1);
    auto *applyRepair = new QPushButton(tr("Apply for credit &repair…"), breachPage);
    applyRepair->setVisible(m_model->mayRegisterRepair());
    connect(applyRepair, &QPushButton::clicked, this, &DossierPage::registerRepair);
    auto *breachButtons = new QHBoxLayout;
    breachButtons->addWidget(applyRepair);
    breachButtons->addStretch();
    breachLeft->addLayout(breachButtons);
    breachLayout->addLayout(breachLeft, 3);
    breachLayout->addWidget(m_eligibility, 2);
    m_sections->addTab(breachPage, tr("&Breach information and repair"));
    connect(m_breaches->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DossierPage::showEligibility);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(identityBox);
    layout->addWidget(m_sections, 1);

    connect(m_model, &DossierModel::loaded, this, &DossierPage::refresh);
    connect(m_model, &DossierModel::identityChanged, this, &DossierPage::refreshIdentity);
    refresh();
}

void DossierPage::showSection(int section)
{
    m_sections->setCurrentIndex(section);
}

void DossierPage::refreshIdentity()
{
    while (m_identity->rowCount() > 0)
        m_identity->removeRow(0);
    for (const DossierModel::IdentityLine &line : m_model->identity()) {
        auto *value = new QLabel(line.value);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (!line.isIdentifier || line.value.indexOf(u'*') < 0) {
            if (line.revealed)
                value->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold"));
            m_identity->addRow(tr("%1:").arg(line.label), value);
            continue;
        }
        auto *row = new QWidget;
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *reveal = new QPushButton(tr("Show full…"), row);
        reveal->setEnabled(m_model->mayReveal());
        if (!m_model->mayReveal())
            reveal->setToolTip(tr("Your role does not allow showing full identifiers."));
        const IdentifierType type = line.identifierType;
        const QString label = line.label;
        connect(reveal, &QPushButton::clicked, this, [this, type, label] { requestReveal(type, label); });
        rowLayout->addWidget(value);
        rowLayout->addWidget(reveal);
        rowLayout->addStretch();
        m_identity->addRow(tr("%1:").arg(line.label), row);
    }
}

void DossierPage::requestReveal(IdentifierType type, const QString &label)
{
    RevealDialog dialog(label, m_model->title(), m_revealMinutes, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (m_model->reveal(type, dialog.reason()))
            return;
        dialog.showError(m_model->error());
    }
}

void DossierPage::registerObjection()
{
    const int row = m_listings->currentIndex().isValid() ? m_listings->currentIndex().row() : 0;
    if (row >= m_model->listings()->rowCount())
        return;
    const Listing listing = m_model->listings()->listingAt(row);
    RegisterObjectionDialog dialog(listing.id, listing.caseNumber, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (const qint64 id = m_model->registerObjection(row, dialog.draft()); id > 0) {
            QMessageBox::information(this, tr("Objection registered"),
                                     tr("Objection %1 was registered. Its clock runs from the day it was received; "
                                        "find it under Tools → Objections.")
                                         .arg(id));
            return;
        }
        dialog.showError(m_model->error());
    }
}

void DossierPage::showEligibility()
{
    const QModelIndex current = m_breaches->currentIndex();
    if (!current.isValid()) {
        m_eligibility->showMessage(m_model->breaches()->rowCount() == 0
                                       ? tr("No administrative breach information is recorded for this subject.")
                                       : tr("Select breach information to see whether it can be repaired."));
        return;
    }
    auto eligibility = m_model->eligibility(current.row());
    if (eligibility)
        m_eligibility->showEligibility(eligibility.value());
    else
        m_eligibility->showMessage(eligibility.error());
}

void DossierPage::registerRepair()
{
    const QModelIndex current = m_breaches->currentIndex();
    if (!current.isValid()) {
        QMessageBox::information(this, tr("Apply for credit repair"), tr("Select the breach information first."));
        return;
    }
    RegisterRepairDialog dialog(m_model->breaches()->recordAt(current.row()), this);
    while (dialog.exec() == QDialog::Accepted) {
        if (const qint64 id = m_model->registerRepair(current.row(), dialog.draft()); id > 0) {
            QMessageBox::information(this, tr("Repair application registered"),
                                     tr("Application %1 was registered. Add the proof of performance and the credit "
                                        "commitment under Tools → Credit repair; a reviewer decides it.")
                                         .arg(id));
            return;
        }
        dialog.showError(m_model->error());
    }
}

void DossierPage::recordFeedback()
{
    const AppliedMeasure *measure = m_model->measures()->measureAt(m_measures->currentIndex());
    if (measure == nullptr) {
        QMessageBox::information(this, tr("Record feedback"), tr("Select an applied measure first."));
        return;
    }
    const AppliedMeasure selected = *measure; // the model is reloaded when the entry is recorded
    FeedbackDialog dialog(selected, m_model->today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        if (m_model->recordFeedback(selected.id, dialog.feedback()) > 0)
            return;
        dialog.showError(m_model->error());
    }
}

void DossierPage::recordCourtDecision()
{
    const int row = m_listings->currentIndex().isValid() ? m_listings->currentIndex().row() : -1;
    if (row < 0 || row >= m_model->listings()->rowCount()) {
        QMessageBox::information(this, tr("Record the court's decision"), tr("Select a listing first."));
        return;
    }
    auto calendar = m_model->calendar();
    if (!calendar) {
        QMessageBox::warning(this, tr("Record the court's decision"), calendar.error());
        return;
    }
    const Listing listing = m_model->listings()->listingAt(row);
    CourtDecisionDialog dialog(listing, calendar.value(), this);
    while (dialog.exec() == QDialog::Accepted) {
        const CourtDecision decision = dialog.decision();
        const QString question =
            decision.kind == ListingExitKind::Revocation
                ? tr("Revoke listing %1? It leaves the list and its measures end. This cannot be undone here.")
                      .arg(listing.caseNumber)
                : tr("Delete listing %1 (%2)? It leaves the list and its measures end. This cannot be undone here.")
                      .arg(listing.caseNumber, deletionEventText(decision.event));
        if (QMessageBox::question(this, tr("Record the court's decision"), question) != QMessageBox::Yes)
            continue;
        if (m_model->mirrorCourtDecision(row, decision))
            return;
        dialog.showError(m_model->error());
    }
}

void DossierPage::requestCorrection()
{
    const int row = m_listings->currentIndex().isValid() ? m_listings->currentIndex().row() : 0;
    if (row >= m_model->listings()->rowCount())
        return;
    CorrectionDialog dialog(m_model->listings()->listingAt(row).caseNumber, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (m_model->requestCorrection(row, dialog.field(), dialog.value(), dialog.reason())) {
            QMessageBox::information(
                this, tr("Correction registered"),
                tr("The correction was registered. A reviewer decides it; the listing changes only "
                   "then."));
            return;
        }
        dialog.showError(m_model->error());
    }
}

void DossierPage::refresh()
{
    m_title->setText(m_model->title());
    m_summary->setText(m_model->summary());
    refreshIdentity();
    m_listings->resizeColumnsToContents();
    m_measures->expandToDepth(0);
    for (int column = 0; column < m_model->measures()->columnCount(); ++column)
        m_measures->resizeColumnToContents(column);
    m_history->resizeColumnsToContents();
    m_breaches->resizeColumnsToContents();
    if (m_model->breaches()->rowCount() > 0)
        m_breaches->setCurrentIndex(m_model->breaches()->index(0, 0));
    showEligibility();
}

} // namespace creditdesk
