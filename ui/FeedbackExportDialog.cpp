#include "FeedbackExportDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace creditdesk {

FeedbackExportDialog::FeedbackExportDialog(ExchangeService &service, const Actor &actor, const QString &folder,
                                           QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_actor(actor),
      m_folder(folder),
      m_storedSource(service.officeSource()),
      m_source(new QLineEdit(m_storedSource, this)),
      m_since(new QSpinBox(this)),
      m_sinceNote(new QLabel(this)),
      m_file(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Export a feedback package for the credit platform"));
    m_source->setMaxLength(100);
    m_source->setToolTip(tr("This office's name as the source of its packages; each name numbers its own "
                            "packages (a change is recorded in the audit journal)"));
    m_since->setSpecialValueText(tr("0 (everything)"));
    m_sinceNote->setWordWrap(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Office (source):"), m_source);
    form->addRow(tr("Records &since outgoing package:"), m_since);
    form->addRow(QString(), m_sinceNote);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_write = buttons->button(QDialogButtonBox::Ok);
    m_write->setText(tr("&Write the package"));
    showNumbering(m_storedSource);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // The word-wrapped note needs its height for the width.
    const int width = 620;
    resize(width, layout->hasHeightForWidth() ? layout->heightForWidth(width) : sizeHint().height());

    connect(m_source, &QLineEdit::textEdited, this, &FeedbackExportDialog::sourceEdited);
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileChosen = true; });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getSaveFileName(this, windowTitle(), m_file->text(), tr("Exchange packages (*.jsonl)"));
        if (!chosen.isEmpty()) {
            m_file->setText(chosen);
            m_fileChosen = true;
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &FeedbackExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString FeedbackExportDialog::filePath() const
{
    return m_file->text().trimmed();
}

QString FeedbackExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString FeedbackExportDialog::defaultFile(const QString &source, qint64 sequence) const
{
    return QDir(m_folder).filePath(QStringLiteral("%1-out-%2.jsonl").arg(source.trimmed()).arg(sequence));
}

void FeedbackExportDialog::showNumbering(const QString &source)
{
    m_shownSource = source.trimmed();
    auto last = m_service.lastOutgoingSequence(m_shownSource);
    m_lastSequence = last ? last.value() : 0;
    // Without the numbering no package is written.
    m_write->setEnabled(static_cast<bool>(last));
    m_error->setVisible(!last);
    if (!last)
        m_error->setText(last.error());
    m_since->setRange(0, static_cast<int>(std::min<qint64>(m_lastSequence, std::numeric_limits<int>::max())));
    m_since->setValue(m_since->maximum());
    m_sinceNote->setText(m_lastSequence > 0
                             ? tr("The last outgoing package written is number %1, and the new one carries what "
                                  "was recorded after it. To send again what the platform has not received, "
                                  "choose the last package it confirmed.")
                                   .arg(m_lastSequence)
                             : tr("No outgoing package was written yet: the first carries everything."));
    if (!m_fileChosen) // not chosen by the officer: it follows the name
        m_file->setText(defaultFile(m_shownSource, m_lastSequence + 1));
}

void FeedbackExportDialog::sourceEdited()
{
    // Each source name numbers its own packages; the package chosen to start after stays while
    // the name does.
    if (m_source->text().trimmed() != m_shownSource)
        showNumbering(m_source->text());
}

void FeedbackExportDialog::accept()
{
    auto fail = [this](const QString &reason) {
        m_error->setText(reason);
        m_error->show();
    };
    if (filePath().isEmpty()) {
        fail(tr("Choose the file to write."));
        m_file->setFocus();
        return;
    }
    if (QFileInfo::exists(filePath())) {
        fail(tr("%1 exists already: choose another file name.").arg(QDir::toNativeSeparators(filePath())));
        m_file->setFocus();
        return;
    }
    // A new source name is kept only with the package written under it.
    const bool renamed = m_source->text().trimmed() != m_storedSource;
    auto written =
        m_service.exportFeedback(m_actor, m_since->value(), filePath(), renamed ? m_source->text() : QString());
    if (!written) {
        fail(written.error());
        return;
    }
    m_report = written.value();
    QDialog::accept();
}

} // namespace creditdesk
