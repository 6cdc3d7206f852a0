#pragma once

#include "workflow/ScreeningReviewService.h"

#include <QAbstractItemModel>

namespace creditdesk {

/// The results of one screening batch grouped by applicant: each applicant row (its line in
/// the file, name, masked identifier, outcome, best score, decision) with the listed subjects
/// it matched below it, each with its listing, score, the keys that matched and the decision.
class ScreeningResultModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        NameColumn,
        IdentifierColumn,
        OutcomeColumn,
        ScoreColumn,
        MatchedByColumn,
        DecisionColumn,
        ColumnCount
    };
    enum Role { LineRole = Qt::UserRole + 1, SubjectIdRole, IsMatchRole, SortRole };

    explicit ScreeningResultModel(QObject *parent = nullptr);

    void setReview(const ScreeningReviewService::BatchReview &review);
    const ScreeningReviewService::BatchReview &review() const { return m_review; }
    /// The decision on a match that is proposed or in effect, or else the latest one.
    std::optional<ScreeningDecision> decisionOn(int line, qint64 subjectId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Applicant
    {
        int row = 0;        ///< in m_review.rows
        QList<int> matches; ///< in m_review.matches
    };
    QVariant applicantData(const Applicant &applicant, int column, int role) const;
    QVariant matchData(const ScreeningRepository::StoredMatch &match, int column, int role) const;
    QString decisionText(int line, qint64 subjectId) const;

    ScreeningReviewService::BatchReview m_review;
    QList<Applicant> m_applicants;
};

} // namespace creditdesk
