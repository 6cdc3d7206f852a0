#include "ScreeningResultModel.h"

#include "screening/ScreeningMatcher.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <map>

namespace creditdesk {

namespace {

/// Colours that stay apart for colour-blind readers (Okabe–Ito): vermilion, orange, grey, bluish green.
QColor outcomeColour(int outcome, bool cleared)
{
    if (cleared)
        return QColor(0x00, 0x7a, 0x5a);
    switch (static_cast<ScreeningOutcome>(outcome)) {
    case ScreeningOutcome::Hit:
        return QColor(0xb0, 0x3a, 0x00);
    case ScreeningOutcome::Possible:
        return QColor(0x9a, 0x60, 0x00);
    case ScreeningOutcome::History:
        return QColor(0x60, 0x60, 0x60);
    case ScreeningOutcome::NoHit:
        break;
    }
    return {};
}

} // namespace

ScreeningResultModel::ScreeningResultModel(QObject *parent) : QAbstractItemModel(parent) {}

void ScreeningResultModel::setReview(const ScreeningReviewService::BatchReview &review)
{
    beginResetModel();
    m_review = review;
    m_applicants.clear();
    std::map<int, int> byLine;
    for (int row = 0; row < m_review.rows.size(); ++row) {
        byLine.emplace(m_review.rows.at(row).line, static_cast<int>(m_applicants.size()));
        m_applicants.append(Applicant{row, {}});
    }
    for (int match = 0; match < m_review.matches.size(); ++match) {
        const auto found = byLine.find(m_review.matches.at(match).line);
        if (found != byLine.end())
            m_applicants[found->second].matches.append(match);
    }
    endResetModel();
}

std::optional<ScreeningDecision> ScreeningResultModel::decisionOn(int line, qint64 subjectId) const
{
    std::optional<ScreeningDecision> latest;
    for (const ScreeningDecision &decision : m_review.decisions) {
        if (decision.line != line || decision.subjectId != subjectId)
            continue;
        if (decision.state != ScreeningDecisionState::Rejected)
            return decision;
        latest = decision;
    }
    return latest;
}

QModelIndex ScreeningResultModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_applicants.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_applicants.size()
        || row >= m_applicants.at(parent.row()).matches.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ScreeningResultModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int ScreeningResultModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_applicants.size());
    if (parent.internalId() == 0 && parent.column() == 0 && parent.row() < m_applicants.size())
        return static_cast<int>(m_applicants.at(parent.row()).matches.size());
    return 0;
}

int ScreeningResultModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ScreeningResultModel::decisionText(int line, qint64 subjectId) const
{
    const auto decision = decisionOn(line, subjectId);
    if (!decision)
        return {};
    return tr("%1 — %2").arg(screeningDecisionKindText(decision->kind), screeningDecisionStateText(decision->state));
}

QVariant ScreeningResultModel::applicantData(const Applicant &applicant, int column, int role) const
{
    const ScreeningRepository::Row &row = m_review.rows.at(applicant.row);
    const bool cleared = row.outcome == static_cast<int>(ScreeningOutcome::NoHit) && !applicant.matches.isEmpty();
    const qint64 firstSubject =
        applicant.matches.isEmpty() ? 0 : m_review.matches.at(applicant.matches.first()).subjectId;
    switch (role) {
    case LineRole:
        return row.line;
    case SubjectIdRole:
        return firstSubject;
    case IsMatchRole:
        return false;
    case Qt::ForegroundRole:
        if (column == OutcomeColumn) {
            const QColor colour = outcomeColour(row.outcome, cleared);
            return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        return row.warning.isEmpty() ? QVariant() : QVariant(row.warning);
    case SortRole:
        switch (column) {
        case LineColumn:
            return row.line;
        case ScoreColumn:
            return row.score;
        case OutcomeColumn:
            return row.outcome;
        default:
            break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (column) {
        case LineColumn:
            return row.line;
        case NameColumn:
            return row.reference.isEmpty() ? row.name : tr("%1 (%2)").arg(row.name, row.reference);
        case IdentifierColumn:
            return row.identifierMasked;
        case OutcomeColumn:
            return cleared ? tr("Cleared by the whitelist")
                           : screeningOutcomeText(static_cast<ScreeningOutcome>(row.outcome));
        case ScoreColumn:
            return row.score > 0 ? QLocale().toString(row.score, 'f', 2) : QString();
        case MatchedByColumn:
            return row.explanation;
        case DecisionColumn:
            return firstSubject > 0 ? decisionText(row.line, firstSubject) : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ScreeningResultModel::matchData(const ScreeningRepository::StoredMatch &match, int column, int role) const
{
    switch (role) {
    case LineRole:
        return match.line;
    case SubjectIdRole:
        return match.subjectId;
    case IsMatchRole:
        return true;
    case Qt::ForegroundRole:
        if (column == OutcomeColumn && match.whitelistId > 0)
            return QBrush(outcomeColour(0, true));
        if (column == OutcomeColumn && !match.inForce)
            return QBrush(outcomeColour(static_cast<int>(ScreeningOutcome::History), false));
        return {};
    case SortRole:
        if (column == ScoreColumn)
            return match.score;
        if (column == LineColumn)
            return match.rank;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (column) {
        case LineColumn:
            return {};
        case NameColumn:
            return match.subjectName;
        case IdentifierColumn:
            return match.caseNumber;
        case OutcomeColumn:
            if (match.whitelistId > 0)
                return tr("Cleared by whitelist entry %1").arg(match.whitelistId);
            return match.inForce ? tr("Listing in force") : tr("Past listing");
        case ScoreColumn:
            return QLocale().toString(match.score, 'f', 2);
        case MatchedByColumn:
            return match.explanation;
        case DecisionColumn:
            return decisionText(match.line, match.subjectId);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ScreeningResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        if (index.row() >= m_applicants.size())
            return {};
        return applicantData(m_applicants.at(index.row()), index.column(), role);
    }
    const int parentRow = static_cast<int>(index.internalId() - 1);
    if (parentRow >= m_applicants.size() || index.row() >= m_applicants.at(parentRow).matches.size())
        return {};
    return matchData(m_review.matches.at(m_applicants.at(parentRow).matches.at(index.row())), index.column(), role);
}

QVariant ScreeningResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Row");
    case NameColumn:
        return tr("Applicant / listed subject");
    case IdentifierColumn:
        return tr("Identifier / case number");
    case OutcomeColumn:
        return tr("Result");
    case ScoreColumn:
        return tr("Score");
    case MatchedByColumn:
        return tr("Matched by");
    case DecisionColumn:
        return tr("Decision");
    default:
        return {};
    }
}

} // namespace creditdesk
