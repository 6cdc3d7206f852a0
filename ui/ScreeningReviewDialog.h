#pragma once

#include "domain/Actor.h"
#include "workflow/ScreeningReviewService.h"

#include <QDate>
#include <QDialog>

class QGridLayout;
class QLabel;
class QPushButton;

namespace creditdesk {

/// The review of one match (复核): the applicant's row and the listed subject side by side with
/// the differing characters highlighted, how the match was made, the decisions so far, and the
/// steps the officer's roles allow — propose "confirmed hit", decide "not the same person" (with
/// a whitelist entry), or, as the second officer, confirm or reject a proposed hit.
class ScreeningReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ScreeningReviewDialog(ScreeningReviewService &service, const Actor &actor, qint64 batchId, int line,
                          qint64 subjectId, const QDate &today, QWidget *parent = nullptr);

    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *notSameButton() const { return m_notSame; }
    QPushButton *secondConfirmButton() const { return m_secondConfirm; }
    QPushButton *rejectButton() const { return m_reject; }
    QString fieldHtml(int field, bool listed) const;

Q_SIGNALS:
    void changed();

private:
    void reload();
    void proposeHit();
    void decideNotSame();
    void settle(bool confirm);
    void report(const Status &status);

    ScreeningReviewService &m_service;
    Actor m_actor;
    qint64 m_batchId;
    int m_line;
    qint64 m_subjectId;
    QDate m_today;
    std::optional<ScreeningComparison> m_comparison;
    QLabel *m_heading;
    QLabel *m_match;
    QGridLayout *m_fields;
    QLabel *m_history;
    QPushButton *m_confirm;
    QPushButton *m_notSame;
    QPushButton *m_secondConfirm;
    QPushButton *m_reject;
};

/// \a text as HTML with the characters at \a positions highlighted; all of it when
/// \a positions is empty and \a highlightAll.
QString highlightedHtml(const QString &text, const QList<int> &positions, bool highlightAll);

} // namespace creditdesk
