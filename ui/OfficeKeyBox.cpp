#include "OfficeKeyBox.h"

#include "workflow/OfficeKeyService.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace creditdesk {

OfficeKeyBox::OfficeKeyBox(OfficeKeyService &service, const Actor &actor, QWidget *parent)
    : QGroupBox(tr("Office key"), parent), m_service(service), m_actor(actor)
{
    m_state = new QLabel;
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::RichText);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_make = new QPushButton(tr("&Make the office key…"));
    m_enter = new QPushButton(tr("&Enter the office key…"));
    m_show = new QPushButton(tr("Show the &key…"));
    connect(m_make, &QPushButton::clicked, this, [this] {
        const QString reason = askReason(tr("Make the office key"));
        if (reason.isEmpty())
            return;
        if (auto text = makeKey(reason))
            showKeyText(text.value());
        else
            QMessageBox::warning(this, tr("Make the office key"), text.error());
    });
    connect(m_enter, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString text =
            QInputDialog::getText(this, tr("Enter the office key"),
                                  tr("The office key as another desk of the office shows it (64 digits and letters "
                                     "a-f; dashes and spaces do not matter):"),
                                  QLineEdit::Normal, QString(), &ok);
        if (!ok || text.trimmed().isEmpty())
            return;
        const QString reason = askReason(tr("Enter the office key"));
        if (reason.isEmpty())
            return;
        if (auto entered = enterKey(text, reason); !entered)
            QMessageBox::warning(this, tr("Enter the office key"), entered.error());
    });
    connect(m_show, &QPushButton::clicked, this, [this] {
        const QString reason = askReason(tr("Show the office key"));
        if (reason.isEmpty())
            return;
        if (auto text = revealKey(reason))
            showKeyText(text.value());
        else
            QMessageBox::warning(this, tr("Show the office key"), text.error());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_make);
    buttons->addWidget(m_enter);
    buttons->addWidget(m_show);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    const bool allowed = m_actor.may(Action::ExchangePackages);
    m_make->setVisible(allowed);
    m_enter->setVisible(allowed);
    m_show->setVisible(allowed);
    reload();
}

void OfficeKeyBox::reload()
{
    auto current = m_service.current(m_actor);
    const bool set = current && current.value();
    m_make->setEnabled(current && !set);
    m_enter->setEnabled(current && !set);
    m_show->setEnabled(set);
    if (!current) {
        m_state->setText(current.error().toHtmlEscaped());
        return;
    }
    if (!set) {
        m_state->setText(tr("This desk has no office key: its whitelist entries are not shared with the other desks "
                            "until it has one. On the office's first desk, make the key; on each other desk, enter "
                            "the key the first one shows. The central server never holds it."));
        return;
    }
    const QDateTime setAt = QDateTime::fromString(current.value()->setAt, Qt::ISODateWithMs);
    m_state->setText(tr("Office key <b>%1</b>, set by %2 on %3. Whitelist entries travel keyed with it; a desk of the "
                        "office shows the same fingerprint.")
                         .arg(current.value()->key.fingerprint(), current.value()->setBy.toHtmlEscaped(),
                              QLocale().toString(setAt.toLocalTime(), QLocale::ShortFormat)));
}

Result<QString> OfficeKeyBox::makeKey(const QString &reason)
{
    auto outcome = m_service.create(m_actor, reason);
    reload();
    if (!outcome) {
        m_state->setText(outcome.error().toHtmlEscaped());
        return Error{outcome.error()};
    }
    return outcome->key.text();
}

Status OfficeKeyBox::enterKey(const QString &text, const QString &reason)
{
    auto outcome = m_service.set(m_actor, text, reason);
    reload();
    if (!outcome) {
        m_state->setText(outcome.error().toHtmlEscaped());
        return Error{outcome.error()};
    }
    return {};
}

Result<QString> OfficeKeyBox::revealKey(const QString &reason)
{
    return m_service.reveal(m_actor, reason);
}

QString OfficeKeyBox::askReason(const QString &title)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, title, tr("Reason (recorded in the audit journal):"),
                                                 QLineEdit::Normal, QString(), &ok);
    return ok ? reason.trimmed() : QString();
}

void OfficeKeyBox::showKeyText(const QString &text)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Office key"));
    auto *explanation = new QLabel(tr("Enter this key on each other desk of the office (Central server → Enter the "
                                      "office key). Do not give it to the central server's administrators."));
    explanation->setWordWrap(true);
    auto *key = new QLineEdit(text);
    key->setReadOnly(true);
    key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    key->setMinimumWidth(key->fontMetrics().horizontalAdvance(text) + 24);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, &dialog, [text] { QApplication::clipboard()->setText(text); });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(explanation);
    layout->addWidget(key);
    layout->addWidget(buttons);
    dialog.exec();
}

} // namespace creditdesk
